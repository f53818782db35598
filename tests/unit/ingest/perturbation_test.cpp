// SPDX-License-Identifier: Apache-2.0
// The Hongkou document with the damage other extractions bring (CRLF, a BOM,
// trailing blanks and tabs, doubled blank lines, spaces inside labels, full-width
// parentheses in labels) reads the same as the original.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "ingest_support.hpp"
#include "jixiao/ingest.hpp"

namespace {

using namespace ingest_test;
using jixiao::Document;

Document read(const std::string& text) { return jixiao::read_published_text(text, {}); }

// Lines are not compared when the perturbation adds lines.
Document without_lines(Document doc) {
  for (auto& decl : doc.declarations) {
    decl.source.reset();
    for (auto& ind : decl.indicators) ind.line.reset();
  }
  for (auto& d : doc.diagnostics) {
    d.line.reset();
    d.message.clear();
  }
  return doc;
}

std::vector<std::string> codes_of(const Document& doc) {
  std::vector<std::string> codes;
  for (const auto& d : doc.diagnostics) codes.push_back(d.code);
  return codes;
}

void expect_same_reading(const Document& expected, const Document& actual, bool same_lines) {
  ASSERT_EQ(actual.declarations.size(), expected.declarations.size());
  EXPECT_EQ(actual.title, expected.title);
  const Document a = same_lines ? actual : without_lines(actual);
  const Document e = same_lines ? expected : without_lines(expected);
  for (std::size_t d = 0; d < e.declarations.size(); ++d) {
    SCOPED_TRACE("declaration " + std::to_string(d + 1));
    const auto& x = e.declarations[d];
    const auto& y = a.declarations[d];
    EXPECT_EQ(y.year, x.year);
    EXPECT_EQ(y.taxonomy, x.taxonomy);
    EXPECT_EQ(y.project, x.project);
    EXPECT_EQ(y.funds, x.funds);
    EXPECT_EQ(y.goals, x.goals);
    EXPECT_EQ(y.source, x.source);
    ASSERT_EQ(y.indicators.size(), x.indicators.size());
    for (std::size_t i = 0; i < x.indicators.size(); ++i) {
      EXPECT_EQ(y.indicators[i], x.indicators[i]) << "indicator " << i << " " << x.indicators[i].name;
    }
  }
  EXPECT_EQ(codes_of(a), codes_of(e));
}

TEST(HongkouPerturbed, Crlf) {
  const auto original = read(hongkou());
  expect_same_reading(original, read(join_lines(lines_of(hongkou()), "\r\n")), true);
}

TEST(HongkouPerturbed, ByteOrderMark) {
  const auto original = read(hongkou());
  expect_same_reading(original, read("\xEF\xBB\xBF" + hongkou()), true);
  expect_same_reading(original, read("\xEF\xBB\xBF" + join_lines(lines_of(hongkou()), "\r\n")), true);
}

TEST(HongkouPerturbed, TrailingBlanksAndTabs) {
  const auto original = read(hongkou());
  auto lines = lines_of(hongkou());
  for (std::size_t i = 0; i < lines.size(); ++i) lines[i] += (i % 2 == 0) ? " \t\t " : "\t \u3000";
  expect_same_reading(original, read(join_lines(lines)), true);
}

TEST(HongkouPerturbed, DoubledBlankLines) {
  const auto original = read(hongkou());
  std::vector<std::string> doubled;
  for (const auto& line : lines_of(hongkou())) {
    doubled.push_back(line);
    if (line.empty()) doubled.push_back("");
  }
  expect_same_reading(original, read(join_lines(doubled)), false);
}

// Spaces (ASCII and U+3000) inside every label cell of the form.
TEST(HongkouPerturbed, SpacesInsideLabels) {
  const std::set<std::string> labels = {
      "成本指标", "产出指标", "效益指标", "满意度指标", "经济成本指标", "数量指标", "质量指标", "时效指标",
      "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "一级指标", "二级指标",
      "三级指标", "项目名称", "项目性质", "项目类别", "主管部门", "实施单位", "计划开始日期",
      "计划完成日期", "项目资金总额", "其中：财政资金", "其他资金", "年度资金申请总额", "其中：当年财政拨款",
      "上年结转资金", "项目总目标", "年度总体目标"};
  const auto original = read(hongkou());
  auto lines = lines_of(hongkou());
  std::size_t changed = 0;
  for (auto& line : lines) {
    auto cells = split(line, '\t');
    for (auto& cell : cells) {
      if (labels.count(cell)) {
        // After the second character (UTF-8: 6 bytes); alternate the kind of space.
        cell.insert(6, changed % 2 == 0 ? " " : "\u3000");
        ++changed;
      }
    }
    line.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? "\t" : "") + cells[i];
  }
  EXPECT_GT(changed, 150u);
  expect_same_reading(original, read(join_lines(lines)), true);
}

TEST(HongkouPerturbed, FullWidthParenthesesAndColonsInLabels) {
  auto replace_all = [](std::string s, const std::string& from, const std::string& to) {
    std::size_t n = 0;
    for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size(), ++n)
      s.replace(pos, from.size(), to);
    EXPECT_GT(n, 0u) << from;
    return s;
  };
  const auto original = read(hongkou());
  std::string text = hongkou();
  text = replace_all(text, "项目资金 (元)", "项目资金（元）");
  text = replace_all(text, "(2024 年度)", "（2024 年度）");
  text = replace_all(text, "(2024年度)", "（2024年度）");
  text = replace_all(text, "年度(/项目)指标值", "年度（/项目）指标值");
  text = replace_all(text, "其中：", "其中:");
  expect_same_reading(original, read(text), true);
}

TEST(HongkouPerturbed, EverythingAtOnce) {
  const auto original = read(hongkou());
  std::string text = hongkou();
  for (std::size_t pos = 0; (pos = text.find("项目资金 (元)", pos)) != std::string::npos;)
    text.replace(pos, std::string("项目资金 (元)").size(), "项目资金（元）");
  auto lines = lines_of(text);
  std::vector<std::string> out;
  for (auto& line : lines) {
    out.push_back(line + "\t ");
    if (line.empty()) out.push_back("  ");
  }
  expect_same_reading(original, read("\xEF\xBB\xBF" + join_lines(out, "\r\n")), false);
}

}  // namespace
