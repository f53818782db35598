// SPDX-License-Identifier: Apache-2.0
// The 汇总表: totals of the Hongkou document (built from the golden TSVs) against
// figures added by hand, and the renderings of a small hand-built document.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "jixiao/summary.hpp"

using namespace jixiao;

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& name) {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/golden/" + name);
  EXPECT_TRUE(in) << name;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

// The Hongkou document as the golden files describe it (targets are not needed
// by the summary, so every target is left qualitative).
Document hongkou_from_golden() {
  Document doc;
  for (const auto& r : read_tsv("hongkou-court-2024.declarations.tsv")) {
    Declaration d;
    d.project.name = r[1];
    d.project.nature = r[2];
    d.project.category = r[3];
    d.project.start_date = Date::parse(r[6]);
    d.project.end_date = Date::parse(r[7]);
    d.year = std::stoi(r[8]);
    d.funds.total = Money::parse(r[9]);
    d.funds.annual = Money::parse(r[12]);
    doc.declarations.push_back(d);
  }
  for (const auto& r : read_tsv("hongkou-court-2024.indicators.tsv")) {
    const auto index = static_cast<std::size_t>(std::stoi(r[0]) - 1);
    Indicator i;
    i.level1 = r[2];
    i.level2 = r[3];
    i.name = r[4];
    i.target = Target{r[5], QualitativeTarget{r[5]}};
    doc.declarations.at(index).indicators.push_back(i);
  }
  return doc;
}

Level1Counts counts(std::size_t output, std::size_t cost, std::size_t benefit, std::size_t satisfaction,
                    std::size_t other = 0) {
  Level1Counts c;
  c.by_level1 = {output, cost, benefit, satisfaction};
  c.other = other;
  return c;
}

}  // namespace

TEST(Summary, HongkouTotalsMatchHandAddedFigures) {
  const Summary s = summarize(hongkou_from_golden());
  ASSERT_EQ(s.rows.size(), 7u);
  // 300,000 + 12,780,000 + 3,442,618 + 13,719,464 + 30,000 + 2,746,533 + 360,000
  EXPECT_EQ(s.total, Money::from_fen(3337861500));
  EXPECT_EQ(s.annual, Money::from_fen(3337861500));
  EXPECT_EQ(s.total.to_thousands(), "33,378,615.00");
  EXPECT_EQ(s.total_missing, 0u);
  EXPECT_EQ(s.annual_missing, 0u);
  // 产出 45, 成本 8, 效益 39, 满意度 8: 100 indicators.
  EXPECT_EQ(s.indicators, counts(45, 8, 39, 8));
  EXPECT_EQ(s.indicators.total(), 100u);
}

TEST(Summary, HongkouRowsCountIndicatorsPerLevel1) {
  const Summary s = summarize(hongkou_from_golden());
  const Level1Counts expected[] = {counts(6, 1, 4, 1),  counts(6, 1, 5, 2), counts(5, 1, 5, 1), counts(10, 1, 9, 1),
                                   counts(4, 1, 5, 1),  counts(8, 1, 6, 1), counts(6, 2, 5, 1)};
  const std::size_t totals[] = {12, 14, 12, 21, 11, 16, 14};
  for (std::size_t i = 0; i < 7; ++i) {
    EXPECT_EQ(s.rows[i].declaration, i);
    EXPECT_EQ(s.rows[i].indicators, expected[i]) << i;
    EXPECT_EQ(s.rows[i].indicators.total(), totals[i]) << i;
  }
  EXPECT_EQ(s.rows[1].name, "政府聘用辅助人员经费");
  EXPECT_EQ(s.rows[1].total, Money::from_fen(1278000000));
  EXPECT_EQ(s.rows[3].category, "其他运转类");
}

TEST(Summary, HongkouTextHasTheTotalRow) {
  const std::string text = render_summary_text(summarize(hongkou_from_golden()));
  EXPECT_NE(text.find("33,378,615.00"), std::string::npos) << text;
  EXPECT_NE(text.find("13,719,464.00"), std::string::npos) << text;
  const std::string csv = render_summary_csv(summarize(hongkou_from_golden()));
  EXPECT_NE(csv.find(",合计,,,,33378615.00,33378615.00,45,8,39,8,0,100\r\n"), std::string::npos) << csv;
}

namespace {

Document small_document() {
  Document doc;
  doc.title = "示例汇总";
  Declaration a;
  a.project.name = "甲项目";
  a.project.nature = "其他一次性项目";
  a.project.category = "特定目标类";
  a.project.start_date = Date{2024, 1, 1};
  a.project.end_date = Date{2024, 12, 31};
  a.funds.total = Money::from_fen(30000000);
  a.funds.annual = Money::from_fen(30000000);
  a.indicators.push_back(Indicator{"产出指标", "数量指标", "n1", Target{"1", QualitativeTarget{"1"}}, {}, {}});
  a.indicators.push_back(Indicator{"", "", "n2", Target{"2", QualitativeTarget{"2"}}, {}, {}});
  Declaration b;  // nothing known: no amounts, no name
  b.funds.annual = Money::from_fen(5);
  b.indicators.push_back(Indicator{"满意度指标", "服务对象满意度指标", "n3", Target{"3", QualitativeTarget{"3"}}, {}, {}});
  doc.declarations = {a, b};
  return doc;
}

}  // namespace

TEST(Summary, MissingAmountsAreNotZero) {
  const Summary s = summarize(small_document());
  EXPECT_EQ(s.total, Money::from_fen(30000000));
  EXPECT_EQ(s.total_missing, 1u);
  EXPECT_EQ(s.annual, Money::from_fen(30000005));
  EXPECT_EQ(s.annual_missing, 0u);
  EXPECT_FALSE(s.rows[1].total);
  EXPECT_EQ(s.indicators, counts(1, 0, 0, 1, 1));
}

TEST(Summary, SumOverflowIsAnError) {
  Document doc;
  Declaration d;
  d.funds.total = Money::from_fen(INT64_MAX);
  doc.declarations = {d, d};
  EXPECT_THROW(summarize(doc), Error);
}

TEST(Summary, TextRendering) {
  const std::string expected =
      "示例汇总\n"
      "\n"
      "序号  项目名称  项目性质        项目类别    计划期间                    项目资金总额(元)  年度资金申请总额(元)  产出  成本  效益  满意度  其他  指标数\n"
      "----  --------  --------------  ----------  ---------------------  ---------------------  --------------------  ----  ----  ----  ------  ----  ------\n"
      "   1  甲项目    其他一次性项目  特定目标类  2024-01-01–2024-12-31             300,000.00            300,000.00     1     0     0       0     1       2\n"
      "   2                                                                                                      0.05     0     0     0       1     0       1\n"
      "      合计                                                         300,000.00（缺 1 项）            300,000.05     1     0     0       1     1       3\n";
  EXPECT_EQ(render_summary_text(summarize(small_document())), expected);
}

TEST(Summary, CsvRendering) {
  EXPECT_EQ(render_summary_csv(summarize(small_document())),
            "序号,项目名称,项目性质,项目类别,计划期间,项目资金总额(元),年度资金申请总额(元),产出,成本,效益,满意度,其他,指标数\r\n"
            "1,甲项目,其他一次性项目,特定目标类,2024-01-01–2024-12-31,300000.00,300000.00,1,0,0,0,1,2\r\n"
            "2,,,,,,0.05,0,0,0,1,0,1\r\n"
            ",合计,,,,300000.00（缺 1 项）,300000.05,1,0,0,1,1,3\r\n");
}

TEST(Summary, MarkdownRendering) {
  const std::string md = render_summary_markdown(summarize(small_document()));
  EXPECT_EQ(md.substr(0, md.find('\n')), "## 示例汇总");
  EXPECT_NE(md.find("| 甲项目   |"), std::string::npos) << md;
  EXPECT_NE(md.find("| 300,000.00（缺 1 项） |"), std::string::npos) << md;
}

TEST(Summary, JsonRendering) {
  EXPECT_EQ(
      render_summary_json(summarize(small_document())),
      R"({"format":"jixiao.summary/1","title":"示例汇总","declarations":[)"
      R"({"declaration":0,"name":"甲项目","nature":"其他一次性项目","category":"特定目标类","start_date":"2024-01-01","end_date":"2024-12-31",)"
      R"("total":"300000.00","annual":"300000.00","indicators":{"产出指标":1,"成本指标":0,"效益指标":0,"满意度指标":0,"other":1,"total":2}},)"
      R"({"declaration":1,"name":null,"nature":null,"category":null,"start_date":null,"end_date":null,)"
      R"("total":null,"annual":"0.05","indicators":{"产出指标":0,"成本指标":0,"效益指标":0,"满意度指标":1,"other":0,"total":1}}],)"
      R"("total":{"total":"300000.00","annual":"300000.05","total_missing":1,"annual_missing":0,)"
      R"("indicators":{"产出指标":1,"成本指标":0,"效益指标":0,"满意度指标":1,"other":1,"total":3}}})");
}
