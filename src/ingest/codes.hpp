// SPDX-License-Identifier: Apache-2.0
#pragma once
// The INGEST_* diagnostic codes and their severities, in one place (documented in
// docs/ingest.md), and the sink the reader reports them to.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/diagnostic.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

struct Code {
  std::string_view name;
  Severity severity;
};

namespace codes {
// Reading the bytes.
inline constexpr Code invalid_utf8{"INGEST_INVALID_UTF8", Severity::error};
inline constexpr Code no_declaration{"INGEST_NO_DECLARATION", Severity::warning};
inline constexpr Code text_ignored{"INGEST_TEXT_IGNORED", Severity::warning};
// The header block, funds and goals.
inline constexpr Code fields_missing{"INGEST_FIELDS_MISSING", Severity::warning};
inline constexpr Code field_repeated{"INGEST_FIELD_REPEATED", Severity::warning};
inline constexpr Code truncated{"INGEST_TRUNCATED", Severity::error};
inline constexpr Code date_invalid{"INGEST_DATE_INVALID", Severity::error};
inline constexpr Code amount_invalid{"INGEST_AMOUNT_INVALID", Severity::error};
inline constexpr Code funds_unit_undeclared{"INGEST_FUNDS_UNIT_UNDECLARED", Severity::warning};
// The indicator table.
inline constexpr Code table_header_missing{"INGEST_TABLE_HEADER_MISSING", Severity::info};
inline constexpr Code table_empty{"INGEST_TABLE_EMPTY", Severity::warning};
inline constexpr Code header_repeated{"INGEST_HEADER_REPEATED", Severity::info};
inline constexpr Code fragment_skipped{"INGEST_FRAGMENT_SKIPPED", Severity::info};
inline constexpr Code level1_inferred{"INGEST_LEVEL1_INFERRED", Severity::info};
inline constexpr Code label_alias{"INGEST_LABEL_ALIAS", Severity::info};
inline constexpr Code taxonomy_2015{"INGEST_TAXONOMY_2015", Severity::info};
inline constexpr Code label_across_break{"INGEST_LABEL_ACROSS_BREAK", Severity::info};
inline constexpr Code label_from_below{"INGEST_LABEL_FROM_BELOW", Severity::warning};
inline constexpr Code group_from_name{"INGEST_GROUP_FROM_NAME", Severity::warning};
inline constexpr Code name_suggests_other{"INGEST_NAME_SUGGESTS_OTHER", Severity::info};
inline constexpr Code level2_unknown{"INGEST_LEVEL2_UNKNOWN", Severity::warning};
inline constexpr Code label_conflict{"INGEST_LABEL_CONFLICT", Severity::warning};
inline constexpr Code unknown_label{"INGEST_UNKNOWN_LABEL", Severity::warning};
inline constexpr Code label_only_row{"INGEST_LABEL_ONLY_ROW", Severity::info};
inline constexpr Code orphan_row{"INGEST_ORPHAN_ROW", Severity::info};
inline constexpr Code no_target{"INGEST_NO_TARGET", Severity::warning};
inline constexpr Code no_name{"INGEST_NO_NAME", Severity::warning};
inline constexpr Code extra_cells{"INGEST_EXTRA_CELLS", Severity::warning};
inline constexpr Code target_invalid{"INGEST_TARGET_INVALID", Severity::warning};
// The form interpreter (other layouts and serializations).
inline constexpr Code heading_missing{"INGEST_HEADING_MISSING", Severity::warning};
inline constexpr Code field_not_in_model{"INGEST_FIELD_NOT_IN_MODEL", Severity::info};
inline constexpr Code label_joined{"INGEST_LABEL_JOINED", Severity::info};
inline constexpr Code label_note{"INGEST_LABEL_NOTE", Severity::info};
inline constexpr Code group_weight{"INGEST_GROUP_WEIGHT", Severity::info};
inline constexpr Code rows_rebuilt{"INGEST_ROWS_REBUILT", Severity::info};
inline constexpr Code target_joined{"INGEST_TARGET_JOINED", Severity::info};
inline constexpr Code unit_from_name{"INGEST_UNIT_FROM_NAME", Severity::info};
inline constexpr Code amount_from_prose{"INGEST_AMOUNT_FROM_PROSE", Severity::warning};
inline constexpr Code amount_uncertain{"INGEST_AMOUNT_UNCERTAIN", Severity::warning};
inline constexpr Code amount_inferred{"INGEST_AMOUNT_INFERRED", Severity::info};
inline constexpr Code funds_inconsistent{"INGEST_FUNDS_INCONSISTENT", Severity::warning};
inline constexpr Code goals_split{"INGEST_GOALS_SPLIT", Severity::info};
inline constexpr Code goals_unsplit{"INGEST_GOALS_UNSPLIT", Severity::warning};
}  // namespace codes

class DiagnosticSink {
 public:
  explicit DiagnosticSink(std::vector<Diagnostic>& out) : out_(out) {}
  void add(const Code& code, std::string message, std::optional<std::size_t> declaration,
           std::optional<std::size_t> indicator, std::optional<std::uint32_t> line) {
    out_.push_back(Diagnostic{std::string(code.name), code.severity, std::move(message), declaration,
                              indicator, line});
  }

  // Takes back what was reported about one indicator (a row that turned out not
  // to be one).
  // Only the newest entries can be about it: scan back while they are about the
  // same declaration.
  void retract(std::size_t declaration, std::size_t indicator) {
    std::size_t begin = out_.size();
    while (begin > 0 && out_[begin - 1].declaration == declaration) --begin;
    const auto first = out_.begin() + static_cast<std::ptrdiff_t>(begin);
    out_.erase(std::remove_if(first, out_.end(), [&](const Diagnostic& d) { return d.indicator == indicator; }),
               out_.end());
  }

 private:
  std::vector<Diagnostic>& out_;
};

}  // namespace ingest
JIXIAO_END_NAMESPACE
