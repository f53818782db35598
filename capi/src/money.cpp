// SPDX-License-Identifier: Apache-2.0
// jx_money_*: parsing, converting, checked arithmetic and formatting of money.

#include "common.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/money.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {
namespace {

jx_money to_c(Money m) noexcept { return jx_money{m.fen()}; }
Money from_c(jx_money m) noexcept { return Money::from_fen(m.fen); }

// JX_ROUND_EXACT has no C++ counterpart: the callers use the exact overloads.
Rounding rounding_of(jx_rounding mode) {
  switch (mode) {
    case JX_ROUND_HALF_UP: return Rounding::half_up;
    case JX_ROUND_HALF_EVEN: return Rounding::half_even;
    case JX_ROUND_DOWN: return Rounding::down;
    case JX_ROUND_EXACT: break;
  }
  fail(JX_EINVAL, "unknown rounding mode " + std::to_string(static_cast<int>(mode)));
}

void check_mode(jx_rounding mode) {
  if (mode != JX_ROUND_EXACT) (void)rounding_of(mode);
}

std::string format(Money m, jx_money_style style) {
  switch (style) {
    case JX_MONEY_PLAIN: return m.to_string();
    case JX_MONEY_THOUSANDS: return m.to_thousands();
    case JX_MONEY_WAN: return m.to_wan_string();
    case JX_MONEY_CHINESE: return m.to_chinese();
  }
  fail(JX_EINVAL, "unknown money style " + std::to_string(static_cast<int>(style)));
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_money_parse(const char* text, size_t length, jx_money* out, jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(text, length, "text");
    require(out, "out");
    *out = to_c(Money::parse(input));
  });
}

JX_API jx_status jx_money_parse_wan(const char* text, size_t length, jx_money* out, jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(text, length, "text");
    require(out, "out");
    *out = to_c(Money::parse_wan(input));
  });
}

JX_API jx_status jx_money_from_wan(const char* wan, size_t length, jx_rounding mode, jx_money* out,
                                   jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(wan, length, "wan");
    require(out, "out");
    check_mode(mode);
    Decimal value = Decimal::parse(input);
    *out = to_c(mode == JX_ROUND_EXACT ? Money::from_wan(value) : Money::from_wan(value, rounding_of(mode)));
  });
}

JX_API jx_status jx_money_from_yuan(const char* yuan, size_t length, jx_rounding mode, jx_money* out,
                                    jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(yuan, length, "yuan");
    require(out, "out");
    check_mode(mode);
    Decimal value = Decimal::parse(input);
    *out = to_c(mode == JX_ROUND_EXACT ? Money::from_yuan(value) : Money::from_yuan(value, rounding_of(mode)));
  });
}

JX_API jx_status jx_money_add(jx_money a, jx_money b, jx_money* out) {
  return guarded(nullptr, [&] {
    require(out, "out");
    *out = to_c(from_c(a) + from_c(b));
  });
}

JX_API jx_status jx_money_subtract(jx_money a, jx_money b, jx_money* out) {
  return guarded(nullptr, [&] {
    require(out, "out");
    *out = to_c(from_c(a) - from_c(b));
  });
}

JX_API jx_status jx_money_sum(const jx_money* items, size_t count, jx_money* out) {
  return guarded(nullptr, [&] {
    require(out, "out");
    if (count > 0) require(items, "items");
    // jx_money is layout-compatible with an int64 count of 分, as Money is.
    Money total;
    for (size_t i = 0; i < count; ++i) total += from_c(items[i]);
    *out = to_c(total);
  });
}

JX_API jx_status jx_money_multiply(jx_money amount, const char* factor, size_t length, jx_rounding mode,
                                   jx_money* out, jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(factor, length, "factor");
    require(out, "out");
    check_mode(mode);
    Decimal f = Decimal::parse(input);
    if (mode == JX_ROUND_EXACT) {
      // Exact: the product must need no more than two decimals.
      *out = to_c(Money::from_yuan(from_c(amount).yuan() * f));
    } else {
      *out = to_c(from_c(amount).multiply(f, rounding_of(mode)));
    }
  });
}

JX_API int jx_money_compare(jx_money a, jx_money b) { return a.fen < b.fen ? -1 : (a.fen > b.fen ? 1 : 0); }

JX_API jx_status jx_money_format(jx_money amount, jx_money_style style, char* buf, size_t size, size_t* needed) {
  return guarded(nullptr, [&] { copy_to_buffer(format(from_c(amount), style), buf, size, needed); });
}

JX_API jx_status jx_money_format_alloc(jx_money amount, jx_money_style style, char** out) {
  return guarded(nullptr, [&] {
    require(out, "out");
    give_string(format(from_c(amount), style), out, nullptr);
  });
}

}  // extern "C"
