// SPDX-License-Identifier: Apache-2.0
#pragma once
// A spreadsheet number as a person sees it, made from the decimal text the file
// stores (xlsx <v>) without binary floating point: the display of the simple
// number formats forms use (General, 0, 0.00, #,##0.00, 0.00%) and of dates.
// Anything fancier (currency symbols, fractions, conditions) shows as General:
// the stored digits, never a guess.

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

struct NumberFormat {
  enum class Kind { general, fixed, percent, date, date_time, text };
  Kind kind = Kind::general;
  int decimals = 0;        // fixed, percent
  bool thousands = false;  // fixed: "#,##0.00"
};

// The format of a built-in number format id (ECMA-376 18.8.30), or of a custom
// format code from styles.xml.
NumberFormat builtin_number_format(unsigned id) noexcept;
NumberFormat parse_number_format(std::string_view code) noexcept;

// The stored number as plain decimal digits ("1.278E7" → "12780000", "-0.50" →
// "-0.5"), or nullopt when `stored` is not a number.
std::optional<std::string> plain_decimal(std::string_view stored);

// The stored number displayed in `format`; nullopt when `stored` is not a
// number (or a date serial out of range). `date1904`: the workbook's date system.
std::optional<std::string> display_number(std::string_view stored, const NumberFormat& format, bool date1904);

}  // namespace sheets
JIXIAO_END_NAMESPACE
