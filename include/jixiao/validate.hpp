// SPDX-License-Identifier: Apache-2.0
#pragma once
// The review rules (审核, ../spec/validation.md): a fixed catalogue of rules, each
// with a stable code and a default severity, run over every declaration of a
// Document. Users turn rules off or change their severity by code (ValidateOptions);
// the C ABI carries those as "CODE=off|on|error|warning|info" strings.
//
// Rules read the model only (never text). Messages are Chinese and name the figures
// involved, so a reviewer can act without the source open.

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"

JIXIAO_BEGIN_NAMESPACE

// One entry of the rule catalogue.
struct RuleInfo {
  std::string_view code;         // "FUNDS_TOTAL_SUM"
  Severity severity;             // the default severity
  std::string_view description;  // one line, Chinese
};

// Every rule, in the order of validation.md (the order diagnostics come out in,
// per declaration).
std::span<const RuleInfo> validation_rules() noexcept;
// The catalogue entry for a code, or nullptr.
const RuleInfo* find_validation_rule(std::string_view code) noexcept;

struct ValidateOptions {
  // The defaults are the `national` profile (101号): COST_MISSING, COST_UNIT and
  // SATISFACTION_LOW off. validation_profile("shanghai") turns them on.
  std::set<std::string, std::less<>> disabled{"COST_MISSING", "COST_UNIT", "SATISFACTION_LOW"};  // codes turned off
  std::map<std::string, Severity, std::less<>> severities;    // per-code overrides
  // Thresholds a profile sets.
  Decimal satisfaction_floor = Decimal::from_int(90);  // SATISFACTION_LOW: a target below ≥ this (in %)
  // TARGET_PLACEHOLDER: texts (trimmed) that count as unfilled besides the
  // placeholder kind of the target grammar, for targets and names alike.
  std::vector<std::string> placeholders{};
  // A scoring threshold a profile file may carry (`overshoot`): validation does not
  // read it; where the same profile scores (`jixiao score --profile`) it becomes
  // ScoreOptions::overshoot_threshold. Unset: the scoring default.
  std::optional<Decimal> overshoot_threshold{};

  // Turn a rule off or on, or change its severity. Throw Error(invalid_argument)
  // for a code not in the catalogue.
  void disable(std::string_view code);
  void enable(std::string_view code);
  void set_severity(std::string_view code, Severity severity);

  // One "CODE=off|on|error|warning|info" setting (white space around either part
  // is ignored; "on" restores the default severity). Throws Error(invalid_argument)
  // naming the unknown code or level.
  void apply(std::string_view spec);

  bool enabled(std::string_view code) const;
  // The severity a rule reports with: the override, else its default.
  Severity severity_of(std::string_view code) const;
};

// A named profile: "national" (the defaults) or "shanghai" (Shanghai 2025: a cost
// indicator in every project, costs in money, satisfaction ≥ 90%). Throws
// Error(invalid_argument) for another name.
ValidateOptions validation_profile(std::string_view name);

// A profile file (JSON) is read by validation_profile_from_json (jixiao/json.hpp).

// Runs every enabled rule over every declaration. Diagnostics come grouped by
// declaration, in catalogue order inside a declaration, and carry the declaration
// index, the indicator index where one indicator is concerned, and the source line
// (the indicator's line, or the declaration's first line for declaration-wide
// findings). The document's own (ingest) diagnostics are not repeated.
std::vector<Diagnostic> validate(const Document& document, const ValidateOptions& options = {});

// The same for one declaration; `index` is the declaration index to report.
std::vector<Diagnostic> validate(const Declaration& declaration, std::size_t index,
                                 const ValidateOptions& options = {});

JIXIAO_END_NAMESPACE
