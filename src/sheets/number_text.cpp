// SPDX-License-Identifier: Apache-2.0
// number_text.hpp: decimal text in, displayed text out; digits stay digits.
#include "sheets/number_text.hpp"

#include <chrono>
#include <cstdint>

#include <fmt/format.h>

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

namespace {

// A decimal number as sign, integer digits and fraction digits (no leading
// zeros in `whole` but "0", no trailing zeros in `fraction`).
struct Digits {
  bool negative = false;
  std::string whole = "0";
  std::string fraction;
};

constexpr int max_exponent = 400;  // a double's range, with room

std::optional<Digits> parse_digits(std::string_view s) {
  std::size_t i = 0;
  Digits d;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) d.negative = s[i++] == '-';
  std::string mantissa;
  long point = -1;
  for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'); ++i) {
    if (s[i] == '.') {
      if (point >= 0) return std::nullopt;
      point = static_cast<long>(mantissa.size());
    } else {
      mantissa.push_back(s[i]);
    }
  }
  if (mantissa.empty()) return std::nullopt;
  if (point < 0) point = static_cast<long>(mantissa.size());
  if (i < s.size() && (s[i] == 'E' || s[i] == 'e')) {
    ++i;
    bool minus = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) minus = s[i++] == '-';
    long exponent = 0;
    const std::size_t first = i;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      exponent = exponent * 10 + (s[i] - '0');
      if (exponent > max_exponent) return std::nullopt;
    }
    if (i == first) return std::nullopt;
    point += minus ? -exponent : exponent;
  }
  if (i != s.size()) return std::nullopt;
  // Place the point: pad with zeros on either side as needed.
  if (point < 0) {
    mantissa.insert(0, static_cast<std::size_t>(-point), '0');
    point = 0;
  }
  if (point > static_cast<long>(mantissa.size())) mantissa.append(static_cast<std::size_t>(point) - mantissa.size(), '0');
  std::string whole = mantissa.substr(0, static_cast<std::size_t>(point));
  std::string fraction = mantissa.substr(static_cast<std::size_t>(point));
  const auto nonzero = whole.find_first_not_of('0');
  d.whole = nonzero == std::string::npos ? "0" : whole.substr(nonzero);
  const auto last = fraction.find_last_not_of('0');
  d.fraction = last == std::string::npos ? "" : fraction.substr(0, last + 1);
  if (d.whole == "0" && d.fraction.empty()) d.negative = false;
  return d;
}

// Rounded half away from zero to `decimals` fraction digits (padded with zeros).
Digits round_to(Digits d, int decimals) {
  const auto keep = static_cast<std::size_t>(decimals);
  if (d.fraction.size() <= keep) {
    d.fraction.append(keep - d.fraction.size(), '0');
    return d;
  }
  const bool up = d.fraction[keep] >= '5';
  std::string digits = d.whole + d.fraction.substr(0, keep);
  if (up) {
    std::size_t i = digits.size();
    while (i > 0 && digits[i - 1] == '9') digits[--i] = '0';
    if (i == 0)
      digits.insert(0, 1, '1');
    else
      ++digits[i - 1];
  }
  d.whole = digits.substr(0, digits.size() - keep);
  d.fraction = digits.substr(digits.size() - keep);
  if (d.whole.empty()) d.whole = "0";
  if (d.whole.find_first_not_of('0') == std::string::npos && d.fraction.find_first_not_of('0') == std::string::npos)
    d.negative = false;
  return d;
}

std::string group_thousands(const std::string& whole) {
  std::string out;
  const std::size_t n = whole.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(whole[i]);
  }
  return out;
}

std::string to_text(const Digits& d, bool thousands) {
  std::string out = d.negative ? "-" : "";
  out += thousands ? group_thousands(d.whole) : d.whole;
  if (!d.fraction.empty()) out += "." + d.fraction;
  return out;
}

// The date (and time) of a serial day number.
std::optional<std::string> serial_to_text(const Digits& d, bool with_time, bool date1904) {
  if (d.negative || d.whole.size() > 7) return std::nullopt;
  long serial = std::stol(d.whole);
  // Seconds of the day from the fraction, rounded (13 digits are plenty, and
  // keep numerator × 86400 within 64 bits).
  std::int64_t seconds = 0;
  if (!d.fraction.empty()) {
    const std::string f = d.fraction.substr(0, 13);
    std::int64_t numerator = std::stoll(f);
    std::int64_t scale = 1;
    for (std::size_t i = 0; i < f.size(); ++i) scale *= 10;
    seconds = (numerator * 86400 + scale / 2) / scale;
    if (seconds >= 86400) {
      seconds -= 86400;
      ++serial;
    }
  }
  using namespace std::chrono;
  sys_days day;
  if (date1904) {
    day = sys_days{year{1904} / January / 1} + days{serial};
  } else {
    if (serial == 60) return std::string("1900-02-29");  // Lotus 1-2-3's leap day, kept by Excel
    day = sys_days{year{1899} / December / 31} + days{serial < 60 ? serial : serial - 1};
  }
  const year_month_day ymd{day};
  std::string out = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                                static_cast<unsigned>(ymd.day()));
  if (with_time && seconds != 0)
    out += fmt::format(" {:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return out;
}

}  // namespace

NumberFormat builtin_number_format(unsigned id) noexcept {
  using K = NumberFormat::Kind;
  switch (id) {
    case 1: return {K::fixed, 0, false};
    case 2: return {K::fixed, 2, false};
    case 3: return {K::fixed, 0, true};
    case 4: return {K::fixed, 2, true};
    case 9: return {K::percent, 0, false};
    case 10: return {K::percent, 2, false};
    case 14: case 15: case 16: case 17: return {K::date, 0, false};
    case 22: return {K::date_time, 0, false};
    case 49: return {K::text, 0, false};
    default: break;
  }
  // The CJK date forms (年月日), 27-36 and 50-58.
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return {K::date, 0, false};
  return {};
}

NumberFormat parse_number_format(std::string_view code) noexcept {
  using K = NumberFormat::Kind;
  // Only the first section (positive numbers) matters for the forms' values.
  if (const auto semicolon = code.find(';'); semicolon != std::string_view::npos) code = code.substr(0, semicolon);
  if (code == "@") return {K::text, 0, false};
  bool date = false, time = false, quoted = false, bracket = false;
  std::string plain;  // the code without quoted text, brackets and escapes
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else {
      if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') date = true;
      if (c == 'h' || c == 'H' || c == 's' || c == 'S') time = true;
      if (c == 'm' || c == 'M') date = true;  // months or minutes: a date/time either way
      plain.push_back(c);
    }
  }
  if (date || time) return {time ? K::date_time : K::date, 0, false};
  if (plain == "General" || plain.empty()) return {};
  // 0, 0.00, #,##0.00, 0.00%: digits placeholders, one point, commas, one %.
  NumberFormat f{K::fixed, 0, false};
  bool point = false;
  for (const char c : plain) {
    if (c == '0' || c == '#' || c == '?') {
      if (point) ++f.decimals;
    } else if (c == '.') {
      if (point) return {};
      point = true;
    } else if (c == ',') {
      f.thousands = true;
    } else if (c == '%') {
      f.kind = K::percent;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
      return {};  // currency signs and the like: shown as General
    }
  }
  return f;
}

std::optional<std::string> plain_decimal(std::string_view stored) {
  const auto d = parse_digits(stored);
  if (!d) return std::nullopt;
  return to_text(*d, false);
}

std::optional<std::string> display_number(std::string_view stored, const NumberFormat& format, bool date1904) {
  auto d = parse_digits(stored);
  if (!d) return std::nullopt;
  using K = NumberFormat::Kind;
  switch (format.kind) {
    case K::general:
    case K::text: return to_text(*d, false);
    case K::fixed: return to_text(round_to(*d, format.decimals), format.thousands);
    case K::percent: {
      // × 100: move the point two places right.
      d->fraction.append(2, '0');
      d->whole += d->fraction.substr(0, 2);
      d->fraction.erase(0, 2);
      const auto nonzero = d->whole.find_first_not_of('0');
      d->whole = nonzero == std::string::npos ? "0" : d->whole.substr(nonzero);
      return to_text(round_to(*d, format.decimals), false) + "%";
    }
    case K::date:
    case K::date_time: return serial_to_text(*d, format.kind == K::date_time, date1904);
  }
  return to_text(*d, false);
}

}  // namespace sheets
JIXIAO_END_NAMESPACE
