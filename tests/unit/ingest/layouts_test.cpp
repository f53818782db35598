// SPDX-License-Identifier: Apache-2.0
// The form interpreter on the other layouts, each as a realistic document written
// from the descriptions (research/real-documents.md, domain.md "Other layouts"),
// read through the tab front end (columns known).

#include <gtest/gtest.h>

#include <string>

#include "ingest/tab_rows.hpp"
#include "ingest_support.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/money.hpp"

namespace {

using ingest_test::count_code;
using jixiao::Document;

Document read_tabs(const std::string& text) {
  jixiao::ingest::TabRowSource rows(text, {}, "layout.txt");
  return jixiao::read_rows(rows, {"layout.txt", {}});
}

TEST(Layouts, CentralStyleInWan) {
  const std::string text =
      "项目支出绩效目标申报表\n"
      "（2023年度）\n"
      "项目名称\t信息系统运维\n"
      "主管部门及代码\t[123]某部\t实施单位\t某中心\n"
      "项目属性\t延续项目\t项目期\t2022年3月-2023年11月\n"
      "项目资金（万元）\t年度资金总额\t120.5\n"
      "\t其中：财政拨款\t100\n"
      "\t其他资金\t20.5\n"
      "年度绩效目标\t保障系统稳定运行\n"
      "一级指标\t二级指标\t三级指标\t指标值\n"
      "产出指标\t数量指标\t运维系统数\t≥12个\n"
      "\t时效指标\t故障响应时间\t≤2小时\n"
      "满意度指标\t服务对象满意度指标\t用户满意度\t≥90%\n";
  const Document doc = read_tabs(text);
  ASSERT_EQ(doc.declarations.size(), 1u);
  const auto& d = doc.declarations[0];
  EXPECT_EQ(d.year, 2023);
  EXPECT_EQ(d.project.supervisor.value_or(""), "[123]某部");
  EXPECT_EQ(d.project.nature.value_or(""), "延续项目");
  EXPECT_EQ(d.funds.unit.value_or(""), "万元");
  EXPECT_EQ(d.funds.annual, jixiao::Money::parse_wan("120.5"));
  EXPECT_EQ(d.funds.annual_appropriation, jixiao::Money::parse_wan("100"));
  EXPECT_EQ(d.funds.annual_other, jixiao::Money::parse_wan("20.5"));
  EXPECT_EQ(d.goals.annual.value_or(""), "保障系统稳定运行");
  ASSERT_EQ(d.indicators.size(), 3u);
  EXPECT_EQ(d.indicators[1].level1, "产出指标");
  EXPECT_EQ(d.indicators[1].level2, "时效指标");
  EXPECT_EQ(d.indicators[1].name, "故障响应时间");
  EXPECT_EQ(d.indicators[1].target.raw, "≤2小时");
  // 项目期 has no field in the model: kept in a diagnostic.
  bool period = false;
  for (const auto& diag : doc.diagnostics)
    period = period || (diag.code == "INGEST_FIELD_NOT_IN_MODEL" && diag.message.find("2022年3月-2023年11月") != std::string::npos);
  EXPECT_TRUE(period);
}

TEST(Layouts, SplitColumnsAndUnitInName) {
  const std::string text =
      "项目支出绩效目标申报表\n"
      "项目名称\t营造林\n"
      "资金情况（元）\t年度资金总额\t80000.00\n"
      "一级指标\t二级指标\t三级指标\t计算符号\t指标值\t计量单位\t备注\n"
      "产出指标\t数量指标\t苗木成活率\t≥\t95\t%\t抽查\n"
      "\t\t实施营造林总面积(亩)\t\t80000\t\t\n"
      "\t质量指标\t苗木合格率(≥**%)\t\t85\t\t\n";
  const Document doc = read_tabs(text);
  ASSERT_EQ(doc.declarations.size(), 1u);
  const auto& d = doc.declarations[0];
  EXPECT_EQ(d.funds.unit.value_or(""), "元");
  EXPECT_EQ(d.funds.annual, jixiao::Money::parse("80000.00"));
  ASSERT_EQ(d.indicators.size(), 3u);
  EXPECT_EQ(d.indicators[0].target.raw, "≥95%");  // the three cells joined
  EXPECT_EQ(d.indicators[0].note.value_or(""), "抽查");
  const auto* joined = std::get_if<jixiao::CompareTarget>(&d.indicators[0].target.value);
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(joined->unit, "%");
  EXPECT_EQ(d.indicators[1].name, "实施营造林总面积(亩)");  // the name keeps its text
  EXPECT_EQ(d.indicators[1].target.raw, "80000");
  const auto* area = std::get_if<jixiao::CompareTarget>(&d.indicators[1].target.value);
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->unit, "亩");
  const auto* rate = std::get_if<jixiao::CompareTarget>(&d.indicators[2].target.value);
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->unit, "%");
  EXPECT_EQ(jixiao::canonical(d.indicators[2].target).substr(0, 3), "≥");
  EXPECT_EQ(count_code(doc, "INGEST_TARGET_JOINED"), 1u);
  EXPECT_EQ(count_code(doc, "INGEST_UNIT_FROM_NAME"), 2u);
}

TEST(Layouts, SelfEvaluationWithTabs) {
  const std::string text =
      "项目支出绩效自评表\n"
      "（2023年度）\n"
      "项目名称\t专业设备购置\n"
      "主管部门\t某局\t实施单位\t某所\n"
      "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
      "\t年度资金总额\t100\t100\t97\t10\t97%\t9.7\n"
      "\t其中：当年财政拨款\t100\t100\t97\n"
      "年度总体目标\t预期目标\t实际完成情况\n"
      "\t完成设备采购\t已完成采购\n"
      "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
      "\t产出指标(50分)\t数量指标\t设备数量\t≥10台\t10台\t20\t20\t\n"
      "\t\t质量指标\t验收合格率\t100%\t95%\t30\t28\t两台返修\n"
      "总分\t\t\t\t\t\t100\t97.7\n";
  const Document doc = read_tabs(text);
  ASSERT_EQ(doc.declarations.size(), 1u);
  const auto& d = doc.declarations[0];
  ASSERT_TRUE(d.selfeval.has_value());
  const auto& b = d.selfeval->budget;
  EXPECT_EQ(b.year_start.value_or(""), "100");
  EXPECT_EQ(b.annual.value_or(""), "100");
  EXPECT_EQ(b.executed.value_or(""), "97");
  EXPECT_EQ(b.weight.value_or(""), "10");
  EXPECT_EQ(b.rate.value_or(""), "97%");
  EXPECT_EQ(b.score.value_or(""), "9.7");
  EXPECT_EQ(d.selfeval->total.value_or(""), "100");
  EXPECT_EQ(d.goals.annual.value_or(""), "完成设备采购");
  EXPECT_EQ(d.selfeval->achieved.value_or(""), "已完成采购");
  ASSERT_EQ(d.indicators.size(), 2u);
  EXPECT_EQ(d.indicators[1].name, "验收合格率");
  EXPECT_EQ(d.indicators[1].actual.value_or(""), "95%");
  EXPECT_EQ(d.indicators[1].weight, jixiao::Decimal::parse("30"));
  EXPECT_EQ(d.indicators[1].score, jixiao::Decimal::parse("28"));
  EXPECT_EQ(d.indicators[1].reason.value_or(""), "两台返修");
  EXPECT_FALSE(d.indicators[0].reason.has_value());
  EXPECT_EQ(count_code(doc, "INGEST_GROUP_WEIGHT"), 1u);
  EXPECT_EQ(count_code(doc, "INGEST_TRUNCATED"), 0u);
}

TEST(Layouts, CutOffPartWaySaysWhere) {
  const std::string text =
      "项目支出绩效目标申报表\n"
      "项目名称\t某项目\n"
      "一级指标\t二级指标\t三级指标\t指标值\n"
      "产出指标\t数量指标\t培训人数\t≥100人\n"
      "效益指标\n";
  const Document doc = read_tabs(text);
  ASSERT_EQ(doc.declarations.size(), 1u);
  EXPECT_EQ(doc.declarations[0].indicators.size(), 1u);  // what was read is kept
  const auto* cut = ingest_test::find_code(doc, "INGEST_TRUNCATED");
  ASSERT_NE(cut, nullptr);
  EXPECT_EQ(cut->line, 5u);
}

}  // namespace
