// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one decimal printer: mantissa / 10^scale in plain decimal ("-12.50", "0.05",
// "7"), as Decimal::to_string(), Money and every writer print numbers. Private to src/.

#include <cstddef>
#include <cstdint>
#include <string>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace text {

// Enough for any int64 mantissa at scale 0..18: a sign, 19 digits and the point
// (or "-0." and 18 digits).
inline constexpr std::size_t max_decimal_bytes = 24;

// Writes the digits of `value` at p; returns the end.
inline char* write_unsigned(char* p, std::uint64_t value) noexcept {
  char digits[20];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10u);
    value /= 10u;
  } while (value != 0);
  while (n > 0) *p++ = digits[--n];
  return p;
}

// Writes mantissa / 10^scale (scale 0..18) at p; returns the end.
inline char* write_decimal(char* p, std::int64_t mantissa, int scale) noexcept {
  // The magnitude as unsigned, so INT64_MIN prints too.
  std::uint64_t magnitude = mantissa < 0 ? 0 - static_cast<std::uint64_t>(mantissa) : static_cast<std::uint64_t>(mantissa);
  char digits[max_decimal_bytes];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + magnitude % 10u);
    magnitude /= 10u;
  } while (magnitude != 0);
  while (count <= scale) digits[count++] = '0';  // at least one digit before the point
  if (mantissa < 0) *p++ = '-';
  for (int i = count - 1; i >= 0; --i) {
    *p++ = digits[i];
    if (i == scale && scale > 0) *p++ = '.';
  }
  return p;
}

inline void append_decimal(std::string& out, std::int64_t mantissa, int scale) {
  char buffer[max_decimal_bytes];
  out.append(buffer, static_cast<std::size_t>(write_decimal(buffer, mantissa, scale) - buffer));
}

inline void append_unsigned(std::string& out, std::uint64_t value) {
  char buffer[20];
  out.append(buffer, static_cast<std::size_t>(write_unsigned(buffer, value) - buffer));
}

}  // namespace text
JIXIAO_END_NAMESPACE
