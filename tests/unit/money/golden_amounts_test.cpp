// SPDX-License-Identifier: Apache-2.0
// The real document's amounts: every funds cell of the published Hongkou court
// declarations, parsed as written (thousands separators), against the hand-checked
// golden reading, field by field.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/money.hpp"

namespace {

using jixiao::Money;

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> cells;
  std::stringstream stream(line);
  std::string cell;
  while (std::getline(stream, cell, separator)) cells.push_back(cell);
  if (!line.empty() && line.back() == separator) cells.emplace_back();
  return cells;
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// Golden rows as column name → value.
std::vector<std::map<std::string, std::string>> golden_declarations() {
  const auto lines = read_lines(std::string(JIXIAO_TEST_DATA) + "/golden/hongkou-court-2024.declarations.tsv");
  std::vector<std::map<std::string, std::string>> rows;
  if (lines.empty()) return rows;
  const auto header = split(lines[0], '\t');
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    const auto cells = split(lines[i], '\t');
    std::map<std::string, std::string> row;
    for (std::size_t c = 0; c < header.size() && c < cells.size(); ++c) row[header[c]] = cells[c];
    rows.push_back(row);
  }
  return rows;
}

TEST(GoldenAmounts, EveryFundsCellOfTheCorpusMatchesTheGoldenReading) {
  const auto golden = golden_declarations();
  ASSERT_FALSE(golden.empty());
  // The published layout: a label cell, then its amount cell.
  const std::map<std::string, std::string> label_to_column = {
      {"项目资金总额", "funds.total"},
      {"年度资金申请总额", "funds.annual"},
      {"其中：财政资金", "funds.total_fiscal"},
      {"其中：当年财政拨款", "funds.annual_appropriation"},
      {"上年结转资金", "funds.annual_carryover"},
  };
  int declaration = -1;
  int checked = 0;
  for (const auto& line : read_lines(std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt")) {
    const auto cells = split(line, '\t');
    int other_funds_seen = 0;
    for (std::size_t c = 0; c + 1 < cells.size(); ++c) {
      std::string column;
      if (cells[c] == "项目资金总额") ++declaration;
      if (auto it = label_to_column.find(cells[c]); it != label_to_column.end()) {
        column = it->second;
      } else if (cells[c] == "其他资金") {
        column = other_funds_seen++ == 0 ? "funds.total_other" : "funds.annual_other";
      } else {
        continue;
      }
      ASSERT_GE(declaration, 0);
      ASSERT_LT(static_cast<std::size_t>(declaration), golden.size());
      const std::string& expected = golden[static_cast<std::size_t>(declaration)].at(column);
      const Money parsed = Money::parse(cells[c + 1]);
      EXPECT_EQ(parsed.to_string(), expected) << column << " of declaration " << declaration + 1;
      EXPECT_EQ(parsed, Money::parse(expected));
      EXPECT_EQ(parsed.to_thousands(), cells[c + 1]);  // printed back as published
      ++checked;
    }
  }
  EXPECT_EQ(static_cast<std::size_t>(declaration + 1), golden.size());
  EXPECT_EQ(checked, static_cast<int>(golden.size()) * 7);
}

}  // namespace
