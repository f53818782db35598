// SPDX-License-Identifier: Apache-2.0
#pragma once
// The text front ends: text in any of its serializations (tabs, columns aligned
// with runs of spaces, single spaces, one cell per line, pipe rows, Markdown
// tables) read into GridRows, one at a time. Which one is detected from the
// content or forced by the caller (docs/ingest.md, "Serializations").

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE

// A byte that is not well-formed UTF-8; the line it is on reads with U+FFFD in
// its place (INGEST_INVALID_UTF8).
struct InvalidUtf8 {
  std::uint32_t line = 0;         // 1-based
  std::uint64_t line_offset = 0;  // input offset of the line's first byte
  std::uint64_t byte = 0;         // input offset of the bad byte
};

class TextRowSource : public RowSource {
 public:
  // The bad bytes of the lines the last row was read from (empty for most rows).
  virtual std::span<const InvalidUtf8> invalid_utf8() const noexcept = 0;
};

// The text serialization the bytes look like (tabs, aligned, single_space,
// cell_per_line, pipes or markdown), from their first lines; cell_per_line when
// nothing else fits. Never a binary serialization.
Serialization detect_text_serialization(std::string_view bytes) noexcept;

// A row source over `bytes` (which must outlive it) for `forced`, or for what
// detect_text_serialization finds. Throws Error(limit) as the ingest limits say,
// Error(invalid_argument) when `forced` is not a text serialization.
std::unique_ptr<TextRowSource> open_text_rows(std::string_view bytes, std::optional<Serialization> forced = {},
                                              const IngestOptions& options = {});

JIXIAO_END_NAMESPACE
