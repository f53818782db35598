// SPDX-License-Identifier: Apache-2.0
// pdf.hpp: the plugin's content → Grid → declarations.
#include <algorithm>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/pdf.hpp"
#include "pdfgrid/layout.hpp"
#include "pdfgrid/plugin.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

std::string source_of(const PdfOptions& options) {
  return options.source_name.empty() ? std::string("<input>") : options.source_name;
}

[[noreturn]] void fail(ErrorKind kind, const std::string& source, std::uint32_t page, const std::string& what,
                       const std::string& expected = {}) {
  const std::string where = page != 0 ? fmt::format("{}: page {}: ", source, page) : source + ": ";
  throw Error(kind, where + what, Error::no_offset, 0, expected, source);
}

// Every page without a glyph, when the document has none at all, is a scan.
void require_text_layer(const jx_pdf_content& content, const std::string& source) {
  if (content.glyph_count > 0) return;
  std::uint32_t with_images = 0;
  for (std::uint32_t p = 0; p < content.page_count; ++p)
    if (content.pages[p].images > 0) ++with_images;
  if (content.page_count == 0) fail(ErrorKind::format, source, 0, "the PDF has no pages");
  fail(ErrorKind::format, source, 0,
       fmt::format("no text layer: run OCR first ({} page{}, {} with images, no characters)", content.page_count,
                   content.page_count == 1 ? "" : "s", with_images),
       "a PDF with text");
}

// The declaration's first page and its box there: the cells of its rows on that page.
void locate(Declaration& declaration, const Grid& grid) {
  if (!declaration.source) return;
  SourceSpan& span = *declaration.source;
  std::optional<std::uint32_t> page;
  std::optional<Box> box;
  for (std::uint32_t line = span.first_line; line >= 1 && line <= span.last_line && line <= grid.rows.size(); ++line)
    for (const auto& cell : grid.rows[line - 1].cells) {
      if (!cell.origin.box || cell.origin.page == 0) continue;
      if (!page) page = cell.origin.page;
      if (cell.origin.page != *page) continue;
      const Box& b = *cell.origin.box;
      box = box ? Box{std::min(box->x0, b.x0), std::min(box->y0, b.y0), std::max(box->x1, b.x1),
                      std::max(box->y1, b.y1)}
                : b;
    }
  span.page = page;
  span.bbox = box;
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) noexcept {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

Grid grid_from_pdf_content(const jx_pdf_content& content, const PdfOptions& options) {
  const std::string source = source_of(options);
  require_text_layer(content, source);
  return pdf::build_grid(content, options.limits, source);
}

Grid read_pdf_grid(std::string_view bytes, const PdfOptions& options) {
  const std::string source = source_of(options);
  if (bytes.size() > options.limits.max_input_bytes)
    fail(ErrorKind::limit, source, 0,
         fmt::format("PDF of {} bytes exceeds the limit of {} bytes", bytes.size(), options.limits.max_input_bytes),
         "at most " + std::to_string(options.limits.max_input_bytes) + " bytes");
  const pdf::LoadedPlugin& plugin = pdf::load_plugin(options.plugin_path);
  if (plugin.table == nullptr) fail(ErrorKind::io, source, 0, plugin.support.problem, "libjixiao_pdf.so");
  jx_pdf_limits limits{};
  limits.struct_size = sizeof limits;
  limits.max_pages = options.limits.max_pages;
  limits.max_glyphs = options.limits.max_glyphs;
  limits.max_rules = options.limits.max_rules;
  limits.max_seconds = options.limits.max_seconds;
  limits.max_objects = options.limits.max_objects;
  jx_pdf_failure failure{};
  jx_pdf_content* raw = nullptr;
  const jx_pdf_status status = plugin.table->read(bytes.data(), bytes.size(), &limits, &raw, &failure);
  failure.message[sizeof failure.message - 1] = '\0';
  const pdf::ContentPtr content(raw, pdf::ContentDeleter{plugin.table});
  switch (status) {
    case JX_PDF_OK:
      break;
    case JX_PDF_ENCRYPTED:
      fail(ErrorKind::format, source, 0, std::string(failure.message) + " (encrypted PDFs are not read)",
           "an unencrypted PDF");
    case JX_PDF_LIMIT:
      fail(ErrorKind::limit, source, failure.page, failure.message);
    case JX_PDF_NOMEM:
      throw std::bad_alloc();
    case JX_PDF_DAMAGED:
      fail(ErrorKind::format, source, failure.page, failure.message, "a readable PDF");
    default:
      fail(ErrorKind::format, source, failure.page, fmt::format("the PDF reader failed: {}", failure.message));
  }
  if (content == nullptr) fail(ErrorKind::format, source, 0, "the PDF reader returned nothing");
  return grid_from_pdf_content(*content, options);
}

Document read_pdf_document(std::string_view bytes, const PdfOptions& options) {
  const std::string source = source_of(options);
  const Grid grid = read_pdf_grid(bytes, options);
  // The form interpreter numbers the rows as lines (row n = line n), which
  // locate() turns back into the page and box of each declaration.
  IngestOptions ingest;
  ingest.source_name = source;
  Document document = read_grids(std::span(&grid, 1), ingest);
  if (document.declarations.empty()) {
    std::uint32_t pages = 0;
    for (const auto& row : grid.rows)
      for (const auto& cell : row.cells) pages = std::max(pages, cell.origin.page);
    fail(ErrorKind::format, source, 0,
         fmt::format("no declaration in the PDF: no …绩效目标申报表 heading in the text of its {} page{}", pages,
                     pages == 1 ? "" : "s"),
         "a 财政项目支出绩效目标申报表");
  }
  for (auto& declaration : document.declarations) locate(declaration, grid);
  return document;
}

JIXIAO_END_NAMESPACE
