// SPDX-License-Identifier: Apache-2.0
// Pipe rows (`| 项目名称 | … | ||||`) and Markdown tables: a line that starts with
// '|' is a row whose cells lie between the pipes (empty ones kept: a run of them
// is what a column span leaves); any other non-blank line is a row of one cell.
// Markdown also drops its |---| rule rows and the #s of a heading.

#include <cstring>

#include "ingest/text.hpp"
#include "ingest/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

// |---|:---:| — only pipes, dashes, colons and blanks, with a dash in it.
bool is_rule(std::string_view text) noexcept {
  bool dash = false;
  for (const char c : text) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return dash;
}

class PipeRows final : public TextRowSource {
 public:
  PipeRows(std::string_view bytes, const IngestOptions& options, bool markdown)
      : lines_(bytes, options.limits, options.source_name), markdown_(markdown) {}

  const GridRow* next() override {
    lines_.clear_bad();
    Line line;
    while (lines_.next(line)) {
      row_.cells.clear();
      auto text = trim(line.text);
      if (text.empty() || text.front() != '|') {
        if (markdown_) {
          while (text.starts_with('#')) text.remove_prefix(1);
          text = trim(text);
        }
        add_cell(row_, text, line, 0);
        return &row_;
      }
      if (markdown_ && is_rule(text)) continue;
      text.remove_prefix(1);
      if (text.ends_with('|')) text.remove_suffix(1);
      std::uint32_t column = 0;
      for (;;) {
        const void* pipe = std::memchr(text.data(), '|', text.size());
        const std::size_t end =
            pipe != nullptr ? static_cast<std::size_t>(static_cast<const char*>(pipe) - text.data()) : text.size();
        add_cell(row_, trim(text.substr(0, end)), line, column++);
        if (pipe == nullptr) break;
        text.remove_prefix(end + 1);
      }
      return &row_;
    }
    return nullptr;
  }
  Serialization serialization() const noexcept override {
    return markdown_ ? Serialization::markdown : Serialization::pipes;
  }
  bool columns_known() const noexcept override { return true; }
  std::span<const InvalidUtf8> invalid_utf8() const noexcept override { return lines_.bad(); }

 private:
  RecordingLines lines_;
  bool markdown_;
  GridRow row_;
};

}  // namespace

std::unique_ptr<TextRowSource> open_pipe_rows(std::string_view bytes, bool markdown, const IngestOptions& options) {
  return std::make_unique<PipeRows>(bytes, options, markdown);
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
