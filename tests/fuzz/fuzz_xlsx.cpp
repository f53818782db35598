// SPDX-License-Identifier: Apache-2.0
// libFuzzer: xlsx bytes (read_xlsx: libzip + expat). Whatever the bytes, the
// reader returns Grids or throws jixiao::Error (format for damage, limit past the
// small limits below, which keep zip bombs and huge sheets cheap); every cell is
// well-formed UTF-8 inside the row and column limits and names its sheet cell.
#include "fuzz_support.hpp"
#include "grid_checks.hpp"
#include "jixiao/error.hpp"
#include "jixiao/workbook.hpp"

JIXIAO_FUZZER(xlsx) {
  jixiao::WorkbookOptions options;
  options.source_name = "fuzz.xlsx";
  options.limits.max_member_bytes = 4 << 20;
  options.limits.max_total_bytes = 16 << 20;
  options.limits.max_sheets = 50;
  options.limits.max_rows = 5000;
  options.limits.max_columns = 1000;
  options.limits.max_cells = 100'000;
  std::vector<jixiao::Grid> grids;
  try {
    grids = jixiao::read_xlsx(jixiao_fuzz::as_text(data, size), options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::format || e.kind() == jixiao::ErrorKind::limit);
    FUZZ_CHECK(std::string_view(e.what()).starts_with("fuzz.xlsx: "));
    return 0;
  }
  FUZZ_CHECK(grids.size() <= options.limits.max_sheets);
  jixiao_fuzz::check_grids(grids, options.limits.max_rows, options.limits.max_columns);
  for (const auto& grid : grids)
    for (const auto& row : grid.rows)
      for (const auto& cell : row.cells) {
        FUZZ_CHECK(cell.origin.sheet == grid.name);
        FUZZ_CHECK(cell.origin.sheet_row >= 1 && cell.origin.sheet_row <= options.limits.max_rows);
        FUZZ_CHECK(cell.origin.sheet_column == cell.column + 1);
      }
  return 0;
}
