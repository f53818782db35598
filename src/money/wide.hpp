// SPDX-License-Identifier: Apache-2.0
#pragma once
// Wide checked intermediates for Decimal and Money arithmetic: Boost.Multiprecision
// checked fixed-width integers, rounding division, and the narrowing back to int64
// that turns "does not fit" into Error(overflow).

#include <cstdint>
#include <limits>
#include <string>

#include <boost/multiprecision/cpp_int.hpp>

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

using Int128 = boost::multiprecision::checked_int128_t;
// 10^36 × 2^63 (a product rescaled by the largest scale) needs more than 128 bits.
using Int256 = boost::multiprecision::checked_int256_t;

inline constexpr std::uint64_t pow10_u64[20] = {
    1ULL,
    10ULL,
    100ULL,
    1000ULL,
    10000ULL,
    100000ULL,
    1000000ULL,
    10000000ULL,
    100000000ULL,
    1000000000ULL,
    10000000000ULL,
    100000000000ULL,
    1000000000000ULL,
    10000000000000ULL,
    100000000000000ULL,
    1000000000000000ULL,
    10000000000000000ULL,
    100000000000000000ULL,
    1000000000000000000ULL,
    10000000000000000000ULL,
};

template <class Wide>
Wide pow10_wide(int exponent) {
  Wide result = 1;
  while (exponent >= 19) {
    result *= Wide(pow10_u64[19]);
    exponent -= 19;
  }
  return result * Wide(pow10_u64[exponent]);
}

[[noreturn]] inline void throw_overflow(const std::string& what) {
  throw Error(ErrorKind::overflow, what + ": result out of range");
}

// num / den rounded by `mode`; den != 0. Boost's division truncates toward zero and
// the remainder takes the dividend's sign, as C++'s does.
template <class Wide>
Wide divide_rounded(const Wide& num, const Wide& den, Rounding mode) {
  Wide q = num / den;
  const Wide r = num % den;
  if (r == 0 || mode == Rounding::down) return q;
  const Wide twice = abs(r) * 2;
  const Wide magnitude = abs(den);
  bool away;
  if (mode == Rounding::half_up) {
    away = twice >= magnitude;
  } else {
    away = twice > magnitude || (twice == magnitude && (q % 2) != 0);
  }
  if (away) {
    if ((num < 0) != (den < 0))
      q -= 1;
    else
      q += 1;
  }
  return q;
}

template <class Wide>
std::int64_t narrow(const Wide& value, const std::string& what) {
  if (value > Wide(std::numeric_limits<std::int64_t>::max()) ||
      value < Wide(std::numeric_limits<std::int64_t>::min()))
    throw_overflow(what);
  return static_cast<std::int64_t>(value);
}

inline void check_scale(int scale) {
  if (scale < 0 || scale > Decimal::max_scale)
    throw Error(ErrorKind::invalid_argument,
                "decimal scale " + std::to_string(scale) + " is outside 0.." + std::to_string(Decimal::max_scale));
}

}  // namespace detail
JIXIAO_END_NAMESPACE
