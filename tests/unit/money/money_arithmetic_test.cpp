// SPDX-License-Identifier: Apache-2.0
// Money arithmetic: checked add/subtract/negate, sums, multiply/divide/ratio with
// explicit rounding, and exact 元↔万元 conversion.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "jixiao/money.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Error;
using jixiao::ErrorKind;
using jixiao::Money;
using jixiao::Rounding;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

Money m(std::string_view text) { return Money::parse(text); }
Decimal d(std::string_view text) { return Decimal::parse(text); }

template <class F>
void expect_error(F&& f, ErrorKind kind) {
  try {
    f();
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
  }
}

TEST(MoneyArithmetic, AddSubtractNegate) {
  EXPECT_EQ((m("1.10") + m("2.05")).fen(), 315);
  EXPECT_EQ((m("1.10") - m("2.05")).fen(), -95);
  EXPECT_EQ((-m("3.5")).fen(), -350);
  Money total;
  total += m("0.01");
  total += m("0.02");
  total -= m("0.05");
  EXPECT_EQ(total.fen(), -2);
  EXPECT_EQ((Money::from_fen(int64_max - 1) + Money::from_fen(1)).fen(), int64_max);
  expect_error([] { return Money::from_fen(int64_max) + Money::from_fen(1); }, ErrorKind::overflow);
  expect_error([] { return Money::from_fen(int64_min) - Money::from_fen(1); }, ErrorKind::overflow);
  expect_error([] { return Money::from_fen(int64_min) + Money::from_fen(-1); }, ErrorKind::overflow);
  expect_error([] { return -Money::from_fen(int64_min); }, ErrorKind::overflow);
  EXPECT_EQ((-Money::from_fen(int64_max)).fen(), -int64_max);
}

TEST(MoneyArithmetic, Comparison) {
  EXPECT_EQ(m("1.5"), m("1.50"));
  EXPECT_LT(m("-0.01"), m("0"));
  EXPECT_GT(m("1,000"), m("999.99"));
  EXPECT_TRUE(m("0.00").is_zero());
  EXPECT_TRUE(m("-0.01").is_negative());
}

TEST(MoneySum, SumsExactly) {
  EXPECT_EQ(Money::sum({}).fen(), 0);
  std::vector<Money> amounts;
  std::int64_t expected = 0;
  for (std::int64_t i = 1; i <= 1001; ++i) {  // an odd count exercises the tail
    amounts.push_back(Money::from_fen(i * 37 - 500));
    expected += i * 37 - 500;
  }
  EXPECT_EQ(Money::sum(amounts).fen(), expected);
}

TEST(MoneySum, OverflowIsAnError) {
  std::vector<Money> amounts(7, Money::from_fen(int64_max / 4));
  expect_error([&] { return Money::sum(amounts); }, ErrorKind::overflow);
  std::vector<Money> exactly_max = {Money::from_fen(int64_max - 10), Money::from_fen(10)};
  EXPECT_EQ(Money::sum(exactly_max).fen(), int64_max);
  std::vector<Money> one_over = {Money::from_fen(int64_max - 10), Money::from_fen(11)};
  expect_error([&] { return Money::sum(one_over); }, ErrorKind::overflow);
  std::vector<Money> one_under = {Money::from_fen(int64_min), Money::from_fen(0), Money::from_fen(0),
                                  Money::from_fen(0), Money::from_fen(-1)};
  expect_error([&] { return Money::sum(one_under); }, ErrorKind::overflow);
}

TEST(MoneySum, PartialOverflowThatComesBackIsFine) {
  // max + max - max - max: partial sums overflow in every lane order, the total is 0.
  std::vector<Money> amounts = {Money::from_fen(int64_max), Money::from_fen(int64_max), Money::from_fen(int64_max),
                                Money::from_fen(int64_max), Money::from_fen(-int64_max), Money::from_fen(-int64_max),
                                Money::from_fen(-int64_max), Money::from_fen(-int64_max), Money::from_fen(5)};
  EXPECT_EQ(Money::sum(amounts).fen(), 5);
}

TEST(MoneyArithmetic, MultiplyRounds) {
  EXPECT_EQ(m("100.00").multiply(d("0.5")).fen(), 5000);
  EXPECT_EQ(m("0.05").multiply(d("0.5")).fen(), 3);                       // 0.025 → 0.03
  EXPECT_EQ(m("0.05").multiply(d("0.5"), Rounding::half_even).fen(), 2);   // 0.025 → 0.02
  EXPECT_EQ(m("0.07").multiply(d("0.5"), Rounding::half_even).fen(), 4);   // 0.035 → 0.04
  EXPECT_EQ(m("0.05").multiply(d("0.5"), Rounding::down).fen(), 2);
  EXPECT_EQ(m("-0.05").multiply(d("0.5")).fen(), -3);
  EXPECT_EQ(m("-0.05").multiply(d("0.5"), Rounding::half_even).fen(), -2);
  EXPECT_EQ(m("12780000").multiply(d("0.035")).fen(), 44730000);
  EXPECT_EQ(m("1").multiply(d("0.000000000000000001")).fen(), 0);
  EXPECT_EQ(Money::from_fen(int64_max).multiply(d("1.000")).fen(), int64_max);
  expect_error([] { return Money::from_fen(int64_max).multiply(d("1.01")); }, ErrorKind::overflow);
  expect_error([] { return Money::from_fen(int64_min).multiply(d("-1")); }, ErrorKind::overflow);
}

TEST(MoneyArithmetic, DivideAndRatio) {
  EXPECT_EQ(m("100").divide(d("3")).fen(), 3333);
  EXPECT_EQ(m("200").divide(d("3")).fen(), 6667);
  EXPECT_EQ(m("200").divide(d("3"), Rounding::down).fen(), 6666);
  EXPECT_EQ(m("0.25").divide(d("10")).fen(), 3);                      // 0.025
  EXPECT_EQ(m("0.25").divide(d("10"), Rounding::half_even).fen(), 2);
  EXPECT_EQ(m("1").divide(d("0.5")).fen(), 200);
  expect_error([] { return m("1").divide(d("0")); }, ErrorKind::invalid_argument);
  expect_error([] { return Money::from_fen(int64_max).divide(d("0.5")); }, ErrorKind::overflow);
  EXPECT_EQ(m("950").ratio(m("1000"), 4).to_string(), "0.9500");
  EXPECT_EQ(m("1").ratio(m("3"), 4).to_string(), "0.3333");
  EXPECT_EQ(m("2").ratio(m("3"), 4).to_string(), "0.6667");
  EXPECT_EQ(m("1").ratio(m("8"), 2, Rounding::half_even).to_string(), "0.12");
  EXPECT_EQ(m("-1").ratio(m("8"), 2).to_string(), "-0.13");
  expect_error([] { return m("1").ratio(m("0"), 2); }, ErrorKind::invalid_argument);
  expect_error([] { return m("1").ratio(m("1"), 19); }, ErrorKind::invalid_argument);
  expect_error([] { return m("100000").ratio(m("0.01"), 14); }, ErrorKind::overflow);
}

TEST(MoneyConversion, YuanAndWan) {
  EXPECT_EQ(m("12,780,000.00").wan().to_string(), "1278.000000");
  EXPECT_EQ(m("12,780,000.00").yuan().to_string(), "12780000.00");
  EXPECT_EQ(Money::from_yuan(d("12.5")).fen(), 1250);
  EXPECT_EQ(Money::from_yuan(d("12.500")).fen(), 1250);  // zeros lose nothing
  EXPECT_EQ(Money::from_yuan(d("12")).fen(), 1200);
  expect_error([] { return Money::from_yuan(d("0.005")); }, ErrorKind::invalid_argument);
  EXPECT_EQ(Money::from_yuan(d("0.005"), Rounding::half_up).fen(), 1);
  EXPECT_EQ(Money::from_yuan(d("0.005"), Rounding::half_even).fen(), 0);
  EXPECT_EQ(Money::from_yuan(d("0.015"), Rounding::half_even).fen(), 2);
  EXPECT_EQ(Money::from_yuan(d("-0.005"), Rounding::half_up).fen(), -1);
  EXPECT_EQ(Money::from_yuan(d("0.009"), Rounding::down).fen(), 0);
  EXPECT_EQ(Money::from_wan(d("89.974")).fen(), 89974000);
  EXPECT_EQ(Money::from_wan(d("1278.000000")).fen(), 1278000000);
  EXPECT_EQ(Money::from_wan(d("0.000001")).fen(), 1);
  expect_error([] { return Money::from_wan(d("0.0000005")); }, ErrorKind::invalid_argument);
  EXPECT_EQ(Money::from_wan(d("0.0000005"), Rounding::half_up).fen(), 1);
  EXPECT_EQ(Money::from_wan(d("0.0000005"), Rounding::half_even).fen(), 0);
  EXPECT_EQ(Money::from_wan(d("0.0000015"), Rounding::half_even).fen(), 2);
  expect_error([] { return Money::from_wan(d("9223372036854775807")); }, ErrorKind::overflow);
  // Round trip through 万元 is exact for every amount.
  for (std::int64_t fen : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{140950}, int64_max, int64_min}) {
    const Money money = Money::from_fen(fen);
    EXPECT_EQ(Money::from_wan(money.wan()), money);
    EXPECT_EQ(Money::from_yuan(money.yuan()), money);
    EXPECT_EQ(Money::parse_wan(money.to_wan_string()), money);
    EXPECT_EQ(Money::parse(money.to_string()), money);
    EXPECT_EQ(Money::parse(money.to_thousands()), money);
  }
}

}  // namespace
