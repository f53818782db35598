// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reading the tables of an HTML page — how government sites publish the form: a
// <table> with rowspan and colspan — into Grids, one per table in document order
// (a table inside a cell is a Grid of its own, and its text is not the outer
// cell's). Parsed with gumbo (an HTML5 parser): a cell's text is the text of its
// nested markup with white space collapsed as a browser shows it, entities and
// &nbsp; decoded (a no-break space is a space), <br> and block elements (<p>,
// <div>, <li>) as line breaks '\n'. A cell's origin is the line and byte offset
// of its <td>/<th> tag. Spans place cells as the HTML table model does: a cell
// stands in the first column that no rowspan from above holds. docs/ingest.md, HTML.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/grid.hpp"

JIXIAO_BEGIN_NAMESPACE

// Past one, Error(limit) naming the file, the limit and the element's line.
struct HtmlLimits {
  std::size_t max_input_bytes = std::size_t{64} << 20;  // the page
  std::size_t max_tables = 10'000;
  std::size_t max_rows = 100'000;     // rows of one table
  std::size_t max_cells = 5'000'000;  // cells of all tables
  std::uint32_t max_colspan = 1'000;  // HTML's own limit
  std::uint32_t max_rowspan = 65'534; // HTML's own limit
  std::size_t max_depth = 1'000;      // element nesting (gumbo's time grows with its square)
};

struct HtmlOptions {
  std::string source_name;  // named in errors ("" → "<input>")
  HtmlLimits limits;
};

// True when the bytes look like a page: after a byte-order mark and white space
// they start with '<', and "<html", "<table" or "<!doctype html" (any case)
// occurs in the first 4 KiB.
bool looks_like_html(std::string_view bytes) noexcept;

// Every table of the page. Throws Error(format) naming the file when the page
// holds no <table>, Error(limit) past options.limits.
std::vector<Grid> read_html_tables(std::string_view bytes, const HtmlOptions& options = {});

JIXIAO_END_NAMESPACE
