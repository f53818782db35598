// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading a document whatever its format: jixiao JSON or the published text
// layout, told apart by content: after an optional byte-order mark and white
// space, JSON starts with '{' (or '[' then '{', '[' or ']': JSON, though not a
// document, so reading it is an error); anything else is the published layout.
// Before that, the published files themselves: a zip archive is an xlsx
// workbook, an OLE2 compound file an xls workbook, and a page that starts with
// markup and has <html or <table near its start an HTML page (workbook.hpp,
// html_tables.hpp); their grids are read as the published layout. First of all,
// "%PDF-" in the first 1024 bytes is a PDF, read through the optional plugin (pdf.hpp).
//
// Text is read in any serialization (tabs, aligned columns, single spaces, one
// cell per line, pipes, Markdown: text_rows.hpp), detected from its first lines
// or forced by ReadOptions::serialization. Tab-separated text of the Shanghai
// 申报表 goes through the seed's streaming reader (read_published_text);
// everything else — another serialization, another layout, a 自评表 — through
// the form interpreter (read_rows). The spreadsheets, HTML tables and the PDF
// are Grids read by the form interpreter (read_grid).

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/pdf.hpp"

JIXIAO_BEGIN_NAMESPACE

enum class InputFormat { json, published_text, xlsx, xls, html, pdf };

struct ReadOptions {
  std::string source_name;        // named in errors ("" → "<input>")
  IngestLimits limits;            // for the published layout; max_input_bytes for both
  std::size_t max_json_depth = 256;
  bool check_targets = true;      // see JsonReadOptions::check_targets
  PdfLimits pdf_limits;           // for a PDF
  // Forces how the input is read (`--from`): a text serialization, or pdf, xlsx,
  // xls, html; nullopt detects it from the content.
  std::optional<Serialization> serialization{};
};

// Which reader read_document would use for these bytes.
InputFormat detect_input_format(std::string_view bytes) noexcept;

// Whether read_document reads these bytes with the seed's streaming reader
// (PublishedTextReader): tab-separated text of the Shanghai 申报表. `jixiao
// parse` then streams them, one declaration at a time.
bool reads_as_published_layout(std::string_view bytes, const ReadOptions& options = {});

// Reads any format. Throws jixiao::Error naming options.source_name: parse or
// format for broken JSON, limit for input beyond options.limits; for a PDF as
// read_pdf_document (io when PDF support is not installed).
Document read_document(std::string_view bytes, const ReadOptions& options = {});

// Reads a file ("-" is standard input); errors name the file. Error(io) when it
// cannot be opened or read.
Document read_document_file(const std::string& path, const ReadOptions& options = {});

JIXIAO_END_NAMESPACE
