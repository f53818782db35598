// SPDX-License-Identifier: Apache-2.0
// The taxonomy against the spec's own table (tests/data/spec/taxonomy.tsv), plus
// white space, aliases, the level-1 alias and the pre-2021 layout.

#include "jixiao/taxonomy.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using jixiao::LabelMatch;
using jixiao::Taxonomy;

struct TsvRow {
  std::string level1, level2;
  std::vector<std::string> aliases;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<TsvRow> read_spec_table() {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/spec/taxonomy.tsv");
  EXPECT_TRUE(in.good());
  std::vector<TsvRow> rows;
  std::string line;
  std::getline(in, line);  // header
  EXPECT_EQ(split(line, '\t')[0], "level1");
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto cells = split(line, '\t');
    TsvRow row{cells.at(0), cells.at(1), {}};
    if (cells.size() > 2 && !cells[2].empty()) row.aliases = split(cells[2], '|');
    rows.push_back(row);
  }
  return rows;
}

TEST(Taxonomy, EveryRowOfTheSpecTable) {
  const auto& tax = Taxonomy::standard();
  const auto rows = read_spec_table();
  ASSERT_EQ(rows.size(), 11u);
  ASSERT_EQ(tax.entries().size(), rows.size());
  for (const auto& row : rows) {
    SCOPED_TRACE(row.level2);
    EXPECT_TRUE(tax.is_level1(row.level1));
    EXPECT_TRUE(tax.is_level2(row.level2));
    EXPECT_EQ(tax.canonical_level2(row.level2), row.level2);
    EXPECT_EQ(tax.level1_of(row.level2), row.level1);
    auto m = tax.match_label(row.level2);
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->kind, LabelMatch::Kind::level2);
    EXPECT_EQ(m->level1, row.level1);
    EXPECT_EQ(m->level2, row.level2);
    EXPECT_FALSE(m->via_alias);
    auto m1 = tax.match_label(row.level1);
    ASSERT_TRUE(m1.has_value());
    EXPECT_EQ(m1->kind, LabelMatch::Kind::level1);
    EXPECT_EQ(m1->level1, row.level1);
    EXPECT_EQ(m1->level2, "");
    for (const auto& alias : row.aliases) {
      SCOPED_TRACE(alias);
      EXPECT_TRUE(tax.is_level2(alias));
      EXPECT_EQ(tax.canonical_level2(alias), row.level2);
      EXPECT_EQ(tax.level1_of(alias), row.level1);
      auto a = tax.match_label(alias);
      ASSERT_TRUE(a.has_value());
      EXPECT_EQ(a->kind, LabelMatch::Kind::level2);
      EXPECT_EQ(a->level2, row.level2);
      EXPECT_EQ(a->level1, row.level1);
      EXPECT_TRUE(a->via_alias);
      EXPECT_EQ(a->label, alias);
    }
  }
  // Entries in the table and nowhere else.
  std::set<std::string> level1s;
  for (const auto& row : rows) level1s.insert(row.level1);
  EXPECT_EQ(tax.level1_names().size(), level1s.size());
  for (auto name : tax.level1_names()) EXPECT_TRUE(level1s.count(std::string(name))) << name;
}

TEST(Taxonomy, WhiteSpaceInsideLabels) {
  const auto& tax = Taxonomy::standard();
  auto m = tax.match_label("服务对象满意度 指标");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level2, "服务对象满意度指标");
  EXPECT_EQ(m->level1, "满意度指标");
  // Full-width (U+3000) and no-break (U+00A0) spaces, leading and trailing blanks.
  m = tax.match_label(" \t数量\u3000指标\u00a0 ");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level2, "数量指标");
  EXPECT_EQ(tax.canonical_level1("产 出 指 标"), "产出指标");
  EXPECT_EQ(tax.level1_of("可持续 影响指标"), "效益指标");
  EXPECT_EQ(jixiao::strip_spaces(" 项目 绩效\u3000目标\t"), "项目绩效目标");
}

TEST(Taxonomy, NotLabels) {
  const auto& tax = Taxonomy::standard();
  for (std::string_view s : {"", "指标", "绩效 指标", "一级指标", "三级指标", "水泵更完成率",
                             "效果指标", "数量指标率", "成本", "=100.00(%)"}) {
    EXPECT_FALSE(tax.match_label(s).has_value()) << s;
  }
  EXPECT_FALSE(tax.is_level2("产出指标"));
  EXPECT_FALSE(tax.is_level1("数量指标"));
  EXPECT_EQ(tax.level1_of("效果指标"), "");
  EXPECT_EQ(tax.canonical_level2("成本指标"), "");
  // A long cell (a goal text) is rejected without trouble.
  std::string long_text(10000, 'x');
  EXPECT_FALSE(tax.match_label(long_text).has_value());
}

TEST(Taxonomy, Level1AliasForSatisfaction) {
  const auto& tax = Taxonomy::standard();
  // taxonomy-notes.md: 服务对象满意度指标 also stands as a level-1 label.
  EXPECT_TRUE(tax.is_level1("服务对象满意度指标"));
  EXPECT_EQ(tax.canonical_level1("服务对象满意度指标"), "满意度指标");
  auto m = tax.match_label("服务对象满意度指标");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->level1, "满意度指标");
  EXPECT_EQ(m->level2, "服务对象满意度指标");
}

TEST(Taxonomy, Pre2021Cost) {
  const auto& tax = Taxonomy::standard();
  auto m = tax.match_label("成本指标");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->kind, LabelMatch::Kind::level1);
  EXPECT_FALSE(m->pre2021);
  const auto p = Taxonomy::pre2021_cost();
  EXPECT_EQ(p.kind, LabelMatch::Kind::level2);
  EXPECT_EQ(p.level1, "成本指标");
  EXPECT_EQ(p.level2, "经济成本指标");
  EXPECT_TRUE(p.pre2021);
  EXPECT_EQ(p.label, "成本指标");
}

TEST(Taxonomy, Editions) {
  EXPECT_EQ(jixiao::to_string(jixiao::TaxonomyEdition::e2021), "2021");
  EXPECT_EQ(jixiao::to_string(jixiao::TaxonomyEdition::e2015), "2015");
  EXPECT_EQ(jixiao::taxonomy_edition_from_string("2015"), jixiao::TaxonomyEdition::e2015);
  EXPECT_EQ(jixiao::taxonomy_edition_from_string("2021"), jixiao::TaxonomyEdition::e2021);
  EXPECT_FALSE(jixiao::taxonomy_edition_from_string("2020").has_value());
}

TEST(Taxonomy, NameCues) {
  const auto& tax = Taxonomy::standard();
  struct Case {
    const char* name;
    const char* level2;
    bool strong;
  };
  const Case cases[] = {
      {"全年收案数", "数量指标", false},
      {"水泵更完成率", "数量指标", false},
      {"设备维护成本", "经济成本指标", true},
      {"结案平均经费成本", "经济成本指标", true},
      {"设备采购及时性", "时效指标", true},
      {"故障响应时间", "时效指标", true},
      {"办案人员满意度", "服务对象满意度指标", true},
      {"设备验收合格率", "质量指标", true},
      {"应急处置机制", "可持续影响指标", true},
      {"车辆使用管理制度", "可持续影响指标", true},
  };
  for (const auto& c : cases) {
    auto cue = tax.cue_from_name(c.name);
    EXPECT_TRUE(cue) << c.name;
    EXPECT_EQ(cue.level2, c.level2) << c.name;
    EXPECT_EQ(cue.level1, tax.level1_of(c.level2)) << c.name;
    EXPECT_EQ(cue.strong, c.strong) << c.name;
  }
  EXPECT_FALSE(tax.cue_from_name("办案场所安全性"));
  EXPECT_FALSE(tax.cue_from_name("法院办案效率").strong);  // only the generic 率 ending
  EXPECT_FALSE(tax.cue_from_name(""));
}

}  // namespace
