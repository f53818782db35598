// SPDX-License-Identifier: Apache-2.0
// String names, trend words, unit normalisation and the target JSON.
#include <climits>
#include <random>

#include <gtest/gtest.h>

#include "jixiao/target.hpp"

namespace {

using namespace jixiao;

TEST(Names, EveryEnumRoundTrips) {
  for (auto op : {CompareOp::eq, CompareOp::ne, CompareOp::gt, CompareOp::ge, CompareOp::lt, CompareOp::le})
    EXPECT_EQ(compare_op_from_string(to_string(op)), op);
  for (auto dir : {TrendDirection::up, TrendDirection::down, TrendDirection::flat, TrendDirection::not_up,
                   TrendDirection::not_down})
    EXPECT_EQ(trend_direction_from_string(to_string(dir)), dir);
  for (auto basis : {TrendBasis::none, TrendBasis::yoy, TrendBasis::mom})
    EXPECT_EQ(trend_basis_from_string(to_string(basis)), basis);
  for (auto kind : {TargetKind::compare, TargetKind::range, TargetKind::trend, TargetKind::deadline,
                    TargetKind::period, TargetKind::qualitative, TargetKind::invalid})
    EXPECT_EQ(target_kind_from_string(to_string(kind)), kind);
}

TEST(Names, SpelledAsTheSpec) {
  EXPECT_EQ(to_string(CompareOp::ge), "ge");
  EXPECT_EQ(to_string(TrendDirection::not_down), "not_down");
  EXPECT_EQ(to_string(TrendBasis::yoy), "yoy");
  EXPECT_EQ(to_string(TargetKind::qualitative), "qualitative");
  EXPECT_EQ(compare_op_from_string("≥"), std::nullopt);
}

TEST(Names, TrendWords) {
  EXPECT_EQ(trend_direction_from_word("提升"), TrendDirection::up);
  EXPECT_EQ(trend_direction_from_word(" 有所下降 "), TrendDirection::down);
  EXPECT_EQ(trend_direction_from_word("持平或上升"), TrendDirection::not_down);
  EXPECT_EQ(trend_direction_from_word("not_up"), TrendDirection::not_up);
  EXPECT_EQ(trend_direction_from_word("合规"), std::nullopt);
}

TEST(Names, NormalizeUnit) {
  EXPECT_EQ(normalize_unit("％"), "%");
  EXPECT_EQ(normalize_unit("\\%"), "%");
  EXPECT_EQ(normalize_unit("百分点"), "%");
  EXPECT_EQ(normalize_unit(" (%) "), "%");
  EXPECT_EQ(normalize_unit("（次/年）"), "次/年");
  EXPECT_EQ(normalize_unit("万元"), "万元");
  EXPECT_EQ(normalize_unit(""), "");
}

TEST(TargetJson, EachFamily) {
  EXPECT_EQ(target_to_json(parse_target("≥26000.00(件)")),
            R"j({"raw":"≥26000.00(件)","kind":"compare","op":"ge","value":"26000.00","unit":"件"})j");
  EXPECT_EQ(target_to_json(parse_target("100%（1.0）")),
            R"j({"raw":"100%（1.0）","kind":"compare","op":"eq","value":"100","unit":"%","note":"1.0"})j");
  EXPECT_EQ(target_to_json(parse_target("45%-60%")),
            R"j({"raw":"45%-60%","kind":"range","low":"45","high":"60","unit":"%"})j");
  EXPECT_EQ(target_to_json(parse_target("同比增长5%")),
            R"j({"raw":"同比增长5%","kind":"trend","direction":"up","basis":"yoy","by":{"value":"5","unit":"%"}})j");
  EXPECT_EQ(target_to_json(parse_target("提升")), R"j({"raw":"提升","kind":"trend","direction":"up","basis":"none"})j");
  EXPECT_EQ(target_to_json(parse_target("2024年12月31日前完成")),
            R"j({"raw":"2024年12月31日前完成","kind":"deadline","date":"2024-12-31"})j");
  EXPECT_EQ(target_to_json(parse_target("2023.07-2024.01")),
            R"j({"raw":"2023.07-2024.01","kind":"period","start":"2023-07","end":"2024-01"})j");
  EXPECT_EQ(target_to_json(parse_target(" 合规 ")), R"j({"raw":" 合规 ","kind":"qualitative","term":"合规"})j");
  EXPECT_EQ(target_to_json(parse_target("≥")),
            R"j({"raw":"≥","kind":"invalid","error":"comparator without a number: expected a number after the comparator at byte 3","offset":3,"expected":"a number after the comparator"})j");
}

TEST(TargetJson, EscapesAndInvalidBytes) {
  EXPECT_EQ(target_to_json(parse_target("\"a\\b\"\t")),
            R"j({"raw":"\"a\\b\"\t","kind":"qualitative","term":"\"a\\b\""})j");
  const std::string json = target_to_json(parse_target("≥9\xff"));
  EXPECT_NE(json.find("\"raw\":\"≥9\xEF\xBF\xBD\""), std::string::npos) << json;
}

}  // namespace

namespace {

// The JSON writer prints decimals itself: it must agree with Decimal::to_string.
TEST(TargetJson, DecimalsAsDecimalToString) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::int64_t mantissa = static_cast<std::int64_t>(rng() >> (rng() % 64));
    if (i % 3 == 0) mantissa = -mantissa;
    if (i == 0) mantissa = INT64_MIN;
    if (i == 1) mantissa = 0;
    const int scale = static_cast<int>(rng() % 19);
    const Decimal value = Decimal::from_parts(mantissa, scale);
    jixiao::Target t{"x", jixiao::CompareTarget{jixiao::CompareOp::eq, value, "", ""}};
    const std::string json = target_to_json(t);
    EXPECT_NE(json.find("\"value\":\"" + value.to_string() + "\""), std::string::npos) << json;
  }
}

}  // namespace
