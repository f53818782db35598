// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private to src/validate: what one review rule is (a catalogue entry and a check
// over one declaration) and the sink a check reports its findings into.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/validate.hpp"
#include "validate/names.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {

// Collects the findings of one rule over one declaration, stamping each with the
// rule's code and effective severity, the declaration index and a source line.
class Findings {
 public:
  Findings(const Declaration& declaration, std::size_t declaration_index, std::span<const IndicatorFacts> facts,
           const ValidateOptions& options, std::vector<Diagnostic>& out)
      : declaration_(declaration),
        declaration_index_(declaration_index),
        facts_(facts),
        options_(options),
        out_(out),
        first_(out.size()) {}

  // One entry per indicator of the declaration, in order.
  std::span<const IndicatorFacts> facts() const noexcept { return facts_; }
  // The thresholds of the profile in use.
  const ValidateOptions& options() const noexcept { return options_; }
  // The findings about this declaration so far, by severity (REVIEW_GRADE).
  struct Counts {
    std::size_t errors = 0, warnings = 0, infos = 0;
  };
  Counts counts() const noexcept {
    Counts c;
    for (std::size_t i = first_; i < out_.size(); ++i)
      (out_[i].severity == Severity::error ? c.errors : out_[i].severity == Severity::warning ? c.warnings : c.infos)++;
    return c;
  }
  // The rule's severity, for a finding that reports lower than it (不适用 under
  // TARGET_PLACEHOLDER reports at most a warning).
  Severity severity() const noexcept { return severity_; }
  void set_severity(Severity severity) noexcept { severity_ = severity; }

  void start_rule(std::string_view code, Severity severity) {
    code_ = code;
    severity_ = severity;
  }

  // A finding about the declaration as a whole (funds, dates, fields, structure):
  // located at the declaration's first source line when known.
  void about_declaration(std::string message);
  // A finding about one indicator: located at the indicator's line when known.
  void about_indicator(std::size_t indicator_index, std::string message);

 private:
  const Declaration& declaration_;
  std::size_t declaration_index_;
  std::span<const IndicatorFacts> facts_;
  const ValidateOptions& options_;
  std::vector<Diagnostic>& out_;
  std::size_t first_;
  std::string_view code_;
  Severity severity_ = Severity::warning;
};

using DeclarationCheck = void (*)(const Declaration&, Findings&);

struct Rule {
  RuleInfo info;
  DeclarationCheck check;
};

// The rule table, in catalogue order (rules.cpp).
std::span<const Rule> rule_table() noexcept;

// The checks, one function per rule, grouped by subject in their .cpp files.
// funds_rules.cpp
void check_funds_total_sum(const Declaration&, Findings&);
void check_funds_annual_sum(const Declaration&, Findings&);
void check_funds_annual_exceeds_total(const Declaration&, Findings&);
void check_funds_single_year(const Declaration&, Findings&);
void check_funds_negative(const Declaration&, Findings&);
void check_funds_missing(const Declaration&, Findings&);
// project_rules.cpp
void check_dates_order(const Declaration&, Findings&);
void check_dates_year(const Declaration&, Findings&);
void check_field_missing(const Declaration&, Findings&);
void check_goals_missing(const Declaration&, Findings&);
// structure_rules.cpp
void check_taxonomy_unknown(const Declaration&, Findings&);
void check_taxonomy_mismatch(const Declaration&, Findings&);
void check_level1_missing(const Declaration&, Findings&);
void check_level2_empty_output(const Declaration&, Findings&);
void check_indicator_duplicate(const Declaration&, Findings&);
// target_rules.cpp
void check_target_invalid(const Declaration&, Findings&);
void check_target_vague(const Declaration&, Findings&);
void check_percent_range(const Declaration&, Findings&);
void check_satisfaction_low(const Declaration&, Findings&);
void check_cost_direction(const Declaration&, Findings&);
void check_category_misplaced(const Declaration&, Findings&);
// review_rules.cpp (validation.md 2026-12 additions)
void check_target_placeholder(const Declaration&, Findings&);
void check_unit_missing(const Declaration&, Findings&);
void check_target_after_end(const Declaration&, Findings&);
void check_cost_exceeds_funds(const Declaration&, Findings&);
void check_cost_unit(const Declaration&, Findings&);
void check_cost_missing(const Declaration&, Findings&);
void check_review_grade(const Declaration&, Findings&);

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
