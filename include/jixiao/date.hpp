// SPDX-License-Identifier: Apache-2.0
#pragma once
// jixiao::Date: a calendar date (proleptic Gregorian), read from the spellings
// published forms use (2024-01-01, 2024/1/1, 2024.01.01, 2024年1月1日) and
// printed as ISO YYYY-MM-DD.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31, valid for the month

  friend constexpr bool operator==(const Date&, const Date&) = default;
  friend constexpr auto operator<=>(const Date&, const Date&) = default;

  static bool is_valid(int year, int month, int day) noexcept;
  static int days_in_month(int year, int month) noexcept;
  // Whole text must be one date; surrounding white space is allowed. nullopt if not.
  static std::optional<Date> parse(std::string_view text) noexcept;
  std::string to_iso() const;  // "2024-01-01"
};

JIXIAO_END_NAMESPACE
