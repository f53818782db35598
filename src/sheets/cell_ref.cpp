// SPDX-License-Identifier: Apache-2.0
// cell_ref.hpp: A1 references.
#include "sheets/cell_ref.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

namespace {
constexpr std::uint32_t excel_columns = 16'384;
constexpr std::uint32_t excel_rows = 1'048'576;
}  // namespace

std::optional<CellRef> parse_cell_ref(std::string_view text) noexcept {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  CellRef ref;
  const std::size_t letters = i;
  for (; i < text.size() && text[i] >= 'A' && text[i] <= 'Z'; ++i) {
    ref.column = ref.column * 26 + static_cast<std::uint32_t>(text[i] - 'A' + 1);
    if (ref.column > excel_columns) return std::nullopt;
  }
  if (i == letters) return std::nullopt;
  if (i < text.size() && text[i] == '$') ++i;
  const std::size_t digits = i;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    ref.row = ref.row * 10 + static_cast<std::uint32_t>(text[i] - '0');
    if (ref.row > excel_rows) return std::nullopt;
  }
  if (i == digits || i != text.size() || ref.row == 0) return std::nullopt;
  return ref;
}

std::optional<CellRange> parse_cell_range(std::string_view text) noexcept {
  const auto colon = text.find(':');
  const auto first = parse_cell_ref(text.substr(0, colon));
  if (!first) return std::nullopt;
  if (colon == std::string_view::npos) return CellRange{*first, *first};
  const auto last = parse_cell_ref(text.substr(colon + 1));
  if (!last || last->row < first->row || last->column < first->column) return std::nullopt;
  return CellRange{*first, *last};
}

}  // namespace sheets
JIXIAO_END_NAMESPACE
