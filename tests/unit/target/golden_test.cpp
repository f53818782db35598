// SPDX-License-Identifier: Apache-2.0
// Every target of the Hongkou court 2024 document against its hand-checked
// reading (tests/data/golden/hongkou-court-2024.indicators.tsv), field by field.
#include <gtest/gtest.h>

#include "jixiao/target.hpp"
#include "unit/target/support.hpp"

namespace {

using namespace jixiao;
using target_test::GoldenRow;

class GoldenTarget : public ::testing::TestWithParam<GoldenRow> {};

TEST(GoldenTargets, FileHasAllHundredRows) { EXPECT_EQ(target_test::golden_rows().size(), 100u); }

TEST_P(GoldenTarget, ParsesAsHandChecked) {
  const GoldenRow& row = GetParam();
  SCOPED_TRACE("line " + std::to_string(row.line) + ": " + row.name + " = " + row.raw);
  const Target t = parse_target(row.raw);
  EXPECT_EQ(t.raw, row.raw);
  ASSERT_EQ(to_string(t.kind()), row.kind) << target_to_json(t);
  switch (t.kind()) {
    case TargetKind::compare: {
      const auto& c = std::get<CompareTarget>(t.value);
      EXPECT_EQ(to_string(c.op), row.op_or_term);
      EXPECT_EQ(c.value.to_string(), row.value_or_basis);  // digits as written
      EXPECT_EQ(c.unit, row.unit);
      EXPECT_EQ(c.note, "");
      break;
    }
    case TargetKind::trend: {
      const auto& tr = std::get<TrendTarget>(t.value);
      EXPECT_EQ(to_string(tr.direction), row.op_or_term);
      EXPECT_EQ(to_string(tr.basis), row.value_or_basis);
      EXPECT_EQ(row.unit, "");
      EXPECT_FALSE(tr.by.has_value());
      break;
    }
    case TargetKind::qualitative:
      EXPECT_EQ(std::get<QualitativeTarget>(t.value).term, row.op_or_term);
      EXPECT_EQ(row.value_or_basis, "");
      break;
    default:
      ADD_FAILURE() << "the golden file has no " << to_string(t.kind()) << " targets";
  }
}

std::string row_name(const ::testing::TestParamInfo<GoldenRow>& info) { return "line" + std::to_string(info.param.line); }

INSTANTIATE_TEST_SUITE_P(Hongkou2024, GoldenTarget, ::testing::ValuesIn(target_test::golden_rows()), row_name);

}  // namespace
