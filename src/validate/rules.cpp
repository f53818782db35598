// SPDX-License-Identifier: Apache-2.0
// The rule catalogue (validation.md, in its order), ValidateOptions, and the engine
// that runs the table over a document.
#include <array>
#include <string>

#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "jixiao/validate.hpp"
#include "validate/names.hpp"
#include "validate/rule.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {

using enum Severity;

constexpr std::array<Rule, 28> kRules{{
    {{"FUNDS_TOTAL_SUM", error, "项目资金总额 = 财政资金 + 其他资金（左栏）"}, check_funds_total_sum},
    {{"FUNDS_ANNUAL_SUM", error, "年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金（右栏）"},
     check_funds_annual_sum},
    {{"FUNDS_ANNUAL_EXCEEDS_TOTAL", error, "年度资金申请总额不超过项目资金总额"}, check_funds_annual_exceeds_total},
    {{"FUNDS_SINGLE_YEAR", warning, "项目期在预算年度之内的项目，年度资金申请总额等于项目资金总额"},
     check_funds_single_year},
    {{"FUNDS_NEGATIVE", error, "资金数额不为负数"}, check_funds_negative},
    {{"FUNDS_MISSING", error, "七项资金数额齐全且可读"}, check_funds_missing},
    {{"DATES_ORDER", error, "计划开始日期不晚于计划完成日期"}, check_dates_order},
    {{"DATES_YEAR", warning, "预算年度在项目期之内"}, check_dates_year},
    {{"FIELD_MISSING", error, "项目名称、主管部门、实施单位、计划开始日期、计划完成日期齐全"}, check_field_missing},
    {{"GOALS_MISSING", warning, "项目总目标和年度总体目标齐全且非空"}, check_goals_missing},
    {{"TAXONOMY_UNKNOWN", warning, "一级、二级指标名称在指标体系之内（含别名）"}, check_taxonomy_unknown},
    {{"TAXONOMY_MISMATCH", error, "二级指标归在其所属的一级指标之下"}, check_taxonomy_mismatch},
    {{"LEVEL1_MISSING", warning, "有产出、效益、满意度指标；2021 年指标体系下还有成本指标"}, check_level1_missing},
    {{"LEVEL2_EMPTY_OUTPUT", warning, "产出指标至少有一项数量指标，以及一项质量或时效指标"}, check_level2_empty_output},
    {{"INDICATOR_DUPLICATE", warning, "同一申报表内三级指标名称不重复"}, check_indicator_duplicate},
    {{"TARGET_INVALID", error, "指标值可以解析"}, check_target_invalid},
    {{"TARGET_VAGUE", info, "名称要求数值（…率、…数、…次数）的指标不只给定性描述"}, check_target_vague},
    {{"PERCENT_RANGE", warning, "名称以“率”结尾、单位为 % 的指标值在 0–100 之间"}, check_percent_range},
    {{"SATISFACTION_LOW", warning, "满意度指标值不低于下限（shanghai：≥90%）"}, check_satisfaction_low},
    {{"COST_DIRECTION", warning, "成本指标设上限（≤、<），不设下限（≥、>）"}, check_cost_direction},
    {{"CATEGORY_MISPLACED", info, "名称读作另一个二级指标的三级指标（如成本填在时效下、数量填在成本下）"},
     check_category_misplaced},
    {{"TARGET_PLACEHOLDER", error, "指标值和指标名称不是占位符（*、/、—、XX、待定、无；不适用为警告）"},
     check_target_placeholder},
    {{"UNIT_MISSING", warning, "数值指标值有计量单位（名称已注明单位或 =0 的除外）"}, check_unit_missing},
    {{"TARGET_AFTER_END", warning, "时限、期间指标不晚于计划完成日期，也不早于预算年度"}, check_target_after_end},
    {{"COST_EXCEEDS_FUNDS", warning, "金额成本指标（元、万元，精确换算）不超过年度资金申请总额"},
     check_cost_exceeds_funds},
    {{"COST_UNIT", info, "成本指标的指标值是金额或比率"}, check_cost_unit},
    {{"COST_MISSING", warning, "申报表至少有一项成本指标（上海 2025）"}, check_cost_missing},
    {{"REVIEW_GRADE", info, "每张申报表的审核等级（优、良、中、差），依据错误与警告的项数（88号）"}, check_review_grade},
}};

// The catalogue as RuleInfo, for the public span.
constexpr std::array<RuleInfo, kRules.size()> make_infos() {
  std::array<RuleInfo, kRules.size()> infos{};
  for (std::size_t i = 0; i < kRules.size(); ++i) infos[i] = kRules[i].info;
  return infos;
}
constexpr std::array<RuleInfo, kRules.size()> kInfos = make_infos();

namespace {

const RuleInfo& require_rule(std::string_view code) {
  if (const RuleInfo* rule = find_validation_rule(code)) return *rule;
  throw Error(ErrorKind::invalid_argument,
              fmt::format("unknown validation rule code '{}' (jixiao validate --help lists the codes)", code),
              Error::no_offset, 0, "a rule code such as FUNDS_TOTAL_SUM");
}

}  // namespace

std::span<const Rule> rule_table() noexcept { return kRules; }

void Findings::about_declaration(std::string message) {
  Diagnostic d;
  d.code = std::string(code_);
  d.severity = severity_;
  d.message = std::move(message);
  d.declaration = declaration_index_;
  if (declaration_.source) d.line = declaration_.source->first_line;
  out_.push_back(std::move(d));
}

void Findings::about_indicator(std::size_t indicator_index, std::string message) {
  Diagnostic d;
  d.code = std::string(code_);
  d.severity = severity_;
  d.message = std::move(message);
  d.declaration = declaration_index_;
  d.indicator = indicator_index;
  const Indicator& indicator = declaration_.indicators[indicator_index];
  if (indicator.line) d.line = indicator.line;
  else if (declaration_.source) d.line = declaration_.source->first_line;
  out_.push_back(std::move(d));
}

}  // namespace validate_detail

std::span<const RuleInfo> validation_rules() noexcept { return validate_detail::kInfos; }

const RuleInfo* find_validation_rule(std::string_view code) noexcept {
  for (const RuleInfo& rule : validate_detail::kInfos)
    if (rule.code == code) return &rule;
  return nullptr;
}

void ValidateOptions::disable(std::string_view code) {
  validate_detail::require_rule(code);
  disabled.emplace(code);
}

void ValidateOptions::enable(std::string_view code) {
  validate_detail::require_rule(code);
  if (auto it = disabled.find(code); it != disabled.end()) disabled.erase(it);
}

void ValidateOptions::set_severity(std::string_view code, Severity severity) {
  validate_detail::require_rule(code);
  enable(code);
  severities.insert_or_assign(std::string(code), severity);
}

void ValidateOptions::apply(std::string_view spec) {
  auto eq = spec.find('=');
  if (eq == std::string_view::npos)
    throw Error(ErrorKind::invalid_argument,
                fmt::format("rule setting '{}' has no '=': expected CODE=off|on|error|warning|info", spec),
                spec.size(), 0, "'='");
  std::string_view code = validate_detail::trim(spec.substr(0, eq));
  std::string_view level = validate_detail::trim(spec.substr(eq + 1));
  const RuleInfo& rule = validate_detail::require_rule(code);
  if (level == "off") {
    disable(code);
  } else if (level == "on") {
    enable(code);
    if (auto it = severities.find(code); it != severities.end()) severities.erase(it);
  } else if (auto severity = severity_from_string(level)) {
    set_severity(code, *severity);
  } else {
    throw Error(ErrorKind::invalid_argument,
                fmt::format("unknown level '{}' for rule {}: expected off, on, error, warning or info", level,
                            rule.code),
                eq + 1, 0, "off, on, error, warning or info");
  }
}

ValidateOptions validation_profile(std::string_view name) {
  ValidateOptions options;
  if (name == "national") return options;
  if (name == "shanghai") {
    for (std::string_view code : {"COST_MISSING", "COST_UNIT", "SATISFACTION_LOW"}) options.enable(code);
    return options;
  }
  throw Error(ErrorKind::invalid_argument,
              fmt::format("unknown validation profile '{}': expected national, shanghai or a profile file", name),
              Error::no_offset, 0, "national or shanghai");
}

bool ValidateOptions::enabled(std::string_view code) const { return disabled.find(code) == disabled.end(); }

Severity ValidateOptions::severity_of(std::string_view code) const {
  if (auto it = severities.find(code); it != severities.end()) return it->second;
  if (const RuleInfo* rule = find_validation_rule(code)) return rule->severity;
  return Severity::warning;
}

namespace {

// The rules a run uses, each with its severity: worked out once per run, not per
// declaration (the options' sets are looked up once per rule).
struct Plan {
  std::array<bool, validate_detail::kRules.size()> on{};
  std::array<Severity, validate_detail::kRules.size()> severity{};
  explicit Plan(const ValidateOptions& options) {
    const auto rules = validate_detail::rule_table();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      on[i] = options.enabled(rules[i].info.code);
      severity[i] = options.severity_of(rules[i].info.code);
    }
  }
};

// `facts` is scratch space reused from one declaration to the next.
void validate_into(const Declaration& declaration, std::size_t index, const ValidateOptions& options, const Plan& plan,
                   std::vector<validate_detail::IndicatorFacts>& facts, std::vector<Diagnostic>& out) {
  facts.clear();
  for (const Indicator& indicator : declaration.indicators)
    facts.push_back(validate_detail::facts_of(declaration, indicator));
  validate_detail::Findings findings(declaration, index, facts, options, out);
  const auto rules = validate_detail::rule_table();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (!plan.on[i]) continue;
    findings.start_rule(rules[i].info.code, plan.severity[i]);
    rules[i].check(declaration, findings);
  }
}

}  // namespace

std::vector<Diagnostic> validate(const Document& document, const ValidateOptions& options) {
  std::vector<Diagnostic> out;
  std::vector<validate_detail::IndicatorFacts> facts;
  const Plan plan(options);
  const auto& declarations = document.declarations;
  for (std::size_t i = 0; i < declarations.size(); ++i) validate_into(declarations[i], i, options, plan, facts, out);
  return out;
}

std::vector<Diagnostic> validate(const Declaration& declaration, std::size_t index,
                                 const ValidateOptions& options) {
  std::vector<Diagnostic> out;
  std::vector<validate_detail::IndicatorFacts> facts;
  validate_into(declaration, index, options, Plan(options), facts, out);
  return out;
}

JIXIAO_END_NAMESPACE
