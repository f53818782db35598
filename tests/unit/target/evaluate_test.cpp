// SPDX-License-Identifier: Apache-2.0
// evaluate() for each family: verdicts, degrees (exact ratios), unit checks and
// the reasons given when an actual cannot be compared.
#include <gtest/gtest.h>

#include "jixiao/evaluate.hpp"

namespace {

using namespace jixiao;

Decimal d(std::string_view text) { return Decimal::parse(text); }
Evaluation eval(std::string_view target, Actual actual) { return evaluate(parse_target(target), actual); }
ActualNumber number(std::string_view value, std::string unit = "") { return ActualNumber{d(value), std::move(unit)}; }

void expect(const Evaluation& e, Verdict verdict, std::optional<std::string_view> degree) {
  EXPECT_EQ(e.verdict, verdict) << e.reason;
  if (degree) {
    ASSERT_TRUE(e.degree.has_value()) << e.reason;
    EXPECT_EQ(*e.degree, d(*degree)) << e.degree->to_string();
    EXPECT_EQ(e.degree->scale(), degree_scale);
  } else {
    EXPECT_FALSE(e.degree.has_value()) << e.degree->to_string();
  }
  EXPECT_FALSE(e.reason.empty());
}

TEST(EvaluateCompare, PositiveMetAndMissed) {
  expect(eval("≥90.00(%)", number("95.5", "%")), Verdict::met, "1.0611111111");
  expect(eval("≥90.00(%)", number("90")), Verdict::met, "1");
  expect(eval("≥90.00(%)", number("81", "％")), Verdict::not_met, "0.9");
  expect(eval(">90%", number("90", "%")), Verdict::not_met, "1");
}

TEST(EvaluateCompare, EqNonZeroScoresLikeGe) {
  expect(eval("=100.00(%)", number("100.00", "%")), Verdict::met, "1");
  expect(eval("=100.00(%)", number("101", "%")), Verdict::met, "1.01");
  expect(eval("=100.00(%)", number("97", "%")), Verdict::not_met, "0.97");
}

TEST(EvaluateCompare, EqZeroMeansNoneAtAll) {
  expect(eval("=0.00(次)", number("0", "次")), Verdict::met, "1");
  expect(eval("=0.00(次)", number("2", "次")), Verdict::not_met, "0");
}

TEST(EvaluateCompare, ReverseUsesTargetOverActual) {
  expect(eval("≤6.00 (小时)", number("5", "小时")), Verdict::met, "1.2");
  expect(eval("≤6.00 (小时)", number("8", "小时")), Verdict::not_met, "0.75");
  expect(eval("<5%", number("5", "%")), Verdict::not_met, "1");
  expect(eval("≤5%", number("0", "%")), Verdict::met, "1");
}

TEST(EvaluateCompare, NotEqual) {
  expect(eval("≠0", number("3")), Verdict::met, "1");
  expect(eval("≠0", number("0")), Verdict::not_met, "0");
}

TEST(EvaluateCompare, ExactDecimalsNoBinaryRounding) {
  // 0.1 + 0.2 style traps: 98.70 vs 98.7 are equal, 98.699999999 is below.
  expect(eval("$\\geq 98.70\\%$", number("98.7", "%")), Verdict::met, "1");
  EXPECT_EQ(eval("$\\geq 98.70\\%$", number("98.699999999", "%")).verdict, Verdict::not_met);
}

TEST(EvaluateCompare, UnitMismatchIsNotComparable) {
  const Evaluation e = eval("≥90.00(%)", number("95", "次"));
  expect(e, Verdict::not_comparable, std::nullopt);
  EXPECT_NE(e.reason.find("单位不一致"), std::string::npos) << e.reason;
}

TEST(EvaluateCompare, UnitsNormalisedBeforeComparing) {
  EXPECT_EQ(eval("≥90%", number("95", "百分比")).verdict, Verdict::met);
  EXPECT_EQ(eval("≥90%", number("95", "（%）")).verdict, Verdict::met);
  EXPECT_EQ(eval("≤5个工作日", number("4", "个工作日")).verdict, Verdict::met);
}

TEST(EvaluateCompare, TextActualReadAsNumber) {
  expect(eval("≥90%", ActualText{"93.5%"}), Verdict::met, "1.0388888889");
  EXPECT_EQ(eval("≥90%", ActualText{"93.5次"}).verdict, Verdict::not_comparable);
}

TEST(EvaluateCompare, WrongActualKind) {
  EXPECT_EQ(eval("≥90%", ActualGrade{Grade::achieved}).verdict, Verdict::not_comparable);
}

TEST(EvaluateRange, InsideBelowAbove) {
  expect(eval("45%-60%", number("50", "%")), Verdict::met, "1");
  expect(eval("45%-60%", number("45", "%")), Verdict::met, "1");
  expect(eval("45%-60%", number("36", "%")), Verdict::not_met, "0.8");
  expect(eval("45%-60%", number("75", "%")), Verdict::not_met, "0.8");
  EXPECT_EQ(eval("14-24℃", number("20", "%")).verdict, Verdict::not_comparable);
}

TEST(EvaluateTrend, Words) {
  expect(eval("提升", ActualTrend{TrendDirection::up}), Verdict::met, "1");
  expect(eval("提升", ActualTrend{TrendDirection::flat}), Verdict::not_met, "0");
  expect(eval("下降或持平", ActualTrend{TrendDirection::flat}), Verdict::met, "1");
  expect(eval("下降或持平", ActualTrend{TrendDirection::down}), Verdict::met, "1");
  expect(eval("下降或持平", ActualTrend{TrendDirection::up}), Verdict::not_met, "0");
  expect(eval("不低于上年", ActualTrend{TrendDirection::up}), Verdict::met, "1");
  expect(eval("持平", ActualText{"持平"}), Verdict::met, "1");
}

TEST(EvaluateTrend, PairGivesTheDirection) {
  expect(eval("同比上升", ActualChange{d("100"), d("104")}), Verdict::met, "1");
  expect(eval("同比下降", ActualChange{d("100"), d("104")}), Verdict::not_met, "0");
  expect(eval("持平", ActualChange{d("7.0"), d("7.00")}), Verdict::met, "1");
}

TEST(EvaluateTrend, ByAmountInPercentIsRelative) {
  expect(eval("同比增长5%", ActualChange{d("200"), d("212")}), Verdict::met, "1.2");       // +6 %
  expect(eval("同比增长5%", ActualChange{d("200"), d("208")}), Verdict::not_met, "0.8");   // +4 %
  expect(eval("同比增长5%", ActualChange{d("200"), d("210")}), Verdict::met, "1");         // exactly 5 %
  EXPECT_EQ(eval("同比增长5%", ActualChange{d("0"), d("10")}).verdict, Verdict::not_comparable);
  EXPECT_EQ(eval("同比增长5%", ActualTrend{TrendDirection::up}).verdict, Verdict::not_comparable);
}

TEST(EvaluateTrend, ByAmountInOtherUnitsIsAbsolute) {
  expect(eval("比上年减少2次", ActualChange{d("10"), d("7")}), Verdict::met, "1.5");
  expect(eval("比上年减少2次", ActualChange{d("10"), d("9")}), Verdict::not_met, "0.5");
}

TEST(EvaluateTrend, NumberIsNotATrend) {
  EXPECT_EQ(eval("提升", number("5")).verdict, Verdict::not_comparable);
}

TEST(EvaluateDeadline, OnOrBefore) {
  expect(eval("2024年12月31日前完成", ActualDate{Date{2024, 12, 31}}), Verdict::met, "1");
  expect(eval("2024年12月31日前完成", ActualDate{Date{2025, 1, 1}}), Verdict::not_met, "0");
  expect(eval("2024年6月前完成", ActualText{"2024年6月30日"}), Verdict::met, "1");
}

TEST(EvaluatePeriod, InsideTheMonths) {
  expect(eval("2023.07-2024.01", ActualDate{Date{2024, 1, 31}}), Verdict::met, "1");
  expect(eval("2023.07-2024.01", ActualDate{Date{2023, 6, 30}}), Verdict::not_met, "0");
}

TEST(EvaluateQualitative, Grades) {
  auto e = eval("合规", ActualGrade{Grade::achieved});
  expect(e, Verdict::met, "1");
  EXPECT_EQ(e.grade, Grade::achieved);
  e = eval("合规", ActualGrade{Grade::partial});
  expect(e, Verdict::not_met, "0.70");
  EXPECT_EQ(e.grade, Grade::partial);
  expect(eval("合规", ActualGrade{Grade::not_achieved}), Verdict::not_met, "0.30");
}

TEST(EvaluateQualitative, TextSameAsTargetOrGradeWording) {
  expect(eval("合规", ActualText{" 合规 "}), Verdict::met, "1");
  expect(eval("合规", ActualText{"部分达成年度指标并具有一定效果"}), Verdict::not_met, "0.70");
  expect(eval("合规", ActualText{"未达成年度指标且效果较差"}), Verdict::not_met, "0.30");
  EXPECT_EQ(eval("合规", ActualText{"不合规"}).verdict, Verdict::not_comparable);
  EXPECT_EQ(eval("合规", number("1")).verdict, Verdict::not_comparable);
}

TEST(EvaluateInvalid, NeverComparable) {
  const Evaluation e = eval("≥", number("1"));
  EXPECT_EQ(e.verdict, Verdict::not_comparable);
  EXPECT_NE(e.reason.find("目标值无法解析"), std::string::npos);
}

TEST(EvaluateNames, VerdictAndGrade) {
  EXPECT_EQ(to_string(Verdict::not_comparable), "not_comparable");
  EXPECT_EQ(to_string(Grade::not_achieved), "not_achieved");
  EXPECT_EQ(grade_from_string("达成年度指标"), Grade::achieved);
  EXPECT_EQ(grade_from_string("partial"), Grade::partial);
  EXPECT_EQ(grade_from_string("很好"), std::nullopt);
}

}  // namespace
