// SPDX-License-Identifier: Apache-2.0
// PublishedTextReader: one pass over the lines. Before the first form heading
// only the title is kept; each heading starts a declaration that the
// DeclarationAssembler builds until the next heading or the end of the input,
// when next() hands it over. read_published_text collects them all.

#include <memory>

#include <fmt/format.h>

#include "ingest/assembler.hpp"
#include "ingest/cells.hpp"
#include "ingest/codes.hpp"
#include "ingest/lines.hpp"
#include "ingest/seed_layout.hpp"
#include "ingest/tab_rows.hpp"
#include "ingest/text.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using ingest::DeclarationAssembler;
using ingest::DiagnosticSink;
namespace codes = ingest::codes;

// A line before the first heading: a view into the input, or a copy when the
// line had to be repaired (invalid UTF-8), so a huge preamble costs no copies.
struct PreambleLine {
  std::uint32_t number;
  std::string_view view;
  std::string repaired;
  std::string_view text() const { return repaired.empty() ? view : std::string_view(repaired); }
};

}  // namespace

namespace ingest {

// The seed's reader: lines → DeclarationAssemblers, one per form heading.
struct SeedState {
  // Over the tab front end (the seed's serialization): lines as the splitter gave them.
  SeedState(std::string_view bytes, const IngestOptions& options)
      : source(options.source_name.empty() ? std::string("<input>") : options.source_name),
        limits(options.limits),
        tabs(std::make_unique<ingest::TabRowSource>(bytes, limits, source)),
        rows(*tabs),
        budget{0, limits.max_rows, source} {}
  // Over any front end whose columns are known (read_rows on the Shanghai layout):
  // a row's line is its first cell's, its text its cells joined.
  SeedState(RowSource& any, const IngestOptions& options)
      : source(options.source_name.empty() ? std::string("<input>") : options.source_name),
        limits(options.limits),
        rows(any),
        text_rows(dynamic_cast<TextRowSource*>(&any)),
        budget{0, limits.max_rows, source} {}

  // The line facts of the row just read.
  const ingest::Line& line_of(const GridRow& row) {
    if (tabs) return tabs->line();
    generic_line = ingest::Line{};
    generic_line.number = last_row_line + 1;
    for (const auto& cell : row.cells)
      if (cell.origin.line != 0) {
        generic_line.number = cell.origin.line;
        generic_line.offset = cell.origin.byte;
        break;
      }
    generic_text.clear();
    for (const auto& cell : row.cells) {
      if (cell.text.empty()) continue;
      if (!generic_text.empty()) generic_text += ' ';
      generic_text += cell.text;
    }
    generic_line.text = generic_text;
    if (text_rows != nullptr && !text_rows->invalid_utf8().empty()) {
      const InvalidUtf8& bad = text_rows->invalid_utf8().front();
      generic_line.number = bad.line;
      generic_line.offset = bad.line_offset;
      generic_line.invalid_at = bad.byte;
    }
    last_row_line = generic_line.number;
    return generic_line;
  }

  // The declaration that `line` (a form heading) ends, if any; starts the next.
  std::optional<Declaration> heading(const ingest::Line& line, std::string_view trimmed) {
    std::optional<Declaration> finished = finish_current(false);
    if (count >= limits.max_declarations) {
      throw Error(ErrorKind::limit,
                  fmt::format("{}:{}: more than max_declarations = {} declarations", source, line.number,
                              limits.max_declarations),
                  line.offset, line.number, "max_declarations", source);
    }
    if (count == 0 && !title && !preamble.empty()) {
      // The title is the line before the first heading; anything earlier is reported.
      title = std::string(preamble.back().text());
      preamble.pop_back();
      for (const auto& p : preamble)
        sink.add(codes::text_ignored, fmt::format("第{}行：标题之前的内容未读入：{}", p.number, ingest::excerpt(p.text())),
                 std::nullopt, std::nullopt, p.number);
      preamble.clear();
    }
    current = std::make_unique<DeclarationAssembler>(count, line.number, trimmed, sink, budget);
    return finished;
  }

  std::optional<Declaration> finish_current(bool input_ended) {
    if (!current) return std::nullopt;
    std::optional<Declaration> finished = current->finish(input_ended, last_line);
    current.reset();
    ++count;
    return finished;
  }

  std::optional<Declaration> next() {
    while (!ended) {
      const GridRow* row = rows.next();
      if (row == nullptr) break;
      const ingest::Line& line = line_of(*row);
      if (line.has_invalid_utf8()) {
        sink.add(codes::invalid_utf8,
                 fmt::format("第{}行：字节偏移 {}（行内第 {} 字节）处不是有效的 UTF-8，已替换为 U+FFFD", line.number,
                             line.invalid_at, line.invalid_at - line.offset + 1),
                 current ? std::optional<std::size_t>(current->index()) : std::nullopt, std::nullopt, line.number);
      }
      if (row->blank()) {
        if (current) current->blank_line();
        continue;
      }
      last_line = line.number;
      const auto trimmed = ingest::trim(line.text);
      if (ingest::is_heading(*row)) {
        if (auto finished = heading(line, trimmed)) return finished;
        continue;
      }
      if (!current) {
        if (line.has_invalid_utf8() || !tabs) {  // a row's joined text lasts until the next row
          preamble.push_back(PreambleLine{line.number, {}, std::string(trimmed)});
        } else {
          preamble.push_back(PreambleLine{line.number, trimmed, {}});
        }
        continue;
      }
      current->line(row->cells, line.number);
    }
    if (ended) return std::nullopt;
    if (auto last = finish_current(true)) return last;
    ended = true;
    if (count == 0) {
      sink.add(codes::no_declaration,
               fmt::format("{}：没有找到「财政项目支出绩效目标申报表」，未读到申报表", source), std::nullopt,
               std::nullopt, std::nullopt);
    }
    return std::nullopt;
  }

  const std::string source;
  const IngestLimits limits;
  std::optional<std::string> title;
  std::vector<Diagnostic> diagnostics;
  DiagnosticSink sink{diagnostics};
  std::unique_ptr<ingest::TabRowSource> tabs;  // when reading bytes
  RowSource& rows;
  TextRowSource* text_rows = nullptr;  // for its record of bad bytes
  ingest::Line generic_line;
  std::string generic_text;
  std::uint32_t last_row_line = 0;
  ingest::RowBudget budget;

  std::vector<PreambleLine> preamble;
  std::unique_ptr<DeclarationAssembler> current;
  std::uint32_t last_line = 0;
  std::size_t count = 0;  // declarations finished
  bool ended = false;
};

}  // namespace ingest

struct PublishedTextReader::State : ingest::SeedState {
  using SeedState::SeedState;
};

PublishedTextReader::PublishedTextReader(std::string_view bytes, const IngestOptions& options)
    : state_(std::make_unique<State>(bytes, options)) {}
PublishedTextReader::~PublishedTextReader() = default;
PublishedTextReader::PublishedTextReader(PublishedTextReader&&) noexcept = default;
PublishedTextReader& PublishedTextReader::operator=(PublishedTextReader&&) noexcept = default;

std::optional<Declaration> PublishedTextReader::next() { return state_->next(); }
std::size_t PublishedTextReader::count() const noexcept { return state_->count; }
const std::optional<std::string>& PublishedTextReader::title() const noexcept { return state_->title; }
const std::vector<Diagnostic>& PublishedTextReader::diagnostics() const noexcept { return state_->diagnostics; }
std::vector<Diagnostic> PublishedTextReader::take_diagnostics() noexcept { return std::move(state_->diagnostics); }

Document read_published_text(std::string_view bytes, const IngestOptions& options) {
  PublishedTextReader reader(bytes, options);
  Document doc;
  while (auto declaration = reader.next()) doc.declarations.push_back(std::move(*declaration));
  doc.title = reader.title();
  doc.diagnostics = reader.take_diagnostics();
  return doc;
}

namespace ingest {

Document read_seed_layout(RowSource& rows, const IngestOptions& options) {
  SeedState state(rows, options);
  Document doc;
  while (auto declaration = state.next()) doc.declarations.push_back(std::move(*declaration));
  doc.title = state.title;
  doc.diagnostics = std::move(state.diagnostics);
  return doc;
}

}  // namespace ingest

JIXIAO_END_NAMESPACE
