// SPDX-License-Identifier: Apache-2.0
#pragma once
// The target grammar (docs/target-grammar.md is its EBNF). Speed matters (tens of
// millions of targets a second): the primitives that see most bytes — numbers,
// units, white space, dates — are hand-written X3 parsers that build a Decimal
// from the digits as written and hand out views into the input; comparators and
// words are x3::symbols tables (one trie walk each); the alternatives are ordered
// so that most inputs are decided on their first byte. Semantic actions write
// into the Builder (config.hpp); the facade (parse.cpp) assembles the Target.
//
// Hard errors (a comparator without a number, a dangling range, a malformed
// number, ...) are expectation failures naming what was expected; text that
// simply does not match is left to the facade (it may be qualitative data).

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/spirit/home/x3.hpp>

#include "target/builder.hpp"
#include "target/config.hpp"
#include "target/grammar.hpp"
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_grammar {

using target_detail::Builder;
using target_detail::Quantity;

template <typename Context>
Builder& builder_of(Context const& context) {
  return x3::get<builder_tag>(context);
}

template <typename Iterator>
[[noreturn]] void fail_at(Iterator where, char const* expected) {
  boost::throw_exception(x3::expectation_failure<Iterator>(where, expected));
}

// ---- hand-written primitives ---------------------------------------------------

// White space, possibly none: ASCII, U+3000 (full-width), U+00A0.
struct space_parser : x3::parser<space_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  [[gnu::always_inline]] bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {  // a call cost more
    while (std::size_t n = target_detail::space_length(first, last)) first += n;
    return true;
  }
};

// A thousands separator: ',' or the full-width '，'.
inline std::size_t separator_length(const char* p, const char* last) noexcept {
  if (p == last) return 0;
  if (*p == ',') return 1;
  return last - p >= 3 && static_cast<unsigned char>(p[0]) == 0xEF && static_cast<unsigned char>(p[1]) == 0xBC &&
                 static_cast<unsigned char>(p[2]) == 0x8C
             ? 3
             : 0;
}

// A decimal number: optional sign, ASCII or full-width digits, optional ','
// or '，' thousands separators (groups of three), optional '.' or '．' and fraction.
// The digits are kept as written: the scale is the number of fraction digits.
// A sign alone is no number (the parser fails softly); a malformed number
// (`1..5`, `9,,000`, `--5`, `1,00`) is a hard error at the offending byte.
struct number_parser : x3::parser<number_parser> {
  using attribute_type = Decimal;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    using target_detail::digit_at;  // always inlined, ASCII first (a lambda here was a call per digit)
    using target_detail::sign_at;
    It p = first;
    std::size_t len = 0;
    bool negative = false;
    if (p == last) return false;
    if (!is_ascii_digit(*p)) {  // a sign or a full-width digit (rare: an ASCII digit skips these tests)
      if (int sign = sign_at(p, last, len)) {
        negative = sign < 0;
        p += len;
        std::size_t len2 = 0;
        if (sign_at(p, last, len2)) fail_at(p, "a digit after the sign (the sign is doubled)");
      }
      if (digit_at(p, last, len) < 0) return false;
    }

    // At most 18 digits, so the mantissa always fits an int64 (no division per digit).
    std::int64_t mantissa = 0;
    int digits = 0;
    int scale = 0;
    auto take = [&](It at, int digit) {
      if (++digits > 18) fail_at(at, "a number of at most 18 digits");
      mantissa = mantissa * 10 + digit;
    };
    // Takes the digits at p, at most `max`, ASCII ones in a tight loop; returns how many.
    auto take_digits = [&](int max) {
      int count = 0;
      while (count < max) {
        if (p != last && is_ascii_digit(*p)) {
          take(p, *p - '0');
          ++p;
        } else if (const int d = digit_at(p, last, len); d >= 0) {
          take(p, d);
          p += len;
        } else {
          break;
        }
        ++count;
      }
      return count;
    };

    int group = take_digits(INT_MAX);  // digits since the start or the last separator
    bool grouped = false;
    for (std::size_t comma_len; (comma_len = separator_length(p, last)) != 0;) {
      It comma = p;
      std::size_t dlen = 0;
      if (separator_length(comma + comma_len, last)) fail_at(comma + comma_len, "a digit after the thousands separator");
      if (digit_at(comma + comma_len, last, dlen) < 0) break;  // a joiner (`≥90,≤95`), not part of the number
      if (group > 3 || (grouped && group != 3)) fail_at(comma, "a thousands separator only after a group of three digits");
      grouped = true;
      p = comma + comma_len;
      group = take_digits(3);
      if (group < 3) fail_at(p, "three digits after the thousands separator");
      if (digit_at(p, last, len) >= 0) fail_at(p, "a thousands separator or the end of the number");
    }
    std::size_t point = 0;
    if (p != last && *p == '.') point = 1;
    else if (last - p >= 3 && static_cast<unsigned char>(p[0]) == 0xEF && static_cast<unsigned char>(p[1]) == 0xBC &&
             static_cast<unsigned char>(p[2]) == 0x8E)
      point = 3;  // ．
    if (point) {
      p += point;
      if (digit_at(p, last, len) < 0) fail_at(p, "a digit after the decimal point");
      // The scale bound is checked before the digit count, digit by digit.
      while (digit_at(p, last, len) >= 0) {
        if (scale == Decimal::max_scale) fail_at(p, "at most 18 decimal places");
        take_digits(1);
        ++scale;
      }
    }
    x3::traits::move_to(Decimal::from_parts(negative ? -mantissa : mantissa, scale), attr);
    first = p;
    return true;
  }

 private:
  static bool is_ascii_digit(char c) noexcept { return static_cast<unsigned char>(c) - unsigned{'0'} < 10; }
};

// The spellings of per cent: `个百分点` `百分点` `百分比` `\%` `％` `%` (→ "%").
// Dispatched on the first byte: this runs after every number.
inline std::size_t percent_length(const char* p, const char* last) noexcept {
  if (p == last) return 0;
  const auto n = static_cast<std::size_t>(last - p);
  auto at = [&](std::size_t from, std::string_view s) {
    return n >= from + s.size() && std::string_view(p + from, s.size()) == s;
  };
  switch (static_cast<unsigned char>(*p)) {
    case '%': return 1;
    case '\\': return at(1, "%") ? 2 : 0;
    case 0xEF: return at(0, "％") ? 3 : 0;
    case 0xE4: return at(0, "个百分点") ? 12 : 0;
    case 0xE7: return at(0, "百分") && (at(6, "点") || at(6, "比")) ? 9 : 0;
    default: return 0;
  }
}

// May this code point be part of a unit word (次, 万元/年, 个工作日, km, ℃)? Not
// digits, white space, brackets, comparators, range and clause joiners,
// punctuation, nor the first characters of 以上/以下/以内/之内/内/及以上 and 或.
inline bool unit_code_point(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/';
  switch (c) {
    case 0x00A0: case 0x3000:                          // spaces
    case 0xFF08: case 0xFF09: case 0x3010: case 0x3011:  // （）【】
    case 0xFF0C: case 0x3001: case 0x3002: case 0xFF1B: case 0xFF1A:  // ，、。；：
    case 0xFF5E: case 0x2014: case 0x2013: case 0xFF0D: case 0x2212:  // ～ — – － −
    case 0xFF1D: case 0xFF1E: case 0xFF1C: case 0xFF0B: case 0xFF0E:  // ＝＞＜＋．
    case 0x2265: case 0x2264: case 0x2267: case 0x2266: case 0x2260:  // ≥≤≧≦≠
    case 0x2A7E: case 0x2A7D: case 0xFF05:                            // ⩾⩽％
    case 0x81F3: case 0x4E14: case 0x5E76: case 0x6216:  // 至 且 并 或
    case 0x4EE5: case 0x53CA: case 0x4E4B: case 0x5185:  // 以 及 之 内
      return false;
    default:
      return !(c >= 0xFF10 && c <= 0xFF19);  // full-width digits
  }
}

// A unit word or per-cent spelling (→ "%"), without brackets.
struct unit_parser : x3::parser<unit_parser> {
  using attribute_type = std::string_view;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    if (std::size_t n = percent_length(first, last)) {
      x3::traits::move_to(std::string_view("%"), attr);
      first += n;
      return true;
    }
    It p = first;
    while (p != last) {
      std::size_t len = 0;
      char32_t c = target_detail::decode(p, last, len);
      if (!unit_code_point(c)) break;
      p += len;
    }
    if (p == first) return false;
    builder_of(ctx).free_text = true;  // bytes taken as they are: the facade checks their UTF-8
    x3::traits::move_to(std::string_view(first, static_cast<std::size_t>(p - first)), attr);
    first = p;
    return true;
  }
};

// `(` or `（` (EF BC 88), `)` or `）` (EF BC 89): byte checks, no string compares.
inline std::size_t paren_length(const char* p, const char* last, char ascii, unsigned char full_width) noexcept {
  if (p == last) return 0;
  if (*p == ascii) return 1;
  return last - p >= 3 && static_cast<unsigned char>(p[0]) == 0xEF && static_cast<unsigned char>(p[1]) == 0xBC &&
                 static_cast<unsigned char>(p[2]) == full_width
             ? 3
             : 0;
}
inline std::size_t open_paren_length(const char* p, const char* last) noexcept { return paren_length(p, last, '(', 0x88); }
inline std::size_t close_paren_length(const char* p, const char* last) noexcept { return paren_length(p, last, ')', 0x89); }

// A unit after a number: attached (`90%`, `2次`) or in ASCII or full-width
// brackets (`90.00 (%)`, `6.00（小时）`), white space allowed inside them.
struct unit_spec_parser : x3::parser<unit_spec_parser> {
  using attribute_type = std::string_view;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    std::size_t open = open_paren_length(first, last);
    It p = first + open;
    while (std::size_t n = target_detail::space_length(p, last)) p += n;
    std::string_view value;
    if (!unit_parser{}.parse(p, last, ctx, rctx, value)) return false;
    if (open) {
      while (std::size_t n = target_detail::space_length(p, last)) p += n;
      std::size_t close = close_paren_length(p, last);
      if (!close) return false;
      p += close;
    }
    x3::traits::move_to(value, attr);
    first = p;
    return true;
  }
};

// A parenthesised annotation, ASCII or full-width brackets in any mix: its
// content, trimmed. No nesting.
struct note_parser : x3::parser<note_parser> {
  using attribute_type = std::string_view;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    std::size_t n = open_paren_length(first, last);
    if (!n) return false;
    It content = first + n;
    for (It p = content; p != last;) {
      if (open_paren_length(p, last)) return false;
      if (std::size_t c = close_paren_length(p, last)) {
        builder_of(ctx).free_text = true;
        x3::traits::move_to(target_detail::trim(std::string_view(content, static_cast<std::size_t>(p - content))), attr);
        first = p + c;
        return true;
      }
      // Never past `last`: the UTF-8 check is lazy, a truncated sequence can end the text.
      p += std::min(target_detail::code_point_length(static_cast<unsigned char>(*p)),
                    static_cast<std::size_t>(last - p));
    }
    return false;
  }
};

// Min..Max ASCII or full-width digits as an int (years, months, days).
template <int Min, int Max>
struct digits_parser : x3::parser<digits_parser<Min, Max>> {
  using attribute_type = int;
  static bool const has_attribute = true;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr& attr) const {
    It p = first;
    int value = 0;
    int count = 0;
    std::size_t len = 0;
    for (int d; count < Max && (d = target_detail::digit_at(p, last, len)) >= 0; p += len, ++count)
      value = value * 10 + d;
    if (count < Min || target_detail::digit_at(p, last, len) >= 0) return false;
    x3::traits::move_to(value, attr);
    first = p;
    return true;
  }
};

// What the first code point ahead can start. The alternatives of the grammar
// are guarded by these classes, so that a target is dispatched on its first
// character instead of being tried against every alternative in turn.
enum lead_class : unsigned {
  lead_number = 1,      // a digit (ASCII or full-width) or a sign
  lead_comparison = 2,  // a comparator symbol or the first character of a comparator word
  lead_trend = 4,       // the first character of a basis, modifier, trend word or comparator word
  lead_postfix = 8,     // 以上 以下 以内 之内 内 及以上 及以下
  lead_basis = 16,      // 同比 较上年 比上年 与上年相比 环比 ...
  lead_modifier = 32,   // 有所 逐步 逐年 稳步 持续 进一步
};

struct lead_entry {
  char32_t code_point;
  unsigned char classes;
};
constexpr unsigned char comparison_or_trend = lead_comparison | lead_trend;
constexpr unsigned char trend_basis = lead_trend | lead_basis;
constexpr unsigned char trend_modifier = lead_trend | lead_modifier;
inline constexpr lead_entry lead_entries[] = {
    // signs
    {'+', lead_number}, {'-', lead_number}, {0xFF0B, lead_number}, {0xFF0D, lead_number}, {0x2212, lead_number},
    // comparator symbols: = > < ! \ ＝ ＞ ＜ ！ ≥ ≤ ≧ ≦ ≠ ⩾ ⩽
    {'=', lead_comparison}, {'>', lead_comparison}, {'<', lead_comparison}, {'!', lead_comparison},
    {'\\', lead_comparison}, {0xFF1D, lead_comparison}, {0xFF1E, lead_comparison}, {0xFF1C, lead_comparison},
    {0xFF01, lead_comparison}, {0x2265, lead_comparison}, {0x2264, lead_comparison}, {0x2267, lead_comparison},
    {0x2266, lead_comparison}, {0x2260, lead_comparison}, {0x2A7E, lead_comparison}, {0x2A7D, lead_comparison},
    // 不 大 达 小 高 超 多 低 少 等 至: comparator words (also `不高于上年`, a trend)
    // 不 also starts 不断 (a modifier)
    {0x4E0D, comparison_or_trend | lead_modifier}, {0x5927, comparison_or_trend}, {0x8FBE, comparison_or_trend},
    {0x5C0F, comparison_or_trend}, {0x9AD8, comparison_or_trend}, {0x8D85, comparison_or_trend},
    {0x591A, comparison_or_trend}, {0x4F4E, comparison_or_trend}, {0x5C11, comparison_or_trend},
    {0x7B49, comparison_or_trend}, {0x81F3, comparison_or_trend},
    // 同 较 比 与 环 (bases) | 有 逐 稳 持 进 (modifiers) | 提 上 增 下 降 减 保 基 (and 稳 持: trend words)
    {0x540C, trend_basis}, {0x8F83, trend_basis}, {0x6BD4, trend_basis}, {0x4E0E, trend_basis}, {0x73AF, trend_basis},
    {0x6709, trend_modifier}, {0x9010, trend_modifier}, {0x7A33, trend_modifier}, {0x6301, trend_modifier},
    {0x8FDB, trend_modifier}, {0x663E, trend_modifier}, {0x660E, trend_modifier}, {0x6539, lead_trend},  // 显 明 | 改(善)
    {0x6BCF, lead_number},  // 每(年12月底前): a deadline, tried with the dates
    {0xFE66, lead_comparison},  // ﹦
    {0x63D0, lead_trend}, {0x4E0A, lead_trend}, {0x589E, lead_trend}, {0x4E0B, lead_trend}, {0x964D, lead_trend},
    {0x51CF, lead_trend}, {0x4FDD, lead_trend}, {0x57FA, lead_trend},
    // 以 之 内 及: postfix comparators
    {0x4EE5, lead_postfix}, {0x4E4B, lead_postfix}, {0x5185, lead_postfix}, {0x53CA, lead_postfix},
};

// The lead classes of every code point of the Basic Multilingual Plane, built at
// compile time from the entries above: one load per lookahead.
inline constexpr auto bmp_lead_classes = [] {
  std::array<unsigned char, 0x10000> table{};
  for (char32_t c = '0'; c <= '9'; ++c) table[c] = lead_number;
  for (char32_t c = 0xFF10; c <= 0xFF19; ++c) table[c] = lead_number;  // full-width digits
  for (const lead_entry& e : lead_entries) table[e.code_point] |= e.classes;
  return table;
}();

// Succeeds, consuming nothing, when the next code point is of one of `Classes`.
template <unsigned Classes>
struct lead_parser : x3::parser<lead_parser<Classes>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last) return false;
    std::size_t len = 0;
    const char32_t c = target_detail::decode(first, last, len);
    return c < 0x10000 && (bmp_lead_classes[c] & Classes) != 0;
  }
};
template <unsigned Classes>
inline constexpr lead_parser<Classes> lead{};


space_parser const ws{};
number_parser const number{};
unit_spec_parser const unit_spec{};
note_parser const note{};
digits_parser<4, 4> const year{};
digits_parser<2, 2> const month2{};
digits_parser<1, 2> const one_or_two{};

// ---- symbol tables --------------------------------------------------------------

// The symbol tables: a list of spellings per table, matched by x3::symbols (the
// longest spelling wins). A flat compile-time table once replaced them for 2.5 %
// of target_bench, inside the machine's noise (issue 13).
template <typename T>
struct symbol_entry {
  std::string_view spelling;
  T value;
};

template <typename T, std::size_t N>
x3::symbols<T> symbols_of(const symbol_entry<T> (&list)[N]) {
  x3::symbols<T> table;
  for (const auto& entry : list) table.add(std::string(entry.spelling), entry.value);
  return table;
}

inline constexpr symbol_entry<CompareOp> comparator_list[] = {
    {"=", CompareOp::eq}, {"＝", CompareOp::eq}, {"﹦", CompareOp::eq}, {"==", CompareOp::eq}, {"＝＝", CompareOp::eq},
    {"≥", CompareOp::ge}, {"≧", CompareOp::ge}, {"⩾", CompareOp::ge}, {">=", CompareOp::ge}, {"＞＝", CompareOp::ge},
    {"＞=", CompareOp::ge}, {">＝", CompareOp::ge},
    {">", CompareOp::gt}, {"＞", CompareOp::gt},
    {"≤", CompareOp::le}, {"≦", CompareOp::le}, {"⩽", CompareOp::le}, {"<=", CompareOp::le}, {"＜＝", CompareOp::le},
    {"＜=", CompareOp::le}, {"<＝", CompareOp::le},
    {"<", CompareOp::lt}, {"＜", CompareOp::lt},
    {"≠", CompareOp::ne}, {"!=", CompareOp::ne}, {"<>", CompareOp::ne}, {"！＝", CompareOp::ne},
    {"\\geq", CompareOp::ge}, {"\\ge", CompareOp::ge}, {"\\geqslant", CompareOp::ge},
    {"\\leq", CompareOp::le}, {"\\le", CompareOp::le}, {"\\leqslant", CompareOp::le},
    {"\\neq", CompareOp::ne}, {"\\ne", CompareOp::ne}, {"\\gt", CompareOp::gt}, {"\\lt", CompareOp::lt},
};

inline constexpr symbol_entry<CompareOp> comparator_word_list[] = {
    {"不低于", CompareOp::ge}, {"不少于", CompareOp::ge}, {"至少", CompareOp::ge}, {"大于等于", CompareOp::ge},
    {"大于或等于", CompareOp::ge}, {"达到", CompareOp::ge}, {"不小于", CompareOp::ge},
    {"不高于", CompareOp::le}, {"不超过", CompareOp::le}, {"不多于", CompareOp::le}, {"至多", CompareOp::le},
    {"小于等于", CompareOp::le}, {"小于或等于", CompareOp::le}, {"不大于", CompareOp::le},
    {"大于", CompareOp::gt}, {"高于", CompareOp::gt}, {"超过", CompareOp::gt}, {"超", CompareOp::gt}, {"多于", CompareOp::gt},
    {"小于", CompareOp::lt}, {"低于", CompareOp::lt}, {"少于", CompareOp::lt},
    {"等于", CompareOp::eq}, {"不等于", CompareOp::ne},
};

// After a number and its unit: `90%以上` is ≥ 90 %, `3个工作日以内` is ≤ 3.
inline constexpr symbol_entry<CompareOp> postfix_list[] = {
    {"以上", CompareOp::ge}, {"及以上", CompareOp::ge},
    {"以下", CompareOp::le}, {"及以下", CompareOp::le}, {"以内", CompareOp::le}, {"之内", CompareOp::le}, {"内", CompareOp::le},
};

inline constexpr symbol_entry<TrendBasis> basis_list[] = {
    {"同比", TrendBasis::yoy}, {"较上年", TrendBasis::yoy}, {"比上年", TrendBasis::yoy}, {"较去年", TrendBasis::yoy},
    {"比去年", TrendBasis::yoy}, {"较上年度", TrendBasis::yoy}, {"比上年度", TrendBasis::yoy},
    {"与上年相比", TrendBasis::yoy}, {"环比", TrendBasis::mom},
};

inline constexpr symbol_entry<TrendDirection> direction_list[] = {
    {"提升", TrendDirection::up}, {"提高", TrendDirection::up}, {"上升", TrendDirection::up},
    {"增长", TrendDirection::up}, {"增加", TrendDirection::up}, {"改善", TrendDirection::up},
    {"下降", TrendDirection::down}, {"降低", TrendDirection::down}, {"减少", TrendDirection::down},
    {"持平", TrendDirection::flat}, {"稳定", TrendDirection::flat}, {"保持", TrendDirection::flat},
    {"保持稳定", TrendDirection::flat}, {"保持不变", TrendDirection::flat}, {"基本持平", TrendDirection::flat},
    {"下降或持平", TrendDirection::not_up}, {"持平或下降", TrendDirection::not_up},
    {"降低或持平", TrendDirection::not_up}, {"减少或持平", TrendDirection::not_up},
    {"上升或持平", TrendDirection::not_down}, {"持平或上升", TrendDirection::not_down},
    {"提升或持平", TrendDirection::not_down}, {"提高或持平", TrendDirection::not_down},
    {"增长或持平", TrendDirection::not_down}, {"增加或持平", TrendDirection::not_down},
};

const x3::symbols<CompareOp> comparator = symbols_of(comparator_list);
const x3::symbols<CompareOp> comparator_word = symbols_of(comparator_word_list);
const x3::symbols<CompareOp> postfix = symbols_of(postfix_list);
const x3::symbols<TrendBasis> basis = symbols_of(basis_list);
const x3::symbols<TrendDirection> direction = symbols_of(direction_list);

// A number and what may follow it — `90.00 (%)`, `100%（1.0）`, `3个工作日以内`
// — into quantity slot N, as one straight-line parser (this runs for most
// targets; the equivalent sequence of actions cost twice as much).
template <int N>
struct quantity_parser : x3::parser<quantity_parser<N>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    It p = first;
    Builder& b = builder_of(ctx);
    Quantity& q = b.quantity[N];
    // Straight into the slot (written only on success): a copy of a Decimal just
    // returned stalled on its two stores (mantissa, then the scale byte).
    if (!number_parser{}.parse(p, last, ctx, rctx, q.value)) return false;
    q.value_offset = static_cast<std::size_t>(first - b.base);
    q.unit = {};
    q.note = {};
    q.postfix.reset();
    auto skip_space = [&] {
      while (std::size_t n = target_detail::space_length(p, last)) p += n;
    };
    skip_space();
    It at = p;
    if (unit_spec_parser{}.parse(at, last, ctx, rctx, q.unit)) {
      q.unit_offset = static_cast<std::size_t>(p - b.base);
      p = at;
      skip_space();
    }
    at = p;
    CompareOp op{};
    if (lead<lead_postfix>.parse(at, last, ctx, rctx, x3::unused) && postfix.parse(at, last, ctx, rctx, op)) {
      q.postfix = op;
      q.postfix_offset = static_cast<std::size_t>(p - b.base);
      p = at;
      skip_space();
    }
    at = p;
    if (note_parser{}.parse(at, last, ctx, rctx, q.note)) {
      q.note_offset = static_cast<std::size_t>(p - b.base);
      p = at;
    }
    first = p;
    const auto end = static_cast<std::size_t>(p - b.base);
    if (end > b.reached) b.reached = end;
    return true;
  }
};


// The measure word of a number inside prose (`2次宣传`): prose runs on after it,
// so the unit is not "every unit character" as after a target's number but the
// known measure words of several characters, else one character (次 场 人 项 …),
// with one `/` and another (`元/人`). Its length in bytes, 0 if there is none.
// (Per cent is taken before it, by percent_length.)
inline std::size_t prose_unit_length(const char* p, const char* last) noexcept {
  static constexpr std::string_view words[] = {"个工作日", "万人次", "平方公里", "人次", "户次", "万元", "万人", "万亩",
                                               "个月", "工作日", "小时", "平方米", "立方米", "公里", "公顷", "课时", "学时"};
  auto one = [&](const char* at) -> std::size_t {
    const auto n = static_cast<std::size_t>(last - at);
    for (std::string_view w : words)
      if (n >= w.size() && std::string_view(at, w.size()) == w) return w.size();
    if (at == last) return 0;
    std::size_t len = 0;
    const char32_t c = target_detail::decode(at, last, len);
    if (c < 0x80) {  // ASCII letters: km, kg
      std::size_t k = 0;
      while (at + k != last && ((at[k] >= 'a' && at[k] <= 'z') || (at[k] >= 'A' && at[k] <= 'Z'))) ++k;
      return k;
    }
    return unit_code_point(c) ? len : 0;
  };
  const std::size_t n = one(p);
  if (n == 0 || p + n == last || p[n] != '/') return n;
  const std::size_t m = one(p + n + 1);
  return m ? n + 1 + m : n;
}

// A comparator word, then text, then one number with its measure word, then text
// (`至少全年完成2次宣传`: ge 2 次; target-values.md additions). tried only when no
// other alternative matched the whole text. The texts hold no digit (one number
// only) and no `$`; the one-character word 超 is left out (`超额完成3项` is prose).
// A number that does not parse makes the text prose, not an error.
struct prose_compare_parser : x3::parser<prose_compare_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr&) const {
    It text = first;
    const CompareOp* op = comparator_word.prefix_find(text, last);
    if (!op || std::string_view(&*first, static_cast<std::size_t>(text - first)) == "超") return false;
    // Text up to the first digit or sign (ASCII or full-width); at least one character.
    auto text_end = [&](It p) {
      std::size_t len = 0;
      while (p != last && *p != '$' && target_detail::digit_at(p, last, len) < 0 && !target_detail::sign_at(p, last, len))
        p += std::min(target_detail::code_point_length(static_cast<unsigned char>(*p)), static_cast<std::size_t>(last - p));
      return p;
    };
    It p = text_end(text);
    if (p == text || p == last || *p == '$') return false;
    Builder& b = builder_of(ctx);
    Quantity& q = b.quantity[0];
    const It number_at = p;
    try {
      if (!number_parser{}.parse(p, last, ctx, rctx, q.value)) return false;
    } catch (const x3::expectation_failure<It>&) {
      return false;
    }
    while (std::size_t n = target_detail::space_length(p, last)) p += n;
    const std::size_t percent = percent_length(p, last);
    const std::size_t unit = percent ? percent : prose_unit_length(p, last);
    if (unit == 0) return false;
    const It after = text_end(p + unit);
    if (after != last && *after != '$') return false;  // a second number
    q.value_offset = static_cast<std::size_t>(number_at - b.base);
    q.unit = percent ? std::string_view("%") : std::string_view(p, unit);
    q.unit_offset = static_cast<std::size_t>(p - b.base);
    q.note = {};
    q.postfix.reset();
    b.op[0] = *op;
    b.has_op[0] = true;
    b.clause_offset[0] = static_cast<std::size_t>(first - b.base);
    b.clauses = 1;
    b.shape = target_detail::Shape::compare;
    b.free_text = true;  // the prose was taken unread: the facade checks its UTF-8
    first = after;
    return true;
  }
};
inline constexpr prose_compare_parser prose_compare{};


auto const modifier = x3::lit("有所") | "逐步" | "稳步" | "持续" | "逐年" | "进一步" | "显著" | "明显" | "不断";
auto const range_separator = x3::lit("-") | "~" | "～" | "——" | "—" | "–" | "－" | "至";
auto const clause_joiner = x3::lit("并且") | "且" | "," | "，";
auto const previous_year = (x3::lit("上年度") | "上年" | "去年" | "上一年") >> -x3::lit("水平");

// ---- semantic actions -----------------------------------------------------------

// Positions are taken by mark parsers, not from x3::_where: in Boost 1.81
// _where(context) is the input *after* the match (up to the end), not the match.
template <typename Record>
struct mark_parser : x3::parser<mark_parser<Record>> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    Builder& b = builder_of(ctx);
    Record{}(b, static_cast<std::size_t>(first - b.base));
    return true;
  }
};
template <int N>
struct record_clause {
  void operator()(Builder& b, std::size_t offset) const { b.clause_offset[N] = offset; }
};
template <int N>
struct record_date {
  void operator()(Builder& b, std::size_t offset) const { b.date[N].offset = offset; }
};
struct record_reached {
  void operator()(Builder& b, std::size_t offset) const {
    if (offset > b.reached) b.reached = offset;
  }
};
template <int N>
inline constexpr mark_parser<record_clause<N>> clause_mark{};
template <int N>
inline constexpr mark_parser<record_date<N>> date_mark{};
inline constexpr mark_parser<record_reached> reached_mark{};

template <int N>
struct set_value {
  template <typename Context>
  void operator()(Context const& context) const {
    Quantity& q = builder_of(context).quantity[N];
    q = Quantity{};
    q.value = x3::_attr(context);
  }
};
template <int N>
struct set_unit {
  template <typename Context>
  void operator()(Context const& context) const {
    Quantity& q = builder_of(context).quantity[N];
    q.unit = x3::_attr(context);
  }
};
template <int N>
struct set_op {
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    b.op[N] = x3::_attr(context);
    b.has_op[N] = true;
    if (N == 0) b.clauses = 1;
  }
};
struct no_op {  // a bare number: the op is implicit (eq, or the postfix)
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    b.has_op[0] = b.has_op[1] = false;
    b.clauses = 1;
  }
};
struct second_clause {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).clauses = 2;
  }
};
template <target_detail::Shape S>
struct set_shape {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).shape = S;
  }
};
struct begin_trend {
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    b.basis = TrendBasis::none;
    b.has_by = false;
  }
};
struct set_basis {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).basis = x3::_attr(context);
  }
};
struct set_direction {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).direction = x3::_attr(context);
  }
};
struct set_by {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).has_by = true;
  }
};
// `不高于上年` and friends: the comparator word gives the direction against last year.
struct set_previous_year_op {
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    b.basis = TrendBasis::yoy;
    b.has_by = false;
    switch (x3::_attr(context)) {
      case CompareOp::ge: b.direction = TrendDirection::not_down; break;
      case CompareOp::le: b.direction = TrendDirection::not_up; break;
      case CompareOp::gt: b.direction = TrendDirection::up; break;
      case CompareOp::lt: b.direction = TrendDirection::down; break;
      case CompareOp::eq: b.direction = TrendDirection::flat; break;
      case CompareOp::ne: x3::_pass(context) = false; break;
    }
  }
};
template <int N>
struct date_begin {
  template <typename Context>
  void operator()(Context const& context) const {
    auto& d = builder_of(context).date[N];  // d.offset is set by date_mark, just before
    d.year = x3::_attr(context);
    d.month = 0;
    d.day = 0;
  }
};
template <int N>
struct date_month {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).date[N].month = x3::_attr(context);
  }
};
template <int N>
struct date_day {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).date[N].day = x3::_attr(context);
  }
};
// `11月底前`, `1-12月`: a month with no year (0 until resolve_year).
template <int N>
struct month_begin {
  template <typename Context>
  void operator()(Context const& context) const {
    auto& d = builder_of(context).date[N];
    d.year = 0;
    d.month = x3::_attr(context);
    d.day = 0;
  }
};
// `2021年1月-12月`: the end takes the start's year.
struct end_in_start_year {
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    b.date[1].year = b.date[0].year;
  }
};
template <bool Recurring>
struct set_recurring {
  template <typename Context>
  void operator()(Context const& context) const {
    builder_of(context).recurring = Recurring;
  }
};
// `$\geq 150000$ (人次)`: a unit after the closing `$`, for a comparison that has none.
struct unit_after_dollar {
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    Quantity& q = b.quantity[0];
    if ((b.shape != target_detail::Shape::compare && b.shape != target_detail::Shape::bare) || b.clauses != 1 ||
        !q.unit.empty()) {
      x3::_pass(context) = false;
      return;
    }
    q.unit = x3::_attr(context);
  }
};
struct year_end {  // 2024年底 / 2024年末
  template <typename Context>
  void operator()(Context const& context) const {
    Builder& b = builder_of(context);
    b.date[0].month = 12;
    b.date[0].day = 31;
  }
};
// A period end must look like a date (1900..2100, month 1..12); otherwise the
// text is left to the other alternatives (`1000.50-2000.50` is a range).
template <int N>
struct plausible_month {
  template <typename Context>
  void operator()(Context const& context) const {
    auto const& d = builder_of(context).date[N];
    if ((d.year != 0 && (d.year < 1900 || d.year > 2100)) || d.month < 1 || d.month > 12) x3::_pass(context) = false;
  }
};

// ---- rules ----------------------------------------------------------------------

// Rule names are what an error says was expected.
x3::rule<class quantity0_class> const quantity0 = "a number";
x3::rule<class after_comparator0_class> const after_comparator0 = "a number after the comparator";
x3::rule<class after_comparator1_class> const after_comparator1 = "a number after the comparator";
x3::rule<class range_high_class> const range_high = "a number after the range separator";
x3::rule<class no_second_comparator_class> const no_second_comparator = "a number, not a second comparator";
x3::rule<class clause0_class> const clause0 = "a comparison";
x3::rule<class clause1_class> const clause1 = "a comparison after the joiner";
x3::rule<class closing_dollar_class> const closing_dollar = "the closing $";
x3::rule<class trend_class> const trend = "a trend";
x3::rule<class deadline_class> const deadline = "a deadline";
x3::rule<class period_class> const period = "a period";
x3::rule<class body_class> const body = "a target";
target_type const target_rule = "a target";

auto const quantity0_def = quantity_parser<0>{};

// The same parser under the names an error reports (one rule call, not two).
auto const after_comparator0_def = quantity_parser<0>{};
auto const after_comparator1_def = quantity_parser<1>{};
auto const range_high_def = quantity_parser<1>{};
auto const no_second_comparator_def = !(lead<lead_comparison> >> (comparator | comparator_word));

// `≥ 90.00 (%)` (a symbol demands a number) or `不低于90%` (a word followed by no
// number is left to the other alternatives: `不高于上年` is a trend, `达到要求` text).
template <int N, typename AfterComparator>
auto clause_def_for(AfterComparator const& after_comparator) {
  return clause_mark<N> >> ((((comparator[set_op<N>{}] >> ws) > no_second_comparator) > after_comparator) |
                            (((comparator_word[set_op<N>{}] >> ws) > no_second_comparator) >> after_comparator));
}
auto const clause0_def = clause_def_for<0>(after_comparator0);
auto const clause1_def = clause_def_for<1>(after_comparator1);

auto const compare_def =
    (clause0 >> -(((ws >> clause_joiner >> ws) > clause1)[second_clause{}]))[set_shape<target_detail::Shape::compare>{}];

auto const bare_def = (x3::eps[no_op{}] >> quantity0 >>
                       -(((ws >> range_separator >> ws) > range_high)[second_clause{}]))[set_shape<target_detail::Shape::bare>{}];

auto const by_amount = x3::omit[number[set_value<0>{}] >> ws >> -unit_spec[set_unit<0>{}]][set_by{}];
// Each optional piece is guarded by its lead class: a failed symbol-table walk
// costs more than one class lookup.
auto const trend_def =
    x3::omit[(lead<lead_comparison> >> comparator_word[set_previous_year_op{}] >> ws >> previous_year) |
     (x3::eps[begin_trend{}] >> -(lead<lead_basis> >> basis[set_basis{}] >> ws) >> -(lead<lead_modifier> >> modifier >> ws) >>
      direction[set_direction{}] >> ws >> -by_amount)][set_shape<target_detail::Shape::trend>{}];

// 2024年12月31日 / 2024年12月 (→ its last day) / 2024年底 / 2024-12-31 / 2024.12.31 / 2024/12/31.
template <int N>
auto chinese_date_for() {
  return date_mark<N> >> year[date_begin<N>{}] >> x3::lit("年") >> one_or_two[date_month<N>{}] >> x3::lit("月") >>
         -((one_or_two[date_day<N>{}] >> (x3::lit("日") | "号")) | x3::lit("底") | "末");
}
// 12月 / 12月底 with no year (a deadline needs a word after it: `12月` alone is a quantity).
template <int N>
auto month_for() {
  return date_mark<N> >> one_or_two[month_begin<N>{}] >> x3::lit("月") >> -(x3::lit("底") | "末");
}
template <int N, typename Separator>
auto numeric_date_for(Separator const& separator) {
  return date_mark<N> >> year[date_begin<N>{}] >> separator >> month2[date_month<N>{}] >> separator >>
         one_or_two[date_day<N>{}];
}
template <int N, typename Separator>
auto numeric_month_or_date_for(Separator const& separator) {
  return date_mark<N> >> year[date_begin<N>{}] >> separator >> month2[date_month<N>{}] >>
         -(separator >> one_or_two[date_day<N>{}]);
}
auto const before_word = x3::lit("之前") | "以前" | "前";
auto const done_word = x3::lit("完成") | "完工" | "办结" | "到位";
auto const month_deadline = month_for<0>() >> ws >> &(before_word | done_word);
auto const deadline_def =
    x3::omit[(x3::omit[(x3::omit[date_mark<0> >> year[date_begin<0>{}] >> (x3::lit("年底") | "年末")][year_end{}] |
                        chinese_date_for<0>() | numeric_date_for<0>(x3::lit('-')) | numeric_date_for<0>(x3::lit('.')) |
                        numeric_date_for<0>(x3::lit('/')) | month_deadline)][set_recurring<false>{}] |
              (x3::lit("每年") >> ws >> month_deadline)[set_recurring<true>{}]) >>
             ws >> -before_word >> ws >> -done_word][set_shape<target_detail::Shape::deadline>{}];

template <int N>
auto period_end_for() {
  return x3::omit[chinese_date_for<N>() | numeric_month_or_date_for<N>(x3::lit('.')) |
                  numeric_month_or_date_for<N>(x3::lit('-')) | numeric_month_or_date_for<N>(x3::lit('/'))][plausible_month<N>{}];
}
auto const period_separator = x3::lit("--") | range_separator;
// `2021年1月-12月` (the end in the start's year) and `1-12月` (months of the budget year).
auto const period_def =
    x3::omit[(period_end_for<0>() >> ws >> period_separator >> ws >>
              (period_end_for<1>() | x3::omit[month_for<1>()][end_in_start_year{}])) |
             (x3::omit[date_mark<0> >> one_or_two[month_begin<0>{}]][plausible_month<0>{}] >> ws >> period_separator >> ws >>
              x3::omit[month_for<1>()][plausible_month<1>{}])][set_shape<target_detail::Shape::period>{}];

// Dispatched on the first character: a digit or sign tries period and deadline
// (which need four digits and a date separator) before `bare`; a comparator
// starts `compare`; a trend word `trend`; anything else fails at once and is
// left to the facade (qualitative text, or an error if it looks like a number).
// compare and bare are written in place, not as rules: one call fewer for most
// targets (no error names them).
// Comparisons come first: they are most targets, and the number and comparison
// lead classes share no character (the order between them changes no result).
auto const body_def = ((lead<lead_comparison> >> compare_def) | (lead<lead_number> >> (period | deadline | bare_def)) |
                       (lead<lead_trend> >> trend) | (lead<lead_comparison> >> prose_compare)) >>
                      reached_mark;  // where a body that matched ended, for "expected the end"
inline constexpr unsigned body_leads = lead_number | lead_comparison | lead_trend;
auto const closing_dollar_def = x3::lit('$');
auto const target_rule_def =
    ws >> ((((x3::lit('$') >> ws >> body >> ws) > closing_dollar) >> -(ws >> unit_spec[unit_after_dollar{}])) | body) >> ws >>
    x3::eoi;

// Can target_rule match text that starts at p? Only if, after white space, it
// starts with `$` or with a character of body_leads. The facade asks this first:
// qualitative terms (合规, 及时) are a third of real targets, and entering X3
// only to fail on their first character cost more than the rest of their parse.
// An ASCII first byte (numbers, comparators, `$`, white space) is let through
// unexamined: the grammar decides as fast.
inline bool may_start_target(const char* p, const char* last) noexcept {
  while (p != last && static_cast<unsigned char>(*p) >= 0x80) {
    const std::size_t n = target_detail::space_length(p, last);
    if (n == 0) break;
    p += n;
  }
  if (p == last) return false;
  if (static_cast<unsigned char>(*p) < 0x80) return true;
  std::size_t len = 0;
  const char32_t c = target_detail::decode(p, last, len);
  return c < 0x10000 && (bmp_lead_classes[c] & body_leads) != 0;
}

BOOST_SPIRIT_DEFINE(quantity0, after_comparator0, after_comparator1, range_high, no_second_comparator,
                    clause0, clause1, closing_dollar, trend, deadline, period, body, target_rule)

}  // namespace target_grammar
JIXIAO_END_NAMESPACE
