// SPDX-License-Identifier: Apache-2.0
// The rule catalogue is exactly validation.md's table: codes, severities, order.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "jixiao/validate.hpp"

namespace {

using jixiao::Severity;

struct Expected {
  const char* code;
  Severity severity;
};

// Copied by hand from spec/validation.md.
const std::vector<Expected> kSpecTable = {
    {"FUNDS_TOTAL_SUM", Severity::error},
    {"FUNDS_ANNUAL_SUM", Severity::error},
    {"FUNDS_ANNUAL_EXCEEDS_TOTAL", Severity::error},
    {"FUNDS_SINGLE_YEAR", Severity::warning},
    {"FUNDS_NEGATIVE", Severity::error},
    {"FUNDS_MISSING", Severity::error},
    {"DATES_ORDER", Severity::error},
    {"DATES_YEAR", Severity::warning},
    {"FIELD_MISSING", Severity::error},
    {"GOALS_MISSING", Severity::warning},
    {"TAXONOMY_UNKNOWN", Severity::warning},
    {"TAXONOMY_MISMATCH", Severity::error},
    {"LEVEL1_MISSING", Severity::warning},
    {"LEVEL2_EMPTY_OUTPUT", Severity::warning},
    {"INDICATOR_DUPLICATE", Severity::warning},
    {"TARGET_INVALID", Severity::error},
    {"TARGET_VAGUE", Severity::info},
    {"PERCENT_RANGE", Severity::warning},
    {"SATISFACTION_LOW", Severity::warning},
    {"COST_DIRECTION", Severity::warning},
    {"CATEGORY_MISPLACED", Severity::info},
    // validation.md, 2026-12 additions
    {"TARGET_PLACEHOLDER", Severity::error},
    {"UNIT_MISSING", Severity::warning},
    {"TARGET_AFTER_END", Severity::warning},
    {"COST_EXCEEDS_FUNDS", Severity::warning},
    {"COST_UNIT", Severity::info},
    {"COST_MISSING", Severity::warning},
    {"REVIEW_GRADE", Severity::info},
};

TEST(ValidationCatalogue, MatchesTheSpecTableInOrder) {
  auto rules = jixiao::validation_rules();
  ASSERT_EQ(rules.size(), kSpecTable.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    SCOPED_TRACE(kSpecTable[i].code);
    EXPECT_EQ(rules[i].code, kSpecTable[i].code);
    EXPECT_EQ(rules[i].severity, kSpecTable[i].severity);
    EXPECT_FALSE(rules[i].description.empty());
  }
}

TEST(ValidationCatalogue, FindsRulesByCode) {
  const auto* rule = jixiao::find_validation_rule("COST_DIRECTION");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->code, "COST_DIRECTION");
  EXPECT_EQ(rule->severity, Severity::warning);
  EXPECT_EQ(jixiao::find_validation_rule("NO_SUCH_RULE"), nullptr);
  EXPECT_EQ(jixiao::find_validation_rule("cost_direction"), nullptr);  // codes are exact
  EXPECT_EQ(jixiao::find_validation_rule(""), nullptr);
}

}  // namespace
