// SPDX-License-Identifier: Apache-2.0
// The document JSON carries the formats.md additions (2026-12): indicator weight,
// nature, note, actual, score, reason; a declaration's selfeval; the page and box
// of a declaration read from PDF. A reading of a published 自评表 and of the
// Hongkou PDF, written as JSON and read back, is equal field by field, and
// writing it again gives the same bytes.
#include <gtest/gtest.h>

#include <string>

#include "jixiao/json.hpp"
#include "jixiao/pdf.hpp"
#include "jixiao/read.hpp"
#include "unit/ingest/ingest_support.hpp"
#include "unit/pdfgrid/pdf_support.hpp"

namespace {

using jixiao::Declaration;
using jixiao::Document;
using jixiao::Indicator;

void expect_same_indicator(const Indicator& back, const Indicator& read) {
  EXPECT_EQ(back.level1, read.level1);
  EXPECT_EQ(back.level2, read.level2);
  EXPECT_EQ(back.name, read.name);
  EXPECT_EQ(back.target, read.target) << read.target.raw;
  EXPECT_EQ(back.line, read.line);
  EXPECT_EQ(back.label, read.label);
  EXPECT_EQ(back.weight, read.weight);
  EXPECT_EQ(back.nature, read.nature);
  EXPECT_EQ(back.note, read.note);
  EXPECT_EQ(back.actual, read.actual);
  EXPECT_EQ(back.score, read.score);
  EXPECT_EQ(back.reason, read.reason);
}

void expect_same_declaration(const Declaration& back, const Declaration& read) {
  EXPECT_EQ(back.year, read.year);
  EXPECT_EQ(back.taxonomy, read.taxonomy);
  EXPECT_EQ(back.project, read.project);
  EXPECT_EQ(back.funds, read.funds);
  EXPECT_EQ(back.goals, read.goals);
  EXPECT_EQ(back.source, read.source);
  EXPECT_EQ(back.selfeval, read.selfeval);
  ASSERT_EQ(back.indicators.size(), read.indicators.size());
  for (std::size_t i = 0; i < read.indicators.size(); ++i) {
    SCOPED_TRACE("indicator " + std::to_string(i) + " " + read.indicators[i].name);
    expect_same_indicator(back.indicators[i], read.indicators[i]);
  }
}

// read → JSON → read: equal field by field; the JSON written again is the same.
void expect_round_trip(const Document& read) {
  const std::string json = jixiao::to_json(read);
  const Document back = jixiao::document_from_json(json);
  EXPECT_EQ(back.title, read.title);
  ASSERT_EQ(back.declarations.size(), read.declarations.size());
  for (std::size_t d = 0; d < read.declarations.size(); ++d) {
    SCOPED_TRACE("declaration " + std::to_string(d));
    expect_same_declaration(back.declarations[d], read.declarations[d]);
  }
  EXPECT_EQ(back.diagnostics, read.diagnostics);
  EXPECT_EQ(jixiao::to_json(back), json);
}

TEST(JsonAdditions, SelfEvaluationRoundTrip) {
  // The Chizhou 自评表 (single spaces, detected), read through read_document_file.
  for (const char* name : {"selfeval-chizhou-tangxi-village-2022.txt"}) {
    SCOPED_TRACE(name);
    const Document doc = jixiao::read_document_file(std::string(JIXIAO_TEST_DATA) + "/corpus/real/" + name);
    ASSERT_FALSE(doc.declarations.empty());
    const Declaration& d = doc.declarations.front();
    // The reading has what the additions are for, so the round trip tests them.
    ASSERT_TRUE(d.selfeval.has_value());
    std::size_t weights = 0, actuals = 0, scores = 0;
    for (const auto& i : d.indicators) {
      weights += i.weight.has_value();
      actuals += i.actual.has_value();
      scores += i.score.has_value();
    }
    EXPECT_GT(weights, 0u);
    EXPECT_GT(actuals, 0u);
    EXPECT_GT(scores, 0u);
    const std::string json = jixiao::to_json(doc);
    for (const char* key : {"\"selfeval\":", "\"budget\":", "\"weight\":", "\"actual\":", "\"score\":"})
      EXPECT_NE(json.find(key), std::string::npos) << key;
    expect_round_trip(doc);
  }
}

TEST(JsonAdditions, KeysOnlyWhenTheSourceHasThem) {
  // The seed has none of the additions: its JSON has none of their keys.
  const std::string json = jixiao::to_json(jixiao::read_document(ingest_test::hongkou()));
  for (const char* key : {"\"selfeval\":", "\"weight\":", "\"actual\":", "\"score\":", "\"reason\":", "\"nature\":\"定",
                          "\"note\":", "\"page\":", "\"bbox\":"})
    EXPECT_EQ(json.find(key), std::string::npos) << key;
}

TEST(JsonAdditions, EveryKeyWrittenAndRead) {
  Document doc;
  Declaration& d = doc.declarations.emplace_back();
  d.source = jixiao::SourceSpan{3, 9, 2, jixiao::Box{56.7, 80.25, 538.5999999999999, 0.1}};
  d.selfeval = jixiao::SelfEvaluation{{"100", "100", "97", "10", "97%", "9.7"}, "97.7", "优", "已完成采购"};
  Indicator& i = d.indicators.emplace_back();
  i.level1 = "产出指标";
  i.level2 = "数量指标";
  i.name = "设备数量";
  i.target = jixiao::parse_target("≥10台");
  i.weight = jixiao::Decimal::parse("20");
  i.nature = "定量";
  i.note = "必填";
  i.actual = "10台";
  i.score = jixiao::Decimal::parse("19.50");
  i.reason = "无偏差";
  const std::string json = jixiao::to_json(doc);
  EXPECT_NE(json.find(R"("source":{"first_line":3,"last_line":9,"page":2,"bbox":["56.7","80.25","538.5999999999999","0.1"]})"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("weight":"20","nature":"定量","note":"必填","actual":"10台","score":"19.50","reason":"无偏差")"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("selfeval":{"budget":{"year_start":"100","annual":"100","executed":"97","weight":"10","rate":"97%","score":"9.7"},"total":"97.7","grade":"优","achieved":"已完成采购"})"),
            std::string::npos)
      << json;
  expect_round_trip(doc);
  // A coordinate that is no decimal string is an error naming its path.
  std::string bad = json;
  bad.replace(bad.find("\"56.7\""), 6, "56.7");
  try {
    jixiao::document_from_json(bad);
    ADD_FAILURE() << "read a numeric coordinate";
  } catch (const jixiao::Error& e) {
    EXPECT_NE(std::string(e.what()).find("declarations[0].source.bbox[0]"), std::string::npos) << e.what();
  }
}

// Built where the PDF plugin is (poppler found), as the PDF tests are.
#ifdef JIXIAO_TEST_PDF_PLUGIN
TEST(JsonAdditions, PdfRoundTrip) {
  const jixiao::PdfOptions options = pdf_test::options("hongkou.pdf");
  const Document doc = jixiao::read_pdf_document(pdf_test::data("corpus/hongkou-court-2024.pdf"), options);
  ASSERT_EQ(doc.declarations.size(), 7u);
  for (const auto& d : doc.declarations) {
    ASSERT_TRUE(d.source.has_value());
    EXPECT_TRUE(d.source->page.has_value());
    EXPECT_TRUE(d.source->bbox.has_value());
  }
  const std::string json = jixiao::to_json(doc);
  EXPECT_NE(json.find("\"page\":1,\"bbox\":[\""), std::string::npos);
  expect_round_trip(doc);
}
#endif

}  // namespace
