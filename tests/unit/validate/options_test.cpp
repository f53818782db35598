// SPDX-License-Identifier: Apache-2.0
// ValidateOptions: turning rules off, changing severity, parsing "CODE=level".
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "jixiao/validate.hpp"
#include "unit/validate/model_builders.hpp"

namespace {

using jixiao::Declaration;
using jixiao::ErrorKind;
using jixiao::Severity;
using jixiao::ValidateOptions;
using jixiao::validate;
using jixiao::test::clean_declaration;
using jixiao::test::codes;
using jixiao::test::yuan;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Two findings: FUNDS_TOTAL_SUM (error) and GOALS_MISSING (warning).
Declaration two_findings() {
  Declaration d = clean_declaration();
  d.funds.total_fiscal = yuan("1.00");
  d.goals.overall.reset();
  return d;
}

ErrorKind kind_of_failure(ValidateOptions& options, std::string_view spec) {
  try {
    options.apply(spec);
  } catch (const jixiao::Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no error for " << spec;
  return ErrorKind::parse;
}

TEST(ValidateOptions, DefaultsRunEveryRule) {
  auto found = validate(two_findings(), 0);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_TOTAL_SUM", "GOALS_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[1].severity, Severity::warning);
}

TEST(ValidateOptions, DisableByCode) {
  ValidateOptions options;
  options.apply("FUNDS_TOTAL_SUM=off");
  EXPECT_FALSE(options.enabled("FUNDS_TOTAL_SUM"));
  EXPECT_THAT(codes(validate(two_findings(), 0, options)), ElementsAre("GOALS_MISSING"));
  options.disable("GOALS_MISSING");
  EXPECT_THAT(codes(validate(two_findings(), 0, options)), IsEmpty());
}

TEST(ValidateOptions, ChangeSeverityByCode) {
  ValidateOptions options;
  options.apply(" FUNDS_TOTAL_SUM = warning ");  // white space is tolerated
  options.apply("GOALS_MISSING=error");
  auto found = validate(two_findings(), 0, options);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_TOTAL_SUM", "GOALS_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[1].severity, Severity::error);
  EXPECT_EQ(options.severity_of("FUNDS_TOTAL_SUM"), Severity::warning);
  EXPECT_EQ(options.severity_of("FUNDS_ANNUAL_SUM"), Severity::error);  // untouched default
}

TEST(ValidateOptions, OnRestoresTheDefault) {
  ValidateOptions options;
  options.apply("FUNDS_TOTAL_SUM=info");
  options.apply("GOALS_MISSING=off");
  options.apply("FUNDS_TOTAL_SUM=on");
  options.apply("GOALS_MISSING=on");
  auto found = validate(two_findings(), 0, options);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_TOTAL_SUM", "GOALS_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::error);
}

TEST(ValidateOptions, SeverityAfterOffTurnsTheRuleBackOn) {
  ValidateOptions options;
  options.apply("GOALS_MISSING=off");
  options.apply("GOALS_MISSING=info");
  auto found = validate(two_findings(), 0, options);
  ASSERT_THAT(codes(found), ElementsAre("FUNDS_TOTAL_SUM", "GOALS_MISSING"));
  EXPECT_EQ(found[1].severity, Severity::info);
}

TEST(ValidateOptions, UnknownCodeOrLevelIsInvalidArgument) {
  ValidateOptions options;
  EXPECT_EQ(kind_of_failure(options, "NO_SUCH_RULE=off"), ErrorKind::invalid_argument);
  EXPECT_EQ(kind_of_failure(options, "FUNDS_TOTAL_SUM=fatal"), ErrorKind::invalid_argument);
  EXPECT_EQ(kind_of_failure(options, "FUNDS_TOTAL_SUM"), ErrorKind::invalid_argument);
  EXPECT_EQ(kind_of_failure(options, "=off"), ErrorKind::invalid_argument);
  EXPECT_EQ(kind_of_failure(options, "FUNDS_TOTAL_SUM="), ErrorKind::invalid_argument);
  EXPECT_THROW(options.disable("INGEST_ROW_ORPHAN"), jixiao::Error);
  EXPECT_THROW(options.set_severity("funds_total_sum", Severity::info), jixiao::Error);
  // Nothing was changed by the failures.
  EXPECT_EQ(options.disabled, jixiao::ValidateOptions{}.disabled);
  EXPECT_TRUE(options.severities.empty());
}

TEST(ValidateOptions, ErrorNamesTheCode) {
  ValidateOptions options;
  try {
    options.apply("FUNDS_TOTL_SUM=off");
    FAIL() << "no error";
  } catch (const jixiao::Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("FUNDS_TOTL_SUM"));
  }
  try {
    options.apply("FUNDS_TOTAL_SUM=loud");
    FAIL() << "no error";
  } catch (const jixiao::Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr("loud"));
    EXPECT_EQ(e.offset(), 16u);  // the byte where the level starts
  }
}

}  // namespace
