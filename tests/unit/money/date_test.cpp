// SPDX-License-Identifier: Apache-2.0
// Date: the published spellings, calendar validation, ISO output.
#include <gtest/gtest.h>

#include "jixiao/date.hpp"

namespace {

using jixiao::Date;

void expect_date(std::string_view text, int year, int month, int day) {
  const auto date = Date::parse(text);
  ASSERT_TRUE(date.has_value()) << text;
  EXPECT_EQ(date->year, year) << text;
  EXPECT_EQ(date->month, month) << text;
  EXPECT_EQ(date->day, day) << text;
}

TEST(Date, Spellings) {
  expect_date("2024-01-01", 2024, 1, 1);
  expect_date("2024/1/1", 2024, 1, 1);
  expect_date("2024.01.01", 2024, 1, 1);
  expect_date("2024年1月1日", 2024, 1, 1);
  expect_date("2024年12月31日", 2024, 12, 31);
  expect_date("２０２４年１２月３１日", 2024, 12, 31);
  expect_date("２０２４－０３－０５", 2024, 3, 5);
  expect_date("  2024-6-30 ", 2024, 6, 30);
  expect_date("\xE3\x80\x80" "2024/06/30", 2024, 6, 30);
}

TEST(Date, Rejects) {
  for (std::string_view bad : {"", "2024", "2024-01", "2024-1/1", "2024/01-01", "2024年1月1", "2024年1-1日",
                               "2024-01-01x", "24-01-01", "20240-1-1", "2024-001-01", "2024-01-001",
                               "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2023-02-29",
                               "1900-02-29", "2024 01 01", "0000-01-01", "2024-01-01 2024-01-02",
                               "2024月1年1日"}) {
    EXPECT_FALSE(Date::parse(bad).has_value()) << bad;
  }
}

TEST(Date, Calendar) {
  EXPECT_TRUE(Date::is_valid(2024, 2, 29));
  EXPECT_TRUE(Date::is_valid(2000, 2, 29));
  EXPECT_FALSE(Date::is_valid(2100, 2, 29));
  EXPECT_FALSE(Date::is_valid(2023, 2, 29));
  EXPECT_TRUE(Date::is_valid(2023, 4, 30));
  EXPECT_FALSE(Date::is_valid(2023, 4, 31));
  EXPECT_EQ(Date::days_in_month(2023, 12), 31);
  EXPECT_EQ(Date::days_in_month(2023, 13), 0);
  expect_date("2024-02-29", 2024, 2, 29);
  expect_date("2000-02-29", 2000, 2, 29);
}

TEST(Date, IsoAndOrder) {
  EXPECT_EQ(Date::parse("2024年1月5日")->to_iso(), "2024-01-05");
  EXPECT_EQ((Date{987, 6, 7}.to_iso()), "0987-06-07");
  EXPECT_LT(*Date::parse("2024-01-31"), *Date::parse("2024-02-01"));
  EXPECT_EQ(*Date::parse("2024/2/1"), *Date::parse("2024年2月1日"));
}

}  // namespace
