// SPDX-License-Identifier: Apache-2.0
// read_xlsx: cell types, number formats, merges, origins, every sheet; and the
// bad input it must refuse with an error naming the file and the cell or member.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "jixiao/error.hpp"
#include "jixiao/workbook.hpp"
#include "xlsx_builder.hpp"

namespace {

using namespace sheets_test;
using jixiao::Grid;
using jixiao::GridCell;

std::string read_file(const std::string& relative) {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const GridCell* at(const Grid& grid, std::uint32_t row, std::uint32_t column) {  // 1-based, as a sheet
  if (row == 0 || row > grid.rows.size()) return nullptr;
  for (const auto& c : grid.rows[row - 1].cells)
    if (c.column + 1 == column) return &c;
  return nullptr;
}

std::string text(const Grid& grid, std::uint32_t row, std::uint32_t column) {
  const GridCell* c = at(grid, row, column);
  return c ? std::string(c->text) : std::string("<none>");
}

jixiao::WorkbookOptions named(const std::string& name) {
  jixiao::WorkbookOptions o;
  o.source_name = name;
  return o;
}

// The message of the Error that reading throws ("" if it does not).
std::string error_of(const std::string& bytes, jixiao::WorkbookOptions options = named("book.xlsx")) {
  try {
    jixiao::read_xlsx(bytes, options);
  } catch (const jixiao::Error& e) {
    return e.what();
  }
  return "";
}

TEST(Xlsx, CellTypesAndOrigins) {
  const std::string styles =
      "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
      "</numFmts><cellStyleXfs><xf numFmtId=\"4\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"4\"/>"
      "<xf numFmtId=\"14\"/><xf numFmtId=\"10\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";
  const std::string book = minimal_xlsx(
      {{"Sheet1", sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                            "<c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 主管部门 </t></is></c></row>"
                            "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>12780000</v></c><c r=\"B3\" s=\"1\"><v>1409.4999999999998</v></c>"
                            "<c r=\"C3\"><v>1.278E7</v></c><c r=\"D3\" s=\"2\"><v>45292</v></c><c r=\"E3\" s=\"3\"><v>0.9</v></c>"
                            "<c r=\"F3\" s=\"4\"><v>45657</v></c><c r=\"G3\" s=\"5\"><v>0.1</v></c></row>"
                            "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>A1&amp;B1</f><v>合规及时</v></c><c r=\"B4\"><f>SUM(A3:B3)</f><v>12781409.5</v></c>"
                            "<c r=\"C4\" t=\"b\"><v>1</v></c><c r=\"D4\" t=\"e\"><v>#DIV/0!</v></c><c r=\"AA4\" t=\"s\"><v>2</v></c></row>")}},
      {"<t>项目名称</t>", "<r><t>专业设备</t></r><r><t>购置</t></r><rPh><t>ふりがな</t></rPh>", "<t>行1_x000D_\n行2</t>"}, styles);
  const auto grids = jixiao::read_xlsx(book, named("book.xlsx"));
  ASSERT_EQ(grids.size(), 1u);
  const Grid& g = grids[0];
  EXPECT_EQ(g.name, "Sheet1");
  EXPECT_EQ(g.serialization, jixiao::Serialization::xlsx);
  ASSERT_EQ(g.rows.size(), 4u);
  EXPECT_TRUE(g.rows[1].blank());  // row 2 is absent: a blank Grid row keeps the numbering
  EXPECT_EQ(text(g, 1, 1), "项目名称");
  EXPECT_EQ(text(g, 1, 2), "专业设备购置");  // rich runs joined, phonetic run left out
  EXPECT_EQ(text(g, 1, 3), "主管部门");      // trimmed
  EXPECT_EQ(text(g, 3, 1), "12,780,000.00");  // #,##0.00
  EXPECT_EQ(text(g, 3, 2), "1,409.50");      // rounded as shown, from the digits
  EXPECT_EQ(text(g, 3, 3), "12780000");      // General: exponent spelled out
  EXPECT_EQ(text(g, 3, 4), "2024-01-01");
  EXPECT_EQ(text(g, 3, 5), "90.00%");
  EXPECT_EQ(text(g, 3, 6), "2024-12-31");    // a custom 年月日 format: still a date
  EXPECT_EQ(text(g, 3, 7), "0.10");
  EXPECT_EQ(text(g, 4, 1), "合规及时");      // a formula's cached value
  EXPECT_EQ(text(g, 4, 2), "12781409.5");
  EXPECT_EQ(text(g, 4, 3), "TRUE");
  EXPECT_EQ(text(g, 4, 4), "#DIV/0!");
  EXPECT_EQ(text(g, 4, 27), "行1\n行2");
  const GridCell* aa4 = at(g, 4, 27);
  ASSERT_NE(aa4, nullptr);
  EXPECT_EQ(aa4->column, 26u);
  EXPECT_EQ(jixiao::describe(aa4->origin), "Sheet1!AA4");
}

TEST(Xlsx, MergesAndEverySheet) {
  const std::string book = minimal_xlsx(
      {{"表1", sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                         "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>",
                         "<mergeCells count=\"2\"><mergeCell ref=\"A1:A3\"/><mergeCell ref=\"C2:E2\"/></mergeCells>")},
       {"第二页", sheet_xml("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>")}},
      {"<t>项目资金</t>", "<t>x</t>"});
  const auto grids = jixiao::read_xlsx(book);
  ASSERT_EQ(grids.size(), 2u);
  EXPECT_EQ(grids[1].name, "第二页");
  const Grid& g = grids[0];
  ASSERT_EQ(g.rows.size(), 3u);  // the merge reaches row 3
  const GridCell* a1 = at(g, 1, 1);
  ASSERT_NE(a1, nullptr);
  EXPECT_EQ(a1->row_span, 3u);
  EXPECT_EQ(a1->column_span, 1u);
  const GridCell* c2 = at(g, 2, 3);  // an empty top-left cell still carries its merge
  ASSERT_NE(c2, nullptr);
  EXPECT_EQ(c2->text, "");
  EXPECT_EQ(c2->column_span, 3u);
  EXPECT_EQ(jixiao::describe(at(grids[1], 2, 2)->origin), "第二页!B2");
}

TEST(Xlsx, TheHongkouFormWorkbook) {
  const auto grids = jixiao::read_xlsx(read_file("published/hongkou-form.xlsx"));
  ASSERT_EQ(grids.size(), 7u);
  const Grid& g = grids[0];
  EXPECT_EQ(g.name, "表1");
  EXPECT_EQ(text(g, 1, 1), "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
  EXPECT_EQ(at(g, 1, 1)->column_span, 6u);
  EXPECT_EQ(text(g, 7, 1), "项目资金 (元)");
  EXPECT_EQ(at(g, 7, 1)->row_span, 4u);
  EXPECT_EQ(text(g, 7, 3), "300,000.00");
  EXPECT_EQ(text(g, 6, 2), "2024-01-01");
}

TEST(Xlsx, SplitColumnExport) {
  // xlsxwriter: shared strings and merge_range; 计算符号 | 指标值 | 计量单位.
  const auto grids = jixiao::read_xlsx(read_file("published/hongkou-split.xlsx"));
  ASSERT_EQ(grids.size(), 7u);
  const Grid& g = grids[0];
  EXPECT_EQ(text(g, 1, 1), "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
  EXPECT_EQ(text(g, 13, 5), "计算符号");
  EXPECT_EQ(text(g, 13, 6), "指标值");
  EXPECT_EQ(text(g, 13, 7), "计量单位");
  EXPECT_EQ(text(g, 15, 4), "水泵更完成率");
  EXPECT_EQ(text(g, 15, 5), "=");
  EXPECT_EQ(text(g, 15, 6), "100.00");
  EXPECT_EQ(text(g, 15, 7), "%");
  EXPECT_EQ(text(g, 14, 5), "定性");
  EXPECT_EQ(text(g, 14, 6), "合规");
}

std::string one_sheet(const std::string& sheet) { return minimal_xlsx({{"Sheet1", sheet}}); }

TEST(XlsxErrors, DamagedZip) {
  const std::string book = read_file("published/hongkou-form.xlsx");
  EXPECT_NE(error_of(book.substr(0, book.size() / 2)).find("book.xlsx: damaged zip archive"), std::string::npos)
      << error_of(book.substr(0, book.size() / 2));
  // The central directory intact, a member's deflated bytes overwritten.
  std::string flipped = book;
  const std::size_t member = flipped.find("xl/worksheets/sheet1.xml");
  ASSERT_NE(member, std::string::npos);
  for (std::size_t i = member + 100; i < member + 400; ++i) flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
  const std::string message = error_of(flipped);
  EXPECT_EQ(message.rfind("book.xlsx: ", 0), 0u) << message;
  EXPECT_NE(message, "");
}

TEST(XlsxErrors, ZipWithoutWorkbook) {
  const std::string zip = zip_members({{"word/document.xml", "<w:document/>"}});
  EXPECT_EQ(error_of(zip), "book.xlsx: a zip archive without xl/workbook.xml: not an xlsx workbook");
}

TEST(XlsxErrors, ZipBomb) {
  // 64 MiB of one byte deflates about 1000:1, past the ratio limit (200).
  const std::string bomb = one_sheet(sheet_xml("") + std::string(std::size_t{64} << 20, ' '));
  EXPECT_LT(bomb.size(), std::size_t{1} << 20);
  const std::string message = error_of(bomb);
  EXPECT_NE(message.find("book.xlsx: member xl/worksheets/sheet1.xml inflates past 200 times its"), std::string::npos)
      << message;
  // And the size limit of one member, whatever the ratio.
  jixiao::WorkbookOptions small = named("book.xlsx");
  small.limits.max_member_bytes = 1000;
  EXPECT_EQ(error_of(read_file("published/hongkou-form.xlsx"), small),
            "book.xlsx: member xl/workbook.xml inflates past the limit of 1000 bytes");
}

TEST(XlsxErrors, MillionRows) {
  std::string rows;
  rows.reserve(std::size_t{40} << 20);
  for (int r = 1; r <= 1'000'000; ++r) rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>1</v></c></row>";
  EXPECT_EQ(error_of(one_sheet(sheet_xml(rows))),
            "book.xlsx: Sheet1!A100001: row 100001 is past the limit of 100000 rows a sheet");
  // A merge reaching past the limit is refused the same way.
  EXPECT_EQ(error_of(one_sheet(sheet_xml("", "<mergeCells><mergeCell ref=\"A1:B1048576\"/></mergeCells>"))),
            "book.xlsx: Sheet1!B1048576: row 1048576 is past the limit of 100000 rows a sheet");
  jixiao::WorkbookOptions few = named("book.xlsx");
  few.limits.max_cells = 3;
  EXPECT_EQ(error_of(one_sheet(sheet_xml(rows.substr(0, 1000))), few),
            "book.xlsx: Sheet1!A4: past the limit of 3 cells with content in the workbook");
}

TEST(XlsxErrors, FormulaWithoutCachedValue) {
  EXPECT_EQ(error_of(one_sheet(sheet_xml("<row r=\"12\"><c r=\"F12\"><f>SUM(F1:F11)</f></c></row>"))),
            "book.xlsx: Sheet1!F12: the formula =SUM(F1:F11) has no cached value (open and save the workbook in a "
            "spreadsheet program to compute it)");
  // openpyxl writes an empty <v></v> for a formula it never computed.
  EXPECT_NE(error_of(one_sheet(sheet_xml("<row r=\"2\"><c r=\"B2\"><f>A1*2</f><v></v></c></row>"))).find("Sheet1!B2: the formula =A1*2"),
            std::string::npos);
}

TEST(XlsxErrors, MalformedXmlAndBadCells) {
  EXPECT_EQ(error_of(one_sheet("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"></row></sheetData></worksheet>")),
            "book.xlsx: xl/worksheets/sheet1.xml: malformed XML at line 1, column 46: mismatched tag");
  EXPECT_EQ(error_of(one_sheet("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>")),
            "book.xlsx: xl/worksheets/sheet1.xml: line 1, column 13: a document type declaration (<!DOCTYPE>), which OOXML never has");
  EXPECT_EQ(error_of(one_sheet(sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"))),
            "book.xlsx: Sheet1!A1: shared string 7 does not exist (the workbook has 0)");
  EXPECT_EQ(error_of(one_sheet(sheet_xml("<row r=\"1\"><c r=\"B1\"><v>1,000</v></c></row>"))),
            "book.xlsx: Sheet1!B1: \"1,000\" is not a number");
  EXPECT_EQ(error_of(one_sheet(sheet_xml("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"))),
            "book.xlsx: sheet \"Sheet1\": cell reference \"1A\" after row 1 is not like F12");
}

}  // namespace
