// SPDX-License-Identifier: Apache-2.0
#pragma once
// jixiao::Money: an amount of 元, exact to the 分 (a signed 64-bit count of 分,
// checked: overflow is an error, never a wrap). Range ±92,233,720,368,547,758.07 元,
// beyond the ±10^15 元 that money.md asks for.
//
// Parsing accepts every form of money.md: thousands separators, ¥/￥, full-width
// digits, a 万元/亿元 suffix. A malformed amount is an error naming the byte offset;
// it never becomes 0. Formatting: plain, thousands, 万元, and 人民币大写.

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/detail/checked.hpp"
#include "jixiao/decimal.hpp"

JIXIAO_BEGIN_NAMESPACE

class Money {
 public:
  constexpr Money() noexcept = default;  // 0.00 元

  static constexpr Money from_fen(std::int64_t fen) noexcept { return Money(fen); }
  // An amount of 元; a non-zero digit below the 分 needs a rounding mode: without
  // one it is Error(invalid_argument). Out of range is Error(overflow).
  static Money from_yuan(const Decimal& yuan);
  static Money from_yuan(const Decimal& yuan, Rounding mode);
  // An amount of 万元; exact up to 6 decimals, more needs a rounding mode (as above).
  static Money from_wan(const Decimal& wan);
  static Money from_wan(const Decimal& wan, Rounding mode);

  // Text in 元 unless it ends in 元/万元/万/亿元/亿 (e.g. "349.80万元" = 3,498,000.00):
  // [blanks] [sign] [¥|￥] [sign] number [blanks] [unit] [blanks], one sign at most,
  // the number as Decimal::parse reads it; blanks are ASCII or U+3000.
  // A non-zero digit below the 分 (a third decimal in 元, a seventh in 万元) is an
  // error: no silent rounding; zeros there lose nothing and are accepted.
  // Throws Error(parse) with byte offset and expected, or Error(overflow).
  static Money parse(std::string_view text);
  static std::optional<Money> try_parse(std::string_view text, NumberError* error = nullptr) noexcept;
  // A bare number from a column declared in 万元 ("89.974000"); at most 6
  // decimals. An explicit unit suffix (元, 万元, 亿元) wins over the column's 万元.
  static Money parse_wan(std::string_view text);
  static std::optional<Money> try_parse_wan(std::string_view text, NumberError* error = nullptr) noexcept;

  constexpr std::int64_t fen() const noexcept { return fen_; }
  Decimal yuan() const { return Decimal::from_parts(fen_, 2); }
  // Exact 万元 value, scale 6 ("1278.000000").
  Decimal wan() const { return Decimal::from_parts(fen_, 6); }
  bool is_zero() const noexcept { return fen_ == 0; }
  bool is_negative() const noexcept { return fen_ < 0; }

  // Checked: a result outside the int64 range of 分 throws Error(overflow).
  // Inline because sums of amounts are the hot path of every summary.
  friend Money operator+(Money a, Money b) {
    std::int64_t r;
    if (!detail::checked_add(a.fen_, b.fen_, r)) throw_overflow("+");
    return Money(r);
  }
  friend Money operator-(Money a, Money b) {
    std::int64_t r;
    if (!detail::checked_sub(a.fen_, b.fen_, r)) throw_overflow("-");
    return Money(r);
  }
  Money operator-() const {
    std::int64_t r;
    if (!detail::checked_sub(0, fen_, r)) throw_overflow("negation");
    return Money(r);
  }
  Money& operator+=(Money other) { return *this = *this + other; }
  Money& operator-=(Money other) { return *this = *this - other; }
  // this × factor, rounded to the 分 by `mode` (wide checked intermediate).
  Money multiply(const Decimal& factor, Rounding mode = Rounding::half_up) const;
  // this ÷ divisor, rounded to the 分 by `mode`. Throws on a zero divisor.
  Money divide(const Decimal& divisor, Rounding mode = Rounding::half_up) const;
  // this ÷ other as a Decimal with `scale` digits (e.g. a budget execution rate).
  Decimal ratio(Money other, int scale, Rounding mode = Rounding::half_up) const;

  friend constexpr bool operator==(Money a, Money b) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(Money a, Money b) noexcept = default;

  // Checked sum of many; throws Error(overflow) when the exact total does not
  // fit (a partial sum that overflows on the way but comes back is fine).
  static Money sum(std::span<const Money> amounts);

  std::string to_string() const;             // "12780000.00", "-0.05"
  std::string to_thousands() const;          // "12,780,000.00"
  std::string to_wan_string() const;         // "1278.000000" (万元, exact)
  std::string to_chinese() const;            // "人民币壹仟肆佰零玖元伍角"

 private:
  constexpr explicit Money(std::int64_t fen) noexcept : fen_(fen) {}
  [[noreturn]] static void throw_overflow(const char* operation);
  std::int64_t fen_ = 0;
};

JIXIAO_END_NAMESPACE
