// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading spreadsheet workbooks — xlsx (Office Open XML) and legacy xls (BIFF8) —
// into Grids, one per sheet, for the form interpreter. A cell's text is what a
// person sees in it: shared and inline strings as written, numbers as the stored
// decimal digits (never through binary floating point) laid out by the cell's
// simple number format (0.00, #,##0.00, 0.00%), dates as ISO 2024-01-01, a
// formula's cached result. Merged cells (<mergeCells>) become row_span and
// column_span on their top-left cell. Every cell's origin names its sheet, row
// and column, so describe(origin) gives "Sheet1!F12". docs/ingest.md, Workbooks.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/grid.hpp"

JIXIAO_BEGIN_NAMESPACE

// Limits a real unit's workbook never reaches; past one, Error(limit) naming the
// file, the limit, and the member or the cell.
struct WorkbookLimits {
  std::uint64_t max_member_bytes = std::uint64_t{256} << 20;  // one zip member, inflated
  std::uint64_t max_total_bytes = std::uint64_t{1} << 30;     // all members read, inflated
  std::uint64_t max_ratio = 200;  // inflated / compressed, per member past its first MiB
  std::size_t max_sheets = 1000;
  std::uint32_t max_rows = 100'000;      // highest row number of a sheet
  std::uint32_t max_columns = 16'384;    // highest column (XFD, Excel's own)
  std::size_t max_cells = 5'000'000;     // cells with content, whole workbook
};

struct WorkbookOptions {
  std::string source_name;  // named in errors ("" → "<input>")
  WorkbookLimits limits;
};

// True for a zip archive (the xlsx container): "PK\3\4" at the start.
bool looks_like_zip(std::string_view bytes) noexcept;
// True for an OLE2 compound file (the xls container): D0 CF 11 E0 A1 B1 1A E1.
bool looks_like_ole2(std::string_view bytes) noexcept;

// Every sheet of an xlsx workbook, in workbook order; Grid::name is the sheet's
// name. Throws Error(format) for a damaged zip, a zip that is not a workbook,
// malformed XML (naming the member, line and column) or a formula without a
// cached value (naming the cell); Error(limit) past options.limits.
std::vector<Grid> read_xlsx(std::string_view bytes, const WorkbookOptions& options = {});

// Every worksheet of an xls (BIFF8) workbook, read with FreeXL. FreeXL gives cell
// values but not merged ranges: every cell has row_span and column_span 1, and a
// merged label stands in its top-left cell only. Numbers are FreeXL's doubles
// printed with the shortest round-trip digits (BIFF stores binary doubles: there
// is no decimal text to keep). Throws as read_xlsx.
std::vector<Grid> read_xls(std::string_view bytes, const WorkbookOptions& options = {});

JIXIAO_END_NAMESPACE
