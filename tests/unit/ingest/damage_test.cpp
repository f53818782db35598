// SPDX-License-Identifier: Apache-2.0
// Damaged and unusual input: truncation, invalid UTF-8, malformed amounts, empty
// tables, 万元 forms, the 2015 layout, alias labels, merged labels printed lower,
// limits. Each case asserts its diagnostic code and line.

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

#include "ingest_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"

namespace {

using namespace ingest_test;
using jixiao::Diagnostic;
using jixiao::Document;
using jixiao::Money;

Document read(const std::string& text) { return jixiao::read_published_text(text, {}); }

// The first diagnostic with this code; fails the test when there is none.
const Diagnostic& diag(const Document& doc, const std::string& code) {
  const Diagnostic* d = find_code(doc, code);
  if (d == nullptr) {
    std::string all;
    for (const auto& x : doc.diagnostics) all += x.code + " ";
    ADD_FAILURE() << "no " << code << " among: " << all;
    static const Diagnostic none{};
    return none;
  }
  return *d;
}

std::string first_lines(const std::string& text, std::size_t n) {
  auto lines = lines_of(text);
  lines.resize(n);
  return join_lines(lines);
}

TEST(IngestDamage, TruncatedMidTable) {
  const auto full = read(hongkou());
  // Lines 1..111, then the start of line 112 without its target.
  const std::string text = first_lines(hongkou(), 111) + "\n\t\t\t档案扫描完";
  const auto doc = read(text);
  ASSERT_EQ(doc.declarations.size(), 4u);
  for (std::size_t d = 0; d < 3; ++d) EXPECT_EQ(doc.declarations[d], full.declarations[d]) << d;
  const auto& cut = doc.declarations[3];
  EXPECT_EQ(cut.project, full.declarations[3].project);
  EXPECT_EQ(cut.funds, full.declarations[3].funds);
  EXPECT_EQ(cut.goals, full.declarations[3].goals);
  ASSERT_EQ(cut.indicators.size(), 4u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(cut.indicators[i], full.declarations[3].indicators[i]);
  EXPECT_EQ(cut.indicators[3].name, "档案扫描完");
  EXPECT_EQ(cut.indicators[3].target.kind(), jixiao::TargetKind::invalid);
  EXPECT_EQ(cut.indicators[3].target.raw, "");
  const auto& t = diag(doc, "INGEST_TRUNCATED");
  EXPECT_EQ(t.line, 112u);
  EXPECT_EQ(t.declaration, 3u);
  EXPECT_EQ(t.severity, jixiao::Severity::error);
  const auto& n = diag(doc, "INGEST_NO_TARGET");
  EXPECT_EQ(n.line, 112u);
  EXPECT_EQ(n.indicator, 3u);
  EXPECT_EQ(cut.source->last_line, 112u);
}

TEST(IngestDamage, TruncatedMidHeader) {
  // Declaration 4 ends after its 计划开始日期 row.
  const auto doc = read(first_lines(hongkou(), 101));
  ASSERT_EQ(doc.declarations.size(), 4u);
  const auto& cut = doc.declarations[3];
  EXPECT_EQ(cut.project.name, "审判执行业务费");
  ASSERT_TRUE(cut.project.end_date.has_value());
  EXPECT_EQ(cut.project.end_date->to_iso(), "2024-12-31");
  EXPECT_FALSE(cut.funds.total.has_value());
  EXPECT_FALSE(cut.funds.unit.has_value());
  EXPECT_FALSE(cut.goals.overall.has_value());
  EXPECT_TRUE(cut.indicators.empty());
  const auto& t = diag(doc, "INGEST_TRUNCATED");
  EXPECT_EQ(t.line, 101u);
  EXPECT_EQ(t.declaration, 3u);
  const auto& m = diag(doc, "INGEST_FIELDS_MISSING");
  EXPECT_EQ(m.declaration, 3u);
  EXPECT_EQ(m.line, 95u);
  EXPECT_NE(m.message.find("项目资金总额"), std::string::npos);
  EXPECT_NE(m.message.find("项目总目标"), std::string::npos);
  EXPECT_EQ(m.message.find("项目名称"), std::string::npos);
  // Only the cut declaration is reported.
  EXPECT_EQ(count_code(doc, "INGEST_TRUNCATED"), 1u);
  EXPECT_EQ(count_code(doc, "INGEST_FIELDS_MISSING"), 1u);
}

TEST(IngestDamage, InvalidUtf8InARow) {
  auto lines = lines_of(hongkou());
  std::string& row = lines.at(21);  // line 22: │产出指标│数量指标│水泵更完成率│=100.00(%)
  const std::size_t at = row.find("水泵");
  ASSERT_NE(at, std::string::npos);
  row[at + 1] = '\xFF';  // breaks the first character of the name
  std::size_t offset = 0;
  for (std::size_t i = 0; i < 21; ++i) offset += lines[i].size() + 1;
  const auto doc = read(join_lines(lines));
  const auto& d = diag(doc, "INGEST_INVALID_UTF8");
  EXPECT_EQ(d.line, 22u);
  EXPECT_EQ(d.declaration, 0u);
  EXPECT_EQ(d.severity, jixiao::Severity::error);
  EXPECT_NE(d.message.find(std::to_string(offset + at)), std::string::npos) << d.message;
  // The row is still there, the bad bytes shown as U+FFFD; nothing else moves.
  const auto& ind = doc.declarations.at(0).indicators.at(1);
  EXPECT_EQ(ind.level2, "数量指标");
  EXPECT_NE(ind.name.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(ind.target.raw, "=100.00(%)");
  std::size_t total = 0;
  for (const auto& decl : doc.declarations) total += decl.indicators.size();
  EXPECT_EQ(total, 100u);
}

TEST(IngestDamage, InvalidUtf8Kinds) {
  // Overlong, surrogate, a lone continuation byte, a sequence cut by the end.
  for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\x80", "\xF4\x90\x80\x80", "\xE6\x95"}) {
    const auto doc = read("标题\n财政项目支出绩效目标申报表\n项目名称\t名" + bad);
    const auto& d = diag(doc, "INGEST_INVALID_UTF8");
    EXPECT_EQ(d.line, 3u);
    ASSERT_EQ(doc.declarations.size(), 1u);
    ASSERT_TRUE(doc.declarations[0].project.name.has_value());
    EXPECT_EQ(doc.declarations[0].project.name->rfind("名", 0), 0u);
  }
}

TEST(IngestDamage, MalformedAmount) {
  auto lines = lines_of(hongkou());
  std::string& row = lines.at(11);  // line 12: 项目资金 (元)│项目资金总额│300,000.00│…
  const std::size_t at = row.find("300,000.00");
  ASSERT_NE(at, std::string::npos);
  row.replace(at, 10, "3,00,000.00");
  const auto doc = read(join_lines(lines));
  const auto& d = diag(doc, "INGEST_AMOUNT_INVALID");
  EXPECT_EQ(d.line, 12u);
  EXPECT_EQ(d.declaration, 0u);
  EXPECT_NE(d.message.find("3,00,000.00"), std::string::npos);
  const auto& funds = doc.declarations.at(0).funds;
  EXPECT_FALSE(funds.total.has_value());  // never 0
  ASSERT_TRUE(funds.annual.has_value());
  EXPECT_EQ(funds.annual->to_string(), "300000.00");
  EXPECT_EQ(count_code(doc, "INGEST_FIELDS_MISSING"), 0u);  // reported once, as invalid
}

TEST(IngestDamage, MalformedDate) {
  auto lines = lines_of(hongkou());
  std::string& row = lines.at(10);  // line 11: 计划开始日期│2024-01-01│…
  row.replace(row.find("2024-01-01"), 10, "2024-13-01");
  const auto doc = read(join_lines(lines));
  const auto& d = diag(doc, "INGEST_DATE_INVALID");
  EXPECT_EQ(d.line, 11u);
  EXPECT_FALSE(doc.declarations.at(0).project.start_date.has_value());
  EXPECT_TRUE(doc.declarations.at(0).project.end_date.has_value());
}

TEST(IngestDamage, EmptyTable) {
  const auto doc = read(read_file("ingest/empty_table.txt"));
  ASSERT_EQ(doc.declarations.size(), 1u);
  EXPECT_TRUE(doc.declarations[0].indicators.empty());
  const auto& d = diag(doc, "INGEST_TABLE_EMPTY");
  EXPECT_EQ(d.line, 18u);  // the table header row
  EXPECT_EQ(count_code(doc, "INGEST_TRUNCATED"), 0u);
  // In the middle of a document too.
  const auto two = read(read_file("ingest/empty_table.txt") + read_file("ingest/wan.txt"));
  ASSERT_EQ(two.declarations.size(), 2u);
  EXPECT_EQ(diag(two, "INGEST_TABLE_EMPTY").line, 18u);
  EXPECT_EQ(two.declarations[1].indicators.size(), 4u);
}

TEST(IngestDamage, WanForm) {
  const auto doc = read(read_file("ingest/wan.txt"));
  ASSERT_EQ(doc.declarations.size(), 1u);
  const auto& f = doc.declarations[0].funds;
  EXPECT_EQ(f.unit, "万元");
  ASSERT_TRUE(f.total && f.total_fiscal && f.total_other && f.annual && f.annual_appropriation &&
              f.annual_carryover && f.annual_other);
  EXPECT_EQ(*f.total, Money::from_fen(89'974'000));  // 89.974000 万元 = 899,740.00 元
  EXPECT_EQ(*f.total_fiscal, Money::from_fen(89'974'000));
  EXPECT_EQ(*f.total_other, Money::from_fen(0));
  EXPECT_EQ(*f.annual, Money::from_fen(12'500'000));  // 12.5 万元
  EXPECT_EQ(*f.annual_appropriation, Money::from_fen(12'500'000));
  EXPECT_EQ(*f.annual_carryover, Money::from_fen(0));
  EXPECT_EQ(*f.annual_other, Money::from_fen(0));
  EXPECT_EQ(doc.declarations[0].year, 2023);
  EXPECT_EQ(doc.declarations[0].project.start_date->to_iso(), "2023-01-01");
  EXPECT_EQ(doc.declarations[0].project.end_date->to_iso(), "2023-12-31");
  EXPECT_EQ(doc.declarations[0].goals.overall, "完成全年工作。");
  EXPECT_EQ(doc.title, "某省某单位 2023 年度项目绩效目标表");
  EXPECT_EQ(count_code(doc, "INGEST_AMOUNT_INVALID"), 0u);
}

TEST(IngestDamage, WanAmountWithTooManyDecimals) {
  std::string text = read_file("ingest/wan.txt");
  text.replace(text.find("89.974000\t年度"), 9, "89.9740001");
  const auto doc = read(text);
  EXPECT_EQ(diag(doc, "INGEST_AMOUNT_INVALID").line, 10u);
  EXPECT_FALSE(doc.declarations.at(0).funds.total.has_value());
}

TEST(IngestDamage, UndeclaredUnit) {
  const auto doc = read(read_file("ingest/undeclared_unit.txt"));
  const auto& f = doc.declarations.at(0).funds;
  EXPECT_FALSE(f.unit.has_value());
  EXPECT_FALSE(f.total.has_value());  // not guessed
  EXPECT_EQ(diag(doc, "INGEST_FUNDS_UNIT_UNDECLARED").line, 10u);
}

TEST(IngestDamage, Layout2015) {
  const auto doc = read(read_file("ingest/layout2015.txt"));
  ASSERT_EQ(doc.declarations.size(), 1u);
  const auto& decl = doc.declarations[0];
  EXPECT_EQ(decl.taxonomy, jixiao::TaxonomyEdition::e2015);
  ASSERT_EQ(decl.indicators.size(), 7u);
  for (std::size_t i : {3u, 4u}) {
    EXPECT_EQ(decl.indicators[i].level1, "成本指标");
    EXPECT_EQ(decl.indicators[i].level2, "经济成本指标");
    EXPECT_EQ(decl.indicators[i].label, "成本指标");
  }
  EXPECT_EQ(decl.indicators[2].level2, "时效指标");
  EXPECT_EQ(decl.indicators[5].level1, "效益指标");
  const auto& d = diag(doc, "INGEST_TAXONOMY_2015");
  EXPECT_EQ(d.line, 22u);
  EXPECT_EQ(d.indicator, 3u);
  // A 2021 table's 成本指标 stays a level-1.
  EXPECT_EQ(read(hongkou()).declarations[0].taxonomy, jixiao::TaxonomyEdition::e2021);
}

TEST(IngestDamage, AliasLabels) {
  const auto doc = read(read_file("ingest/alias.txt"));
  const auto& ind = doc.declarations.at(0).indicators;
  ASSERT_EQ(ind.size(), 5u);
  EXPECT_EQ(ind[2].level1, "产出指标");
  EXPECT_EQ(ind[2].level2, "时效指标");
  EXPECT_EQ(ind[2].label, "进度指标");
  EXPECT_EQ(ind[3].level2, "生态效益指标");
  EXPECT_EQ(ind[3].label, "环境效益指标");
  EXPECT_EQ(ind[4].level2, "服务对象满意度指标");
  EXPECT_FALSE(ind[1].label.has_value());
  const auto& d = diag(doc, "INGEST_LABEL_ALIAS");
  EXPECT_EQ(d.line, 21u);
  EXPECT_EQ(d.indicator, 2u);
  EXPECT_EQ(count_code(doc, "INGEST_LABEL_ALIAS"), 3u);
}

TEST(IngestDamage, MergedLabelsPrintedLower) {
  const auto doc = read(read_file("ingest/merged_below.txt"));
  const auto& ind = doc.declarations.at(0).indicators;
  ASSERT_EQ(ind.size(), 6u);
  EXPECT_EQ(ind[0].level2, "数量指标");  // first row, label on the row below
  EXPECT_EQ(ind[0].level1, "产出指标");
  EXPECT_EQ(ind[2].level2, "社会效益指标");  // 效益指标 alone, level-2 two rows lower
  EXPECT_EQ(ind[3].level2, "社会效益指标");
  EXPECT_EQ(ind[4].level2, "社会效益指标");
  std::vector<std::uint32_t> lines;
  for (const auto& d : doc.diagnostics)
    if (d.code == "INGEST_LABEL_FROM_BELOW") lines.push_back(*d.line);
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{19, 21, 22}));
}

TEST(IngestDamage, Level2NeverPrinted) {
  const std::string text =
      "财政项目支出绩效目标申报表\n\t一级指标\t二级指标\t三级指标\t指标值\n\t效益指标\t\t甲\t提升\n\t\t\t乙\t提升\n";
  const auto doc = read(text);
  const auto& ind = doc.declarations.at(0).indicators;
  ASSERT_EQ(ind.size(), 2u);
  EXPECT_EQ(ind[0].level1, "效益指标");
  EXPECT_EQ(ind[0].level2, "");
  EXPECT_EQ(ind[1].level1, "效益指标");
  EXPECT_EQ(count_code(doc, "INGEST_LEVEL2_UNKNOWN"), 2u);
  EXPECT_EQ(diag(doc, "INGEST_LEVEL2_UNKNOWN").line, 3u);
}

TEST(IngestDamage, RowShapes) {
  const std::string text =
      "财政项目支出绩效目标申报表\n"
      "\t一级指标\t二级指标\t三级指标\t指标值\n"
      "\t产出指标\t数量指标\t完成数\t≥\n"              // 3: target does not parse
      "\t\t\t≥90%\n"                                  // 4: target without a name
      "\t效果指标\t\t达标情况\t达标\n"                 // 5: a label outside the taxonomy, extra cell
      "\t\t\t甲\t1\t多余\n"                            // 6: a cell too many
      "\t\t\t乙\n"                                     // 7: no target
      "\t效益指标\t社会效益指标\n"                      // 8: labels only
      "\t\t\t丙\t提升\n"                               // 9
      "\t\t\t一级指标\t二级指标\t三级指标\t指标值\n"   // 10: header again (page break)
      "\t\t\t丁\t提升\n";                              // 11
  const auto doc = read(text);
  const auto& ind = doc.declarations.at(0).indicators;
  ASSERT_EQ(ind.size(), 7u);
  EXPECT_EQ(diag(doc, "INGEST_TARGET_INVALID").line, 3u);
  EXPECT_EQ(ind[0].target.kind(), jixiao::TargetKind::invalid);
  EXPECT_EQ(ind[0].target.raw, "≥");
  EXPECT_EQ(diag(doc, "INGEST_NO_NAME").line, 4u);
  EXPECT_EQ(ind[1].name, "");
  EXPECT_EQ(ind[1].target.raw, "≥90%");
  EXPECT_EQ(diag(doc, "INGEST_UNKNOWN_LABEL").line, 5u);
  EXPECT_EQ(ind[2].name, "达标情况");
  EXPECT_EQ(ind[2].target.raw, "达标");
  // An unknown label in the level-2 place starts a group whose level-2 stays
  // unknown (never borrowed from another label); the printed label is kept.
  EXPECT_EQ(ind[2].level1, "产出指标");
  EXPECT_EQ(ind[2].level2, "");
  EXPECT_EQ(ind[2].label, "效果指标");
  EXPECT_EQ(ind[3].level2, "");
  EXPECT_EQ(ind[4].level2, "");
  EXPECT_EQ(count_code(doc, "INGEST_LEVEL2_UNKNOWN"), 3u);
  EXPECT_EQ(count_code(doc, "INGEST_LABEL_FROM_BELOW"), 0u);
  EXPECT_EQ(diag(doc, "INGEST_EXTRA_CELLS").line, 6u);
  EXPECT_EQ(ind[3].name, "甲");
  EXPECT_EQ(ind[3].target.raw, "1");
  EXPECT_EQ(diag(doc, "INGEST_NO_TARGET").line, 7u);
  EXPECT_EQ(ind[4].name, "乙");
  EXPECT_EQ(diag(doc, "INGEST_LABEL_ONLY_ROW").line, 8u);
  EXPECT_EQ(ind[5].name, "丙");
  EXPECT_EQ(ind[5].level2, "社会效益指标");
  EXPECT_EQ(diag(doc, "INGEST_HEADER_REPEATED").line, 10u);
  EXPECT_EQ(ind[6].level2, "社会效益指标");
  // The row after a repeated header carries its label across the break.
  EXPECT_EQ(diag(doc, "INGEST_LABEL_ACROSS_BREAK").line, 11u);
}

TEST(IngestDamage, TableWithoutHeaderRow) {
  const std::string text = "财政项目支出绩效目标申报表\n项目名称\t甲\n\t产出指标\t数量指标\t完成数\t≥1(个)\n";
  const auto doc = read(text);
  ASSERT_EQ(doc.declarations.at(0).indicators.size(), 1u);
  EXPECT_EQ(diag(doc, "INGEST_TABLE_HEADER_MISSING").line, 3u);
}

TEST(IngestDamage, NothingToRead) {
  for (const std::string text : {"", "\n\n", "\xEF\xBB\xBF", "随便一行\n另一行\n"}) {
    const auto doc = read(text);
    EXPECT_TRUE(doc.declarations.empty());
    EXPECT_FALSE(doc.title.has_value());
    EXPECT_EQ(count_code(doc, "INGEST_NO_DECLARATION"), 1u);
  }
}

TEST(IngestDamage, TextBeforeTheTitleIsReported) {
  const auto doc = read("前言\n\n标题\n财政项目支出绩效目标申报表\n");
  EXPECT_EQ(doc.title, "标题");
  EXPECT_EQ(diag(doc, "INGEST_TEXT_IGNORED").line, 1u);
}

TEST(IngestDamage, HeadingWithYear) {
  const auto doc = read("财政项目支出绩效目标申报表（2025年度）\n项目名称\t甲\n");
  ASSERT_EQ(doc.declarations.size(), 1u);
  EXPECT_EQ(doc.declarations[0].year, 2025);
  EXPECT_FALSE(doc.title.has_value());
}

TEST(IngestLimits, EachLimitNamesItself) {
  const std::string text = hongkou();
  auto expect_limit = [&](jixiao::IngestLimits limits, const std::string& name) {
    jixiao::IngestOptions options;
    options.source_name = "hongkou.txt";
    options.limits = limits;
    try {
      (void)jixiao::read_published_text(text, options);
      ADD_FAILURE() << name << " not enforced";
    } catch (const jixiao::Error& e) {
      EXPECT_EQ(e.kind(), jixiao::ErrorKind::limit);
      EXPECT_EQ(e.expected(), name);
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
      EXPECT_EQ(e.source(), "hongkou.txt");
    }
  };
  jixiao::IngestLimits l;
  l.max_input_bytes = text.size() - 1;
  expect_limit(l, "max_input_bytes");
  l = {};
  l.max_line_bytes = 400;
  expect_limit(l, "max_line_bytes");
  l = {};
  l.max_rows = 99;
  expect_limit(l, "max_rows");
  l = {};
  l.max_declarations = 6;
  expect_limit(l, "max_declarations");
  // Exactly at the limits is fine.
  l = {};
  l.max_input_bytes = text.size();
  l.max_rows = 100;
  l.max_declarations = 7;
  jixiao::IngestOptions ok;
  ok.limits = l;
  EXPECT_EQ(jixiao::read_published_text(text, ok).declarations.size(), 7u);
}

// Random damage never crashes, hangs, or drops a declaration heading it can see.
TEST(IngestDamage, RandomMutationsAreSafe) {
  const std::string text = hongkou();
  std::mt19937 rng(20241126);
  for (int round = 0; round < 300; ++round) {
    std::string m = text;
    const int edits = 1 + static_cast<int>(rng() % 20);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % m.size();
      switch (rng() % 4) {
        case 0: m[at] = static_cast<char>(rng() % 256); break;
        case 1: m.erase(at, rng() % 40); break;
        case 2: m.insert(at, 1, "\t\n \r"[rng() % 4]); break;
        default: m.resize(at); break;
      }
      if (m.empty()) m = "x";
    }
    const auto doc = read(m);
    for (const auto& decl : doc.declarations) {
      for (const auto& ind : decl.indicators) ASSERT_TRUE(ind.line.has_value());
    }
  }
}

}  // namespace

namespace {

// Two published documents one after the other: the second one's title line sits
// after the first one's last table; it is not an indicator.
TEST(IngestDamage, ConcatenatedDocuments) {
  const auto once = read(hongkou());
  const auto twice = read(hongkou() + "\n" + hongkou());
  ASSERT_EQ(twice.declarations.size(), 14u);
  for (std::size_t d = 0; d < 7; ++d) {
    EXPECT_EQ(twice.declarations[d], once.declarations[d]) << d;
    EXPECT_EQ(twice.declarations[d + 7].indicators.size(), once.declarations[d].indicators.size());
    EXPECT_EQ(twice.declarations[d + 7].funds, once.declarations[d].funds);
  }
  const auto& d = diag(twice, "INGEST_TEXT_IGNORED");
  const std::string first = hongkou() + "\n";
  const auto newlines = static_cast<std::uint32_t>(std::count(first.begin(), first.end(), '\n'));
  EXPECT_EQ(d.line, newlines + 3u);  // the second copy's title line
  EXPECT_EQ(d.declaration, 6u);
  EXPECT_EQ(twice.title, once.title);
}

}  // namespace
