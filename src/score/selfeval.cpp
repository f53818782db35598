// SPDX-License-Identifier: Apache-2.0
// Published self-evaluations: scoring, checking and the 决算 summary (selfeval.hpp).
#include "jixiao/selfeval.hpp"

#include <string>
#include <string_view>

#include <fmt/core.h>

#include "score/exact.hpp"
#include "score/rules.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// A figure as printed ("8.62", "86.19%", "10分", "20万元"): the number, without its sign of unit.
std::optional<Decimal> printed_figure(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  std::string_view t = *text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  for (std::string_view suffix : {"%", "％", "分", "万元", "元"})
    if (t.ends_with(suffix)) {
      t.remove_suffix(suffix.size());
      break;
    }
  return Decimal::try_parse(t);
}

std::optional<Money> printed_amount(const std::optional<std::string>& text, const Declaration& declaration) {
  auto value = printed_figure(text);
  if (!value) return std::nullopt;
  try {
    if (declaration.funds.unit && *declaration.funds.unit == "万元") return Money::from_wan(*value, Rounding::half_up);
    return Money::from_yuan(*value, Rounding::half_up);
  } catch (const Error&) {
    return std::nullopt;
  }
}

Diagnostic deviation(std::string_view code, std::string message, std::optional<std::size_t> declaration,
                     std::optional<std::size_t> indicator = std::nullopt, std::optional<std::uint32_t> line = std::nullopt) {
  Diagnostic d;
  d.code = std::string(code);
  d.severity = Severity::warning;
  d.message = std::move(message);
  d.declaration = declaration;
  d.indicator = indicator;
  d.line = line;
  return d;
}

const Decimal& tolerance() {
  static const Decimal value = Decimal::from_parts(1, 2);
  return value;
}

bool agrees(const Decimal& a, const Decimal& b) {
  Decimal d = a - b;
  if (d.is_negative()) d = -d;
  return d <= tolerance();
}

std::string two(const Decimal& value) { return rounded_for_report(value).to_string(); }

}  // namespace

ActualDeclaration actuals_from_selfeval(const Declaration& declaration) {
  ActualDeclaration a;
  a.project = declaration.project.name.value_or("");
  for (const Indicator& indicator : declaration.indicators) {
    if (!indicator.actual) continue;
    ActualIndicator row;
    row.name = indicator.name;
    if (!indicator.level2.empty()) row.level2 = indicator.level2;
    row.value = *indicator.actual;
    row.weight = indicator.weight;
    row.reason = indicator.reason;
    a.indicators.push_back(std::move(row));
  }
  if (declaration.selfeval) {
    const BudgetExecution& b = declaration.selfeval->budget;
    a.budget.year_start = printed_amount(b.year_start, declaration);
    a.budget.annual = printed_amount(b.annual, declaration);
    a.budget.executed = printed_amount(b.executed, declaration);
    a.achieved = declaration.selfeval->achieved;
  }
  return a;
}

ScoreReport score_published(const Document& document, const ScoreOptions& options) {
  check_options(options);
  ScoreReport report;
  for (std::size_t i = 0; i < document.declarations.size(); ++i) {
    const ActualDeclaration a = actuals_from_selfeval(document.declarations[i]);
    report.declarations.push_back(score_declaration(document.declarations[i], &a, options, i));
  }
  return report;
}

std::vector<Diagnostic> check_selfeval(const Declaration& declaration, std::optional<std::size_t> index,
                                       const ScoreOptions& options) {
  std::vector<Diagnostic> out;
  const std::string project = declaration.project.name.value_or("（未命名项目）");
  const SelfEvaluation none;
  const SelfEvaluation& published = declaration.selfeval ? *declaration.selfeval : none;
  const Decimal budget_weight = printed_figure(published.budget.weight).value_or(options.weights.budget);

  // Weights: Σ rows + budget = the whole (100).
  Decimal weights;
  bool all_weights = !declaration.indicators.empty();
  for (const Indicator& indicator : declaration.indicators) {
    if (indicator.weight) weights = weights + *indicator.weight;
    else all_weights = false;
  }
  const Decimal whole = options.weights.budget + options.weights.output_and_cost + options.weights.effect +
                        options.weights.satisfaction;
  if (all_weights && weights + budget_weight != whole)
    out.push_back(deviation(selfeval_codes::weight_sum,
                            fmt::format("「{}」分值合计 {}（指标 {} + 预算执行率 {}），应为 {}", project,
                                        (weights + budget_weight).to_string(), weights.to_string(),
                                        budget_weight.to_string(), whole.to_string()),
                            index));

  // 总分 = Σ row 得分 + budget 得分, as printed.
  const std::optional<Decimal> budget_score = printed_figure(published.budget.score);
  if (auto total = printed_figure(published.total)) {
    Decimal sum = budget_score.value_or(Decimal());
    bool all_scores = true;
    for (const Indicator& indicator : declaration.indicators) {
      if (indicator.score) sum = sum + *indicator.score;
      else all_scores = false;
    }
    if (all_scores && !agrees(*total, sum))
      out.push_back(deviation(selfeval_codes::total_sum,
                              fmt::format("「{}」总分 {} 不等于各行得分之和 {}（预算执行率 {} + 指标 {}）", project,
                                          total->to_string(), sum.to_string(), budget_score.value_or(Decimal()).to_string(),
                                          (sum - budget_score.value_or(Decimal())).to_string()),
                              index));
  }

  // The budget's 得分 = 分值 × min(执行率, 1).
  if (budget_score) {
    auto annual = printed_figure(published.budget.annual);
    auto executed = printed_figure(published.budget.executed);
    if (annual && executed) {
      if (annual->is_zero()) {
        if (!budget_score->is_zero() || !executed->is_zero())
          out.push_back(deviation(selfeval_codes::budget_score,
                                  fmt::format("「{}」全年预算数为 0，执行率无从计算，得分 {} 无据", project,
                                              budget_score->to_string()),
                                  index));
      } else {
        Decimal expected = *executed >= *annual ? budget_weight
                                                : score_detail::mul_div(budget_weight, *executed, *annual, score_scale);
        if (!agrees(*budget_score, rounded_for_report(expected)))
          out.push_back(deviation(
              selfeval_codes::budget_score,
              fmt::format("「{}」预算执行得分 {} 与执行率不符：{} × min({} / {}, 1) = {}", project, budget_score->to_string(),
                          budget_weight.to_string(), executed->to_string(), annual->to_string(), two(expected)),
              index));
      }
    }
  }

  // Each row: the score its actual allows, and a reason for a shortfall.
  const ActualDeclaration actuals = actuals_from_selfeval(declaration);
  const DeclarationScore rescored = score_declaration(declaration, &actuals, options, index);
  for (std::size_t i = 0; i < declaration.indicators.size(); ++i) {
    const Indicator& indicator = declaration.indicators[i];
    if (!indicator.score) continue;
    const Decimal& given = *indicator.score;
    const IndicatorScore& s = rescored.indicators[i];
    const Decimal weight = indicator.weight.value_or(s.weight);
    auto rule = [&](std::string allowed) {
      out.push_back(deviation(selfeval_codes::score_rule,
                              fmt::format("「{}」得分 {}（分值 {}，实际完成值「{}」）不符合评分规则：{}", indicator.name,
                                          given.to_string(), two(weight), indicator.actual.value_or(""), allowed),
                              index, i, indicator.line));
    };
    if (given.is_negative() || given > weight) {
      rule(fmt::format("得分应在 0 至分值 {} 之间", two(weight)));
    } else if (s.status == ScoreStatus::scored && s.graded) {
      // The band of the grade its actual names.
      Grade grade = s.met ? Grade::achieved : Grade::not_achieved;
      if (auto read = read_actual(indicator.target, indicator.actual.value_or("")))
        if (const auto* g = std::get_if<ActualGrade>(&*read)) grade = g->grade;
      const QualitativeBand& band = score_detail::band_of(grade, options);
      const Decimal low = rounded_for_report(weight * band.low), high = rounded_for_report(weight * band.high);
      const bool inside = given >= low - tolerance() && (band.high_inclusive ? given <= high + tolerance() : given < high);
      if (!inside)
        rule(fmt::format("「{}」的得分区间为 [{}, {}{}", to_string(grade), low.to_string(), high.to_string(),
                         band.high_inclusive ? "]" : ")"));
    } else if (s.status == ScoreStatus::scored && s.overshoot) {
      // Overshot: full marks, or an evaluator's deduction (10号: 按偏离度适度调减).
    } else if (s.status == ScoreStatus::scored) {
      if (!agrees(given, s.score)) rule(fmt::format("应得 {}（{}）", s.score.to_string(), s.reason));
    } else if (s.status == ScoreStatus::error) {
      rule(fmt::format("实际完成值无法评分（{}）", s.reason));
    }
    if (given < weight && (!indicator.reason || score_detail::blank(*indicator.reason)))
      out.push_back(deviation(selfeval_codes::reason_missing,
                              fmt::format("「{}」得分 {} 低于分值 {}，未说明偏差原因", indicator.name,
                                          given.to_string(), two(weight)),
                              index, i, indicator.line));
  }
  return out;
}

std::vector<Diagnostic> check_selfeval(const Document& document, const ScoreOptions& options) {
  std::vector<Diagnostic> out;
  for (std::size_t i = 0; i < document.declarations.size(); ++i) {
    auto list = check_selfeval(document.declarations[i], i, options);
    out.insert(out.end(), list.begin(), list.end());
  }
  return out;
}

SelfEvalSummary summarize(const std::vector<ScoreReport>& reports) {
  SelfEvalSummary s;
  s.budget_wan = Decimal::from_parts(0, 6);
  Decimal totals;
  for (const ScoreReport& r : reports) {
    for (const DeclarationScore& d : r.declarations) {
      ++s.projects;
      s.grade_scheme = d.grade_scheme;
      if (d.budget.annual) s.budget_wan = s.budget_wan + d.budget.annual->wan();
      totals = totals + d.total;
      switch (d.grade) {
        case ScoreGrade::excellent: ++s.excellent; break;
        case ScoreGrade::good: ++s.good; break;
        case ScoreGrade::pass: ++s.pass; break;
        case ScoreGrade::fail: ++s.fail; break;
      }
    }
  }
  if (s.projects > 0)
    s.average = totals.divide(Decimal::from_int(static_cast<std::int64_t>(s.projects)), 2, Rounding::half_up);
  return s;
}

JIXIAO_END_NAMESPACE
