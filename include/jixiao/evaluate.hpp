// SPDX-License-Identifier: Apache-2.0
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

// A quotient kept exact: the degree before rounding, so that a caller who scales it
// (scoring: weight × degree) rounds once.
struct Quotient {
  Decimal numerator;
  Decimal denominator;
  friend bool operator==(const Quotient&, const Quotient&) = default;
};

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
  std::optional<Quotient> exact_degree;  // degree = numerator / denominator, unrounded
  std::optional<Grade> grade;  // the grade of a qualitative evaluation
  std::string reason;          // one line in Chinese: why met / not met / not comparable
  friend bool operator==(const Evaluation&, const Evaluation&) = default;
};

// Never throws for any target/actual pair (except std::bad_alloc). A grade
// (ActualGrade) is also accepted for trend, deadline and period targets: under 10号
// a non-numeric target is graded like a qualitative one.
Evaluation evaluate(const Target& target, const Actual& actual);

// The one reading of an actual's text, as `target`'s kind needs it (scoring, the
// C ABI and every actuals reader use it):
// - compare, range: a number with an optional unit ("93.5", "93.5%", "26,500件",
//   "９５％"); a published 自评表's "≥266米" (the target's comparator repeated) is 266米;
// - trend: a trend word (up/down/flat, 提升, 保持稳定 … of target-values.md), or
//   "previous,current" (ActualChange), or a grade;
// - deadline, period: a date ("2024-11-30", "2024年11月30日") or a grade;
// - qualitative: a grade (achieved/partial/not_achieved or their Chinese wording),
//   else the text itself (the target's own term counts as achieved).
// `unit`: a unit given apart from the text ("" none); it must agree with one inside.
// nullopt when the text is not what the kind needs, and `problem` (when given)
// says why in one line, e.g. 「约90」不是数值.
std::optional<Actual> read_actual(const Target& target, std::string_view text, std::string_view unit = {},
                                  std::string* problem = nullptr);

// Names: "met", "not_met", "not_comparable"; "achieved", "partial", "not_achieved".
std::string_view to_string(Verdict verdict) noexcept;
std::string_view to_string(Grade grade) noexcept;
// "achieved" or 达成年度指标 / 达成预期指标 (also 达成), "partial" or
// 部分达成年度指标并具有一定效果 / 部分达成预期指标并具有一定效果 (also 部分达成),
// "not_achieved" or 未达成年度指标且效果较差 / 未达成预期指标且效果较差 (also 未达成).
std::optional<Grade> grade_from_string(std::string_view text) noexcept;

JIXIAO_END_NAMESPACE
