// SPDX-License-Identifier: Apache-2.0
// TAXONOMY_UNKNOWN, TAXONOMY_MISMATCH, LEVEL1_MISSING, LEVEL2_EMPTY_OUTPUT,
// INDICATOR_DUPLICATE.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "jixiao/validate.hpp"
#include "unit/validate/model_builders.hpp"

namespace {

using jixiao::Declaration;
using jixiao::Indicator;
using jixiao::Severity;
using jixiao::TaxonomyEdition;
using jixiao::validate;
using jixiao::test::clean_declaration;
using jixiao::test::codes;
using jixiao::test::compare;
using jixiao::test::indicator;
using jixiao::test::qualitative;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using enum jixiao::CompareOp;

void erase_level1(Declaration& d, std::string_view level1) {
  std::erase_if(d.indicators, [&](const Indicator& i) { return i.level1 == level1; });
}
void erase_level2(Declaration& d, std::string_view level2) {
  std::erase_if(d.indicators, [&](const Indicator& i) { return i.level2 == level2; });
}

TEST(TaxonomyRules, UnknownLevelNames) {
  Declaration d = clean_declaration();
  d.indicators[7].level2 = "社会影响指标";  // 设备使用率, line 29
  auto found = validate(d, 2);
  ASSERT_THAT(codes(found), ElementsAre("TAXONOMY_UNKNOWN"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].declaration, 2u);
  EXPECT_EQ(found[0].indicator, 7u);
  EXPECT_EQ(found[0].line, 29u);
  EXPECT_EQ(found[0].message, "三级指标「设备使用率」：二级指标「社会影响指标」不在指标体系中");
}

TEST(TaxonomyRules, EmptyLevelOneIsUnknown) {
  Declaration d = clean_declaration();
  d.indicators[8].level1 = "";
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("TAXONOMY_UNKNOWN"));
  EXPECT_EQ(found[0].indicator, 8u);
  EXPECT_EQ(found[0].message, "三级指标「法院办案效率」：一级指标为空");
}

TEST(TaxonomyRules, AliasesAndSpacesAreKnown) {
  Declaration d = clean_declaration();
  d.indicators[5].level2 = "进度指标";            // alias of 时效指标
  d.indicators[11].level2 = "服务对象满意度 指标";  // inner space
  d.indicators[11].level1 = "满意度 指标";
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
}

TEST(TaxonomyRules, LevelTwoUnderTheWrongLevelOne) {
  Declaration d = clean_declaration();
  d.indicators[1].level1 = "效益指标";  // 数量指标 belongs to 产出指标
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("TAXONOMY_MISMATCH"));
  EXPECT_EQ(found[0].severity, Severity::error);
  EXPECT_EQ(found[0].indicator, 1u);
  EXPECT_EQ(found[0].line, 22u);
  EXPECT_EQ(found[0].message, "三级指标「水泵更完成率」的二级指标「数量指标」属于产出指标，却填在效益指标之下");
}

TEST(TaxonomyRules, Pre2021CostUnderOutputIsNoMismatch) {
  Declaration d = clean_declaration();
  d.taxonomy = TaxonomyEdition::e2015;
  d.indicators[0].level1 = "产出指标";  // as printed in the 2015 layout
  d.indicators[0].level2 = "成本指标";
  d.indicators[6].level1 = "产出指标";
  d.indicators[6].level2 = "成本指标";
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
  // The same rows in a 2021 form are no known level-2, leave 成本指标 empty, and
  // file a cost under 产出指标.
  d.taxonomy = TaxonomyEdition::e2021;
  EXPECT_THAT(codes(validate(d, 0)),
              ElementsAre("TAXONOMY_UNKNOWN", "TAXONOMY_UNKNOWN", "LEVEL1_MISSING", "CATEGORY_MISPLACED"));
}

TEST(Level1Missing, CostRequiredUnder2021Only) {
  Declaration d = clean_declaration();
  erase_level1(d, "成本指标");
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("LEVEL1_MISSING"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].indicator, std::nullopt);
  EXPECT_EQ(found[0].line, 5u);
  EXPECT_EQ(found[0].message, "缺少一级指标：成本指标（2021 年指标体系）");
  d.taxonomy = TaxonomyEdition::e2015;
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
}

TEST(Level1Missing, ListsEveryMissingGroup) {
  Declaration d = clean_declaration();
  erase_level1(d, "效益指标");
  erase_level1(d, "满意度指标");
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("LEVEL1_MISSING"));
  EXPECT_EQ(found[0].message, "缺少一级指标：效益指标、满意度指标（2021 年指标体系）");
}

TEST(Level2EmptyOutput, NoQuantity) {
  Declaration d = clean_declaration();
  erase_level2(d, "数量指标");
  auto found = validate(d, 6);
  ASSERT_THAT(codes(found), ElementsAre("LEVEL2_EMPTY_OUTPUT"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].declaration, 6u);
  EXPECT_EQ(found[0].message, "产出指标缺少数量指标（现有数量 0 项、质量 2 项、时效 1 项）");
}

TEST(Level2EmptyOutput, TimelinessAloneIsEnoughBesideQuantity) {
  Declaration d = clean_declaration();
  erase_level2(d, "质量指标");
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
  erase_level2(d, "时效指标");
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("LEVEL2_EMPTY_OUTPUT"));
  EXPECT_EQ(found[0].message, "产出指标缺少质量或时效指标（现有数量 2 项、质量 0 项、时效 0 项）");
}

TEST(Level2EmptyOutput, NoOutputAtAllIsLevel1MissingOnly) {
  Declaration d = clean_declaration();
  erase_level1(d, "产出指标");
  EXPECT_THAT(codes(validate(d, 0)), ElementsAre("LEVEL1_MISSING"));
}

TEST(IndicatorDuplicate, SameNameInAnotherGroupReportedAtTheRepeat) {
  Declaration d = clean_declaration();
  d.indicators.insert(d.indicators.begin() + 5,
                      indicator("产出指标", "质量指标", "法警设备采购完成率", compare(eq, "100.00", "%", "=100.00(%)"), 26));
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("INDICATOR_DUPLICATE"));
  EXPECT_EQ(found[0].severity, Severity::warning);
  EXPECT_EQ(found[0].indicator, 5u);
  EXPECT_EQ(found[0].line, 26u);
  EXPECT_EQ(found[0].message,
            "三级指标「法警设备采购完成率」重复：第 23 行已有同名指标（产出指标/数量指标，指标值 =100.00(%)），"
            "此处为产出指标/质量指标，指标值 =100.00(%)");
}

TEST(IndicatorDuplicate, WhiteSpaceDoesNotHideARepeatAndEachRepeatCounts) {
  Declaration d = clean_declaration();
  d.indicators.push_back(indicator("效益指标", "社会效益指标", "设备 使用率", jixiao::test::trend(jixiao::TrendDirection::up, "提升"), 40));
  d.indicators.push_back(indicator("效益指标", "社会效益指标", "\u3000设备使用率", jixiao::test::trend(jixiao::TrendDirection::up, "提升"), 41));
  auto found = validate(d, 0);
  ASSERT_THAT(codes(found), ElementsAre("INDICATOR_DUPLICATE", "INDICATOR_DUPLICATE"));
  EXPECT_EQ(found[0].indicator, 12u);
  EXPECT_EQ(found[1].indicator, 13u);
  EXPECT_THAT(found[1].message, ::testing::HasSubstr("第 29 行已有同名指标"));
}

// White space anywhere in a name is ignored, wherever it falls among the bytes
// (the rule passes over names eight bytes at a time).
TEST(IndicatorDuplicate, WhiteSpaceAtAnyPositionIsIgnored) {
  const std::vector<std::pair<std::string, std::string>> spellings{
      {"设备维护响应时长", "设备维护响应时\t长"},          // a tab in the third 8-byte word
      {"设备a维护时长", "设备a\u3000维护时长"},              // U+3000 across the first two words
      {"「设备」维护时长", "「设备」维护时长 "},              // non-space E3 characters, then a trailing space
      {"设备\x01维护时长", "设备\x01维护 时长"},             // a control byte (no white space) before a space
      {"设备维护时长", "设备\u00A0维护时长"},                // U+00A0, removed like the others (strip_spaces)
      {"设备维护响应时长", "设备维护响应时长\u00A0"},        // U+00A0 in the last, overlapping word
      {"é设备维护时长", "é设备维护\u00A0时长"},             // another C2 character (é is C3 A9; ¢ below is C2 A2)
      {"¢设备维护时长", "¢设备维护 时长"},
  };
  for (const auto& [plain, spaced] : spellings) {
    Declaration d = clean_declaration();
    d.indicators.push_back(indicator("产出指标", "时效指标", plain, qualitative("及时"), 40));
    d.indicators.push_back(indicator("产出指标", "时效指标", spaced, qualitative("及时"), 41));
    auto found = validate(d, 0);
    ASSERT_THAT(codes(found), ElementsAre("INDICATOR_DUPLICATE")) << spaced;
    EXPECT_EQ(found[0].indicator, 13u) << spaced;
    EXPECT_THAT(found[0].message, ::testing::HasSubstr("第 40 行已有同名指标")) << spaced;
  }
  // A control byte is no white space: these two differ.
  Declaration d = clean_declaration();
  d.indicators.push_back(indicator("产出指标", "时效指标", "设备维护\x01时长", qualitative("及时"), 40));
  d.indicators.push_back(indicator("产出指标", "时效指标", "设备维护时长", qualitative("及时"), 41));
  EXPECT_THAT(codes(validate(d, 0)), IsEmpty());
}

// A declaration with many indicators (beyond the few dozen compared pair by pair)
// reports the same repeats: each repeat once, against the earliest same name, in
// indicator order.
TEST(IndicatorDuplicate, ManyIndicatorsReportEachRepeatAgainstTheFirst) {
  for (std::size_t extra : {8u, 60u, 300u}) {
    Declaration d = clean_declaration();  // 12 indicators, all names distinct
    for (std::size_t i = 0; i < extra; ++i)
      d.indicators.push_back(indicator("效益指标", "社会效益指标", "辖区案件覆盖数" + std::to_string(i),
                                       compare(ge, "1", "个", "≥1个"), static_cast<std::uint32_t>(100 + i)));
    const std::size_t n = d.indicators.size();
    // Repeats: 设备使用率 (index 7) twice, once spaced; the first extra name once.
    d.indicators.push_back(indicator("效益指标", "社会效益指标", "设备使用率", jixiao::test::trend(jixiao::TrendDirection::up, "提升"), 1000));
    d.indicators.push_back(indicator("效益指标", "社会效益指标", "辖区案件覆盖数0", qualitative("多"), 1001));
    d.indicators.push_back(indicator("效益指标", "社会效益指标", "设备 使用率", jixiao::test::trend(jixiao::TrendDirection::up, "提升"), 1002));
    auto found = validate(d, 0);
    ASSERT_THAT(codes(found), ElementsAre("INDICATOR_DUPLICATE", "INDICATOR_DUPLICATE", "INDICATOR_DUPLICATE"))
        << extra;
    EXPECT_EQ(found[0].indicator, n) << extra;
    EXPECT_THAT(found[0].message, ::testing::HasSubstr("第 29 行已有同名指标")) << extra;
    EXPECT_EQ(found[1].indicator, n + 1) << extra;
    EXPECT_THAT(found[1].message, ::testing::HasSubstr("第 100 行已有同名指标")) << extra;
    EXPECT_EQ(found[2].indicator, n + 2) << extra;
    EXPECT_THAT(found[2].message, ::testing::HasSubstr("第 29 行已有同名指标")) << extra;
  }
}

TEST(IndicatorDuplicate, SameNameInAnotherDeclarationIsFine) {
  jixiao::Document doc;
  doc.declarations = {clean_declaration(), clean_declaration()};
  EXPECT_THAT(codes(validate(doc)), IsEmpty());
}

}  // namespace
