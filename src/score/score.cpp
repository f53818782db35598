// SPDX-License-Identifier: Apache-2.0
// score(): matching actuals to indicators, the weights of scoring.md (parts,
// equal shares, redistribution of an empty part), budget execution, totals and
// grades. The per-indicator rules are in rules.cpp.
#include "jixiao/score.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include <fmt/compile.h>
#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "jixiao/taxonomy.hpp"
#include "score/exact.hpp"
#include "score/rules.hpp"

JIXIAO_BEGIN_NAMESPACE

using score_detail::add;
using score_detail::at_scale;
using score_detail::mul_div;

std::string_view to_string(ScoreGrade grade, GradeScheme scheme) noexcept {
  const bool shanghai = scheme == GradeScheme::shanghai;
  switch (grade) {
    case ScoreGrade::excellent: return "优";
    case ScoreGrade::good: return "良";
    case ScoreGrade::pass: return shanghai ? "合格" : "中";
    case ScoreGrade::fail: return shanghai ? "不合格" : "差";
  }
  return "差";
}

std::string_view to_string(GradeScheme scheme) noexcept {
  return scheme == GradeScheme::shanghai ? "shanghai" : "national";
}

std::optional<GradeScheme> grade_scheme_from_string(std::string_view name) noexcept {
  if (name == "national") return GradeScheme::national;
  if (name == "shanghai") return GradeScheme::shanghai;
  return std::nullopt;
}

std::string_view to_string(ScoreStatus status) noexcept {
  switch (status) {
    case ScoreStatus::scored: return "scored";
    case ScoreStatus::missing: return "missing";
    case ScoreStatus::error: return "error";
  }
  return "error";
}

std::string_view to_string(ReverseFormula formula) noexcept {
  return formula == ReverseFormula::linear ? "linear" : "ratio";
}

Decimal rounded_for_report(const Decimal& value) { return value.rescale(2, Rounding::half_up); }

ScoreGrade grade_of(const Decimal& total, const GradeBands& bands) {
  if (total >= bands.excellent) return ScoreGrade::excellent;
  if (total >= bands.good) return ScoreGrade::good;
  if (total >= bands.pass) return ScoreGrade::pass;
  return ScoreGrade::fail;
}

namespace {

const Decimal& max_weight() {
  static const Decimal value = Decimal::from_int(900);
  return value;
}

void check_weight(const Decimal& weight, std::string_view field) {
  if (weight.is_negative() || weight > max_weight())
    throw Error(ErrorKind::invalid_argument,
                fmt::format("ScoreOptions.{} = {}: a weight must lie in 0..900", field, weight.to_string()));
}

void check_band(const QualitativeBand& band, std::string_view field) {
  const Decimal zero;
  const Decimal one = Decimal::from_int(1);
  if (band.low < zero || band.high > one || band.low > band.high)
    throw Error(ErrorKind::invalid_argument, fmt::format("ScoreOptions.qualitative.{}: the band must lie in 0..1", field));
  const Decimal& f = band.default_fraction;
  bool inside = f >= band.low && (band.high_inclusive ? f <= band.high : f < band.high);
  if (!inside)
    throw Error(ErrorKind::invalid_argument,
                fmt::format("ScoreOptions.qualitative.{}.default_fraction {} lies outside its band", field, f.to_string()));
}

// The three indicator parts of scoring.md.
enum class Part { output_and_cost = 0, effect = 1, satisfaction = 2 };
constexpr std::size_t part_count = 3;
constexpr std::array<std::string_view, part_count> part_names{"产出指标+成本指标", "效益指标", "满意度指标"};

std::optional<Part> part_of_level1(std::string_view level1) {
  if (level1 == "产出指标" || level1 == "成本指标") return Part::output_and_cost;
  if (level1 == "效益指标") return Part::effect;
  if (level1 == "满意度指标") return Part::satisfaction;
  return std::nullopt;
}

struct Placement {
  std::optional<Part> part;
  std::string_view level1;  // canonical when known, else as written (views the indicator or the taxonomy)
};

// The part an indicator belongs to: its level-1, else (alias or missing) the
// taxonomy's level-1 of its level-2.
Placement place(const Indicator& indicator) {
  if (auto part = part_of_level1(indicator.level1)) return {part, indicator.level1};
  const Taxonomy& taxonomy = Taxonomy::standard();
  std::string_view level1 = indicator.level1.empty() ? std::string_view() : taxonomy.canonical_level1(indicator.level1);
  if (level1.empty() && !indicator.level2.empty()) level1 = taxonomy.level1_of(indicator.level2);
  if (auto part = part_of_level1(level1)) return {part, level1};
  return {std::nullopt, indicator.level1};
}

Diagnostic make_diagnostic(std::string_view code, Severity severity, std::string message,
                           std::optional<std::size_t> declaration, std::optional<std::size_t> indicator = std::nullopt,
                           std::optional<std::uint32_t> line = std::nullopt) {
  Diagnostic d;
  d.code = std::string(code);
  d.severity = severity;
  d.message = std::move(message);
  d.declaration = declaration;
  d.indicator = indicator;
  d.line = line;
  return d;
}

std::string report_text(const Decimal& value) { return rounded_for_report(value).to_string(); }

// Matches each actual to at most one indicator: by name; an actual that names its
// level2 first (so it cannot lose its row to one that does not), then in order.
void match_indicators(const Declaration& declaration, const ActualDeclaration& actual,
                      std::vector<const ActualIndicator*>& matched, std::vector<const ActualIndicator*>& unmatched) {
  const auto& indicators = declaration.indicators;
  matched.assign(indicators.size(), nullptr);
  auto level2_matches = [](const Indicator& indicator, std::string_view wanted) {
    if (score_detail::same_key(indicator.level2, wanted)) return true;
    if (indicator.label && score_detail::same_key(*indicator.label, wanted)) return true;
    std::string_view canonical = Taxonomy::standard().canonical_level2(wanted);
    return !canonical.empty() && canonical == indicator.level2;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (const ActualIndicator& a : actual.indicators) {
      bool has_level2 = a.level2 && !score_detail::blank(*a.level2);
      if (has_level2 != (pass == 0)) continue;
      // Rows already taken are skipped first (cheap): actuals in the declaration's
      // order find their row after one name comparison.
      bool found = false;
      for (std::size_t i = 0; i < indicators.size() && !found; ++i) {
        if (matched[i] || !score_detail::same_key(indicators[i].name, a.name)) continue;
        if (has_level2 && !level2_matches(indicators[i], *a.level2)) continue;
        matched[i] = &a;
        found = true;
      }
      if (!found) unmatched.push_back(&a);
    }
  }
}

void score_budget(const Declaration& declaration, const ActualDeclaration* actual, const ScoreOptions& options,
                  std::optional<std::size_t> index, DeclarationScore& out) {
  BudgetScore& b = out.budget;
  b.weight = at_scale(options.weights.budget, score_scale);
  b.exact_score = Decimal::from_parts(0, score_scale);
  b.score = rounded_for_report(b.exact_score);
  const Funds& funds = declaration.funds;
  b.rows = {FundsRow{"其中：当年财政拨款", funds.annual_appropriation}, FundsRow{"上年结转资金", funds.annual_carryover},
            FundsRow{"其他资金", funds.annual_other}};
  b.year_start = actual && actual->budget.year_start ? actual->budget.year_start : funds.annual;
  if (actual) {
    b.annual = actual->budget.annual;
    b.executed = actual->budget.executed;
    if (!b.annual && funds.annual) {
      b.annual = funds.annual;
      b.annual_from_declaration = true;
      out.diagnostics.push_back(make_diagnostic(
          score_codes::budget_fallback, Severity::info,
          fmt::format("「{}」未给出全年预算数，按申报表的年度资金申请总额 {} 计", out.project, funds.annual->to_thousands()),
          index));
    }
  }
  if (!b.annual || !b.executed) {
    b.status = ScoreStatus::missing;
    b.reason = !b.executed ? "缺少全年执行数，得 0 分" : "缺少全年预算数，得 0 分";
    out.diagnostics.push_back(make_diagnostic(score_codes::budget_missing, Severity::warning,
                                              fmt::format("「{}」{}", out.project, b.reason), index));
    return;
  }
  if (b.annual->is_negative() || b.executed->is_negative()) {
    b.status = ScoreStatus::error;
    b.reason = fmt::format("错误：金额为负（全年预算数 {}，全年执行数 {}）", b.annual->to_thousands(), b.executed->to_thousands());
    out.diagnostics.push_back(make_diagnostic(score_codes::budget_invalid, Severity::error,
                                              fmt::format("「{}」{}", out.project, b.reason), index));
    return;
  }
  if (b.annual->is_zero()) {
    b.status = ScoreStatus::error;
    b.reason = "错误：全年预算数为 0，无法计算预算执行率";
    out.diagnostics.push_back(make_diagnostic(score_codes::budget_zero, Severity::error,
                                              fmt::format("「{}」{}", out.project, b.reason), index));
    return;
  }
  const Decimal annual = b.annual->yuan();
  const Decimal executed = b.executed->yuan();
  const Decimal one = Decimal::from_int(1);
  for (int scale : {score_scale, 8, 4, 0}) {  // the widest scale the rate fits
    try {
      b.rate = mul_div(executed, one, annual, scale);
      break;
    } catch (const Error&) {
    }
  }
  Decimal percent = mul_div(executed, Decimal::from_int(100), annual, 2);
  if (executed >= annual) {
    b.exact_score = b.weight;
    b.reason = executed > annual ? fmt::format("执行率 {}%，超出预算（按 100% 计）", percent.to_string())
                                 : fmt::format(FMT_COMPILE("执行率 {}%"), percent.to_string());
  } else {
    b.exact_score = mul_div(b.weight, executed, annual, score_scale);
    b.reason = fmt::format(FMT_COMPILE("执行率 {}%"), percent.to_string());
  }
  b.score = rounded_for_report(b.exact_score);
  if (score_detail::compare_product(executed, options.budget_rate_warning, annual) < 0) {
    Decimal threshold = mul_div(options.budget_rate_warning, Decimal::from_int(100), one, 2);
    b.reason = fmt::format("执行率 {}% 低于 {}%，需说明原因", percent.to_string(), rounded_for_report(threshold).to_string());
    out.diagnostics.push_back(make_diagnostic(
        score_codes::budget_low, Severity::warning,
        fmt::format("「{}」预算执行率 {}%（全年执行数 {} / 全年预算数 {}）低于 {}%，需说明原因", out.project,
                    percent.to_string(), b.executed->to_thousands(), b.annual->to_thousands(),
                    rounded_for_report(threshold).to_string()),
        index));
  }
}

}  // namespace

void check_options(const ScoreOptions& options) {
  check_weight(options.weights.budget, "weights.budget");
  check_weight(options.weights.output_and_cost, "weights.output_and_cost");
  check_weight(options.weights.effect, "weights.effect");
  check_weight(options.weights.satisfaction, "weights.satisfaction");
  Decimal sum = options.weights.budget + options.weights.output_and_cost + options.weights.effect +
                options.weights.satisfaction;
  if (sum > max_weight())
    throw Error(ErrorKind::invalid_argument, fmt::format("ScoreOptions.weights sum to {}: at most 900", sum.to_string()));
  check_band(options.qualitative.achieved, "achieved");
  check_band(options.qualitative.partial, "partial");
  check_band(options.qualitative.not_achieved, "not_achieved");
  if (!(options.grades.excellent >= options.grades.good && options.grades.good >= options.grades.pass))
    throw Error(ErrorKind::invalid_argument, "ScoreOptions.grades: excellent ≥ good ≥ pass is required");
  if (options.overshoot_threshold < Decimal::from_int(1))
    throw Error(ErrorKind::invalid_argument, "ScoreOptions.overshoot_threshold must be at least 1");
  if (options.budget_rate_warning.is_negative())
    throw Error(ErrorKind::invalid_argument, "ScoreOptions.budget_rate_warning must not be negative");
}

namespace {

// Working storage of score_declaration, reused across the declarations of one
// score() call so a large document does not allocate it again and again.
struct Scratch {
  std::vector<const ActualIndicator*> matched;
  std::vector<const ActualIndicator*> unmatched;
  std::vector<Placement> placements;
  std::vector<std::optional<Decimal>> given;
};

DeclarationScore score_one(const Declaration& declaration, const ActualDeclaration* actual, const ScoreOptions& options,
                           std::optional<std::size_t> index, Scratch& scratch) {
  DeclarationScore out;
  out.declaration = index;
  out.project = declaration.project.name.value_or(actual ? actual->project : std::string());
  out.grade_scheme = options.grade_scheme;
  out.goal = declaration.goals.annual;
  if (actual && actual->achieved) out.achieved = actual->achieved;
  else if (declaration.selfeval) out.achieved = declaration.selfeval->achieved;
  if (!actual)
    out.diagnostics.push_back(make_diagnostic(score_codes::declaration_missing, Severity::warning,
                                              fmt::format("「{}」没有实际完成情况，全部得 0 分", out.project), index));

  const auto& indicators = declaration.indicators;
  std::vector<const ActualIndicator*>& unmatched = scratch.unmatched;
  std::vector<const ActualIndicator*>& matched = scratch.matched;
  unmatched.clear();
  if (actual) match_indicators(declaration, *actual, matched, unmatched);
  else matched.assign(indicators.size(), nullptr);

  // ---- weights ----
  std::vector<Placement>& placements = scratch.placements;
  placements.assign(indicators.size(), Placement{});
  std::vector<std::optional<Decimal>>& given = scratch.given;
  given.assign(indicators.size(), std::nullopt);
  std::array<std::size_t, part_count> count{};
  std::array<std::size_t, part_count> free_count{};
  std::array<Decimal, part_count> given_sum{};
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    placements[i] = place(indicators[i]);
    if (!placements[i].part) {
      out.diagnostics.push_back(make_diagnostic(
          score_codes::level1_unknown, Severity::error,
          fmt::format("「{}」的一级指标「{}」/二级指标「{}」不在指标体系内，无法确定权重，得 0 分", indicators[i].name,
                      indicators[i].level1, indicators[i].level2),
          index, i, indicators[i].line));
      continue;
    }
    auto p = static_cast<std::size_t>(*placements[i].part);
    ++count[p];
    // The weight as published (the declaration's 分值), else the actual's.
    const std::optional<Decimal>& stated = indicators[i].weight ? indicators[i].weight
                                           : matched[i]        ? matched[i]->weight
                                                               : indicators[i].weight;
    if (stated) {
      const Decimal& w = *stated;
      if (w.is_negative() || w > max_weight()) {
        out.diagnostics.push_back(make_diagnostic(
            score_codes::weight_invalid, Severity::error,
            fmt::format("「{}」的分值 {} 不在 0–900 之内，按平均分配", indicators[i].name, w.to_string()), index, i,
            indicators[i].line));
      } else {
        given[i] = at_scale(w, score_scale);
        given_sum[p] = add(given_sum[p], w, score_scale);
        continue;
      }
    }
    ++free_count[p];
  }

  const std::array<Decimal, part_count> base{options.weights.output_and_cost, options.weights.effect,
                                             options.weights.satisfaction};
  std::array<Decimal, part_count> part_weight{};
  Decimal all_parts, filled_parts;
  for (std::size_t p = 0; p < part_count; ++p) {
    all_parts = all_parts + base[p];
    if (count[p] > 0) filled_parts = filled_parts + base[p];
  }
  // Every weight given (a published 自评表): used as given, and their sum with the
  // budget's must be the whole (100): level-1 weights may be adjusted (10号).
  std::size_t placed = 0, free_total = 0;
  Decimal given_total;
  for (std::size_t p = 0; p < part_count; ++p) {
    placed += count[p];
    free_total += free_count[p];
    given_total = given_total + given_sum[p];
  }
  const bool all_given = placed > 0 && free_total == 0;
  if (all_given) {
    const Decimal whole = all_parts + options.weights.budget;
    const Decimal sum = given_total + options.weights.budget;
    if (sum != whole)
      out.diagnostics.push_back(make_diagnostic(
          score_codes::weight_sum, Severity::warning,
          fmt::format("「{}」分值合计 {}（指标 {} + 预算执行率 {}），不等于 {}", out.project, report_text(sum),
                      report_text(given_total), report_text(options.weights.budget), report_text(whole)),
          index));
  }
  bool redistribute = !all_given && filled_parts != all_parts && !filled_parts.is_zero();
  for (std::size_t p = 0; p < part_count; ++p) {
    if (count[p] == 0) continue;
    // An empty part's weight goes to the others in proportion: W_p × all / filled.
    part_weight[p] = redistribute ? mul_div(base[p], all_parts, filled_parts, score_scale) : at_scale(base[p], score_scale);
  }
  if (redistribute) {
    std::string empties, shares;
    for (std::size_t p = 0; p < part_count; ++p) {
      if (count[p] == 0) {
        empties += fmt::format("{}「{}」(权重 {})", empties.empty() ? "" : "、", part_names[p], base[p].to_string());
      } else {
        shares += fmt::format("{}{} {}", shares.empty() ? "" : "，", part_names[p], report_text(part_weight[p]));
      }
    }
    out.diagnostics.push_back(make_diagnostic(score_codes::weight_redistributed, Severity::info,
                                              fmt::format("「{}」{}没有指标，其权重按比例分给其他部分：{}", out.project,
                                                          empties, shares),
                                              index));
  }

  std::array<Decimal, part_count> share{};
  for (std::size_t p = 0; p < part_count; ++p) {
    if (count[p] == 0) continue;
    Decimal remainder = part_weight[p] - given_sum[p];
    if (all_given) continue;
    if (free_count[p] == 0) {
      if (given_sum[p] != part_weight[p])
        out.diagnostics.push_back(make_diagnostic(
            score_codes::weight_sum, Severity::warning,
            fmt::format("「{}」{}的分值合计 {}，不等于该部分权重 {}", out.project, part_names[p],
                        report_text(given_sum[p]), report_text(part_weight[p])),
            index));
      continue;
    }
    if (remainder.is_negative()) {
      out.diagnostics.push_back(make_diagnostic(
          score_codes::weight_sum, Severity::error,
          fmt::format("「{}」{}的给定分值合计 {} 超过该部分权重 {}，其余 {} 个指标分值为 0", out.project, part_names[p],
                      report_text(given_sum[p]), report_text(part_weight[p]), free_count[p]),
          index));
      share[p] = Decimal::from_parts(0, score_scale);
      continue;
    }
    share[p] = mul_div(remainder, Decimal::from_int(1), Decimal::from_int(static_cast<std::int64_t>(free_count[p])),
                       score_scale);
  }

  // ---- indicators ----
  out.indicators.resize(indicators.size());
  Decimal total = Decimal::from_parts(0, 2);
  Decimal exact_total = Decimal::from_parts(0, score_scale);
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const Indicator& indicator = indicators[i];
    IndicatorScore& s = out.indicators[i];
    s.indicator = i;
    s.level1 = std::string(placements[i].level1);
    s.level2 = indicator.level2;
    s.name = indicator.name;
    s.target = indicator.target.raw;
    s.exact_score = Decimal::from_parts(0, score_scale);
    s.score = rounded_for_report(s.exact_score);
    if (!placements[i].part) {
      s.weight = Decimal::from_parts(0, score_scale);
      s.status = ScoreStatus::error;
      s.reason = "错误：一级指标未知，无法确定权重";
      continue;
    }
    auto p = static_cast<std::size_t>(*placements[i].part);
    s.weight = given[i] ? *given[i] : share[p];
    const ActualIndicator* a = matched[i];
    if (!a) {
      s.status = ScoreStatus::missing;
      s.reason = "缺少实际完成值，得 0 分";
      if (actual)  // a whole declaration without actuals is one diagnostic, above
        out.diagnostics.push_back(make_diagnostic(score_codes::actual_missing, Severity::warning,
                                                  fmt::format(FMT_COMPILE("「{}」没有实际完成值，得 0 分"), indicator.name), index, i,
                                                  indicator.line));
      continue;
    }
    s.actual = score_detail::display_actual(*a);
    s.stated_reason = a->reason && !score_detail::blank(*a->reason) ? a->reason : std::nullopt;
    // An adjusted 年度指标值 is scored; the declared one is shown as 年初指标值.
    Target adjusted;
    const Target* target = &indicator.target;
    if (a->target && !score_detail::blank(*a->target) && !score_detail::same_key(*a->target, indicator.target.raw)) {
      adjusted = parse_target(*a->target);
      target = &adjusted;
      s.target = adjusted.raw;
      s.year_start_target = indicator.target.raw;
    }
    score_detail::RuleOutcome o = score_detail::apply_rules(*target, *a, s.weight, options);
    s.status = o.status;
    s.met = o.met;
    s.exact_score = o.score;
    s.reason = std::move(o.reason);
    s.overshoot = o.overshoot;
    s.graded = o.graded;
    if (o.status == ScoreStatus::error)
      out.diagnostics.push_back(make_diagnostic(o.error_code, Severity::error,
                                                fmt::format("「{}」{}", indicator.name, s.reason), index, i,
                                                indicator.line));
    if (a->deduction) {
      const Decimal& d = *a->deduction;
      if (!o.overshoot || d.is_negative() || d > s.weight) {
        out.diagnostics.push_back(make_diagnostic(
            score_codes::deduction_invalid, Severity::error,
            fmt::format("「{}」的调减分值 {} {}，未采用", indicator.name, d.to_string(),
                        o.overshoot ? "不在 0 与分值之间" : "只适用于超额完成的指标"),
            index, i, indicator.line));
      } else {
        s.deduction = d;
        s.exact_score = at_scale(s.weight - d, score_scale);
        s.reason += fmt::format("；按偏离度调减 {} 分", d.to_string());
      }
    }
    if (o.overshoot)
      out.diagnostics.push_back(make_diagnostic(score_codes::overshoot, Severity::warning,
                                                fmt::format(FMT_COMPILE("「{}」{}，需说明原因"), indicator.name, s.reason), index, i,
                                                indicator.line));
    s.score = rounded_for_report(s.exact_score);
    if (s.status == ScoreStatus::scored && (s.exact_score < s.weight || s.overshoot) && !s.stated_reason)
      out.diagnostics.push_back(make_diagnostic(
          score_codes::reason_missing, Severity::warning,
          fmt::format(FMT_COMPILE("「{}」{}，未填写偏差原因"), indicator.name,
                      s.overshoot ? std::string("超额完成")
                                  : fmt::format(FMT_COMPILE("得分 {} 低于分值 {}"), s.score.to_string(), report_text(s.weight))),
          index, i, indicator.line));
  }
  for (const IndicatorScore& s : out.indicators) {
    total = total + s.score;
    exact_total = exact_total + s.exact_score;
  }
  for (const ActualIndicator* a : unmatched) {
    std::string where = a->level2 ? fmt::format("（二级指标「{}」）", *a->level2) : std::string();
    out.diagnostics.push_back(make_diagnostic(
        score_codes::actual_unmatched, Severity::warning,
        fmt::format("实际完成值「{}」{}对应不到「{}」的任何指标（或已重复给出），未计分", a->name, where, out.project),
        index));
  }

  // ---- level-1 subtotals, in order of first appearance ----
  out.level1.reserve(4);
  for (const IndicatorScore& s : out.indicators) {
    auto it = std::find_if(out.level1.begin(), out.level1.end(), [&](const Level1Score& l) { return l.level1 == s.level1; });
    if (it == out.level1.end()) {
      out.level1.push_back(Level1Score{s.level1, Decimal::from_parts(0, score_scale), Decimal::from_parts(0, 2)});
      it = std::prev(out.level1.end());
    }
    it->weight = it->weight + s.weight;
    it->score = it->score + s.score;
  }

  score_budget(declaration, actual, options, index, out);
  out.total = out.budget.score + total;  // the printed figures: the 自评表 adds up
  out.exact_total = out.budget.exact_score + exact_total;
  out.grade = grade_of(out.total, options.grades);
  return out;
}

}  // namespace

DeclarationScore score_declaration(const Declaration& declaration, const ActualDeclaration* actual,
                                   const ScoreOptions& options, std::optional<std::size_t> index) {
  check_options(options);
  Scratch scratch;
  return score_one(declaration, actual, options, index, scratch);
}

ScoreReport score(const Document& document, const Actuals& actuals, const ScoreOptions& options) {
  check_options(options);
  ScoreReport report;
  // Project name → actual declarations in order (a repeated name is matched in
  // order). Keyed by views of the actuals' names, compared as matching keys: no
  // key is built.
  struct KeyHash {
    std::size_t operator()(std::string_view text) const noexcept { return score_detail::key_hash(text); }
  };
  struct SameKey {
    bool operator()(std::string_view a, std::string_view b) const noexcept { return score_detail::same_key(a, b); }
  };
  struct Candidates {
    std::vector<std::size_t> actuals;  // indices in Actuals::declarations
    std::size_t next = 0;              // the first not yet taken
  };
  std::unordered_map<std::string_view, Candidates, KeyHash, SameKey> by_name;
  by_name.reserve(actuals.declarations.size());
  for (std::size_t i = 0; i < actuals.declarations.size(); ++i)
    by_name[actuals.declarations[i].project].actuals.push_back(i);
  std::vector<bool> used(actuals.declarations.size(), false);
  Scratch scratch;
  report.declarations.reserve(document.declarations.size());
  for (std::size_t d = 0; d < document.declarations.size(); ++d) {
    const Declaration& declaration = document.declarations[d];
    const ActualDeclaration* actual = nullptr;
    if (declaration.project.name) {
      auto it = by_name.find(*declaration.project.name);
      if (it != by_name.end() && it->second.next < it->second.actuals.size()) {
        std::size_t i = it->second.actuals[it->second.next++];
        used[i] = true;
        actual = &actuals.declarations[i];
      }
    }
    report.declarations.push_back(score_one(declaration, actual, options, d, scratch));
  }
  for (std::size_t i = 0; i < actuals.declarations.size(); ++i) {
    if (used[i]) continue;
    report.diagnostics.push_back(make_diagnostic(
        score_codes::declaration_unmatched, Severity::warning,
        fmt::format("实际完成情况「{}」对应不到任何申报项目（或已重复给出），未计分", actuals.declarations[i].project),
        std::nullopt));
  }
  return report;
}

bool ScoreReport::has_errors() const noexcept {
  auto any_error = [](const std::vector<Diagnostic>& list) {
    for (const Diagnostic& d : list)
      if (d.severity == Severity::error) return true;
    return false;
  };
  if (any_error(diagnostics)) return true;
  for (const DeclarationScore& d : declarations)
    if (any_error(d.diagnostics)) return true;
  return false;
}

JIXIAO_END_NAMESPACE
