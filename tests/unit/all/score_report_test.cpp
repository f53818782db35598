// SPDX-License-Identifier: Apache-2.0
// The 自评表 layout (score_report.hpp): columns, the budget and 合计 rows, and the
// three renderings.
#include <gtest/gtest.h>

#include <string>

#include "jixiao/score.hpp"
#include "jixiao/score_report.hpp"

namespace jixiao::test {
namespace {

ScoreReport small_report() {
  Declaration d;
  d.project.name = "专业设备购置及更新";
  d.funds.annual = Money::parse("300000.00");
  auto add = [&](const char* l1, const char* l2, const char* name, Target t) {
    Indicator i;
    i.level1 = l1;
    i.level2 = l2;
    i.name = name;
    i.target = std::move(t);
    d.indicators.push_back(std::move(i));
  };
  add("产出指标", "数量指标", "水泵更完成率", Target{"=100.00(%)", CompareTarget{CompareOp::eq, Decimal::parse("100.00"), "%", ""}});
  add("效益指标", "社会效益指标", "法院办案效率", Target{"提升", TrendTarget{TrendDirection::up, TrendBasis::none, std::nullopt}});
  add("满意度指标", "服务对象满意度指标", "办案人员满意度",
      Target{"≥90.00(%)", CompareTarget{CompareOp::ge, Decimal::parse("90.00"), "%", ""}});
  Document doc;
  doc.declarations.push_back(d);
  Actuals actuals;
  ActualDeclaration a;
  a.project = "专业设备购置及更新";
  a.budget.annual = Money::parse("300000.00");
  a.budget.executed = Money::parse("291000.00");
  ActualIndicator pump;
  pump.name = "水泵更完成率";
  pump.value = "95";
  pump.unit = "%";
  ActualIndicator trend;
  trend.name = "法院办案效率";
  trend.value = "up";
  a.indicators = {pump, trend};  // 办案人员满意度 missing
  actuals.declarations.push_back(a);
  return score(doc, actuals);
}

TEST(ScoreTable, FundsBlock) {
  ScoreReport r = small_report();
  Table t = score_funds_table(r.declarations.at(0), true);
  ASSERT_EQ(t.header, (std::vector<std::string>{"项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率",
                                                "得分"}));
  ASSERT_EQ(t.rows.size(), 4u);  // 年度资金总额 and its three rows
  // budget: 291000/300000 = 0.97 → 9.70 of 10; 年初预算数 is the declaration's annual amount
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"年度资金总额", "300,000.00", "300,000.00", "291,000.00", "10.00",
                                                 "97.00%", "9.70"}));
  EXPECT_EQ(t.rows[1][0], "其中：当年财政拨款");
  EXPECT_EQ(t.rows[2][0], "上年结转资金");
  EXPECT_EQ(t.rows[3][0], "其他资金");
}

TEST(ScoreTable, GoalsBlock) {
  ScoreReport r = small_report();
  Table t = score_goals_table(r.declarations.at(0));
  ASSERT_EQ(t.header, (std::vector<std::string>{"年度总体目标", "预期目标", "实际完成情况"}));
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0][1], "");  // the declaration has no 年度总体目标
}

TEST(ScoreTable, ColumnsAndRows) {
  ScoreReport r = small_report();
  Table t = score_table(r.declarations.at(0), true);
  ASSERT_EQ(t.header, (std::vector<std::string>{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                "得分", "偏差原因分析及改进措施", "评分说明"}));
  ASSERT_EQ(t.rows.size(), 4u);  // 3 indicators, 总分
  // 水泵更完成率: 50 × 95/100 = 47.50
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"产出指标", "数量指标", "水泵更完成率", "=100.00(%)", "95%", "50.00",
                                                 "47.50", "", "实际值 95% 未达到目标 =100.00(%)"}));
  EXPECT_EQ(t.rows[1][4], "上升");  // "up" shown in Chinese
  EXPECT_EQ(t.rows[1][6], "30.00");
  EXPECT_EQ(t.rows[2][4], "（缺）");  // missing actual
  EXPECT_EQ(t.rows[2][6], "0.00");
  // 总分: weights 10 + 50 + 30 + 10 = 100; score 9.70 + 47.50 + 30 + 0 = 87.20 → 良
  EXPECT_EQ(t.rows[3][0], "总分");
  EXPECT_EQ(t.rows[3][5], "100.00");
  EXPECT_EQ(t.rows[3][6], "87.20");
  EXPECT_EQ(t.rows[3][7], "等级：良");
}

TEST(ScoreTable, StatedReasonAndShanghaiGrade) {
  ScoreReport r = small_report();
  // 60 ≤ 总分 < 80 is 中 nationally and 合格 in Shanghai.
  EXPECT_EQ(to_string(ScoreGrade::pass, GradeScheme::shanghai), "合格");
  EXPECT_EQ(to_string(ScoreGrade::fail, GradeScheme::shanghai), "不合格");
  EXPECT_EQ(to_string(ScoreGrade::pass), "中");
  DeclarationScore d = r.declarations.at(0);
  d.indicators[0].stated_reason = "设备到货延迟";
  d.grade_scheme = GradeScheme::shanghai;
  d.grade = ScoreGrade::pass;
  Table t = score_table(d, true);
  EXPECT_EQ(t.rows[0][7], "设备到货延迟");
  EXPECT_EQ(t.rows[3][7], "等级：合格");
}

TEST(ScoreTable, CsvHasTheThreeBlocks) {
  std::string csv = render_score_csv(small_report());
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "项目名称,专业设备购置及更新");
  EXPECT_NE(csv.find("\r\n年度资金总额,300000.00,300000.00,291000.00,10.00,97.00%,9.70\r\n"), std::string::npos);
  EXPECT_NE(csv.find("\r\n年度总体目标,预期目标,实际完成情况\r\n"), std::string::npos);
  EXPECT_NE(csv.find("\r\n总分,,,,,100.00,87.20,等级：良,\r\n"), std::string::npos);
}

TEST(ScoreTable, TextAndMarkdownCarryHeadingAndDiagnostics) {
  ScoreReport r = small_report();
  std::string text = render_score_text(r);
  EXPECT_EQ(text.substr(0, text.find('\n')), "专业设备购置及更新（总分 87.20，良）");
  EXPECT_NE(text.find("年度资金总额"), std::string::npos);
  EXPECT_NE(text.find("[warning] SCORE_ACTUAL_MISSING:"), std::string::npos);
  std::string md = render_score_markdown(r);
  EXPECT_EQ(md.substr(0, md.find('\n')), "## 专业设备购置及更新（总分 87.20，良）");
  EXPECT_NE(md.find("| 一级指标"), std::string::npos);
  EXPECT_NE(md.find("| 偏差原因分析及改进措施"), std::string::npos);
  EXPECT_NE(md.find("- **warning** `SCORE_ACTUAL_MISSING`"), std::string::npos);
}

}  // namespace
}  // namespace jixiao::test
