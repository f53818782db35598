// SPDX-License-Identifier: Apache-2.0
// Weights, budget execution, matching, totals and grades (scoring.md), with the
// arithmetic of each expectation written beside it.
#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "jixiao/score.hpp"
#include "score_test_support.hpp"

namespace jixiao::test {
namespace {

Declaration three_parts() {
  return declaration("项目", {
                               indicator("成本指标", "经济成本指标", "成本合规性", qualitative_target("合规")),
                               indicator("产出指标", "数量指标", "完成率", compare_target("=100%", CompareOp::eq, "100", "%")),
                               indicator("产出指标", "质量指标", "合格率", compare_target("≥98%", CompareOp::ge, "98", "%")),
                               indicator("效益指标", "社会效益指标", "效率", trend_target("提升", TrendDirection::up)),
                               indicator("效益指标", "可持续影响指标", "机制", qualitative_target("健全")),
                               indicator("满意度指标", "服务对象满意度指标", "满意度",
                                         compare_target("≥90%", CompareOp::ge, "90", "%")),
                           });
}

ActualDeclaration three_parts_actuals(const char* executed = "291000.00") {
  return actuals_for("项目",
                     {actual("成本合规性", "achieved"), actual("完成率", "100", "%"), actual("合格率", "95", "%"),
                      actual("效率", "up"), actual("机制", "partial"), actual("满意度", "93.5", "%")},
                     "300000.00", executed);
}

TEST(ScoreWeights, PartsAreSharedEquallyAndTotalled) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  ASSERT_EQ(s.indicators.size(), 6u);
  // 产出+成本 = 50 over 3 indicators: 50/3 = 16.6666666666666667 (16 decimals, half-up)
  EXPECT_EQ(s.indicators[0].weight, dec("16.6666666666666667"));
  EXPECT_EQ(s.indicators[1].weight, dec("16.6666666666666667"));
  // 效益 = 30 over 2 = 15; 满意度 = 10 over 1 = 10
  EXPECT_EQ(s.indicators[3].weight, dec("15"));
  EXPECT_EQ(s.indicators[5].weight, dec("10"));
  // 成本合规性 achieved: 16.6666666666666667; 完成率 met: 16.6666666666666667;
  // 合格率 95/98: 50/3 × 95/98 = 4750/294 = 16.156462585034013605… → 16.1564625850340136
  EXPECT_EQ(s.indicators[2].exact_score, dec("16.1564625850340136"));
  // 效率 up: 15; 机制 partial: 15 × 0.70 = 10.5; 满意度 93.5 ≥ 90: 10
  EXPECT_EQ(s.indicators[4].score, dec("10.5"));
  // budget 291000 / 300000 = 0.97 → 9.7
  EXPECT_EQ(s.budget.score, dec("9.7"));
  EXPECT_EQ(*s.budget.rate, dec("0.97"));
  // total = 9.7 + 16.6666666666666667 × 2 + 16.1564625850340136 + 15 + 10.5 + 10
  //       = 9.7 + 33.3333333333333334 + 16.1564625850340136 + 35.5 = 94.6897959183673470
  EXPECT_EQ(s.exact_total, dec("94.6897959183673470"));
  // 总分 is the sum of the printed rows: 9.70 + 16.67 + 16.67 + 16.16 + 15.00 + 10.50
  // + 10.00 = 94.70 (the exact 94.6897… would print 94.69 under rows adding to 94.70).
  EXPECT_EQ(s.total.to_string(), "94.70");
  EXPECT_EQ(s.grade, ScoreGrade::excellent);  // 94.70 ≥ 90
  EXPECT_TRUE(except(s.diagnostics, "SCORE_REASON_MISSING").empty());  // shortfalls owe a reason
}

TEST(ScoreWeights, Level1SubtotalsInOrderOfAppearance) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  ASSERT_EQ(s.level1.size(), 4u);
  EXPECT_EQ(s.level1[0].level1, "成本指标");
  EXPECT_EQ(s.level1[0].weight, dec("16.6666666666666667"));  // one of three shares of 50
  EXPECT_EQ(s.level1[1].level1, "产出指标");
  EXPECT_EQ(s.level1[1].weight, dec("33.3333333333333334"));  // two shares
  // the rows as printed: 16.67 + 16.16 = 32.83 (exactly 32.8231292517006803)
  EXPECT_EQ(s.level1[1].score, dec("32.83"));
  EXPECT_EQ(s.level1[2].level1, "效益指标");
  EXPECT_EQ(s.level1[2].score, dec("25.5"));  // 15 + 10.5
  EXPECT_EQ(s.level1[3].level1, "满意度指标");
  EXPECT_EQ(s.level1[3].score, dec("10"));
}

TEST(ScoreWeights, EmptyPartGivesItsWeightInProportion) {
  // No 满意度指标: its 10 goes to 产出+成本 (50) and 效益 (30) in proportion 50:30.
  Declaration d = declaration("项目", {
                                          indicator("产出指标", "数量指标", "完成率",
                                                    compare_target("=100%", CompareOp::eq, "100", "%")),
                                          indicator("效益指标", "社会效益指标", "效率", trend_target("提升", TrendDirection::up)),
                                      });
  ActualDeclaration a = actuals_for("项目", {actual("完成率", "100"), actual("效率", "up")});
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[0].weight, dec("56.25"));  // 50 + 10 × 50/80 = 50 × 90/80 = 56.25
  EXPECT_EQ(s.indicators[1].weight, dec("33.75"));  // 30 + 10 × 30/80 = 30 × 90/80 = 33.75
  EXPECT_EQ(s.budget.weight, dec("10"));            // budget keeps its 10
  EXPECT_EQ(reported(s.total), "100.00");           // 10 + 56.25 + 33.75
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_WEIGHT_REDISTRIBUTED"));
}

TEST(ScoreWeights, GivenWeightsOverrideTheEqualShare) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  a.indicators[0].weight = dec("10");  // 成本合规性 10; the other two 产出 share 50 − 10 = 40 → 20 each
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[0].weight, dec("10"));
  EXPECT_EQ(s.indicators[1].weight, dec("20"));
  EXPECT_EQ(s.indicators[2].weight, dec("20"));
  EXPECT_EQ(s.indicators[2].exact_score, dec("19.3877551020408163"));  // 20 × 95/98 = 19.387755102040816326…
}

TEST(ScoreWeights, ChangedPartWeightsAreUsed) {
  ScoreOptions options;
  options.weights.output_and_cost = dec("60");
  options.weights.satisfaction = dec("0");
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  DeclarationScore s = score_declaration(d, &a, options, 0);
  EXPECT_EQ(s.indicators[1].weight, dec("20"));  // 60 / 3
  EXPECT_EQ(s.indicators[5].weight, dec("0"));   // 0 / 1
}

TEST(ScoreBudget, RateOver100PercentCountsAs100) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals("330000.00");
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(*s.budget.rate, dec("1.1"));  // 330000 / 300000
  EXPECT_EQ(s.budget.score, dec("10"));   // min(1.1, 1) × 10
  EXPECT_FALSE(has_code(s.diagnostics, "SCORE_BUDGET_LOW"));
}

TEST(ScoreBudget, RateUnder90PercentIsReported) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals("240000.00");
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(*s.budget.rate, dec("0.8"));  // 240000 / 300000
  EXPECT_EQ(s.budget.score, dec("8"));    // 0.8 × 10
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_BUDGET_LOW"));
  EXPECT_EQ(s.budget.reason, "执行率 80.00% 低于 90.00%，需说明原因");
}

TEST(ScoreBudget, ZeroBudgetIsAnErrorNotADivision) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  a.budget.annual = Money::parse("0.00");
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.budget.status, ScoreStatus::error);
  EXPECT_FALSE(s.budget.rate.has_value());
  EXPECT_EQ(s.budget.score, dec("0"));
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_BUDGET_ZERO"));
}

TEST(ScoreBudget, AnnualFallsBackToTheDeclaration) {
  Declaration d = three_parts();  // funds.annual 300000.00
  ActualDeclaration a = three_parts_actuals("150000.00");
  a.budget.annual.reset();
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.budget.score, dec("5"));  // 150000 / 300000 × 10
}

TEST(ScoreMatching, RepeatedNameMatchesByLevel2ThenOrder) {
  Declaration d = declaration("项目", {
                                          indicator("产出指标", "数量指标", "审核通过率",
                                                    compare_target("=100%", CompareOp::eq, "100", "%")),
                                          indicator("产出指标", "质量指标", "审核通过率",
                                                    compare_target("=100%", CompareOp::eq, "100", "%")),
                                          indicator("效益指标", "社会效益指标", "效率", trend_target("提升", TrendDirection::up)),
                                          indicator("满意度指标", "服务对象满意度指标", "满意度",
                                                    compare_target("≥90%", CompareOp::ge, "90", "%")),
                                      });
  // The first actual names no level2, the second names 质量指标: the named one is
  // placed first, so the unnamed one takes the remaining 数量指标 row.
  ActualIndicator unnamed = actual("审核通过率", "90");
  ActualIndicator quality = actual("审核通过率", "100");
  quality.level2 = "质量指标";
  ActualDeclaration a = actuals_for("项目", {unnamed, quality, actual("效率", "up"), actual("满意度", "95")});
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[0].actual, "90");
  EXPECT_EQ(reported(s.indicators[0].score), "22.50");  // 25 × 90/100
  EXPECT_EQ(s.indicators[1].actual, "100");
  EXPECT_EQ(reported(s.indicators[1].score), "25.00");
  EXPECT_TRUE(except(s.diagnostics, "SCORE_REASON_MISSING").empty());  // shortfalls owe a reason

  // Without level2, in order.
  ActualDeclaration in_order = actuals_for("项目", {actual("审核通过率", "80"), actual("审核通过率", "70"),
                                                    actual("效率", "up"), actual("满意度", "95")});
  DeclarationScore o = score_declaration(d, &in_order, {}, 0);
  EXPECT_EQ(o.indicators[0].actual, "80");
  EXPECT_EQ(o.indicators[1].actual, "70");
}

TEST(ScoreMatching, UnmatchedActualIsReportedNotDropped) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  a.indicators.push_back(actual("不存在的指标", "100"));
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  ASSERT_TRUE(has_code(s.diagnostics, "SCORE_ACTUAL_UNMATCHED"));
  auto others = except(s.diagnostics, "SCORE_REASON_MISSING");
  ASSERT_EQ(others.size(), 1u);
  EXPECT_NE(others[0].message.find("不存在的指标"), std::string::npos);
  EXPECT_EQ(reported(s.total), "94.70");  // unchanged
}

TEST(ScoreMatching, MissingActualScoresZeroAndIsReported) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  a.indicators.erase(a.indicators.begin() + 5);  // no 满意度
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[5].status, ScoreStatus::missing);
  EXPECT_EQ(s.indicators[5].score, dec("0"));
  EXPECT_EQ(s.indicators[5].weight, dec("10"));  // the weight stays; only the score is lost
  ASSERT_TRUE(has_code(s.diagnostics, "SCORE_ACTUAL_MISSING"));
  EXPECT_EQ(except(s.diagnostics, "SCORE_REASON_MISSING")[0].indicator, std::optional<std::size_t>(5));
  EXPECT_EQ(reported(s.total), "84.70");  // 94.70 − 10
  EXPECT_EQ(s.grade, ScoreGrade::good);   // 80 ≤ 84.70 < 90
}

TEST(ScoreReportTest, DeclarationsMatchedByProjectName) {
  Document doc;
  doc.declarations = {three_parts(), declaration("其他项目", {})};
  Actuals actuals;
  actuals.declarations = {three_parts_actuals(), actuals_for("没有的项目", {})};
  ScoreReport r = score(doc, actuals);
  ASSERT_EQ(r.declarations.size(), 2u);
  EXPECT_EQ(reported(r.declarations[0].total), "94.70");
  EXPECT_TRUE(has_code(r.declarations[1].diagnostics, "SCORE_DECLARATION_MISSING"));
  EXPECT_TRUE(has_code(r.diagnostics, "SCORE_DECLARATION_UNMATCHED"));
  EXPECT_FALSE(r.has_errors());
}

TEST(ScoreGrades, BandsAndTheirBoundaries) {
  EXPECT_EQ(grade_of(dec("90")), ScoreGrade::excellent);
  EXPECT_EQ(grade_of(dec("89.99")), ScoreGrade::good);
  EXPECT_EQ(grade_of(dec("80")), ScoreGrade::good);
  EXPECT_EQ(grade_of(dec("79.99")), ScoreGrade::pass);
  EXPECT_EQ(grade_of(dec("60")), ScoreGrade::pass);
  EXPECT_EQ(grade_of(dec("59.99")), ScoreGrade::fail);
  GradeBands strict{dec("95"), dec("85"), dec("70")};
  EXPECT_EQ(grade_of(dec("94"), strict), ScoreGrade::good);
  EXPECT_EQ(to_string(ScoreGrade::excellent), "优");
  EXPECT_EQ(to_string(ScoreGrade::fail), "差");
}

TEST(ScoreOptionsTest, BadOptionsAreRejected) {
  ScoreOptions negative;
  negative.weights.effect = dec("-1");
  EXPECT_THROW(check_options(negative), Error);
  ScoreOptions band;
  band.qualitative.partial.default_fraction = dec("0.9");  // outside [0.6, 0.8)
  EXPECT_THROW(check_options(band), Error);
  ScoreOptions grades;
  grades.grades.good = dec("95");  // above excellent
  EXPECT_THROW(check_options(grades), Error);
  EXPECT_NO_THROW(check_options(ScoreOptions{}));
}

TEST(ScoreWeights, UnknownLevel1IsAnErrorWithNoWeight) {
  Declaration d = three_parts();
  d.indicators.push_back(indicator("", "", "无归属指标", qualitative_target("完成")));
  ActualDeclaration a = three_parts_actuals();
  a.indicators.push_back(actual("无归属指标", "achieved"));
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[6].status, ScoreStatus::error);
  EXPECT_EQ(s.indicators[6].weight, dec("0"));
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_LEVEL1_UNKNOWN"));
  EXPECT_EQ(reported(s.total), "94.70");  // the other six are unchanged
}

TEST(ScoreWeights, Level1FromTheLevel2WhenMissing) {
  Declaration d = three_parts();
  d.indicators[5].level1 = "";  // 服务对象满意度指标 belongs to 满意度指标
  ActualDeclaration a = three_parts_actuals();
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[5].level1, "满意度指标");
  EXPECT_EQ(s.indicators[5].weight, dec("10"));
}

TEST(ScoreWeights, WeightOutOfRangeFallsBackToTheShareAndIsReported) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  a.indicators[5].weight = dec("-3");
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[5].weight, dec("10"));  // 满意度 10 / 1
  EXPECT_TRUE(has_code(s.diagnostics, "SCORE_WEIGHT_INVALID"));
}

TEST(ScoreWeights, GivenWeightsAboveThePartAreAnError) {
  Declaration d = three_parts();
  ActualDeclaration a = three_parts_actuals();
  a.indicators[0].weight = dec("60");  // > 50 for 产出+成本: the two others get 0
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(s.indicators[1].weight, dec("0"));
  ASSERT_TRUE(has_code(s.diagnostics, "SCORE_WEIGHT_SUM"));
  EXPECT_EQ(s.diagnostics[0].severity, Severity::error);
}

}  // namespace
}  // namespace jixiao::test
