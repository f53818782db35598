// SPDX-License-Identifier: Apache-2.0
// Writing JSON: string quoting (RFC 8259), the target JSON of every kind, and a
// whole document compared with JSON written out by hand.
#include <cstdio>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "jixiao/json.hpp"

using namespace jixiao;

namespace {

// An independent decoder: Boost.JSON reads back what json_quote wrote.
std::string decode_json_string(const std::string& literal) {
  boost::json::value v = boost::json::parse(literal);
  return std::string(v.as_string().c_str(), v.as_string().size());
}

Decimal dec(std::int64_t mantissa, int scale) { return Decimal::from_parts(mantissa, scale); }

}  // namespace

TEST(JsonQuote, PlainAsciiAndChineseAreCopied) {
  EXPECT_EQ(json_quote("abc"), "\"abc\"");
  EXPECT_EQ(json_quote(""), "\"\"");
  EXPECT_EQ(json_quote("设备单价合规性"), "\"设备单价合规性\"");
  EXPECT_EQ(json_quote("≥90.00(%)"), "\"≥90.00(%)\"");
}

TEST(JsonQuote, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(json_quote("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(json_quote("$\\geq 98.70\\%$"), "\"$\\\\geq 98.70\\\\%$\"");
  EXPECT_EQ(json_quote("a\nb\tc\rd"), "\"a\\nb\\tc\\rd\"");
  EXPECT_EQ(json_quote(std::string("\x01\x1f\b\f", 4)), "\"\\u0001\\u001f\\b\\f\"");
  EXPECT_EQ(json_quote(std::string("a\0b", 3)), "\"a\\u0000b\"");
  EXPECT_EQ(json_quote("/\x7f"), "\"/\x7f\"");  // '/' and DEL need no escape
}

TEST(JsonQuote, InvalidUtf8BecomesReplacementCharacter) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(json_quote("a\xFF" "b"), "\"a" + fffd + "b\"");
  EXPECT_EQ(json_quote("\xC0\x80"), "\"" + fffd + fffd + "\"");            // overlong NUL
  EXPECT_EQ(json_quote("\xED\xA0\x80"), "\"" + fffd + fffd + fffd + "\"");  // a surrogate
  EXPECT_EQ(json_quote("\xE8\xAE"), "\"" + fffd + fffd + "\"");            // truncated 设
  EXPECT_EQ(json_quote("\xF4\x90\x80\x80"), "\"" + fffd + fffd + fffd + fffd + "\"");  // > U+10FFFF
  EXPECT_EQ(json_quote("\xF0\x9F\x98\x80"), "\"\xF0\x9F\x98\x80\"");  // a valid 4-byte sequence stays
}

TEST(JsonQuote, BoostReadsBackWhatWasWritten) {
  for (std::string text : {std::string("合规"), std::string("\"quoted\" \\ back"), std::string("tab\there"),
                           std::string("\x01\x02\x03 ctl"), std::string("emoji \xF0\x9F\x98\x80 end"),
                           std::string("全角　空格")}) {
    EXPECT_EQ(decode_json_string(json_quote(text)), text) << text;
  }
}

TEST(JsonQuote, AppendAddsToExistingText) {
  std::string out = "x=";
  append_json_quoted(out, "y\"");
  EXPECT_EQ(out, "x=\"y\\\"\"");
}

TEST(TargetJson, CompareWithUnitAndNote) {
  Target t{"≥90.00(%)", CompareTarget{CompareOp::ge, dec(9000, 2), "%", ""}};
  EXPECT_EQ(to_json(t), R"j({"raw":"≥90.00(%)","kind":"compare","op":"ge","value":"90.00","unit":"%"})j");
  Target noted{"100%（1.0）", CompareTarget{CompareOp::eq, dec(100, 0), "%", "1.0"}};
  EXPECT_EQ(to_json(noted),
            R"({"raw":"100%（1.0）","kind":"compare","op":"eq","value":"100","unit":"%","note":"1.0"})");
}

TEST(TargetJson, NegativeAndSmallDecimalsKeepTheirDigits) {
  Target t{"x", CompareTarget{CompareOp::lt, dec(-5, 2), "", ""}};
  EXPECT_EQ(to_json(t), R"({"raw":"x","kind":"compare","op":"lt","value":"-0.05","unit":""})");
  Target z{"y", CompareTarget{CompareOp::eq, dec(0, 2), "次", ""}};
  EXPECT_EQ(to_json(z), R"({"raw":"y","kind":"compare","op":"eq","value":"0.00","unit":"次"})");
}

TEST(TargetJson, Range) {
  Target t{"45%-60%", RangeTarget{dec(45, 0), dec(60, 0), "%", ""}};
  EXPECT_EQ(to_json(t), R"({"raw":"45%-60%","kind":"range","low":"45","high":"60","unit":"%"})");
}

TEST(TargetJson, TrendWithAndWithoutBy) {
  Target plain{"提升", TrendTarget{TrendDirection::up, TrendBasis::none, std::nullopt}};
  EXPECT_EQ(to_json(plain), R"({"raw":"提升","kind":"trend","direction":"up","basis":"none"})");
  Target by{"同比增长5%", TrendTarget{TrendDirection::up, TrendBasis::yoy, TrendBy{dec(5, 0), "%"}}};
  EXPECT_EQ(to_json(by),
            R"({"raw":"同比增长5%","kind":"trend","direction":"up","basis":"yoy","by":{"value":"5","unit":"%"}})");
  Target not_up{"下降或持平", TrendTarget{TrendDirection::not_up, TrendBasis::none, std::nullopt}};
  EXPECT_EQ(to_json(not_up), R"({"raw":"下降或持平","kind":"trend","direction":"not_up","basis":"none"})");
}

TEST(TargetJson, DeadlinePeriodQualitative) {
  EXPECT_EQ(to_json(Target{"2024年12月31日前完成", DeadlineTarget{Date{2024, 12, 31}}}),
            R"({"raw":"2024年12月31日前完成","kind":"deadline","date":"2024-12-31"})");
  EXPECT_EQ(to_json(Target{"2023.07-2024.01", PeriodTarget{"2023-07", "2024-01"}}),
            R"({"raw":"2023.07-2024.01","kind":"period","start":"2023-07","end":"2024-01"})");
  EXPECT_EQ(to_json(Target{"合规", QualitativeTarget{"合规"}}), R"({"raw":"合规","kind":"qualitative","term":"合规"})");
}

TEST(TargetJson, InvalidCarriesErrorOffsetExpected) {
  Target t{"≥", InvalidTarget{3, "number", "expected a number after the comparator at byte 3"}};
  EXPECT_EQ(to_json(t),
            R"({"raw":"≥","kind":"invalid","error":"expected a number after the comparator at byte 3","offset":3,"expected":"number"})");
}

TEST(TargetJson, PrettyIsIndented) {
  Target t{"合规", QualitativeTarget{"合规"}};
  EXPECT_EQ(to_json(t, JsonWriteOptions{true}), "{\n  \"raw\": \"合规\",\n  \"kind\": \"qualitative\",\n  \"term\": \"合规\"\n}");
}

TEST(DiagnosticJson, AllFieldsAndNulls) {
  Diagnostic d{"FUNDS_TOTAL_SUM", Severity::error, "项目资金总额 300,000.00 ≠ 财政资金 250,000.00 + 其他资金 0.00", 0,
               std::nullopt, 12};
  EXPECT_EQ(to_json(d),
            R"({"code":"FUNDS_TOTAL_SUM","severity":"error","message":"项目资金总额 300,000.00 ≠ 财政资金 250,000.00 + 其他资金 0.00","declaration":0,"indicator":null,"line":12})");
  Diagnostic info{"INGEST_LEVEL1_INFERRED", Severity::info, "m", std::nullopt, std::nullopt, std::nullopt};
  EXPECT_EQ(to_json(info),
            R"({"code":"INGEST_LEVEL1_INFERRED","severity":"info","message":"m","declaration":null,"indicator":null,"line":null})");
}

TEST(DocumentJson, SmallDocumentMatchesHandWrittenJson) {
  Document doc;
  doc.title = "标题";
  Declaration d;
  d.year = 2024;
  d.project.name = "专业设备购置及更新";
  d.project.start_date = Date{2024, 1, 1};
  d.funds.unit = "元";
  d.funds.total = Money::from_fen(30000000);
  d.funds.annual_carryover = Money::from_fen(0);
  d.goals.overall = "目标";
  d.indicators.push_back(Indicator{"成本指标", "经济成本指标", "设备单价合规性", Target{"合规", QualitativeTarget{"合规"}}, 36,
                                   std::nullopt});
  d.source = SourceSpan{5, 33};
  doc.declarations.push_back(d);
  doc.diagnostics.push_back(Diagnostic{"X", Severity::warning, "m", 0, 0, 36});
  const std::string expected =
      R"({"format":"jixiao.document/1","title":"标题","declarations":[{"year":2024,"taxonomy":"2021",)"
      R"("project":{"name":"专业设备购置及更新","nature":null,"category":null,"supervisor":null,"implementer":null,)"
      R"("start_date":"2024-01-01","end_date":null},)"
      R"("funds":{"unit":"元","total":"300000.00","total_fiscal":null,"total_other":null,"annual":null,)"
      R"("annual_appropriation":null,"annual_carryover":"0.00","annual_other":null},)"
      R"("goals":{"overall":"目标","annual":null},)"
      R"("indicators":[{"level1":"成本指标","level2":"经济成本指标","name":"设备单价合规性",)"
      R"("target":{"raw":"合规","kind":"qualitative","term":"合规"},"line":36,"label":null}],)"
      R"("source":{"first_line":5,"last_line":33}}],)"
      R"("diagnostics":[{"code":"X","severity":"warning","message":"m","declaration":0,"indicator":0,"line":36}]})";
  EXPECT_EQ(to_json(doc), expected);
}

TEST(DocumentJson, EmptyDocumentAndNoSourceKey) {
  Document doc;
  EXPECT_EQ(to_json(doc), R"({"format":"jixiao.document/1","title":null,"declarations":[],"diagnostics":[]})");
  doc.declarations.emplace_back();
  const std::string json = to_json(doc);
  EXPECT_EQ(json.find("\"source\""), std::string::npos) << "source is absent for declarations built in code";
  EXPECT_NE(json.find(R"("indicators":[])"), std::string::npos);
}

TEST(DocumentJson, PrettyParsesToTheSameValueAsCompact) {
  Document doc;
  doc.title = "t";
  Declaration d;
  d.year = 2023;
  d.taxonomy = TaxonomyEdition::e2015;
  d.funds.total = Money::from_fen(-5);
  d.indicators.push_back(Indicator{"产出指标", "数量指标", "n", Target{"≥2次", CompareTarget{CompareOp::ge, dec(2, 0), "次", ""}},
                                   std::nullopt, "进度指标"});
  doc.declarations.push_back(d);
  const std::string compact = to_json(doc);
  const std::string pretty = to_json(doc, JsonWriteOptions{true});
  EXPECT_NE(pretty.find("\n    {\n      \"year\": 2023,"), std::string::npos) << pretty;
  EXPECT_NE(pretty.find("\"diagnostics\": []"), std::string::npos) << pretty;
  EXPECT_EQ(boost::json::parse(compact), boost::json::parse(pretty));
  const auto v = boost::json::parse(compact);
  EXPECT_EQ(v.at("declarations").at(0).at("taxonomy"), "2015");
  EXPECT_EQ(v.at("declarations").at(0).at("funds").at("total"), "-0.05");
  EXPECT_EQ(v.at("declarations").at(0).at("indicators").at(0).at("label"), "进度指标");
}

TEST(DocumentJson, AppendJsonKeepsWhatIsThere) {
  std::string out = "prefix ";
  append_json(out, Document{});
  EXPECT_EQ(out, R"(prefix {"format":"jixiao.document/1","title":null,"declarations":[],"diagnostics":[]})");
}

TEST(DocumentJson, StreamedPiecesConcatenateToTheWholeJson) {
  Document doc;
  doc.title = "t";
  Declaration d;
  d.goals.overall = std::string(4000, 'x');  // ~4 KB a declaration: several 1 MiB pieces
  d.indicators.push_back(Indicator{"产出指标", "数量指标", "n", Target{"合规", QualitativeTarget{"合规"}}, 1, std::nullopt});
  doc.declarations.assign(1000, d);
  doc.diagnostics.push_back(Diagnostic{"C", Severity::info, "m", 999, 0, 1});
  for (bool pretty : {false, true}) {
    std::string streamed;
    std::size_t pieces = 0;
    write_json(doc, [&](std::string_view piece) {
      streamed += piece;
      ++pieces;
    }, JsonWriteOptions{pretty});
    EXPECT_EQ(streamed, to_json(doc, JsonWriteOptions{pretty}));
    EXPECT_GE(pieces, 3u);
  }
}

TEST(DocumentJson, WriterFedDeclarationByDeclarationEqualsTheWholeJson) {
  // What `jixiao parse` does: begin, one declaration at a time, end; many
  // diagnostics so that the tail is flushed in pieces too.
  Document doc;
  doc.title = "标题";
  Declaration d;
  d.project.name = "项目";
  d.indicators.push_back(Indicator{"产出指标", "数量指标", "n", Target{"合规", QualitativeTarget{"合规"}}, 1, std::nullopt});
  doc.declarations.assign(50, d);
  doc.diagnostics.assign(20000, Diagnostic{"INGEST_X", Severity::warning, std::string(100, 'm'), 3, 0, 7});
  for (bool pretty : {false, true}) {
    std::string streamed;
    std::size_t pieces = 0;
    DocumentJsonWriter writer([&](std::string_view piece) {
      EXPECT_FALSE(piece.empty());
      streamed += piece;
      ++pieces;
    }, JsonWriteOptions{pretty});
    writer.begin(doc.title);
    for (const auto& declaration : doc.declarations) writer.declaration(declaration);
    writer.end(doc.diagnostics);
    EXPECT_EQ(streamed, to_json(doc, JsonWriteOptions{pretty}));
    EXPECT_GE(pieces, 3u) << "20,000 diagnostics are over 2 MiB of JSON";
  }
}

// The quoting fast paths (eight ASCII bytes at a time, the common CJK lead
// bytes) agree with a byte-by-byte reference on every position of a special byte.
std::string reference_quote(std::string_view s) {
  std::string out = "\"";
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    const auto cont = [&](std::size_t k) { return (at(k) & 0xC0u) == 0x80u; };
    std::size_t len = 0;
    if (c < 0x80u) len = 1;
    else if (c >= 0xC2u && c <= 0xDFu && cont(i + 1)) len = 2;
    else if (c >= 0xE0u && c <= 0xEFu && cont(i + 1) && cont(i + 2) && !(c == 0xE0u && at(i + 1) < 0xA0u) &&
             !(c == 0xEDu && at(i + 1) >= 0xA0u))
      len = 3;
    else if (c >= 0xF0u && c <= 0xF4u && cont(i + 1) && cont(i + 2) && cont(i + 3) &&
             !(c == 0xF0u && at(i + 1) < 0x90u) && !(c == 0xF4u && at(i + 1) >= 0x90u))
      len = 4;
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (len > 1) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c == '\b') out += "\\b";
    else if (c == '\f') out += "\\f";
    else if (c < 0x20u) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    }
    else out.push_back(static_cast<char>(c));
    ++i;
  }
  return out + "\"";
}

TEST(JsonQuote, FastPathsAgreeWithAByteByByteReference) {
  const std::vector<std::string> specials = {
      "\"", "\\", "\n", std::string(1, '\0'), "\x01", "\x1f", "\x7f", " ", "\x80", "\xC3", "\xE0", "\xED",
      "\xF0", "\xF4", "\xFF", "设", "é", "😀", "\xE0\xA0\x80", "\xE0\x80\x80", "\xED\xA0\x80", "\xED\x9F\xBF",
      "\xEF\xBF\xBD", "\xE4\xB8", "\xE1\x80", "\xEC\xBF\xBF", "\xF4\x90\x80\x80"};
  const std::string ascii = "abcdefghijklmnopqrstuvwx";
  std::size_t cases = 0;
  for (const auto& special : specials) {
    for (std::size_t at = 0; at <= ascii.size(); ++at) {
      std::string text = ascii;
      text.insert(at, special);
      EXPECT_EQ(json_quote(text), reference_quote(text)) << "special byte(s) at " << at;
      const std::string cut = text.substr(0, at + special.size() / 2 + 1);  // a sequence cut at the end
      EXPECT_EQ(json_quote(cut), reference_quote(cut));
      ++cases;
    }
  }
  EXPECT_EQ(cases, specials.size() * (ascii.size() + 1));
}
