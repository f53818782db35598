// SPDX-License-Identifier: Apache-2.0
// sheet_builder.hpp: cells and merges into a Grid.
#include "sheets/sheet_builder.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "ingest/text.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

namespace {
bool before(const CellRef& a, const CellRef& b) noexcept {
  return a.row != b.row ? a.row < b.row : a.column < b.column;
}
}  // namespace

SheetBuilder::SheetBuilder(Grid& grid, std::string source, const WorkbookLimits& limits, std::size_t& cells_so_far)
    : grid_(grid), sheet_(grid.keep(grid.name)), source_(std::move(source)), limits_(limits), cells_(cells_so_far) {}

std::string SheetBuilder::where(CellRef ref) const {
  if (ref.row == 0) return fmt::format("{}: sheet \"{}\"", source_, sheet_);
  CellOrigin origin;
  origin.sheet = sheet_;
  origin.sheet_row = ref.row;
  origin.sheet_column = ref.column;
  return fmt::format("{}: {}", source_, describe(origin));
}

void SheetBuilder::check(CellRef ref) const {
  if (ref.row > limits_.max_rows)
    throw Error(ErrorKind::limit,
                fmt::format("{}: row {} is past the limit of {} rows a sheet", where(ref), ref.row, limits_.max_rows),
                Error::no_offset, 0, fmt::format("at most {} rows", limits_.max_rows), source_);
  if (ref.column > limits_.max_columns)
    throw Error(ErrorKind::limit,
                fmt::format("{}: column {} is past the limit of {} columns", where(ref), ref.column,
                            limits_.max_columns),
                Error::no_offset, 0, {}, source_);
}

void SheetBuilder::cell(CellRef where_at, std::string_view text) {
  check(where_at);
  text = ingest::trim(text);
  if (text.empty()) return;
  if (++cells_ > limits_.max_cells)
    throw Error(ErrorKind::limit,
                fmt::format("{}: past the limit of {} cells with content in the workbook", where(where_at),
                            limits_.max_cells),
                Error::no_offset, 0, {}, source_);
  entries_.push_back({where_at, grid_.keep(std::string(text))});
}

void SheetBuilder::merge(CellRange range) {
  check(range.last);
  if (merges_.size() >= limits_.max_cells)
    throw Error(ErrorKind::limit, fmt::format("{}: more than {} merged ranges", where(range.first), limits_.max_cells),
                Error::no_offset, 0, {}, source_);
  if (range.first.row != range.last.row || range.first.column != range.last.column) merges_.push_back(range);
}

void SheetBuilder::finish() {
  // Every merge's top-left cell exists (empty if need be) to carry the spans;
  // the placeholders go first, so a cell with content given later replaces them.
  std::vector<Entry> entries;
  entries.reserve(merges_.size() + entries_.size());
  for (const auto& m : merges_) entries.push_back({m.first, {}});
  entries.insert(entries.end(), entries_.begin(), entries_.end());
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return before(a.ref, b.ref); });
  // A cell given twice: the last one stands (as a spreadsheet program reads it).
  std::vector<Entry> cells;
  cells.reserve(entries.size());
  for (const auto& e : entries) {
    if (!cells.empty() && cells.back().ref.row == e.ref.row && cells.back().ref.column == e.ref.column)
      cells.back() = e;
    else
      cells.push_back(e);
  }
  std::vector<std::uint32_t> row_span(cells.size(), 1), column_span(cells.size(), 1);
  std::vector<bool> covered(cells.size(), false);
  std::uint32_t last_row = cells.empty() ? 0 : cells.back().ref.row;
  // Each merge: spans on its top-left cell, the cells under it dropped. The first of overlapping merges wins.
  std::uint64_t merge_rows = 0;
  for (const auto& m : merges_) {
    merge_rows += m.last.row - m.first.row + 1;
    if (merge_rows > limits_.max_cells)
      throw Error(ErrorKind::limit,
                  fmt::format("{}: merged ranges cover more than {} rows in all", where(m.first), limits_.max_cells),
                  Error::no_offset, 0, {}, source_);
    const auto top = std::lower_bound(cells.begin(), cells.end(), m.first,
                                      [](const Entry& e, const CellRef& r) { return before(e.ref, r); });
    const auto t = static_cast<std::size_t>(top - cells.begin());
    if (covered[t] || row_span[t] != 1 || column_span[t] != 1) continue;  // overlaps an earlier merge
    row_span[t] = m.last.row - m.first.row + 1;
    column_span[t] = m.last.column - m.first.column + 1;
    last_row = std::max(last_row, m.last.row);
    for (std::uint32_t r = m.first.row; r <= m.last.row; ++r) {
      auto it = std::lower_bound(cells.begin(), cells.end(), CellRef{r, m.first.column},
                                 [](const Entry& e, const CellRef& ref) { return before(e.ref, ref); });
      for (; it != cells.end() && it->ref.row == r && it->ref.column <= m.last.column; ++it) {
        const auto i = static_cast<std::size_t>(it - cells.begin());
        if (i != t) covered[i] = true;
      }
    }
  }
  grid_.rows.assign(last_row, GridRow{});
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (covered[i]) continue;
    GridCell cell;
    cell.text = cells[i].text;
    cell.column = cells[i].ref.column - 1;
    cell.row_span = row_span[i];
    cell.column_span = column_span[i];
    cell.origin.sheet = sheet_;
    cell.origin.sheet_row = cells[i].ref.row;
    cell.origin.sheet_column = cells[i].ref.column;
    grid_.rows[cells[i].ref.row - 1].cells.push_back(cell);
  }
}

}  // namespace sheets
JIXIAO_END_NAMESPACE
