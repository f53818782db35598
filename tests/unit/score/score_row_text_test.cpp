// SPDX-License-Identifier: Apache-2.0
// The rows' text: IndicatorScore owns it (std::string fields), so it outlives the
// document and the actuals, survives copies and moves, and compares by content.
#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "jixiao/score.hpp"
#include "score_test_support.hpp"

namespace jixiao::test {
namespace {

Declaration two_rows(const char* unknown_level1 = "产出指标") {
  return declaration("信息化运维项目", {
                                         indicator(unknown_level1, "时效指标", "故障响应时间",
                                                   compare_target("≤6小时", CompareOp::le, "6", "小时")),
                                         indicator("满意度指标", "服务对象满意度指标", "干警满意度",
                                                   compare_target("≥90%", CompareOp::ge, "90", "%")),
                                     });
}

ActualDeclaration two_rows_actuals() {
  return actuals_for("信息化运维项目", {actual("故障响应时间", "7.5", "小时"), actual("干警满意度", "94%")});
}

void expect_rows(const DeclarationScore& s) {
  ASSERT_EQ(s.indicators.size(), 2u);
  const IndicatorScore& late = s.indicators[0];
  EXPECT_EQ(late.level1, "产出指标");
  EXPECT_EQ(late.level2, "时效指标");
  EXPECT_EQ(late.name, "故障响应时间");
  EXPECT_EQ(late.target, "≤6小时");
  EXPECT_EQ(late.actual, "7.5小时");
  EXPECT_EQ(late.reason, "实际值 7.5小时 未达到目标 ≤6(小时)");
  const IndicatorScore& met = s.indicators[1];
  EXPECT_EQ(met.level1, "满意度指标");
  EXPECT_EQ(met.level2, "服务对象满意度指标");
  EXPECT_EQ(met.name, "干警满意度");
  EXPECT_EQ(met.actual, "94%");
  EXPECT_EQ(met.reason, "实际值 94% 达到目标 ≥90(%)");
}

TEST(ScoreRowText, OutlivesTheDocumentAndTheActuals) {
  std::optional<DeclarationScore> s;
  {
    Declaration d = two_rows();
    ActualDeclaration a = two_rows_actuals();
    s = score_declaration(d, &a, {}, 0);
    // Overwrite the inputs' text before they go: the rows must not view it.
    d.indicators[0].name.assign(d.indicators[0].name.size(), 'x');
    a.indicators[0].value.assign(a.indicators[0].value.size(), 'y');
  }
  expect_rows(*s);
}

TEST(ScoreRowText, CopiesShareTheTextAndOutliveTheOriginal) {
  Declaration d = two_rows();
  ActualDeclaration a = two_rows_actuals();
  auto original = std::make_unique<DeclarationScore>(score_declaration(d, &a, {}, 0));
  DeclarationScore copy = *original;
  ScoreReport report;
  report.declarations.push_back(*original);
  original.reset();  // the copies keep the block alive (ASan checks the reads below)
  expect_rows(copy);
  expect_rows(report.declarations[0]);
  ScoreReport moved = std::move(report);
  expect_rows(moved.declarations[0]);
}

TEST(ScoreRowText, EqualityComparesTheTextNotTheStorage) {
  Declaration d = two_rows();
  ActualDeclaration a = two_rows_actuals();
  DeclarationScore first = score_declaration(d, &a, {}, 0);
  DeclarationScore second = score_declaration(d, &a, {}, 0);
  EXPECT_EQ(first, second);
  // A different text in one row is a different report.
  a.indicators[1].value = "95%";
  DeclarationScore other = score_declaration(d, &a, {}, 0);
  EXPECT_NE(first, other);
  EXPECT_EQ(other.indicators[1].actual, "95%");
}

TEST(ScoreRowText, UnknownLevel1AndMissingActualKeepTheirText) {
  Declaration d = two_rows("其他指标");
  ActualDeclaration a = actuals_for("信息化运维项目", {actual("故障响应时间", "5", "小时")});
  DeclarationScore s = score_declaration(d, &a, {}, 0);
  ASSERT_EQ(s.indicators.size(), 2u);
  // 其他指标 is not a level-1 of the taxonomy, but 时效指标 names 产出指标.
  EXPECT_EQ(s.indicators[0].level1, "产出指标");
  EXPECT_EQ(s.indicators[0].actual, "5小时");
  EXPECT_EQ(s.indicators[0].reason, "实际值 5小时 达到目标 ≤6(小时)");
  EXPECT_EQ(s.indicators[1].status, ScoreStatus::missing);
  EXPECT_EQ(s.indicators[1].actual, "");
  EXPECT_EQ(s.indicators[1].reason, "缺少实际完成值，得 0 分");

  Declaration unplaced = declaration("项目", {indicator("其他指标", "其他", "自定义指标", qualitative_target("完成"))});
  ActualDeclaration none = actuals_for("项目", {actual("自定义指标", "achieved")});
  DeclarationScore u = score_declaration(unplaced, &none, {}, 0);
  ASSERT_EQ(u.indicators.size(), 1u);
  EXPECT_EQ(u.indicators[0].level1, "其他指标");  // as written: no part to name it
  EXPECT_EQ(u.indicators[0].level2, "其他");
  EXPECT_EQ(u.indicators[0].name, "自定义指标");
  EXPECT_EQ(u.indicators[0].status, ScoreStatus::error);
  EXPECT_EQ(u.indicators[0].reason, "错误：一级指标未知，无法确定权重");
}

}  // namespace
}  // namespace jixiao::test
