// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one number scanner behind Decimal::parse and Money::parse: digits (ASCII or
// full-width), ',' / '，' thousands separators in groups of three, '.' / '．'
// fraction. It reads the unsigned part only; callers handle signs, ¥ and units.
// Hand-written rather than X3 because it is the hot path (tens of millions of
// amounts a second) and its errors must name the exact byte.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

enum class ScanStatus {
  ok,
  parse_error,  // at `pos`, `expected` names what should have been there
};

inline constexpr std::size_t no_position = static_cast<std::size_t>(-1);

struct Scanned {
  // The digits, separators and point removed; only the first `max_scale` fraction
  // digits are in it (the rest are located below so callers can reject them).
  std::uint64_t magnitude = 0;
  int scale = 0;                          // fraction digits written, all of them
  // Fraction digits up to the last non-zero one among the first max_scale: the
  // magnitude holds no trailing zeros of the fraction, so "1.0000…0" never overflows.
  int significant_scale = 0;
  std::size_t fraction_begin = no_position;  // byte offset of the first fraction digit
  std::size_t excess_begin = no_position;    // offset of fraction digit max_scale + 1
  // The digits do not fit 64 bits (magnitude is then meaningless). Reported by the
  // callers only after the syntax checks: a malformed number is a parse error first.
  bool too_large = false;
};

struct ScanResult {
  ScanStatus status = ScanStatus::ok;
  std::size_t pos = 0;  // end of the number on success, else where it failed
  const char* expected = "";
};

// UTF-8 of the full-width forms: EF BC 90..99 are ０..９, EF BC 8C '，',
// EF BC 8E '．', EF BC 8B '＋', EF BC 8D '－'.
inline bool is_fullwidth(std::string_view s, std::size_t i, unsigned char third) noexcept {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
         static_cast<unsigned char>(s[i + 1]) == 0xBC && static_cast<unsigned char>(s[i + 2]) == third;
}

// The digit at s[i] (0..9) and its byte length, or -1.
inline int digit_at(std::string_view s, std::size_t i, std::size_t& length) noexcept {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c - unsigned{'0'} < 10u) {
    length = 1;
    return c - '0';
  }
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBC) {
    const unsigned char t = static_cast<unsigned char>(s[i + 2]);
    if (t >= 0x90 && t <= 0x99) {
      length = 3;
      return t - 0x90;
    }
  }
  return -1;
}

inline std::size_t separator_at(std::string_view s, std::size_t i) noexcept {
  if (s[i] == ',') return 1;
  return is_fullwidth(s, i, 0x8C) ? 3 : 0;
}

inline std::size_t point_at(std::string_view s, std::size_t i) noexcept {
  if (s[i] == '.') return 1;
  return is_fullwidth(s, i, 0x8E) ? 3 : 0;
}

// Scans the unsigned number starting at `pos`. Fraction digits beyond `max_scale`
// are counted and located but not accumulated (callers reject them, or re-read
// them to check they are zeros).
inline ScanResult scan_unsigned(std::string_view s, std::size_t pos, Scanned& out, int max_scale) noexcept {
  const std::size_t n = s.size();
  std::uint64_t acc = 0;
  bool too_large = false;
  int integer_digits = 0;
  int group_digits = 0;  // digits since the last separator (or the start)
  bool grouped = false;
  auto push = [&](int d) noexcept {
    // Below 10^18 another digit always fits; only longer numbers pay for the check.
    if (acc < 1000000000000000000ULL) [[likely]] {
      acc = acc * 10 + static_cast<std::uint64_t>(d);
    } else {
      too_large |= __builtin_mul_overflow(acc, std::uint64_t{10}, &acc);
      too_large |= __builtin_add_overflow(acc, static_cast<std::uint64_t>(d), &acc);
    }
  };

  // Integer part. The plain ASCII digit run first: it is nearly all input.
  while (pos < n) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    std::size_t len = 1;
    int d;
    if (c - unsigned{'0'} < 10u) {
      d = c - '0';
    } else if ((d = digit_at(s, pos, len)) < 0) {
      const std::size_t sep = separator_at(s, pos);
      if (sep == 0) break;
      if (integer_digits == 0) return {ScanStatus::parse_error, pos, "digit"};
      if (grouped ? group_digits != 3 : group_digits > 3)
        return {ScanStatus::parse_error, pos, grouped ? "digit (thousands groups have 3 digits)" : "digit or '.'"};
      grouped = true;
      group_digits = 0;
      pos += sep;
      continue;
    }
    if (grouped && group_digits == 3)
      return {ScanStatus::parse_error, pos, "',' or '.' (thousands groups have 3 digits)"};
    push(d);
    ++integer_digits;
    ++group_digits;
    pos += len;
  }
  if (integer_digits == 0) return {ScanStatus::parse_error, pos, "digit"};
  if (grouped && group_digits != 3)
    return {ScanStatus::parse_error, pos, "digit (thousands groups have 3 digits)"};

  // Fraction.
  int scale = 0;
  if (pos < n) {
    if (const std::size_t point = point_at(s, pos)) {
      pos += point;
      out.fraction_begin = pos;
      int pending_zeros = 0;
      while (pos < n) {
        std::size_t len = 1;
        const int d = digit_at(s, pos, len);
        if (d < 0) break;
        if (scale < max_scale) {
          if (d == 0) {
            ++pending_zeros;
          } else {
            for (; pending_zeros > 0; --pending_zeros) push(0);
            push(d);
            out.significant_scale = scale + 1;
          }
        } else {
          if (scale == max_scale) out.excess_begin = pos;
        }
        ++scale;
        pos += len;
      }
      if (scale == 0) return {ScanStatus::parse_error, pos, "digit after the decimal point"};
    }
  }
  out.too_large = too_large;
  out.magnitude = acc;
  out.scale = scale;
  return {ScanStatus::ok, pos, ""};
}

// A sign at s[i]: '+', '-', full-width '＋' '－', or the minus sign U+2212.
// Returns its byte length (0 if none) and sets `negative`.
inline std::size_t sign_at(std::string_view s, std::size_t i, bool& negative) noexcept {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return negative = true, 1;
  if (s[i] == '+') return negative = false, 1;
  if (is_fullwidth(s, i, 0x8D)) return negative = true, 3;
  if (is_fullwidth(s, i, 0x8B)) return negative = false, 3;
  if (s.substr(i, 3) == "\xE2\x88\x92") return negative = true, 3;
  return 0;
}

}  // namespace detail
JIXIAO_END_NAMESPACE
