// SPDX-License-Identifier: Apache-2.0
#pragma once
// jixiao::Grid: what every front end (text in any serialization, PDF, xlsx/xls,
// HTML) makes of its input, and the only thing the form interpreter reads. A front
// end knows a serialization and nothing of forms; the interpreter knows forms
// (labels, layouts, the taxonomy) and nothing of serializations
// (docs/architecture.md, "Many front ends, one interpreter").

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE

// How the input was serialized; what a front end was chosen for (detected from
// the content, or forced by the caller).
enum class Serialization : std::uint8_t {
  tabs,           // tab-separated cells (the seed)
  aligned,        // runs of spaces aligned in columns (pdftotext -layout)
  single_space,   // cells separated by single spaces (tabs lost)
  cell_per_line,  // one cell per line, often blank lines between (pdftotext, flattened HTML)
  pipes,          // | a | b | rows, runs of empty cells for spans
  markdown,       // a Markdown table (pipes with a |---| rule)
  pdf,
  xlsx,
  xls,
  html,
};

// tabs … markdown: a text front end reads it (text_rows.hpp); the others are files.
constexpr bool is_text_serialization(Serialization s) noexcept { return s <= Serialization::markdown; }

std::string_view to_string(Serialization s) noexcept;
std::optional<Serialization> serialization_from_string(std::string_view name) noexcept;

// A box in PDF points, origin at the page's top left, y growing downwards.
// Geometry only: never money.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  friend bool operator==(const Box&, const Box&) = default;
};

// Where a cell came from, so every diagnostic can point at the source. Fields a
// front end does not know stay 0 / empty.
struct CellOrigin {
  std::uint32_t line = 0;          // text, HTML: 1-based line of the cell's first byte
  std::uint64_t byte = 0;          // text, HTML: byte offset of the cell's first byte
  std::uint32_t page = 0;          // PDF: 1-based page
  std::optional<Box> box;          // PDF: the cell's box on that page
  std::string_view sheet;          // xlsx/xls: the sheet's name (owned by the Grid)
  std::uint32_t sheet_row = 0;     // xlsx/xls: 1-based row    } "Sheet1!F12" is
  std::uint32_t sheet_column = 0;  // xlsx/xls: 1-based column } sheet, F = 6, 12
  friend bool operator==(const CellOrigin&, const CellOrigin&) = default;
};

// "Sheet1!F12" for a spreadsheet cell; "page 3" for PDF; "line 12, byte 345"
// for text and HTML. The form every diagnostic and error message uses.
std::string describe(const CellOrigin& origin);

// A cell's text as one line: its wrapped lines ('\n') joined, with a space only
// where a Latin letter or digit meets the break (CJK text wraps between
// characters, Latin text at spaces): "完成\n率" → "完成率", "完成\n2024 年度" →
// "完成 2024 年度".
std::string joined_lines(std::string_view text);

struct GridCell {
  // Trimmed UTF-8; line breaks inside a cell (a wrapped name) as '\n'. Points
  // into the input bytes (text front ends) or into Grid::keep() storage.
  std::string_view text;
  std::uint32_t column = 0;       // 0-based column of the cell's left edge
  std::uint32_t row_span = 1;     // rows a merged cell covers, when the source knows
  std::uint32_t column_span = 1;  // columns it covers, when the source knows
  CellOrigin origin;
  friend bool operator==(const GridCell&, const GridCell&) = default;
};

struct GridRow {
  // Left to right. Empty cells may be present (a tab with nothing between) or
  // absent; `column` says where each cell stands either way.
  std::vector<GridCell> cells;
  bool blank() const noexcept {
    for (const auto& c : cells)
      if (!c.text.empty()) return false;
    return true;
  }
  friend bool operator==(const GridRow&, const GridRow&) = default;
};

// One table as a front end read it. A PDF is one Grid (tables continue across
// pages); a workbook gives one Grid per sheet, an HTML page one per <table>.
class Grid {
 public:
  Serialization serialization = Serialization::tabs;
  // False when the serialization loses the columns (single spaces, one cell per
  // line): the cells are in reading order and the interpreter must rebuild rows
  // and columns from the form (the header's column order).
  bool columns_known = true;
  std::string name;  // sheet name, "table 2", "" for text
  std::vector<GridRow> rows;

  Grid() = default;
  Grid(Grid&&) noexcept = default;
  Grid& operator=(Grid&&) noexcept = default;
  Grid(const Grid&) = delete;  // views point into owned_
  Grid& operator=(const Grid&) = delete;

  // Stores text the front end made (decoded entities, words joined from a PDF)
  // and returns a view that stays valid as long as the Grid.
  std::string_view keep(std::string text) { return owned_.emplace_back(std::move(text)); }

 private:
  std::deque<std::string> owned_;  // a deque: growing it never moves a string
};

// A front end that hands its rows over one at a time, so that a large text never
// becomes one Grid in memory (jixiao parse streams this way). Collecting every
// row gives the Grid.
class RowSource {
 public:
  virtual ~RowSource() = default;
  // The next row, or nullptr at the end. The row and the views in it stay valid
  // until the next call (views into the input bytes for as long as those live).
  virtual const GridRow* next() = 0;
  virtual Serialization serialization() const noexcept = 0;
  virtual bool columns_known() const noexcept = 0;
};

JIXIAO_END_NAMESPACE
