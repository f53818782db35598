// SPDX-License-Identifier: Apache-2.0
// The text front ends (include/jixiao/text_rows.hpp) on the Hongkou document in
// every text serialization (tests/data/serializations/, made by make.py): what
// detection finds, the grid each front end gives (every golden name and target is
// a cell; in the aligned grids the target stands right of its name), and what the
// form interpreter reads from it (read_rows), against the golden.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "ingest_support.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/text_rows.hpp"

namespace {

using jixiao::Serialization;
using ingest_test::read_file;

struct Case {
  const char* file;
  Serialization serialization;
  // Golden indicators read name-for-name and raw-for-raw (of 100), as measured:
  // the test fails if a change reads fewer.
  std::size_t indicators_at_least;
  // Golden names and targets (of 200) that are not one cell of the grid, as
  // measured (single spaces split those that hold a space).
  std::size_t cells_missing_at_most;
};

const Case cases[] = {
    {"serializations/hongkou.aligned.txt", Serialization::aligned, 74, 0},
    {"serializations/hongkou.single-space.txt", Serialization::single_space, 78, 22},
    {"serializations/hongkou.cell-per-line.txt", Serialization::cell_per_line, 100, 0},
    {"serializations/hongkou.pipes.txt", Serialization::pipes, 76, 0},
    {"serializations/hongkou.md", Serialization::markdown, 0, 0},
    // pdftotext's own damage: a wrapped piece printed under the wrong column.
    {"serializations/hongkou.pdftotext-layout.txt", Serialization::aligned, 0, 1},
    // Reading order, not rows: names wrapped over two lines stay two cells.
    {"serializations/hongkou.pdftotext.txt", Serialization::cell_per_line, 0, 5},
};

std::string text_of(const jixiao::GridCell& c) {
  std::string t(c.text);
  std::erase(t, '\n');  // a wrapped name reads joined
  return t;
}

struct Golden {
  std::vector<std::pair<std::string, std::string>> rows;  // name, raw
};

Golden golden() {
  const auto tsv = ingest_test::read_tsv("golden/hongkou-court-2024.indicators.tsv");
  Golden g;
  for (std::size_t r = 0; r < tsv.rows.size(); ++r) g.rows.emplace_back(tsv.at(r, "name"), tsv.at(r, "raw"));
  return g;
}

TEST(TextRows, DetectsEachSerialization) {
  for (const auto& c : cases) {
    EXPECT_EQ(jixiao::detect_text_serialization(read_file(c.file)), c.serialization) << c.file;
  }
  EXPECT_EQ(jixiao::detect_text_serialization(ingest_test::hongkou()), Serialization::tabs);
}

TEST(TextRows, EveryGoldenNameAndTargetIsACell) {
  const Golden g = golden();
  for (const auto& c : cases) {
    const std::string bytes = read_file(c.file);
    auto rows = jixiao::open_text_rows(bytes);
    ASSERT_EQ(rows->serialization(), c.serialization) << c.file;
    std::set<std::string> cells;
    std::uint32_t last_line = 0;
    while (const auto* row = rows->next()) {
      for (const auto& cell : row->cells) {
        cells.insert(text_of(cell));
        // Origins point at the cell's first byte, in order.
        ASSERT_GE(cell.origin.line, 1u);
        if (!cell.text.empty()) {
          ASSERT_LT(cell.origin.byte, bytes.size());
          EXPECT_EQ(bytes.compare(cell.origin.byte, std::min<std::size_t>(3, cell.text.size()),
                                  cell.text.substr(0, std::min<std::size_t>(3, cell.text.size()))),
                    0)
              << c.file << " line " << cell.origin.line;
        }
      }
      if (!row->cells.empty()) {
        EXPECT_GE(row->cells.front().origin.line + 3, last_line) << c.file;  // a label may sit on a line above
        last_line = row->cells.front().origin.line;
      }
    }
    std::size_t missing = 0;
    for (const auto& [name, raw] : g.rows) {
      if (!cells.contains(name)) ++missing;
      if (!cells.contains(raw)) ++missing;
    }
    EXPECT_LE(missing, c.cells_missing_at_most) << c.file;
  }
}

// In an aligned grid a name and its target are on one row, the target in a
// column to the right, and the same column for all the rows of a table.
TEST(TextRows, AlignedGridsKeepTheColumns) {
  const Golden g = golden();
  std::map<std::string, std::string> target_of;
  for (const auto& [name, raw] : g.rows) target_of.emplace(name, raw);
  for (const char* file : {"serializations/hongkou.aligned.txt", "serializations/hongkou.pdftotext-layout.txt"}) {
    const std::string bytes = read_file(file);
    auto rows = jixiao::open_text_rows(bytes);
    std::size_t paired = 0;
    std::map<std::uint32_t, std::size_t> target_columns;
    while (const auto* row = rows->next()) {
      for (std::size_t i = 0; i < row->cells.size(); ++i) {
        const auto it = target_of.find(text_of(row->cells[i]));
        if (it == target_of.end() || i + 1 >= row->cells.size()) continue;
        if (text_of(row->cells[i + 1]) != it->second) continue;
        EXPECT_LT(row->cells[i].column, row->cells[i + 1].column) << file;
        ++target_columns[row->cells[i + 1].column];
        ++paired;
      }
    }
    EXPECT_GE(paired, 95u) << file;  // the golden has 100 rows, a few names repeat
    std::size_t most = 0;
    for (const auto& [column, n] : target_columns) most = std::max(most, n);
    EXPECT_GE(most, paired / 2) << file;  // one column holds most targets
  }
}

TEST(TextRows, InterpreterReadsTheGolden) {
  const Golden g = golden();
  for (const auto& c : cases) {
    const std::string bytes = read_file(c.file);
    auto rows = jixiao::open_text_rows(bytes);
    const jixiao::Document d = jixiao::read_rows(*rows);
    std::vector<std::pair<std::string, std::string>> read;
    for (const auto& decl : d.declarations)
      for (const auto& ind : decl.indicators) read.emplace_back(ind.name, ind.target.raw);
    std::multiset<std::pair<std::string, std::string>> left(read.begin(), read.end());
    std::size_t same = 0;
    for (const auto& row : g.rows) {
      if (const auto it = left.find(row); it != left.end()) {
        left.erase(it);
        ++same;
      }
    }
    std::printf("%s: %zu declarations, %zu indicators, %zu golden ones\n", c.file, d.declarations.size(),
                read.size(), same);
    EXPECT_GE(same, c.indicators_at_least) << c.file;
  }
}

TEST(TextRows, InvalidUtf8IsReportedWithItsByte) {
  const std::string bytes = "| a | b\xFF |\n| c | d |\n";
  for (auto s : {Serialization::pipes, Serialization::aligned, Serialization::single_space,
                 Serialization::cell_per_line, Serialization::markdown, Serialization::tabs}) {
    auto rows = jixiao::open_text_rows(bytes, s);
    const auto* row = rows->next();
    ASSERT_NE(row, nullptr);
    ASSERT_EQ(rows->invalid_utf8().size(), 1u) << jixiao::to_string(s);
    EXPECT_EQ(rows->invalid_utf8()[0].byte, 7u);
    EXPECT_EQ(rows->invalid_utf8()[0].line, 1u);
    row = rows->next();
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(rows->invalid_utf8().empty()) << jixiao::to_string(s);
  }
}

TEST(TextRows, PipeRowsKeepEmptySpanCells) {
  const std::string bytes = "| 项目名称 | 甲 | ||||\n|---|---|\nx\n";
  auto rows = jixiao::open_text_rows(bytes, Serialization::pipes);
  const auto* row = rows->next();
  ASSERT_NE(row, nullptr);
  ASSERT_EQ(row->cells.size(), 6u);
  EXPECT_EQ(row->cells[0].text, "项目名称");
  EXPECT_EQ(row->cells[1].text, "甲");
  EXPECT_EQ(row->cells[5].column, 5u);
  EXPECT_EQ(row->cells[1].origin.byte, bytes.find("甲"));
  auto md = jixiao::open_text_rows(bytes, Serialization::markdown);
  md->next();
  const auto* after_rule = md->next();
  ASSERT_NE(after_rule, nullptr);
  EXPECT_EQ(after_rule->cells.at(0).text, "x");  // the |---| rule is no row
}

TEST(TextRows, AlignedContinuationsAndWideCharacters) {
  // CJK characters are two columns wide: 数量 (4 columns) lines up with "abcd".
  const std::string bytes =
      "一级    二级        名称值\n"
      "产出    数量        设备验收合格    =100%\n"
      "                    率\n"
      "abcd    x           y               z\n";
  auto rows = jixiao::open_text_rows(bytes, Serialization::aligned);
  std::vector<std::vector<std::pair<std::uint32_t, std::string>>> got;
  while (const auto* row = rows->next()) {
    auto& r = got.emplace_back();
    for (const auto& c : row->cells) r.emplace_back(c.column, std::string(c.text));
  }
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[1].at(2).second, "设备验收合格\n率");
  EXPECT_EQ(got[1].at(3), (std::pair<std::uint32_t, std::string>{3, "=100%"}));
  EXPECT_EQ(got[2].at(0).first, 0u);
  EXPECT_EQ(got[2].at(3).first, 3u);
}

TEST(TextRows, ForcingABinarySerializationIsAnError) {
  EXPECT_THROW((void)jixiao::open_text_rows("x", Serialization::pdf), jixiao::Error);
}

}  // namespace

namespace {

// A cell after bad bytes on its line: its origin is its byte in the input, not
// in the repaired copy (each bad byte is three bytes there). Found by fuzz_text_rows.
TEST(TextRows, OriginsAfterInvalidUtf8PointIntoTheInput) {
  const std::string bytes = "ab\xD8\xD8\xD8 \t 甲乙丙   丁戊己\n";
  for (auto s : {Serialization::tabs, Serialization::aligned, Serialization::single_space,
                 Serialization::cell_per_line, Serialization::pipes}) {
    auto rows = jixiao::open_text_rows(bytes, s);
    const auto* row = rows->next();
    ASSERT_NE(row, nullptr);
    std::size_t checked = 0;
    for (const auto& cell : row->cells) {
      ASSERT_LE(cell.origin.byte, bytes.size()) << jixiao::to_string(s);
      const auto start = cell.text.find("甲") != std::string_view::npos ? cell.text.substr(cell.text.find("甲"), 3)
                         : cell.text.starts_with("丁")                 ? cell.text.substr(0, 3)
                                                                       : std::string_view{};
      if (cell.text.starts_with("ab")) {  // one cell for the whole line (cell per line, no pipes)
        EXPECT_EQ(cell.origin.byte, 0u) << jixiao::to_string(s);
        ++checked;
        continue;
      }
      if (start.empty() || !cell.text.starts_with(start)) continue;
      EXPECT_EQ(cell.origin.byte, bytes.find(std::string(start))) << jixiao::to_string(s);
      ++checked;
    }
    EXPECT_GE(checked, 1u) << jixiao::to_string(s);
  }
}

}  // namespace
