// SPDX-License-Identifier: Apache-2.0
// Reading JSON back: round trips of hand-built documents with every field and
// every target kind, and the errors (offsets, lines, expectations, JSON paths).
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "jixiao/json.hpp"

using namespace jixiao;
using ::testing::HasSubstr;

namespace {

Decimal dec(std::int64_t mantissa, int scale) { return Decimal::from_parts(mantissa, scale); }

Indicator indicator(std::string level1, std::string level2, std::string name, Target target) {
  return Indicator{std::move(level1), std::move(level2), std::move(name), std::move(target), std::nullopt, std::nullopt};
}

// A document using every field of the model, each target kind, diagnostics,
// source spans, labels and both taxonomy editions.
Document full_document() {
  Document doc;
  doc.title = "上海市虹口区人民法院 2024 年度项目绩效目标汇总表";
  Declaration a;
  a.year = 2024;
  a.project = Project{"专业设备购置及更新", "其他一次性项目", "特定目标类", "上海市虹口区人民法院", "上海市虹口区人民法院",
                      Date{2024, 1, 1}, Date{2024, 12, 31}};
  a.funds = Funds{"元",
                  Money::from_fen(30000000),
                  Money::from_fen(30000000),
                  Money::from_fen(0),
                  Money::from_fen(30000000),
                  Money::from_fen(30000000),
                  Money::from_fen(0),
                  Money::from_fen(0)};
  a.goals = Goals{"根据司法办案业务工作需要，完成水泵更新。", "年度 \"目标\"\n第二行"};
  a.indicators.push_back(indicator("成本指标", "经济成本指标", "设备单价合规性", Target{"合规", QualitativeTarget{"合规"}}));
  a.indicators.push_back(
      indicator("产出指标", "数量指标", "水泵更完成率", Target{"=100.00(%)", CompareTarget{CompareOp::eq, dec(10000, 2), "%", ""}}));
  a.indicators.back().line = 21;
  a.indicators.push_back(indicator("产出指标", "时效指标", "进度", Target{"2024年12月31日前完成", DeadlineTarget{Date{2024, 12, 31}}}));
  a.indicators.back().label = "进度指标";
  a.indicators.push_back(indicator("效益指标", "社会效益指标", "温度", Target{"14-24℃", RangeTarget{dec(14, 0), dec(24, 0), "℃", ""}}));
  a.indicators.push_back(indicator("效益指标", "社会效益指标", "收入",
                                   Target{"同比增长5%", TrendTarget{TrendDirection::up, TrendBasis::yoy, TrendBy{dec(5, 0), "%"}}}));
  a.indicators.push_back(
      indicator("效益指标", "可持续影响指标", "周期", Target{"2023.07-2024.01", PeriodTarget{"2023-07", "2024-01"}}));
  a.indicators.push_back(indicator("满意度指标", "服务对象满意度指标", "坏", Target{"≥", InvalidTarget{3, "number", "expected a number"}}));
  a.indicators.push_back(
      indicator("满意度指标", "服务对象满意度指标", "注", Target{"100%（1.0）", CompareTarget{CompareOp::eq, dec(100, 0), "%", "1.0"}}));
  a.source = SourceSpan{5, 33};
  doc.declarations.push_back(a);

  Declaration b;  // mostly empty: every optional absent
  b.taxonomy = TaxonomyEdition::e2015;
  b.funds.unit = "万元";
  b.funds.total = Money::from_fen(-123456789012345);
  doc.declarations.push_back(b);

  doc.diagnostics.push_back(Diagnostic{"INGEST_LEVEL1_INFERRED", Severity::info, "一级指标由二级指标推断", 0, 2, 23});
  doc.diagnostics.push_back(Diagnostic{"TARGET_INVALID", Severity::error, "指标值无法解析", 0, 6, std::nullopt});
  doc.diagnostics.push_back(Diagnostic{"FUNDS_UNIT_MISSING", Severity::warning, "m", std::nullopt, std::nullopt, std::nullopt});
  return doc;
}

JsonReadOptions unchecked() {
  JsonReadOptions o;
  o.check_targets = false;  // the hand-built targets are not tied to parse_target here
  return o;
}

// Runs `read` and returns the Error it throws (fails the test if none).
template <class Read>
Error error_of(Read read) {
  try {
    read();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no jixiao::Error thrown";
  return Error(ErrorKind::invalid_argument, "none");
}

const std::string minimal_declaration =
    R"({"year":2024,"taxonomy":"2021",)"
    R"("project":{"name":"p","nature":null,"category":null,"supervisor":null,"implementer":null,"start_date":null,"end_date":null},)"
    R"("funds":{"unit":"元","total":"1.00","total_fiscal":null,"total_other":null,"annual":null,"annual_appropriation":null,"annual_carryover":null,"annual_other":null},)"
    R"("goals":{"overall":null,"annual":null},"indicators":[]})";

std::string document_with(const std::string& declaration) {
  return R"({"format":"jixiao.document/1","title":null,"declarations":[)" + minimal_declaration + "," + declaration +
         R"(],"diagnostics":[]})";
}

}  // namespace

TEST(JsonRead, FullDocumentRoundTripsCompactAndPretty) {
  const Document doc = full_document();
  EXPECT_EQ(document_from_json(to_json(doc), unchecked()), doc);
  EXPECT_EQ(document_from_json(to_json(doc, JsonWriteOptions{true}), unchecked()), doc);
  // And the JSON of the re-read document is byte for byte the same.
  EXPECT_EQ(to_json(document_from_json(to_json(doc), unchecked())), to_json(doc));
}

TEST(JsonRead, DecimalsKeepTheirScale) {
  const Document doc = full_document();
  const Document back = document_from_json(to_json(doc), unchecked());
  const auto& c = std::get<CompareTarget>(back.declarations[0].indicators[1].target.value);
  EXPECT_TRUE(c.value.same_representation(dec(10000, 2)));
  EXPECT_EQ(c.value.to_string(), "100.00");
}

TEST(JsonRead, SingleObjects) {
  const Target t{"≥90.00(%)", CompareTarget{CompareOp::ge, dec(9000, 2), "%", ""}};
  EXPECT_EQ(target_from_json(to_json(t), unchecked()), t);
  const Diagnostic d{"C", Severity::error, "消息", 1, 2, 3};
  EXPECT_EQ(diagnostic_from_json(to_json(d)), d);
  const Declaration decl = full_document().declarations[0];
  EXPECT_EQ(declaration_from_json(to_json(decl), unchecked()), decl);
}

TEST(JsonRead, AcceptsByteOrderMarkAndWhiteSpace) {
  const std::string json = "\xEF\xBB\xBF \n" + to_json(Document{}) + "\n";
  EXPECT_EQ(document_from_json(json), Document{});
}

TEST(JsonRead, OptionalMembersMayBeAbsent) {
  // line, label, source, note, by and the invalid target's offset/expected.
  const Document doc = document_from_json(document_with(
      R"({"year":null,"taxonomy":"2015","project":{"name":null,"nature":null,"category":null,"supervisor":null,"implementer":null,"start_date":null,"end_date":null},)"
      R"("funds":{"unit":null,"total":null,"total_fiscal":null,"total_other":null,"annual":null,"annual_appropriation":null,"annual_carryover":null,"annual_other":null},)"
      R"("goals":{"overall":null,"annual":null},"indicators":[{"level1":"","level2":"","name":"n","target":{"raw":"?","kind":"invalid","error":"bad"}}]})"));
  ASSERT_EQ(doc.declarations.size(), 2u);
  const Declaration& d = doc.declarations[1];
  EXPECT_FALSE(d.year);
  EXPECT_EQ(d.taxonomy, TaxonomyEdition::e2015);
  EXPECT_FALSE(d.source);
  ASSERT_EQ(d.indicators.size(), 1u);
  EXPECT_FALSE(d.indicators[0].line);
  EXPECT_FALSE(d.indicators[0].label);
  const auto& bad = std::get<InvalidTarget>(d.indicators[0].target.value);
  EXPECT_EQ(bad.message, "bad");
  EXPECT_EQ(bad.offset, 0u);
  EXPECT_EQ(bad.expected, "");
}

TEST(JsonRead, MoneyWithTrailingZerosBeyondFenIsExact) {
  const Document doc = document_from_json(document_with(
      R"({"year":2024,"taxonomy":"2021","project":{"name":"p","nature":null,"category":null,"supervisor":null,"implementer":null,"start_date":null,"end_date":null},)"
      R"("funds":{"unit":"万元","total":"12.3000","total_fiscal":"7","total_other":null,"annual":null,"annual_appropriation":null,"annual_carryover":null,"annual_other":null},)"
      R"("goals":{"overall":null,"annual":null},"indicators":[]})"));
  EXPECT_EQ(doc.declarations[1].funds.total, Money::from_fen(1230));
  EXPECT_EQ(doc.declarations[1].funds.total_fiscal, Money::from_fen(700));
}

TEST(JsonReadErrors, SyntaxErrorNamesOffsetLineAndExpectation) {
  const std::string json = "{\"format\": \"jixiao.document/1\",\n \"title\" null}";
  JsonReadOptions options;
  options.source_name = "a.json";
  const Error e = error_of([&] { document_from_json(json, options); });
  EXPECT_EQ(e.kind(), ErrorKind::parse);
  EXPECT_EQ(e.offset(), json.find("null"));
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.expected(), "':'");
  EXPECT_EQ(e.source(), "a.json");
  EXPECT_THAT(e.what(), HasSubstr("a.json:2"));
  EXPECT_THAT(e.what(), HasSubstr("byte " + std::to_string(json.find("null"))));
}

TEST(JsonReadErrors, SyntaxExpectations) {
  struct Case {
    std::string json;
    std::size_t offset;
    std::string expected;
  };
  const Case cases[] = {
      {"", 0, "a JSON value"},
      {"   ", 3, "a JSON value"},
      {"{", 1, "a string key or '}'"},
      {"{\"a\":1,}", 7, "a string key"},
      {"{\"a\":1 \"b\":2}", 7, "',' or '}'"},
      {"[1,2", 4, "',' or ']'"},
      {"[1,]", 3, "a JSON value"},
      {"{\"a\":tru}", 8, "\"true\""},
      {"{\"a\":01}", 6, "',' or '}'"},
      {"{\"a\":1.}", 7, "digit"},
      {"{\"a\":-}", 6, "digit"},
      {"{\"a\":\"x\\q\"}", 8, "an escape character (one of \" \\ / b f n r t u)"},
      {"{\"a\":\"\\u12G4\"}", 10, "hex digit"},
      {"{\"a\":\"\\uD800\"}", 12, "a trailing surrogate escape (\\uDC00-\\uDFFF)"},
      {"{\"a\":\"\\uDC00\"}", 6, "a leading surrogate before a trailing one"},
      {"{\"a\":\"x\ny\"}", 7, "an escaped control character (\\n, \\t, \\u00XX)"},
      {"{\"a\":\"\xFF\"}", 6, "valid UTF-8"},
      {"{\"a\":\"abc", 9, "closing '\"'"},
      {"{} x", 3, "end of input"},
      {"{\"a\":1,\"b\":2,\"a\":3}", 13, "a key not used before in this object (\"a\" is repeated)"},
  };
  for (const auto& c : cases) {
    const Error e = error_of([&] { document_from_json(c.json); });
    EXPECT_EQ(e.kind(), ErrorKind::parse) << c.json;
    EXPECT_EQ(e.offset(), c.offset) << c.json;
    EXPECT_EQ(e.expected(), c.expected) << c.json;
  }
}

TEST(JsonReadErrors, NestingDepthIsLimited) {
  JsonReadOptions options;
  options.max_depth = 8;
  const std::string deep = std::string(9, '[') + std::string(9, ']');
  const Error e = error_of([&] { document_from_json(deep, options); });
  EXPECT_EQ(e.kind(), ErrorKind::parse);
  EXPECT_EQ(e.offset(), 8u);
  EXPECT_THAT(e.expected(), HasSubstr("no deeper than 8"));
  // A very deep input with the default limit: an error, not a stack overflow.
  const std::string very_deep(1'000'000, '[');
  EXPECT_EQ(error_of([&] { document_from_json(very_deep); }).offset(), 256u);
}

TEST(JsonReadErrors, UnknownOrMissingFormat) {
  const Error unknown = error_of([] {
    document_from_json(R"({"format":"jixiao.document/2","title":null,"declarations":[],"diagnostics":[]})");
  });
  EXPECT_EQ(unknown.kind(), ErrorKind::format);
  EXPECT_THAT(unknown.what(), HasSubstr("format"));
  EXPECT_THAT(unknown.what(), HasSubstr("jixiao.document/2"));
  const Error missing = error_of([] { document_from_json(R"({"title":null,"declarations":[],"diagnostics":[]})"); });
  EXPECT_EQ(missing.kind(), ErrorKind::format);
  EXPECT_THAT(missing.what(), HasSubstr("format: expected \"jixiao.document/1\""));
  const Error not_object = error_of([] { document_from_json("[]"); });
  EXPECT_EQ(not_object.kind(), ErrorKind::format);
  EXPECT_THAT(not_object.what(), HasSubstr("expected an object, found an array"));
}

TEST(JsonReadErrors, MissingFieldNamesItsPath) {
  std::string broken = minimal_declaration;
  broken.replace(broken.find("\"total\":\"1.00\","), 15, "");
  JsonReadOptions options;
  options.source_name = "in.json";
  const Error e = error_of([&] { document_from_json(document_with(broken), options); });
  EXPECT_EQ(e.kind(), ErrorKind::format);
  EXPECT_THAT(e.what(), HasSubstr("in.json: declarations[1].funds.total: expected"));
  EXPECT_THAT(e.what(), HasSubstr("found no such field"));
}

TEST(JsonReadErrors, MistypedFieldsNameTheirPaths) {
  struct Case {
    std::string from, to, path;
  };
  const Case cases[] = {
      {R"("total":"1.00")", R"("total":1.00)", "declarations[1].funds.total: expected an amount"},
      {R"("total":"1.00")", R"("total":"1.001")", "declarations[1].funds.total: expected an amount with at most 2 decimals"},
      {R"("total":"1.00")", R"("total":"1,0,0")", "declarations[1].funds.total"},
      {R"("total":"1.00")", R"("total":"abc")", "declarations[1].funds.total"},
      {R"("total":"1.00")", R"("total":"999999999999999999999")", "declarations[1].funds.total"},
      {R"("year":2024)", R"("year":"2024")", "declarations[1].year: expected an integer"},
      {R"("year":2024)", R"("year":-1)", "declarations[1].year: expected an integer from 0 to 9999, found -1"},
      {R"("year":2024)", R"("year":2024.5)", "declarations[1].year"},
      {R"("taxonomy":"2021")", R"("taxonomy":"2030")", "declarations[1].taxonomy: expected a taxonomy edition"},
      {R"("name":"p")", R"("name":7)", "declarations[1].project.name: expected a string or null, found a number"},
      {R"("start_date":null)", R"("start_date":"2024-13-01")", "declarations[1].project.start_date: expected an ISO date"},
      {R"("indicators":[])", R"("indicators":{})", "declarations[1].indicators: expected an array, found an object"},
      {R"("indicators":[])", R"("indicators":[{"level1":"a","level2":"b","name":"c"}])",
       "declarations[1].indicators[0].target: expected a target object, found no such field"},
      {R"("indicators":[])", R"("indicators":[{"level1":"a","level2":"b","name":"c","target":{"raw":"x","kind":"weird"}}])",
       "declarations[1].indicators[0].target.kind: expected a target kind"},
      {R"("indicators":[])",
       R"("indicators":[{"level1":"a","level2":"b","name":"c","target":{"raw":"x","kind":"compare","op":"ge","value":90,"unit":""}}])",
       "declarations[1].indicators[0].target.value: expected a decimal string"},
      {R"("indicators":[])",
       R"("indicators":[{"level1":"a","level2":"b","name":"c","target":{"raw":"x","kind":"compare","op":"gte","value":"90","unit":""}}])",
       "declarations[1].indicators[0].target.op: expected an operator"},
      {R"("indicators":[])",
       R"("indicators":[{"level1":"a","level2":"b","name":"c","line":-3,"target":{"raw":"x","kind":"qualitative","term":"x"}}])",
       "declarations[1].indicators[0].line: expected an integer from 0 to 4294967295"},
  };
  for (const auto& c : cases) {
    std::string changed = minimal_declaration;
    const auto at = changed.find(c.from);
    ASSERT_NE(at, std::string::npos) << c.from;
    changed.replace(at, c.from.size(), c.to);
    const Error e = error_of([&] { document_from_json(document_with(changed), unchecked()); });
    EXPECT_EQ(e.kind(), ErrorKind::format) << c.to;
    EXPECT_THAT(e.what(), HasSubstr(c.path)) << c.to;
  }
}

TEST(JsonReadErrors, DiagnosticFieldsAreChecked) {
  const Error e = error_of([] {
    document_from_json(
        R"({"format":"jixiao.document/1","title":null,"declarations":[],"diagnostics":[{"code":"C","severity":"fatal","message":"m"}]})");
  });
  EXPECT_EQ(e.kind(), ErrorKind::format);
  EXPECT_THAT(e.what(), HasSubstr("diagnostics[0].severity: expected a severity (error, warning, info), found \"fatal\""));
}

TEST(JsonReadErrors, TargetFieldsMustAgreeWithRaw) {
  // parse_target reads "≥90%" as ge 90 %; fields claiming le disagree.
  const std::string json = R"({"raw":"≥90%","kind":"compare","op":"le","value":"90","unit":"%"})";
  const Error e = error_of([&] { target_from_json(json); });
  EXPECT_EQ(e.kind(), ErrorKind::format);
  EXPECT_THAT(e.what(), HasSubstr("agree with \"raw\""));
  // Without the check the fields are taken as written.
  const Target t = target_from_json(json, unchecked());
  EXPECT_EQ(std::get<CompareTarget>(t.value).op, CompareOp::le);
  // Fields that agree are accepted.
  const Target ok = target_from_json(R"({"raw":"≥90%","kind":"compare","op":"ge","value":"90","unit":"%"})");
  EXPECT_EQ(ok, parse_target("≥90%"));
}

TEST(JsonRead, ParsedTargetsOfEveryKindRoundTripWithTheCheck) {
  for (const char* raw : {"≥90.00(%)", "=100.00 (%)", "$\\geq 98.70\\%$", "45%-60%", "提升", "同比下降", "下降或持平",
                          "2024年12月31日前完成", "合规", "≥", "90%-", "1..5", "≤6.00 (小时)", "100%（1.0）"}) {
    const Target t = parse_target(raw);
    EXPECT_EQ(target_from_json(to_json(t)), t) << raw << " → " << to_json(t);
  }
}

TEST(JsonReadErrors, DepthBeyondTheParserCapIsAnErrorNotACrash) {
  JsonReadOptions unlimited;
  unlimited.max_depth = 1'000'000;
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
  const Error e = error_of([&] { document_from_json(deep, unlimited); });
  EXPECT_EQ(e.kind(), ErrorKind::parse);
  EXPECT_EQ(e.offset(), 2048u);
  EXPECT_THAT(e.expected(), HasSubstr("no deeper than 2048"));
}
