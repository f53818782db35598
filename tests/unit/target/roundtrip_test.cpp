// SPDX-License-Identifier: Apache-2.0
// canonical() round trips, and a property test over generated targets: random
// comparator spellings (symbols, words, LaTeX), ASCII and full-width digits,
// thousands separators, units and spacing, under a fixed seed. The expected
// fields come from the generator, not from the parser.
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "jixiao/target.hpp"
#include "unit/target/support.hpp"

namespace {

using namespace jixiao;

void expect_round_trip(const Target& t) {
  SCOPED_TRACE("raw: " + t.raw);
  const std::string printed = canonical(t);
  const Target again = parse_target(printed);
  EXPECT_EQ(again.value, t.value) << "canonical: " << printed << " → " << target_to_json(again);
  EXPECT_EQ(canonical(again), printed);  // digits as written survive too (100.00 ≠ 100 here)
}

TEST(RoundTrip, GoldenTargets) {
  for (const auto& row : target_test::golden_rows()) expect_round_trip(parse_target(row.raw));
}

TEST(RoundTrip, EveryFamilyAndSpelling) {
  const char* texts[] = {
      "=100.00(%)", "≤6.00 (小时)", "$\\geq 98.70\\%$", "≥2次", "≤90万元", ">92%", "≠0", "<-3.5℃",
      "100%（1.0）", "≥90%（含）", "45%-60%", "14-24℃", "-5~-3", "≥90%且≤95%", "≤95%,≥90%", "1至5个工作日",
      "提升", "持平", "下降或持平", "上升或持平", "同比上升", "环比下降", "较上年有所提升", "同比增长5%",
      "同比下降3个百分点", "比上年减少2次", "不高于上年", "不低于上年", "2024年12月31日前完成", "2024年6月前完成",
      "2024年底前完成", "2024-03-31前", "2023.07-2024.01", "2024年1月1日至2024年6月30日", "2024.01.01-2024.12.31",
      "0422年1月", "2,023.07-2,024.01", "2023.07ZZ-2024.01", "0001-02-03前", "合规", "效果明显", "$合规$", "90%以上", "3个工作日以内", "≥１，０００次/年", "１００％", "",
      "≥", "90%-", "1..5", "9,,000", "--5", "≥≥90", "≥9\xff", "≥90%以上吧",
  };
  for (const char* text : texts) expect_round_trip(parse_target(text));
}

// ---- the generator ----

struct Spelling {
  const char* text;
  CompareOp op;
  bool latex;
};
const Spelling comparators[] = {
    {"=", CompareOp::eq, false},     {"＝", CompareOp::eq, false},     {"==", CompareOp::eq, false},
    {"≥", CompareOp::ge, false},     {"≧", CompareOp::ge, false},      {">=", CompareOp::ge, false},
    {"＞", CompareOp::gt, false},    {">", CompareOp::gt, false},      {"≤", CompareOp::le, false},
    {"≦", CompareOp::le, false},     {"<=", CompareOp::le, false},     {"＜", CompareOp::lt, false},
    {"<", CompareOp::lt, false},     {"≠", CompareOp::ne, false},      {"\\geq", CompareOp::ge, true},
    {"\\ge", CompareOp::ge, true},   {"\\geqslant", CompareOp::ge, true}, {"\\leq", CompareOp::le, true},
    {"\\le", CompareOp::le, true},   {"\\leqslant", CompareOp::le, true}, {"\\neq", CompareOp::ne, true},
    {"不低于", CompareOp::ge, false}, {"不少于", CompareOp::ge, false},  {"至少", CompareOp::ge, false},
    {"大于等于", CompareOp::ge, false}, {"达到", CompareOp::ge, false},  {"不高于", CompareOp::le, false},
    {"不超过", CompareOp::le, false}, {"不多于", CompareOp::le, false},  {"至多", CompareOp::le, false},
    {"小于等于", CompareOp::le, false}, {"大于", CompareOp::gt, false},  {"高于", CompareOp::gt, false},
    {"超过", CompareOp::gt, false},   {"超", CompareOp::gt, false},      {"多于", CompareOp::gt, false},
    {"小于", CompareOp::lt, false},   {"低于", CompareOp::lt, false},    {"少于", CompareOp::lt, false},
    {"等于", CompareOp::eq, false},
};
struct UnitSpelling {
  const char* text;
  const char* normalised;
};
const UnitSpelling units[] = {
    {"", ""},           {"%", "%"},         {"％", "%"},       {"\\%", "%"},      {"百分比", "%"},
    {"百分点", "%"},    {"次", "次"},       {"次/年", "次/年"}, {"万元", "万元"}, {"万元/年", "万元/年"},
    {"元/人", "元/人"}, {"个工作日", "个工作日"}, {"小时", "小时"}, {"件", "件"},  {"℃", "℃"},
};
const char* spaces[] = {"", "", "", " ", "  ", "\xE3\x80\x80", "\t"};

struct Generator {
  std::mt19937 rng{20240601u};  // fixed seed: reproducible
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
  template <typename T, std::size_t N>
  const T& one_of(const T (&items)[N]) { return items[pick(static_cast<int>(N))]; }

  // A digit as ASCII or full-width.
  std::string digit(int d) {
    if (pick(4) == 0) return std::string("\xEF\xBC") + static_cast<char>(0x90 + d);
    return std::string(1, static_cast<char>('0' + d));
  }
  // A number: `written` is the text, `value` the expected canonical digits.
  void number(std::string& written, std::string& value) {
    const int int_digits = 1 + pick(7);
    std::string ints;
    for (int i = 0; i < int_digits; ++i) ints += static_cast<char>('0' + (i == 0 ? 1 + pick(9) : pick(10)));
    const bool separators = int_digits > 3 && pick(2) == 0;
    for (int i = 0; i < int_digits; ++i) {
      if (separators && i > 0 && (int_digits - i) % 3 == 0) written += pick(3) == 0 ? "，" : ",";
      written += digit(ints[static_cast<std::size_t>(i)] - '0');
    }
    value = ints;
    if (const int frac = pick(5); frac > 0) {
      written += pick(5) == 0 ? "．" : ".";
      value += '.';
      for (int i = 0; i < frac; ++i) {
        const int d = pick(10);
        written += digit(d);
        value += static_cast<char>('0' + d);
      }
    }
  }
  // A unit after a number: attached, in ASCII or full-width brackets.
  std::string unit(const UnitSpelling& u) {
    if (!*u.text) return "";
    switch (pick(3)) {
      case 0: return u.text;
      case 1: return std::string(one_of(spaces)) + "(" + u.text + ")";
      default: return std::string(one_of(spaces)) + "（" + one_of(spaces) + u.text + "）";
    }
  }
};

TEST(Property, GeneratedComparisons) {
  Generator g;
  for (int i = 0; i < 3000; ++i) {
    const Spelling& cmp = g.one_of(comparators);
    const UnitSpelling& u = g.one_of(units);
    std::string written, value;
    g.number(written, value);
    std::string text = std::string(g.one_of(spaces)) + cmp.text + (cmp.latex ? " " : g.one_of(spaces)) + written + g.unit(u);
    if (cmp.latex && g.pick(2) == 0) text = "$" + text + "$";
    text += g.one_of(spaces);
    SCOPED_TRACE(text);
    const Target t = parse_target(text);
    const auto* c = std::get_if<CompareTarget>(&t.value);
    ASSERT_NE(c, nullptr) << target_to_json(t);
    EXPECT_EQ(c->op, cmp.op);
    EXPECT_EQ(c->value.to_string(), value);
    EXPECT_EQ(c->unit, u.normalised);
    EXPECT_EQ(c->note, "");
    expect_round_trip(t);
  }
}

TEST(Property, GeneratedRanges) {
  Generator g;
  const char* separators[] = {"-", "~", "～", "—", "至"};
  for (int i = 0; i < 2000; ++i) {
    const UnitSpelling& u = g.one_of(units);
    std::string low_written, low, high_written, high;
    g.number(low_written, low);
    g.number(high_written, high);
    if (Decimal::parse(high) < Decimal::parse(low)) {
      std::swap(low, high);
      std::swap(low_written, high_written);
    }
    const bool unit_on_low = g.pick(2) == 0;
    std::string text = low_written + (unit_on_low ? g.unit(u) : "") + g.one_of(spaces) + g.one_of(separators) +
                       g.one_of(spaces) + high_written + (unit_on_low && g.pick(2) ? "" : g.unit(u));
    SCOPED_TRACE(text);
    const Target t = parse_target(text);
    const auto* r = std::get_if<RangeTarget>(&t.value);
    ASSERT_NE(r, nullptr) << target_to_json(t);
    EXPECT_EQ(r->low.to_string(), low);
    EXPECT_EQ(r->high.to_string(), high);
    EXPECT_EQ(r->unit, u.normalised);
    expect_round_trip(t);
  }
}

// Arbitrary bytes never crash, never throw, and always round trip.
TEST(Property, RandomBytesAreDataOrErrors) {
  Generator g;
  const char* pieces[] = {"≥", "9", "０", ".", ",", "%", "（", ")", "-", "至", "且", "提升", "同比", "年", "月", "日",
                          "前", "$", "\\ge", " ", "\xE3\x80\x80", "\xff", "次", "以上", "2024", "+", "-", "合规"};
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    for (int n = g.pick(8); n >= 0; --n) text += g.one_of(pieces);
    SCOPED_TRACE(text);
    Target t;
    ASSERT_NO_THROW(t = parse_target(text));
    if (t.kind() == TargetKind::invalid) {
      EXPECT_LE(std::get<InvalidTarget>(t.value).offset, text.size());
    }
    expect_round_trip(t);
  }
}

}  // namespace
