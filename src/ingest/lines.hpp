// SPDX-License-Identifier: Apache-2.0
#pragma once
// The line splitter: one pass over the input bytes, yielding each line as a view
// (LF or CRLF, a leading UTF-8 BOM skipped), its 1-based number and byte offset.
// A line that is not well-formed UTF-8 is handed out repaired (U+FFFD), with the
// offset of the first bad byte so the caller can report it.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

struct Line {
  std::string_view text;       // without the line break; valid until the next call
  std::string_view raw;        // the same bytes as in the input (text is a repaired copy when they differ)
  std::size_t offset = 0;      // byte offset of the line's first byte in the input
  std::uint32_t number = 0;    // 1-based
  std::size_t invalid_at = static_cast<std::size_t>(-1);  // input offset of a bad byte
  bool last_without_newline = false;  // the input ends inside this line
  bool has_invalid_utf8() const noexcept { return invalid_at != static_cast<std::size_t>(-1); }
};

class LineSplitter {
 public:
  // Throws Error(limit) when the input exceeds limits.max_input_bytes.
  LineSplitter(std::string_view bytes, const IngestLimits& limits, std::string_view source);

  // The next line, or false at the end. Throws Error(limit) for a line longer
  // than limits.max_line_bytes or more than 2^32-1 lines.
  bool next(Line& line);

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::uint32_t number_ = 0;
  std::size_t max_line_;
  std::string source_;
  std::string repaired_;
};

}  // namespace ingest
JIXIAO_END_NAMESPACE
