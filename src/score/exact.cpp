// SPDX-License-Identifier: Apache-2.0
// Exact arithmetic of the scoring engine (see exact.hpp).
#include "score/exact.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <limits>
#include <optional>

#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace score_detail {
namespace {

using Wide = boost::multiprecision::checked_int256_t;

// 10^n for n in 0..38 as a Wide (powers up to 10^38 are needed: 16 + 18 + ...).
const Wide& pow10(int n) {
  static const auto table = [] {
    struct Table {
      Wide values[60];
    } t;
    Wide v = 1;
    for (auto& entry : t.values) {
      entry = v;
      v *= 10;
    }
    return t;
  }();
  return table.values[n];
}

Decimal to_decimal(const Wide& mantissa, int scale) {
  static const Wide lo = std::numeric_limits<std::int64_t>::min();
  static const Wide hi = std::numeric_limits<std::int64_t>::max();
  if (mantissa < lo || mantissa > hi)
    throw Error(ErrorKind::overflow, "score arithmetic: result does not fit a decimal of scale " + std::to_string(scale));
  return Decimal::from_parts(static_cast<std::int64_t>(mantissa), scale);
}

// Native 128-bit arithmetic for the common sizes (a score's weight × ratio): the
// same digits as the 256-bit path, which takes over whenever a step would overflow.
__extension__ using U128 = unsigned __int128;

U128 pow10_128(int n) {
  U128 v = 1;
  for (int i = 0; i < n; ++i) v *= 10;
  return v;
}

const U128* pow10_table() {
  static const auto table = [] {
    struct Table {
      U128 values[39];
    } t;
    for (int i = 0; i < 39; ++i) t.values[i] = pow10_128(i);
    return t;
  }();
  return table.values;
}

U128 magnitude(std::int64_t v) { return v < 0 ? U128(0 - static_cast<std::uint64_t>(v)) : U128(static_cast<std::uint64_t>(v)); }

std::optional<Decimal> mul_div_narrow(const Decimal& a, const Decimal& b, const Decimal& c, int scale) {
  const int up = scale + c.scale(), down = a.scale() + b.scale();
  if (up > 38 || down > 38) return std::nullopt;
  const U128* p10 = pow10_table();
  U128 num = 0, den = 0;
  if (__builtin_mul_overflow(magnitude(a.mantissa()), magnitude(b.mantissa()), &num) ||
      __builtin_mul_overflow(num, p10[up], &num) || __builtin_mul_overflow(magnitude(c.mantissa()), p10[down], &den))
    return std::nullopt;
  U128 quotient = num / den;
  const U128 remainder = num % den;
  if (remainder >= den - remainder) quotient += 1;  // half-up: 2r ≥ den, ties away from zero
  const bool negative = (a.is_negative() != b.is_negative()) != c.is_negative() && !a.is_zero() && !b.is_zero();
  const U128 limit = U128(static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
  if (quotient > limit) return std::nullopt;  // the wide path reports the overflow
  const auto q = static_cast<std::int64_t>(quotient);
  return Decimal::from_parts(negative ? -q : q, scale);
}

}  // namespace

Decimal mul_div(const Decimal& a, const Decimal& b, const Decimal& c, int scale) {
  if (c.is_zero()) throw Error(ErrorKind::invalid_argument, "score arithmetic: division by zero");
  if (auto fast = mul_div_narrow(a, b, c, scale)) return *fast;
  // a×b/c = (am·bm / cm) · 10^(cs − as − bs); at `scale`: am·bm·10^(scale + cs) / (cm·10^(as + bs)).
  Wide num = Wide(a.mantissa()) * Wide(b.mantissa()) * pow10(scale + c.scale());
  Wide den = Wide(c.mantissa()) * pow10(a.scale() + b.scale());
  bool negative = (num < 0) != (den < 0);
  if (num < 0) num = -num;
  if (den < 0) den = -den;
  Wide quotient = num / den;
  Wide remainder = num - quotient * den;
  if (remainder * 2 >= den) quotient += 1;  // half-up: ties away from zero
  if (negative) quotient = -quotient;
  return to_decimal(quotient, scale);
}

int compare_product(const Decimal& a, const Decimal& b, const Decimal& c) {
  if (const int up = b.scale() + c.scale(); up <= 38 && a.scale() <= 38) {
    // Signs first, then magnitudes in unsigned 128 bits.
    const U128* p10 = pow10_table();
    const int sign_left = a.is_negative() ? -1 : a.is_zero() ? 0 : 1;
    const int sign_right = b.is_zero() || c.is_zero() ? 0 : (b.is_negative() != c.is_negative() ? -1 : 1);
    if (sign_left != sign_right) return sign_left < sign_right ? -1 : 1;
    U128 left = 0, right = 0;
    if (!__builtin_mul_overflow(magnitude(a.mantissa()), p10[up], &left) &&
        !__builtin_mul_overflow(magnitude(b.mantissa()), magnitude(c.mantissa()), &right) &&
        !__builtin_mul_overflow(right, p10[a.scale()], &right)) {
      const int order = left < right ? -1 : (left > right ? 1 : 0);
      return sign_left < 0 ? -order : order;
    }
  }
  // a − b·c at scale as + bs + cs.
  Wide left = Wide(a.mantissa()) * pow10(b.scale() + c.scale());
  Wide right = Wide(b.mantissa()) * Wide(c.mantissa()) * pow10(a.scale());
  return left < right ? -1 : (left > right ? 1 : 0);
}

Decimal at_scale(const Decimal& value, int scale) {
  if (value.scale() == scale) return value;
  if (value.scale() > scale) return value.rescale(scale, Rounding::half_up);
  return to_decimal(Wide(value.mantissa()) * pow10(scale - value.scale()), scale);
}

Decimal add(const Decimal& a, const Decimal& b, int scale) {
  Wide sum = Wide(at_scale(a, scale).mantissa()) + Wide(at_scale(b, scale).mantissa());
  return to_decimal(sum, scale);
}

}  // namespace score_detail
JIXIAO_END_NAMESPACE
