#pragma once
// Reading the published text layout (a 汇总表 PDF extracted to text, as in
// tests/data/corpus/hongkou-court-2024.txt) into a Document. Every data row becomes
// exactly one indicator; every placement inferred rather than read is an INGEST_*
// diagnostic with its source line. Damage is reported, never silently repaired.

#include <cstddef>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"

JIXIAO_BEGIN_NAMESPACE

// Limits a real unit's documents never reach; exceeding one is Error(limit)
// naming the limit.
struct IngestLimits {
  std::size_t max_input_bytes = std::size_t{1} << 30;  // 1 GiB
  std::size_t max_line_bytes = std::size_t{64} << 20;  // 64 MiB
  std::size_t max_rows = 50'000'000;                   // indicator rows, whole input
  std::size_t max_declarations = 5'000'000;
};

struct IngestOptions {
  std::string source_name;  // file name used in error messages ("" → "<input>")
  IngestLimits limits;
};

// Reads the published layout. LF or CRLF, with or without a UTF-8 BOM. Problems
// inside the document become diagnostics in Document::diagnostics; input that
// cannot be read at all (a limit exceeded) throws jixiao::Error.
Document read_published_text(std::string_view bytes, const IngestOptions& options = {});

JIXIAO_END_NAMESPACE
