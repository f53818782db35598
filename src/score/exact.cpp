// Exact arithmetic of the scoring engine (see exact.hpp).
#include "score/exact.hpp"

#include <boost/multiprecision/cpp_int.hpp>

#include <cstdint>
#include <limits>

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

}  // namespace

Decimal mul_div(const Decimal& a, const Decimal& b, const Decimal& c, int scale) {
  if (c.is_zero()) throw Error(ErrorKind::invalid_argument, "score arithmetic: division by zero");
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
