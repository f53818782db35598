// SPDX-License-Identifier: Apache-2.0
// libFuzzer: PDF bytes through the plugin (libjixiao_pdf.so over poppler) and the
// Grid rebuilding, with small limits on pages, objects, characters, rules and
// time. Whatever the bytes, read_pdf_document returns declarations or throws
// jixiao::Error naming the file (format: damaged, encrypted, no text layer, no
// declaration; limit); a Grid's cells lie on pages of the document.
#include <cstdlib>
#include <string>

#include "fuzz_support.hpp"
#include "grid_checks.hpp"
#include "jixiao/error.hpp"
#include "jixiao/pdf.hpp"

namespace {

jixiao::PdfOptions fuzz_pdf_options() {
  jixiao::PdfOptions options;
  options.source_name = "fuzz.pdf";
  options.plugin_path = JIXIAO_PDF_PLUGIN_FILE;
  options.limits.max_input_bytes = 4 << 20;
  options.limits.max_pages = 20;
  options.limits.max_objects = 20'000;
  options.limits.max_glyphs = 100'000;
  options.limits.max_rules = 20'000;
  options.limits.max_cells_per_page = 20'000;
  options.limits.max_seconds = 2;
  return options;
}

}  // namespace

JIXIAO_FUZZER(pdf) {
  static const jixiao::PdfOptions options = fuzz_pdf_options();
  const std::string_view bytes = jixiao_fuzz::as_text(data, size);
  try {
    const jixiao::Grid grid = jixiao::read_pdf_grid(bytes, options);
    jixiao_fuzz::check_grid(grid, SIZE_MAX, UINT32_MAX);
    for (const auto& row : grid.rows)
      for (const auto& cell : row.cells) FUZZ_CHECK(cell.origin.page >= 1 && cell.origin.page <= options.limits.max_pages);
    (void)jixiao::read_pdf_document(bytes, options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::format || e.kind() == jixiao::ErrorKind::limit);
    FUZZ_CHECK(std::string_view(e.what()).starts_with("fuzz.pdf: "));
  }
  return 0;
}
