// SPDX-License-Identifier: Apache-2.0
// Columns aligned with runs of spaces (what `pdftotext -layout` prints). The
// input is read a chunk at a time (a page, or a few thousand lines ended at a
// blank line), in three steps:
//   1. segments: each line's cells, split at two or more columns of white space,
//      a tab, or one space between two CJK characters (pdftotext puts no space
//      inside Chinese text, so one there is a cell boundary); x in display
//      columns, CJK two wide;
//   2. columns: consecutive lines whose cells fit under the same widest line
//      (its "anchor": each cell's centre in one anchor cell's zone, half of it
//      inside, left to right) form a section, and a cell's column is the
//      anchor cell it falls under, so it keeps its column when neighbours are
//      empty;
//   3. rows: a line that only continues the cells above (a wrapped name's last
//      character, the second line of a label, the next line of a paragraph) is
//      appended to them with '\n'; a short label piece printed above its row
//      (a label centred on three lines) goes down to the next row.
// Rows are handed out one at a time; their views last until the next chunk.

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "ingest/text.hpp"
#include "ingest/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

constexpr std::size_t chunk_soft_lines = 4096;   // end a chunk at the next blank line after this
constexpr std::size_t chunk_hard_lines = 16384;  // and here in any case
constexpr std::size_t max_widenings = 8;         // anchor changes per section (keeps it linear)
constexpr std::uint32_t short_width = 4;         // a label piece: at most two CJK characters
constexpr std::uint32_t paragraph_width = 28;    // a cell this wide that continues is a paragraph
constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);

struct Segment {
  std::uint32_t x0 = 0, x1 = 0;  // display columns [x0, x1)
  std::uint32_t b0 = 0, b1 = 0;  // bytes within the line
  std::uint32_t column = 0;
  std::uint32_t width() const noexcept { return x1 - x0; }
};

struct ChunkLine {
  std::string_view text;
  std::string_view raw;  // as in the input (text is a repaired copy when invalid_at is set)
  std::uint32_t number = 0;
  std::uint64_t offset = 0;
  std::uint32_t first = 0, count = 0;  // its segments
  std::uint32_t section = 0;
  bool page_start = false;
  std::uint64_t invalid_at = npos;
};

bool in_number(unsigned char c) noexcept { return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == '-'; }

// Does a target start here: a comparator?
bool starts_comparison(char32_t c) noexcept {
  return c == '=' || c == '<' || c == '>' || c == 0x2264 || c == 0x2265;
}

// Characters up to the next white space from s[i], counting at most to `cap`.
std::uint32_t word_length(std::string_view s, std::size_t i, std::uint32_t cap) noexcept {
  std::uint32_t n = 0;
  while (i < s.size() && n < cap && space_at(s, i) == 0) {
    i += decode_at(s, i).length;
    ++n;
  }
  return n;
}

// Splits `text` into segments (step 1). One space is a boundary between two CJK
// characters when more than two follow (not before a word of one or two
// characters: `项目 绩效 目标` and `服务对象满意度 指标` are one label each), before a comparison (`建设完 =100.00(%)`), and after a long
// number or date (`3,442,618.00 年度资金申请总额`, not `2024 年度`).
void segment_line(std::string_view text, std::vector<Segment>& out) {
  std::uint32_t x = 0;
  std::uint32_t run = 0;     // white space since the last character, in columns
  std::uint32_t number = 0;  // digits , . - just before it
  std::uint32_t word = 0;    // characters since the last white space
  bool open = false;
  bool previous_wide = false;
  Segment segment;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ') {
      ++x, ++run, ++i;
      continue;
    }
    if (c == '\t') {
      x = (x / 8 + 1) * 8, run += 2, ++i;
      continue;
    }
    if (c == '\f' || c == '\r' || c == '\v') {
      ++i;
      continue;
    }
    std::uint32_t length = 1;
    char32_t value = c;
    if (c >= 0x80) {
      const CodePoint cp = decode_at(text, i);
      length = cp.length;
      value = cp.value;
      if (value == 0x3000) {  // ideographic space
        x += 2, run += 2, i += length;
        continue;
      }
    }
    const bool wide = c >= 0x80 && is_wide(value);
    if (open && run > 0 &&
        (run >= 2 || (previous_wide && wide && word_length(text, i, 3) > 2) ||
         (previous_wide && starts_comparison(value)) || (number >= 6 && wide))) {
      out.push_back(segment);
      open = false;
    }
    if (!open) {
      segment = Segment{x, x, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i), 0};
      open = true;
    }
    if (run > 0) number = word = 0;
    number = in_number(c) ? number + 1 : 0;
    ++word;
    x += wide ? 2 : 1;
    i += length;
    segment.x1 = x;
    segment.b1 = static_cast<std::uint32_t>(i);
    previous_wide = wide;
    run = 0;
  }
  if (open) out.push_back(segment);
}

// Does every segment of `line` fall under a distinct anchor cell, left to right
// (step 2)? With `assign`, writes the columns.
bool fits(Segment* line, std::uint32_t count, const Segment* anchor, std::uint32_t anchor_count, bool assign) {
  std::uint32_t zone = 0;
  bool first = true;
  for (std::uint32_t k = 0; k < count; ++k) {
    const Segment& s = line[k];
    // Doubled coordinates: the boundary between anchor cells j-1 and j is
    // (a[j-1].x1 + a[j].x0) / 2.
    const std::uint64_t centre = std::uint64_t{s.x0} + s.x1;
    std::uint32_t z = first ? 0 : zone;
    while (z + 1 < anchor_count && std::uint64_t{anchor[z].x1} + anchor[z + 1].x0 <= centre) ++z;
    if (!first && z <= zone) return false;
    const std::uint64_t low = z == 0 ? 0 : std::uint64_t{anchor[z - 1].x1} + anchor[z].x0;
    const std::uint64_t high =
        z + 1 == anchor_count ? UINT64_MAX : std::uint64_t{anchor[z].x1} + anchor[z + 1].x0;
    const std::uint64_t a = std::max<std::uint64_t>(2 * std::uint64_t{s.x0}, low);
    const std::uint64_t b = std::min<std::uint64_t>(2 * std::uint64_t{s.x1}, high);
    const std::uint64_t inside = b > a ? b - a : 0;
    if (inside < std::uint64_t{s.width()}) return false;  // half of it inside (doubled)
    if (assign) line[k].column = z;
    zone = z;
    first = false;
  }
  return true;
}

struct Piece {
  std::uint32_t line = 0, segment = 0;
  std::uint32_t next = none;
};

struct BuiltCell {
  std::uint32_t column = 0;
  std::uint32_t first = none, last = none;  // pieces
  std::uint32_t pieces = 0;
  std::uint32_t below = 0;        // pieces from lines after the row's own line
  std::uint32_t x0 = 0;           // of the first piece
  std::uint32_t x1 = 0;           // right edge of the widest piece
  std::uint32_t max_width = 0;
  bool value = false;  // a number, date or numeric target: it never wraps onto text
};

struct BuiltRow {
  std::uint32_t cells_begin = 0, cells_end = 0;
  std::uint32_t own_line = 0;   // chunk index of the line that made the row
  std::uint32_t last_line = 0;  // chunk index of the last line appended to it
  std::uint32_t section = 0;
  bool blank = false;
  std::vector<InvalidUtf8> bad;
};

class AlignedRows final : public TextRowSource {
 public:
  AlignedRows(std::string_view bytes, const IngestOptions& options)
      : lines_(bytes, options.limits, options.source_name) {}

  const GridRow* next() override {
    while (emitted_ == rows_.size()) {
      if (done_) return nullptr;
      fill_chunk();
      find_columns();
      build_rows();
      emitted_ = 0;
    }
    emit(rows_[emitted_++]);
    return &row_;
  }
  Serialization serialization() const noexcept override { return Serialization::aligned; }
  bool columns_known() const noexcept override { return true; }
  std::span<const InvalidUtf8> invalid_utf8() const noexcept override { return bad_; }

 private:
  void take(const Line& line) {
    ChunkLine& l = chunk_.emplace_back();
    l.number = line.number;
    l.offset = line.offset;
    l.page_start = line.text.starts_with('\f');
    l.invalid_at = line.invalid_at;
    l.raw = line.raw;
    l.text = line.has_invalid_utf8() ? std::string_view(kept_.emplace_back(line.text)) : line.text;
    l.first = static_cast<std::uint32_t>(segments_.size());
    segment_line(l.text, segments_);
    l.count = static_cast<std::uint32_t>(segments_.size()) - l.first;
  }

  void fill_chunk() {
    chunk_.clear();
    segments_.clear();
    kept_.clear();
    joined_.clear();
    if (has_held_) {
      take(held_);
      has_held_ = false;
    }
    Line line;
    for (;;) {
      if (!lines_.next(line)) {
        done_ = true;
        return;
      }
      if (!chunk_.empty() && line.text.starts_with('\f')) {  // a new page: its own x positions
        held_ = line;
        if (line.has_invalid_utf8()) held_.text = held_copy_.assign(line.text);
        has_held_ = true;
        return;
      }
      take(line);
      const bool blank = chunk_.back().count == 0;
      if ((chunk_.size() >= chunk_soft_lines && blank) || chunk_.size() >= chunk_hard_lines) return;
    }
  }

  Segment* segs(const ChunkLine& l) noexcept { return segments_.data() + l.first; }

  // Step 2: sections and their anchors; every segment's column.
  void find_columns() {
    std::uint32_t section = 0;
    std::uint32_t anchor = none, begin = 0;
    std::size_t widenings = 0;
    for (std::uint32_t i = 0; i < chunk_.size(); ++i) {
      ChunkLine& l = chunk_[i];
      if (l.count == 0) continue;
      if (anchor != none && fits(segs(l), l.count, segs(chunk_[anchor]), chunk_[anchor].count, false)) {
        l.section = section;
        continue;
      }
      if (anchor != none && l.count > chunk_[anchor].count && widenings < max_widenings) {
        bool all = true;
        for (std::uint32_t j = begin; j < i && all; ++j)
          all = chunk_[j].count == 0 || fits(segs(chunk_[j]), chunk_[j].count, segs(l), l.count, false);
        if (all) {
          anchor = i;
          ++widenings;
          l.section = section;
          continue;
        }
      }
      ++section;
      anchor = i;
      begin = i;
      widenings = 0;
      l.section = section;
    }
    // Each section's anchor is its widest line (the first of them): every line
    // of the section fits it.
    anchor_of_.assign(section + 1, none);
    for (std::uint32_t i = 0; i < chunk_.size(); ++i) {
      const ChunkLine& l = chunk_[i];
      if (l.count == 0) continue;
      std::uint32_t& a = anchor_of_[l.section];
      if (a == none || l.count > chunk_[a].count) a = i;
    }
    const bool inherit = !chunk_.empty() && chunk_.front().page_start && inherit_columns();
    for (ChunkLine& l : chunk_) {
      if (l.count == 0 || (inherit && l.section == 1)) continue;
      const ChunkLine& a = chunk_[anchor_of_[l.section]];
      fits(segs(l), l.count, segs(a), a.count, true);
    }
    column_base_.assign(section + 1, 0);
    column_widths_.clear();
    for (std::uint32_t k = 0; k <= section; ++k) {
      column_base_[k] = static_cast<std::uint32_t>(column_widths_.size());
      if (anchor_of_[k] != none) column_widths_.resize(column_widths_.size() + chunk_[anchor_of_[k]].count, 0);
    }
    for (ChunkLine& l : chunk_)
      for (std::uint32_t k = 0; k < l.count; ++k) {
        const std::size_t at = column_base_[l.section] + segs(l)[k].column;
        if (at < column_widths_.size()) column_widths_[at] = std::max(column_widths_[at], segs(l)[k].width());
      }
    const std::uint32_t last = anchor_of_.back();
    carried_.clear();
    if (last != none) carried_.assign(segs(chunk_[last]), segs(chunk_[last]) + chunk_[last].count);
  }

  // A page's x positions are its own: when the first section of a page is
  // narrower than the last section of the page before (a table continued over
  // the break), shift it under that section's columns, its last cell under one
  // of the last columns, if every line then fits.
  bool inherit_columns() {
    if (anchor_of_.size() < 2 || anchor_of_[1] == none) return false;
    const ChunkLine& a = chunk_[anchor_of_[1]];
    if (carried_.empty() || a.count >= carried_.size()) return false;
    const Segment& tail = segs(a)[a.count - 1];
    for (std::size_t j = carried_.size(); j-- > a.count - 1;) {
      const std::int64_t shift =
          (std::int64_t{carried_[j].x0} + carried_[j].x1 - tail.x0 - tail.x1) / 2;
      bool all = true;
      for (std::uint32_t pass = 0; pass < 2 && all; ++pass) {
        for (ChunkLine& l : chunk_) {
          if (l.count == 0 || l.section != 1) continue;
          shifted_.assign(segs(l), segs(l) + l.count);
          for (Segment& seg : shifted_) {
            seg.x0 = static_cast<std::uint32_t>(std::max<std::int64_t>(0, seg.x0 + shift));
            seg.x1 = static_cast<std::uint32_t>(std::max<std::int64_t>(seg.x0, seg.x1 + shift));
          }
          if (!fits(shifted_.data(), l.count, carried_.data(), static_cast<std::uint32_t>(carried_.size()), pass == 1)) {
            all = false;
            break;
          }
          if (pass == 1)
            for (std::uint32_t k = 0; k < l.count; ++k) segs(l)[k].column = shifted_[k].column;
        }
      }
      if (all) return true;
    }
    return false;
  }

  // The widest segment in that column of that section.
  std::uint32_t column_width(std::uint32_t section, std::uint32_t column) const noexcept {
    const std::size_t at = column_base_[section] + column;
    return at < column_widths_.size() ? column_widths_[at] : 0;
  }

  BuiltCell* cell_at(BuiltRow& row, std::uint32_t column) noexcept {
    for (std::uint32_t c = row.cells_begin; c < row.cells_end; ++c)
      if (cells_[c].column == column) return &cells_[c];
    return nullptr;
  }

  // Digits and no CJK: 300,000.00, 2024-01-01, =100.00(%), ≥90%.
  bool is_value(std::uint32_t line, std::uint32_t segment) const noexcept {
    const ChunkLine& l = chunk_[line];
    const Segment& s = segments_[l.first + segment];
    bool digit = false;
    for (std::uint32_t b = s.b0; b < s.b1; ++b) {
      const auto c = static_cast<unsigned char>(l.text[b]);
      if (c >= 0xE3) return false;
      digit = digit || (c >= '0' && c <= '9');
    }
    return digit;
  }

  bool starts_parenthesis(std::uint32_t line, std::uint32_t segment) const noexcept {
    const ChunkLine& l = chunk_[line];
    const auto text = l.text.substr(segments_[l.first + segment].b0);
    return text.starts_with('(') || text.starts_with("\xEF\xBC\x88");  // ( or （
  }

  // The cell above that piece `k` of line `i` continues: of the cells in its
  // column and the two beside, the one it overlaps most; when it overlaps none,
  // the one in its column, or its right neighbour when that one is a value and
  // the piece is text (pdftotext may print a wrapped label's last character a
  // column too far left).
  BuiltCell* continued(BuiltRow& above, std::uint32_t i, std::uint32_t k) noexcept {
    const Segment& s = segments_[chunk_[i].first + k];
    const bool text = !is_value(i, k);
    BuiltCell* best = nullptr;
    std::uint32_t best_overlap = 0;
    for (std::uint32_t c = above.cells_begin; c < above.cells_end; ++c) {
      BuiltCell& cell = cells_[c];
      if (cell.column + 1 < s.column || cell.column > s.column + 1 || (text && cell.value)) continue;
      const std::uint32_t a = std::max(cell.x0, s.x0), b = std::min(cell.x1, s.x1);
      if (b > a && b - a > best_overlap) best = &cell, best_overlap = b - a;
    }
    if (best != nullptr) return best;
    BuiltCell* c = cell_at(above, s.column);
    if (c == nullptr || !c->value || !text) return c;
    BuiltCell* right = cell_at(above, s.column + 1);
    return right != nullptr && !right->value ? right : nullptr;
  }

  std::uint32_t add_piece(std::uint32_t line, std::uint32_t segment) {
    pieces_.push_back(Piece{line, segment, none});
    return static_cast<std::uint32_t>(pieces_.size() - 1);
  }

  void append(BuiltCell& cell, std::uint32_t line, std::uint32_t segment, bool below) {
    const std::uint32_t p = add_piece(line, segment);
    pieces_[cell.last].next = p;
    cell.last = p;
    ++cell.pieces;
    cell.below += below ? 1 : 0;
    const Segment& s = segments_[chunk_[line].first + segment];
    cell.max_width = std::max(cell.max_width, s.width());
    cell.x1 = std::max(cell.x1, s.x1);
  }

  void record_bad(BuiltRow& row, const ChunkLine& l) {
    if (l.invalid_at != npos) row.bad.push_back(InvalidUtf8{l.number, l.offset, l.invalid_at});
  }

  BuiltCell& start_cell(std::uint32_t line, std::uint32_t segment) {
    const Segment& s = segments_[chunk_[line].first + segment];
    BuiltCell& cell = cells_.emplace_back();
    cell.column = s.column;
    cell.first = cell.last = add_piece(line, segment);
    cell.pieces = 1;
    cell.x0 = s.x0;
    cell.max_width = s.width();
    cell.x1 = s.x1;
    cell.value = is_value(line, segment);
    return cell;
  }

  // A cell for piece `k` of line `i` in `row`, the last row, in column order.
  void insert_cell(BuiltRow& row, std::uint32_t i, std::uint32_t k) {
    start_cell(i, k);
    BuiltCell cell = cells_.back();
    cells_.pop_back();
    std::uint32_t at = row.cells_begin;
    while (at < row.cells_end && cells_[at].column < cell.column) ++at;
    cells_.insert(cells_.begin() + at, cell);
    ++row.cells_end;
  }

  // A new row from the segments of line `i` not yet used, with the pending
  // pieces of the line above on top of the cells in their columns.
  void new_row(std::uint32_t i, const std::vector<bool>& used) {
    const ChunkLine& l = chunk_[i];
    BuiltRow& row = rows_.emplace_back();
    row.own_line = row.last_line = i;
    row.section = l.section;
    row.cells_begin = static_cast<std::uint32_t>(cells_.size());
    const Segment* own = segments_.data() + l.first;
    const Segment* above = pending_.empty() ? nullptr : segments_.data() + chunk_[pending_line_].first;
    std::uint32_t k = 0;
    std::size_t p = 0;
    for (;;) {
      while (k < l.count && used[k]) ++k;
      if (k == l.count && p == pending_.size()) break;
      if (p < pending_.size() && (k == l.count || above[pending_[p]].column <= own[k].column)) {
        BuiltCell& cell = start_cell(pending_line_, pending_[p]);
        if (k < l.count && own[k].column == cell.column) append(cell, i, k++, false);
        ++p;
      } else {
        start_cell(i, k++);
      }
    }
    row.cells_end = static_cast<std::uint32_t>(cells_.size());
    if (!pending_.empty()) record_bad(row, chunk_[pending_line_]);
    record_bad(row, l);
    pending_.clear();
  }

  // Pending pieces no row below took: a row of their own.
  void flush_pending() {
    if (pending_.empty()) return;
    const std::uint32_t line = pending_line_;
    pending_.clear();
    new_row(line, std::vector<bool>(chunk_[line].count, false));
  }

  // Step 3.
  void build_rows() {
    rows_.clear();
    cells_.clear();
    pieces_.clear();
    pending_.clear();
    std::vector<bool> used;
    for (std::uint32_t i = 0; i < chunk_.size(); ++i) {
      const ChunkLine& l = chunk_[i];
      if (l.count == 0) {
        flush_pending();
        BuiltRow& row = rows_.emplace_back();
        row.blank = true;
        row.own_line = row.last_line = i;
        record_bad(row, l);
        continue;
      }
      if (l.page_start) flush_pending();
      if (l.page_start && !rows_.empty() && !rows_.back().blank) {  // a page break reads as a blank line
        BuiltRow& row = rows_.emplace_back();
        row.blank = true;
        row.own_line = row.last_line = i;
      }
      Segment* s = segs(l);
      used.assign(l.count, false);
      if (!pending_.empty()) {
        if (pending_line_ + 1 == i) {
          new_row(i, used);
          continue;
        }
        flush_pending();
      }
      BuiltRow* above = rows_.empty() ? nullptr : &rows_.back();
      const bool adjacent = above != nullptr && !above->blank && above->last_line + 1 == i &&
                            above->section == l.section;
      bool fragments = true;
      for (std::uint32_t k = 0; k < l.count; ++k) fragments = fragments && s[k].width() <= short_width;

      if (fragments) {
        // Pieces of labels: up to the cells above, unless a cell above is a
        // stacked label that already continues below its row (then this is the
        // top of the next row's label).
        bool up = adjacent;
        for (std::uint32_t k = 0; k < l.count && up; ++k) {
          const BuiltCell* c = continued(*above, i, k);
          if (c == nullptr) up = false;
          else if (c->below > 0 && c->max_width <= short_width) up = false;
        }
        if (up) {
          for (std::uint32_t k = 0; k < l.count; ++k) append(*continued(*above, i, k), i, k, true);
          above->last_line = i;
          record_bad(*above, l);
          continue;
        }
        // Otherwise the row below takes them when it is the next line.
        for (std::uint32_t k = 0; k < l.count; ++k) pending_.push_back(k);
        pending_line_ = i;
        continue;
      }

      if (adjacent) {
        // The next line of a paragraph: every long piece continues a paragraph
        // above, starting where it starts; short ones continue a cell or are a
        // label beside the paragraph in an empty column (`项目` / `绩效` / `目标`).
        bool paragraph = false;
        bool others = true;
        for (std::uint32_t k = 0; k < l.count && others; ++k) {
          const BuiltCell* c = continued(*above, i, k);
          if (s[k].width() <= short_width) {
            others = c != nullptr || cell_at(*above, s[k].column) == nullptr;
          } else {
            others = c != nullptr && c->max_width >= paragraph_width && s[k].x0 + 2 >= c->x0 &&
                     s[k].x0 <= c->x0 + 2;
            paragraph = paragraph || others;
          }
        }
        if (paragraph && others) {
          for (std::uint32_t k = 0; k < l.count; ++k) {
            if (BuiltCell* c = continued(*above, i, k)) {
              append(*c, i, k, true);
            } else {
              insert_cell(*above, i, k);
            }
          }
          above->last_line = i;
          record_bad(*above, l);
          continue;
        }
        // The last piece of a wrapped cell, alone under it in its column.
        bool any = false;
        for (std::uint32_t k = 0; k < l.count; ++k) {
          if (s[k].width() > short_width || is_value(i, k)) continue;
          BuiltCell* c = continued(*above, i, k);
          if (c == nullptr || c->value) continue;
          // In the first column only a parenthesis continues a label there
          // (`项目资金` / `(元)`): anything else is the next row's label.
          // Elsewhere the cell above must fill its column (it wrapped because it
          // reached the edge), else this is a short cell of a row of its own.
          const bool wrapped = s[k].column == 0
                                   ? (c->pieces > 1 && starts_parenthesis(i, k))
                                   : ((c->max_width >= 2 * short_width || c->pieces > 1) &&
                                      c->max_width + 2 >= column_width(l.section, c->column));
          // A cell just left of it on this line that has one above starts a new
          // row there (`法院办案效率 提升` under `设备使用率 =100.00(%)`).
          const bool left_free = k == 0 || s[k - 1].column + 1 < s[k].column ||
                                 cell_at(*above, s[k - 1].column) == nullptr;
          if (wrapped && left_free) {
            append(*c, i, k, true);
            used[k] = true;
            any = true;
          }
        }
        if (any) {
          above->last_line = i;
          record_bad(*above, l);
          bool rest = false;
          for (std::uint32_t k = 0; k < l.count; ++k) rest = rest || !used[k];
          if (!rest) continue;
        }
      }
      new_row(i, used);
    }
    flush_pending();
  }

  void emit(const BuiltRow& row) {
    row_.cells.clear();
    bad_ = row.bad;
    if (row.blank) {
      const ChunkLine& l = chunk_[row.own_line];
      GridCell& cell = row_.cells.emplace_back();
      cell.text = std::string_view(l.text.data(), 0);
      cell.origin.line = l.number;
      cell.origin.byte = l.offset;
      return;
    }
    for (std::uint32_t c = row.cells_begin; c < row.cells_end; ++c) {
      const BuiltCell& built = cells_[c];
      const Piece& first = pieces_[built.first];
      const ChunkLine& l = chunk_[first.line];
      const Segment& s = segments_[l.first + first.segment];
      GridCell& cell = row_.cells.emplace_back();
      cell.column = built.column;
      cell.origin.line = l.number;
      cell.origin.byte = l.offset + (l.invalid_at != npos ? input_position(l.raw, s.b0) : s.b0);
      if (built.pieces == 1) {
        cell.text = l.text.substr(s.b0, s.b1 - s.b0);
        continue;
      }
      std::string& text = joined_.emplace_back();
      for (std::uint32_t p = built.first; p != none; p = pieces_[p].next) {
        const ChunkLine& pl = chunk_[pieces_[p].line];
        const Segment& ps = segments_[pl.first + pieces_[p].segment];
        if (!text.empty()) text += '\n';
        text.append(pl.text.substr(ps.b0, ps.b1 - ps.b0));
      }
      cell.text = text;
    }
  }

  LineSplitter lines_;
  bool done_ = false;
  Line held_;  // the first line of the next page
  std::string held_copy_;
  bool has_held_ = false;

  std::vector<ChunkLine> chunk_;
  std::vector<Segment> segments_;
  std::deque<std::string> kept_;    // repaired lines
  std::deque<std::string> joined_;  // cells of several pieces

  std::vector<std::uint32_t> anchor_of_;  // per section: the chunk line of its anchor
  std::vector<std::uint32_t> column_base_;   // per section: its first entry in column_widths_
  std::vector<std::uint32_t> column_widths_;
  std::vector<Segment> carried_;          // the last anchor of the chunk before
  std::vector<Segment> shifted_;

  std::vector<BuiltRow> rows_;
  std::vector<BuiltCell> cells_;
  std::vector<Piece> pieces_;
  std::vector<std::uint32_t> pending_;  // segments of pending_line_ waiting for the row below
  std::uint32_t pending_line_ = 0;
  std::size_t emitted_ = 0;

  GridRow row_;
  std::vector<InvalidUtf8> bad_;
};

}  // namespace

std::unique_ptr<TextRowSource> open_aligned_rows(std::string_view bytes, const IngestOptions& options) {
  return std::make_unique<AlignedRows>(bytes, options);
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
