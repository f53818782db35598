// SPDX-License-Identifier: Apache-2.0
// The review rules of validation.md's 2026-12 additions over an edited copy of the
// Hongkou document's first declaration (tests/data/validate/review.txt: a cost of
// ≤400,000.00元 against 300,000.00元 asked for, a `*` target, `≥20` with no unit, a
// deadline after 计划完成日期), the original (clean.txt) staying silent, the
// profiles and the profile file.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/validate.hpp"

namespace {

using namespace jixiao;
using ::testing::ElementsAre;

Document fixture(const std::string& name) {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/validate/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  ReadOptions options;
  options.source_name = name;
  return read_document(s.str(), options);
}

std::vector<std::string> codes(const std::vector<Diagnostic>& found) {
  std::vector<std::string> out;
  for (const Diagnostic& d : found) out.push_back(d.code);
  return out;
}

TEST(ReviewRules, EachFiresOnTheEditedCopyNamingTheFigures) {
  const auto found = validate(fixture("review.txt"));
  ASSERT_THAT(codes(found), ElementsAre("TARGET_PLACEHOLDER", "UNIT_MISSING", "TARGET_AFTER_END",
                                        "COST_EXCEEDS_FUNDS", "REVIEW_GRADE"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].line, 22u);
  EXPECT_EQ(found[0].message, "三级指标「水泵更完成率」的指标值「*」是未填写的占位符");
  EXPECT_EQ(found[1].message, "三级指标「法警设备采购完成率」的指标值「≥20」没有计量单位");
  EXPECT_EQ(found[2].message, "三级指标「设备采购及时性」要求 2025-06-30 前完成，晚于计划完成日期 2024-12-31");
  EXPECT_EQ(found[3].severity, Severity::warning);
  EXPECT_EQ(found[3].message, "成本指标「设备采购成本」≤400,000.00元 超过年度资金申请总额 300,000.00元");
  EXPECT_EQ(found[4].severity, Severity::info);
  EXPECT_EQ(found[4].message, "审核等级：中（错误 1 项，警告 3 项，提示 0 项）");
}

TEST(ReviewRules, TheOriginalGetsOnlyItsGrade) {
  const auto found = validate(fixture("clean.txt"));
  ASSERT_THAT(codes(found), ElementsAre("REVIEW_GRADE"));
  EXPECT_EQ(found[0].message, "审核等级：优（错误 0 项，警告 0 项，提示 0 项）");
}

TEST(ReviewRules, WanYuanIsConvertedExactly) {
  Document doc = fixture("clean.txt");
  Indicator& cost = doc.declarations[0].indicators[0];
  cost.target = parse_target("≤30.0001万元");  // 300,001.00元: one yuan over
  auto found = validate(doc);
  ASSERT_THAT(codes(found), ElementsAre("COST_EXCEEDS_FUNDS", "REVIEW_GRADE"));
  EXPECT_EQ(found[0].message, "成本指标「设备单价合规性」≤300,001.00元（指标值「≤30.0001万元」） 超过年度资金申请总额 300,000.00元");
  cost.target = parse_target("≤30万元");  // exactly the funds: no finding
  EXPECT_THAT(codes(validate(doc)), ElementsAre("REVIEW_GRADE"));
}

TEST(ReviewRules, PlaceholderNotApplicableIsAWarningAndNamesToo) {
  Document doc = fixture("clean.txt");
  doc.declarations[0].indicators[1].target = parse_target("不适用");
  doc.declarations[0].indicators[2].name = "*";
  const auto found = validate(doc);
  ASSERT_THAT(codes(found), ElementsAre("TARGET_PLACEHOLDER", "TARGET_PLACEHOLDER", "REVIEW_GRADE"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[1].severity, Severity::error);
  EXPECT_EQ(found[2].message, "审核等级：中（错误 1 项，警告 1 项，提示 0 项）");
}

TEST(ReviewRules, ShanghaiAsksForMoneyCostsAndSatisfaction) {
  Document doc = fixture("clean.txt");
  auto found = validate(doc, validation_profile("shanghai"));
  ASSERT_THAT(codes(found), ElementsAre("COST_UNIT", "REVIEW_GRADE"));  // 合规 under 经济成本指标
  EXPECT_EQ(found[0].message, "成本指标「设备单价合规性」的指标值「合规」不是金额（元、万元）或比率（%）");
  doc.declarations[0].indicators.erase(doc.declarations[0].indicators.begin());  // no cost row left
  found = validate(doc, validation_profile("shanghai"));
  EXPECT_THAT(codes(found), ElementsAre("LEVEL1_MISSING", "COST_MISSING", "REVIEW_GRADE"));
  EXPECT_THROW(validation_profile("beijing"), Error);
}

TEST(ReviewRules, AProfileFileSetsRulesThresholdsAndPlaceholders) {
  const ValidateOptions options = validation_profile_from_json(
      R"({"base": "shanghai", "rules": {"COST_UNIT": "off", "REVIEW_GRADE": "off"},
          "satisfaction_floor": "95", "placeholders": ["合规"]})");
  const auto found = validate(fixture("clean.txt"), options);
  ASSERT_THAT(codes(found), ElementsAre("SATISFACTION_LOW", "TARGET_PLACEHOLDER"));
  EXPECT_EQ(found[0].message, "满意度指标「办案人员满意度」的指标值「≥90.00 (%)」的下限不足 95%，低于 ≥95% 的要求");
}

TEST(ReviewRules, AProfileFileErrorNamesLineAndColumn) {
  try {
    validation_profile_from_json("{\"base\": \"shanghai\",\n \"rules\": {\"X\" \"off\"}}", "p.json");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::parse);
    EXPECT_EQ(e.line(), 2u);
    EXPECT_THAT(e.what(), ::testing::HasSubstr("p.json:2:16"));
  }
  EXPECT_THROW(validation_profile_from_json(R"({"rules": {"NO_SUCH": "off"}})"), Error);
  EXPECT_THROW(validation_profile_from_json(R"({"satisfaction_floor": 90})"), Error);
  EXPECT_THROW(validation_profile_from_json(R"({"base": "beijing"})"), Error);
}

TEST(ReviewRules, AProfileCarriesTheOvershootThreshold) {
  EXPECT_FALSE(validation_profile_from_json("{}").overshoot_threshold.has_value());  // the scoring default
  EXPECT_EQ(validation_profile_from_json(R"({"overshoot": "1.5"})").overshoot_threshold, Decimal::parse("1.5"));
  EXPECT_EQ(validation_profile_from_json(R"({"overshoot": "1"})").overshoot_threshold, Decimal::from_int(1));
  for (const char* bad : {R"({"overshoot": "0.9"})", R"({"overshoot": 1.5})", R"({"overshoot": "120%"})"}) {
    try {
      validation_profile_from_json(bad, "p.json");
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_THAT(e.what(), ::testing::HasSubstr("p.json: \"overshoot\": expected a decimal string of at least 1")) << bad;
    }
  }
}

TEST(ReviewRules, AMultiYearProjectsLaterDeadlineIsNoFinding) {
  Document doc = fixture("clean.txt");
  doc.declarations[0].project.end_date = Date{2026, 12, 31};
  doc.declarations[0].indicators[5].target = parse_target("2025年6月底前");  // within the project
  EXPECT_THAT(codes(validate(doc, [] {
                ValidateOptions o;
                o.disable("DATES_YEAR");
                o.disable("FUNDS_SINGLE_YEAR");
                return o;
              }())),
              ElementsAre("REVIEW_GRADE"));
  doc.declarations[0].indicators[5].target = parse_target("2023年底");  // before the budget year
  EXPECT_THAT(codes(validate(doc)), ::testing::Contains("TARGET_AFTER_END"));
}

}  // namespace
