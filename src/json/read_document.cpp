// SPDX-License-Identifier: Apache-2.0
// read.hpp: one entry point for every input format, detected from content or forced.
#include <string>

#include <fmt/core.h>

#include "ingest/tab_layout.hpp"
#include "jixiao/html_tables.hpp"
#include "jixiao/read.hpp"
#include "jixiao/text_rows.hpp"
#include "jixiao/workbook.hpp"
#include "text/read_file.hpp"

JIXIAO_BEGIN_NAMESPACE

InputFormat detect_input_format(std::string_view bytes) noexcept {
  if (looks_like_pdf(bytes)) return InputFormat::pdf;
  if (looks_like_zip(bytes)) return InputFormat::xlsx;
  if (looks_like_ole2(bytes)) return InputFormat::xls;
  if (looks_like_html(bytes)) return InputFormat::html;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  if (i >= bytes.size()) return InputFormat::published_text;
  if (bytes[i] == '{') return InputFormat::json;
  if (bytes[i] != '[') return InputFormat::published_text;
  // A JSON array ("[{", "[[", "[]") is JSON, if not a document; "[附件1]" is text.
  ++i;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[' || bytes[i] == ']') ? InputFormat::json
                                                                                  : InputFormat::published_text;
}

namespace {

// The reader a forced serialization names.
InputFormat format_of(Serialization s) {
  switch (s) {
    case Serialization::pdf: return InputFormat::pdf;
    case Serialization::xlsx: return InputFormat::xlsx;
    case Serialization::xls: return InputFormat::xls;
    case Serialization::html: return InputFormat::html;
    default: return InputFormat::published_text;
  }
}

InputFormat format_of(std::string_view bytes, const ReadOptions& options) {
  return options.serialization ? format_of(*options.serialization) : detect_input_format(bytes);
}

Serialization text_serialization(std::string_view bytes, const ReadOptions& options) {
  return options.serialization ? *options.serialization : detect_text_serialization(bytes);
}

}  // namespace

bool reads_as_published_layout(std::string_view bytes, const ReadOptions& options) {
  return format_of(bytes, options) == InputFormat::published_text &&
         text_serialization(bytes, options) == Serialization::tabs && ingest::is_seed_tab_text(bytes);
}

Document read_document(std::string_view bytes, const ReadOptions& options) {
  const std::string source = options.source_name.empty() ? std::string("<input>") : options.source_name;
  if (bytes.size() > options.limits.max_input_bytes)
    throw Error(ErrorKind::limit,
                fmt::format("{}: input of {} bytes exceeds the limit of {} bytes", source, bytes.size(),
                            options.limits.max_input_bytes),
                options.limits.max_input_bytes, 0, "at most " + std::to_string(options.limits.max_input_bytes) + " bytes",
                source);
  const InputFormat format = format_of(bytes, options);
  if (format == InputFormat::pdf) {
    PdfOptions pdf;
    pdf.source_name = source;
    pdf.limits = options.pdf_limits;
    return read_pdf_document(bytes, pdf);
  }
  if (format == InputFormat::xlsx || format == InputFormat::xls || format == InputFormat::html) {
    IngestOptions ingest;
    ingest.source_name = source;
    ingest.limits = options.limits;
    if (format == InputFormat::html) {
      HtmlOptions html;
      html.source_name = source;
      return read_grids(read_html_tables(bytes, html), ingest);
    }
    WorkbookOptions workbook;
    workbook.source_name = source;
    return read_grids(format == InputFormat::xlsx ? read_xlsx(bytes, workbook) : read_xls(bytes, workbook), ingest);
  }
  if (format == InputFormat::json) {
    JsonReadOptions json;
    json.max_depth = options.max_json_depth;
    json.source_name = source;
    json.check_targets = options.check_targets;
    return document_from_json(bytes, json);
  }
  IngestOptions ingest;
  ingest.source_name = source;
  ingest.limits = options.limits;
  if (reads_as_published_layout(bytes, options)) return read_published_text(bytes, ingest);
  const auto rows = open_text_rows(bytes, text_serialization(bytes, options), ingest);
  return read_rows(*rows, ingest);
}

Document read_document_file(const std::string& path, const ReadOptions& options) {
  const std::string name = path == "-" ? std::string("<stdin>") : path;
  const auto bytes = text::InputBytes::read(path, name, options.limits.max_input_bytes);
  ReadOptions named = options;
  named.source_name = name;
  return read_document(bytes.view(), named);
}

JIXIAO_END_NAMESPACE
