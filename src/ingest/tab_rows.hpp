// SPDX-License-Identifier: Apache-2.0
#pragma once
// The tab front end: each line of the input is one GridRow, its cells split on
// tabs (empty cells kept, so `column` counts them), each cell trimmed, with its
// line and byte. The first of the text front ends (the seed's serialization);
// the others stand beside it and a detector dispatches to them.

#include <cstdint>
#include <string_view>

#include "ingest/lines.hpp"
#include "jixiao/config.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

// All cells of `line` (split on tabs, trimmed, empty ones included), with their
// source position: `number` is the line's 1-based number, `offset` the input
// offset of its first byte.
// `raw`, when given, is the line as in the input and `line` its repaired copy.
void split_cells(std::string_view line, std::uint32_t number, std::size_t offset, GridRow& out,
                 std::string_view raw = {});

class TabRowSource final : public RowSource {
 public:
  // `bytes` must outlive the source. Throws Error(limit) as LineSplitter does.
  TabRowSource(std::string_view bytes, const IngestLimits& limits, std::string_view source);

  // One row per line, blank lines included (a row whose cells are all empty).
  const GridRow* next() override;
  Serialization serialization() const noexcept override { return Serialization::tabs; }
  bool columns_known() const noexcept override { return true; }

  // The line the last row came from (its number, offset, a repaired byte).
  const Line& line() const noexcept { return line_; }

 private:
  LineSplitter lines_;
  Line line_;
  GridRow row_;
};

}  // namespace ingest
JIXIAO_END_NAMESPACE
