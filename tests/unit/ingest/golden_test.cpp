// SPDX-License-Identifier: Apache-2.0
// The Hongkou court document reads exactly as the hand-checked golden TSVs say:
// every field of all 7 declarations, all 7 amounts, both goals, and all 100
// indicators in order, compared field by field.

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "ingest_support.hpp"
#include "jixiao/ingest.hpp"

namespace {

using namespace ingest_test;
using jixiao::Document;

const Document& hongkou_document() {
  static const Document doc = jixiao::read_published_text(hongkou(), {});
  return doc;
}

std::string opt(const std::optional<std::string>& s) { return s ? *s : std::string("<null>"); }
std::string opt(const std::optional<jixiao::Date>& d) { return d ? d->to_iso() : std::string("<null>"); }
std::string opt(const std::optional<jixiao::Money>& m) { return m ? m->to_string() : std::string("<null>"); }

TEST(HongkouGolden, Title) {
  const auto& doc = hongkou_document();
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
}

TEST(HongkouGolden, Declarations) {
  const auto& doc = hongkou_document();
  const Tsv golden = read_tsv("golden/hongkou-court-2024.declarations.tsv");
  ASSERT_EQ(golden.rows.size(), 7u);
  ASSERT_EQ(doc.declarations.size(), golden.rows.size());
  for (std::size_t r = 0; r < golden.rows.size(); ++r) {
    const std::size_t d = std::stoul(golden.at(r, "doc")) - 1;
    SCOPED_TRACE("declaration " + golden.at(r, "doc"));
    const auto& decl = doc.declarations.at(d);
    ASSERT_TRUE(decl.year.has_value());
    EXPECT_EQ(std::to_string(*decl.year), golden.at(r, "year"));
    EXPECT_EQ(decl.taxonomy, jixiao::TaxonomyEdition::e2021);
    EXPECT_EQ(opt(decl.project.name), golden.at(r, "name"));
    EXPECT_EQ(opt(decl.project.nature), golden.at(r, "nature"));
    EXPECT_EQ(opt(decl.project.category), golden.at(r, "category"));
    EXPECT_EQ(opt(decl.project.supervisor), golden.at(r, "supervisor"));
    EXPECT_EQ(opt(decl.project.implementer), golden.at(r, "implementer"));
    EXPECT_EQ(opt(decl.project.start_date), golden.at(r, "start_date"));
    EXPECT_EQ(opt(decl.project.end_date), golden.at(r, "end_date"));
    EXPECT_EQ(opt(decl.funds.unit), "元");
    EXPECT_EQ(opt(decl.funds.total), golden.at(r, "funds.total"));
    EXPECT_EQ(opt(decl.funds.total_fiscal), golden.at(r, "funds.total_fiscal"));
    EXPECT_EQ(opt(decl.funds.total_other), golden.at(r, "funds.total_other"));
    EXPECT_EQ(opt(decl.funds.annual), golden.at(r, "funds.annual"));
    EXPECT_EQ(opt(decl.funds.annual_appropriation), golden.at(r, "funds.annual_appropriation"));
    EXPECT_EQ(opt(decl.funds.annual_carryover), golden.at(r, "funds.annual_carryover"));
    EXPECT_EQ(opt(decl.funds.annual_other), golden.at(r, "funds.annual_other"));
    EXPECT_EQ(std::to_string(decl.indicators.size()), golden.at(r, "indicators"));
  }
}

TEST(HongkouGolden, Goals) {
  const auto& doc = hongkou_document();
  const Tsv golden = read_tsv("golden/hongkou-court-2024.goals.tsv");
  ASSERT_EQ(golden.rows.size(), 7u);
  for (std::size_t r = 0; r < golden.rows.size(); ++r) {
    const std::size_t d = std::stoul(golden.at(r, "doc")) - 1;
    SCOPED_TRACE("declaration " + golden.at(r, "doc"));
    const auto& goals = doc.declarations.at(d).goals;
    EXPECT_EQ(opt(goals.overall), golden.at(r, "overall"));
    EXPECT_EQ(opt(goals.annual), golden.at(r, "annual"));
  }
}

TEST(HongkouGolden, Indicators) {
  const auto& doc = hongkou_document();
  const Tsv golden = read_tsv("golden/hongkou-court-2024.indicators.tsv");
  ASSERT_EQ(golden.rows.size(), 100u);
  std::vector<std::size_t> next(doc.declarations.size(), 0);
  std::size_t read_total = 0;
  for (const auto& decl : doc.declarations) read_total += decl.indicators.size();
  EXPECT_EQ(read_total, golden.rows.size());
  for (std::size_t r = 0; r < golden.rows.size(); ++r) {
    const std::size_t d = std::stoul(golden.at(r, "doc")) - 1;
    const auto& decl = doc.declarations.at(d);
    EXPECT_EQ(opt(decl.project.name), golden.at(r, "project"));
    const std::size_t k = next.at(d)++;
    ASSERT_LT(k, decl.indicators.size()) << "declaration " << d + 1;
    const auto& ind = decl.indicators[k];
    SCOPED_TRACE("declaration " + golden.at(r, "doc") + " indicator " + std::to_string(k) + " " + golden.at(r, "name"));
    EXPECT_EQ(ind.name, golden.at(r, "name"));
    const std::string placed = ind.level1 + "/" + ind.level2;
    const std::string primary = golden.at(r, "level1") + "/" + golden.at(r, "level2");
    const std::string also = golden.at(r, "also_accepted");
    EXPECT_TRUE(placed == primary || (!also.empty() && placed == also))
        << "placed " << placed << ", golden " << primary << (also.empty() ? "" : " or " + also);
    EXPECT_EQ(ind.target.raw, golden.at(r, "raw"));
    EXPECT_EQ(std::string(jixiao::to_string(ind.target.kind())), golden.at(r, "kind"));
    ASSERT_TRUE(ind.line.has_value());
    const auto& v = ind.target.value;
    if (const auto* c = std::get_if<jixiao::CompareTarget>(&v)) {
      EXPECT_EQ(std::string(jixiao::to_string(c->op)), golden.at(r, "op_or_term"));
      EXPECT_EQ(c->value.to_string(), golden.at(r, "value_or_basis"));
      EXPECT_EQ(c->unit, golden.at(r, "unit"));
    } else if (const auto* q = std::get_if<jixiao::QualitativeTarget>(&v)) {
      EXPECT_EQ(q->term, golden.at(r, "op_or_term"));
    } else if (const auto* t = std::get_if<jixiao::TrendTarget>(&v)) {
      EXPECT_EQ(std::string(jixiao::to_string(t->direction)), golden.at(r, "op_or_term"));
      EXPECT_EQ(std::string(jixiao::to_string(t->basis)), golden.at(r, "value_or_basis"));
    } else {
      ADD_FAILURE() << "unexpected target kind " << jixiao::to_string(ind.target.kind());
    }
  }
  for (std::size_t d = 0; d < doc.declarations.size(); ++d)
    EXPECT_EQ(next[d], doc.declarations[d].indicators.size()) << "declaration " << d + 1;
}

// Every indicator line points at the source row holding its name and raw target.
TEST(HongkouGolden, LinesPointAtTheirRows) {
  const auto& doc = hongkou_document();
  const auto lines = lines_of(hongkou());
  for (const auto& decl : doc.declarations) {
    ASSERT_TRUE(decl.source.has_value());
    EXPECT_NE(lines.at(decl.source->first_line - 1).find("财政项目支出绩效目标申报表"), std::string::npos);
    EXPECT_FALSE(lines.at(decl.source->last_line - 1).empty());
    for (const auto& ind : decl.indicators) {
      const auto& text = lines.at(*ind.line - 1);
      EXPECT_NE(text.find(ind.name), std::string::npos) << *ind.line;
      EXPECT_NE(text.find(ind.target.raw), std::string::npos) << *ind.line;
      EXPECT_GE(*ind.line, decl.source->first_line);
      EXPECT_LE(*ind.line, decl.source->last_line);
    }
  }
  EXPECT_EQ(doc.declarations.front().source->first_line, 5u);
  EXPECT_EQ(doc.declarations.front().source->last_line, 33u);
  EXPECT_EQ(doc.declarations.back().source->last_line, 221u);
}

// The guesses the reader makes on this document are reported with their lines.
TEST(HongkouGolden, PlacementGuessesAreReported) {
  const auto& doc = hongkou_document();
  auto has = [&](const std::string& code, std::uint32_t line, std::size_t decl, std::optional<std::size_t> ind) {
    for (const auto& d : doc.diagnostics)
      if (d.code == code && d.line == line && d.declaration == decl && d.indicator == ind) return true;
    return false;
  };
  // Decl 4, 全年收案数 (line 110): read into the 数量指标 group printed below it.
  EXPECT_TRUE(has("INGEST_GROUP_FROM_NAME", 110, 3, 1));
  // Decl 1, 设备维护成本 (line 27): kept in 时效指标, its name reads as a cost.
  EXPECT_TRUE(has("INGEST_NAME_SUGGESTS_OTHER", 27, 0, 6));
  // Decl 7, 车辆维护成本 stays with its labelled cost group: nothing to report.
  for (const auto& d : doc.diagnostics) {
    EXPECT_NE(d.line, std::optional<std::uint32_t>(208)) << d.code << " " << d.message;
    EXPECT_EQ(d.code.rfind("INGEST_", 0), 0u);
    EXPECT_NE(d.severity, jixiao::Severity::error) << d.code << " " << d.message;
  }
  // 数量指标 without 产出指标 on its row: level-1 from the taxonomy.
  EXPECT_TRUE(has("INGEST_LEVEL1_INFERRED", 82, 2, 1));
  EXPECT_TRUE(has("INGEST_LEVEL1_INFERRED", 111, 3, 2));
  // 扫描合格率: name in column 0, target three cells later.
  EXPECT_TRUE(has("INGEST_ORPHAN_ROW", 116, 3, 7));
  // Page-break fragments.
  EXPECT_TRUE(has("INGEST_FRAGMENT_SKIPPED", 21, 0, 0));
  EXPECT_TRUE(has("INGEST_FRAGMENT_SKIPPED", 59, 1, 7));
  EXPECT_TRUE(has("INGEST_FRAGMENT_SKIPPED", 182, 5, 6));
  // A merged label carried across a blank line.
  EXPECT_TRUE(has("INGEST_LABEL_ACROSS_BREAK", 157, 4, 8));
}

}  // namespace
