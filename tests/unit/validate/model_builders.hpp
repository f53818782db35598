// SPDX-License-Identifier: Apache-2.0
#pragma once
// Hand-built declarations for the rule tests: a clean declaration every rule
// passes (a copy of Hongkou declaration 1, funds and all), targets built field by
// field (no parser involved), and the Hongkou document built from the golden TSVs.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"

namespace jixiao::test {

Money yuan(std::string_view text);  // Money::parse, for readable fixtures
Date date(int year, int month, int day);

Target compare(CompareOp op, std::string_view value, std::string_view unit, std::string_view raw);
Target range(std::string_view low, std::string_view high, std::string_view unit, std::string_view raw);
Target qualitative(std::string_view term);
Target trend(TrendDirection direction, std::string_view raw, TrendBasis basis = TrendBasis::none);
Target invalid(std::string_view raw, std::size_t offset, std::string_view expected);

Indicator indicator(std::string_view level1, std::string_view level2, std::string_view name, Target target,
                    std::optional<std::uint32_t> line = std::nullopt);

// 专业设备购置及更新 of the Hongkou document, lines 5–33, with its 12 indicators
// (设备维护成本 moved to 成本指标 so that no rule fires at all).
Declaration clean_declaration();

// The Hongkou document as the golden TSVs read it (primary placements), with
// indicator lines and declaration spans found in the corpus.
Document golden_hongkou_document();

// The codes of a diagnostic list, in order, without the REVIEW_GRADE every
// declaration gets (review_rules_test checks it).
std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics);
// The list without the REVIEW_GRADE findings.
std::vector<Diagnostic> without_review_grade(const std::vector<Diagnostic>& diagnostics);
// Only the diagnostics with this code.
std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& diagnostics, std::string_view code);

}  // namespace jixiao::test
