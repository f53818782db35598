// SPDX-License-Identifier: Apache-2.0
// The Hongkou document (golden reading): a reviewer expects exactly two findings —
// the duplicated 宣传内容审核通过率 in 审判执行业务费 and the cost indicator
// 设备维护成本 filed under 时效指标 — and nothing else: no funds errors, no vague
// targets for 合规/及时, no low satisfaction for ≥90%.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "jixiao/validate.hpp"
#include "unit/validate/model_builders.hpp"

namespace {

using jixiao::Diagnostic;
using jixiao::Document;
using jixiao::Severity;
using jixiao::validate;
using jixiao::test::codes;
using jixiao::test::without_review_grade;
using ::testing::ElementsAre;

class HongkouGolden : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { doc_ = new Document(jixiao::test::golden_hongkou_document()); }
  static void TearDownTestSuite() {
    delete doc_;
    doc_ = nullptr;
  }
  static Document* doc_;
};
Document* HongkouGolden::doc_ = nullptr;

TEST_F(HongkouGolden, TheModelIsTheGoldenOne) {
  // Guards the fixture itself: 7 declarations, 100 indicators, known spans.
  ASSERT_EQ(doc_->declarations.size(), 7u);
  std::size_t indicators = 0;
  for (const auto& d : doc_->declarations) indicators += d.indicators.size();
  EXPECT_EQ(indicators, 100u);
  EXPECT_EQ(doc_->declarations[0].source->first_line, 5u);
  EXPECT_EQ(doc_->declarations[3].source->first_line, 95u);
  EXPECT_EQ(doc_->declarations[3].indicators[6].name, "宣传内容审核通过率");
  EXPECT_EQ(doc_->declarations[3].indicators[6].level2, "质量指标");
}

TEST_F(HongkouGolden, ExactlyTheFindingsAReviewerExpects) {
  auto found = without_review_grade(validate(*doc_));
  ASSERT_THAT(codes(found), ElementsAre("CATEGORY_MISPLACED", "INDICATOR_DUPLICATE"));

  const Diagnostic& misplaced = found[0];
  EXPECT_EQ(misplaced.severity, Severity::info);
  EXPECT_EQ(misplaced.declaration, 0u);  // 专业设备购置及更新
  EXPECT_EQ(misplaced.indicator, 6u);
  EXPECT_EQ(misplaced.line, 27u);
  EXPECT_EQ(misplaced.message, "三级指标「设备维护成本」读作成本指标，却填在产出指标/时效指标之下");

  const Diagnostic& duplicate = found[1];
  EXPECT_EQ(duplicate.severity, Severity::warning);
  EXPECT_EQ(duplicate.declaration, 3u);  // 审判执行业务费
  EXPECT_EQ(duplicate.indicator, 6u);
  EXPECT_EQ(duplicate.line, 115u);
  EXPECT_EQ(duplicate.message,
            "三级指标「宣传内容审核通过率」重复：第 114 行已有同名指标（产出指标/数量指标，指标值 =100.00(%)），"
            "此处为产出指标/质量指标，指标值 =100.00(%)");
}

TEST_F(HongkouGolden, AlsoAcceptedPlacementOfTheCountUnderCostIsNoted) {
  // golden also accepts 全年收案数 under 成本指标/经济成本指标; filed there, it is a
  // count under 成本 — the other example of validation.md.
  Document doc = *doc_;
  auto& row = doc.declarations[3].indicators[1];
  ASSERT_EQ(row.name, "全年收案数");
  row.level1 = "成本指标";
  row.level2 = "经济成本指标";
  auto found = without_review_grade(validate(doc));
  ASSERT_THAT(codes(found), ElementsAre("CATEGORY_MISPLACED", "INDICATOR_DUPLICATE", "CATEGORY_MISPLACED"));
  EXPECT_EQ(found[2].declaration, 3u);
  EXPECT_EQ(found[2].indicator, 1u);
  EXPECT_EQ(found[2].line, 110u);
}

TEST_F(HongkouGolden, DisablingBothRulesLeavesNothing) {
  jixiao::ValidateOptions options;
  options.apply("CATEGORY_MISPLACED=off");
  options.apply("INDICATOR_DUPLICATE=off");
  EXPECT_TRUE(without_review_grade(validate(*doc_, options)).empty());
}

}  // namespace
