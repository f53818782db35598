// SPDX-License-Identifier: Apache-2.0
#pragma once
// A1-style cell references of a worksheet: "F12" is column 6, row 12; "A1:F3" a
// range. Both 1-based, as CellOrigin keeps them.

#include <cstdint>
#include <optional>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

struct CellRef {
  std::uint32_t row = 0;
  std::uint32_t column = 0;
};

struct CellRange {
  CellRef first;
  CellRef last;
};

// nullopt unless the whole text is a reference (optional '$' before each part)
// with a column within XFD and a row within 1048576.
std::optional<CellRef> parse_cell_ref(std::string_view text) noexcept;
// "A1:F3", or a single cell "B2" (a range of one).
std::optional<CellRange> parse_cell_range(std::string_view text) noexcept;

}  // namespace sheets
JIXIAO_END_NAMESPACE
