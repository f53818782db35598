// SPDX-License-Identifier: Apache-2.0
// A workbook or an HTML page that reads fine but holds no declaration: the
// reading says so, naming the file (issue 15). A PDF with no declaration is an
// Error (tests/unit/pdfgrid); a workbook or page is a warning, the grids were read.
#include <gtest/gtest.h>

#include <string>

#include "jixiao/read.hpp"
#include "unit/sheets/xlsx_builder.hpp"

namespace {

void expect_no_declaration(const std::string& bytes, const std::string& name) {
  jixiao::ReadOptions options;
  options.source_name = name;
  const jixiao::Document doc = jixiao::read_document(bytes, options);
  EXPECT_TRUE(doc.declarations.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "INGEST_NO_DECLARATION");
  EXPECT_EQ(doc.diagnostics[0].severity, jixiao::Severity::warning);
  EXPECT_EQ(doc.diagnostics[0].message.rfind(name, 0), 0u) << doc.diagnostics[0].message;
}

TEST(PublishedNoDeclaration, Workbook) {
  using namespace sheets_test;
  const std::string book = minimal_xlsx(
      {{"Sheet1", sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Item</t></is></c>"
                            "<c r=\"B1\"><v>300000</v></c></row>")}});
  expect_no_declaration(book, "budget.xlsx");
}

TEST(PublishedNoDeclaration, HtmlPage) {
  expect_no_declaration("<html><body><table><tr><td>Item</td><td>300,000.00</td></tr></table></body></html>",
                        "budget.html");
}

}  // namespace
