// SPDX-License-Identifier: Apache-2.0
// FUNDS_*: each rule passes on a correct declaration and fires on a broken one,
// with the exact code, severity, declaration index, line and figures.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "jixiao/validate.hpp"
#include "unit/validate/model_builders.hpp"

namespace {

using jixiao::Declaration;
using jixiao::Diagnostic;
using jixiao::Severity;
using jixiao::validate;
using jixiao::test::clean_declaration;
using jixiao::test::codes;
using jixiao::test::date;
using jixiao::test::with_code;
using jixiao::test::yuan;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(FundsRules, CleanDeclarationPassesEveryRule) {
  EXPECT_THAT(codes(validate(clean_declaration(), 0)), IsEmpty());
}

TEST(FundsRules, TotalSumMismatchNamesTheFigures) {
  Declaration d = clean_declaration();
  d.funds.total_fiscal = yuan("250,000.00");
  auto found = validate(d, 3);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_TOTAL_SUM"));
  const Diagnostic& f = found[0];
  EXPECT_EQ(f.severity, Severity::error);
  EXPECT_EQ(f.declaration, 3u);
  EXPECT_EQ(f.indicator, std::nullopt);
  EXPECT_EQ(f.line, 5u);  // the declaration's first line
  EXPECT_EQ(f.message, "项目资金总额 300,000.00 ≠ 财政资金 250,000.00 + 其他资金 0.00");
}

TEST(FundsRules, TotalSumCountsOtherFunds) {
  Declaration d = clean_declaration();
  d.funds.total_fiscal = yuan("250,000.00");
  d.funds.total_other = yuan("50,000.00");
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
  d.funds.total_other = yuan("50,000.01");  // one 分 off is off
  EXPECT_THAT(codes(validate(d, 0)), ElementsAre("FUNDS_TOTAL_SUM"));
}

TEST(FundsRules, AnnualSumMismatch) {
  Declaration d = clean_declaration();
  d.funds.annual_carryover = yuan("1,000.00");
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_ANNUAL_SUM"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].line, 5u);
  EXPECT_EQ(found[0].message,
            "年度资金申请总额 300,000.00 ≠ 当年财政拨款 300,000.00 + 上年结转资金 1,000.00 + 其他资金 0.00");
}

TEST(FundsRules, AnnualSumWithCarryoverAndOtherPasses) {
  Declaration d = clean_declaration();
  d.funds.annual_appropriation = yuan("200,000.00");
  d.funds.annual_carryover = yuan("60,000.00");
  d.funds.annual_other = yuan("40,000.00");
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
}

TEST(FundsRules, SumThatOverflowsIsAMismatchNotACrash) {
  Declaration d = clean_declaration();
  d.funds.total_fiscal = jixiao::Money::from_fen(INT64_MAX);
  d.funds.total_other = jixiao::Money::from_fen(INT64_MAX);
  EXPECT_THAT(codes(validate(d, 0)), ElementsAre("FUNDS_TOTAL_SUM"));
}

// A multi-year 阶段性项目: total is cumulative, annual one year's share.
Declaration multi_year_project() {
  Declaration d = clean_declaration();
  d.year = 2026;
  d.project.nature = "阶段性项目";
  d.project.start_date = date(2026, 1, 1);
  d.project.end_date = date(2027, 12, 31);
  d.funds.total = yuan("771,325,800.00");
  d.funds.total_fiscal = yuan("771,325,800.00");
  d.funds.annual = yuan("226,145,100.00");
  d.funds.annual_appropriation = yuan("226,145,100.00");
  return d;
}

TEST(FundsRules, MultiYearProjectWithAnnualBelowTotalIsCorrect) {
  EXPECT_THAT(codes(validate(multi_year_project(), 0)), IsEmpty());
}

TEST(FundsRules, AnnualAboveTotalIsAnErrorEvenForMultiYear) {
  Declaration d = multi_year_project();
  d.funds.annual = yuan("800,000,000.00");
  d.funds.annual_appropriation = yuan("800,000,000.00");
  auto found = validate(d, 1);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_ANNUAL_EXCEEDS_TOTAL"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].declaration, 1u);
  EXPECT_THAT(found[0].message, ::testing::StartsWith("年度资金申请总额 800,000,000.00 > 项目资金总额 771,325,800.00"));
}

TEST(FundsRules, SingleYearProjectWithAnnualBelowTotalWarns) {
  Declaration d = clean_declaration();
  d.funds.annual = yuan("250,000.00");
  d.funds.annual_appropriation = yuan("250,000.00");
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_SINGLE_YEAR"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].line, 5u);
  EXPECT_EQ(found[0].message,
            "项目期 2024-01-01 至 2024-12-31 在 2024 年度之内，年度资金申请总额 250,000.00 应等于项目资金总额 300,000.00");
}

TEST(FundsRules, SingleYearNeedsTheBudgetYear) {
  // Inside one calendar year, but not the budget year: no single-year comparison
  // (DATES_YEAR reports the year instead).
  Declaration d = clean_declaration();
  d.project.start_date = date(2025, 1, 1);
  d.project.end_date = date(2025, 6, 30);
  d.funds.annual = yuan("250,000.00");
  d.funds.annual_appropriation = yuan("250,000.00");
  EXPECT_THAT(codes(validate(d, 0)), ElementsAre("DATES_YEAR"));
}

TEST(FundsRules, NegativeAmountsEachReported) {
  Declaration d = clean_declaration();
  d.funds.total_other = yuan("-5,000.00");
  d.funds.total_fiscal = yuan("305,000.00");  // the sum still holds
  d.funds.annual_other = yuan("-0.01");
  d.funds.annual_appropriation = yuan("300,000.01");
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_NEGATIVE", "FUNDS_NEGATIVE"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].message, "其他资金（项目资金） -5,000.00 为负数");
  EXPECT_EQ(found[1].message, "其他资金（年度资金） -0.01 为负数");
}

TEST(FundsRules, MissingAmountsListedOnceAndSumsSkipped) {
  Declaration d = clean_declaration();
  d.funds.total_fiscal.reset();
  d.funds.annual_carryover.reset();
  auto found = validate(d, 2);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].declaration, 2u);
  EXPECT_EQ(found[0].message, "资金数额缺失或无法读取：财政资金、上年结转资金");
}

TEST(FundsRules, DeclarationWithoutSourceHasNoLine) {
  Declaration d = clean_declaration();
  d.source.reset();
  d.funds.total = yuan("1.00");
  auto found = with_code(validate(d, 0), "FUNDS_TOTAL_SUM");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, std::nullopt);
}

}  // namespace
