// SPDX-License-Identifier: Apache-2.0
#pragma once
// Hand-built declarations and actuals for the scoring tests (no reader, no parser).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/declaration.hpp"
#include "jixiao/score.hpp"

namespace jixiao::test {

inline Decimal dec(const char* text) { return Decimal::parse(text); }

inline Target compare_target(const char* raw, CompareOp op, const char* value, const char* unit) {
  return Target{raw, CompareTarget{op, dec(value), unit, ""}};
}
inline Target range_target(const char* raw, const char* low, const char* high, const char* unit) {
  return Target{raw, RangeTarget{dec(low), dec(high), unit, ""}};
}
inline Target trend_target(const char* raw, TrendDirection direction) {
  return Target{raw, TrendTarget{direction, TrendBasis::none, std::nullopt}};
}
inline Target deadline_target(const char* raw, Date date) { return Target{raw, DeadlineTarget{date}}; }
inline Target qualitative_target(const char* term) { return Target{term, QualitativeTarget{term}}; }

inline Indicator indicator(const char* level1, const char* level2, const char* name, Target target) {
  Indicator i;
  i.level1 = level1;
  i.level2 = level2;
  i.name = name;
  i.target = std::move(target);
  return i;
}

inline ActualIndicator actual(const char* name, const char* value, std::optional<std::string> unit = std::nullopt) {
  ActualIndicator a;
  a.name = name;
  a.value = value;
  a.unit = std::move(unit);
  return a;
}

inline Declaration declaration(const char* project, std::vector<Indicator> indicators, const char* annual = "300000.00") {
  Declaration d;
  d.year = 2024;
  d.project.name = project;
  d.funds.annual = Money::parse(annual);
  d.indicators = std::move(indicators);
  return d;
}

inline ActualDeclaration actuals_for(const char* project, std::vector<ActualIndicator> indicators,
                                     const char* annual = "300000.00", const char* executed = "300000.00") {
  ActualDeclaration a;
  a.project = project;
  a.budget.annual = Money::parse(annual);
  a.budget.executed = Money::parse(executed);
  a.indicators = std::move(indicators);
  return a;
}

inline bool has_code(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  for (const auto& d : diagnostics)
    if (d.code == code) return true;
  return false;
}

// The diagnostics without those of `code`.
inline std::vector<Diagnostic> except(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : diagnostics)
    if (d.code != code) out.push_back(d);
  return out;
}

inline std::string reported(const Decimal& value) { return rounded_for_report(value).to_string(); }

}  // namespace jixiao::test
