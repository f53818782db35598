// SPDX-License-Identifier: Apache-2.0
// libFuzzer: HTML bytes (read_html_tables: gumbo). Whatever the bytes, the reader
// returns one Grid per table or throws jixiao::Error (format: no table; limit);
// every cell is well-formed UTF-8, spans within HTML's limits, and its origin's
// byte offset lies inside the page.
#include "fuzz_support.hpp"
#include "grid_checks.hpp"
#include "jixiao/error.hpp"
#include "jixiao/html_tables.hpp"

JIXIAO_FUZZER(html) {
  jixiao::HtmlOptions options;
  options.source_name = "fuzz.html";
  options.limits.max_tables = 200;
  options.limits.max_rows = 2000;
  options.limits.max_cells = 50'000;
  options.limits.max_colspan = 100;
  options.limits.max_rowspan = 2000;
  options.limits.max_depth = 200;
  std::vector<jixiao::Grid> grids;
  try {
    grids = jixiao::read_html_tables(jixiao_fuzz::as_text(data, size), options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::format || e.kind() == jixiao::ErrorKind::limit);
    FUZZ_CHECK(std::string_view(e.what()).starts_with("fuzz.html: "));
    return 0;
  }
  FUZZ_CHECK(!grids.empty() && grids.size() <= options.limits.max_tables);
  // A row of max_cells cells each spanning max_colspan columns is the widest table.
  jixiao_fuzz::check_grids(grids, options.limits.max_rows,
                           std::uint64_t{options.limits.max_cells} * options.limits.max_colspan);
  for (const auto& grid : grids)
    for (const auto& row : grid.rows)
      for (const auto& cell : row.cells) {
        FUZZ_CHECK(cell.column_span <= options.limits.max_colspan);
        FUZZ_CHECK(cell.origin.byte < size);
        FUZZ_CHECK(cell.origin.line >= 1);
      }
  return 0;
}
