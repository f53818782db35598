// TAXONOMY_UNKNOWN, TAXONOMY_MISMATCH, LEVEL1_MISSING, LEVEL2_EMPTY_OUTPUT,
// INDICATOR_DUPLICATE.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

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

TEST(IndicatorDuplicate, SameNameInAnotherDeclarationIsFine) {
  jixiao::Document doc;
  doc.declarations = {clean_declaration(), clean_declaration()};
  EXPECT_THAT(codes(validate(doc)), IsEmpty());
}

}  // namespace
