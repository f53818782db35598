// SPDX-License-Identifier: Apache-2.0
#pragma once
// Year-end self-evaluation scoring (绩效自评, spec scoring.md): the actuals a unit
// reports (Actuals), the rules' knobs (ScoreOptions), score() and its result
// (ScoreReport). Every figure is an exact Decimal; scores are rounded (half-up, two
// decimals) where the 自评表 prints them: each row's 得分 and the budget's, and
// 总分 is the sum of those printed figures (scoring.md "A 自评表 adds up"); the
// unrounded figures are kept beside them. See docs/scoring.md.
//
// Internal precision: weights, shares and scores are kept at `score_scale` (16)
// decimal places. A division (equal weight shares, weight × actual / target) is
// done once, exactly in a 256-bit integer, and rounded half-up at the 16th decimal;
// sums and comparisons are exact.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/money.hpp"

JIXIAO_BEGIN_NAMESPACE

// Decimal places of the engine's weights, shares and scores (18 significant
// digits for a score between 10 and 100).
inline constexpr int score_scale = 16;

// ---- Actuals: what happened (formats.md, jixiao.actuals/1) -------------------

// A (previous, current) pair of figures: the trend actual given as numbers.
struct TrendPair {
  Decimal previous;
  Decimal current;
  friend bool operator==(const TrendPair&, const TrendPair&) = default;
};

// One indicator's actual, as the unit reported it. `value` is read against the
// indicator's target kind by read_actual() (evaluate.hpp): a number (optionally with
// its unit: "93.5", "93.5%", "26,500件") for compare and range; a direction (up/down/
// flat or 提升/下降/持平 …) or `pair` for a trend; a date for a deadline or period; a
// grade (achieved/partial/not_achieved or their Chinese wording) for a qualitative
// target and also for a trend, deadline or period; the target's own text is achieved.
struct ActualIndicator {
  std::string name;                   // 三级指标, matched to the declaration's
  std::optional<std::string> level2;  // tells apart a name that repeats
  std::string value;                  // as written; "" when only `pair` is given
  std::optional<std::string> unit;    // unit of a number, if given separately
  std::optional<Decimal> fraction;    // qualitative: share of the weight, 0..1
  std::optional<TrendPair> pair;      // trend: compare previous with current
  std::optional<Decimal> weight;      // this indicator's 分值, overriding the equal share
  std::optional<std::string> reason;  // 偏差原因分析及改进措施, as the unit wrote it
  std::optional<std::string> target;  // the approved/adjusted 年度指标值, scored instead of the declared one
  std::optional<Decimal> deduction;   // an evaluator's deduction on an overshot row (10号: 按偏离度适度调减)
  friend bool operator==(const ActualIndicator&, const ActualIndicator&) = default;
};

struct ActualBudget {
  std::optional<Money> year_start;  // 年初预算数; the declaration's funds.annual when absent
  std::optional<Money> annual;    // 全年预算数; the declaration's funds.annual when absent (reported)
  std::optional<Money> executed;  // 全年执行数
  friend bool operator==(const ActualBudget&, const ActualBudget&) = default;
};

struct ActualDeclaration {
  std::string project;  // matched to Project::name
  ActualBudget budget;
  std::vector<ActualIndicator> indicators;
  std::optional<std::string> achieved;  // 年度总体目标 实际完成情况
  friend bool operator==(const ActualDeclaration&, const ActualDeclaration&) = default;
};

struct Actuals {
  std::vector<ActualDeclaration> declarations;
  friend bool operator==(const Actuals&, const Actuals&) = default;
};

// ---- Options: every default is scoring.md's ------------------------------------

// Weights of the parts (total 100 by default). 产出指标 and 成本指标 share one part.
struct PartWeights {
  Decimal budget = Decimal::from_int(10);           // 预算执行率
  Decimal output_and_cost = Decimal::from_int(50);  // 产出指标 + 成本指标
  Decimal effect = Decimal::from_int(30);           // 效益指标
  Decimal satisfaction = Decimal::from_int(10);     // 满意度指标
  friend bool operator==(const PartWeights&, const PartWeights&) = default;
};

// How a missed reverse (le, lt) target scores.
enum class ReverseFormula {
  ratio,   // weight × target / actual (default)
  linear,  // weight × (1 − (actual − target) / target), 0 at twice the target
};

// One qualitative grade's band of the weight, [low, high) — or [low, high] when
// high_inclusive — and the fraction given when the evaluator gives none.
struct QualitativeBand {
  Decimal low;
  Decimal high;
  bool high_inclusive = false;
  Decimal default_fraction;
  friend bool operator==(const QualitativeBand&, const QualitativeBand&) = default;
};

struct QualitativeBands {
  QualitativeBand achieved{Decimal::from_parts(80, 2), Decimal::from_int(1), true, Decimal::from_int(1)};
  QualitativeBand partial{Decimal::from_parts(60, 2), Decimal::from_parts(80, 2), false, Decimal::from_parts(70, 2)};
  QualitativeBand not_achieved{Decimal::from_int(0), Decimal::from_parts(60, 2), false, Decimal::from_parts(30, 2)};
  friend bool operator==(const QualitativeBands&, const QualitativeBands&) = default;
};

// The words of the four grades: national 优/良/中/差 (10号); shanghai 优/良/合格/不合格
// (Shanghai's 决算 reports count projects by them).
enum class GradeScheme { national, shanghai };

// Lowest total of each grade; below `pass` is 差 (不合格).
struct GradeBands {
  Decimal excellent = Decimal::from_int(90);  // 优
  Decimal good = Decimal::from_int(80);       // 良
  Decimal pass = Decimal::from_int(60);       // 中
  friend bool operator==(const GradeBands&, const GradeBands&) = default;
};

// Everything a caller can change; the C ABI mirrors it field by field.
struct ScoreOptions {
  PartWeights weights;
  ReverseFormula reverse_formula = ReverseFormula::ratio;
  QualitativeBands qualitative;
  GradeBands grades;
  GradeScheme grade_scheme = GradeScheme::national;
  // An actual at or above this multiple of a positive target is OVERSHOOT (vendor
  // practice 120%; a choice, not a rule of 10号).
  Decimal overshoot_threshold = Decimal::from_parts(120, 2);
  // A budget execution rate below this is reported (a reason is owed).
  Decimal budget_rate_warning = Decimal::from_parts(90, 2);
  friend bool operator==(const ScoreOptions&, const ScoreOptions&) = default;
};

// Throws Error(invalid_argument) naming the field: negative or oversized weights
// (each at most 900, so every score fits a Decimal at score_scale), bands outside
// 0..1 or whose default lies outside the band, grade bands out of order, an
// overshoot threshold below 1.
void check_options(const ScoreOptions& options);

// ---- The report ---------------------------------------------------------------

enum class ScoreStatus {
  scored,   // the rules gave a score
  missing,  // no actual: scored 0 and reported
  error,    // the actual cannot be scored against the target (unit mismatch, bad
            // value, fraction outside its band, invalid target): 0, and an error
};

enum class ScoreGrade { excellent, good, pass, fail };  // 优 良 中(合格) 差(不合格)
// "优", "良", "中", "差"; under shanghai "优", "良", "合格", "不合格".
std::string_view to_string(ScoreGrade grade, GradeScheme scheme = GradeScheme::national) noexcept;
std::string_view to_string(GradeScheme scheme) noexcept;  // "national", "shanghai"
std::optional<GradeScheme> grade_scheme_from_string(std::string_view name) noexcept;
std::string_view to_string(ScoreStatus status) noexcept;  // "scored", "missing", "error"
std::string_view to_string(ReverseFormula formula) noexcept;  // "ratio", "linear"

// One row of the 自评表.
struct IndicatorScore {
  std::size_t indicator = 0;  // index in Declaration::indicators
  std::string level1;
  std::string level2;
  std::string name;
  std::string target;  // 年度指标值 scored against, raw (the adjusted one when given)
  std::optional<std::string> year_start_target;  // 年初指标值 (the declared one) when an adjusted target was scored
  std::string actual;  // 实际完成值 as reported ("" when missing)
  Decimal weight;      // 分值, at score_scale
  Decimal exact_score;  // 得分, at score_scale, 0 ≤ score ≤ weight
  Decimal score;        // 得分 as printed: exact_score half-up to 2 decimals
  std::string reason;   // 评分说明: why this score, one line in Chinese
  std::optional<std::string> stated_reason;  // 偏差原因分析及改进措施, as the unit wrote it
  std::optional<Decimal> deduction;          // applied to an overshot row
  ScoreStatus status = ScoreStatus::scored;
  bool met = false;
  bool overshoot = false;  // at or above the overshoot threshold: a reason is owed
  bool graded = false;     // scored by a grade (achieved/partial/not_achieved) and its band
  friend bool operator==(const IndicatorScore&, const IndicatorScore&) = default;
};

struct Level1Score {
  std::string level1;  // as on the indicators ("产出指标")
  Decimal weight;
  Decimal score;  // Σ of its rows' printed 得分
  friend bool operator==(const Level1Score&, const Level1Score&) = default;
};

// A row of the 自评表's funds block under 年度资金总额.
struct FundsRow {
  std::string label;                // 其中：当年财政拨款, 上年结转资金, 其他资金
  std::optional<Money> year_start;  // 年初预算数 (the declaration's)
  friend bool operator==(const FundsRow&, const FundsRow&) = default;
};

struct BudgetScore {
  std::optional<Money> year_start;  // 年初预算数
  std::optional<Money> annual;    // 全年预算数 used
  bool annual_from_declaration = false;  // 全年预算数 missing: the declaration's funds.annual was used
  std::optional<Money> executed;  // 全年执行数
  std::optional<Decimal> rate;    // executed / annual (16 decimals while it fits); none when not computable
  Decimal weight;
  Decimal exact_score;  // at score_scale
  Decimal score;        // as printed: 2 decimals, half-up
  ScoreStatus status = ScoreStatus::scored;
  std::string reason;
  std::vector<FundsRow> rows;  // 当年财政拨款, 上年结转资金, 其他资金
  friend bool operator==(const BudgetScore&, const BudgetScore&) = default;
};

struct DeclarationScore {
  std::optional<std::size_t> declaration;  // index in Document::declarations
  std::string project;
  BudgetScore budget;
  std::optional<std::string> goal;         // 年度总体目标 预期目标 (the declaration's)
  std::optional<std::string> achieved;     // 年度总体目标 实际完成情况
  std::vector<IndicatorScore> indicators;  // in the declaration's order
  std::vector<Level1Score> level1;         // in order of first appearance
  Decimal total;                           // 总分: budget + Σ rows, each as printed (2 decimals)
  Decimal exact_total;                     // the same of the unrounded figures, at score_scale
  ScoreGrade grade = ScoreGrade::fail;     // of `total`
  GradeScheme grade_scheme = GradeScheme::national;
  std::vector<Diagnostic> diagnostics;     // SCORE_* codes, see docs/scoring.md
  friend bool operator==(const DeclarationScore&, const DeclarationScore&) = default;
};

struct ScoreReport {
  std::vector<DeclarationScore> declarations;  // one per document declaration
  std::vector<Diagnostic> diagnostics;         // actuals that match no declaration
  // Any error diagnostic (an indicator or budget that could not be scored).
  bool has_errors() const noexcept;
  friend bool operator==(const ScoreReport&, const ScoreReport&) = default;
};

// Scores every declaration of `document` against its actuals (matched by project
// name, then indicator name, then level2, then order). Nothing is dropped: an actual
// that matches nothing and an indicator without an actual are diagnostics. Throws
// Error(invalid_argument) for bad options, Error(overflow) only for figures no real
// form reaches.
ScoreReport score(const Document& document, const Actuals& actuals, const ScoreOptions& options = {});

// One declaration; `actual` may be null (everything missing). `declaration_index`
// is written into the diagnostics.
DeclarationScore score_declaration(const Declaration& declaration, const ActualDeclaration* actual,
                                   const ScoreOptions& options = {},
                                   std::optional<std::size_t> declaration_index = std::nullopt);

// A score as reported: half-up to two decimals.
Decimal rounded_for_report(const Decimal& value);
// The grade of a total under `bands` (compared as given; score() passes 总分, the
// sum of the printed figures).
ScoreGrade grade_of(const Decimal& total, const GradeBands& bands = {});

// Diagnostic codes of the scoring engine.
namespace score_codes {
inline constexpr std::string_view actual_missing = "SCORE_ACTUAL_MISSING";          // warning
inline constexpr std::string_view actual_unmatched = "SCORE_ACTUAL_UNMATCHED";      // warning
inline constexpr std::string_view declaration_missing = "SCORE_DECLARATION_MISSING";  // warning
inline constexpr std::string_view declaration_unmatched = "SCORE_DECLARATION_UNMATCHED";  // warning
inline constexpr std::string_view actual_invalid = "SCORE_ACTUAL_INVALID";          // error
inline constexpr std::string_view unit_mismatch = "SCORE_UNIT_MISMATCH";            // error
inline constexpr std::string_view fraction_out_of_band = "SCORE_FRACTION_OUT_OF_BAND";  // error
inline constexpr std::string_view target_invalid = "SCORE_TARGET_INVALID";          // error
inline constexpr std::string_view level1_unknown = "SCORE_LEVEL1_UNKNOWN";          // error
inline constexpr std::string_view overshoot = "OVERSHOOT";                          // warning
inline constexpr std::string_view budget_low = "SCORE_BUDGET_LOW";                  // warning
inline constexpr std::string_view budget_zero = "SCORE_BUDGET_ZERO";                // error
inline constexpr std::string_view budget_invalid = "SCORE_BUDGET_INVALID";          // error
inline constexpr std::string_view budget_missing = "SCORE_BUDGET_MISSING";          // warning
inline constexpr std::string_view weight_redistributed = "SCORE_WEIGHT_REDISTRIBUTED";  // info
inline constexpr std::string_view weight_sum = "SCORE_WEIGHT_SUM";                  // warning
inline constexpr std::string_view weight_invalid = "SCORE_WEIGHT_INVALID";          // error
inline constexpr std::string_view reason_missing = "SCORE_REASON_MISSING";          // warning
inline constexpr std::string_view budget_fallback = "SCORE_BUDGET_FALLBACK";        // info
inline constexpr std::string_view deduction_invalid = "SCORE_DEDUCTION_INVALID";    // error
}  // namespace score_codes

JIXIAO_END_NAMESPACE
