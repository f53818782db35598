// SPDX-License-Identifier: Apache-2.0
// The HTML report (report.hpp): the page holds the 汇总表's exact totals cell for
// cell, every declaration, each finding right under the row it concerns, and
// escapes what the documents say.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/read.hpp"
#include "jixiao/report.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/summary.hpp"
#include "jixiao/validate.hpp"

namespace {

using namespace jixiao;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string hongkou_path = std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt";

Document hongkou() { return read_document_file(hongkou_path); }

std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const auto a = text.find(from);
  if (a == std::string::npos) return {};
  const auto b = text.find(to, a);
  return text.substr(a, b == std::string::npos ? std::string::npos : b - a);
}

// The text of every <td> of an HTML fragment, in order, unescaped.
std::vector<std::vector<std::string>> body_cells(const std::string& table) {
  std::vector<std::vector<std::string>> rows;
  const std::string body = between(table, "<tbody>", "</tbody>");
  const std::regex row("<tr[^>]*>(.*?)</tr>"), cell("<td[^>]*>(.*?)</td>");
  for (auto r = std::sregex_iterator(body.begin(), body.end(), row); r != std::sregex_iterator(); ++r) {
    const std::string inner = (*r)[1];
    std::vector<std::string> cells;
    for (auto c = std::sregex_iterator(inner.begin(), inner.end(), cell); c != std::sregex_iterator(); ++c)
      cells.push_back((*c)[1]);
    rows.push_back(cells);
  }
  return rows;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

TEST(Report, SummaryTableIsTheLibrarysCellForCellWithExactTotals) {
  const Document doc = hongkou();
  const std::vector<ReportInput> inputs{{"hongkou-court-2024.txt", doc}};
  const ReportPage page = render_report(inputs);
  const Table expected = summary_table(summarize(doc), true);
  const auto rows = body_cells(between(page.html, "<table class=\"summary\"", "</table>"));
  ASSERT_EQ(rows.size(), expected.rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < expected.header.size(); ++c)
      EXPECT_EQ(rows[r].at(c), html_escape(expected.rows[r][c])) << "row " << r << " column " << c;
  // The 合计 row as `jixiao summary` prints it (its help and README).
  EXPECT_EQ(rows.back().at(1), "合计");
  EXPECT_EQ(rows.back().at(5), "33,378,615.00");
  EXPECT_EQ(rows.back().at(6), "33,378,615.00");
  EXPECT_EQ(rows.back().at(12), "100");
  EXPECT_NE(page.html.find("<tr class=\"total\">"), std::string::npos);
}

TEST(Report, EveryDeclarationIsACardWithItsIndicators) {
  const Document doc = hongkou();
  const std::vector<ReportInput> inputs{{"hongkou-court-2024.txt", doc}};
  const std::string html = render_report(inputs).html;
  ASSERT_EQ(count(html, "<article class=\"declaration\""), doc.declarations.size());
  for (std::size_t i = 0; i < doc.declarations.size(); ++i) {
    const Declaration& d = doc.declarations[i];
    const std::string card = between(html, "<article class=\"declaration\" id=\"decl-" + std::to_string(i + 1) + "\"",
                                     "</article>");
    ASSERT_FALSE(card.empty()) << i;
    EXPECT_NE(card.find("</span> " + html_escape(*d.project.name) + "</h2>"), std::string::npos) << i;
    EXPECT_EQ(count(card, "<tr class=\"indicator "), d.indicators.size()) << i;
    EXPECT_NE(card.find(d.funds.annual->to_thousands()), std::string::npos) << i;
    for (std::size_t k = 0; k < d.indicators.size(); ++k) {
      const std::string row = between(card, "id=\"decl-" + std::to_string(i + 1) + "-ind-" + std::to_string(k + 1) + "\"",
                                      "</tr>");
      EXPECT_NE(row.find(">" + html_escape(d.indicators[k].target.raw) + "</td>"), std::string::npos) << i << "/" << k;
      EXPECT_NE(row.find(html_escape(target_reading(d.indicators[k].target))), std::string::npos) << i << "/" << k;
    }
  }
}

TEST(Report, EachFindingFollowsTheRowItConcerns) {
  const Document doc = hongkou();
  const std::vector<ReportInput> inputs{{"hongkou-court-2024.txt", doc}};
  const ReportPage page = render_report(inputs);
  const std::vector<Diagnostic> review = validate(doc);
  std::size_t at_rows = 0;
  for (const Diagnostic& d : review) {
    ASSERT_TRUE(d.declaration);
    if (!d.indicator) continue;
    ++at_rows;
    const std::string id = "id=\"decl-" + std::to_string(*d.declaration + 1) + "-ind-" + std::to_string(*d.indicator + 1) + "\"";
    const auto row = page.html.find(id);
    ASSERT_NE(row, std::string::npos) << id;
    const auto next_row = page.html.find("<tr class=\"indicator ", row);
    const auto end = page.html.find("</tbody>", row);
    const std::string after = page.html.substr(row, std::min(next_row, end) - row);
    EXPECT_NE(after.find("<code>" + d.code + "</code>"), std::string::npos) << id << " " << d.code;
    EXPECT_NE(after.find(html_escape(d.message)), std::string::npos) << id;
    // and the row is highlighted by that severity (or a worse one)
    const std::string row_tag = page.html.substr(page.html.rfind("<tr", row), row - page.html.rfind("<tr", row));
    EXPECT_NE(row_tag.find(" hl-"), std::string::npos) << row_tag;
  }
  EXPECT_GT(at_rows, 0u);  // the Hongkou document has INDICATOR_DUPLICATE
  std::size_t warnings = 0;
  for (const Diagnostic& d : review) warnings += d.severity == Severity::warning;
  for (const Diagnostic& d : doc.diagnostics) warnings += d.severity == Severity::warning;
  EXPECT_EQ(page.warnings, warnings);
  EXPECT_EQ(count(page.html, "class=\"finding sev-warning\""), warnings);
}

TEST(Report, WithActualsScoresGradesAndTheirCharts) {
  const Document doc = hongkou();
  const Actuals actuals = actuals_from_json(slurp(std::string(JIXIAO_TEST_DATA) + "/score/hongkou-court-2024.actuals.json"));
  ReportOptions options;
  options.actuals = actuals;
  const std::vector<ReportInput> inputs{{"hongkou-court-2024.txt", doc}};
  const std::string html = render_report(inputs, options).html;
  const ScoreReport expected = score(doc, actuals);
  ASSERT_EQ(expected.declarations.size(), doc.declarations.size());
  for (const DeclarationScore& d : expected.declarations) {
    const std::string card = between(html, "<article class=\"declaration\" id=\"decl-" + std::to_string(*d.declaration + 1) + "\"",
                                     "</article>");
    EXPECT_NE(card.find("<strong class=\"total\">" + d.total.to_string() + "</strong>"), std::string::npos);
    EXPECT_NE(card.find("<strong class=\"grade\">" + std::string(to_string(d.grade)) + "</strong>"), std::string::npos);
  }
  EXPECT_NE(html.find("id=\"chart-scores\""), std::string::npos);
  EXPECT_NE(html.find("id=\"chart-grades\""), std::string::npos);
  const std::vector<ReportInput> plain{{"hongkou-court-2024.txt", doc}};
  EXPECT_EQ(render_report(plain).html.find("id=\"chart-scores\""), std::string::npos);
}

TEST(Report, EscapesWhatTheDocumentSays) {
  Document doc;
  doc.title = "标题 <b>&\"'";
  Declaration d;
  d.project.name = "项目 <script>alert(1)</script> & \"引号\"";
  d.funds.annual = Money::parse("1,234.56");
  d.goals.annual = "a < b && c > d";
  Indicator ind;
  ind.level1 = "产出指标";
  ind.level2 = "数量指标";
  ind.name = "<img src=x onerror=alert(1)>";
  ind.target = parse_target("≥90%");
  d.indicators.push_back(ind);
  doc.declarations.push_back(d);
  const std::vector<ReportInput> inputs{{"a&b<c>.txt", doc}};
  const std::string html = render_report(inputs).html;
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("项目 &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;"), std::string::npos);
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(html.find("a &lt; b &amp;&amp; c &gt; d"), std::string::npos);
  EXPECT_NE(html.find("<title>标题 &lt;b&gt;&amp;&quot;&#39;</title>"), std::string::npos);
  EXPECT_NE(html.find("a&amp;b&lt;c&gt;.txt"), std::string::npos);
  // The chart data names the project inside a <script>: "</script>" must not end it.
  const std::string data = between(html, "<script type=\"application/json\" id=\"jixiao-report-data\">", "</script>");
  EXPECT_NE(data.find("\\u003cscript>alert(1)\\u003c/script>"), std::string::npos) << data;
  EXPECT_EQ(count(html, "</script>"), 3u);  // the data, ECharts, the page's script
  EXPECT_EQ(count(html, "<script"), 3u);
}

TEST(Report, HtmlEscape) {
  EXPECT_EQ(html_escape("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  EXPECT_EQ(html_escape("汇总表"), "汇总表");
  EXPECT_EQ(html_escape(std::string("a\xFF" "b\xE4\xB8", 5)), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Report, TargetReadings) {
  EXPECT_EQ(target_reading(parse_target("≥90.00 (%)")), "比较：不低于 90.00 %");
  EXPECT_EQ(target_reading(parse_target("45%-60%")), "区间：45 至 60 %（含两端）");
  EXPECT_EQ(target_reading(parse_target("同比上升")), "趋势：同比上升");
  EXPECT_EQ(target_reading(parse_target("2024年12月31日前完成")), "期限：2024-12-31 前完成");
  EXPECT_EQ(target_reading(parse_target("合规")), "定性：合规");
  EXPECT_EQ(target_reading(parse_target("待定")), "未填写：待定");
  EXPECT_EQ(target_reading(parse_target("≥")).rfind("无法解析：", 0), 0u);
}

TEST(Report, SeveralInputsAreOneSummaryNumberedAcrossFiles) {
  const Document doc = hongkou();
  const std::vector<ReportInput> inputs{{"a.txt", doc}, {"b.txt", doc}};
  const ReportPage page = render_report(inputs);
  EXPECT_EQ(count(page.html, "<article class=\"declaration\""), 2 * doc.declarations.size());
  const auto rows = body_cells(between(page.html, "<table class=\"summary\"", "</table>"));
  ASSERT_EQ(rows.size(), 2 * doc.declarations.size() + 1);
  EXPECT_EQ(rows.back().at(5), "66,757,230.00");
  EXPECT_EQ(rows[doc.declarations.size()].at(0), std::to_string(doc.declarations.size() + 1));
  EXPECT_NE(page.html.find("<p class=\"source\">b.txt，"), std::string::npos);
}

}  // namespace
