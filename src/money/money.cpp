// SPDX-License-Identifier: Apache-2.0
// jixiao::Money: parsing every written form of an amount, checked arithmetic,
// 元↔万元 conversion, and plain / thousands / 万元 formatting (大写 is in chinese.cpp).
#include "jixiao/money.hpp"

#include <limits>
#include <new>
#include <string>

#include "money/scan.hpp"
#include "text/whitespace.hpp"
#include "money/wide.hpp"
#include "text/decimal_print.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using detail::Int128;
using detail::no_position;

// The unit an amount is written in, as the power of ten from it to 分.
enum class Unit : int { yuan = 2, wan = 6, yi = 10 };

const char* unit_limit_message(Unit unit) {
  switch (unit) {
    case Unit::yuan: return "at most 2 decimal places in 元 (the 分)";
    case Unit::wan: return "at most 6 decimal places in 万元 (the 分)";
    case Unit::yi: return "at most 10 decimal places in 亿元 (the 分)";
  }
  return "";
}

struct AmountFailure {
  std::size_t offset = 0;
  const char* expected = "";
  ErrorKind kind = ErrorKind::parse;
};

// The unit suffix at `pos` (万元, 万, 亿元, 亿, 元) and its byte length, or 0.
std::size_t unit_suffix_at(std::string_view s, std::size_t pos, Unit& unit) noexcept {
  const std::string_view rest = s.substr(pos);
  constexpr std::string_view wan = "\xE4\xB8\x87";  // 万
  constexpr std::string_view yi = "\xE4\xBA\xBF";   // 亿
  constexpr std::string_view yuan = "\xE5\x85\x83"; // 元
  std::size_t length = 0;
  if (rest.starts_with(wan)) {
    unit = Unit::wan;
    length = 3;
  } else if (rest.starts_with(yi)) {
    unit = Unit::yi;
    length = 3;
  } else if (rest.starts_with(yuan)) {
    unit = Unit::yuan;
    return 3;
  } else {
    return 0;
  }
  if (rest.substr(length).starts_with(yuan)) length += 3;
  return length;
}

// The byte offset of the first non-zero fraction digit after the first `keep`,
// or no_position.
std::size_t first_lost_digit(std::string_view s, std::size_t fraction_begin, int keep) noexcept {
  std::size_t pos = fraction_begin;
  for (int index = 0; pos < s.size(); ++index) {
    std::size_t length = 1;
    const int d = detail::digit_at(s, pos, length);
    if (d < 0) break;
    if (index >= keep && d != 0) return pos;
    pos += length;
  }
  return no_position;
}

constexpr bool is_ascii_digit(char c) noexcept { return static_cast<unsigned char>(c - '0') < 10; }

// The common case at full speed: [-]digits[,ddd…][.d…] in plain ASCII, at most
// `places` decimals (the unit's), small enough to need no overflow checks. Anything
// else (full-width, ¥, units, errors, long numbers) returns false and goes through
// parse_amount, which accepts a superset and gives the same value for these.
inline bool parse_plain_ascii(std::string_view text, int places, std::int64_t& fen) noexcept {
  const char* p = text.data();
  const char* const end = p + text.size();
  bool negative = false;
  if (p != end && *p == '-') {
    negative = true;
    ++p;
  }
  const char* const digits_begin = p;
  std::uint64_t acc = 0;
  while (p != end && is_ascii_digit(*p)) acc = acc * 10 + static_cast<std::uint64_t>(*p++ - '0');
  std::ptrdiff_t integer_digits = p - digits_begin;
  if (integer_digits == 0) return false;
  if (p != end && *p == ',') {
    if (integer_digits > 3) return false;
    do {
      if (end - p < 4 || !is_ascii_digit(p[1]) || !is_ascii_digit(p[2]) || !is_ascii_digit(p[3])) return false;
      acc = acc * 1000 + static_cast<std::uint64_t>((p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0'));
      p += 4;
      integer_digits += 3;
    } while (p != end && *p == ',');
    if (p != end && is_ascii_digit(*p)) return false;
  }
  // 10^(17 - places) × 10^places < 2^63: no overflow possible below this.
  if (integer_digits > 17 - places) return false;
  int fraction_digits = 0;
  if (p != end && *p == '.') {
    ++p;
    while (p != end && is_ascii_digit(*p) && fraction_digits < places) {
      acc = acc * 10 + static_cast<std::uint64_t>(*p++ - '0');
      ++fraction_digits;
    }
    if (fraction_digits == 0) return false;
  }
  if (p != end) return false;
  acc *= detail::pow10_u64[places - fraction_digits];
  fen = negative ? -static_cast<std::int64_t>(acc) : static_cast<std::int64_t>(acc);
  return true;
}

// The whole of `text` as an amount: blanks, sign, ¥/￥, sign, number, blanks,
// unit, blanks. Never throws.
bool parse_amount(std::string_view text, Unit unit, std::int64_t& fen, AmountFailure& failure) noexcept {
  std::size_t pos = 0;
  while (std::size_t b = text::space_at(text, pos)) pos += b;
  bool negative = false;
  const std::size_t sign = detail::sign_at(text, pos, negative);
  pos += sign;
  const std::string_view rest = text.substr(pos);
  if (rest.starts_with("\xC2\xA5") || rest.starts_with("\xEF\xBF\xA5")) {  // ¥ ￥, sign before or after
    pos += rest[0] == '\xC2' ? 2 : 3;
    if (sign == 0) pos += detail::sign_at(text, pos, negative);
  }
  const std::size_t number_begin = pos;
  detail::Scanned scanned;
  const detail::ScanResult r = detail::scan_unsigned(text, pos, scanned, Decimal::max_scale);
  if (r.status != detail::ScanStatus::ok) {
    failure = {r.pos, r.expected, ErrorKind::parse};
    return false;
  }
  pos = r.pos;
  const std::size_t number_end = pos;
  while (std::size_t b = text::space_at(text, pos)) pos += b;
  if (std::size_t suffix = pos < text.size() ? unit_suffix_at(text, pos, unit) : 0) {
    pos += suffix;
    while (std::size_t b = text::space_at(text, pos)) pos += b;
  } else if (pos < text.size()) {
    const bool bare = pos == number_end;  // junk right after the digits
    failure = {pos,
               !bare ? "a unit (元, 万元, 亿元) or end"
               : scanned.fraction_begin == no_position ? "digit, ',', '.', a unit (元, 万元, 亿元) or end"
                                                       : "digit, a unit (元, 万元, 亿元) or end",
               ErrorKind::parse};
    return false;
  }
  if (pos != text.size()) {
    failure = {pos, "end of amount", ErrorKind::parse};
    return false;
  }

  // Digits beyond the 分 are allowed only when they are zeros: nothing is lost.
  const int exponent = static_cast<int>(unit);
  if (scanned.scale > exponent) {
    const std::size_t lost = first_lost_digit(text, scanned.fraction_begin, exponent);
    if (lost != no_position) {
      failure = {lost, unit_limit_message(unit), ErrorKind::parse};
      return false;
    }
  }
  std::uint64_t magnitude = scanned.magnitude;
  int scale = scanned.significant_scale;  // trailing zeros of the fraction lose nothing
  if (scale > exponent) {  // only zeros beyond the 分 (checked above)
    magnitude /= detail::pow10_u64[scale - exponent];
    scale = exponent;
  }
  const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
  if (scanned.too_large || __builtin_mul_overflow(magnitude, detail::pow10_u64[exponent - scale], &magnitude) ||
      magnitude > limit) {
    failure = {number_begin, "an amount within ±92,233,720,368,547,758.07 元", ErrorKind::overflow};
    return false;
  }
  fen = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return true;
}

[[noreturn]] void throw_failure(const AmountFailure& failure) {
  std::string message = failure.kind == ErrorKind::overflow ? "amount out of range" : "malformed amount";
  message += " at byte " + std::to_string(failure.offset) + ": expected " + failure.expected;
  throw Error(failure.kind, message, failure.offset, 0, failure.expected);
}

std::optional<Money> try_parse_in(std::string_view text, Unit unit, NumberError* error) noexcept {
  std::int64_t fen = 0;
  if (parse_plain_ascii(text, static_cast<int>(unit), fen)) return Money::from_fen(fen);
  AmountFailure failure;
  if (parse_amount(text, unit, fen, failure)) return Money::from_fen(fen);
  if (error) {
    error->offset = failure.offset;
    try {
      error->expected = failure.expected;
    } catch (const std::bad_alloc&) {
      error->expected.clear();
    }
  }
  return std::nullopt;
}

// A Decimal at `scale` = 10^unit fen, exactly or rounded: the 分 it holds.
std::int64_t fen_from(const Decimal& value, Unit unit, const Rounding* mode) {
  const int exponent = static_cast<int>(unit);
  const int target_scale = value.scale() - exponent;  // scale of the value in 分
  if (target_scale <= 0) {
    const Int128 fen = Int128(value.mantissa()) * Int128(detail::pow10_u64[-target_scale]);
    return detail::narrow(fen, "money conversion");
  }
  const Int128 divisor(detail::pow10_u64[target_scale]);
  if (!mode && Int128(value.mantissa()) % divisor != 0)
    throw Error(ErrorKind::invalid_argument,
                value.to_string() + (unit == Unit::yuan ? " 元" : " 万元") +
                    " has digits below the 分; converting would lose them (give a rounding mode)");
  return detail::narrow(detail::divide_rounded(Int128(value.mantissa()), divisor, mode ? *mode : Rounding::down),
                        "money conversion");
}

}  // namespace

void Money::throw_overflow(const char* operation) {
  throw Error(ErrorKind::overflow, std::string("money ") + operation + ": result out of range");
}

Money Money::from_yuan(const Decimal& yuan) { return Money(fen_from(yuan, Unit::yuan, nullptr)); }
Money Money::from_yuan(const Decimal& yuan, Rounding mode) { return Money(fen_from(yuan, Unit::yuan, &mode)); }
Money Money::from_wan(const Decimal& wan) { return Money(fen_from(wan, Unit::wan, nullptr)); }
Money Money::from_wan(const Decimal& wan, Rounding mode) { return Money(fen_from(wan, Unit::wan, &mode)); }

Money Money::parse(std::string_view text) {
  std::int64_t fen = 0;
  if (parse_plain_ascii(text, static_cast<int>(Unit::yuan), fen)) return Money(fen);
  AmountFailure failure;
  if (!parse_amount(text, Unit::yuan, fen, failure)) throw_failure(failure);
  return Money(fen);
}

std::optional<Money> Money::try_parse(std::string_view text, NumberError* error) noexcept {
  return try_parse_in(text, Unit::yuan, error);
}

Money Money::parse_wan(std::string_view text) {
  std::int64_t fen = 0;
  if (parse_plain_ascii(text, static_cast<int>(Unit::wan), fen)) return Money(fen);
  AmountFailure failure;
  if (!parse_amount(text, Unit::wan, fen, failure)) throw_failure(failure);
  return Money(fen);
}

std::optional<Money> Money::try_parse_wan(std::string_view text, NumberError* error) noexcept {
  return try_parse_in(text, Unit::wan, error);
}

Money Money::multiply(const Decimal& factor, Rounding mode) const {
  const Int128 product = Int128(fen_) * Int128(factor.mantissa());
  const Int128 divisor(detail::pow10_u64[factor.scale()]);
  return Money(detail::narrow(detail::divide_rounded(product, divisor, mode), "money multiply"));
}

Money Money::divide(const Decimal& divisor, Rounding mode) const {
  if (divisor.is_zero()) throw Error(ErrorKind::invalid_argument, "money divided by zero");
  // fen / (m / 10^s) = fen × 10^s / m; 2^63 × 10^18 fits 128 bits.
  const Int128 num = Int128(fen_) * Int128(detail::pow10_u64[divisor.scale()]);
  return Money(detail::narrow(detail::divide_rounded(num, Int128(divisor.mantissa()), mode), "money divide"));
}

Decimal Money::ratio(Money other, int scale, Rounding mode) const {
  detail::check_scale(scale);
  if (other.fen_ == 0) throw Error(ErrorKind::invalid_argument, "money ratio with a zero denominator");
  const Int128 num = Int128(fen_) * Int128(detail::pow10_u64[scale]);
  return Decimal::from_parts(detail::narrow(detail::divide_rounded(num, Int128(other.fen_), mode), "money ratio"),
                             scale);
}

Money Money::sum(std::span<const Money> amounts) {
  // Four independent checked accumulators keep the adds in flight; an overflow
  // anywhere sends the whole sum to the exact 128-bit path below.
  std::int64_t lane[4] = {0, 0, 0, 0};
  bool overflow = false;
  const std::size_t n = amounts.size();
  const Money* p = amounts.data();
  std::size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    overflow |= __builtin_add_overflow(lane[0], p[i].fen_, &lane[0]);
    overflow |= __builtin_add_overflow(lane[1], p[i + 1].fen_, &lane[1]);
    overflow |= __builtin_add_overflow(lane[2], p[i + 2].fen_, &lane[2]);
    overflow |= __builtin_add_overflow(lane[3], p[i + 3].fen_, &lane[3]);
  }
  for (; i < n; ++i) overflow |= __builtin_add_overflow(lane[0], p[i].fen_, &lane[0]);
  std::int64_t total = 0;
  for (std::int64_t part : lane) overflow |= __builtin_add_overflow(total, part, &total);
  if (!overflow) return Money(total);

  Int128 exact = 0;  // 2^64 amounts of 2^63 would be needed to overflow this
  for (const Money& m : amounts) exact += m.fen_;
  return Money(detail::narrow(exact, "money sum"));
}

std::string Money::to_string() const {
  std::string out;
  text::append_decimal(out, fen_, 2);
  return out;
}

std::string Money::to_thousands() const {
  std::string plain;
  text::append_decimal(plain, fen_, 2);
  const std::size_t sign = fen_ < 0 ? 1 : 0;
  const std::size_t integer_digits = plain.size() - 3 - sign;
  std::string out;
  out.reserve(plain.size() + integer_digits / 3);
  out.append(plain, 0, sign);
  for (std::size_t i = 0; i < integer_digits; ++i) {
    if (i != 0 && (integer_digits - i) % 3 == 0) out.push_back(',');
    out.push_back(plain[sign + i]);
  }
  out.append(plain, plain.size() - 3, 3);
  return out;
}

std::string Money::to_wan_string() const {
  std::string out;
  text::append_decimal(out, fen_, 6);
  return out;
}

JIXIAO_END_NAMESPACE
