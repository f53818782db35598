// SPDX-License-Identifier: Apache-2.0
// The Hongkou declarations printed the way the seed PDF was (a ruled HTML table,
// headless Chromium, fonts-noto-cjk) with other fonts, widths, orientation, a
// page break inside a level-1 group and a 万元 form (tests/data/pdf/make_variants.py):
// each reads field for field as the golden says, like the seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "hongkou_golden.hpp"
#include "jixiao/pdf.hpp"
#include "pdf_support.hpp"

namespace {

struct Variant {
  const char* name;
  const char* unit;
};

class PdfVariant : public ::testing::TestWithParam<Variant> {
 protected:
  static jixiao::Document read(const Variant& v) {
    const std::string file = std::string("variant-") + v.name + ".pdf";
    return jixiao::read_pdf_document(pdf_test::data("pdf/" + file), pdf_test::options(file));
  }
};

TEST_P(PdfVariant, ReadsAsTheGoldenSays) {
  const jixiao::Document doc = read(GetParam());
  pdf_test::expect_golden_declarations(doc, GetParam().unit);
  pdf_test::expect_golden_goals(doc);
  pdf_test::expect_golden_indicators(doc);
}

INSTANTIATE_TEST_SUITE_P(Hongkou, PdfVariant,
                         ::testing::Values(Variant{"serif", "元"}, Variant{"narrow", "元"}, Variant{"landscape", "元"},
                                           Variant{"pagebreak", "元"}, Variant{"wan", "万元"}),
                         [](const auto& param_info) { return std::string(param_info.param.name); });

const jixiao::GridCell* cell(const jixiao::Grid& grid, std::string_view text) {
  for (const auto& row : grid.rows)
    for (const auto& c : row.cells)
      if (c.text == text) return &c;
  return nullptr;
}

jixiao::Grid grid_of(const std::string& name) {
  return jixiao::read_pdf_grid(pdf_test::data("pdf/variant-" + name + ".pdf"), pdf_test::options(name));
}

// Each variant is what it says, so that reading it like the golden means something.
TEST(PdfVariants, AreWhatTheyClaim) {
  {
    const jixiao::Grid narrow = grid_of("narrow");
    SCOPED_TRACE(pdf_test::dump(narrow));
    EXPECT_NE(cell(narrow, "辅助人员\n招聘计划\n完成率"), nullptr);  // a name over three lines
    EXPECT_NE(cell(narrow, "法警设备\n采购完成\n率"), nullptr);
  }
  {
    // Declaration 1's 产出指标 group: its first rows on page 1, the rest on page 2.
    const jixiao::Grid broken = grid_of("pagebreak");
    const auto* before = cell(broken, "水泵更完成率");
    const auto* after = cell(broken, "设备验收合格率");
    ASSERT_TRUE(before && after);
    EXPECT_EQ(before->origin.page, 1u);
    EXPECT_EQ(after->origin.page, 2u);
  }
  {
    // A4 landscape: cells right of a portrait page's edge.
    const jixiao::Grid wide = grid_of("landscape");
    double right = 0;
    for (const auto& row : wide.rows)
      for (const auto& c : row.cells) right = std::max(right, c.origin.box->x1);
    EXPECT_GT(right, 700.0);
  }
  {
    const jixiao::Grid wan = grid_of("wan");
    EXPECT_NE(cell(wan, "项目\n资金\n(万元)"), nullptr) << pdf_test::dump(wan);
    EXPECT_NE(cell(wan, "1,278.00"), nullptr);
  }
}

}  // namespace
