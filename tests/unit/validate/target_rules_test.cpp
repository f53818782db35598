// SPDX-License-Identifier: Apache-2.0
// TARGET_INVALID, TARGET_VAGUE, PERCENT_RANGE, SATISFACTION_LOW, COST_DIRECTION,
// CATEGORY_MISPLACED: each passes on what real forms say and fires on the mistake.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "jixiao/validate.hpp"
#include "unit/validate/model_builders.hpp"

namespace {

using jixiao::Declaration;
using jixiao::Diagnostic;
using jixiao::Indicator;
using jixiao::Severity;
using jixiao::Target;
using jixiao::TrendDirection;
using jixiao::validate;
using jixiao::test::clean_declaration;
using jixiao::test::codes;
using jixiao::test::compare;
using jixiao::test::indicator;
using jixiao::test::qualitative;
using jixiao::test::range;
using jixiao::test::trend;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using enum jixiao::CompareOp;

// The clean declaration plus one indicator at line 50 (index 12), with
// SATISFACTION_LOW on (the shanghai setting; national has it off) and
// COST_EXCEEDS_FUNDS off (the clean declaration's funds are smaller than some
// costs here; review_rules_test checks that rule).
std::vector<Diagnostic> with_extra(Indicator extra) {
  Declaration d = clean_declaration();
  extra.line = 50;
  d.indicators.push_back(std::move(extra));
  jixiao::ValidateOptions options;
  options.enable("SATISFACTION_LOW");
  options.disable("COST_EXCEEDS_FUNDS");
  return validate(d, 1, options);
}

void expect_one(const std::vector<Diagnostic>& found, const char* code, Severity severity, const std::string& message) {
  ASSERT_THAT(codes(found), ElementsAre(code));
  EXPECT_EQ(found[0].severity, severity);
  EXPECT_EQ(found[0].declaration, 1u);
  EXPECT_EQ(found[0].indicator, 12u);
  EXPECT_EQ(found[0].line, 50u);
  EXPECT_EQ(found[0].message, message);
}

TEST(TargetInvalid, UnparsedTargetIsAnError) {
  expect_one(with_extra(indicator("效益指标", "社会效益指标", "结案率", jixiao::test::invalid("≥%", 3, "a number"))),
             "TARGET_INVALID", Severity::error, "三级指标「结案率」的指标值「≥%」无法解析：第 3 字节处应为 a number");
}

TEST(TargetInvalid, ParsedTargetsOfEveryKindPass) {
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "结案率", compare(ge, "90", "%", "≥90%")))), IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "结案效率", trend(TrendDirection::up, "提升")))),
              IsEmpty());
}

TEST(TargetVague, QualitativeTargetForARateOrCount) {
  expect_one(with_extra(indicator("产出指标", "数量指标", "培训完成率", qualitative("完成"))), "TARGET_VAGUE",
             Severity::info, "三级指标「培训完成率」要求数值，指标值「完成」只是定性描述");
  expect_one(with_extra(indicator("产出指标", "数量指标", "培训人数", qualitative("较多"))), "TARGET_VAGUE",
             Severity::info, "三级指标「培训人数」要求数值，指标值「较多」只是定性描述");
  expect_one(with_extra(indicator("产出指标", "数量指标", "巡查次数（次）", qualitative("按需"))), "TARGET_VAGUE",
             Severity::info, "三级指标「巡查次数（次）」要求数值，指标值「按需」只是定性描述");
}

TEST(TargetVague, QualitativeTargetForAPropertyPasses) {
  // 合规/及时 for 合规性/及时性 names are what the Hongkou forms say.
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "经费成本合规性", qualitative("合规")))), IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("产出指标", "时效指标", "经费发放及时性", qualitative("及时")))), IsEmpty());
  // A trend is no qualitative target: 关注人数 同比上升 is fine.
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "微信公众号关注人数",
                                         trend(TrendDirection::up, "同比上升", jixiao::TrendBasis::yoy)))),
              IsEmpty());
}

TEST(PercentRange, RateAboveHundred) {
  expect_one(with_extra(indicator("产出指标", "质量指标", "设备完好率", compare(ge, "120", "%", "≥120%"))),
             "PERCENT_RANGE", Severity::warning, "比率「设备完好率」的指标值「≥120%」超出 0%–100%");
}

TEST(PercentRange, NegativeRateStrictBoundsAndRanges) {
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "故障率", compare(le, "-1", "%", "≤-1%")))),
              ElementsAre("PERCENT_RANGE"));
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "使用率", compare(gt, "100", "%", ">100%")))),
              ElementsAre("PERCENT_RANGE"));
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "故障率", compare(lt, "0", "%", "<0%")))),
              ElementsAre("PERCENT_RANGE"));
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "使用率", range("90", "110", "%", "90%-110%")))),
              ElementsAre("PERCENT_RANGE"));
}

TEST(PercentRange, RatesInsideTheRangePass) {
  EXPECT_THAT(codes(with_extra(indicator("产出指标", "质量指标", "扫描合格率", compare(ge, "98.00", "%", "≥98.00(%)")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "使用率", compare(eq, "100.00", "%", "=100.00(%)")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "使用率", compare(gt, "0", "%", ">0%")))), IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "使用率", range("45", "60", "%", "45%-60%")))),
              IsEmpty());
  // Not a 率, or not in %: not this rule's business.
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "结收比", compare(ge, "120", "%", "≥120%")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "利用率", compare(ge, "120", "次", "≥120次")))),
              IsEmpty());
}

TEST(SatisfactionLow, FloorBelowNinety) {
  expect_one(with_extra(indicator("满意度指标", "服务对象满意度指标", "群众满意度", compare(ge, "85", "%", "≥85%"))),
             "SATISFACTION_LOW", Severity::warning, "满意度指标「群众满意度」的指标值「≥85%」的下限不足 90%，低于 ≥90% 的要求");
  expect_one(with_extra(indicator("满意度指标", "服务对象满意度指标", "群众满意度", compare(le, "95", "%", "≤95%"))),
             "SATISFACTION_LOW", Severity::warning, "满意度指标「群众满意度」的指标值「≤95%」没有下限，低于 ≥90% 的要求");
  EXPECT_THAT(codes(with_extra(indicator("满意度指标", "服务对象满意度指标", "群众满意度",
                                         range("80", "95", "%", "80%-95%")))),
              ElementsAre("SATISFACTION_LOW"));
  EXPECT_THAT(codes(with_extra(indicator("满意度指标", "服务对象满意度指标", "群众满意度",
                                         compare(gt, "89.99", "%", ">89.99%")))),
              ElementsAre("SATISFACTION_LOW"));
}

TEST(SatisfactionLow, NinetyAndAbovePass) {
  EXPECT_THAT(codes(with_extra(indicator("满意度指标", "服务对象满意度指标", "法院工作人员满意度",
                                         compare(ge, "90.00", "%", "$\\geq 90.00\\%$")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("满意度指标", "服务对象满意度指标", "群众满意度", compare(gt, "90", "%", ">90%")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("满意度指标", "服务对象满意度指标", "群众满意度", compare(eq, "95", "%", "95%")))),
              IsEmpty());
  // A complaint count under 满意度指标 is no satisfaction rate.
  EXPECT_THAT(codes(with_extra(indicator("满意度指标", "服务对象满意度指标", "有效投诉次数", compare(le, "2", "次", "≤2次")))),
              IsEmpty());
}

TEST(SatisfactionLow, NamedSatisfactionElsewhereStillCounts) {
  auto found = with_extra(indicator("效益指标", "社会效益指标", "群众满意度", compare(ge, "80", "%", "≥80%")));
  // Also filed outside 满意度指标, which CATEGORY_MISPLACED notes.
  EXPECT_THAT(codes(found), ElementsAre("SATISFACTION_LOW", "CATEGORY_MISPLACED"));
}

TEST(CostDirection, FlooredCostWarns) {
  expect_one(with_extra(indicator("成本指标", "经济成本指标", "车辆购置成本", compare(ge, "300000", "元", "≥300000元"))),
             "COST_DIRECTION", Severity::warning, "成本指标「车辆购置成本」的指标值「≥300000元」设了下限；成本应设上限（≤ 或 <）");
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "人均培训费", compare(gt, "500", "元/人", ">500元/人")))),
              ElementsAre("COST_DIRECTION"));
}

TEST(CostDirection, CappedCostsSavingsAndRatesPass) {
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "车辆购置成本", compare(le, "360000", "元", "≤360000元")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "成本节约率", compare(ge, "5", "%", "≥5%")))), IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "预算执行率", compare(ge, "95", "%", "≥95%")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "车辆维护成本", trend(TrendDirection::flat, "持平")))),
              IsEmpty());
}

TEST(CategoryMisplaced, CostUnderTimeliness) {
  expect_one(with_extra(indicator("产出指标", "时效指标", "设备保养成本", trend(TrendDirection::flat, "持平"))),
             "CATEGORY_MISPLACED", Severity::info, "三级指标「设备保养成本」读作成本指标，却填在产出指标/时效指标之下");
}

TEST(CategoryMisplaced, CountUnderCost) {
  expect_one(with_extra(indicator("成本指标", "经济成本指标", "全年收案数", compare(ge, "26000.00", "件", "≥26000.00(件)"))),
             "CATEGORY_MISPLACED", Severity::info, "三级指标「全年收案数」读作数量指标，却填在成本指标/经济成本指标之下");
}

TEST(CategoryMisplaced, TimelinessUnderQuality) {
  expect_one(with_extra(indicator("产出指标", "质量指标", "报告报送及时率", compare(eq, "100", "%", "100%"))),
             "CATEGORY_MISPLACED", Severity::info, "三级指标「报告报送及时率」读作时效指标，却填在产出指标/质量指标之下");
}

TEST(CategoryMisplaced, NamesWhereTheyBelongPass) {
  EXPECT_THAT(codes(with_extra(indicator("产出指标", "数量指标", "全年结案数", compare(ge, "26000.00", "件", "≥26000.00(件)")))),
              IsEmpty());
  // Counted outcomes are benefits: 关注人数 under 效益 is fine.
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "社会效益指标", "微信公众号关注人数",
                                         trend(TrendDirection::up, "同比上升", jixiao::TrendBasis::yoy)))),
              IsEmpty());
  // Saving costs is an economic benefit.
  EXPECT_THAT(codes(with_extra(indicator("效益指标", "经济效益指标", "运行成本降低", trend(TrendDirection::down, "下降")))),
              IsEmpty());
  EXPECT_THAT(codes(with_extra(indicator("成本指标", "经济成本指标", "破产案件成本支出合规性", qualitative("合规")))),
              IsEmpty());
}

}  // namespace
