// SPDX-License-Identifier: Apache-2.0
#pragma once
// jixiao::Decimal: an exact decimal number, a signed 64-bit mantissa and a scale
// 0..18 (value = mantissa / 10^scale). Used for indicator values, rates and 万元.
// No binary floating point anywhere. Arithmetic is checked: a result that does not
// fit raises jixiao::Error(ErrorKind::overflow), never wraps.
//
// Equality and ordering are numeric (1.0 == 1.00, as Python's decimal); the scale
// is kept as written ("100.00" prints back as "100.00"); same_representation()
// compares mantissa and scale.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE

// How to drop digits. The mode is always explicit where digits may be lost.
enum class Rounding {
  half_up,    // 四舍五入: ties away from zero (money default)
  half_even,  // GB/T 8170 修约: ties to even (measured values)
  down,       // truncate toward zero
};

// Where a number failed to parse, and what was expected there.
struct NumberError {
  std::size_t offset = 0;  // byte offset into the parsed text
  std::string expected;    // e.g. "digit", "end of number"
};

class Decimal {
 public:
  static constexpr int max_scale = 18;

  constexpr Decimal() noexcept = default;  // 0 with scale 0

  // mantissa / 10^scale; throws Error(invalid_argument) for scale outside 0..18.
  static Decimal from_parts(std::int64_t mantissa, int scale);
  static Decimal from_int(std::int64_t value) { return from_parts(value, 0); }

  // Plain decimal text: optional sign (+ - or full-width ＋ －, or U+2212), ASCII or
  // full-width digits, optional ',' / '，' thousands separators in groups of three,
  // optional '.' / '．' and at least one fraction digit (".5" and "5." are errors).
  // No exponent, no spaces. Throws Error(parse) naming the byte offset and what was
  // expected; Error(overflow) when the digits do not fit (syntax is checked first).
  static Decimal parse(std::string_view text);
  // The same without exceptions: nullopt and *error filled on failure.
  static std::optional<Decimal> try_parse(std::string_view text, NumberError* error = nullptr) noexcept;

  std::int64_t mantissa() const noexcept { return mantissa_; }
  int scale() const noexcept { return scale_; }
  bool is_zero() const noexcept { return mantissa_ == 0; }
  bool is_negative() const noexcept { return mantissa_ < 0; }

  // The same value at another scale; digits dropped by `mode`. Throws on overflow.
  Decimal rescale(int new_scale, Rounding mode) const;

  // Exact: the result's scale is max of the operands' scales (add/sub) or their sum
  // (mul, which throws Error(overflow) when the sum exceeds 18 or the value overflows).
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal operator-() const;
  // this / divisor at `result_scale` digits, rounded by `mode`. Throws on a zero divisor.
  Decimal divide(const Decimal& divisor, int result_scale, Rounding mode) const;
  // this * factor rounded to `result_scale` (exact 128-bit intermediate).
  Decimal multiply(const Decimal& factor, int result_scale, Rounding mode) const;

  friend bool operator==(const Decimal& a, const Decimal& b) noexcept;
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;
  bool same_representation(const Decimal& other) const noexcept {
    return mantissa_ == other.mantissa_ && scale_ == other.scale_;
  }

  // "-12.50", "100.00", "0": digits at this decimal's own scale, no separators.
  std::string to_string() const;

 private:
  constexpr Decimal(std::int64_t m, int s) noexcept : mantissa_(m), scale_(static_cast<std::int8_t>(s)) {}
  std::int64_t mantissa_ = 0;
  std::int8_t scale_ = 0;
};

JIXIAO_END_NAMESPACE
