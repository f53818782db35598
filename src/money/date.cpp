// SPDX-License-Identifier: Apache-2.0
// jixiao::Date: reading the spellings published forms use, checking the calendar.
#include "jixiao/date.hpp"

#include <cstdio>

#include "money/scan.hpp"
#include "text/whitespace.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// Reads 1..max_digits digits (ASCII or full-width) at `pos` into `value`.
bool read_number(std::string_view s, std::size_t& pos, int min_digits, int max_digits, int& value) noexcept {
  int count = 0;
  value = 0;
  while (pos < s.size() && count < max_digits) {
    std::size_t length = 1;
    const int d = detail::digit_at(s, pos, length);
    if (d < 0) break;
    value = value * 10 + d;
    pos += length;
    ++count;
  }
  if (count < min_digits) return false;
  // More digits than the field holds ("2024-001-01" is not a date).
  std::size_t length = 1;
  return pos >= s.size() || detail::digit_at(s, pos, length) < 0;
}

// The separator at `pos`: '-', '/', '.' (or full-width －／．) or 年 / 月; returns
// its length and which one it is, so both separators of a date must match.
std::size_t separator_at(std::string_view s, std::size_t pos, char& which) noexcept {
  if (pos >= s.size()) return 0;
  const char c = s[pos];
  if (c == '-' || c == '/' || c == '.') return which = c, 1;
  const std::string_view rest = s.substr(pos);
  if (rest.starts_with("\xEF\xBC\x8D")) return which = '-', 3;  // －
  if (rest.starts_with("\xEF\xBC\x8F")) return which = '/', 3;  // ／
  if (rest.starts_with("\xEF\xBC\x8E")) return which = '.', 3;  // ．
  if (rest.starts_with("\xE5\xB9\xB4")) return which = 'Y', 3;  // 年
  if (rest.starts_with("\xE6\x9C\x88")) return which = 'M', 3;  // 月
  return 0;
}

}  // namespace

int Date::days_in_month(int year, int month) noexcept {
  static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return days[month - 1];
}

bool Date::is_valid(int year, int month, int day) noexcept {
  return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<Date> Date::parse(std::string_view text) noexcept {
  std::size_t pos = 0;
  while (std::size_t b = text::space_at(text, pos)) pos += b;
  Date date;
  if (!read_number(text, pos, 4, 4, date.year)) return std::nullopt;
  char first = 0;
  std::size_t length = separator_at(text, pos, first);
  if (length == 0 || first == 'M') return std::nullopt;
  pos += length;
  if (!read_number(text, pos, 1, 2, date.month)) return std::nullopt;
  char second = 0;
  length = separator_at(text, pos, second);
  // 年 pairs with 月 (and 日 after the day); the others repeat themselves.
  if (length == 0 || second != (first == 'Y' ? 'M' : first)) return std::nullopt;
  pos += length;
  if (!read_number(text, pos, 1, 2, date.day)) return std::nullopt;
  if (first == 'Y') {
    if (text.substr(pos).starts_with("\xE6\x97\xA5"))  // 日
      pos += 3;
    else
      return std::nullopt;
  }
  while (std::size_t b = text::space_at(text, pos)) pos += b;
  if (pos != text.size() || !is_valid(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

std::string Date::to_iso() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

JIXIAO_END_NAMESPACE
