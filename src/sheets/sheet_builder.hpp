// SPDX-License-Identifier: Apache-2.0
#pragma once
// Collects one worksheet's cells and merged ranges, in any order, and makes its
// Grid: rows 1..last as Grid rows (blank ones too, so that row_span counts Grid
// rows), cells left to right, a merged range as spans on its top-left cell and
// the cells it covers dropped (a spreadsheet shows only the top-left value).
// Enforces the row, column and cell limits, naming the cell.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/workbook.hpp"
#include "sheets/cell_ref.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

class SheetBuilder {
 public:
  // `cells_so_far` counts cells over the whole workbook (the max_cells limit).
  SheetBuilder(Grid& grid, std::string source, const WorkbookLimits& limits, std::size_t& cells_so_far);

  // `text` is trimmed here; an empty cell is not kept.
  void cell(CellRef where, std::string_view text);
  void merge(CellRange range);
  // Fills grid.rows; call once.
  void finish();

  // "book.xlsx: Sheet1!F12", for errors about a cell; "book.xlsx: sheet \"Sheet1\""
  // for CellRef{} (no cell known).
  std::string where(CellRef ref) const;

 private:
  void check(CellRef ref) const;
  struct Entry {
    CellRef ref;
    std::string_view text;
  };
  Grid& grid_;
  std::string_view sheet_;  // the name, kept in grid_
  std::string source_;
  const WorkbookLimits& limits_;
  std::size_t& cells_;
  std::vector<Entry> entries_;
  std::vector<CellRange> merges_;
};

}  // namespace sheets
JIXIAO_END_NAMESPACE
