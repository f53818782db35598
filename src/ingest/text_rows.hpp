// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the text front ends share (src/ingest/text_*.cpp): the factories the
// dispatcher (text_detect.cpp) calls, the line reading with its UTF-8 record, and
// the display width of a character (CJK is two columns, as a terminal and
// pdftotext -layout count them).

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "ingest/lines.hpp"
#include "jixiao/config.hpp"
#include "jixiao/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

// Reads lines and remembers the bad bytes met since the last take.
class RecordingLines {
 public:
  RecordingLines(std::string_view bytes, const IngestLimits& limits, std::string_view source)
      : lines_(bytes, limits, source) {}
  bool next(Line& line) {
    if (!lines_.next(line)) return false;
    if (line.has_invalid_utf8()) bad_.push_back(InvalidUtf8{line.number, line.offset, line.invalid_at});
    return true;
  }
  std::span<const InvalidUtf8> bad() const noexcept { return bad_; }
  void clear_bad() noexcept { bad_.clear(); }

 private:
  LineSplitter lines_;
  std::vector<InvalidUtf8> bad_;
};

// Appends a cell: `text` is a view into `line.text`.
inline void add_cell(GridRow& row, std::string_view text, const Line& line, std::uint32_t column) {
  GridCell& cell = row.cells.emplace_back();
  cell.text = text;
  cell.column = column;
  cell.origin.line = line.number;
  const auto at = static_cast<std::size_t>(text.data() - line.text.data());
  cell.origin.byte = line.offset + (line.has_invalid_utf8() ? input_position(line.raw, at) : at);
}

// The code point starting at s[i] (s is well-formed UTF-8) and its length.
struct CodePoint {
  char32_t value;
  std::uint32_t length;
};
inline CodePoint decode_at(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (c < 0x80) return {c, 1};
  if (c < 0xE0 && i + 1 < s.size()) return {(static_cast<char32_t>(c & 0x1F) << 6) | cont(1), 2};
  if (c < 0xF0 && i + 2 < s.size()) return {(static_cast<char32_t>(c & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3};
  if (i + 3 < s.size())
    return {(static_cast<char32_t>(c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4};
  return {0xFFFD, 1};
}

// East Asian Wide and Fullwidth: two display columns.
inline bool is_wide(char32_t c) noexcept {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

std::unique_ptr<TextRowSource> open_tab_rows(std::string_view bytes, const IngestOptions& options);
std::unique_ptr<TextRowSource> open_aligned_rows(std::string_view bytes, const IngestOptions& options);
std::unique_ptr<TextRowSource> open_single_space_rows(std::string_view bytes, const IngestOptions& options);
std::unique_ptr<TextRowSource> open_cell_per_line_rows(std::string_view bytes, const IngestOptions& options);
// Pipe rows; `markdown` also skips the |---| rule rows and a heading's leading #s.
std::unique_ptr<TextRowSource> open_pipe_rows(std::string_view bytes, bool markdown, const IngestOptions& options);

}  // namespace ingest
JIXIAO_END_NAMESPACE
