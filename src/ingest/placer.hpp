// SPDX-License-Identifier: Apache-2.0
#pragma once
// The row placer: turns the indicator table's rows into Indicators and decides
// each one's level-1 / level-2 from the taxonomy labels printed (or not) around
// it. See docs/ingest.md, "Placing a row", for the rules and their diagnostics.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/cells.hpp"
#include "ingest/codes.hpp"
#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

// The whole document's indicator budget (IngestLimits::max_rows).
struct RowBudget {
  std::size_t used = 0;
  std::size_t limit = 0;
  std::string_view source;
};

class RowPlacer {
 public:
  RowPlacer(Declaration& declaration, std::size_t declaration_index, DiagnosticSink& sink,
            RowBudget& budget);

  // The header row: fixes the level-2 column; a repeat (page break) is reported.
  void header(const std::vector<GridCell>& cells, std::uint32_t line);
  // A non-blank row of the table (a repeated header row included).
  void row(const std::vector<GridCell>& cells, std::uint32_t line);
  // A blank line inside the table (merged cells do not span it).
  void blank() { break_since_row_ = true; }
  // End of the table: rows still waiting for a label below are reported.
  void finish();

  bool header_seen() const noexcept { return header_seen_; }
  std::optional<std::uint32_t> header_line() const noexcept { return header_line_; }
  // Did the last data row lack a target (a table cut off mid-row)?
  bool last_row_incomplete() const noexcept { return last_row_incomplete_; }
  // When the table's last row is a lone unlabelled text (no target) and another
  // form heading follows, that text is the next document's title, not an
  // indicator: it is taken back out, with what was reported about it.
  std::optional<Indicator> take_trailing_caption();

 private:
  struct Group {
    std::string_view level1;  // canonical, static storage
    std::string_view level2;  // "" while unknown
    std::string_view label;   // the source label when it was an alias or unknown, else ""
    // An unknown level-2 label was printed: the level-2 stays "" and is not
    // looked for lower down.
    bool closed = false;
  };

  void start_group(const Group& group, std::uint32_t line, std::optional<std::size_t> row_index);
  void place_boundary_row(const Group& below);
  void flush_pending(std::string_view why);
  void assign(Indicator& indicator, const Group& group);
  void report(const Code& code, std::string message, std::optional<std::size_t> indicator,
              std::uint32_t line);

  Declaration& decl_;
  std::size_t decl_index_;
  DiagnosticSink& sink_;
  RowBudget& budget_;

  Group current_{};
  bool have_group_ = false;
  // Rows read while the level-2 is unknown (a merged label printed lower down).
  std::vector<std::size_t> pending_;
  bool pending_open_ = false;
  // The last data row, for the boundary decision (is it the last row of the group
  // above or the first of the group below?).
  std::optional<std::size_t> last_row_;
  bool last_row_unlabelled_ = false;
  bool labels_since_row_ = false;
  bool break_since_row_ = false;
  bool last_row_incomplete_ = false;
  bool reported_2015_ = false;
  std::string unknown_label_;  // the printed label of a closed group

  bool header_seen_ = false;
  std::optional<std::uint32_t> header_line_;
  std::uint32_t level2_column_ = 2;

  // Reused per row, so a row allocates only for the model's strings.
  std::vector<CellClass> classes_;
  std::vector<std::size_t> texts_;
  std::vector<std::size_t> labels_;
};

}  // namespace ingest
JIXIAO_END_NAMESPACE
