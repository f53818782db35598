// SPDX-License-Identifier: Apache-2.0
// Two front ends that lose the columns (columns_known() is false): cells
// separated by single spaces (tabs lost), one row per line; and one cell per line
// (plain pdftotext, flattened HTML), one row per non-blank line. The interpreter
// rebuilds rows and columns from the form.

#include "ingest/text.hpp"
#include "ingest/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

class LineCellRows final : public TextRowSource {
 public:
  LineCellRows(std::string_view bytes, const IngestOptions& options, bool cell_per_line)
      : lines_(bytes, options.limits, options.source_name), cell_per_line_(cell_per_line) {}

  const GridRow* next() override {
    lines_.clear_bad();
    Line line;
    while (lines_.next(line)) {
      row_.cells.clear();
      const auto text = trim(line.text);
      if (cell_per_line_) {
        if (text.empty()) continue;  // blank lines separate cells, they are no rows
        add_cell(row_, text, line, 0);
      } else if (text.empty()) {
        add_cell(row_, text, line, 0);  // a blank row, as the tab front end gives
      } else {
        split_words(text, line);
      }
      return &row_;
    }
    return nullptr;
  }
  Serialization serialization() const noexcept override {
    return cell_per_line_ ? Serialization::cell_per_line : Serialization::single_space;
  }
  bool columns_known() const noexcept override { return false; }
  std::span<const InvalidUtf8> invalid_utf8() const noexcept override { return lines_.bad(); }

 private:
  // Each run of white space separates two cells.
  void split_words(std::string_view text, const Line& line) {
    std::uint32_t column = 0;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
      const std::size_t space = space_at(text, i);
      if (space == 0) {
        ++i;
        continue;
      }
      add_cell(row_, text.substr(start, i - start), line, column++);
      i += space;
      while (i < text.size()) {
        const std::size_t more = space_at(text, i);
        if (more == 0) break;
        i += more;
      }
      start = i;
    }
    add_cell(row_, text.substr(start), line, column);
  }

  RecordingLines lines_;
  bool cell_per_line_;
  GridRow row_;
};

}  // namespace

std::unique_ptr<TextRowSource> open_single_space_rows(std::string_view bytes, const IngestOptions& options) {
  return std::make_unique<LineCellRows>(bytes, options, false);
}

std::unique_ptr<TextRowSource> open_cell_per_line_rows(std::string_view bytes, const IngestOptions& options) {
  return std::make_unique<LineCellRows>(bytes, options, true);
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
