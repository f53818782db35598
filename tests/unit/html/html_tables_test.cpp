// SPDX-License-Identifier: Apache-2.0
// read_html_tables: spans placed by the HTML table model, text of nested markup,
// entities and &nbsp;, <br> as a line break, origins at the cell's tag; errors.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "jixiao/error.hpp"
#include "jixiao/html_tables.hpp"

namespace {

using jixiao::Grid;
using jixiao::GridCell;

std::string read_file(const std::string& relative) {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const GridCell* at(const Grid& grid, std::size_t row, std::uint32_t column) {  // 0-based
  if (row >= grid.rows.size()) return nullptr;
  for (const auto& c : grid.rows[row].cells)
    if (c.column == column) return &c;
  return nullptr;
}

std::string text(const Grid& grid, std::size_t row, std::uint32_t column) {
  const GridCell* c = at(grid, row, column);
  return c ? std::string(c->text) : std::string("<none>");
}

std::string error_of(const std::string& page, jixiao::HtmlLimits limits = {}) {
  jixiao::HtmlOptions options;
  options.source_name = "page.html";
  options.limits = limits;
  try {
    jixiao::read_html_tables(page, options);
  } catch (const jixiao::Error& e) {
    return e.what();
  }
  return "";
}

TEST(HtmlTables, SpansTextAndOrigins) {
  const std::string page =
      "<html><body><p>intro</p>\n"
      "<table><tr><td rowspan=\"3\">项目资金<br>(元)</td><td colspan=\"2\"> <b>项目</b>资金&nbsp;总额 </td><td>1,409.50</td></tr>\n"
      "<tr><td>&ge;90.00&#x25;</td><td>&amp;&lt;</td><td>&nbsp;</td></tr>\n"
      "<tr><td colspan=2><p>甲</p><p>乙</p><table><tr><td>内</td></tr></table></td><td rowspan=\"0\">x</td></tr>\n"
      "</table></body></html>";
  const auto grids = jixiao::read_html_tables(page);
  ASSERT_EQ(grids.size(), 2u);
  const Grid& g = grids[0];
  EXPECT_EQ(g.name, "table 1");
  EXPECT_EQ(g.serialization, jixiao::Serialization::html);
  ASSERT_EQ(g.rows.size(), 3u);
  EXPECT_EQ(text(g, 0, 0), "项目资金\n(元)");
  EXPECT_EQ(at(g, 0, 0)->row_span, 3u);
  EXPECT_EQ(text(g, 0, 1), "项目资金 总额");
  EXPECT_EQ(at(g, 0, 1)->column_span, 2u);
  EXPECT_EQ(text(g, 0, 3), "1,409.50");
  // Row 2 starts in column 1: column 0 is held by the rowspan above.
  EXPECT_EQ(text(g, 1, 1), "≥90.00%");
  EXPECT_EQ(text(g, 1, 2), "&<");
  EXPECT_EQ(text(g, 1, 3), "");
  EXPECT_EQ(text(g, 2, 1), "甲\n乙");  // the nested table's text is its own
  EXPECT_EQ(text(g, 2, 3), "x");
  EXPECT_EQ(at(g, 2, 3)->row_span, 1u);  // rowspan="0": to the end of the table
  EXPECT_EQ(text(grids[1], 0, 0), "内");
  // The origin is the cell's tag.
  const GridCell* total = at(g, 0, 3);
  EXPECT_EQ(total->origin.line, 2u);
  EXPECT_EQ(page.substr(total->origin.byte, 4), "<td>");
  EXPECT_EQ(jixiao::describe(total->origin), "line 2, byte " + std::to_string(total->origin.byte));
}

TEST(HtmlTables, TheHongkouPage) {
  const auto grids = jixiao::read_html_tables(read_file("published/hongkou-form.html"));
  ASSERT_EQ(grids.size(), 7u);
  const Grid& g = grids[0];
  EXPECT_EQ(text(g, 0, 0), "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
  EXPECT_EQ(at(g, 0, 0)->column_span, 6u);
  EXPECT_EQ(text(g, 6, 0), "项目资金 (元)");
  EXPECT_EQ(at(g, 6, 0)->row_span, 4u);
  EXPECT_EQ(text(g, 6, 2), "300,000.00");
  // 上年结转资金's row: two empty cells, then the label where the rowspan leaves it.
  EXPECT_EQ(text(g, 8, 3), "上年结转资金");
}

TEST(HtmlTablesErrors, NoTableAndLimits) {
  EXPECT_EQ(error_of("<html><body><p>没有表格</p></body></html>"), "page.html: the page holds no <table>");
  EXPECT_EQ(error_of(""), "page.html: the page holds no <table>");
  jixiao::HtmlLimits limits;
  limits.max_colspan = 1000;
  EXPECT_EQ(error_of("<table>\n<tr><td colspan=\"5000\">x</td></tr></table>", limits),
            "page.html: line 2, byte 12: colspan 5000 is past HTML's limit of 1000");
  // Nested far deeper than the limit: an error, not a stack overflow in gumbo.
  std::string deep = "<table><tr><td>";
  for (int i = 0; i < 200'000; ++i) deep += "<div>";
  EXPECT_EQ(error_of(deep), "page.html: elements nested deeper than 1000 levels");
  // Unclosed cells and rows (old pages omit </td> and </tr>) do not nest.
  std::string unclosed = "<table>";
  for (int i = 0; i < 5000; ++i) unclosed += "<tr><td>a<td>b<td><p>c<p>d";
  EXPECT_EQ(error_of(unclosed + "</table>"), "");
  limits.max_rows = 2;
  EXPECT_EQ(error_of("<table><tr><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>", limits),
            "page.html: line 1, byte 0: 3 rows, past the limit of 2 a table");
}

TEST(HtmlTables, Detection) {
  EXPECT_TRUE(jixiao::looks_like_html("\xEF\xBB\xBF\n<!DOCTYPE html><html>"));
  EXPECT_TRUE(jixiao::looks_like_html("  <TABLE border=1>"));
  EXPECT_TRUE(jixiao::looks_like_html("<meta charset=utf-8>\n<Table>"));
  EXPECT_FALSE(jixiao::looks_like_html("项目名称\t<p>x</p>"));
  EXPECT_FALSE(jixiao::looks_like_html("<p>通过实施</p>"));
}

}  // namespace
