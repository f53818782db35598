// SPDX-License-Identifier: Apache-2.0
#pragma once
// The target-value language (指标值, ../spec/target-values.md): the typed AST,
// parse_target() and canonical printing. The grammar itself (Spirit X3) lives in
// src/target/ behind parse_target; no public header includes Spirit.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "jixiao/config.hpp"
#include "jixiao/date.hpp"
#include "jixiao/decimal.hpp"

JIXIAO_BEGIN_NAMESPACE

enum class CompareOp { eq, ne, gt, ge, lt, le };
enum class TrendDirection { up, down, flat, not_up, not_down };
enum class TrendBasis { none, yoy, mom };

// `≥90.00(%)`, `≤6.00 (小时)`, `100%` (implicit eq).
struct CompareTarget {
  CompareOp op = CompareOp::eq;
  Decimal value;        // digits as written, thousands separators removed
  std::string unit;     // normalised ("%" for ％ \% 百分比 百分点); "" if none
  std::string note;     // trailing parenthesised annotation, "" if none
  friend bool operator==(const CompareTarget&, const CompareTarget&) = default;
};

// `45%-60%`, `14-24℃`, `≥90%且≤95%`: inclusive bounds.
struct RangeTarget {
  Decimal low;
  Decimal high;
  std::string unit;
  std::string note;
  friend bool operator==(const RangeTarget&, const RangeTarget&) = default;
};

// An optional amount of change: `同比增长5%` → by {5, "%"}.
struct TrendBy {
  Decimal value;
  std::string unit;
  friend bool operator==(const TrendBy&, const TrendBy&) = default;
};

// `提升`, `下降或持平`, `同比上升`, `不高于上年`.
struct TrendTarget {
  TrendDirection direction = TrendDirection::up;
  TrendBasis basis = TrendBasis::none;
  std::optional<TrendBy> by;
  friend bool operator==(const TrendTarget&, const TrendTarget&) = default;
};

// `2024年12月31日前完成`; a month alone means its last day. `11月底前` names no
// year: date.year is 0 (JSON: "date": null, "month_day": "11-30") until
// resolve_year() gives it the declaration's budget year. `每年12月底前` recurs.
struct DeadlineTarget {
  Date date;
  bool recurring = false;
  bool has_year() const noexcept { return date.year != 0; }
  friend bool operator==(const DeadlineTarget&, const DeadlineTarget&) = default;
};

// `2023.07-2024.01`: each end an ISO date "YYYY-MM-DD" or a month "YYYY-MM".
// `1-12月` names no year: start and end are "" (JSON null) and the months are
// in first_month/last_month until resolve_year() spells them out (then 0).
struct PeriodTarget {
  std::string start;
  std::string end;
  int first_month = 0;
  int last_month = 0;
  friend bool operator==(const PeriodTarget&, const PeriodTarget&) = default;
};

// `*`, `/`, `—`, `待定`, `XX`, `不适用`: a cell left unfilled (target-values.md
// additions). Not data: validation flags it (TARGET_PLACEHOLDER).
struct PlaceholderTarget {
  std::string term;  // trimmed
  friend bool operator==(const PlaceholderTarget&, const PlaceholderTarget&) = default;
};

// `合规`, `及时`, `健全`: text that is no number and no trend is data, not an error.
struct QualitativeTarget {
  std::string term;  // trimmed
  friend bool operator==(const QualitativeTarget&, const QualitativeTarget&) = default;
};

// Text that does not parse (`≥`, `90%-`, `1..5`, invalid UTF-8, empty).
struct InvalidTarget {
  std::size_t offset = 0;  // byte offset into raw
  std::string expected;    // what the grammar expected there
  std::string message;     // one line, e.g. "expected a number after the comparator at byte 3"
  friend bool operator==(const InvalidTarget&, const InvalidTarget&) = default;
};

// placeholder comes last: the numbers of the other kinds are the C ABI's.
enum class TargetKind { compare, range, trend, deadline, period, qualitative, invalid, placeholder };

using TargetValue = std::variant<CompareTarget, RangeTarget, TrendTarget, DeadlineTarget,
                                 PeriodTarget, QualitativeTarget, InvalidTarget, PlaceholderTarget>;

struct Target {
  std::string raw;  // the input, verbatim
  TargetValue value = QualitativeTarget{};

  TargetKind kind() const noexcept { return static_cast<TargetKind>(value.index()); }
  bool valid() const noexcept { return kind() != TargetKind::invalid; }
  friend bool operator==(const Target&, const Target&) = default;
};

// Parse one 指标值. Never throws for bad text: an unparsable one comes back with
// kind() == invalid and the offset and expectation in InvalidTarget.
Target parse_target(std::string_view text);

// Is the text (trimmed) a cell left unfilled — `*`, `/`, `—`, `XX`, 无, 待定, 不适用, …
// — that parse_target reads as kind placeholder? The review rules ask this of names too.
bool is_placeholder_text(std::string_view text) noexcept;

// Gives a target that names no year (`11月底前`, `1-12月`) the budget year
// `year`; other targets are left as they are. Ingest calls it for each
// indicator of a declaration it has read.
void resolve_year(Target& target, int year);

// The Shanghai rendering: `≥90.00(%)`, `=0.00(次)`, `45-60(%)`, `同比上升`, ...
// parse_target(canonical(t)) gives a target whose value equals t's.
std::string canonical(const Target& target);

// Names used in JSON and the C ABI: "compare", "ge", "up", "yoy", ...
std::string_view to_string(TargetKind kind) noexcept;
std::string_view to_string(CompareOp op) noexcept;
// The comparator as the canonical form prints it: "=", "≠", ">", "≥", "<", "≤".
std::string_view symbol(CompareOp op) noexcept;
std::string_view to_string(TrendDirection direction) noexcept;
std::string_view to_string(TrendBasis basis) noexcept;
std::optional<CompareOp> compare_op_from_string(std::string_view name) noexcept;
std::optional<TrendDirection> trend_direction_from_string(std::string_view name) noexcept;
std::optional<TrendBasis> trend_basis_from_string(std::string_view name) noexcept;
std::optional<TargetKind> target_kind_from_string(std::string_view name) noexcept;

// A trend word as an actual or a target names it: "up"/"down"/"flat"/"not_up"/
// "not_down" or the Chinese words of target-values.md (提升 上升 … 下降或持平 …),
// with an optional modifier (有所 逐步 稳步 持续); surrounding white space allowed.
std::optional<TrendDirection> trend_direction_from_word(std::string_view word) noexcept;

// A unit as target-values.md normalises it: trimmed, one pair of ASCII or
// full-width parentheses removed, and % ％ \% 百分比 百分点 个百分点 all "%".
// Compound units stay whole ("次/年"). Used to compare an actual's unit.
std::string normalize_unit(std::string_view unit);

// The canonical target JSON of target-values.md, one line: {"raw", "kind", the
// kind's fields}; decimals as strings; compare/range carry "note" only when there
// is one; trend carries "by" only when there is one; an invalid target gives
// {"raw", "kind": "invalid", "error", "offset", "expected"}.
std::string target_to_json(const Target& target);
// The same appended to `out` (no allocation once `out` has grown: for NDJSON loops).
void append_target_json(std::string& out, const Target& target);

JIXIAO_END_NAMESPACE
