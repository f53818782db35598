// SPDX-License-Identifier: Apache-2.0
#include "ingest/tab_rows.hpp"

#include <cstring>

#include "ingest/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

void split_cells(std::string_view line, std::uint32_t number, std::size_t offset, GridRow& out,
                 std::string_view raw) {
  out.cells.clear();
  std::uint32_t column = 0;
  std::size_t start = 0;
  for (;;) {
    const void* tab = std::memchr(line.data() + start, '\t', line.size() - start);
    const std::size_t end =
        tab != nullptr ? static_cast<std::size_t>(static_cast<const char*>(tab) - line.data()) : line.size();
    const auto text = trim(line.substr(start, end - start));
    GridCell& cell = out.cells.emplace_back();
    cell.text = text;
    cell.column = column++;
    cell.origin.line = number;
    const auto at = static_cast<std::size_t>(text.data() - line.data());
    cell.origin.byte = offset + (raw.data() != nullptr && raw.data() != line.data() ? input_position(raw, at) : at);
    if (tab == nullptr) break;
    start = end + 1;
  }
}

TabRowSource::TabRowSource(std::string_view bytes, const IngestLimits& limits, std::string_view source)
    : lines_(bytes, limits, source) {}

const GridRow* TabRowSource::next() {
  if (!lines_.next(line_)) return nullptr;
  split_cells(line_.text, line_.number, line_.offset, row_, line_.raw);
  return &row_;
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
