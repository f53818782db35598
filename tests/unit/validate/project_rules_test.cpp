// SPDX-License-Identifier: Apache-2.0
// DATES_ORDER, DATES_YEAR, FIELD_MISSING, GOALS_MISSING.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "jixiao/validate.hpp"
#include "unit/validate/model_builders.hpp"

namespace {

using jixiao::Declaration;
using jixiao::Severity;
using jixiao::validate;
using jixiao::test::clean_declaration;
using jixiao::test::codes;
using jixiao::test::date;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(ProjectRules, StartAfterEndIsAnError) {
  Declaration d = clean_declaration();
  d.project.start_date = date(2024, 12, 31);
  d.project.end_date = date(2024, 1, 1);
  auto found = validate(d, 4);
  ASSERT_THAT(codes(found), ElementsAre("DATES_ORDER"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].declaration, 4u);
  EXPECT_EQ(found[0].line, 5u);
  EXPECT_EQ(found[0].message, "计划开始日期 2024-12-31 晚于计划完成日期 2024-01-01");
}

TEST(ProjectRules, OneDayProjectIsInOrder) {
  Declaration d = clean_declaration();
  d.project.start_date = date(2024, 6, 1);
  d.project.end_date = date(2024, 6, 1);
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
}

TEST(ProjectRules, BudgetYearOutsideThePeriodWarns) {
  Declaration d = clean_declaration();
  d.year = 2025;
  auto found = validate(d, 0);
  // 2025 is after the period; the single-year rule does not apply to a 2025 form
  // for a 2024 project.
  ASSERT_THAT(codes(found), ElementsAre("DATES_YEAR"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].message, "预算年度 2025 不在项目期 2024-01-01 至 2024-12-31 之内");
}

TEST(ProjectRules, BudgetYearInsideAMultiYearPeriodPasses) {
  Declaration d = clean_declaration();
  d.project.start_date = date(2023, 7, 1);
  d.project.end_date = date(2025, 6, 30);
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
}

TEST(ProjectRules, BudgetYearBeforeStartWithOnlyStartDate) {
  Declaration d = clean_declaration();
  d.project.start_date = date(2025, 1, 1);
  d.project.end_date.reset();
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("DATES_YEAR", "FIELD_MISSING"));
  EXPECT_EQ(found[0].message, "预算年度 2024 不在项目期 2025-01-01 至 （未填） 之内");
  EXPECT_EQ(found[1].message, "必填项缺失：计划完成日期");
}

TEST(ProjectRules, MissingAndBlankFieldsListedTogether) {
  Declaration d = clean_declaration();
  d.project.name.reset();
  d.project.supervisor = " \u3000 ";  // blank is missing
  d.project.implementer.reset();
  d.project.start_date.reset();
  d.project.nature.reset();  // not required
  d.project.category.reset();
  auto found = validate(d, 1);
  ASSERT_THAT(codes(found), ElementsAre("FIELD_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].declaration, 1u);
  EXPECT_EQ(found[0].message, "必填项缺失：项目名称、主管部门、实施单位、计划开始日期");
}

TEST(ProjectRules, GoalsMissingOrEmpty) {
  Declaration d = clean_declaration();
  d.goals.annual = "";
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("GOALS_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].line, 5u);
  EXPECT_EQ(found[0].message, "绩效目标缺失或为空：年度总体目标");

  d.goals.overall.reset();
  found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("GOALS_MISSING"));
  EXPECT_EQ(found[0].message, "绩效目标缺失或为空：项目总目标、年度总体目标");
}

}  // namespace
