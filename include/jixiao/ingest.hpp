// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading the published text layout (a 汇总表 PDF extracted to text, as in
// tests/data/corpus/hongkou-court-2024.txt) into a Document. Every data row becomes
// exactly one indicator; every placement inferred rather than read is an INGEST_*
// diagnostic with its source line. Damage is reported, never silently repaired.

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/grid.hpp"

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

// The same reading, one declaration at a time, so that a large input never has
// all its declarations in memory at once (`jixiao parse` streams its JSON this
// way). Collecting every next() into Document::declarations, with title() and
// diagnostics(), gives exactly what read_published_text returns.
//
//   PublishedTextReader reader(bytes);
//   while (auto declaration = reader.next()) use(*declaration);
//
// `bytes` must outlive the reader. Errors as read_published_text: next() throws
// Error(limit) for input beyond options.limits.
class PublishedTextReader {
 public:
  explicit PublishedTextReader(std::string_view bytes, const IngestOptions& options = {});
  ~PublishedTextReader();
  PublishedTextReader(PublishedTextReader&&) noexcept;
  PublishedTextReader& operator=(PublishedTextReader&&) noexcept;

  // The next declaration, or nullopt at the end of the input.
  std::optional<Declaration> next();
  // How many declarations next() has returned.
  std::size_t count() const noexcept;
  // The document's title: final once next() has returned once (it is the line
  // before the first form heading).
  const std::optional<std::string>& title() const noexcept;
  // The diagnostics so far, in document order; complete once next() has returned
  // nullopt. Those about a declaration are all there when next() returns it.
  const std::vector<Diagnostic>& diagnostics() const noexcept;
  std::vector<Diagnostic> take_diagnostics() noexcept;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The form interpreter: any layout (Shanghai, central, Hunan, Sichuan, the
// 自评表s) from the rows any front end makes (text in any serialization, PDF,
// xlsx/xls, HTML). Where the rows lost their columns (RowSource::columns_known()
// false: single spaces, one cell per line) the records are rebuilt from the
// indicator table's header; every inference is an INGEST_* diagnostic. Input that
// is no declaration at all gives a Document without declarations and one
// INGEST_NO_DECLARATION naming what was found. Throws Error(limit) as
// read_published_text does.
Document read_rows(RowSource& rows, const IngestOptions& options = {});
Document read_grid(const Grid& grid, const IngestOptions& options = {});
// Several Grids read as one document, in order (the sheets of a workbook, the
// tables of a page; a PDF's one Grid), a blank row between two. A cell without a
// source line (PDF, spreadsheets) takes its row's ordinal across the grids, so
// the lines of diagnostics and of Declaration::source count rows.
Document read_grids(std::span<const Grid> grids, const IngestOptions& options = {});

JIXIAO_END_NAMESPACE
