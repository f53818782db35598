// SPDX-License-Identifier: Apache-2.0
// One hand-computed test per rule of scoring.md. Each declaration below has the
// indicator under test as the only 产出指标 (so its weight is the whole 产出+成本
// part, 50), one 效益指标 (30) and one 满意度指标 (10), both met; the arithmetic
// is written beside each expectation.
#include <gtest/gtest.h>

#include "jixiao/score.hpp"
#include "score_test_support.hpp"

namespace jixiao::test {
namespace {

// Scores `target` against `value` as the sole 产出指标 (weight 50).
DeclarationScore score_one(Target target, ActualIndicator value, const ScoreOptions& options = {}) {
  value.name = "受测指标";
  Declaration d = declaration("测试项目", {
                                             indicator("产出指标", "数量指标", "受测指标", std::move(target)),
                                             indicator("效益指标", "社会效益指标", "效益", qualitative_target("有效")),
                                             indicator("满意度指标", "服务对象满意度指标", "满意度",
                                                       compare_target("≥90%", CompareOp::ge, "90", "%")),
                                         });
  ActualDeclaration a = actuals_for("测试项目", {value, actual("效益", "achieved"), actual("满意度", "95", "%")});
  return score_declaration(d, &a, options, 0);
}

const IndicatorScore& tested(const DeclarationScore& s) { return s.indicators.at(0); }

// ---- positive: ge, eq ≠ 0, gt ----

TEST(ScoreRules, PositiveMetGetsFullWeight) {
  auto s = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), actual("", "93.5", "%"));
  EXPECT_TRUE(tested(s).met);
  EXPECT_EQ(reported(tested(s).weight), "50.00");
  EXPECT_EQ(reported(tested(s).score), "50.00");  // 93.5 ≥ 90 → full 50
  EXPECT_EQ(tested(s).reason, "实际值 93.5% 达到目标 ≥90(%)");
  EXPECT_EQ(tested(s).status, ScoreStatus::scored);
}

TEST(ScoreRules, PositiveMissedIsProportional) {
  auto s = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), actual("", "85", "%"));
  EXPECT_FALSE(tested(s).met);
  // 50 × 85 / 90 = 47.2222…; at 16 decimals 47.2222222222222222, reported 47.22
  EXPECT_EQ(tested(s).exact_score, dec("47.2222222222222222"));
  EXPECT_EQ(reported(tested(s).score), "47.22");
  EXPECT_EQ(tested(s).reason, "实际值 85% 未达到目标 ≥90(%)");
}

TEST(ScoreRules, EqWithNonZeroValueIsScoredLikeGe) {
  auto s = score_one(compare_target("=100.00(%)", CompareOp::eq, "100.00", "%"), actual("", "98"));
  EXPECT_FALSE(tested(s).met);
  EXPECT_EQ(reported(tested(s).score), "49.00");  // 50 × 98 / 100 = 49
  auto over = score_one(compare_target("=100.00(%)", CompareOp::eq, "100.00", "%"), actual("", "100.5%"));
  EXPECT_TRUE(tested(over).met);  // 100.5 ≥ 100: met like ge (not an exact-equality test)
  EXPECT_EQ(reported(tested(over).score), "50.00");
}

TEST(ScoreRules, GreaterThanNeedsStrictlyMore) {
  auto at = score_one(compare_target(">92%", CompareOp::gt, "92", "%"), actual("", "92"));
  EXPECT_FALSE(at.indicators[0].met);  // 92 is not > 92
  // not met: 50 × 92 / 92 = 50 (the formula of scoring.md; marked not met)
  EXPECT_EQ(reported(at.indicators[0].score), "50.00");
  EXPECT_EQ(at.indicators[0].reason, "实际值 92% 未达到目标 >92(%)");
  auto low = score_one(compare_target(">92%", CompareOp::gt, "92", "%"), actual("", "46"));
  EXPECT_EQ(reported(low.indicators[0].score), "25.00");  // 50 × 46 / 92 = 25
  auto above = score_one(compare_target(">92%", CompareOp::gt, "92", "%"), actual("", "92.01"));
  EXPECT_TRUE(above.indicators[0].met);
}

TEST(ScoreRules, OvershootAtOrAbove120PercentIsFullWithNote) {
  auto s = score_one(compare_target("≥100件", CompareOp::ge, "100", "件"), actual("", "120", "件"));
  EXPECT_TRUE(tested(s).met);
  EXPECT_TRUE(tested(s).overshoot);  // 120 ≥ 1.20 × 100
  EXPECT_EQ(reported(tested(s).score), "50.00");
  EXPECT_TRUE(has_code(s.diagnostics, "OVERSHOOT"));
  EXPECT_NE(tested(s).reason.find("超额完成"), std::string::npos);
  auto below = score_one(compare_target("≥100件", CompareOp::ge, "100", "件"), actual("", "119.99件"));
  EXPECT_TRUE(below.indicators[0].met);
  EXPECT_FALSE(below.indicators[0].overshoot);  // 119.99 < 120
  EXPECT_FALSE(has_code(below.diagnostics, "OVERSHOOT"));
}

// ---- reverse: le, lt ----

TEST(ScoreRules, ReverseMissedRatioFormula) {
  auto s = score_one(compare_target("≤5.00(%)", CompareOp::le, "5.00", "%"), actual("", "8", "%"));
  EXPECT_FALSE(tested(s).met);
  EXPECT_EQ(reported(tested(s).score), "31.25");  // 50 × 5 / 8 = 31.25
  EXPECT_EQ(tested(s).reason, "实际值 8% 未达到目标 ≤5.00(%)");
  auto met = score_one(compare_target("≤5.00(%)", CompareOp::le, "5.00", "%"), actual("", "5"));
  EXPECT_TRUE(met.indicators[0].met);
  EXPECT_EQ(reported(met.indicators[0].score), "50.00");
}

TEST(ScoreRules, ReverseMissedLinearFormula) {
  ScoreOptions linear;
  linear.reverse_formula = ReverseFormula::linear;
  auto s = score_one(compare_target("≤5.00(%)", CompareOp::le, "5.00", "%"), actual("", "8", "%"), linear);
  EXPECT_EQ(reported(tested(s).score), "20.00");  // 50 × (1 − (8 − 5) / 5) = 50 × 0.4 = 20
  auto floor = score_one(compare_target("≤5.00(%)", CompareOp::le, "5.00", "%"), actual("", "12", "%"), linear);
  EXPECT_EQ(reported(floor.indicators[0].score), "0.00");  // 1 − 7/5 < 0 → floored at 0
  auto twice = score_one(compare_target("≤5.00(%)", CompareOp::le, "5.00", "%"), actual("", "10", "%"), linear);
  EXPECT_EQ(reported(twice.indicators[0].score), "0.00");  // 0 at twice the target
}

TEST(ScoreRules, LessThanNeedsStrictlyLess) {
  auto s = score_one(compare_target("<6小时", CompareOp::lt, "6", "小时"), actual("", "6", "小时"));
  EXPECT_FALSE(tested(s).met);
  auto late = score_one(compare_target("<6小时", CompareOp::lt, "6", "小时"), actual("", "7.5", "小时"));
  EXPECT_EQ(reported(late.indicators[0].score), "40.00");  // 50 × 6 / 7.5 = 40
  auto ok = score_one(compare_target("<6小时", CompareOp::lt, "6", "小时"), actual("", "5.9", "小时"));
  EXPECT_TRUE(ok.indicators[0].met);
}

// ---- eq 0 ----

TEST(ScoreRules, EqZeroIsAllOrNothing) {
  auto none = score_one(compare_target("=0.00(次)", CompareOp::eq, "0.00", "次"), actual("", "0", "次"));
  EXPECT_TRUE(none.indicators[0].met);
  EXPECT_EQ(reported(none.indicators[0].score), "50.00");
  auto one = score_one(compare_target("=0.00(次)", CompareOp::eq, "0.00", "次"), actual("", "1", "次"));
  EXPECT_FALSE(one.indicators[0].met);
  EXPECT_EQ(reported(one.indicators[0].score), "0.00");
}

// ---- range ----

TEST(ScoreRules, RangeInsideBelowAbove) {
  auto inside = score_one(range_target("45%-60%", "45", "60", "%"), actual("", "50%"));
  EXPECT_TRUE(inside.indicators[0].met);
  EXPECT_EQ(reported(inside.indicators[0].score), "50.00");
  auto edge = score_one(range_target("45%-60%", "45", "60", "%"), actual("", "60"));
  EXPECT_TRUE(edge.indicators[0].met);  // bounds are inclusive
  auto below = score_one(range_target("45%-60%", "45", "60", "%"), actual("", "30"));
  EXPECT_FALSE(below.indicators[0].met);
  EXPECT_EQ(reported(below.indicators[0].score), "33.33");  // 50 × 30 / 45 = 33.333…
  auto above = score_one(range_target("45%-60%", "45", "60", "%"), actual("", "75"));
  EXPECT_EQ(reported(above.indicators[0].score), "40.00");  // 50 × 60 / 75 = 40
  EXPECT_EQ(above.indicators[0].reason, "实际值 75% 高于目标区间 45-60(%)");
}

// ---- trend ----

struct TrendCase {
  TrendDirection target;
  const char* actual;
  bool met;
};

TEST(ScoreRules, TrendDirections) {
  const TrendCase cases[] = {
      {TrendDirection::up, "up", true},         {TrendDirection::up, "提升", true},
      {TrendDirection::up, "flat", false},      {TrendDirection::up, "down", false},
      {TrendDirection::down, "down", true},     {TrendDirection::down, "同比下降", true},
      {TrendDirection::down, "up", false},      {TrendDirection::flat, "flat", true},
      {TrendDirection::flat, "持平", true},     {TrendDirection::flat, "up", false},
      {TrendDirection::not_up, "down", true},   {TrendDirection::not_up, "flat", true},
      {TrendDirection::not_up, "up", false},    {TrendDirection::not_down, "up", true},
      {TrendDirection::not_down, "flat", true}, {TrendDirection::not_down, "down", false},
  };
  for (const auto& c : cases) {
    auto s = score_one(trend_target("趋势", c.target), actual("", c.actual));
    SCOPED_TRACE(std::to_string(static_cast<int>(c.target)) + " vs " + c.actual);
    EXPECT_EQ(tested(s).met, c.met);
    EXPECT_EQ(reported(tested(s).score), c.met ? "50.00" : "0.00");  // met: full; else 0
    EXPECT_EQ(tested(s).status, ScoreStatus::scored);
  }
}

TEST(ScoreRules, TrendFromPreviousAndCurrent) {
  ActualIndicator rising = actual("", "");
  rising.pair = TrendPair{dec("120"), dec("135")};  // 135 > 120: up
  auto up = score_one(trend_target("提升", TrendDirection::up), rising);
  EXPECT_TRUE(up.indicators[0].met);
  ActualIndicator same = actual("", "");
  same.pair = TrendPair{dec("8.0"), dec("8.00")};  // equal: flat
  auto flat = score_one(trend_target("下降或持平", TrendDirection::not_up), same);
  EXPECT_TRUE(flat.indicators[0].met);
  auto missed = score_one(trend_target("提升", TrendDirection::up), same);
  EXPECT_FALSE(missed.indicators[0].met);
  EXPECT_EQ(reported(missed.indicators[0].score), "0.00");
}

TEST(ScoreRules, TrendWordThatIsNoDirectionIsAnError) {
  auto s = score_one(trend_target("提升", TrendDirection::up), actual("", "很好"));
  EXPECT_EQ(tested(s).status, ScoreStatus::error);
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_ACTUAL_INVALID"));
}

// ---- deadline ----

TEST(ScoreRules, DeadlineOnOrBefore) {
  Target t = deadline_target("2024年12月31日前完成", Date{2024, 12, 31});
  auto early = score_one(t, actual("", "2024-11-30"));
  EXPECT_TRUE(early.indicators[0].met);
  EXPECT_EQ(reported(early.indicators[0].score), "50.00");
  auto on_day = score_one(t, actual("", "2024年12月31日"));
  EXPECT_TRUE(on_day.indicators[0].met);
  auto late = score_one(t, actual("", "2025-01-15"));
  EXPECT_FALSE(late.indicators[0].met);
  EXPECT_EQ(reported(late.indicators[0].score), "0.00");
  EXPECT_EQ(late.indicators[0].reason, "2025-01-15 完成，超过期限 2024-12-31");
}

// ---- qualitative ----

struct GradeCase {
  const char* actual;
  const char* fraction;  // nullptr: the grade's default
  const char* score;     // reported
  bool met;
};

TEST(ScoreRules, QualitativeGradesWithAndWithoutFraction) {
  const GradeCase cases[] = {
      {"achieved", nullptr, "50.00", true},        // 50 × 100%
      {"achieved", "0.85", "42.50", true},         // 50 × 0.85
      {"合规", nullptr, "50.00", true},            // the target's own word: achieved
      {"达成年度指标", "0.80", "40.00", true},     // 50 × 0.80 (band's low end, inclusive)
      {"partial", nullptr, "35.00", false},        // 50 × 70%
      {"partial", "0.65", "32.50", false},         // 50 × 0.65
      {"部分达成年度指标并具有一定效果", "0.6", "30.00", false},  // 50 × 0.6
      {"not_achieved", nullptr, "15.00", false},   // 50 × 30%
      {"not_achieved", "0.5", "25.00", false},     // 50 × 0.5
      {"not_achieved", "0", "0.00", false},        // 50 × 0
  };
  for (const auto& c : cases) {
    ActualIndicator a = actual("", c.actual);
    if (c.fraction) a.fraction = dec(c.fraction);
    auto s = score_one(qualitative_target("合规"), a);
    SCOPED_TRACE(std::string(c.actual) + " " + (c.fraction ? c.fraction : "-"));
    EXPECT_EQ(tested(s).status, ScoreStatus::scored);
    EXPECT_EQ(reported(tested(s).score), c.score);
    EXPECT_EQ(tested(s).met, c.met);
  }
}

TEST(ScoreRules, FractionOutsideItsBandIsAnError) {
  const std::pair<const char*, const char*> cases[] = {
      {"partial", "0.80"},       // partial is [0.60, 0.80): 0.80 is outside
      {"partial", "0.55"},       // below the band
      {"achieved", "1.2"},       // achieved is [0.80, 1.00]
      {"achieved", "0.79"},      //
      {"not_achieved", "0.60"},  // not_achieved is [0, 0.60)
  };
  for (const auto& [grade, fraction] : cases) {
    ActualIndicator a = actual("", grade);
    a.fraction = dec(fraction);
    auto s = score_one(qualitative_target("合规"), a);
    SCOPED_TRACE(std::string(grade) + " " + fraction);
    EXPECT_EQ(tested(s).status, ScoreStatus::error);
    EXPECT_EQ(reported(tested(s).score), "0.00");
    EXPECT_TRUE(has_code(s.diagnostics, "SCORE_FRACTION_OUT_OF_BAND"));
  }
}

TEST(ScoreRules, UnknownGradeIsAnError) {
  auto s = score_one(qualitative_target("合规"), actual("", "还行"));
  EXPECT_EQ(tested(s).status, ScoreStatus::error);
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_ACTUAL_INVALID"));
}

// ---- units ----

TEST(ScoreRules, UnitMismatchIsAnErrorNotASilentZero) {
  auto s = score_one(compare_target("≥26000.00(件)", CompareOp::ge, "26000.00", "件"), actual("", "26500", "次"));
  EXPECT_EQ(tested(s).status, ScoreStatus::error);
  EXPECT_FALSE(tested(s).met);
  EXPECT_EQ(reported(tested(s).score), "0.00");
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_UNIT_MISMATCH"));
  EXPECT_EQ(tested(s).reason, "错误：单位不一致：目标单位为“件”，实际单位为“次”");
}

TEST(ScoreRules, UnitsAreNormalisedBeforeComparing) {
  // ％ (full width) and "百分比" are %; a unit inside the value counts too.
  auto full_width = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), actual("", "91", "\xEF\xBC\x85"));
  EXPECT_EQ(full_width.indicators[0].status, ScoreStatus::scored);
  EXPECT_TRUE(full_width.indicators[0].met);
  auto inline_unit = score_one(compare_target("≥26000.00(件)", CompareOp::ge, "26000.00", "件"), actual("", "26,500件"));
  EXPECT_TRUE(inline_unit.indicators[0].met);
  auto conflict = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), actual("", "91%", "件"));
  EXPECT_EQ(conflict.indicators[0].status, ScoreStatus::error);
}

TEST(ScoreRules, NumberThatDoesNotParseIsAnError) {
  auto s = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), actual("", "9..5"));
  EXPECT_EQ(tested(s).status, ScoreStatus::error);
  EXPECT_EQ(reported(tested(s).score), "0.00");
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_ACTUAL_INVALID"));
}

TEST(ScoreRules, InvalidTargetIsAnError) {
  Target bad{"≥", InvalidTarget{3, "number", "expected a number after the comparator at byte 3"}};
  auto s = score_one(bad, actual("", "90"));
  EXPECT_EQ(tested(s).status, ScoreStatus::error);
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_TARGET_INVALID"));
}

TEST(ScoreRules, PeriodEndIsTheDeadline) {
  Target t{"2023.07-2024.01", PeriodTarget{"2023-07", "2024-01"}};
  auto in_time = score_one(t, actual("", "2024-01-31"));  // a month end means its last day
  EXPECT_TRUE(in_time.indicators[0].met);
  auto late = score_one(t, actual("", "2024-02-01"));
  EXPECT_FALSE(late.indicators[0].met);
  EXPECT_EQ(reported(late.indicators[0].score), "0.00");
}

TEST(ScoreRules, FractionOnlyForQualitative) {
  ActualIndicator a = actual("", "95");
  a.fraction = dec("0.9");
  auto s = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), a);
  EXPECT_EQ(tested(s).status, ScoreStatus::error);  // would otherwise be silently ignored
}

// ---- 2026-12 corrections and additions (scoring.md) ----

TEST(ScoreAdditions, TrendAndDeadlineMayBeGraded) {
  auto up = trend_target("提升", TrendDirection::up);
  ActualIndicator partial = actual("", "部分达成预期指标并具有一定效果");
  partial.fraction = dec("0.65");
  auto s = score_one(up, partial);
  EXPECT_TRUE(tested(s).graded);
  EXPECT_EQ(tested(s).exact_score, dec("32.5"));  // 50 × 0.65
  auto late = score_one(deadline_target("2024年12月31日前完成", Date{2024, 12, 31}), actual("", "达成预期指标"));
  EXPECT_TRUE(tested(late).met);
  EXPECT_EQ(reported(tested(late).score), "50.00");
  // The direction alone is still all or nothing.
  EXPECT_EQ(reported(tested(score_one(up, actual("", "下降"))).score), "0.00");
  // 保持稳定 is flat (one reading: the target language's words).
  EXPECT_TRUE(tested(score_one(trend_target("持平", TrendDirection::flat), actual("", "保持稳定"))).met);
}

TEST(ScoreAdditions, AdjustedTargetIsScoredAndTheDeclaredOneShown) {
  ActualIndicator a = actual("", "85", "%");
  a.target = "≥80%";
  auto s = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), a);
  EXPECT_TRUE(tested(s).met);
  EXPECT_EQ(tested(s).target, "≥80%");
  EXPECT_EQ(tested(s).year_start_target, std::optional<std::string>("≥90%"));
}

TEST(ScoreAdditions, DeductionOnAnOvershotRowOnly) {
  ActualIndicator over = actual("", "150", "件");
  over.deduction = dec("5");
  over.reason = "年初指标值设定偏低";
  auto s = score_one(compare_target("≥100件", CompareOp::ge, "100", "件"), over);
  EXPECT_TRUE(tested(s).overshoot);
  EXPECT_EQ(reported(tested(s).score), "45.00");
  EXPECT_FALSE(has_code(s.diagnostics, "SCORE_REASON_MISSING"));
  ActualIndicator met = actual("", "100", "件");
  met.deduction = dec("5");
  auto m = score_one(compare_target("≥100件", CompareOp::ge, "100", "件"), met);
  EXPECT_EQ(reported(tested(m).score), "50.00");
  EXPECT_TRUE(has_code(m.diagnostics, "SCORE_DEDUCTION_INVALID"));
}

TEST(ScoreAdditions, ReasonOwedForAShortfallOrAnOvershoot) {
  auto short_of = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), actual("", "85", "%"));
  EXPECT_TRUE(has_code(short_of.diagnostics, "SCORE_REASON_MISSING"));
  ActualIndicator explained = actual("", "85", "%");
  explained.reason = "疫情影响";
  auto ok = score_one(compare_target("≥90%", CompareOp::ge, "90", "%"), explained);
  EXPECT_FALSE(has_code(ok.diagnostics, "SCORE_REASON_MISSING"));
  EXPECT_EQ(tested(ok).stated_reason, std::optional<std::string>("疫情影响"));
  auto over = score_one(compare_target("≥100件", CompareOp::ge, "100", "件"), actual("", "120", "件"));
  EXPECT_TRUE(has_code(over.diagnostics, "SCORE_REASON_MISSING"));
}

TEST(ScoreAdditions, PublishedWeightsAndTheirSum) {
  Declaration d = declaration("项目", {indicator("产出指标", "数量指标", "数量", compare_target("≥10个", CompareOp::ge, "10", "个")),
                                       indicator("效益指标", "社会效益指标", "效益", qualitative_target("明显"))});
  d.indicators[0].weight = dec("70");
  d.indicators[1].weight = dec("30");  // 70 + 30 + budget 10 = 110
  ActualDeclaration a = actuals_for("项目", {actual("数量", "10"), actual("效益", "明显")});
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[0].weight, dec("70"));
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_WEIGHT_SUM"));
  d.indicators[0].weight = dec("60");  // 60 + 30 + 10 = 100: as published, no part rule
  s = score_declaration(d, &a, {}, 0);
  EXPECT_FALSE(has_code(s.diagnostics, "SCORE_WEIGHT_SUM"));
  EXPECT_EQ(s.indicators[0].weight, dec("60"));
}

TEST(ScoreAdditions, BudgetFallbackIsReported) {
  Declaration d = declaration("项目", {indicator("产出指标", "数量指标", "数量", compare_target("≥10个", CompareOp::ge, "10", "个"))});
  ActualDeclaration a = actuals_for("项目", {actual("数量", "10")});
  a.budget.annual.reset();
  a.budget.executed = Money::parse("150000.00");
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_TRUE(s.budget.annual_from_declaration);
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_BUDGET_FALLBACK"));
  EXPECT_EQ(reported(s.budget.score), "5.00");
}

TEST(ScoreAdditions, GradeOfTheSumOfPrintedRows) {
  // Three rows of 30/3 = 10 and a budget of 10 met; 产出+成本 three of 50/3 = 16.67 printed:
  // printed total 3 × 16.67 + 30 + 10 + 10 = 100.01, exactly 100.
  Declaration d = declaration("项目", {indicator("产出指标", "数量指标", "a", qualitative_target("完成")),
                                       indicator("产出指标", "数量指标", "b", qualitative_target("完成")),
                                       indicator("产出指标", "数量指标", "c", qualitative_target("完成")),
                                       indicator("效益指标", "社会效益指标", "e", qualitative_target("明显")),
                                       indicator("满意度指标", "服务对象满意度指标", "s", qualitative_target("满意"))});
  ActualDeclaration a = actuals_for("项目", {actual("a", "完成"), actual("b", "完成"), actual("c", "完成"),
                                             actual("e", "明显"), actual("s", "满意")});
  a.budget.annual = Money::parse("300000.00");
  a.budget.executed = Money::parse("300000.00");
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.total.to_string(), "100.01");
  EXPECT_EQ(reported(s.exact_total), "100.00");
}

}  // namespace
}  // namespace jixiao::test
