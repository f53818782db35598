// SPDX-License-Identifier: Apache-2.0
#pragma once
// The scoring engine's exact arithmetic: products and quotients of Decimals in a
// checked 256-bit integer, rounded once, half-up, at a chosen scale. Nothing here
// touches binary floating point.

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace score_detail {

// a × b / c at `scale` decimals, rounded half-up once. Throws Error(invalid_argument)
// for c == 0 (callers check first) and Error(overflow) when the result does not fit
// a Decimal.
Decimal mul_div(const Decimal& a, const Decimal& b, const Decimal& c, int scale);

// Exact sign of a − b × c (−1, 0, 1): "is a at least b × c?" without rounding.
int compare_product(const Decimal& a, const Decimal& b, const Decimal& c);

// The same value at `scale` (exact when `scale` is not smaller than its own,
// else rounded half-up); throws Error(overflow) if it does not fit.
Decimal at_scale(const Decimal& value, int scale);

// Exact sum of two values at `scale` (operands already at that scale or below).
Decimal add(const Decimal& a, const Decimal& b, int scale);

}  // namespace score_detail
JIXIAO_END_NAMESPACE
