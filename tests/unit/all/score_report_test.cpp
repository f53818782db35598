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

TEST(ScoreTable, ColumnsAndRows) {
  ScoreReport r = small_report();
  Table t = score_table(r.declarations.at(0), true);
  ASSERT_EQ(t.header, (std::vector<std::string>{"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
                                                "得分", "偏差原因"}));
  ASSERT_EQ(t.rows.size(), 5u);  // budget, 3 indicators, 合计
  // budget: 291000/300000 = 0.97 → 9.70 of 10
  EXPECT_EQ(t.rows[0][0], "预算执行率");
  EXPECT_EQ(t.rows[0][3], "300,000.00");
  EXPECT_EQ(t.rows[0][4], "291,000.00");
  EXPECT_EQ(t.rows[0][5], "10.00");
  EXPECT_EQ(t.rows[0][6], "9.70");
  // 水泵更完成率: 50 × 95/100 = 47.50
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"产出指标", "数量指标", "水泵更完成率", "=100.00(%)", "95%", "50.00",
                                                 "47.50", "未达成：实际 95% < 目标 100.00%"}));
  EXPECT_EQ(t.rows[2][4], "上升");  // "up" shown in Chinese
  EXPECT_EQ(t.rows[2][6], "30.00");
  EXPECT_EQ(t.rows[3][4], "（缺）");  // missing actual
  EXPECT_EQ(t.rows[3][6], "0.00");
  // 合计: weights 10 + 50 + 30 + 10 = 100; score 9.70 + 47.50 + 30 + 0 = 87.20 → 良
  EXPECT_EQ(t.rows[4][0], "合计");
  EXPECT_EQ(t.rows[4][5], "100.00");
  EXPECT_EQ(t.rows[4][6], "87.20");
  EXPECT_EQ(t.rows[4][7], "等级：良");
}

TEST(ScoreTable, CsvIsPlainAndHasTheProjectColumn) {
  std::string csv = render_score_csv(small_report());
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "项目名称,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因");
  EXPECT_NE(csv.find("专业设备购置及更新,预算执行率,,全年执行数 / 全年预算数,300000.00,291000.00,10.00,9.70,"),
            std::string::npos);
  EXPECT_NE(csv.find("专业设备购置及更新,合计,,,,,100.00,87.20,等级：良"), std::string::npos);
}

TEST(ScoreTable, TextAndMarkdownCarryHeadingAndDiagnostics) {
  ScoreReport r = small_report();
  std::string text = render_score_text(r);
  EXPECT_EQ(text.substr(0, text.find('\n')), "专业设备购置及更新（得分 87.20，良）");
  EXPECT_NE(text.find("[warning] SCORE_ACTUAL_MISSING:"), std::string::npos);
  std::string md = render_score_markdown(r);
  EXPECT_EQ(md.substr(0, md.find('\n')), "## 专业设备购置及更新（得分 87.20，良）");
  EXPECT_NE(md.find("| 一级指标"), std::string::npos);
  EXPECT_NE(md.find("| 偏差原因"), std::string::npos);
  EXPECT_NE(md.find("- **warning** `SCORE_ACTUAL_MISSING`"), std::string::npos);
}

}  // namespace
}  // namespace jixiao::test
