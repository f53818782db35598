// SPDX-License-Identifier: Apache-2.0
// Every example and rule of target-values.md, one test each, with the expected
// fields written out by hand.
#include <gtest/gtest.h>

#include "jixiao/target.hpp"
#include "unit/target/support.hpp"

namespace {

using namespace jixiao;
using namespace target_test;
using Op = CompareOp;
using Dir = TrendDirection;
using Basis = TrendBasis;

// ---- compare: the table's examples ----
TEST(SpecCompare, EqPercentInParentheses) { expect_compare("=100.00(%)", Op::eq, "100.00", "%"); }
TEST(SpecCompare, LeHoursWithSpace) { expect_compare("≤6.00 (小时)", Op::le, "6.00", "小时"); }
TEST(SpecCompare, GePieces) { expect_compare("≥26000.00(件)", Op::ge, "26000.00", "件"); }
TEST(SpecCompare, LatexGeq) { expect_compare("$\\geq 98.70\\%$", Op::ge, "98.70", "%"); }
TEST(SpecCompare, GeTimesAttached) { expect_compare("≥2次", Op::ge, "2", "次"); }
TEST(SpecCompare, LeWanYuan) { expect_compare("≤90万元", Op::le, "90", "万元"); }
TEST(SpecCompare, GtPercent) { expect_compare(">92%", Op::gt, "92", "%"); }

// ---- comparators: every symbol and word ----
TEST(SpecComparators, EqualsSymbols) {
  for (const char* text : {"=5", "＝5", "==5", "等于5"}) expect_compare(text, Op::eq, "5", "");
}
TEST(SpecComparators, GeSymbols) {
  for (const char* text : {"≥5", "≧5", ">=5", "\\geq 5", "\\ge 5", "\\geqslant 5", "$\\geq 5$", "$\\ge5$"})
    expect_compare(text, Op::ge, "5", "");
}
TEST(SpecComparators, GtSymbols) {
  for (const char* text : {">5", "＞5"}) expect_compare(text, Op::gt, "5", "");
}
TEST(SpecComparators, LeSymbols) {
  for (const char* text : {"≤5", "≦5", "<=5", "\\leq 5", "\\le 5", "\\leqslant 5", "$\\leq 5$"})
    expect_compare(text, Op::le, "5", "");
}
TEST(SpecComparators, LtSymbols) {
  for (const char* text : {"<5", "＜5"}) expect_compare(text, Op::lt, "5", "");
}
TEST(SpecComparators, NeSymbols) {
  for (const char* text : {"≠5", "\\neq 5", "$\\neq 5$"}) expect_compare(text, Op::ne, "5", "");
}
TEST(SpecComparators, GeWords) {
  for (const char* text : {"不低于5", "不少于5", "至少5", "大于等于5", "达到5"}) expect_compare(text, Op::ge, "5", "");
}
TEST(SpecComparators, LeWords) {
  for (const char* text : {"不高于5", "不超过5", "不多于5", "至多5", "小于等于5"}) expect_compare(text, Op::le, "5", "");
}
TEST(SpecComparators, GtWords) {
  for (const char* text : {"大于5", "高于5", "超过5", "超5", "多于5"}) expect_compare(text, Op::gt, "5", "");
}
TEST(SpecComparators, LtWords) {
  for (const char* text : {"小于5", "低于5", "少于5"}) expect_compare(text, Op::lt, "5", "");
}
TEST(SpecComparators, EqWord) { expect_compare("等于100%", Op::eq, "100", "%"); }

// ---- implicit eq ----
TEST(SpecImplicitEq, Percent100) { expect_compare("100%", Op::eq, "100", "%"); }
TEST(SpecImplicitEq, Vehicles) { expect_compare("10辆", Op::eq, "10", "辆"); }
TEST(SpecImplicitEq, Percent25) { expect_compare("25%", Op::eq, "25", "%"); }

// ---- numbers ----
TEST(SpecNumbers, FullWidthDigits) { expect_compare("≥９８．５０％", Op::ge, "98.50", "%"); }
TEST(SpecNumbers, ThousandsSeparatorsRemoved) { expect_compare("≥26,000.00(件)", Op::ge, "26000.00", "件"); }
TEST(SpecNumbers, DigitsKeptAsWritten) { expect_compare("=100.00(%)", Op::eq, "100.00", "%"); }
TEST(SpecNumbers, NoDecimals) { expect_compare("≥90%", Op::ge, "90", "%"); }

// ---- units ----
TEST(SpecUnits, PercentSpellings) {
  for (const char* text : {"≥5%", "≥5％", "≥5\\%", "≥5百分比", "≥5百分点", "≥5(%)", "≥5（％）"})
    expect_compare(text, Op::ge, "5", "%");
}
TEST(SpecUnits, CompoundTimesPerYear) { expect_compare("≥4次/年", Op::ge, "4", "次/年"); }
TEST(SpecUnits, CompoundWanYuanPerYear) { expect_compare("≤12万元/年", Op::le, "12", "万元/年"); }
TEST(SpecUnits, CompoundYuanPerPerson) { expect_compare("≤300元/人", Op::le, "300", "元/人"); }
TEST(SpecUnits, CompoundWorkingDays) { expect_compare("≤5个工作日", Op::le, "5", "个工作日"); }
TEST(SpecUnits, FullWidthParentheses) { expect_compare("≤6.00（小时）", Op::le, "6.00", "小时"); }
TEST(SpecUnits, TrailingAnnotationIsNote) { expect_compare("100%（1.0）", Op::eq, "100", "%", "1.0"); }

// ---- range ----
TEST(SpecRange, PercentBothEnds) { expect_range("45%-60%", "45", "60", "%"); }
TEST(SpecRange, UnitAfterHigh) { expect_range("14-24℃", "14", "24", "℃"); }
TEST(SpecRange, UnitAfterLowOnly) { expect_range("45%-60", "45", "60", "%"); }
TEST(SpecRange, EverySeparator) {
  for (const char* text : {"1-5天", "1~5天", "1～5天", "1—5天", "1至5天"}) expect_range(text, "1", "5", "天");
}
TEST(SpecRange, TwoComparisonsWithQie) { expect_range("≥90%且≤95%", "90", "95", "%"); }
TEST(SpecRange, TwoComparisonsWithBingqie) { expect_range("≥90%并且≤95%", "90", "95", "%"); }
TEST(SpecRange, TwoComparisonsWithComma) { expect_range("≥90%,≤95%", "90", "95", "%"); }

// ---- trend ----
TEST(SpecTrend, Up) { expect_trend("提升", Dir::up, Basis::none); }
TEST(SpecTrend, Flat) { expect_trend("持平", Dir::flat, Basis::none); }
TEST(SpecTrend, DownOrFlat) { expect_trend("下降或持平", Dir::not_up, Basis::none); }
TEST(SpecTrend, YoyUp) { expect_trend("同比上升", Dir::up, Basis::yoy); }
TEST(SpecTrend, YoyDown) { expect_trend("同比下降", Dir::down, Basis::yoy); }
TEST(SpecTrend, UpWords) {
  for (const char* text : {"提升", "提高", "上升", "增长", "增加"}) expect_trend(text, Dir::up, Basis::none);
}
TEST(SpecTrend, DownWords) {
  for (const char* text : {"下降", "降低", "减少"}) expect_trend(text, Dir::down, Basis::none);
}
TEST(SpecTrend, FlatWords) {
  for (const char* text : {"持平", "稳定", "保持"}) expect_trend(text, Dir::flat, Basis::none);
}
TEST(SpecTrend, NotUpWords) {
  for (const char* text : {"下降或持平", "持平或下降"}) expect_trend(text, Dir::not_up, Basis::none);
}
TEST(SpecTrend, NotDownWords) {
  for (const char* text : {"上升或持平", "持平或上升"}) expect_trend(text, Dir::not_down, Basis::none);
}
TEST(SpecTrend, NotAboveLastYear) {
  for (const char* text : {"不高于上年", "不超过上年"}) expect_trend(text, Dir::not_up, Basis::yoy);
}
TEST(SpecTrend, NotBelowLastYear) {
  for (const char* text : {"不低于上年", "不少于上年"}) expect_trend(text, Dir::not_down, Basis::yoy);
}
TEST(SpecTrend, ComparatorWordWithNumberIsCompare) { expect_compare("不高于5%", Op::le, "5", "%"); }
TEST(SpecTrend, BasisPrefixes) {
  for (const char* text : {"同比提升", "较上年提升", "比上年提升"}) expect_trend(text, Dir::up, Basis::yoy);
  expect_trend("环比提升", Dir::up, Basis::mom);
}
TEST(SpecTrend, ModifiersAreNotTerms) {
  for (const char* text : {"有所提升", "逐步提升", "稳步提升", "持续提升"}) expect_trend(text, Dir::up, Basis::none);
  expect_trend("较上年有所下降", Dir::down, Basis::yoy);
}
TEST(SpecTrend, ByAmount) {
  const auto t = parse_as<TrendTarget>("同比增长5%");
  EXPECT_EQ(t.direction, Dir::up);
  EXPECT_EQ(t.basis, Basis::yoy);
  ASSERT_TRUE(t.by.has_value());
  EXPECT_EQ(t.by->value.to_string(), "5");
  EXPECT_EQ(t.by->unit, "%");
}

// ---- deadline and period ----
TEST(SpecDeadline, FullDate) {
  EXPECT_EQ(parse_as<DeadlineTarget>("2024年12月31日前完成").date, (Date{2024, 12, 31}));
}
TEST(SpecDeadline, MonthMeansItsLastDay) {
  EXPECT_EQ(parse_as<DeadlineTarget>("2024年2月前完成").date, (Date{2024, 2, 29}));
  EXPECT_EQ(parse_as<DeadlineTarget>("2023年2月前完成").date, (Date{2023, 2, 28}));
}
TEST(SpecPeriod, Months) {
  const auto p = parse_as<PeriodTarget>("2023.07-2024.01");
  EXPECT_EQ(p.start, "2023-07");
  EXPECT_EQ(p.end, "2024-01");
}
TEST(SpecPeriod, Dates) {
  const auto p = parse_as<PeriodTarget>("2024年1月1日至2024年6月30日");
  EXPECT_EQ(p.start, "2024-01-01");
  EXPECT_EQ(p.end, "2024-06-30");
}

// ---- qualitative ----
TEST(SpecQualitative, TheTablesTerms) {
  for (const char* text : {"合规", "及时", "健全", "完成", "有效", "合格", "建立", "完整", "优良", "效果明显"})
    expect_qualitative(text, text);
}
TEST(SpecQualitative, TrimmedButKeptWhole) { expect_qualitative("　 群众满意度较高 ", "群众满意度较高"); }
TEST(SpecQualitative, ComparatorWordWithoutNumberIsText) { expect_qualitative("达到要求", "达到要求"); }

// ---- errors ----
TEST(SpecErrors, Empty) { expect_invalid("", 0, "a number, a comparison"); }
TEST(SpecErrors, OnlySpaces) { expect_invalid("  ", 2, "a number, a comparison"); }
TEST(SpecErrors, ComparatorAlone) { expect_invalid("≥", 3, "a number after the comparator"); }
TEST(SpecErrors, ComparatorWithUnitOnly) { expect_invalid("≥%", 3, "a number after the comparator"); }
TEST(SpecErrors, DanglingRange) { expect_invalid("90%-", 4, "a number after the range separator"); }
TEST(SpecErrors, DoubledComparators) {
  expect_invalid("≥≥90%", 3, "not a second comparator");
  expect_invalid(">=>=90", 2, "not a second comparator");
  expect_invalid("≥ ≤90", 4, "not a second comparator");
  expect_invalid("不低于≥90", 9, "not a second comparator");
}
TEST(SpecErrors, DoubledDecimalPoint) { expect_invalid("1..5", 2, "a digit after the decimal point"); }
TEST(SpecErrors, DoubledThousandsSeparator) { expect_invalid("9,,000", 2, "a digit after the thousands separator"); }
TEST(SpecErrors, DoubledSign) {
  expect_invalid("--5", 1, "the sign is doubled");
  expect_invalid("≥+-5", 4, "the sign is doubled");
}
TEST(SpecErrors, InvalidUtf8) {
  expect_invalid("≥9\xff", 4, "valid UTF-8");
  expect_invalid("\xe4\xb8", 0, "valid UTF-8");         // truncated 中
  expect_invalid("a\xc0\xaf" "b", 1, "valid UTF-8");       // overlong '/'
  expect_invalid("\xed\xa0\x80", 0, "valid UTF-8");     // a surrogate
}

// ---- errors the assembly finds, at the offending piece ----
TEST(AssemblyErrors, InvalidDateAtTheDate) { expect_invalid("2024年2月30日前完成", 0, "a valid calendar date"); }
TEST(AssemblyErrors, InvalidPeriodEndAtThatEnd) { expect_invalid("2023.07-2024.02.30", 8, "a valid calendar date"); }
TEST(AssemblyErrors, StrictBoundsAtTheClause) { expect_invalid("≥90%且>95%", 9, "one ≥ and one ≤"); }
TEST(AssemblyErrors, ReversedRangeAtTheHighEnd) { expect_invalid("60%-45%", 4, "a high end not below the low end"); }
TEST(AssemblyErrors, MixedUnitsAtTheSecondUnit) { expect_invalid("1万元-2元", 9, "the unit of the other end"); }
TEST(AssemblyErrors, TrailingTextWhereTheTargetEnded) {
  expect_invalid("≥90%以上吧", 12, "the end of the target");
  expect_invalid("90% 吧", 4, "the end of the target");
}
TEST(AssemblyErrors, ContradictoryPostfix) { expect_invalid("≥90%以下", 6, "contradicts the comparator"); }
TEST(AssemblyErrors, TooManyDigits) { expect_invalid("1234567890123456789", 18, "at most 18 digits"); }

}  // namespace
