// SPDX-License-Identifier: Apache-2.0
// The Hongkou declarations published as files — an xlsx laid out with merges,
// the same form as xls and as an HTML page with rowspan/colspan
// (tests/data/published, made from the golden by make_files.py) — read through
// read_document_file exactly as the golden TSVs say: every field of the 7
// declarations, both goals, and all 100 indicators in order.
//
// read_document reads the grids through the form interpreter (read_grids; the
// Shanghai layout there by the seed's placement rules).

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>
#include <variant>

#include "jixiao/read.hpp"
#include "unit/ingest/ingest_support.hpp"

namespace {

using namespace ingest_test;
using jixiao::Document;

std::string opt(const std::optional<std::string>& s) { return s ? *s : std::string("<null>"); }
std::string opt(const std::optional<jixiao::Date>& d) { return d ? d->to_iso() : std::string("<null>"); }
std::string opt(const std::optional<jixiao::Money>& m) { return m ? m->to_string() : std::string("<null>"); }

class PublishedFile : public ::testing::TestWithParam<const char*> {
 protected:
  Document read() const {
    return jixiao::read_document_file(std::string(JIXIAO_TEST_DATA) + "/published/" + GetParam());
  }
};

TEST_P(PublishedFile, DetectedFromContent) {
  const std::string name = GetParam();
  const auto format = jixiao::detect_input_format(read_file("published/" + name));
  const auto expected = name.ends_with(".xlsx") ? jixiao::InputFormat::xlsx
                        : name.ends_with(".xls") ? jixiao::InputFormat::xls
                                                 : jixiao::InputFormat::html;
  EXPECT_EQ(format, expected);
}

TEST_P(PublishedFile, ReadsAsTheGoldenSays) {
  const Document doc = read();
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
  for (const auto& d : doc.diagnostics) EXPECT_NE(d.severity, jixiao::Severity::error) << d.code << " " << d.message;

  const Tsv declarations = read_tsv("golden/hongkou-court-2024.declarations.tsv");
  ASSERT_EQ(doc.declarations.size(), declarations.rows.size());
  for (std::size_t r = 0; r < declarations.rows.size(); ++r) {
    SCOPED_TRACE("declaration " + declarations.at(r, "doc"));
    const auto& decl = doc.declarations.at(std::stoul(declarations.at(r, "doc")) - 1);
    ASSERT_TRUE(decl.year.has_value());
    EXPECT_EQ(std::to_string(*decl.year), declarations.at(r, "year"));
    EXPECT_EQ(opt(decl.project.name), declarations.at(r, "name"));
    EXPECT_EQ(opt(decl.project.nature), declarations.at(r, "nature"));
    EXPECT_EQ(opt(decl.project.category), declarations.at(r, "category"));
    EXPECT_EQ(opt(decl.project.supervisor), declarations.at(r, "supervisor"));
    EXPECT_EQ(opt(decl.project.implementer), declarations.at(r, "implementer"));
    EXPECT_EQ(opt(decl.project.start_date), declarations.at(r, "start_date"));
    EXPECT_EQ(opt(decl.project.end_date), declarations.at(r, "end_date"));
    EXPECT_EQ(opt(decl.funds.unit), "元");
    for (const char* field : {"total", "total_fiscal", "total_other", "annual", "annual_appropriation",
                              "annual_carryover", "annual_other"}) {
      const std::string name = field;
      const auto& f = decl.funds;
      const auto& value = name == "total"                  ? f.total
                          : name == "total_fiscal"         ? f.total_fiscal
                          : name == "total_other"          ? f.total_other
                          : name == "annual"               ? f.annual
                          : name == "annual_appropriation" ? f.annual_appropriation
                          : name == "annual_carryover"     ? f.annual_carryover
                                                           : f.annual_other;
      EXPECT_EQ(opt(value), declarations.at(r, "funds." + name)) << name;
    }
    EXPECT_EQ(std::to_string(decl.indicators.size()), declarations.at(r, "indicators"));
  }

  const Tsv goals = read_tsv("golden/hongkou-court-2024.goals.tsv");
  for (std::size_t r = 0; r < goals.rows.size(); ++r) {
    SCOPED_TRACE("goals of declaration " + goals.at(r, "doc"));
    const auto& g = doc.declarations.at(std::stoul(goals.at(r, "doc")) - 1).goals;
    EXPECT_EQ(opt(g.overall), goals.at(r, "overall"));
    EXPECT_EQ(opt(g.annual), goals.at(r, "annual"));
  }

  const Tsv indicators = read_tsv("golden/hongkou-court-2024.indicators.tsv");
  ASSERT_EQ(indicators.rows.size(), 100u);
  std::vector<std::size_t> next(doc.declarations.size(), 0);
  for (std::size_t r = 0; r < indicators.rows.size(); ++r) {
    const auto& decl = doc.declarations.at(std::stoul(indicators.at(r, "doc")) - 1);
    const std::size_t k = next.at(std::stoul(indicators.at(r, "doc")) - 1)++;
    ASSERT_LT(k, decl.indicators.size());
    const auto& ind = decl.indicators[k];
    SCOPED_TRACE("indicator " + indicators.at(r, "name"));
    EXPECT_EQ(opt(decl.project.name), indicators.at(r, "project"));
    EXPECT_EQ(ind.name, indicators.at(r, "name"));
    // The files are laid out from the golden's primary placement.
    EXPECT_EQ(ind.level1, indicators.at(r, "level1"));
    EXPECT_EQ(ind.level2, indicators.at(r, "level2"));
    EXPECT_EQ(ind.target.raw, indicators.at(r, "raw"));
    EXPECT_EQ(std::string(jixiao::to_string(ind.target.kind())), indicators.at(r, "kind"));
    const auto& v = ind.target.value;
    if (const auto* c = std::get_if<jixiao::CompareTarget>(&v)) {
      EXPECT_EQ(std::string(jixiao::to_string(c->op)), indicators.at(r, "op_or_term"));
      EXPECT_EQ(c->value.to_string(), indicators.at(r, "value_or_basis"));
      EXPECT_EQ(c->unit, indicators.at(r, "unit"));
    } else if (const auto* q = std::get_if<jixiao::QualitativeTarget>(&v)) {
      EXPECT_EQ(q->term, indicators.at(r, "op_or_term"));
    } else if (const auto* t = std::get_if<jixiao::TrendTarget>(&v)) {
      EXPECT_EQ(std::string(jixiao::to_string(t->direction)), indicators.at(r, "op_or_term"));
      EXPECT_EQ(std::string(jixiao::to_string(t->basis)), indicators.at(r, "value_or_basis"));
    } else {
      ADD_FAILURE() << "unexpected target kind";
    }
  }
  for (std::size_t d = 0; d < doc.declarations.size(); ++d) EXPECT_EQ(next[d], doc.declarations[d].indicators.size());
}

INSTANTIATE_TEST_SUITE_P(Hongkou, PublishedFile,
                         ::testing::Values("hongkou-form.xlsx", "hongkou-form.xls", "hongkou-form.html"),
                         [](const auto& param_info) {
                           std::string n = param_info.param;
                           for (auto& c : n)
                             if (c == '-' || c == '.') c = '_';
                           return n;
                         });

// A file that cannot be read names itself and where.
TEST(PublishedFileErrors, NameTheFile) {
  const std::string path = std::string(JIXIAO_TEST_DATA) + "/published/hongkou-form.xlsx";
  const std::string half = read_file("published/hongkou-form.xlsx").substr(0, 5000);
  jixiao::ReadOptions options;
  options.source_name = "half.xlsx";
  try {
    jixiao::read_document(half, options);
    ADD_FAILURE() << "read a truncated workbook";
  } catch (const jixiao::Error& e) {
    EXPECT_EQ(std::string(e.what()).rfind("half.xlsx: damaged zip archive", 0), 0u) << e.what();
  }
  options.source_name = "page.html";
  try {
    jixiao::read_document("<!DOCTYPE html><html><body><p>none</p></body></html>", options);
    ADD_FAILURE() << "read a page without a table";
  } catch (const jixiao::Error& e) {
    EXPECT_STREQ(e.what(), "page.html: the page holds no <table>");
  }
}

}  // namespace

namespace {

// The split-column export (make_files.py, xlsxwriter): 计算符号 | 指标值 | 计量单位 as
// three cells read into one target per row, raw the cells joined (target-values.md,
// "Targets spread over several cells"); a 计算符号 of 定性 is the row's nature.
TEST(PublishedSplitExport, OneTargetPerRow) {
  const Document doc = jixiao::read_document_file(std::string(JIXIAO_TEST_DATA) + "/published/hongkou-split.xlsx");
  for (const auto& d : doc.diagnostics) EXPECT_NE(d.severity, jixiao::Severity::error) << d.code << " " << d.message;
  const Tsv declarations = read_tsv("golden/hongkou-court-2024.declarations.tsv");
  ASSERT_EQ(doc.declarations.size(), declarations.rows.size());
  for (std::size_t r = 0; r < declarations.rows.size(); ++r) {
    const auto& decl = doc.declarations[r];
    EXPECT_EQ(opt(decl.project.name), declarations.at(r, "name"));
    EXPECT_EQ(opt(decl.project.supervisor), declarations.at(r, "supervisor"));
    EXPECT_EQ(opt(decl.funds.total), declarations.at(r, "funds.total"));
    EXPECT_EQ(opt(decl.funds.annual), declarations.at(r, "funds.annual"));
    EXPECT_EQ(std::to_string(decl.indicators.size()), declarations.at(r, "indicators"));
  }
  static const std::map<std::string, std::string> symbol{{"eq", "="}, {"ge", "≥"}, {"le", "≤"}, {"gt", ">"}, {"lt", "<"}};
  const Tsv indicators = read_tsv("golden/hongkou-court-2024.indicators.tsv");
  std::vector<std::size_t> next(doc.declarations.size(), 0);
  std::size_t joined = 0;
  for (std::size_t r = 0; r < indicators.rows.size(); ++r) {
    const std::size_t d = std::stoul(indicators.at(r, "doc")) - 1;
    ASSERT_LT(d, doc.declarations.size());
    ASSERT_LT(next[d], doc.declarations[d].indicators.size());
    const auto& ind = doc.declarations[d].indicators[next[d]++];
    SCOPED_TRACE("indicator " + indicators.at(r, "name"));
    EXPECT_EQ(ind.name, indicators.at(r, "name"));
    EXPECT_EQ(ind.level1, indicators.at(r, "level1"));
    EXPECT_EQ(ind.level2, indicators.at(r, "level2"));
    EXPECT_EQ(std::string(jixiao::to_string(ind.target.kind())), indicators.at(r, "kind"));
    if (const auto* c = std::get_if<jixiao::CompareTarget>(&ind.target.value)) {
      ++joined;
      EXPECT_EQ(ind.target.raw, symbol.at(indicators.at(r, "op_or_term")) + indicators.at(r, "value_or_basis") +
                                    indicators.at(r, "unit"));
      EXPECT_EQ(std::string(jixiao::to_string(c->op)), indicators.at(r, "op_or_term"));
      EXPECT_EQ(c->value.to_string(), indicators.at(r, "value_or_basis"));
      EXPECT_EQ(c->unit, indicators.at(r, "unit"));
      EXPECT_FALSE(ind.nature.has_value());
    } else {
      EXPECT_EQ(ind.target.raw, indicators.at(r, "raw"));
      EXPECT_EQ(ind.nature.value_or(""), "定性");
    }
  }
  for (std::size_t d = 0; d < doc.declarations.size(); ++d) EXPECT_EQ(next[d], doc.declarations[d].indicators.size());
  std::size_t reported = 0;
  for (const auto& diagnostic : doc.diagnostics) reported += diagnostic.code == "INGEST_TARGET_JOINED";
  EXPECT_EQ(reported, joined);
  EXPECT_GT(joined, 50u);
}

}  // namespace
