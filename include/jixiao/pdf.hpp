// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading a PDF: every page's characters with their boxes and the ruling lines
// that print table borders, rebuilt into one Grid (src/pdfgrid/, docs/pdf.md).
//
// The extraction itself is an optional plugin, libjixiao_pdf.so (GPL, over
// poppler), loaded at run time: the core, libjixiao.so and their Apache-2.0
// licence do not depend on it (include/jixiao/pdf_plugin.h). When it is not
// installed, reading a PDF is Error(io) saying so.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/pdf_plugin.h"

JIXIAO_BEGIN_NAMESPACE

// Limits a real 汇总表 never reaches; exceeding one is Error(limit) naming it.
struct PdfLimits {
  std::size_t max_input_bytes = std::size_t{256} << 20;  // 256 MiB
  std::uint32_t max_pages = 5'000;
  std::uint64_t max_glyphs = 20'000'000;
  std::uint64_t max_rules = 5'000'000;
  std::uint64_t max_cells_per_page = 1'000'000;  // elementary cells of one page's tables
  double max_seconds = 120;                      // wall-clock time inside the extractor
  std::uint64_t max_objects = 10'000'000;        // indirect objects (the cross-reference table's size)
};

struct PdfOptions {
  std::string source_name;  // named in errors ("" → "<input>")
  PdfLimits limits;
  // The plugin to load; "" searches: $JIXIAO_PDF_PLUGIN, the directory of the
  // program or library holding jixiao, its ../lib, the install libdir, then the
  // dynamic linker's path.
  std::string plugin_path;
};

// True when the bytes are a PDF: "%PDF-" within the first 1024 bytes, as PDF
// readers accept it.
bool looks_like_pdf(std::string_view bytes) noexcept;

// The plugin's name and where it was found, or why not ("" when found).
struct PdfSupport {
  bool available = false;
  std::string path;     // the file loaded
  std::string backend;  // "poppler 22.12.0"
  std::string licence;  // SPDX
  std::string problem;  // why it is not available
};
PdfSupport pdf_support(const std::string& plugin_path = {});

// The PDF as one Grid: tables rebuilt from their ruling lines (merged cells
// with row_span/column_span, a table continuing across pages continuing),
// text outside tables as rows of their own, page numbers and running headers
// dropped. Every cell's origin has its page and box. Throws Error naming the
// source (and page): io when the plugin is missing, format for a damaged or
// encrypted PDF or one without a text layer, limit past options.limits.
Grid read_pdf_grid(std::string_view bytes, const PdfOptions& options = {});

// The rebuilding step alone, over content any extractor produced (tests, fuzzing).
Grid grid_from_pdf_content(const jx_pdf_content& content, const PdfOptions& options = {});

// Declarations from a PDF: read_pdf_grid, then the form read from the Grid.
// A PDF holding no declaration is Error(format).
Document read_pdf_document(std::string_view bytes, const PdfOptions& options = {});

JIXIAO_END_NAMESPACE
