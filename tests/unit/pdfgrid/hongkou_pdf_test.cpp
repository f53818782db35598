// SPDX-License-Identifier: Apache-2.0
// The Hongkou PDF (printed from a ruled HTML table by headless Chromium) reads
// field for field as the golden TSVs say, through the PDF plugin and the Grid;
// and bad PDFs are clear errors naming the file.
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "jixiao/error.hpp"
#include "jixiao/pdf.hpp"
#include "hongkou_golden.hpp"
#include "pdf_support.hpp"
#include "pdfgrid/layout.hpp"
#include "unit/ingest/ingest_support.hpp"

namespace {

const std::string& hongkou_pdf() {
  static const std::string bytes = pdf_test::data("corpus/hongkou-court-2024.pdf");
  return bytes;
}

const jixiao::Document& document() {
  static const jixiao::Document doc = jixiao::read_pdf_document(hongkou_pdf(), pdf_test::options("hongkou.pdf"));
  return doc;
}

TEST(HongkouPdf, Declarations) {
  const auto& doc = document();
  pdf_test::expect_golden_declarations(doc, "元");
  // Each declaration starts a page; declaration 2's table runs onto page 3.
  EXPECT_EQ(*doc.declarations[0].source->page, 1u);
  EXPECT_EQ(*doc.declarations[1].source->page, 2u);
  EXPECT_EQ(*doc.declarations[2].source->page, 4u);
}

TEST(HongkouPdf, Goals) { pdf_test::expect_golden_goals(document()); }

// Placements exactly as the golden's primary reading: the PDF's merged cells
// say which rows each label covers, so nothing is guessed.
TEST(HongkouPdf, Indicators) { pdf_test::expect_golden_indicators(document()); }

const jixiao::GridCell* find_cell(const jixiao::Grid& grid, std::string_view text, std::size_t* row = nullptr) {
  for (std::size_t r = 0; r < grid.rows.size(); ++r)
    for (const auto& c : grid.rows[r].cells)
      if (c.text == text) {
        if (row) *row = r;
        return &c;
      }
  return nullptr;
}

TEST(HongkouPdf, GridCellsSpansAndOrigins) {
  const jixiao::Grid grid = jixiao::read_pdf_grid(hongkou_pdf(), pdf_test::options());
  SCOPED_TRACE(pdf_test::dump(grid));
  EXPECT_EQ(grid.serialization, jixiao::Serialization::pdf);
  for (const auto& row : grid.rows)
    for (const auto& c : row.cells) {
      EXPECT_GE(c.origin.page, 1u);
      EXPECT_LE(c.origin.page, 10u);
      ASSERT_TRUE(c.origin.box.has_value());
      EXPECT_LT(c.origin.box->x0, c.origin.box->x1);
      EXPECT_LT(c.origin.box->y0, c.origin.box->y1);
    }
  // A name wrapped over two lines is one cell.
  std::size_t row = 0;
  const auto* wrapped = find_cell(grid, "辅助人员年度绩效考核完成\n率", &row);
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->row_span, 1u);
  // Declaration 1: 产出指标 covers its six rows, 数量指标 two; 效益指标 four.
  const auto* output = find_cell(grid, "产出指标");
  ASSERT_NE(output, nullptr);
  EXPECT_EQ(output->row_span, 6u);
  EXPECT_EQ(output->origin.page, 1u);
  // Declaration 2's 满意度指标 spans the last row of page 2 and the first of page 3.
  std::size_t last_row = 0;
  const auto* last = find_cell(grid, "辅助人员所在部门满意度", &last_row);
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->origin.page, 3u);
  const auto* satisfaction = find_cell(grid, "辅助人员满意度", &row);
  ASSERT_NE(satisfaction, nullptr);
  EXPECT_EQ(row + 1, last_row);
  bool spanned = false;
  for (const auto& c : grid.rows[row].cells)
    if (c.text == "满意度指标") spanned = c.row_span == 2;
  EXPECT_TRUE(spanned);
  // The year heading of every declaration is a row of its own.
  std::size_t years = 0;
  for (const auto& r : grid.rows)
    if (r.cells.size() == 1 && r.cells[0].text == "(2024 年度)") ++years;
  EXPECT_EQ(years, 7u);
}

std::string error_of(const std::string& bytes, const jixiao::PdfOptions& options, jixiao::ErrorKind& kind) {
  try {
    (void)jixiao::read_pdf_document(bytes, options);
  } catch (const jixiao::Error& e) {
    kind = e.kind();
    return e.what();
  }
  return "";
}

TEST(BadPdf, EncryptedNamesTheFile) {
  jixiao::ErrorKind kind{};
  const std::string message = error_of(pdf_test::data("pdf/encrypted.pdf"), pdf_test::options("enc.pdf"), kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::format);
  EXPECT_EQ(message.rfind("enc.pdf: ", 0), 0u) << message;
  EXPECT_NE(message.find("encrypted"), std::string::npos) << message;
}

TEST(BadPdf, DamagedAndTruncated) {
  jixiao::ErrorKind kind{};
  std::string message = error_of(pdf_test::data("pdf/damaged.pdf"), pdf_test::options("bad.pdf"), kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::format);
  EXPECT_EQ(message.rfind("bad.pdf: damaged PDF", 0), 0u) << message;
  for (std::size_t size : {std::size_t{5}, std::size_t{1000}, hongkou_pdf().size() / 3, hongkou_pdf().size() - 100}) {
    SCOPED_TRACE(size);
    message = error_of(hongkou_pdf().substr(0, size), pdf_test::options("cut.pdf"), kind);
    EXPECT_EQ(message.rfind("cut.pdf: ", 0), 0u) << message;
  }
}

TEST(BadPdf, PageLimit) {
  jixiao::PdfOptions options = pdf_test::options("pages.pdf");
  options.limits.max_pages = 3;
  jixiao::ErrorKind kind{};
  const std::string message = error_of(hongkou_pdf(), options, kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::limit);
  EXPECT_NE(message.find("10 pages"), std::string::npos) << message;
}

// A scan (one CCITT image a page, no characters; tests/data/pdf/make_variants.py).
TEST(BadPdf, ScanWithoutTextLayer) {
  jixiao::ErrorKind kind{};
  const std::string message = error_of(pdf_test::data("pdf/scanned.pdf"), pdf_test::options("scan.pdf"), kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::format);
  EXPECT_EQ(message, "scan.pdf: no text layer: run OCR first (1 page, 1 with images, no characters)");
}

TEST(BadPdf, TextButNoDeclaration) {
  jixiao::ErrorKind kind{};
  const std::string message = error_of(pdf_test::data("pdf/no-declaration.pdf"), pdf_test::options("x.pdf"), kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::format);
  EXPECT_EQ(message, "x.pdf: no declaration in the PDF: no …绩效目标申报表 heading in the text of its 1 page");
}

// The cross-reference table's size is checked before any page is read.
TEST(BadPdf, ObjectLimit) {
  jixiao::PdfOptions options = pdf_test::options("objects.pdf");
  options.limits.max_objects = 50;
  jixiao::ErrorKind kind{};
  const std::string message = error_of(hongkou_pdf(), options, kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::limit);
  EXPECT_EQ(message.rfind("objects.pdf: the PDF has ", 0), 0u) << message;
  EXPECT_NE(message.find(" objects, more than the limit of 50"), std::string::npos) << message;
  options.limits.max_objects = 1'000'000;
  EXPECT_EQ(error_of(hongkou_pdf(), options, kind), "");
}

// The characters and rules limits, each naming the page where it was passed.
TEST(BadPdf, GlyphAndRuleLimits) {
  jixiao::PdfOptions options = pdf_test::options("big.pdf");
  options.limits.max_glyphs = 1000;
  jixiao::ErrorKind kind{};
  std::string message = error_of(hongkou_pdf(), options, kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::limit);
  EXPECT_EQ(message.rfind("big.pdf: page ", 0), 0u) << message;
  EXPECT_NE(message.find("more than 1000 characters"), std::string::npos) << message;
  options = pdf_test::options("big.pdf");
  options.limits.max_rules = 100;
  message = error_of(hongkou_pdf(), options, kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::limit);
  EXPECT_NE(message.find("more than 100 lines and rectangles"), std::string::npos) << message;
}

TEST(BadPdf, PluginMissingSaysSo) {
  jixiao::PdfOptions options = pdf_test::options("x.pdf");
  options.plugin_path = "/nonexistent/libjixiao_pdf.so";
  jixiao::ErrorKind kind{};
  const std::string message = error_of(hongkou_pdf(), options, kind);
  EXPECT_EQ(kind, jixiao::ErrorKind::io);
  EXPECT_NE(message.find("PDF support is not installed: libjixiao_pdf.so (GPL, optional"), std::string::npos)
      << message;
  EXPECT_FALSE(jixiao::pdf_support(options.plugin_path).available);
  EXPECT_TRUE(jixiao::pdf_support(pdf_test::options().plugin_path).available);
}

TEST(PdfDetection, Magic) {
  EXPECT_TRUE(jixiao::looks_like_pdf(hongkou_pdf()));
  EXPECT_TRUE(jixiao::looks_like_pdf("junk\n%PDF-1.4\n"));
  EXPECT_FALSE(jixiao::looks_like_pdf(pdf_test::data("corpus/hongkou-court-2024.txt")));
}

TEST(PdfJoin, WrappedLines) {
  EXPECT_EQ(jixiao::joined_lines("辅助人员年度绩效考核完成\n率"), "辅助人员年度绩效考核完成率");
  EXPECT_EQ(jixiao::joined_lines("完成\n2024 年度"), "完成 2024 年度");
  EXPECT_EQ(jixiao::joined_lines("项目\n(升级改造)"), "项目(升级改造)");
}

}  // namespace
