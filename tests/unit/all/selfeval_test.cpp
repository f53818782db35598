// SPDX-License-Identifier: Apache-2.0
// Published self-evaluations: the checker (each SELFEVAL_* rule broken once, and no
// false alarm on a table that follows the rules), the real 自评表 of corpus/real (as
// their goldens read them), scoring one with its own actuals, and the 决算 summary.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/selfeval.hpp"

namespace jixiao::test {
namespace {

Indicator row(const char* level1, const char* level2, const char* name, const char* target, const char* actual,
              const char* weight, const char* score, const char* reason = nullptr) {
  Indicator i;
  i.level1 = level1;
  i.level2 = level2;
  i.name = name;
  i.target = parse_target(target);
  i.actual = actual;
  i.weight = Decimal::parse(weight);
  i.score = Decimal::parse(score);
  if (reason) i.reason = reason;
  return i;
}

// A table that follows the rules: weights 10 + 50 + 30 + 10, every 得分 as the rules
// give it, a reason for the one shortfall, 总分 their sum.
Declaration clean() {
  Declaration d;
  d.project.name = "村级补助及运转经费";
  d.funds.unit = "万元";
  d.indicators = {
      row("产出指标", "数量指标", "补助村(社区)数量", "=8个", "8", "20", "20"),
      row("产出指标", "质量指标", "补助资格合规性", "合规", "达成预期指标", "10", "10"),
      row("产出指标", "时效指标", "补助经费到位及时性", "及时", "部分达成预期指标并具有一定效果", "10", "7", "个别村拨付延迟"),
      row("成本指标", "经济成本指标", "项目总成本", "≤202.6万元", "132.9", "10", "10"),
      row("效益指标", "社会效益指标", "村干部工作积极性", "提升", "提升", "30", "30"),
      row("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "95%", "10", "10"),
  };
  SelfEvaluation s;
  s.budget.annual = "202.64";
  s.budget.executed = "182.376";
  s.budget.weight = "10";
  s.budget.rate = "90.00%";
  s.budget.score = "9";
  s.total = "96";  // 9 + 20 + 10 + 7 + 10 + 30 + 10
  d.selfeval = s;
  return d;
}

std::vector<std::string> codes(const std::vector<Diagnostic>& list) {
  std::vector<std::string> out;
  for (const Diagnostic& d : list) out.push_back(d.code);
  return out;
}

TEST(SelfEvalCheck, NoFalseAlarmOnATableThatFollowsTheRules) {
  EXPECT_EQ(codes(check_selfeval(clean(), 0)), std::vector<std::string>{});
}

TEST(SelfEvalCheck, WeightsNotAddingUpTo100) {
  Declaration d = clean();
  d.indicators[4].weight = Decimal::parse("40");
  d.indicators[4].score = Decimal::parse("40");
  d.selfeval->total = "106";
  auto found = check_selfeval(d, 0);
  ASSERT_EQ(codes(found), std::vector<std::string>{"SELFEVAL_WEIGHT_SUM"});
  EXPECT_NE(found[0].message.find("分值合计 110"), std::string::npos) << found[0].message;
}

TEST(SelfEvalCheck, TotalNotTheSumOfItsRows) {
  Declaration d = clean();
  d.selfeval->total = "97";
  auto found = check_selfeval(d, 0);
  ASSERT_EQ(codes(found), std::vector<std::string>{"SELFEVAL_TOTAL_SUM"});
  EXPECT_NE(found[0].message.find("各行得分之和 96"), std::string::npos) << found[0].message;
}

TEST(SelfEvalCheck, RowScoreOutsideWhatItsActualAllows) {
  Declaration d = clean();
  d.indicators[5].actual = "85%";  // 10 × 85/90 = 9.44, published 10
  d.indicators[5].reason = "宣传不足";
  auto found = check_selfeval(d, 0);
  ASSERT_EQ(codes(found), std::vector<std::string>{"SELFEVAL_SCORE_RULE"});
  EXPECT_NE(found[0].message.find("应得 9.44"), std::string::npos) << found[0].message;
  EXPECT_EQ(found[0].indicator, std::optional<std::size_t>(5));
  // A grade outside its band: partial allows [6, 8) of 10.
  Declaration g = clean();
  g.indicators[2].score = Decimal::parse("9");
  g.selfeval->total = "98";
  found = check_selfeval(g, 0);
  ASSERT_EQ(codes(found), std::vector<std::string>{"SELFEVAL_SCORE_RULE"});
  EXPECT_NE(found[0].message.find("[6.00, 8.00)"), std::string::npos) << found[0].message;
}

TEST(SelfEvalCheck, BudgetScoreNotMatchingItsRate) {
  Declaration d = clean();
  d.selfeval->budget.score = "10";  // 182.376 / 202.64 = 0.90 → 9
  d.selfeval->total = "97";
  auto found = check_selfeval(d, 0);
  ASSERT_EQ(codes(found), std::vector<std::string>{"SELFEVAL_BUDGET_SCORE"});
  EXPECT_NE(found[0].message.find("= 9.00"), std::string::npos) << found[0].message;
}

TEST(SelfEvalCheck, ShortfallWithoutAReason) {
  Declaration d = clean();
  d.indicators[2].reason.reset();
  auto found = check_selfeval(d, 0);
  ASSERT_EQ(codes(found), std::vector<std::string>{"SELFEVAL_REASON_MISSING"});
  EXPECT_EQ(found[0].indicator, std::optional<std::size_t>(2));
}

TEST(SelfEvalScore, APublishedTableScoresWithItsOwnWeightsAndActuals) {
  Document doc;
  doc.declarations.push_back(clean());
  ScoreReport r = score_published(doc);
  ASSERT_EQ(r.declarations.size(), 1u);
  const DeclarationScore& s = r.declarations[0];
  EXPECT_EQ(s.indicators[0].weight, Decimal::parse("20"));  // as published, not 50/4
  EXPECT_EQ(s.budget.score.to_string(), "9.00");
  EXPECT_EQ(s.total.to_string(), "96.00");
  EXPECT_EQ(s.grade, ScoreGrade::excellent);
  EXPECT_TRUE(s.indicators[1].graded);  // 达成预期指标 is achieved
  EXPECT_EQ(s.indicators[2].stated_reason, std::optional<std::string>("个别村拨付延迟"));
}

TEST(SelfEvalSummaryTest, ProjectsBudgetAverageAndGrades) {
  Document doc;
  doc.declarations.push_back(clean());
  Declaration low = clean();
  low.project.name = "另一项目";
  low.indicators[4].actual = "下降";  // a missed trend: 0 of 30 → 66
  doc.declarations.push_back(low);
  ScoreOptions shanghai;
  shanghai.grade_scheme = GradeScheme::shanghai;
  SelfEvalSummary s = summarize({score_published(doc, shanghai)});
  EXPECT_EQ(s.projects, 2u);
  EXPECT_EQ(s.budget_wan, Decimal::parse("405.28"));  // 2 × 202.64 万元
  EXPECT_EQ(s.average, Decimal::parse("81.00"));     // (96 + 66) / 2
  EXPECT_EQ(s.excellent, 1u);
  EXPECT_EQ(s.pass, 1u);  // 66: 合格 in Shanghai
  EXPECT_EQ(s.grade_scheme, GradeScheme::shanghai);
}

// ---- the real published 自评表, as their goldens read them ----

std::vector<std::map<std::string, std::string>> read_tsv(const std::string& name) {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/golden/real/" + name);
  std::vector<std::map<std::string, std::string>> rows;
  std::vector<std::string> header;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream s(line);
    std::string cell;
    while (std::getline(s, cell, '\t')) cells.push_back(cell);
    if (header.empty()) {
      header = cells;
      continue;
    }
    std::map<std::string, std::string> r;
    for (std::size_t i = 0; i < header.size(); ++i) r[header[i]] = i < cells.size() ? cells[i] : "";
    rows.push_back(r);
  }
  return rows;
}

std::optional<std::string> figure(const std::string& text) {
  if (text.empty() || text.back() == '?') return std::nullopt;
  return text;
}

Declaration real(const std::string& name) {
  Declaration d;
  d.funds.unit = "万元";
  for (const auto& r : read_tsv(name + ".tsv"))
    d.indicators.push_back(row(r.at("level1").c_str(), r.at("level2").c_str(), r.at("level3").c_str(),
                               r.at("target").c_str(), r.at("actual").c_str(), r.at("weight").c_str(),
                               r.at("score").c_str()));
  const auto totals = read_tsv(name + ".totals.tsv").at(0);
  d.project.name = totals.at("project");
  SelfEvaluation s;
  s.budget.annual = figure(totals.at("budget_annual"));
  s.budget.executed = figure(totals.at("budget_executed"));
  s.budget.weight = figure(totals.at("budget_weight"));
  s.budget.score = figure(totals.at("budget_score"));
  s.total = figure(totals.at("total"));
  d.selfeval = s;
  return d;
}

TEST(SelfEvalReal, ZhongjiangWeightsAndTotalDoNotAddUp) {
  // .src: indicator weights 70 + 20 + 10 = 100 plus the budget's 10 = 110, and the
  // published 总分 100 is not the sum of its rows (110). The rows themselves follow
  // the rules ("≥266米" against ≥266米 is met).
  auto found = check_selfeval(real("selfeval-zhongjiang-waterruler-2022"), 0);
  EXPECT_EQ(codes(found), (std::vector<std::string>{"SELFEVAL_WEIGHT_SUM", "SELFEVAL_TOTAL_SUM"}));
}

TEST(SelfEvalReal, ChizhouBudgetScoreContradictsItsRate) {
  // .src: the 年度资金总额 row scores 0 although 132.912 of 132.912 were executed
  // (100% → 10); cut off before the satisfaction rows, so the weights shown (70 + 10)
  // do not reach 100 and no 总分 is printed.
  auto found = check_selfeval(real("selfeval-chizhou-tangxi-village-2022"), 0);
  EXPECT_EQ(codes(found), (std::vector<std::string>{"SELFEVAL_WEIGHT_SUM", "SELFEVAL_BUDGET_SCORE"}));
}

}  // namespace
}  // namespace jixiao::test
