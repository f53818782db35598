// SPDX-License-Identifier: Apache-2.0
// layout.hpp: ruled tables → elementary grid → merged cells; text outside
// tables → lines; running headers and page numbers → dropped.
//
// A table is a vertical band of a page holding rules. Its column boundaries are
// the x positions of its vertical rules, its row boundaries the y positions of
// its horizontal rules (and the ends of its vertical ones). Each pair of
// neighbouring elementary cells not separated by a rule belongs to one merged
// cell (a union-find), so a label printed once in a rowspan cell covers exactly
// the rows its borders enclose. A band at the top of a page whose top edge is
// open continues the last band of the page before: the two are glued into one
// table, and a cell open at the glue (no rule there on either page) continues.
#include "pdfgrid/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace pdf {
namespace {

constexpr double kTolerance = 2.0;    // points: rules this close are one line
constexpr double kCoverShare = 0.5;   // a boundary is ruled where rules cover this share of it

struct Segment {
  double pos = 0;  // y of a horizontal rule, x of a vertical one
  double a = 0, b = 0;
};

// Sorted centres of the groups of values lying within kTolerance of the first of their group.
std::vector<double> cluster(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> centres;
  std::size_t i = 0;
  while (i < values.size()) {
    std::size_t j = i;
    double sum = 0;
    while (j < values.size() && values[j] - values[i] <= kTolerance) sum += values[j++];
    centres.push_back(sum / static_cast<double>(j - i));
    i = j;
  }
  return centres;
}

// Index of the centre nearest to v.
std::size_t nearest(const std::vector<double>& centres, double v) {
  auto it = std::lower_bound(centres.begin(), centres.end(), v);
  if (it == centres.end()) return centres.size() - 1;
  const auto i = static_cast<std::size_t>(it - centres.begin());
  if (i > 0 && v - centres[i - 1] < *it - v) return i - 1;
  return i;
}

// Union of intervals, sorted.
std::vector<std::pair<double, double>> merge_intervals(std::vector<std::pair<double, double>> spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> out;
  for (const auto& s : spans) {
    if (!out.empty() && s.first <= out.back().second + kTolerance)
      out.back().second = std::max(out.back().second, s.second);
    else
      out.push_back(s);
  }
  return out;
}

double covered(const std::vector<std::pair<double, double>>& spans, double a, double b) {
  double sum = 0;
  for (const auto& s : spans) {
    if (s.first >= b) break;
    sum += std::max(0.0, std::min(b, s.second) - std::max(a, s.first));
  }
  return sum;
}

// Rules near each boundary, merged: lines[i] for boundary i.
std::vector<std::vector<std::pair<double, double>>> lines_at(const std::vector<double>& boundaries,
                                                             const std::vector<Segment>& segments) {
  std::vector<std::vector<std::pair<double, double>>> lines(boundaries.size());
  if (boundaries.empty()) return lines;
  for (const auto& s : segments) {
    const std::size_t i = nearest(boundaries, s.pos);
    if (std::fabs(boundaries[i] - s.pos) <= kTolerance) lines[i].emplace_back(s.a, s.b);
  }
  for (auto& l : lines) l = merge_intervals(std::move(l));
  return lines;
}

// One page's vertical stretch of rules.
struct Band {
  std::uint32_t page = 0;
  double y0 = 0, y1 = 0;
  std::vector<Segment> horizontal, vertical;
  std::vector<double> ys;  // row boundaries
  std::vector<std::vector<std::pair<double, double>>> h_lines;  // per row boundary
  std::size_t first_row = 0;  // in its table
};

struct Table {
  std::vector<std::size_t> bands;  // indexes into the band list, top to bottom, page by page
  std::vector<double> xs;          // column boundaries
  std::size_t rows = 0;
};

struct UnionFind {
  std::vector<std::uint32_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

struct GlyphRef {
  std::size_t index;
  double cx, cy;
};

struct Glyph {
  const jx_pdf_glyph* g;
  std::string_view text;
  double cx() const { return (g->x0 + g->x1) / 2; }
  double cy() const { return (g->y0 + g->y1) / 2; }
  double size() const { return g->font_size > 0 ? g->font_size : std::max(1.0, g->y1 - g->y0); }
};

// Glyphs in lines (top to bottom), each left to right.
std::vector<std::vector<Glyph>> text_lines(std::vector<Glyph> glyphs) {
  std::stable_sort(glyphs.begin(), glyphs.end(), [](const Glyph& l, const Glyph& r) { return l.cy() < r.cy(); });
  std::vector<std::vector<Glyph>> lines;
  double line_cy = 0, line_size = 0;
  for (const auto& g : glyphs) {
    if (lines.empty() || g.cy() - line_cy > 0.5 * std::min(line_size, g.size())) {
      lines.emplace_back();
      line_cy = g.cy();
      line_size = g.size();
    }
    lines.back().push_back(g);
  }
  for (auto& line : lines)
    std::stable_sort(line.begin(), line.end(), [](const Glyph& l, const Glyph& r) { return l.g->x0 < r.g->x0; });
  return lines;
}

void append_line(std::string& out, const std::vector<Glyph>& line, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    out += line[i].text;
    if (i + 1 >= to || line[i].g->word_end == 0) continue;
    // The extractor's space, or (when it put the next word in another of its
    // lines, as it does at a narrow column's edge) a gap as wide as a space:
    // 0.15 of the wider glyph's advance (Chromium's Type 3 fonts report a font
    // size and box height twice the glyphs', so those cannot be the measure).
    const double gap = line[i + 1].g->x0 - line[i].g->x1;
    const double advance = std::max(line[i].g->x1 - line[i].g->x0, line[i + 1].g->x1 - line[i + 1].g->x0);
    if (line[i].g->space_after != 0 || gap > 0.15 * advance) out += ' ';
  }
}

std::string cell_text(std::vector<Glyph> glyphs) {
  std::string out;
  for (const auto& line : text_lines(std::move(glyphs))) {
    if (!out.empty()) out += '\n';
    append_line(out, line, 0, line.size());
  }
  return out;
}

// A row of the Grid before ordering: where it stands and its cells.
struct PlacedRow {
  std::uint32_t page;
  double y;
  std::size_t order;  // ties: tables before text, in creation order
  GridRow row;
};

// Text outside tables: a line split into cells at wide gaps.
struct FreeLine {
  std::uint32_t page;
  double y0, y1, size;
  std::vector<std::pair<std::string, Box>> cells;
  std::string masked;  // the text with digits as '#', for telling furniture
  bool digits = false;
};

std::string text_of(const FreeLine& line) {
  std::string text;
  for (const auto& c : line.cells) text += c.first + "\t";
  return text;
}

std::string mask_digits(const std::string& text, bool& any) {
  std::string out = text;
  for (auto& c : out)
    if (c >= '0' && c <= '9') {
      c = '#';
      any = true;
    }
  return out;
}

bool is_page_number(std::string s) {
  // "3", "3/10", "- 3 -", "第 3 页", "第3页 共10页", "Page 3", "Page 3 of 10", "3 of 10".
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  bool any = false;
  const std::string m = mask_digits(s, any);
  if (!any) return false;
  std::string collapsed;
  for (char c : m)
    if (!(c == '#' && !collapsed.empty() && collapsed.back() == '#')) collapsed += c;
  static const char* const forms[] = {"#", "#/#", "-#-", "第#页", "第#页共#页", "第#页,共#页", "第#页，共#页",
                                      "Page#", "Page#of#", "#of#", "page#", "page#of#", "(#)"};
  return std::any_of(std::begin(forms), std::end(forms), [&](const char* f) { return collapsed == f; });
}

class Builder {
 public:
  Builder(const jx_pdf_content& content, const PdfLimits& limits, const std::string& source)
      : content_(content), limits_(limits), source_(source) {}

  Grid build() {
    collect_bands();
    chain_tables();
    std::vector<std::vector<GlyphRef>> free_glyphs(content_.page_count + 1);
    std::vector<std::vector<std::vector<std::size_t>>> cell_glyphs(tables_.size());
    std::vector<UnionFind> merges;
    for (std::size_t t = 0; t < tables_.size(); ++t) merges.push_back(merge_cells(t));
    for (std::size_t t = 0; t < tables_.size(); ++t) cell_glyphs[t].resize(tables_[t].rows * columns(t));
    assign_glyphs(merges, cell_glyphs, free_glyphs);

    Grid grid;
    grid.serialization = Serialization::pdf;
    grid.columns_known = true;
    std::vector<PlacedRow> rows;
    for (std::size_t t = 0; t < tables_.size(); ++t) emit_table(t, merges[t], cell_glyphs[t], grid, rows);
    emit_free_text(free_glyphs, grid, rows);
    std::stable_sort(rows.begin(), rows.end(), [](const PlacedRow& l, const PlacedRow& r) {
      if (l.page != r.page) return l.page < r.page;
      if (l.y != r.y) return l.y < r.y;
      return l.order < r.order;
    });
    grid.rows.reserve(rows.size());
    for (auto& r : rows) grid.rows.push_back(std::move(r.row));
    return grid;
  }

 private:
  std::size_t columns(std::size_t t) const { return tables_[t].xs.size() - 1; }

  Glyph glyph(std::size_t i) const {
    const jx_pdf_glyph& g = content_.glyphs[i];
    std::string_view text;
    if (g.text_offset <= content_.text_length && g.text_length <= content_.text_length - g.text_offset)
      text = std::string_view(content_.text + g.text_offset, g.text_length);
    return Glyph{&g, text};
  }

  // Rules page by page, grouped into bands of overlapping vertical extent.
  void collect_bands() {
    std::vector<std::vector<const jx_pdf_rule*>> by_page(content_.page_count + 1);
    for (std::size_t i = 0; i < content_.rule_count; ++i) {
      const jx_pdf_rule& r = content_.rules[i];
      if (r.page < 1 || r.page > content_.page_count) continue;
      if (!(std::isfinite(r.x0) && std::isfinite(r.x1) && std::isfinite(r.y0) && std::isfinite(r.y1))) continue;
      by_page[r.page].push_back(&r);
    }
    for (std::uint32_t page = 1; page <= content_.page_count; ++page) {
      auto& rules = by_page[page];
      std::sort(rules.begin(), rules.end(), [](const jx_pdf_rule* l, const jx_pdf_rule* r) {
        return std::min(l->y0, l->y1) < std::min(r->y0, r->y1);
      });
      std::vector<Band> page_bands;
      for (const jx_pdf_rule* r : rules) {
        const double x0 = std::min(r->x0, r->x1), x1 = std::max(r->x0, r->x1);
        const double y0 = std::min(r->y0, r->y1), y1 = std::max(r->y0, r->y1);
        if (page_bands.empty() || y0 > page_bands.back().y1 + kTolerance) {
          page_bands.emplace_back();
          page_bands.back().page = page;
          page_bands.back().y0 = y0;
          page_bands.back().y1 = y1;
        }
        Band& band = page_bands.back();
        band.y1 = std::max(band.y1, y1);
        if (x1 - x0 >= y1 - y0)
          band.horizontal.push_back({(y0 + y1) / 2, x0, x1});
        else
          band.vertical.push_back({(x0 + x1) / 2, y0, y1});
      }
      for (auto& band : page_bands) {
        std::vector<double> ys;
        for (const auto& s : band.horizontal) ys.push_back(s.pos);
        for (const auto& s : band.vertical) {
          ys.push_back(s.a);
          ys.push_back(s.b);
        }
        band.ys = cluster(std::move(ys));
        std::vector<double> xs;
        for (const auto& s : band.vertical) xs.push_back(s.pos);
        // A table needs at least one cell: two column and two row boundaries.
        if (band.ys.size() < 2 || cluster(std::move(xs)).size() < 2) continue;
        band.h_lines = lines_at(band.ys, band.horizontal);
        bands_.push_back(std::move(band));
      }
    }
  }

  bool top_open(const Band& band) const {
    const auto& top = band.h_lines.front();
    double left = 1e300, right = -1e300;
    for (const auto& s : band.vertical) {
      left = std::min(left, s.pos);
      right = std::max(right, s.pos);
    }
    return covered(top, left, right) < (right - left) - kTolerance;
  }

  // Bands into tables: a band first on its page with an open top continues the
  // table of the last band on the page before (same columns, give or take).
  void chain_tables() {
    for (std::size_t b = 0; b < bands_.size(); ++b) {
      const Band& band = bands_[b];
      bool continues = false;
      if (!tables_.empty() && b > 0) {
        const Band& prev = bands_[b - 1];
        const bool first_on_page = prev.page != band.page;
        const bool last_on_prev = prev.page + 1 == band.page;
        continues = first_on_page && last_on_prev && top_open(band) && columns_agree(prev, band);
      }
      if (!continues) tables_.emplace_back();
      tables_.back().bands.push_back(b);
    }
    for (auto& table : tables_) {
      std::vector<double> xs;
      for (std::size_t b : table.bands) {
        for (const auto& s : bands_[b].vertical) xs.push_back(s.pos);
      }
      table.xs = cluster(std::move(xs));
      std::size_t rows = 0;
      for (std::size_t b : table.bands) {
        bands_[b].first_row = rows;
        rows += bands_[b].ys.size() - 1;
      }
      table.rows = rows;
      std::size_t per_page_limit = static_cast<std::size_t>(limits_.max_cells_per_page) * table.bands.size();
      if (table.rows * (table.xs.size() - 1) > per_page_limit)
        throw Error(ErrorKind::limit,
                    fmt::format("{}: page {}: a table of {} × {} cells, more than max_cells_per_page {}", source_,
                                bands_[table.bands.front()].page, table.rows, table.xs.size() - 1,
                                limits_.max_cells_per_page),
                    Error::no_offset, 0, "at most " + std::to_string(limits_.max_cells_per_page) + " cells per page",
                    source_);
    }
  }

  static bool columns_agree(const Band& a, const Band& b) {
    std::vector<double> xa, xb;
    for (const auto& s : a.vertical) xa.push_back(s.pos);
    for (const auto& s : b.vertical) xb.push_back(s.pos);
    xa = cluster(std::move(xa));
    xb = cluster(std::move(xb));
    std::size_t shared = 0;
    for (double x : xb)
      if (std::fabs(xa[nearest(xa, x)] - x) <= kTolerance) ++shared;
    return 2 * shared >= xb.size();
  }

  // The union-find of a table's elementary cells (row-major).
  UnionFind merge_cells(std::size_t t) {
    const Table& table = tables_[t];
    const std::size_t ncols = columns(t);
    UnionFind uf(table.rows * ncols);
    const auto cell = [&](std::size_t r, std::size_t c) { return static_cast<std::uint32_t>(r * ncols + c); };
    for (std::size_t bi = 0; bi < table.bands.size(); ++bi) {
      const Band& band = bands_[table.bands[bi]];
      const auto v_lines = lines_at(table.xs, band.vertical);
      const std::size_t band_rows = band.ys.size() - 1;
      for (std::size_t lr = 0; lr < band_rows; ++lr) {
        const std::size_t r = band.first_row + lr;
        const double ya = band.ys[lr], yb = band.ys[lr + 1];
        for (std::size_t c = 1; c < ncols; ++c)
          if (covered(v_lines[c], ya, yb) < kCoverShare * (yb - ya)) uf.unite(cell(r, c - 1), cell(r, c));
        if (lr == 0) continue;
        for (std::size_t c = 0; c < ncols; ++c) {
          const double xa = table.xs[c], xb = table.xs[c + 1];
          if (covered(band.h_lines[lr], xa, xb) < kCoverShare * (xb - xa)) uf.unite(cell(r - 1, c), cell(r, c));
        }
      }
      if (bi == 0) continue;
      // The glue between this band's top and the previous band's bottom.
      const Band& prev = bands_[table.bands[bi - 1]];
      const std::size_t r = band.first_row;
      for (std::size_t c = 0; c < ncols; ++c) {
        const double xa = table.xs[c], xb = table.xs[c + 1];
        const double need = kCoverShare * (xb - xa);
        if (covered(prev.h_lines.back(), xa, xb) < need && covered(band.h_lines.front(), xa, xb) < need)
          uf.unite(cell(r - 1, c), cell(r, c));
      }
    }
    return uf;
  }

  void assign_glyphs(std::vector<UnionFind>& merges, std::vector<std::vector<std::vector<std::size_t>>>& cell_glyphs,
                     std::vector<std::vector<GlyphRef>>& free_glyphs) {
    // Bands of each page with their table, for the lookup.
    std::vector<std::vector<std::pair<std::size_t, std::size_t>>> page_bands(content_.page_count + 1);
    for (std::size_t t = 0; t < tables_.size(); ++t)
      for (std::size_t b : tables_[t].bands) page_bands[bands_[b].page].emplace_back(t, b);
    for (std::size_t i = 0; i < content_.glyph_count; ++i) {
      const Glyph g = glyph(i);
      if (g.g->page < 1 || g.g->page > content_.page_count) continue;
      if (!(std::isfinite(g.g->x0) && std::isfinite(g.g->x1) && std::isfinite(g.g->y0) && std::isfinite(g.g->y1)))
        continue;
      if (g.text.empty() || g.text == " ") continue;
      const double cx = g.cx(), cy = g.cy();
      bool placed = false;
      for (const auto& [t, b] : page_bands[g.g->page]) {
        const Band& band = bands_[b];
        const Table& table = tables_[t];
        if (cy < band.ys.front() || cy > band.ys.back() || cx < table.xs.front() || cx > table.xs.back()) continue;
        const std::size_t col = std::min<std::size_t>(
            static_cast<std::size_t>(std::upper_bound(table.xs.begin(), table.xs.end(), cx) - table.xs.begin()) - 1,
            columns(t) - 1);
        const std::size_t local = std::min<std::size_t>(
            static_cast<std::size_t>(std::upper_bound(band.ys.begin(), band.ys.end(), cy) - band.ys.begin()) - 1,
            band.ys.size() - 2);
        const std::size_t row = band.first_row + local;
        const std::uint32_t root = merges[t].find(static_cast<std::uint32_t>(row * columns(t) + col));
        cell_glyphs[t][root].push_back(i);
        placed = true;
        break;
      }
      if (!placed) free_glyphs[g.g->page].push_back({i, cx, cy});
    }
  }

  void emit_table(std::size_t t, UnionFind& uf, const std::vector<std::vector<std::size_t>>& glyphs, Grid& grid,
                  std::vector<PlacedRow>& rows) {
    const Table& table = tables_[t];
    const std::size_t ncols = columns(t);
    struct Extent {
      std::size_t r0 = SIZE_MAX, r1 = 0, c0 = SIZE_MAX, c1 = 0;
    };
    std::map<std::uint32_t, Extent> extents;
    for (std::size_t r = 0; r < table.rows; ++r)
      for (std::size_t c = 0; c < ncols; ++c) {
        Extent& e = extents[uf.find(static_cast<std::uint32_t>(r * ncols + c))];
        e.r0 = std::min(e.r0, r);
        e.r1 = std::max(e.r1, r);
        e.c0 = std::min(e.c0, c);
        e.c1 = std::max(e.c1, c);
      }
    // Elementary rows: their band, and whether a cell starts there (a row split
    // by a page break starts none on its second page: it is one row).
    std::vector<std::size_t> band_of(table.rows);
    for (std::size_t b : table.bands)
      for (std::size_t lr = 0; lr + 1 < bands_[b].ys.size(); ++lr) band_of[bands_[b].first_row + lr] = b;
    std::vector<std::vector<std::uint32_t>> starting(table.rows);
    for (const auto& [root, e] : extents) starting[e.r0].push_back(root);
    std::vector<std::uint32_t> logical(table.rows + 1, 0);  // logical rows before each elementary row
    for (std::size_t r = 0; r < table.rows; ++r) logical[r + 1] = logical[r] + (starting[r].empty() ? 0 : 1);

    for (std::size_t r = 0; r < table.rows; ++r) {
      if (starting[r].empty()) continue;
      const Band& band = bands_[band_of[r]];
      PlacedRow placed{band.page, band.ys[r - band.first_row], order_++, {}};
      std::sort(starting[r].begin(), starting[r].end(),
                [&](std::uint32_t a, std::uint32_t b) { return extents[a].c0 < extents[b].c0; });
      for (std::uint32_t root : starting[r]) {
        const Extent& e = extents[root];
        std::vector<Glyph> cell;
        for (std::size_t i : glyphs[root]) cell.push_back(glyph(i));
        GridCell out;
        out.text = grid.keep(cell_text(std::move(cell)));
        out.column = static_cast<std::uint32_t>(e.c0);
        out.column_span = static_cast<std::uint32_t>(e.c1 - e.c0 + 1);
        out.row_span = logical[e.r1 + 1] - logical[e.r0];
        out.origin.page = band.page;
        // The box on the cell's first page: down to its last row on that page.
        std::size_t last = e.r0;
        while (last < e.r1 && bands_[band_of[last + 1]].page == band.page) ++last;
        const Band& last_band = bands_[band_of[last]];
        out.origin.box = Box{table.xs[e.c0], band.ys[r - band.first_row], table.xs[e.c1 + 1],
                             last_band.ys[last - last_band.first_row + 1]};
        placed.row.cells.push_back(out);
      }
      rows.push_back(std::move(placed));
    }
  }

  void emit_free_text(std::vector<std::vector<GlyphRef>>& free_glyphs, Grid& grid, std::vector<PlacedRow>& rows) {
    std::vector<FreeLine> lines;
    for (std::uint32_t page = 1; page <= content_.page_count; ++page) {
      std::vector<Glyph> glyphs;
      for (const auto& ref : free_glyphs[page]) glyphs.push_back(glyph(ref.index));
      for (const auto& line : text_lines(std::move(glyphs))) {
        FreeLine out{page, 1e300, -1e300, 0, {}, {}, false};
        std::size_t from = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
          out.y0 = std::min(out.y0, line[i].g->y0);
          out.y1 = std::max(out.y1, line[i].g->y1);
          out.size = std::max(out.size, line[i].size());
          const bool last = i + 1 == line.size();
          // A gap wider than one and a half characters separates cells.
          if (!last && line[i + 1].g->x0 - line[i].g->x1 <= 1.5 * line[i].size()) continue;
          std::string text;
          append_line(text, line, from, i + 1);
          Box box{line[from].g->x0, 1e300, line[i].g->x1, -1e300};
          for (std::size_t k = from; k <= i; ++k) {
            box.y0 = std::min(box.y0, line[k].g->y0);
            box.y1 = std::max(box.y1, line[k].g->y1);
          }
          out.cells.emplace_back(std::move(text), box);
          from = i + 1;
        }
        out.masked = mask_digits(text_of(out), out.digits);
        lines.push_back(std::move(out));
      }
    }
    mark_furniture(lines);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      if (furniture_[l]) continue;
      PlacedRow placed{lines[l].page, lines[l].y0, order_++, {}};
      std::uint32_t column = 0;
      for (auto& [text, box] : lines[l].cells) {
        GridCell cell;
        cell.text = grid.keep(std::move(text));
        cell.column = column++;
        cell.origin.page = lines[l].page;
        cell.origin.box = box;
        placed.row.cells.push_back(cell);
      }
      rows.push_back(std::move(placed));
    }
  }

  double page_height(std::uint32_t page) const {
    const double h = content_.pages[page - 1].height;
    return std::isfinite(h) && h > 0 ? h : 792.0;
  }

  // Page furniture: outside tables, near the top or bottom edge, and either a
  // page number, or a line repeated at the same place on other pages that
  // differs only in its digits (a running "3/10") or stands on every page in
  // text no larger than the body's (a running header or footer).
  void mark_furniture(const std::vector<FreeLine>& lines) {
    furniture_.assign(lines.size(), false);
    std::vector<double> sizes;
    for (std::size_t i = 0; i < content_.glyph_count; ++i) sizes.push_back(glyph(i).size());
    double body = 0;
    if (!sizes.empty()) {
      std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
      body = sizes[sizes.size() / 2];
    }
    std::map<std::string, std::vector<std::size_t>> same;
    for (std::size_t l = 0; l < lines.size(); ++l) same[lines[l].masked].push_back(l);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      const FreeLine& line = lines[l];
      const double h = page_height(line.page);
      const bool margin = line.y1 < 0.15 * h || line.y0 > 0.85 * h;
      if (!margin) continue;
      if (line.cells.size() == 1 && is_page_number(line.cells.front().first)) {
        furniture_[l] = true;
        continue;
      }
      std::vector<std::uint32_t> pages;
      bool digits_differ = false;
      for (std::size_t other : same[line.masked]) {
        if (std::fabs(lines[other].y0 - line.y0) > 3.0) continue;
        pages.push_back(lines[other].page);
        if (other != l && text_of(lines[other]) != text_of(line)) digits_differ = true;
      }
      std::sort(pages.begin(), pages.end());
      pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
      if (pages.size() < 2) continue;
      if ((line.digits && digits_differ) ||
          (pages.size() == content_.page_count && line.size <= body + 0.5))
        furniture_[l] = true;
    }
  }

  const jx_pdf_content& content_;
  const PdfLimits& limits_;
  const std::string& source_;
  std::vector<Band> bands_;
  std::vector<Table> tables_;
  std::vector<bool> furniture_;
  std::size_t order_ = 0;
};

}  // namespace

Grid build_grid(const jx_pdf_content& content, const PdfLimits& limits, const std::string& source) {
  return Builder(content, limits, source).build();
}

}  // namespace pdf
JIXIAO_END_NAMESPACE
