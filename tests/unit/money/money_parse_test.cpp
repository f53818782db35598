// SPDX-License-Identifier: Apache-2.0
// Money::parse and friends: every written form of money.md, and every malformed
// one rejected with the byte offset and what was expected.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

#include "jixiao/money.hpp"

namespace {

using jixiao::Error;
using jixiao::ErrorKind;
using jixiao::Money;
using jixiao::NumberError;

std::int64_t fen(std::string_view text) { return Money::parse(text).fen(); }

// Parses `text`, expecting an Error of `kind` at `offset`; returns its expected().
std::string parse_error(std::string_view text, std::size_t offset, ErrorKind kind = ErrorKind::parse) {
  try {
    Money::parse(text);
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << text;
    EXPECT_EQ(e.offset(), offset) << text << ": " << e.what();
    EXPECT_FALSE(e.expected().empty()) << text;
    EXPECT_NE(std::string(e.what()).find(std::to_string(offset)), std::string::npos) << e.what();
    return e.expected();
  }
  ADD_FAILURE() << "no error for " << text;
  return {};
}

TEST(MoneyParse, PlainAndGrouped) {
  EXPECT_EQ(fen("12,780,000.00"), 1278000000);
  EXPECT_EQ(fen("12780000"), 1278000000);
  EXPECT_EQ(fen("0.00"), 0);
  EXPECT_EQ(fen("0"), 0);
  EXPECT_EQ(fen("-1,234.50"), -123450);
  EXPECT_EQ(fen("1,409.5"), 140950);
  EXPECT_EQ(fen("999"), 99900);
  EXPECT_EQ(fen("1,000"), 100000);
  EXPECT_EQ(fen("+7.01"), 701);
  EXPECT_EQ(fen("007.10"), 710);
}

TEST(MoneyParse, CurrencySigns) {
  EXPECT_EQ(fen("¥1,409.50"), 140950);
  EXPECT_EQ(fen("￥1409.5"), 140950);
  EXPECT_EQ(fen("-¥3.00"), -300);
  EXPECT_EQ(fen("¥-3.00"), -300);
  EXPECT_EQ(fen("￥－3"), -300);
}

TEST(MoneyParse, FullWidth) {
  EXPECT_EQ(fen("１２，７８０，０００．００"), 1278000000);
  EXPECT_EQ(fen("－１．５"), -150);
  EXPECT_EQ(fen("＋１"), 100);
  EXPECT_EQ(fen("1,２３4.0５"), 123405);  // mixed widths are still one number
  EXPECT_EQ(fen("−2.5"), -250);           // U+2212 MINUS SIGN
}

TEST(MoneyParse, UnitSuffixes) {
  EXPECT_EQ(fen("349.80万元"), 349800000);
  EXPECT_EQ(fen("349.8万"), 349800000);
  EXPECT_EQ(fen("1.5亿元"), 15000000000);
  EXPECT_EQ(fen("2亿"), 20000000000);
  EXPECT_EQ(fen("12.5元"), 1250);
  EXPECT_EQ(fen("349.80 万元"), 349800000);
  EXPECT_EQ(fen("0.000001万元"), 1);
  EXPECT_EQ(fen("0.0000000001亿元"), 1);
  EXPECT_EQ(fen("-¥1,234.5万元"), -1234500000);
}

TEST(MoneyParse, SurroundingBlanks) {
  EXPECT_EQ(fen("  12.00 "), 1200);
  EXPECT_EQ(fen("\xE3\x80\x80" "5\t"), 500);  // ideographic space
}

TEST(MoneyParse, TrailingZerosBeyondTheFenLoseNothing) {
  EXPECT_EQ(fen("1.500"), 150);
  EXPECT_EQ(fen("1.2300000000000000000000"), 123);  // more zeros than any scale
  EXPECT_EQ(Money::parse_wan("89.9740000").fen(), 89974000);
  // Found by the property test: trailing zeros must not count toward overflow.
  EXPECT_EQ(fen("16811167299272689.00000"), 1681116729927268900);
  EXPECT_EQ(fen("92233720368547758.0700000000000000000000"), std::numeric_limits<std::int64_t>::max());
}

TEST(MoneyParse, SyntaxErrorsComeBeforeRangeErrors) {
  parse_error("922337203685447758.07e", 21);  // 20 digits, but the 'e' is the problem
  parse_error("92233720368547758.077", 20);   // a digit below the 分, not an overflow
  parse_error("922337203685477580.07", 0, ErrorKind::overflow);
}

TEST(MoneyParse, ParseWan) {
  EXPECT_EQ(Money::parse_wan("89.974000").fen(), 89974000);
  EXPECT_EQ(Money::parse_wan("1278").fen(), 1278000000);
  EXPECT_EQ(Money::parse_wan("0.01").fen(), 10000);
  EXPECT_EQ(Money::parse_wan("-0.000001").fen(), -1);
  EXPECT_EQ(Money::parse_wan("5元").fen(), 500);  // an explicit unit wins
  EXPECT_EQ(Money::parse_wan("1亿元").fen(), 10000000000);
  EXPECT_EQ(Money::parse_wan("3万元").fen(), 3000000);
}

TEST(MoneyParse, MalformedIsAnErrorWithOffset) {
  EXPECT_EQ(parse_error("1,2,3", 3), "digit (thousands groups have 3 digits)");
  parse_error("12..5", 3);
  parse_error("1e5", 1);
  EXPECT_EQ(parse_error("", 0), "digit");
  EXPECT_EQ(parse_error("--1", 1), "digit");
  EXPECT_EQ(parse_error(",", 0), "digit");
  EXPECT_EQ(parse_error(".", 0), "digit");
  parse_error(".5", 0);
  parse_error("12.", 3);
  parse_error("12.50abc", 5);
  parse_error("1,23", 4);
  parse_error("1,2345", 5);
  parse_error("1234,567", 4);
  parse_error("1,234,", 6);
  parse_error("1.2.3", 3);
  parse_error("¥", 2);
  parse_error("-", 1);
  parse_error("   ", 3);
  parse_error("12 34", 3);
  parse_error("5万元元", 7);
  parse_error("5元万", 4);
  parse_error("１，２", 9);  // full-width: byte offsets, not characters
  parse_error("１x", 3);
  parse_error("+-1", 1);
  parse_error("¥¥1", 2);
}

TEST(MoneyParse, DigitsBelowTheFenAreAnError) {
  EXPECT_EQ(parse_error("1.005", 4), "at most 2 decimal places in 元 (the 分)");
  parse_error("1.0001", 5);
  EXPECT_EQ(parse_error("1.1234567万元", 8), "at most 6 decimal places in 万元 (the 分)");
  parse_error("0.00000000001亿", 12);
  parse_error("1.00000000000000000001", 21);  // beyond 18 digits too
  try {
    Money::parse_wan("89.9740001");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.offset(), 9u);
  }
}

TEST(MoneyParse, RangeBoundaries) {
  constexpr auto max = std::numeric_limits<std::int64_t>::max();
  constexpr auto min = std::numeric_limits<std::int64_t>::min();
  EXPECT_EQ(fen("92,233,720,368,547,758.07"), max);
  EXPECT_EQ(fen("-92233720368547758.08"), min);
  EXPECT_EQ(fen("0.01"), 1);
  EXPECT_EQ(fen("-0.01"), -1);
  EXPECT_EQ(fen("1000000000000000.00"), 100000000000000000);  // 10^15 元
  EXPECT_EQ(fen("-1000000000000000"), -100000000000000000);
  parse_error("92233720368547758.08", 0, ErrorKind::overflow);  // max + 1 分
  parse_error("-92233720368547758.09", 1, ErrorKind::overflow);
  parse_error("¥99999999999999999999999", 2, ErrorKind::overflow);
  parse_error("922337203.685477581亿", 0, ErrorKind::overflow);
  EXPECT_EQ(fen("922337203.68547758亿"), 9223372036854775800);
}

TEST(MoneyParse, TryParseFillsNumberError) {
  NumberError error;
  EXPECT_FALSE(Money::try_parse("12..5", &error).has_value());
  EXPECT_EQ(error.offset, 3u);
  EXPECT_EQ(error.expected, "digit after the decimal point");
  EXPECT_FALSE(Money::try_parse("", nullptr).has_value());
  auto ok = Money::try_parse("¥1,409.50", &error);
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->fen(), 140950);
  EXPECT_FALSE(Money::try_parse_wan("1.0000001", &error).has_value());
  EXPECT_EQ(error.offset, 8u);
  EXPECT_EQ(Money::try_parse_wan("1.5")->fen(), 1500000);
}

}  // namespace
