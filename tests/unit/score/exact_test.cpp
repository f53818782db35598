// SPDX-License-Identifier: Apache-2.0
// The scoring engine's exact arithmetic (score/exact.hpp): the native 128-bit path
// and the 256-bit path it hands over to must give the same digits, and overflow must
// stay an error on both.
#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "score/exact.hpp"

namespace jixiao::test {
namespace {

using score_detail::compare_product;
using score_detail::mul_div;

Decimal d(const char* text) { return Decimal::parse(text); }

TEST(ScoreExact, MulDivRoundsHalfUpOnceWithEverySign) {
  EXPECT_EQ(mul_div(d("10"), d("2"), d("3"), 16).to_string(), "6.6666666666666667");
  EXPECT_EQ(mul_div(d("-10"), d("2"), d("3"), 16).to_string(), "-6.6666666666666667");
  EXPECT_EQ(mul_div(d("10"), d("-2"), d("-3"), 16).to_string(), "6.6666666666666667");
  EXPECT_EQ(mul_div(d("1"), d("1"), d("8"), 2).to_string(), "0.13");   // tie away from zero
  EXPECT_EQ(mul_div(d("-1"), d("1"), d("8"), 2).to_string(), "-0.13");
  EXPECT_EQ(mul_div(d("0"), d("-5"), d("3"), 4).to_string(), "0.0000");
}

TEST(ScoreExact, MulDivBeyond128BitsTakesTheWidePathWithTheSameDigits) {
  // 900 × 0.999999999 at 16 decimals: the product 9·10^18 × 999999999 × 10^16 does not
  // fit 128 bits; the result (8999999991000000000 at scale 16) fits a Decimal.
  EXPECT_EQ(mul_div(d("900.0000000000000000"), d("0.999999999"), d("1"), 16).to_string(), "899.9999991000000000");
  EXPECT_EQ(mul_div(d("-900.0000000000000000"), d("0.999999999"), d("1"), 16).to_string(), "-899.9999991000000000");
  // A quotient too large for a Decimal is Error(overflow), whichever path finds it.
  EXPECT_THROW(mul_div(d("900"), d("900"), d("1"), 16), Error);
  EXPECT_THROW(mul_div(d("900.0000000000000000"), d("900.0000000000000000"), d("0.0000000000000001"), 16), Error);
  EXPECT_THROW(mul_div(d("1"), d("1"), d("0"), 2), Error);
}

TEST(ScoreExact, CompareProductIsExactAtEveryScale) {
  EXPECT_EQ(compare_product(d("108"), d("1.20"), d("90")), 0);   // 108 = 120% of 90
  EXPECT_EQ(compare_product(d("107.99"), d("1.20"), d("90")), -1);
  EXPECT_EQ(compare_product(d("-1"), d("-1"), d("1")), 0);
  // Scales 18 + 18 on the right and a large left: past 128 bits, still exact.
  EXPECT_EQ(compare_product(d("9000000000000000000"), d("1.000000000000000001"), d("1.000000000000000001")), 1);
  EXPECT_EQ(compare_product(d("1.000000000000000002"), d("1.000000000000000001"), d("1.000000000000000001")), -1);
}

}  // namespace
}  // namespace jixiao::test
