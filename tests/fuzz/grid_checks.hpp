// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the file fuzzers (xlsx, xls, HTML, PDF): what every Grid a front end
// returns must satisfy, whatever the bytes were.
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "jixiao/grid.hpp"

namespace jixiao_fuzz {

// Well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += n;
  }
  return true;
}

// Cells left to right without overlap, spans at least 1, text well-formed UTF-8,
// at most max_rows rows and max_columns columns.
inline void check_grid(const jixiao::Grid& grid, std::size_t max_rows, std::uint64_t max_columns) {
  FUZZ_CHECK(grid.rows.size() <= max_rows);
  for (const auto& row : grid.rows) {
    std::uint64_t next_free = 0;
    for (const auto& cell : row.cells) {
      FUZZ_CHECK(cell.row_span >= 1 && cell.column_span >= 1);
      FUZZ_CHECK(cell.column >= next_free);
      next_free = std::uint64_t{cell.column} + cell.column_span;
      FUZZ_CHECK(next_free <= max_columns);
      FUZZ_CHECK(valid_utf8(cell.text));
    }
  }
}

inline void check_grids(const std::vector<jixiao::Grid>& grids, std::size_t max_rows, std::uint64_t max_columns) {
  for (const auto& grid : grids) check_grid(grid, max_rows, max_columns);
}

}  // namespace jixiao_fuzz
