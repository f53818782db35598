// SPDX-License-Identifier: Apache-2.0
// read_grids: the Grids of a published file (the sheets of a workbook, the tables
// of a page, the one Grid of a PDF) as one row stream for the form interpreter.
#include <deque>
#include <span>
#include <string>

#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

class GridsRows final : public RowSource {
 public:
  explicit GridsRows(std::span<const Grid> grids) : grids_(grids) {}

  const GridRow* next() override {
    while (grid_ < grids_.size()) {
      const Grid& grid = grids_[grid_];
      if (row_ < grid.rows.size()) {
        number(grid.rows[row_++]);
        return &current_;
      }
      ++grid_;
      row_ = 0;
      if (grid_ < grids_.size()) {  // a blank row between two grids, as a blank line between two tables
        current_.cells.clear();
        ++line_;
        return &current_;
      }
    }
    return nullptr;
  }
  Serialization serialization() const noexcept override {
    return grids_.empty() ? Serialization::tabs : grids_.front().serialization;
  }
  bool columns_known() const noexcept override {
    for (const auto& grid : grids_)
      if (!grid.columns_known) return false;
    return true;
  }

 private:
  // The row with a line for every cell that has none (PDF, spreadsheet cells):
  // its ordinal across the grids, so that lines in diagnostics and in
  // Declaration::source count rows, and row n of a one-Grid input is line n.
  // A cell's wrapped lines are joined (a name wrapped in its cell is one name).
  void number(const GridRow& row) {
    ++line_;
    current_ = row;
    joined_.clear();
    for (auto& cell : current_.cells) {
      if (cell.origin.line == 0) cell.origin.line = line_;
      if (cell.text.find('\n') != std::string_view::npos) cell.text = joined_.emplace_back(joined_lines(cell.text));
    }
  }

  std::span<const Grid> grids_;
  std::size_t grid_ = 0, row_ = 0;
  std::uint32_t line_ = 0;
  GridRow current_;
  std::deque<std::string> joined_;  // the current row's joined texts (a deque: growing never moves them)
};

}  // namespace

Document read_grids(std::span<const Grid> grids, const IngestOptions& options) {
  GridsRows rows(grids);
  return read_rows(rows, options);
}

JIXIAO_END_NAMESPACE
