// SPDX-License-Identifier: Apache-2.0
#pragma once
// A Document read from a Hongkou PDF (the seed or a variant made by
// tests/data/pdf/make_variants.py) compared field by field with the golden TSVs:
// every declaration's fields and funds, both goals, all 100 indicators in order.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "jixiao/declaration.hpp"
#include "unit/ingest/ingest_support.hpp"

namespace pdf_test {

inline std::string opt(const std::optional<std::string>& s) { return s ? *s : std::string("<null>"); }
inline std::string opt(const std::optional<jixiao::Date>& d) { return d ? d->to_iso() : std::string("<null>"); }
inline std::string opt(const std::optional<jixiao::Money>& m) { return m ? m->to_string() : std::string("<null>"); }

// `unit` is the funds unit the PDF prints (元, or 万元 for a 万元 form); the
// amounts are the golden's in 元 either way.
inline void expect_golden_declarations(const jixiao::Document& doc, const std::string& unit) {
  using ingest_test::read_tsv;
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
  const ingest_test::Tsv golden = read_tsv("golden/hongkou-court-2024.declarations.tsv");
  ASSERT_EQ(doc.declarations.size(), golden.rows.size());
  for (std::size_t r = 0; r < golden.rows.size(); ++r) {
    SCOPED_TRACE("declaration " + golden.at(r, "doc"));
    const auto& d = doc.declarations.at(std::stoul(golden.at(r, "doc")) - 1);
    ASSERT_TRUE(d.year.has_value());
    EXPECT_EQ(std::to_string(*d.year), golden.at(r, "year"));
    EXPECT_EQ(opt(d.project.name), golden.at(r, "name"));
    EXPECT_EQ(opt(d.project.nature), golden.at(r, "nature"));
    EXPECT_EQ(opt(d.project.category), golden.at(r, "category"));
    EXPECT_EQ(opt(d.project.supervisor), golden.at(r, "supervisor"));
    EXPECT_EQ(opt(d.project.implementer), golden.at(r, "implementer"));
    EXPECT_EQ(opt(d.project.start_date), golden.at(r, "start_date"));
    EXPECT_EQ(opt(d.project.end_date), golden.at(r, "end_date"));
    EXPECT_EQ(opt(d.funds.unit), unit);
    EXPECT_EQ(opt(d.funds.total), golden.at(r, "funds.total"));
    EXPECT_EQ(opt(d.funds.total_fiscal), golden.at(r, "funds.total_fiscal"));
    EXPECT_EQ(opt(d.funds.total_other), golden.at(r, "funds.total_other"));
    EXPECT_EQ(opt(d.funds.annual), golden.at(r, "funds.annual"));
    EXPECT_EQ(opt(d.funds.annual_appropriation), golden.at(r, "funds.annual_appropriation"));
    EXPECT_EQ(opt(d.funds.annual_carryover), golden.at(r, "funds.annual_carryover"));
    EXPECT_EQ(opt(d.funds.annual_other), golden.at(r, "funds.annual_other"));
    EXPECT_EQ(std::to_string(d.indicators.size()), golden.at(r, "indicators"));
    ASSERT_TRUE(d.source && d.source->page && d.source->bbox);
  }
}

inline void expect_golden_goals(const jixiao::Document& doc) {
  const ingest_test::Tsv golden = ingest_test::read_tsv("golden/hongkou-court-2024.goals.tsv");
  for (std::size_t r = 0; r < golden.rows.size(); ++r) {
    SCOPED_TRACE("declaration " + golden.at(r, "doc"));
    const auto& goals = doc.declarations.at(std::stoul(golden.at(r, "doc")) - 1).goals;
    EXPECT_EQ(opt(goals.overall), golden.at(r, "overall"));
    EXPECT_EQ(opt(goals.annual), golden.at(r, "annual"));
  }
}

// Placements exactly as the golden's primary reading, and no error diagnostic.
inline void expect_golden_indicators(const jixiao::Document& doc) {
  const ingest_test::Tsv golden = ingest_test::read_tsv("golden/hongkou-court-2024.indicators.tsv");
  ASSERT_EQ(golden.rows.size(), 100u);
  std::vector<std::size_t> next(doc.declarations.size(), 0);
  for (std::size_t r = 0; r < golden.rows.size(); ++r) {
    const std::size_t d = std::stoul(golden.at(r, "doc")) - 1;
    const auto& decl = doc.declarations.at(d);
    const std::size_t k = next.at(d)++;
    ASSERT_LT(k, decl.indicators.size());
    const auto& ind = decl.indicators[k];
    SCOPED_TRACE("declaration " + golden.at(r, "doc") + " indicator " + golden.at(r, "name"));
    EXPECT_EQ(opt(decl.project.name), golden.at(r, "project"));
    EXPECT_EQ(ind.name, golden.at(r, "name"));
    EXPECT_EQ(ind.level1, golden.at(r, "level1"));
    EXPECT_EQ(ind.level2, golden.at(r, "level2"));
    EXPECT_EQ(ind.target.raw, golden.at(r, "raw"));
    EXPECT_EQ(std::string(jixiao::to_string(ind.target.kind())), golden.at(r, "kind"));
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
      ADD_FAILURE() << "unexpected kind " << jixiao::to_string(ind.target.kind());
    }
  }
  for (std::size_t d = 0; d < doc.declarations.size(); ++d) EXPECT_EQ(next[d], doc.declarations[d].indicators.size());
  for (const auto& diagnostic : doc.diagnostics)
    EXPECT_NE(diagnostic.severity, jixiao::Severity::error) << diagnostic.code << " " << diagnostic.message;
}

}  // namespace pdf_test
