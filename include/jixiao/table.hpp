// SPDX-License-Identifier: Apache-2.0
#pragma once
// A generic table of text cells and its three renderings: aligned plain text
// (CJK-aware: a Chinese character takes two terminal columns), Markdown and CSV
// (RFC 4180). Used by the 汇总表 (summary.hpp) and the 自评表 (score_report.hpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE

enum class Align { left, right };

struct Table {
  std::vector<std::string> header;             // column titles
  std::vector<Align> align;                    // per column; missing entries are left
  std::vector<std::vector<std::string>> rows;  // cells; a short row is padded with ""
};

// Terminal columns of UTF-8 text: East Asian Wide and Fullwidth characters count
// 2, combining marks and zero-width characters 0, other printable characters 1.
// A byte that is not valid UTF-8 counts 1 (as a terminal shows U+FFFD).
std::size_t display_width(std::string_view utf8);

// Columns padded to their widest cell and separated by two spaces, a rule of '-'
// under the header, one line per row, each ending in '\n'. Trailing spaces are
// not printed. Tabs and newlines inside a cell print as single spaces.
std::string render_text(const Table& table);

// A GitHub-flavoured Markdown table: '|' and '\' in cells escaped, newlines as
// "<br>", alignment row ":--" / "--:".
std::string render_markdown(const Table& table);

// RFC 4180 CSV: header row then rows, CRLF line ends, a field quoted when it holds
// '"', ',', CR or LF (or begins/ends with a space), '"' doubled.
std::string render_csv(const Table& table);

// One CSV field (RFC 4180), quoted only when needed; appended to `out`.
void append_csv_field(std::string& out, std::string_view field);

JIXIAO_END_NAMESPACE
