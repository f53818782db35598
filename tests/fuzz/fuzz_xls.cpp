// SPDX-License-Identifier: Apache-2.0
// libFuzzer: xls (BIFF8) bytes (read_xls: FreeXL). Whatever the bytes, the reader
// returns Grids or throws jixiao::Error naming the file; every cell is well-formed
// UTF-8 inside the row and column limits and names its sheet cell.
#include "fuzz_support.hpp"
#include "grid_checks.hpp"
#include "jixiao/error.hpp"
#include "jixiao/workbook.hpp"

JIXIAO_FUZZER(xls) {
  jixiao::WorkbookOptions options;
  options.source_name = "fuzz.xls";
  options.limits.max_sheets = 50;
  options.limits.max_rows = 5000;
  options.limits.max_columns = 1000;
  options.limits.max_cells = 100'000;
  std::vector<jixiao::Grid> grids;
  try {
    grids = jixiao::read_xls(jixiao_fuzz::as_text(data, size), options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::format || e.kind() == jixiao::ErrorKind::limit);
    FUZZ_CHECK(std::string_view(e.what()).starts_with("fuzz.xls: "));
    return 0;
  }
  FUZZ_CHECK(grids.size() <= options.limits.max_sheets);
  jixiao_fuzz::check_grids(grids, options.limits.max_rows, options.limits.max_columns);
  for (const auto& grid : grids)
    for (const auto& row : grid.rows)
      for (const auto& cell : row.cells) {
        FUZZ_CHECK(cell.origin.sheet == grid.name);
        FUZZ_CHECK(cell.origin.sheet_row >= 1 && cell.origin.sheet_row <= options.limits.max_rows);
      }
  return 0;
}
