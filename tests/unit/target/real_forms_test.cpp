// SPDX-License-Identifier: Apache-2.0
// The 指标值 forms found on real documents (target-values.md, 2026-12 additions):
// each reads as the table says, byte for byte in JSON, and prints back to itself
// (parse(canonical(t)) == t); resolve_year gives the yearless ones the budget year.
#include <string>

#include <gtest/gtest.h>

#include "jixiao/target.hpp"

namespace {

using namespace jixiao;

struct Form {
  const char* text;
  const char* json;
};

// The whole JSON of each form: the key order and every field are the contract.
const Form forms[] = {
    {"11月底前", R"j({"raw":"11月底前","kind":"deadline","date":null,"month_day":"11-30"})j"},
    {"12月底之前完成", R"j({"raw":"12月底之前完成","kind":"deadline","date":null,"month_day":"12-31"})j"},
    {"12月底到位", R"j({"raw":"12月底到位","kind":"deadline","date":null,"month_day":"12-31"})j"},
    {"12月前", R"j({"raw":"12月前","kind":"deadline","date":null,"month_day":"12-31"})j"},
    {"2023年底", R"j({"raw":"2023年底","kind":"deadline","date":"2023-12-31"})j"},
    {"2023年底前", R"j({"raw":"2023年底前","kind":"deadline","date":"2023-12-31"})j"},
    {"2023年12月底前", R"j({"raw":"2023年12月底前","kind":"deadline","date":"2023-12-31"})j"},
    {"2021年12月完成", R"j({"raw":"2021年12月完成","kind":"deadline","date":"2021-12-31"})j"},
    {"2024年6月底前", R"j({"raw":"2024年6月底前","kind":"deadline","date":"2024-06-30"})j"},
    {"2026年12月底前", R"j({"raw":"2026年12月底前","kind":"deadline","date":"2026-12-31"})j"},
    {"每年12月底前", R"j({"raw":"每年12月底前","kind":"deadline","date":null,"month_day":"12-31","recurring":true})j"},
    {"2021年1月-12月", R"j({"raw":"2021年1月-12月","kind":"period","start":"2021-01","end":"2021-12"})j"},
    {"2020年1月--2020年11月", R"j({"raw":"2020年1月--2020年11月","kind":"period","start":"2020-01","end":"2020-11"})j"},
    {"1-12月", R"j({"raw":"1-12月","kind":"period","start":null,"end":null,"first_month":1,"last_month":12})j"},
    {"95%以上", R"j({"raw":"95%以上","kind":"compare","op":"ge","value":"95","unit":"%"})j"},
    {"60人以上", R"j({"raw":"60人以上","kind":"compare","op":"ge","value":"60","unit":"人"})j"},
    {"5%以下", R"j({"raw":"5%以下","kind":"compare","op":"le","value":"5","unit":"%"})j"},
    {"100万元以内", R"j({"raw":"100万元以内","kind":"compare","op":"le","value":"100","unit":"万元"})j"},
    {"显著提升", R"j({"raw":"显著提升","kind":"trend","direction":"up","basis":"none"})j"},
    {"不断提升", R"j({"raw":"不断提升","kind":"trend","direction":"up","basis":"none"})j"},
    {"持续改善", R"j({"raw":"持续改善","kind":"trend","direction":"up","basis":"none"})j"},
    {"明显改善", R"j({"raw":"明显改善","kind":"trend","direction":"up","basis":"none"})j"},
    {"*", R"j({"raw":"*","kind":"placeholder","term":"*"})j"},
    {"**", R"j({"raw":"**","kind":"placeholder","term":"**"})j"},
    {"/", R"j({"raw":"/","kind":"placeholder","term":"/"})j"},
    {"—", R"j({"raw":"—","kind":"placeholder","term":"—"})j"},
    {"-", R"j({"raw":"-","kind":"placeholder","term":"-"})j"},
    {"无", R"j({"raw":"无","kind":"placeholder","term":"无"})j"},
    {"待定", R"j({"raw":"待定","kind":"placeholder","term":"待定"})j"},
    {"XX", R"j({"raw":"XX","kind":"placeholder","term":"XX"})j"},
    {" 不适用 ", R"j({"raw":" 不适用 ","kind":"placeholder","term":"不适用"})j"},
    {"是", R"j({"raw":"是","kind":"qualitative","term":"是"})j"},
    {"否", R"j({"raw":"否","kind":"qualitative","term":"否"})j"},
    {"提高5个百分点", R"j({"raw":"提高5个百分点","kind":"trend","direction":"up","basis":"none","by":{"value":"5","unit":"百分点"}})j"},
    {"下降2个百分点", R"j({"raw":"下降2个百分点","kind":"trend","direction":"down","basis":"none","by":{"value":"2","unit":"百分点"}})j"},
    {"同比增长5%", R"j({"raw":"同比增长5%","kind":"trend","direction":"up","basis":"yoy","by":{"value":"5","unit":"%"}})j"},
    {"﹦100%", R"j({"raw":"﹦100%","kind":"compare","op":"eq","value":"100","unit":"%"})j"},
    {"＝100%", R"j({"raw":"＝100%","kind":"compare","op":"eq","value":"100","unit":"%"})j"},
    {"$\\geq 150000$ (人次)", R"j({"raw":"$\\geq 150000$ (人次)","kind":"compare","op":"ge","value":"150000","unit":"人次"})j"},
    {"≤28.40/株", R"j({"raw":"≤28.40/株","kind":"compare","op":"le","value":"28.40","unit":"/株"})j"},
    // A comparator word, text, then one number with its measure word (then text).
    {"至少全年完成2次宣传", R"j({"raw":"至少全年完成2次宣传","kind":"compare","op":"ge","value":"2","unit":"次"})j"},
    {"至少开展培训50人次以上", R"j({"raw":"至少开展培训50人次以上","kind":"compare","op":"ge","value":"50","unit":"人次"})j"},
    {"不超过预算的10%", R"j({"raw":"不超过预算的10%","kind":"compare","op":"le","value":"10","unit":"%"})j"},
    {"至少补助1000元/人", R"j({"raw":"至少补助1000元/人","kind":"compare","op":"ge","value":"1000","unit":"元/人"})j"},
    {"$至少完成 2 场$", R"j({"raw":"$至少完成 2 场$","kind":"compare","op":"ge","value":"2","unit":"场"})j"},
    // ... but not two numbers, no measure word, a malformed number, nor the one-character 超.
    {"至少全年完成2次宣传，覆盖500人",
     R"j({"raw":"至少全年完成2次宣传，覆盖500人","kind":"qualitative","term":"至少全年完成2次宣传，覆盖500人"})j"},
    {"至少全年完成2", R"j({"raw":"至少全年完成2","kind":"qualitative","term":"至少全年完成2"})j"},
    {"至少完成1..5次", R"j({"raw":"至少完成1..5次","kind":"qualitative","term":"至少完成1..5次"})j"},
    {"超额完成3项", R"j({"raw":"超额完成3项","kind":"qualitative","term":"超额完成3项"})j"},
    {"不超过预算", R"j({"raw":"不超过预算","kind":"qualitative","term":"不超过预算"})j"},
    {"严格按照预算标准1000元/人给补助对象兑付补助",
     R"j({"raw":"严格按照预算标准1000元/人给补助对象兑付补助","kind":"qualitative","term":"严格按照预算标准1000元/人给补助对象兑付补助"})j"},
    // What stays as before: a month alone is a quantity, 个月 a unit.
    {"12月", R"j({"raw":"12月","kind":"compare","op":"eq","value":"12","unit":"月"})j"},
    {"1-6个月", R"j({"raw":"1-6个月","kind":"range","low":"1","high":"6","unit":"个月"})j"},
};

TEST(RealForms, EachReadsAsTheSpecSays) {
  for (const Form& f : forms) EXPECT_EQ(target_to_json(parse_target(f.text)), f.json) << f.text;
}

TEST(RealForms, CanonicalReadsBackEqual) {
  for (const Form& f : forms) {
    Target t = parse_target(f.text);
    ASSERT_TRUE(t.valid()) << f.text;
    EXPECT_EQ(parse_target(canonical(t)).value, t.value) << f.text << " → " << canonical(t);
    resolve_year(t, 2024);
    EXPECT_EQ(parse_target(canonical(t)).value, t.value) << f.text << " resolved → " << canonical(t);
  }
}

TEST(RealForms, ResolveYearFillsOnlyWhatNamesNoYear) {
  Target d = parse_target("11月底前");
  resolve_year(d, 2024);
  EXPECT_EQ(target_to_json(d), R"j({"raw":"11月底前","kind":"deadline","date":"2024-11-30"})j");
  Target feb = parse_target("2月底前");
  resolve_year(feb, 2024);
  EXPECT_EQ(std::get<DeadlineTarget>(feb.value).date, (Date{2024, 2, 29}));
  Target p = parse_target("1-12月");
  resolve_year(p, 2024);
  EXPECT_EQ(target_to_json(p), R"j({"raw":"1-12月","kind":"period","start":"2024-01","end":"2024-12"})j");
  Target recurring = parse_target("每年12月底前");
  resolve_year(recurring, 2024);  // recurs: no one year is its own
  EXPECT_FALSE(std::get<DeadlineTarget>(recurring.value).has_year());
  Target dated = parse_target("2023年底");
  resolve_year(dated, 2024);
  EXPECT_EQ(std::get<DeadlineTarget>(dated.value).date, (Date{2023, 12, 31}));
}

TEST(RealForms, PercentagePointsDifferFromPerCent) {
  const auto points = std::get<TrendTarget>(parse_target("提高5个百分点").value);
  const auto percent = std::get<TrendTarget>(parse_target("提高5%").value);
  EXPECT_EQ(points.by->unit, "百分点");
  EXPECT_EQ(percent.by->unit, "%");
  EXPECT_NE(points, percent);
  // As a compare's unit 百分点 is still %.
  EXPECT_EQ(std::get<CompareTarget>(parse_target("≥5个百分点").value).unit, "%");
}

TEST(RealForms, ErrorsStayErrors) {
  EXPECT_FALSE(parse_target("13月底前").valid());
  EXPECT_FALSE(parse_target("12-1月").valid());                    // reversed months
  EXPECT_FALSE(parse_target("$\\geq 5\\%$ (人次)").valid());      // two units
  EXPECT_FALSE(parse_target("$\\geq 90\\%").valid());               // unclosed $
}

}  // namespace
