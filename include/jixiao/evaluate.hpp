#pragma once
// evaluate(target, actual): does an actual value meet a parsed target, and how far
// (target-values.md "Evaluation", with the directions of scoring.md). Exact decimal
// comparisons only; a unit that differs after normalisation is not_comparable,
// never a silent 0.

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "jixiao/config.hpp"
#include "jixiao/date.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/target.hpp"

JIXIAO_BEGIN_NAMESPACE

// A measured figure, for compare and range targets. An empty unit means "in the
// target's unit"; otherwise it must equal the target's after normalize_unit().
struct ActualNumber {
  Decimal value;
  std::string unit;
  friend bool operator==(const ActualNumber&, const ActualNumber&) = default;
};

// A trend as a word (提升, 持平, "down", ...), for trend targets.
struct ActualTrend {
  TrendDirection direction = TrendDirection::flat;
  friend bool operator==(const ActualTrend&, const ActualTrend&) = default;
};

// Last year's and this year's figures, for trend targets: their order gives the
// direction, their difference checks a `by` amount (relative when `by` is in %).
struct ActualChange {
  Decimal previous;
  Decimal current;
  friend bool operator==(const ActualChange&, const ActualChange&) = default;
};

// When the work was completed, for deadline (and period) targets.
struct ActualDate {
  Date date;
  friend bool operator==(const ActualDate&, const ActualDate&) = default;
};

// The self-evaluation grades of a qualitative indicator.
enum class Grade {
  achieved,      // 达成年度指标
  partial,       // 部分达成年度指标并具有一定效果
  not_achieved,  // 未达成年度指标且效果较差
};

struct ActualGrade {
  Grade grade = Grade::achieved;
  friend bool operator==(const ActualGrade&, const ActualGrade&) = default;
};

// Free text: the target's own term (which counts as achieved) or a grade wording.
struct ActualText {
  std::string text;
  friend bool operator==(const ActualText&, const ActualText&) = default;
};

using Actual = std::variant<ActualNumber, ActualTrend, ActualChange, ActualDate, ActualGrade, ActualText>;

enum class Verdict { met, not_met, not_comparable };

// Decimal places of Evaluation::degree (ratios are rounded half-up there).
inline constexpr int degree_scale = 10;

struct Evaluation {
  Verdict verdict = Verdict::not_comparable;
  // How far the target is achieved, as scoring.md uses it: actual/target for a
  // positive target (ge, gt, eq ≠ 0), target/actual for a reverse one (le, lt);
  // 1 or 0 for eq 0, ne, trends, deadlines and periods; a range gives 1 inside,
  // actual/low below, high/actual above; grades give their default fraction
  // (1, 0.70, 0.30). Absent when not_comparable or when the ratio has no meaning
  // (a non-positive target missed).
  std::optional<Decimal> degree;
  std::optional<Grade> grade;  // the grade of a qualitative evaluation
  std::string reason;          // one line in Chinese: why met / not met / not comparable
  friend bool operator==(const Evaluation&, const Evaluation&) = default;
};

// Never throws for any target/actual pair (except std::bad_alloc).
Evaluation evaluate(const Target& target, const Actual& actual);

// An actual given as text, read by the target's kind: a number (with `unit`, ""
// for the target's own) for compare/range; a trend word (up, 提升, …) or
// "previous,current" for trend; a date for deadline/period; a grade (achieved,
// 部分达成, …) or free text for qualitative. Throws Error(parse), with the byte
// offset and what was expected, for a number or date that does not parse.
Actual actual_from_text(const Target& target, std::string_view text, std::string_view unit = {});

// Names: "met", "not_met", "not_comparable"; "achieved", "partial", "not_achieved".
std::string_view to_string(Verdict verdict) noexcept;
std::string_view to_string(Grade grade) noexcept;
// "achieved" or 达成年度指标 (also 达成), "partial" or 部分达成年度指标并具有一定效果
// (also 部分达成), "not_achieved" or 未达成年度指标且效果较差 (also 未达成).
std::optional<Grade> grade_from_string(std::string_view text) noexcept;

JIXIAO_END_NAMESPACE
