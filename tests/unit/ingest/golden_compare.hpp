// SPDX-License-Identifier: Apache-2.0
#pragma once
// A Document against the Hongkou golden (tests/data/golden/hongkou-court-2024.*.tsv),
// field by field: every difference as one line of text ("decl 3 ind 5 (全年收案数)
// raw: read 「…」, golden 「…」"), so a test can assert there are none, or exactly
// the ones a lossy serialization is known to cause.

#include <string>
#include <variant>
#include <vector>

#include "ingest_support.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/target.hpp"

namespace ingest_test {

inline std::string golden_opt(const std::optional<std::string>& s) { return s ? *s : std::string("<null>"); }
inline std::string golden_opt(const std::optional<jixiao::Date>& d) { return d ? d->to_iso() : std::string("<null>"); }
inline std::string golden_opt(const std::optional<jixiao::Money>& m) { return m ? m->to_string() : std::string("<null>"); }

// What the golden's op_or_term / value_or_basis / unit columns say of a target.
inline std::vector<std::string> target_fields(const jixiao::Target& t) {
  const auto& v = t.value;
  if (const auto* c = std::get_if<jixiao::CompareTarget>(&v))
    return {std::string(jixiao::to_string(c->op)), c->value.to_string(), c->unit};
  if (const auto* q = std::get_if<jixiao::QualitativeTarget>(&v)) return {q->term, "", ""};
  if (const auto* tr = std::get_if<jixiao::TrendTarget>(&v))
    return {std::string(jixiao::to_string(tr->direction)), std::string(jixiao::to_string(tr->basis)), ""};
  return {"?", "?", "?"};
}

inline std::vector<std::string> golden_differences(const jixiao::Document& doc) {
  std::vector<std::string> out;
  auto differ = [&](const std::string& where, const std::string& read, const std::string& golden) {
    if (read != golden) out.push_back(where + ": read 「" + read + "」, golden 「" + golden + "」");
  };
  const Tsv decls = read_tsv("golden/hongkou-court-2024.declarations.tsv");
  const Tsv goals = read_tsv("golden/hongkou-court-2024.goals.tsv");
  const Tsv inds = read_tsv("golden/hongkou-court-2024.indicators.tsv");
  differ("declarations", std::to_string(doc.declarations.size()), std::to_string(decls.rows.size()));
  for (std::size_t r = 0; r < decls.rows.size(); ++r) {
    const std::size_t d = std::stoul(decls.at(r, "doc")) - 1;
    if (d >= doc.declarations.size()) continue;
    const auto& decl = doc.declarations[d];
    const std::string w = "decl " + decls.at(r, "doc") + " ";
    differ(w + "year", decl.year ? std::to_string(*decl.year) : "<null>", decls.at(r, "year"));
    differ(w + "name", golden_opt(decl.project.name), decls.at(r, "name"));
    differ(w + "nature", golden_opt(decl.project.nature), decls.at(r, "nature"));
    differ(w + "category", golden_opt(decl.project.category), decls.at(r, "category"));
    differ(w + "supervisor", golden_opt(decl.project.supervisor), decls.at(r, "supervisor"));
    differ(w + "implementer", golden_opt(decl.project.implementer), decls.at(r, "implementer"));
    differ(w + "start_date", golden_opt(decl.project.start_date), decls.at(r, "start_date"));
    differ(w + "end_date", golden_opt(decl.project.end_date), decls.at(r, "end_date"));
    differ(w + "funds.unit", golden_opt(decl.funds.unit), "元");
    differ(w + "funds.total", golden_opt(decl.funds.total), decls.at(r, "funds.total"));
    differ(w + "funds.total_fiscal", golden_opt(decl.funds.total_fiscal), decls.at(r, "funds.total_fiscal"));
    differ(w + "funds.total_other", golden_opt(decl.funds.total_other), decls.at(r, "funds.total_other"));
    differ(w + "funds.annual", golden_opt(decl.funds.annual), decls.at(r, "funds.annual"));
    differ(w + "funds.annual_appropriation", golden_opt(decl.funds.annual_appropriation),
           decls.at(r, "funds.annual_appropriation"));
    differ(w + "funds.annual_carryover", golden_opt(decl.funds.annual_carryover),
           decls.at(r, "funds.annual_carryover"));
    differ(w + "funds.annual_other", golden_opt(decl.funds.annual_other), decls.at(r, "funds.annual_other"));
    differ(w + "indicators", std::to_string(decl.indicators.size()), decls.at(r, "indicators"));
  }
  for (std::size_t r = 0; r < goals.rows.size(); ++r) {
    const std::size_t d = std::stoul(goals.at(r, "doc")) - 1;
    if (d >= doc.declarations.size()) continue;
    const std::string w = "decl " + goals.at(r, "doc") + " ";
    differ(w + "goals.overall", golden_opt(doc.declarations[d].goals.overall), goals.at(r, "overall"));
    differ(w + "goals.annual", golden_opt(doc.declarations[d].goals.annual), goals.at(r, "annual"));
  }
  std::vector<std::size_t> next(doc.declarations.size(), 0);
  for (std::size_t r = 0; r < inds.rows.size(); ++r) {
    const std::size_t d = std::stoul(inds.at(r, "doc")) - 1;
    if (d >= doc.declarations.size()) continue;
    const auto& decl = doc.declarations[d];
    const std::size_t k = next[d]++;
    const std::string w = "decl " + inds.at(r, "doc") + " ind " + std::to_string(k) + " (" + inds.at(r, "name") + ") ";
    if (k >= decl.indicators.size()) {
      out.push_back(w + "missing");
      continue;
    }
    const auto& ind = decl.indicators[k];
    differ(w + "name", ind.name, inds.at(r, "name"));
    const std::string placed = ind.level1 + "/" + ind.level2;
    const std::string also = inds.at(r, "also_accepted");
    if (also.empty() || placed != also) differ(w + "levels", placed, inds.at(r, "level1") + "/" + inds.at(r, "level2"));
    differ(w + "raw", ind.target.raw, inds.at(r, "raw"));
    differ(w + "kind", std::string(jixiao::to_string(ind.target.kind())), inds.at(r, "kind"));
    const auto f = target_fields(ind.target);
    differ(w + "op_or_term", f[0], inds.at(r, "op_or_term"));
    differ(w + "value_or_basis", f[1], inds.at(r, "value_or_basis"));
    differ(w + "unit", f[2], inds.at(r, "unit"));
  }
  for (std::size_t d = 0; d < doc.declarations.size(); ++d)
    for (std::size_t k = next[d]; k < doc.declarations[d].indicators.size(); ++k)
      out.push_back("decl " + std::to_string(d + 1) + " ind " + std::to_string(k) + " extra: 「" +
                    doc.declarations[d].indicators[k].name + "」 「" + doc.declarations[d].indicators[k].target.raw +
                    "」");
  return out;
}

}  // namespace ingest_test
