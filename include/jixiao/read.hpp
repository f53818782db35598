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

#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
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
};

// Which reader read_document would use for these bytes.
InputFormat detect_input_format(std::string_view bytes) noexcept;

// Reads any format. Throws jixiao::Error naming options.source_name: parse or
// format for broken JSON, limit for input beyond options.limits; for a PDF as
// read_pdf_document (io when PDF support is not installed).
Document read_document(std::string_view bytes, const ReadOptions& options = {});

// Reads a file ("-" is standard input); errors name the file. Error(io) when it
// cannot be opened or read.
Document read_document_file(const std::string& path, const ReadOptions& options = {});

JIXIAO_END_NAMESPACE
