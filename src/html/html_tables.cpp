// SPDX-License-Identifier: Apache-2.0
// html_tables.hpp: gumbo's tree, walked without recursion (pages nest deeply),
// each <table> laid out by the HTML table model.
#include "jixiao/html_tables.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "html/nesting.hpp"
#include "ingest/text.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

bool element_like(const GumboNode* n) noexcept {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}
const GumboVector& children_of(const GumboNode* n) noexcept {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}
GumboNode* child(const GumboVector& v, unsigned i) noexcept { return static_cast<GumboNode*>(v.data[i]); }
bool is(const GumboNode* n, GumboTag tag) noexcept { return element_like(n) && n->v.element.tag == tag; }

// Gumbo frees its tree recursively, one frame per level: a page nested deeper
// than the stack would crash it. Before freeing such a tree, make every node a
// child of the document (the allocator is ours, malloc, so the vectors are too).
void* allocate(void*, std::size_t size) { return std::malloc(size); }
void deallocate(void*, void* p) { std::free(p); }

struct Output {
  GumboOutput* output;
  bool flatten = false;
  ~Output() {
    if (output == nullptr) return;
    if (flatten) {
      std::vector<GumboNode*> all;
      std::vector<GumboNode*> stack{output->document};
      while (!stack.empty()) {
        GumboNode* n = stack.back();
        stack.pop_back();
        if (n != output->document) all.push_back(n);
        if (n->type != GUMBO_NODE_DOCUMENT && !element_like(n)) continue;
        GumboVector& v = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        for (unsigned i = 0; i < v.length; ++i) stack.push_back(child(v, i));
        v.length = 0;
      }
      GumboVector& root = output->document->v.document.children;
      std::free(root.data);
      root.data = static_cast<void**>(std::malloc(std::max<std::size_t>(all.size(), 1) * sizeof(void*)));
      if (root.data == nullptr) std::abort();  // cannot free safely without it
      std::copy(all.begin(), all.end(), root.data);
      root.length = root.capacity = static_cast<unsigned>(all.size());
      output->root = nullptr;  // gumbo frees the document's children, root among them
    }
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = allocate;
    options.deallocator = deallocate;
    gumbo_destroy_output(&options, output);
  }
};

bool block_element(GumboTag tag) noexcept {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION:
      return true;
    default: return false;
  }
}

// Appends text with HTML's white space collapsing: runs of blanks (and no-break
// spaces) are one space; '\n' marks a line break (<br>, a block's edge).
class CellText {
 public:
  void text(const char* s) {
    for (std::size_t i = 0; s[i] != '\0'; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space();
      } else if (c == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        space();
        ++i;
      } else {
        out_.push_back(static_cast<char>(c));
      }
    }
  }
  void line_break() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    out_.push_back('\n');
  }
  void block_edge() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
  }
  std::string take() {
    std::string s(ingest::trim(out_));
    // No space at either side of a line break.
    std::string clean;
    clean.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s[i] == ' ' && ((i + 1 < s.size() && s[i + 1] == '\n') || (!clean.empty() && clean.back() == '\n'))) continue;
      clean.push_back(s[i]);
    }
    out_.clear();
    return clean;
  }

 private:
  void space() {
    if (!out_.empty() && out_.back() != ' ' && out_.back() != '\n') out_.push_back(' ');
  }
  std::string out_;
};

// The text of a cell: its subtree without nested tables, scripts and styles.
std::string cell_text(const GumboNode* cell) {
  CellText text;
  // Each entry: a node, and whether its end (for a block's edge) is due.
  std::vector<std::pair<const GumboNode*, bool>> stack;
  const GumboVector& top = children_of(cell);
  for (unsigned i = top.length; i > 0; --i) stack.emplace_back(child(top, i - 1), false);
  while (!stack.empty()) {
    auto [n, closing] = stack.back();
    stack.pop_back();
    if (closing) {
      text.block_edge();
      continue;
    }
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: text.text(n->v.text.text); break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) break;
        if (tag == GUMBO_TAG_BR) {
          text.line_break();
          break;
        }
        const bool block = block_element(tag);
        if (block) {
          text.block_edge();
          stack.emplace_back(n, true);
        }
        const GumboVector& v = n->v.element.children;
        for (unsigned i = v.length; i > 0; --i) stack.emplace_back(child(v, i - 1), false);
        break;
      }
      default: break;
    }
  }
  return text.take();
}

std::uint32_t span_attribute(const GumboNode* cell, const char* name, std::uint32_t fallback) {
  const GumboAttribute* a = gumbo_get_attribute(&cell->v.element.attributes, name);
  if (a == nullptr) return fallback;
  // As browsers read it: leading digits; anything else is the fallback.
  const char* s = a->value;
  while (*s == ' ' || *s == '\t' || *s == '\n') ++s;
  if (*s < '0' || *s > '9') return fallback;
  std::uint64_t n = 0;
  for (; *s >= '0' && *s <= '9'; ++s) n = std::min<std::uint64_t>(n * 10 + static_cast<unsigned>(*s - '0'), 1u << 30);
  return static_cast<std::uint32_t>(n);
}

class TableReader {
 public:
  TableReader(const std::string& source, const HtmlLimits& limits, std::size_t& cells)
      : source_(source), limits_(limits), cells_(cells) {}

  Grid read(const GumboNode* table, std::size_t number) {
    Grid grid;
    grid.serialization = Serialization::html;
    grid.name = fmt::format("table {}", number);
    // Rows: the table's own <tr>, directly or in <thead>/<tbody>/<tfoot>.
    std::vector<const GumboNode*> rows;
    const GumboVector& v = table->v.element.children;
    for (unsigned i = 0; i < v.length; ++i) {
      const GumboNode* n = child(v, i);
      if (is(n, GUMBO_TAG_TR)) {
        rows.push_back(n);
      } else if (is(n, GUMBO_TAG_THEAD) || is(n, GUMBO_TAG_TBODY) || is(n, GUMBO_TAG_TFOOT)) {
        const GumboVector& g = n->v.element.children;
        for (unsigned k = 0; k < g.length; ++k)
          if (is(child(g, k), GUMBO_TAG_TR)) rows.push_back(child(g, k));
      }
    }
    if (rows.size() > limits_.max_rows)
      throw limit(table, fmt::format("{} rows, past the limit of {} a table", rows.size(), limits_.max_rows));
    grid.rows.resize(rows.size());
    std::vector<std::size_t> busy_until;  // by column: the first row not held by a rowspan from above
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::uint32_t column = 0;
      const GumboVector& cells = rows[r]->v.element.children;
      for (unsigned k = 0; k < cells.length; ++k) {
        const GumboNode* cell = child(cells, k);
        if (!is(cell, GUMBO_TAG_TD) && !is(cell, GUMBO_TAG_TH)) continue;
        if (++cells_ > limits_.max_cells)
          throw limit(cell, fmt::format("past the limit of {} cells in all tables", limits_.max_cells));
        while (column < busy_until.size() && busy_until[column] > r) ++column;
        const std::uint32_t colspan = std::max<std::uint32_t>(span_attribute(cell, "colspan", 1), 1);
        std::uint32_t rowspan = span_attribute(cell, "rowspan", 1);
        if (colspan > limits_.max_colspan)
          throw limit(cell, fmt::format("colspan {} is past HTML's limit of {}", colspan, limits_.max_colspan));
        if (rowspan > limits_.max_rowspan)
          throw limit(cell, fmt::format("rowspan {} is past HTML's limit of {}", rowspan, limits_.max_rowspan));
        // rowspan="0" and spans past the last row end with the table.
        const std::size_t remaining = rows.size() - r;
        if (rowspan == 0 || rowspan > remaining) rowspan = static_cast<std::uint32_t>(remaining);
        if (static_cast<std::uint64_t>(column) + colspan > 16'384)
          throw limit(cell, "more than 16384 columns");
        if (busy_until.size() < column + colspan) busy_until.resize(column + colspan, 0);
        for (std::uint32_t c = column; c < column + colspan; ++c) busy_until[c] = r + rowspan;

        GridCell out;
        out.text = grid.keep(cell_text(cell));
        out.column = column;
        out.row_span = rowspan;
        out.column_span = colspan;
        out.origin.line = cell->v.element.start_pos.line;
        out.origin.byte = cell->v.element.start_pos.offset;
        grid.rows[r].cells.push_back(out);
        column += colspan;
      }
    }
    return grid;
  }

  Error limit(const GumboNode* at, const std::string& what) const {
    return Error(ErrorKind::limit,
                 fmt::format("{}: line {}, byte {}: {}", source_, at->v.element.start_pos.line,
                             at->v.element.start_pos.offset, what),
                 at->v.element.start_pos.offset, at->v.element.start_pos.line, {}, source_);
  }

 private:
  const std::string& source_;
  const HtmlLimits& limits_;
  std::size_t& cells_;
};

bool starts_with_nocase(std::string_view s, std::string_view prefix) noexcept {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

bool looks_like_html(std::string_view bytes) noexcept {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  if (i >= bytes.size() || bytes[i] != '<') return false;
  const std::string_view head = bytes.substr(i, 4096);
  for (std::size_t k = 0; k < head.size(); ++k) {
    if (head[k] != '<') continue;
    const std::string_view rest = head.substr(k);
    if (starts_with_nocase(rest, "<html") || starts_with_nocase(rest, "<table") ||
        starts_with_nocase(rest, "<!doctype html"))
      return true;
  }
  return false;
}

std::vector<Grid> read_html_tables(std::string_view bytes, const HtmlOptions& options) {
  const std::string source = options.source_name.empty() ? std::string("<input>") : options.source_name;
  const HtmlLimits& limits = options.limits;
  if (bytes.size() > limits.max_input_bytes)
    throw Error(ErrorKind::limit,
                fmt::format("{}: page of {} bytes exceeds the limit of {} bytes", source, bytes.size(),
                            limits.max_input_bytes),
                Error::no_offset, 0, {}, source);
  if (html::estimated_depth(bytes, limits.max_depth) > limits.max_depth)
    throw Error(ErrorKind::limit, fmt::format("{}: elements nested deeper than {} levels", source, limits.max_depth),
                Error::no_offset, 0, {}, source);
  GumboOptions parse_options = kGumboDefaultOptions;
  parse_options.allocator = allocate;
  parse_options.deallocator = deallocate;
  parse_options.max_errors = 0;  // keep no parse-error records: the page is read as a browser would
  Output output{gumbo_parse_with_options(&parse_options, bytes.data(), bytes.size())};
  if (output.output == nullptr) throw std::bad_alloc();

  // Tables in document order (pre-order), and the nesting depth on the way.
  std::vector<const GumboNode*> tables;
  std::vector<std::pair<const GumboNode*, std::size_t>> stack{{output.output->document, 0}};
  while (!stack.empty()) {
    const auto [n, depth] = stack.back();
    stack.pop_back();
    if (depth > limits.max_depth) {
      output.flatten = true;
      throw Error(ErrorKind::limit,
                  fmt::format("{}: elements nested deeper than {} levels", source, limits.max_depth),
                  Error::no_offset, 0, {}, source);
    }
    if (n->type != GUMBO_NODE_DOCUMENT && !element_like(n)) continue;
    if (is(n, GUMBO_TAG_TABLE)) {
      tables.push_back(n);
      if (tables.size() > limits.max_tables)
        throw Error(ErrorKind::limit, fmt::format("{}: more than {} tables", source, limits.max_tables),
                    Error::no_offset, 0, {}, source);
    }
    const GumboVector& v = children_of(n);
    for (unsigned i = v.length; i > 0; --i) stack.emplace_back(child(v, i - 1), depth + 1);
  }
  if (tables.empty())
    throw Error(ErrorKind::format, fmt::format("{}: the page holds no <table>", source), Error::no_offset, 0,
                "an HTML page with the form as a <table>", source);
  std::vector<Grid> grids;
  std::size_t cells = 0;
  TableReader reader(source, limits, cells);
  for (std::size_t i = 0; i < tables.size(); ++i) grids.push_back(reader.read(tables[i], i + 1));
  return grids;
}

JIXIAO_END_NAMESPACE
