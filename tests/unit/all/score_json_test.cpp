// SPDX-License-Identifier: Apache-2.0
// jixiao.actuals/1 in, jixiao.score/1 out (formats.md).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <string>

#include "jixiao/error.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"

namespace jixiao::test {
namespace {

namespace bj = boost::json;

const char* const minimal = R"({
  "format": "jixiao.actuals/1",
  "declarations": [
    {"project": "专业设备购置及更新",
     "budget": {"annual": "300000.00", "executed": "291000.00"},
     "indicators": [
       {"name": "设备单价合规性", "actual": "achieved", "fraction": "0.9"},
       {"name": "水泵更完成率", "actual": "100", "unit": "%", "weight": "5"},
       {"name": "宣传内容审核通过率", "level2": "质量指标", "actual": "97"},
       {"name": "法院办案效率", "actual": ["3", "5"]},
       {"name": "没有填报", "actual": null}
     ]}
  ]
})";

TEST(ScoreJsonRead, ReadsEveryField) {
  Actuals a = actuals_from_json(minimal);
  ASSERT_EQ(a.declarations.size(), 1u);
  const ActualDeclaration& d = a.declarations[0];
  EXPECT_EQ(d.project, "专业设备购置及更新");
  EXPECT_EQ(d.budget.annual, Money::from_fen(30000000));
  EXPECT_EQ(d.budget.executed, Money::from_fen(29100000));
  ASSERT_EQ(d.indicators.size(), 4u);  // "actual": null is not reported: left out, scored as missing
  EXPECT_EQ(d.indicators[0].value, "achieved");
  EXPECT_EQ(d.indicators[0].fraction, Decimal::from_parts(9, 1));
  EXPECT_EQ(d.indicators[1].unit, std::optional<std::string>("%"));
  EXPECT_EQ(d.indicators[1].weight, Decimal::from_int(5));
  EXPECT_EQ(d.indicators[2].level2, std::optional<std::string>("质量指标"));
  ASSERT_TRUE(d.indicators[3].pair.has_value());
  EXPECT_EQ(d.indicators[3].pair->previous, Decimal::from_int(3));
  EXPECT_EQ(d.indicators[3].pair->current, Decimal::from_int(5));
}

TEST(ScoreJsonRead, RoundTrip) {
  Actuals a = actuals_from_json(minimal);
  EXPECT_EQ(actuals_from_json(to_json(a)), a);
  EXPECT_EQ(actuals_from_json(to_json(a, JsonWriteOptions{true})), a);
}

TEST(ScoreJsonRead, SyntaxErrorNamesOffsetAndLine) {
  const std::string bad = "{\n  \"format\": \"jixiao.actuals/1\",\n  \"declarations\": [,]\n}";
  try {
    actuals_from_json(bad);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::parse);
    EXPECT_EQ(e.line(), 3u);
    EXPECT_EQ(e.offset(), bad.find("[,") + 1);  // the ',' where a value was expected
    EXPECT_FALSE(e.expected().empty());
  }
}

void expect_format_error(const std::string& json, const std::string& path_fragment) {
  try {
    actuals_from_json(json);
    ADD_FAILURE() << "no error for " << json;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::format) << e.what();
    EXPECT_NE(std::string(e.what()).find(path_fragment), std::string::npos) << e.what();
  }
}

TEST(ScoreJsonRead, ShapeErrorsNameTheJsonPath) {
  expect_format_error(R"({"format": "jixiao.document/1", "declarations": []})", "format");
  expect_format_error(R"({"declarations": []})", "format");
  expect_format_error(R"({"format": "jixiao.actuals/1"})", "declarations");
  expect_format_error(R"({"format": "jixiao.actuals/1", "declarations": [{"indicators": []}]})",
                      "declarations[0].project");
  // A decimal must be a JSON string: a JSON number has already lost exactness.
  expect_format_error(
      R"({"format": "jixiao.actuals/1", "declarations": [{"project": "p", "indicators": [{"name": "x", "actual": "achieved", "fraction": 0.9}]}]})",
      "declarations[0].indicators[0].fraction");
  // An amount that does not parse is an error, never 0.
  expect_format_error(
      R"({"format": "jixiao.actuals/1", "declarations": [{"project": "p", "budget": {"annual": "1,2,3", "executed": "0"}}]})",
      "declarations[0].budget.annual");
  expect_format_error(
      R"({"format": "jixiao.actuals/1", "declarations": [{"project": "p", "indicators": [{"name": "x", "actual": 93.5}]}]})",
      "declarations[0].indicators[0].actual");
  expect_format_error(
      R"({"format": "jixiao.actuals/1", "declarations": [{"project": "p", "indicators": [{"name": "x", "actual": ["1"]}]}]})",
      "declarations[0].indicators[0].actual");
}

TEST(ScoreJsonWrite, ReportCarriesEveryFieldAsExactStrings) {
  Declaration decl;
  decl.project.name = "专业设备购置及更新";
  decl.funds.annual = Money::parse("300000.00");
  Indicator i;
  i.level1 = "产出指标";
  i.level2 = "数量指标";
  i.name = "水泵更完成率";
  i.target = Target{"=100.00(%)", CompareTarget{CompareOp::eq, Decimal::parse("100.00"), "%", ""}};
  decl.indicators.push_back(i);
  Document doc;
  doc.declarations.push_back(decl);
  Actuals actuals = actuals_from_json(minimal);
  ScoreReport report = score(doc, actuals);

  bj::value v = bj::parse(to_json(report, JsonWriteOptions{true}));
  const bj::object& root = v.as_object();
  EXPECT_EQ(root.at("format").as_string(), "jixiao.score/1");
  const bj::object& d = root.at("declarations").as_array().at(0).as_object();
  EXPECT_EQ(d.at("project").as_string(), "专业设备购置及更新");
  // 291000 / 300000 = 0.97 → rate "0.9700", score 9.70
  EXPECT_EQ(d.at("budget").at("rate").as_string(), "0.9700");
  EXPECT_EQ(d.at("budget").at("weight").as_string(), "10.00");
  EXPECT_EQ(d.at("budget").at("score").as_string(), "9.70");
  const bj::object& ind = d.at("indicators").as_array().at(0).as_object();
  EXPECT_EQ(ind.at("name").as_string(), "水泵更完成率");
  // The only indicator (its part takes all 90 by redistribution), but the actuals file gives it weight 5.
  EXPECT_EQ(ind.at("weight").as_string(), "5.00");
  EXPECT_EQ(ind.at("score").as_string(), "5.00");
  EXPECT_TRUE(ind.at("met").as_bool());
  EXPECT_EQ(ind.at("reason").as_string(), "实际值 100% 达到目标 =100.00(%)");
  EXPECT_EQ(ind.at("exact_score").as_string(), "5.0000000000000000");  // the unrounded figure stays
  EXPECT_TRUE(ind.at("stated_reason").is_null());
  EXPECT_EQ(d.at("level1").at("产出指标").at("score").as_string(), "5.00");
  // 9.70 + 5 = 14.70 → 差
  EXPECT_EQ(d.at("total").as_string(), "14.70");
  EXPECT_EQ(d.at("grade").as_string(), "差");
  EXPECT_EQ(d.at("grade_scheme").as_string(), "national");
  // Three actuals match nothing in this one-indicator declaration; the weight sum differs.
  std::size_t unmatched = 0;
  for (const auto& diag : d.at("diagnostics").as_array())
    if (diag.at("code").as_string() == "SCORE_ACTUAL_UNMATCHED") ++unmatched;
  EXPECT_EQ(unmatched, 3u);
  EXPECT_TRUE(root.at("diagnostics").as_array().empty());
}

// Every truncation of a valid file is either read or refused with jixiao::Error
// (parse, naming an offset inside the input) — never a crash or another exception.
TEST(ScoreJsonRead, EveryTruncationIsAnErrorOrARead) {
  const std::string full = minimal;
  for (std::size_t n = 0; n < full.size(); ++n) {
    const std::string part = full.substr(0, n);
    try {
      actuals_from_json(part);
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), ErrorKind::parse) << n;
      EXPECT_LE(e.offset(), part.size()) << n;
    } catch (...) {
      ADD_FAILURE() << "another exception at length " << n;
    }
  }
}

}  // namespace
}  // namespace jixiao::test
