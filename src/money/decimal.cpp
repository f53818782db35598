// SPDX-License-Identifier: Apache-2.0
// jixiao::Decimal: parsing, checked arithmetic, rounding and printing.
#include "jixiao/decimal.hpp"

#include <limits>
#include <optional>
#include <new>
#include <string>

#include "money/scan.hpp"
#include "money/wide.hpp"
#include "text/decimal_print.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using detail::Int128;
using detail::Int256;

struct ParsedDecimal {
  std::int64_t mantissa = 0;
  int scale = 0;
};

// Parses the whole of `text` as a plain decimal. Returns false with `error` and
// `kind` set on failure; never throws.
bool parse_decimal(std::string_view text, ParsedDecimal& out, std::size_t& error_offset, const char*& expected,
                   ErrorKind& kind) noexcept {
  bool negative = false;
  std::size_t pos = detail::sign_at(text, 0, negative);
  detail::Scanned scanned;
  const detail::ScanResult r = detail::scan_unsigned(text, pos, scanned, Decimal::max_scale);
  if (r.status != detail::ScanStatus::ok) {
    error_offset = r.pos;
    expected = r.expected;
    kind = ErrorKind::parse;
    return false;
  }
  if (r.pos != text.size()) {
    error_offset = r.pos;
    expected = r.pos > pos && scanned.scale == 0 ? "digit, ',', '.' or end of number" : "digit or end of number";
    kind = ErrorKind::parse;
    return false;
  }
  if (scanned.scale > Decimal::max_scale) {
    error_offset = scanned.excess_begin;
    expected = "at most 18 decimal places";
    kind = ErrorKind::parse;
    return false;
  }
  // The fraction's trailing zeros are not in the magnitude; the scale keeps them.
  std::uint64_t magnitude = scanned.magnitude;
  const bool too_large = scanned.too_large ||
                         __builtin_mul_overflow(magnitude, detail::pow10_u64[scanned.scale - scanned.significant_scale], &magnitude);
  const std::uint64_t limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
  if (too_large || magnitude > limit) {
    error_offset = pos;
    expected = "a number within the 64-bit range";
    kind = ErrorKind::overflow;
    return false;
  }
  out.mantissa = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  out.scale = scanned.scale;
  return true;
}

// Aligns both mantissas to the larger scale (exact in 128 bits: 2^63 × 10^18 < 2^127).
struct Aligned {
  Int128 a, b;
  int scale;
};

Aligned align(const Decimal& a, const Decimal& b) {
  const int scale = a.scale() > b.scale() ? a.scale() : b.scale();
  return {Int128(a.mantissa()) * Int128(detail::pow10_u64[scale - a.scale()]),
          Int128(b.mantissa()) * Int128(detail::pow10_u64[scale - b.scale()]), scale};
}

// value / 10^from_scale as a Decimal at `to_scale`, rounded by `mode`.
Decimal rescale_wide(const Int256& value, int from_scale, int to_scale, Rounding mode, const char* what) {
  Int256 result;
  if (to_scale >= from_scale)
    result = value * detail::pow10_wide<Int256>(to_scale - from_scale);
  else
    result = detail::divide_rounded(value, detail::pow10_wide<Int256>(from_scale - to_scale), mode);
  return Decimal::from_parts(detail::narrow(result, what), to_scale);
}

// num × 10^exponent / den rounded by `mode`, in native 128 bits when nothing
// overflows (the common case: a ratio at 10 decimals); nullopt sends the caller to
// the 256-bit path, which gives the same digits or the overflow error.
std::optional<std::int64_t> divide_narrow(std::int64_t num, std::int64_t den, int exponent, Rounding mode) {
  // Magnitudes in unsigned 128 bits (signed 128-bit overflow checks need compiler-rt
  // under clang), the sign applied at the end.
  __extension__ using U128 = unsigned __int128;
  if (exponent < -18 || exponent > 38) return std::nullopt;
  auto magnitude = [](std::int64_t v) { return v < 0 ? U128(0 - static_cast<std::uint64_t>(v)) : U128(static_cast<std::uint64_t>(v)); };
  U128 n = magnitude(num), d = magnitude(den);
  U128 power = 1;
  for (int i = 0; i < (exponent < 0 ? -exponent : exponent); ++i) power *= 10;  // 10^38 < 2^128
  if (exponent >= 0 ? __builtin_mul_overflow(n, power, &n) : __builtin_mul_overflow(d, power, &d)) return std::nullopt;
  U128 q = n / d;
  const U128 r = n % d;
  if (r != 0 && mode != Rounding::down) {
    const U128 rest = d - r;  // 2r ≥ d ⇔ r ≥ d − r, without overflow
    const bool away = mode == Rounding::half_up ? r >= rest : r > rest || (r == rest && q % 2 != 0);
    if (away) ++q;
  }
  const bool negative = (num < 0) != (den < 0);
  const U128 limit = U128(static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) + (negative ? 1 : 0);
  if (q > limit) return std::nullopt;
  return negative ? static_cast<std::int64_t>(U128(0) - q) : static_cast<std::int64_t>(q);
}

}  // namespace

Decimal Decimal::from_parts(std::int64_t mantissa, int scale) {
  detail::check_scale(scale);
  return Decimal(mantissa, scale);
}

Decimal Decimal::parse(std::string_view text) {
  ParsedDecimal parsed;
  std::size_t offset = 0;
  const char* expected = "";
  ErrorKind kind = ErrorKind::parse;
  if (!parse_decimal(text, parsed, offset, expected, kind)) {
    std::string message = kind == ErrorKind::overflow ? "number out of range" : "malformed number";
    message += " at byte " + std::to_string(offset) + ": expected " + expected;
    throw Error(kind, message, offset, 0, expected);
  }
  return Decimal(parsed.mantissa, parsed.scale);
}

std::optional<Decimal> Decimal::try_parse(std::string_view text, NumberError* error) noexcept {
  ParsedDecimal parsed;
  std::size_t offset = 0;
  const char* expected = "";
  ErrorKind kind = ErrorKind::parse;
  if (parse_decimal(text, parsed, offset, expected, kind)) return Decimal(parsed.mantissa, parsed.scale);
  if (error) {
    error->offset = offset;
    try {
      error->expected = expected;
    } catch (const std::bad_alloc&) {
      error->expected.clear();
    }
  }
  return std::nullopt;
}

Decimal Decimal::rescale(int new_scale, Rounding mode) const {
  detail::check_scale(new_scale);
  if (new_scale == scale_) return *this;
  // In 64 bits when it fits (a report's half-up to 2 decimals is the hot case); the
  // 256-bit path gives the same digits and the overflow errors.
  if (new_scale < scale_ && mantissa_ != std::numeric_limits<std::int64_t>::min()) {
    const auto divisor = static_cast<std::int64_t>(detail::pow10_u64[scale_ - new_scale]);
    std::int64_t q = mantissa_ / divisor;
    const std::int64_t r = mantissa_ % divisor;
    if (r != 0 && mode != Rounding::down) {
      const std::uint64_t twice = 2 * static_cast<std::uint64_t>(r < 0 ? -r : r);  // < 2 × 10^18: no overflow
      const auto magnitude = static_cast<std::uint64_t>(divisor);
      const bool away = mode == Rounding::half_up ? twice >= magnitude
                                                  : twice > magnitude || (twice == magnitude && q % 2 != 0);
      if (away) q += mantissa_ < 0 ? -1 : 1;
    }
    return Decimal(q, new_scale);
  }
  if (new_scale > scale_) {
    std::int64_t scaled = 0;
    if (!__builtin_mul_overflow(mantissa_, static_cast<std::int64_t>(detail::pow10_u64[new_scale - scale_]), &scaled))
      return Decimal(scaled, new_scale);
  }
  return rescale_wide(Int256(mantissa_), scale_, new_scale, mode, "rescale");
}

Decimal operator+(const Decimal& a, const Decimal& b) {
  std::int64_t sum = 0;  // the common case: one scale, no overflow
  if (a.scale_ == b.scale_ && !__builtin_add_overflow(a.mantissa_, b.mantissa_, &sum)) return Decimal(sum, a.scale_);
  const Aligned x = align(a, b);
  return Decimal(detail::narrow(x.a + x.b, "decimal +"), x.scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) {
  std::int64_t difference = 0;
  if (a.scale_ == b.scale_ && !__builtin_sub_overflow(a.mantissa_, b.mantissa_, &difference))
    return Decimal(difference, a.scale_);
  const Aligned x = align(a, b);
  return Decimal(detail::narrow(x.a - x.b, "decimal -"), x.scale);
}

Decimal operator*(const Decimal& a, const Decimal& b) {
  const int scale = a.scale_ + b.scale_;
  if (scale > Decimal::max_scale)
    detail::throw_overflow("decimal * (scale " + std::to_string(scale) + " exceeds 18; use multiply() with a rounding mode)");
  return Decimal(detail::narrow(Int128(a.mantissa_) * Int128(b.mantissa_), "decimal *"), scale);
}

Decimal Decimal::operator-() const {
  if (mantissa_ == std::numeric_limits<std::int64_t>::min()) detail::throw_overflow("decimal negation");
  return Decimal(-mantissa_, scale_);
}

Decimal Decimal::divide(const Decimal& divisor, int result_scale, Rounding mode) const {
  detail::check_scale(result_scale);
  if (divisor.mantissa_ == 0) throw Error(ErrorKind::invalid_argument, "decimal division by zero");
  // (a / 10^sa) / (b / 10^sb) at scale r = a × 10^(r - sa + sb) / b.
  const int exponent = result_scale - scale_ + divisor.scale_;
  if (auto fast = divide_narrow(mantissa_, divisor.mantissa_, exponent, mode)) return Decimal(*fast, result_scale);
  Int256 num(mantissa_);
  Int256 den(divisor.mantissa_);
  if (exponent >= 0)
    num *= detail::pow10_wide<Int256>(exponent);
  else
    den *= detail::pow10_wide<Int256>(-exponent);
  return Decimal(detail::narrow(detail::divide_rounded(num, den, mode), "decimal divide"), result_scale);
}

Decimal Decimal::multiply(const Decimal& factor, int result_scale, Rounding mode) const {
  detail::check_scale(result_scale);
  const Int256 product = Int256(mantissa_) * Int256(factor.mantissa_);
  return rescale_wide(product, scale_ + factor.scale_, result_scale, mode, "decimal multiply");
}

bool operator==(const Decimal& a, const Decimal& b) noexcept {
  if (a.scale_ == b.scale_) return a.mantissa_ == b.mantissa_;
  const Aligned x = align(a, b);
  return x.a == x.b;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  if (a.scale_ == b.scale_) return a.mantissa_ <=> b.mantissa_;
  const Aligned x = align(a, b);
  if (x.a < x.b) return std::strong_ordering::less;
  if (x.a > x.b) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

std::string Decimal::to_string() const {
  std::string out;
  text::append_decimal(out, mantissa_, scale_);
  return out;
}

JIXIAO_END_NAMESPACE
