// SPDX-License-Identifier: Apache-2.0
// Decimal: parsing, exact arithmetic, comparison, rounding in every mode.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "jixiao/decimal.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Error;
using jixiao::ErrorKind;
using jixiao::NumberError;
using jixiao::Rounding;

constexpr std::int64_t int64_max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

Decimal d(std::string_view text) { return Decimal::parse(text); }

void expect_parts(const Decimal& value, std::int64_t mantissa, int scale) {
  EXPECT_EQ(value.mantissa(), mantissa) << value.to_string();
  EXPECT_EQ(value.scale(), scale) << value.to_string();
}

template <class F>
void expect_error(F&& f, ErrorKind kind) {
  try {
    f();
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
  }
}

void expect_parse_error(std::string_view text, std::size_t offset, ErrorKind kind = ErrorKind::parse) {
  try {
    Decimal::parse(text);
    ADD_FAILURE() << "no error for " << text;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << text;
    EXPECT_EQ(e.offset(), offset) << text << ": " << e.what();
    EXPECT_FALSE(e.expected().empty());
  }
  NumberError error;
  EXPECT_FALSE(Decimal::try_parse(text, &error).has_value());
  EXPECT_EQ(error.offset, offset) << text;
}

TEST(DecimalParse, Forms) {
  expect_parts(d("0"), 0, 0);
  expect_parts(d("100.00"), 10000, 2);
  expect_parts(d("-12.50"), -1250, 2);
  expect_parts(d("+3"), 3, 0);
  expect_parts(d("1,234,567.891"), 1234567891, 3);
  expect_parts(d("９８．５"), 985, 1);
  expect_parts(d("－１"), -1, 0);
  expect_parts(d("0.000000000000000001"), 1, 18);
  expect_parts(d("9223372036854775807"), int64_max, 0);
  expect_parts(d("-9223372036854775808"), int64_min, 0);
  expect_parts(d("-9.223372036854775808"), int64_min, 18);
  expect_parts(d("1.500000000000000000"), 1500000000000000000, 18);
}

TEST(DecimalParse, Errors) {
  expect_parse_error("", 0);
  expect_parse_error("1,2,3", 3);
  expect_parse_error("12..5", 3);
  expect_parse_error("1e5", 1);
  expect_parse_error("--1", 1);
  expect_parse_error(",", 0);
  expect_parse_error(".", 0);
  expect_parse_error("1.", 2);
  expect_parse_error("1 ", 1);  // no spaces in a plain decimal
  expect_parse_error("¥1", 0);  // no currency either: that is Money's
  expect_parse_error("0.0000000000000000001", 20);  // a 19th decimal
  expect_parse_error("9223372036854775808", 0, ErrorKind::overflow);
  expect_parse_error("-9223372036854775809", 1, ErrorKind::overflow);
  expect_parse_error("123456789012345678901234", 0, ErrorKind::overflow);
  expect_parse_error("9223372036854775807.0", 0, ErrorKind::overflow);  // the scale keeps the zero
  expect_parse_error("12345678901234567890x", 20);  // syntax first, then range
}

TEST(DecimalParse, ToStringKeepsTheScale) {
  EXPECT_EQ(d("100.00").to_string(), "100.00");
  EXPECT_EQ(d("-0.05").to_string(), "-0.05");
  EXPECT_EQ(d("1,000").to_string(), "1000");
  EXPECT_EQ(Decimal::from_parts(int64_min, 18).to_string(), "-9.223372036854775808");
  EXPECT_EQ(Decimal::from_parts(5, 18).to_string(), "0.000000000000000005");
  EXPECT_EQ(Decimal().to_string(), "0");
}

TEST(Decimal, FromPartsChecksTheScale) {
  expect_error([] { Decimal::from_parts(1, 19); }, ErrorKind::invalid_argument);
  expect_error([] { Decimal::from_parts(1, -1); }, ErrorKind::invalid_argument);
}

TEST(Decimal, ComparisonIsNumeric) {
  EXPECT_EQ(d("1.0"), d("1.00"));
  EXPECT_FALSE(d("1.0").same_representation(d("1.00")));
  EXPECT_TRUE(d("1.0").same_representation(d("1.0")));
  EXPECT_LT(d("0.999"), d("1"));
  EXPECT_GT(d("-0.5"), d("-0.51"));
  EXPECT_LT(Decimal::from_parts(int64_min, 0), Decimal::from_parts(int64_min, 18));
  EXPECT_GT(Decimal::from_parts(int64_max, 0), Decimal::from_parts(int64_max, 18));
}

TEST(Decimal, AddSubtract) {
  expect_parts(d("1.5") + d("2.25"), 375, 2);
  expect_parts(d("1.5") - d("2.25"), -75, 2);
  expect_parts(d("-3") + d("3.000"), 0, 3);
  expect_parts(Decimal::from_parts(int64_max - 1, 0) + d("1"), int64_max, 0);
  expect_error([] { return Decimal::from_parts(int64_max, 0) + d("1"); }, ErrorKind::overflow);
  expect_error([] { return Decimal::from_parts(int64_min, 0) - d("1"); }, ErrorKind::overflow);
  // Aligning scales can overflow as well: 10^18 at scale 1.
  expect_error([] { return d("1000000000000000000") + d("0.1"); }, ErrorKind::overflow);
  expect_parts(-d("2.5"), -25, 1);
  expect_error([] { return -Decimal::from_parts(int64_min, 3); }, ErrorKind::overflow);
}

TEST(Decimal, Multiply) {
  expect_parts(d("1.5") * d("2.25"), 3375, 3);
  expect_parts(d("-4") * d("0.5"), -20, 1);
  expect_parts(Decimal::from_parts(int64_max, 0) * d("1"), int64_max, 0);
  expect_error([] { return Decimal::from_parts(int64_max, 0) * d("2"); }, ErrorKind::overflow);
  expect_error([] { return d("0.0000000001") * d("0.000000001"); }, ErrorKind::overflow);  // scale 19
  expect_parts(d("0.0000000001").multiply(d("0.000000001"), 18, Rounding::half_up), 0, 18);
  expect_parts(d("0.0000000005").multiply(d("0.000000001"), 18, Rounding::half_up), 1, 18);
  expect_parts(d("0.0000000005").multiply(d("0.000000001"), 18, Rounding::half_even), 0, 18);
  expect_parts(d("12.34").multiply(d("0.5"), 2, Rounding::half_up), 617, 2);
  expect_parts(d("12.35").multiply(d("0.5"), 2, Rounding::half_up), 618, 2);    // 6.175
  expect_parts(d("12.35").multiply(d("0.5"), 2, Rounding::half_even), 618, 2);  // 6.175 → 6.18
  expect_parts(d("12.33").multiply(d("0.5"), 2, Rounding::half_even), 616, 2);  // 6.165 → 6.16
  expect_parts(d("12.33").multiply(d("0.5"), 2, Rounding::down), 616, 2);
  expect_parts(d("3").multiply(d("2"), 18, Rounding::down), 6000000000000000000, 18);
  expect_error([] { return d("10").multiply(d("1"), 18, Rounding::down); }, ErrorKind::overflow);
}

TEST(Decimal, Divide) {
  expect_parts(d("1").divide(d("3"), 4, Rounding::half_up), 3333, 4);
  expect_parts(d("2").divide(d("3"), 4, Rounding::half_up), 6667, 4);
  expect_parts(d("2").divide(d("3"), 4, Rounding::down), 6666, 4);
  expect_parts(d("-2").divide(d("3"), 4, Rounding::half_up), -6667, 4);
  expect_parts(d("-2").divide(d("3"), 4, Rounding::down), -6666, 4);
  expect_parts(d("1").divide(d("8"), 2, Rounding::half_up), 13, 2);    // 0.125
  expect_parts(d("1").divide(d("8"), 2, Rounding::half_even), 12, 2);  // 0.125 → 0.12
  expect_parts(d("3").divide(d("8"), 2, Rounding::half_even), 38, 2);  // 0.375 → 0.38
  expect_parts(d("-1").divide(d("-8"), 2, Rounding::half_up), 13, 2);
  expect_parts(d("1").divide(d("-8"), 2, Rounding::half_up), -13, 2);
  expect_parts(d("1").divide(d("-8"), 2, Rounding::half_even), -12, 2);
  expect_parts(d("98.5").divide(d("0.001"), 0, Rounding::half_up), 98500, 0);
  expect_parts(d("1234.5678").divide(d("100"), 16, Rounding::half_up), 123456780000000000, 16);
  expect_error([] { return d("1234.5678").divide(d("100"), 18, Rounding::half_up); }, ErrorKind::overflow);
  expect_parts(d("0.000000000000000001").divide(d("1000000000000000000"), 18, Rounding::half_up), 0, 18);
  expect_error([] { return d("1").divide(d("0.00"), 2, Rounding::half_up); }, ErrorKind::invalid_argument);
  expect_error([] { return d("1000000000").divide(d("0.000000001"), 2, Rounding::half_up); }, ErrorKind::overflow);
}

TEST(Decimal, RescaleRoundsTiesInEveryMode) {
  struct Case {
    const char* value;
    int scale;
    const char* half_up;
    const char* half_even;
    const char* down;
  };
  const Case cases[] = {
      {"2.5", 0, "3", "2", "2"},          {"3.5", 0, "4", "4", "3"},
      {"-2.5", 0, "-3", "-2", "-2"},      {"-3.5", 0, "-4", "-4", "-3"},
      {"2.51", 0, "3", "3", "2"},         {"2.49", 0, "2", "2", "2"},
      {"0.125", 2, "0.13", "0.12", "0.12"}, {"0.135", 2, "0.14", "0.14", "0.13"},
      {"-0.005", 2, "-0.01", "0.00", "0.00"}, {"1.2345", 3, "1.235", "1.234", "1.234"},
      {"9.995", 2, "10.00", "10.00", "9.99"}, {"1.5", 3, "1.500", "1.500", "1.500"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(d(c.value).rescale(c.scale, Rounding::half_up).to_string(), c.half_up) << c.value;
    EXPECT_EQ(d(c.value).rescale(c.scale, Rounding::half_even).to_string(), c.half_even) << c.value;
    EXPECT_EQ(d(c.value).rescale(c.scale, Rounding::down).to_string(), c.down) << c.value;
  }
  expect_error([] { return Decimal::from_parts(int64_max, 0).rescale(1, Rounding::down); }, ErrorKind::overflow);
  expect_error([] { return d("1").rescale(19, Rounding::down); }, ErrorKind::invalid_argument);
}

}  // namespace
