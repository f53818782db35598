// SPDX-License-Identifier: Apache-2.0
// Which text serialization the bytes are (detect_text_serialization) and the row
// source for it (open_text_rows). Detection looks at the first lines only, so it
// costs nothing on a large input; the rules are in docs/ingest.md.

#include <fmt/format.h>

#include "ingest/tab_rows.hpp"
#include "ingest/text.hpp"
#include "ingest/text_rows.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// The tab front end (ingest/tab_rows.hpp) with its bad bytes as the others give them.
class TabRows final : public TextRowSource {
 public:
  TabRows(std::string_view bytes, const IngestOptions& options)
      : rows_(bytes, options.limits, options.source_name) {}
  const GridRow* next() override {
    const GridRow* row = rows_.next();
    bad_.clear();
    if (row != nullptr && rows_.line().has_invalid_utf8())
      bad_.push_back(InvalidUtf8{rows_.line().number, rows_.line().offset, rows_.line().invalid_at});
    return row;
  }
  Serialization serialization() const noexcept override { return Serialization::tabs; }
  bool columns_known() const noexcept override { return true; }
  std::span<const InvalidUtf8> invalid_utf8() const noexcept override { return bad_; }

 private:
  ingest::TabRowSource rows_;
  std::vector<InvalidUtf8> bad_;
};

constexpr std::size_t sample_lines = 256;
constexpr std::size_t sample_bytes = 256 << 10;

struct LineShape {
  bool tab = false;           // a tab anywhere
  bool pipe_row = false;      // starts with '|' and has another
  bool rule = false;          // a Markdown |---| rule
  bool space_run = false;     // two or more spaces between text
  bool single_space = false;  // one space between text
};

LineShape shape_of(std::string_view line) {
  LineShape shape;
  shape.tab = line.find('\t') != std::string_view::npos;
  const auto text = ingest::trim(line);
  if (text.size() >= 2 && text.front() == '|' && text.find('|', 1) != std::string_view::npos) {
    shape.pipe_row = true;
    shape.rule = text.find("---") != std::string_view::npos &&
                 text.find_first_not_of("|-: \t") == std::string_view::npos;
  }
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t space = ingest::space_at(text, i);
    if (space != 0) {
      run += space == 3 ? 2 : 1;  // U+3000 is two columns wide
      i += space;
      continue;
    }
    if (run >= 2) shape.space_run = true;
    if (run == 1) shape.single_space = true;
    run = 0;
    ++i;
  }
  return shape;
}

}  // namespace

Serialization detect_text_serialization(std::string_view bytes) noexcept {
  std::size_t lines = 0, tabs = 0, pipes = 0, rules = 0, runs = 0, singles = 0;
  std::size_t pos = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (pos < bytes.size() && pos < sample_bytes && lines < sample_lines) {
    std::size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const auto line = bytes.substr(pos, end - pos);
    pos = end + 1;
    if (ingest::trim(line).empty()) continue;
    ++lines;
    const LineShape shape = shape_of(line);
    tabs += shape.tab;
    pipes += shape.pipe_row;
    rules += shape.rule;
    runs += shape.space_run;
    singles += shape.single_space && !shape.space_run;
  }
  if (lines == 0) return Serialization::tabs;
  if (tabs * 5 >= lines) return Serialization::tabs;
  if (pipes * 3 >= lines) return rules > 0 ? Serialization::markdown : Serialization::pipes;
  if (runs * 4 >= lines) return Serialization::aligned;
  if (singles * 4 >= lines) return Serialization::single_space;
  return Serialization::cell_per_line;
}

std::unique_ptr<TextRowSource> open_text_rows(std::string_view bytes, std::optional<Serialization> forced,
                                              const IngestOptions& options) {
  const Serialization serialization = forced ? *forced : detect_text_serialization(bytes);
  switch (serialization) {
    case Serialization::tabs:
      return std::make_unique<TabRows>(bytes, options);
    case Serialization::aligned:
      return ingest::open_aligned_rows(bytes, options);
    case Serialization::single_space:
      return ingest::open_single_space_rows(bytes, options);
    case Serialization::cell_per_line:
      return ingest::open_cell_per_line_rows(bytes, options);
    case Serialization::pipes:
      return ingest::open_pipe_rows(bytes, false, options);
    case Serialization::markdown:
      return ingest::open_pipe_rows(bytes, true, options);
    default:
      break;
  }
  throw Error(ErrorKind::invalid_argument,
              fmt::format("{}: {} is not a text serialization",
                          options.source_name.empty() ? "<input>" : options.source_name, to_string(serialization)),
              Error::no_offset, 0, "tabs, aligned, single_space, cell_per_line, pipes or markdown",
              options.source_name);
}

JIXIAO_END_NAMESPACE
