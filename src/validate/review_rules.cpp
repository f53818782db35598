// SPDX-License-Identifier: Apache-2.0
// The review rules of validation.md's 2026-12 additions (policy.md gaps 1–5, 8b):
// placeholders, missing units, dates past the project, costs against the funds,
// and the declaration's overall review grade.
#include <string>

#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "validate/names.hpp"
#include "validate/rule.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

bool is_cost_row(const IndicatorFacts& f) { return f.level1_group == Level1::cost || f.pre2021_cost; }

// A name that is nothing but a placeholder (`-`, `*`, `/`), or one of the profile's.
// Not through parse_target: that cost 40% of validation (a string and a grammar run per name).
bool placeholder_text(std::string_view text, const ValidateOptions& options) {
  text = trim(text);
  if (text.empty()) return false;
  for (const std::string& p : options.placeholders)
    if (text == p) return true;
  return is_placeholder_text(text);
}

// The unit a reviewer reads into the name: `巡查次数（次）`, `培训人数(人)`.
bool name_states_unit(std::string_view name) {
  name = trim(name);
  return name.ends_with(")") || name.ends_with("）");
}

// An amount in 元 or 万元 as exact Money; nullopt for another unit or an amount
// finer than a 分 (then it is no budget figure to compare).
std::optional<Money> amount_in_money(const Decimal& value, std::string_view unit) {
  try {
    if (unit == "元") return Money::from_yuan(value);
    if (unit == "万元") return Money::from_wan(value);
  } catch (const Error&) {
  }
  return std::nullopt;
}

// The last day a period end ("YYYY-MM" or "YYYY-MM-DD") names.
std::optional<Date> period_end_day(const std::string& end) {
  if (auto d = Date::parse(end)) return d;
  if (end.size() == 7 && end[4] == '-') {
    if (auto d = Date::parse(end + "-01")) return Date{d->year, d->month, Date::days_in_month(d->year, d->month)};
  }
  return std::nullopt;
}

}  // namespace

void check_target_placeholder(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  const ValidateOptions& options = findings.options();
  const Severity rule_severity = findings.severity();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    const Target& t = indicator.target;
    std::string_view term;
    if (const auto* p = std::get_if<PlaceholderTarget>(&t.value)) term = p->term;
    else if (const auto* q = std::get_if<QualitativeTarget>(&t.value); q && placeholder_text(q->term, options))
      term = q->term;
    if (!term.empty()) {
      // 不适用 may be a deliberate answer: at most a warning.
      findings.set_severity(term == "不适用" && rule_severity == Severity::error ? Severity::warning : rule_severity);
      findings.about_indicator(i, fmt::format("三级指标「{}」的指标值「{}」是未填写的占位符", indicator.name, term));
      findings.set_severity(rule_severity);
    }
    if (placeholder_text(indicator.name, options))
      findings.about_indicator(i, fmt::format("三级指标名称「{}」是未填写的占位符（指标值「{}」）", indicator.name, t.raw));
  }
}

void check_unit_missing(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (f.compare) {
      if (!f.compare->unit.empty() || (f.compare->op == CompareOp::eq && f.compare->value.is_zero())) continue;
    } else if (f.range) {
      if (!f.range->unit.empty()) continue;
    } else {
      continue;
    }
    const Indicator& indicator = d.indicators[i];
    if (name_states_unit(indicator.name)) continue;
    findings.about_indicator(i, fmt::format("三级指标「{}」的指标值「{}」没有计量单位", indicator.name, indicator.target.raw));
  }
}

void check_target_after_end(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  const std::optional<Date>& end = d.project.end_date;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].kind != TargetKind::deadline && facts[i].kind != TargetKind::period) continue;
    const Indicator& indicator = d.indicators[i];
    std::optional<Date> due;
    if (const auto* dl = std::get_if<DeadlineTarget>(&indicator.target.value)) {
      if (dl->has_year()) due = dl->date;
    } else {
      due = period_end_day(std::get<PeriodTarget>(indicator.target.value).end);
    }
    if (!due) continue;  // recurring, or no year to resolve it with
    if (end && *due > *end) {
      findings.about_indicator(i, fmt::format("三级指标「{}」要求 {} 前完成，晚于计划完成日期 {}", indicator.name,
                                              due->to_iso(), end->to_iso()));
    } else if (d.year && due->year < *d.year) {
      findings.about_indicator(i, fmt::format("三级指标「{}」要求 {} 前完成，早于 {} 预算年度", indicator.name,
                                              due->to_iso(), *d.year));
    }
  }
}

void check_cost_exceeds_funds(const Declaration& d, Findings& findings) {
  const std::optional<Money>& annual = d.funds.annual;
  const std::optional<Money>& limit = annual ? annual : d.funds.total;
  if (!limit) return;  // FUNDS_MISSING's finding
  const std::string_view limit_name = annual ? "年度资金申请总额" : "项目资金总额";
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if ((!f.compare && !f.range) || !is_cost_row(f)) continue;
    const Decimal& value = f.compare ? f.compare->value : f.range->high;
    const std::string& unit = f.compare ? f.compare->unit : f.range->unit;
    const auto amount = amount_in_money(value, unit);
    if (!amount || *amount <= *limit) continue;
    const Indicator& indicator = d.indicators[i];
    const std::string_view op = f.compare ? symbol(f.compare->op) : "≤";
    const std::string as_written = unit == "元" ? "" : fmt::format("（指标值「{}」）", indicator.target.raw);
    findings.about_indicator(i, fmt::format("成本指标「{}」{}{}元{} 超过{} {}元", indicator.name, op,
                                            amount->to_thousands(), as_written, limit_name, limit->to_thousands()));
  }
}

void check_cost_unit(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (!is_cost_row(f) || f.kind == TargetKind::invalid || f.kind == TargetKind::placeholder) continue;
    if (f.compare || f.range) {
      const std::string& unit = f.compare ? f.compare->unit : f.range->unit;
      if (unit == "%" || unit.find("元") != std::string::npos) continue;
    }
    const Indicator& indicator = d.indicators[i];
    findings.about_indicator(i, fmt::format("成本指标「{}」的指标值「{}」不是金额（元、万元）或比率（%）", indicator.name,
                                            indicator.target.raw));
  }
}

void check_cost_missing(const Declaration&, Findings& findings) {
  for (const IndicatorFacts& f : findings.facts())
    if (is_cost_row(f)) return;
  findings.about_declaration("申报表没有成本指标（上海市 2025 年指引：原则上每一项目均应设置成本指标）");
}

// 88号 grades the review 优/良/中/差 and sends a weak result back; a 差 result is not
// funded. Read mechanically from the findings: an error is a defect an 一体化
// system refuses to save, a warning one a reviewer would send back.
//   优: no error, no warning;  良: no error, 1–2 warnings;
//   中: no error and 3 or more warnings, or exactly 1 error;  差: 2 errors or more.
void check_review_grade(const Declaration&, Findings& findings) {
  const auto c = findings.counts();
  const std::string_view grade = c.errors >= 2                    ? "差"
                                 : c.errors == 1 || c.warnings >= 3 ? "中"
                                 : c.warnings >= 1                  ? "良"
                                                                    : "优";
  findings.about_declaration(fmt::format("审核等级：{}（错误 {} 项，警告 {} 项，提示 {} 项）", grade, c.errors,
                                         c.warnings, c.infos));
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
