// SPDX-License-Identifier: Apache-2.0
// The real published documents of tests/data/corpus/real/ read by the form
// interpreter as tests/data/golden/real/ says, field by field. Until the text
// front ends for single spaces and one cell per line exist, the rows are made
// here the way those serializations hold them (cells split on single spaces, or
// one cell per line, columns unknown).

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "ingest_support.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/money.hpp"

namespace {

using namespace ingest_test;
using jixiao::Document;

// A RowSource over prepared rows (the cells' views point into `text`).
class PreparedRows final : public jixiao::RowSource {
 public:
  PreparedRows(const std::string& text, jixiao::Serialization serialization) : serialization_(serialization) {
    std::size_t start = 0;
    std::uint32_t line = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      ++line;
      std::string_view l(text.data() + start, end - start);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      jixiao::GridRow row;
      auto add = [&](std::string_view cell, std::size_t at) {
        while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1), ++at;
        while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
        if (cell.empty()) return;
        jixiao::GridCell c;
        c.text = cell;
        c.column = static_cast<std::uint32_t>(row.cells.size());
        c.origin.line = line;
        c.origin.byte = start + at;
        row.cells.push_back(c);
      };
      if (serialization == jixiao::Serialization::single_space) {
        std::size_t s = 0;
        for (;;) {
          const std::size_t sp = l.find(' ', s);
          add(l.substr(s, sp == std::string_view::npos ? std::string_view::npos : sp - s), s);
          if (sp == std::string_view::npos) break;
          s = sp + 1;
        }
      } else {
        add(l, 0);
      }
      if (!row.cells.empty()) rows_.push_back(std::move(row));
      if (end == text.size()) break;
      start = end + 1;
    }
  }
  const jixiao::GridRow* next() override { return at_ < rows_.size() ? &rows_[at_++] : nullptr; }
  jixiao::Serialization serialization() const noexcept override { return serialization_; }
  bool columns_known() const noexcept override { return false; }

 private:
  jixiao::Serialization serialization_;
  std::vector<jixiao::GridRow> rows_;
  std::size_t at_ = 0;
};

struct Real {
  std::string text;
  Document doc;
};

const Real& read_real(const std::string& name, jixiao::Serialization serialization) {
  static std::map<std::string, Real> cache;
  auto it = cache.find(name);
  if (it != cache.end()) return it->second;
  Real r;
  r.text = read_file("corpus/real/" + name + ".txt");
  PreparedRows rows(r.text, serialization);
  r.doc = jixiao::read_rows(rows, {name, {}});
  return cache.emplace(name, std::move(r)).first->second;
}

// The golden's labels are as printed; the model's level1/level2 are canonical
// (taxonomy-notes.md), the printed alias kept in `label`.
struct Canonical {
  std::string level1, level2;
};
Canonical canonical(const std::string& level1, const std::string& level2) {
  static const std::map<std::string, std::string> level1_alias{{"项目完成指标", "产出指标"},
                                                              {"项目效益指标", "效益指标"}};
  const auto a = level1_alias.find(level1);
  const std::string l1 = a != level1_alias.end() ? a->second : level1;
  if (l1 == "产出指标" && level2 == "成本指标") return {"成本指标", "经济成本指标"};  // the 2015 layout
  if (l1 == "满意度指标" && level2 == "满意度指标") return {"满意度指标", "服务对象满意度指标"};
  return {l1, level2};
}

bool has_diagnostic_mentioning(const Document& doc, const std::string& code, const std::string& text) {
  for (const auto& d : doc.diagnostics)
    if (d.code == code && d.message.find(text) != std::string::npos) return true;
  return false;
}

void expect_indicators(const std::string& name, jixiao::Serialization serialization, const std::string& golden) {
  const Real& real = read_real(name, serialization);
  const Tsv tsv = read_tsv("golden/real/" + golden);
  ASSERT_EQ(real.doc.declarations.size(), 1u) << name;
  const auto& decl = real.doc.declarations[0];
  ASSERT_EQ(decl.indicators.size(), tsv.rows.size()) << name;
  for (std::size_t i = 0; i < tsv.rows.size(); ++i) {
    const auto& ind = decl.indicators[i];
    const auto want = canonical(tsv.at(i, "level1"), tsv.at(i, "level2"));
    EXPECT_EQ(ind.level1, want.level1) << name << " row " << i;
    EXPECT_EQ(ind.level2, want.level2) << name << " row " << i;
    EXPECT_EQ(ind.name, tsv.at(i, "level3")) << name << " row " << i;
    EXPECT_EQ(ind.target.raw, tsv.at(i, "target")) << name << " row " << i;
    if (!ind.target.valid()) {  // a target the grammar does not read is said, never dropped
      EXPECT_TRUE(has_diagnostic_mentioning(real.doc, "INGEST_TARGET_INVALID", tsv.at(i, "target"))) << name << i;
    }
    EXPECT_TRUE(ind.line.has_value());
    // A mapped label is kept as printed.
    if (want.level2 != tsv.at(i, "level2")) {
      EXPECT_EQ(ind.label.value_or(""), tsv.at(i, "level2") == "成本指标" ? "" : tsv.at(i, "level2"));
    }
  }
}

// funds.tsv: annual and fiscal (年度资金总额, 其中:财政拨款) in the declared unit;
// `?` marks a figure the document leaves uncertain: there must be a diagnostic.
void expect_funds(const std::string& name, jixiao::Serialization serialization) {
  const Real& real = read_real(name, serialization);
  const Tsv tsv = read_tsv("golden/real/" + name + ".funds.tsv");
  ASSERT_EQ(tsv.rows.size(), 1u);
  const auto& decl = real.doc.declarations.at(0);
  EXPECT_EQ(decl.project.name.value_or(""), tsv.at(0, "project"));
  EXPECT_EQ(decl.funds.unit.value_or(""), tsv.at(0, "unit"));
  ASSERT_EQ(tsv.at(0, "unit"), "万元");
  auto check = [&](const std::string& column, const std::optional<jixiao::Money>& got, const std::string& label) {
    std::string want = tsv.at(0, column);
    if (want.empty()) {
      EXPECT_FALSE(got.has_value()) << name << " " << column;
      return;
    }
    const bool uncertain = want.back() == '?';
    if (uncertain) want.pop_back();
    ASSERT_TRUE(got.has_value()) << name << " " << column;
    EXPECT_EQ(*got, jixiao::Money::parse_wan(want)) << name << " " << column;
    if (uncertain) {
      EXPECT_TRUE(has_diagnostic_mentioning(real.doc, "INGEST_AMOUNT_UNCERTAIN", label)) << name;
    }
  };
  check("total", decl.funds.total, "项目资金总额");
  check("annual", decl.funds.annual, "年度资金总额");
  check("fiscal", decl.funds.annual_appropriation, "财政拨款");
}

TEST(RealDocuments, NanyueHunanSingleSpaces) {
  expect_indicators("nanyue-tourism-2018", jixiao::Serialization::single_space, "nanyue-tourism-2018.expected.tsv");
  expect_funds("nanyue-tourism-2018", jixiao::Serialization::single_space);
  const auto& doc = read_real("nanyue-tourism-2018", jixiao::Serialization::single_space).doc;
  const auto& decl = doc.declarations.at(0);
  EXPECT_EQ(decl.project.supervisor.value_or(""), "南岳镇政府");
  EXPECT_EQ(decl.project.implementer.value_or(""), "[610001]湖南省润山润水生态农业发展有限公司");
  EXPECT_EQ(decl.goals.annual.value_or(""), "为水濂村带来观光游客不少于6万人,村集体收入达6万元。");
  EXPECT_EQ(decl.taxonomy, jixiao::TaxonomyEdition::e2015);  // 成本指标 under 产出指标
  // 项目负责人及电话 has no model field: kept in a diagnostic, never dropped.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_FIELD_NOT_IN_MODEL", "郭铁梅18932106863"));
  // The approval rows end the form.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_TEXT_IGNORED", "审核意见"));
  EXPECT_EQ(count_code(doc, "INGEST_ROWS_REBUILT"), 1u);
}

TEST(RealDocuments, YueyangxianHunanCellPerLine) {
  expect_indicators("yueyangxian-farmland-2022", jixiao::Serialization::cell_per_line,
                    "yueyangxian-farmland-2022.expected.tsv");
  expect_funds("yueyangxian-farmland-2022", jixiao::Serialization::cell_per_line);
  const auto& doc = read_real("yueyangxian-farmland-2022", jixiao::Serialization::cell_per_line).doc;
  const auto& decl = doc.declarations.at(0);
  EXPECT_EQ(decl.year, 2022);
  EXPECT_EQ(decl.goals.annual.value_or(""), "完成项目主体工程70%");
  // Prose in the funds cells: the leading amount, said.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_AMOUNT_FROM_PROSE", "年度资金总额"));
  // 经济效益 / 指标 printed over two cells.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_LABEL_JOINED", "经济效益指标"));
  EXPECT_EQ(count_code(doc, "INGEST_ROWS_REBUILT"), 1u);
}

TEST(RealDocuments, ZhaohuaSichuanOlder) {
  expect_indicators("zhaohua-fertility-2021", jixiao::Serialization::single_space,
                    "zhaohua-fertility-2021.expected.tsv");
  expect_funds("zhaohua-fertility-2021", jixiao::Serialization::single_space);
  const auto& doc = read_real("zhaohua-fertility-2021", jixiao::Serialization::single_space).doc;
  const auto& decl = doc.declarations.at(0);
  EXPECT_EQ(decl.year, 2021);
  EXPECT_EQ(decl.project.supervisor.value_or(""), "区卫生健康局");  // 预算单位
  EXPECT_EQ(decl.indicators.at(0).label.value_or(""), "项目完成指标");
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_LABEL_ALIAS", "项目完成指标"));
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_FIELD_NOT_IN_MODEL", "一般公共预算"));
  // 年度资金总额 prints no figure of its own: the sum of its parts, said.
  EXPECT_NE(find_code(doc, "INGEST_AMOUNT_INFERRED"), nullptr);
}

// selfeval-<name>.tsv: the indicator rows with actual, weight and score.
void expect_selfeval(const std::string& name) {
  const Real& real = read_real(name, jixiao::Serialization::single_space);
  const Tsv tsv = read_tsv("golden/real/" + name + ".tsv");
  ASSERT_EQ(real.doc.declarations.size(), 1u) << name;
  const auto& decl = real.doc.declarations[0];
  ASSERT_EQ(decl.indicators.size(), tsv.rows.size()) << name;
  for (std::size_t i = 0; i < tsv.rows.size(); ++i) {
    const auto& ind = decl.indicators[i];
    const auto want = canonical(tsv.at(i, "level1"), tsv.at(i, "level2"));
    EXPECT_EQ(ind.level1, want.level1) << name << " row " << i;
    EXPECT_EQ(ind.level2, want.level2) << name << " row " << i;
    EXPECT_EQ(ind.name, tsv.at(i, "level3")) << name << " row " << i;
    EXPECT_EQ(ind.target.raw, tsv.at(i, "target")) << name << " row " << i;
    EXPECT_EQ(ind.actual.value_or(""), tsv.at(i, "actual")) << name << " row " << i;
    ASSERT_TRUE(ind.weight && ind.score) << name << " row " << i;
    EXPECT_EQ(*ind.weight, jixiao::Decimal::parse(tsv.at(i, "weight"))) << name << " row " << i;
    EXPECT_EQ(*ind.score, jixiao::Decimal::parse(tsv.at(i, "score"))) << name << " row " << i;
  }
  const Tsv totals = read_tsv("golden/real/" + name + ".totals.tsv");
  ASSERT_TRUE(decl.selfeval.has_value());
  EXPECT_EQ(decl.project.name.value_or(""), totals.at(0, "project"));
  const auto& b = decl.selfeval->budget;
  auto check = [&](const std::string& column, const std::optional<std::string>& got, const std::string& code) {
    std::string want = totals.at(0, column);
    const bool uncertain = !want.empty() && want.back() == '?';
    if (uncertain) {
      want.pop_back();
      EXPECT_NE(find_code(real.doc, code), nullptr) << name << " " << column;
    }
    if (want.empty()) {
      EXPECT_FALSE(got.has_value()) << name << " " << column;
      return;
    }
    EXPECT_EQ(got.value_or("<none>"), want) << name << " " << column;
  };
  check("budget_annual", b.annual, "INGEST_FUNDS_INCONSISTENT");
  check("budget_executed", b.executed, "INGEST_FUNDS_INCONSISTENT");
  check("exec_rate", b.rate, "INGEST_FUNDS_INCONSISTENT");
  check("budget_weight", b.weight, "INGEST_FUNDS_INCONSISTENT");
  check("budget_score", b.score, "INGEST_FUNDS_INCONSISTENT");
  check("total", decl.selfeval->total, "INGEST_TRUNCATED");
  check("grade", decl.selfeval->grade, "INGEST_TRUNCATED");
}

TEST(RealDocuments, ChizhouSelfEvaluationOnOneLine) {
  expect_selfeval("selfeval-chizhou-tangxi-village-2022");
  const auto& doc = read_real("selfeval-chizhou-tangxi-village-2022", jixiao::Serialization::single_space).doc;
  const auto& decl = doc.declarations.at(0);
  EXPECT_EQ(decl.year, 2022);
  // The level-1's weight in its label is data, said.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_GROUP_WEIGHT", "产出指标(50分)"));
  // Cut off inside 可持续影响: says where it stopped.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_TRUNCATED", "可持续影响"));
  ASSERT_TRUE(decl.selfeval->achieved.has_value());
  EXPECT_TRUE(decl.selfeval->achieved->starts_with("本项目共完成预算资金1329120.67元"));
  EXPECT_TRUE(decl.goals.annual.value_or("").starts_with("本项目共申请预算资金2026400元"));
  // The file's metadata before the heading is reported, not read.
  EXPECT_TRUE(has_diagnostic_mentioning(doc, "INGEST_TEXT_IGNORED", "标题之前"));
}

TEST(RealDocuments, NoDeclarationNamesWhatWasFound) {
  const std::string text = "一些 文字\n并非 申报\n";
  PreparedRows rows(text, jixiao::Serialization::single_space);
  const Document doc = jixiao::read_rows(rows, {"notes.txt", {}});
  EXPECT_TRUE(doc.declarations.empty());
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].code, "INGEST_NO_DECLARATION");
  EXPECT_NE(doc.diagnostics[0].message.find("notes.txt"), std::string::npos);
  EXPECT_NE(doc.diagnostics[0].message.find("一些"), std::string::npos);
}

}  // namespace
