// SPDX-License-Identifier: Apache-2.0
// Configurable limits (docs/hardening.md): every limit of IngestLimits,
// JsonReadOptions and ReadOptions is enforced at exactly its value — input at the
// limit reads, one more is jixiao::Error naming the limit, where it was hit (byte
// offset, line) and the source.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/score_json.hpp"

namespace {

using jixiao::Error;
using jixiao::ErrorKind;
using ::testing::HasSubstr;

Error error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "no jixiao::Error thrown";
  return Error(ErrorKind::invalid_argument, "none");
}

// One small declaration with `rows` indicator rows.
std::string declaration(std::size_t rows, const std::string& name_prefix = "指标") {
  std::string s =
      "项目支出绩效目标申报表\n(2024 年度)\n项目名称\t测试项目\t项目性质\t其他\n"
      "项目资金 (元)\t项目资金总额\t100.00\t年度资金申请总额\t100.00\n"
      "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n";
  for (std::size_t i = 0; i < rows; ++i) {
    s += i == 0 ? "\t产出指标\t数量指标\t" : "\t\t\t";
    s += name_prefix + std::to_string(i) + "\t≥" + std::to_string(i) + "(个)\n";
  }
  return s;
}

jixiao::IngestOptions named(const char* name) {
  jixiao::IngestOptions options;
  options.source_name = name;
  return options;
}

TEST(HardeningLimits, MaxInputBytes) {
  const std::string text = declaration(3);
  auto options = named("in.txt");
  options.limits.max_input_bytes = text.size();
  EXPECT_EQ(jixiao::read_published_text(text, options).declarations.size(), 1u);
  options.limits.max_input_bytes = text.size() - 1;
  const Error e = error_of([&] { jixiao::read_published_text(text, options); });
  EXPECT_EQ(e.kind(), ErrorKind::limit);
  EXPECT_EQ(e.expected(), "max_input_bytes");
  EXPECT_EQ(e.source(), "in.txt");
  EXPECT_THAT(e.what(), HasSubstr("max_input_bytes = " + std::to_string(text.size() - 1)));
  EXPECT_THAT(e.what(), HasSubstr("in.txt"));
}

TEST(HardeningLimits, MaxInputBytesThroughReadDocumentForBothFormats) {
  jixiao::ReadOptions options;
  options.source_name = "doc";
  const std::string text = declaration(2);
  const std::string json = jixiao::to_json(jixiao::read_published_text(text));
  for (const std::string* input : {&text, &json}) {
    options.limits.max_input_bytes = input->size();
    EXPECT_NO_THROW(jixiao::read_document(*input, options));
    options.limits.max_input_bytes = input->size() - 1;
    const Error e = error_of([&] { jixiao::read_document(*input, options); });
    EXPECT_EQ(e.kind(), ErrorKind::limit);
    EXPECT_THAT(e.what(), HasSubstr(std::to_string(input->size() - 1)));
    EXPECT_EQ(e.source(), "doc");
  }
}

TEST(HardeningLimits, MaxLineBytesCountsTheLineWithoutItsEnding) {
  const std::string long_name(100, 'x');
  const std::string text = "标题\n" + long_name + "\r\n尾\n";
  auto options = named("lines.txt");
  options.limits.max_line_bytes = 100;  // the CR is not part of the line
  EXPECT_NO_THROW(jixiao::read_published_text(text, options));
  options.limits.max_line_bytes = 99;
  const Error e = error_of([&] { jixiao::read_published_text(text, options); });
  EXPECT_EQ(e.kind(), ErrorKind::limit);
  EXPECT_EQ(e.expected(), "max_line_bytes");
  EXPECT_EQ(e.line(), 2u);
  EXPECT_EQ(e.offset(), std::string("标题\n").size());
  EXPECT_THAT(e.what(), HasSubstr("lines.txt:2"));
  EXPECT_THAT(e.what(), HasSubstr("max_line_bytes = 99"));
}

TEST(HardeningLimits, MaxRowsCountsRowsOfTheWholeInput) {
  const std::string text = declaration(3) + declaration(4);
  auto options = named("rows.txt");
  options.limits.max_rows = 7;
  const auto document = jixiao::read_published_text(text, options);
  ASSERT_EQ(document.declarations.size(), 2u);
  EXPECT_EQ(document.declarations[0].indicators.size() + document.declarations[1].indicators.size(), 7u);
  options.limits.max_rows = 6;
  const Error e = error_of([&] { jixiao::read_published_text(text, options); });
  EXPECT_EQ(e.kind(), ErrorKind::limit);
  EXPECT_EQ(e.expected(), "max_rows");
  EXPECT_THAT(e.what(), HasSubstr("max_rows = 6"));
  // the seventh row is the last line of the input
  const auto last_line = static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n'));
  EXPECT_EQ(e.line(), last_line);
  EXPECT_EQ(e.offset(), text.rfind("指标3"));
}

TEST(HardeningLimits, MaxDeclarations) {
  const std::string text = declaration(1) + declaration(1) + declaration(1);
  auto options = named("decl.txt");
  options.limits.max_declarations = 3;
  EXPECT_EQ(jixiao::read_published_text(text, options).declarations.size(), 3u);
  options.limits.max_declarations = 2;
  const Error e = error_of([&] { jixiao::read_published_text(text, options); });
  EXPECT_EQ(e.kind(), ErrorKind::limit);
  EXPECT_EQ(e.expected(), "max_declarations");
  EXPECT_THAT(e.what(), HasSubstr("max_declarations = 2"));
  EXPECT_EQ(e.offset(), text.rfind("项目支出绩效目标申报表"));
}

TEST(HardeningLimits, DefaultsAreFarAboveARealDocument) {
  const jixiao::IngestLimits limits;
  EXPECT_GE(limits.max_input_bytes, std::size_t{1} << 30);
  EXPECT_GE(limits.max_line_bytes, std::size_t{1} << 20);
  EXPECT_GE(limits.max_rows, 1'000'000u);
  EXPECT_GE(limits.max_declarations, 100'000u);
  EXPECT_GE(jixiao::JsonReadOptions{}.max_depth, 16u);  // the document JSON is 6 deep
}

// JSON nesting: depth max_depth reads as far as nesting goes (then fails on shape),
// one more is a syntax error naming the limit at the offset of the bracket too many.
TEST(HardeningLimits, JsonMaxDepthInDocumentsAndActuals) {
  for (std::size_t depth : {1u, 5u, 64u}) {
    jixiao::JsonReadOptions options;
    options.max_depth = depth;
    const std::string at_limit = std::string(depth, '[') + std::string(depth, ']');
    const Error shape = error_of([&] { jixiao::document_from_json(at_limit, options); });
    EXPECT_EQ(shape.kind(), ErrorKind::format) << depth;
    const std::string over = std::string(depth + 1, '[') + std::string(depth + 1, ']');
    for (auto read : {std::function<void()>([&] { jixiao::document_from_json(over, options); }),
                      std::function<void()>([&] { jixiao::actuals_from_json(over, options); })}) {
      const Error e = error_of(read);
      EXPECT_EQ(e.kind(), ErrorKind::parse) << depth;
      EXPECT_EQ(e.offset(), depth) << depth;
      EXPECT_THAT(e.expected(), HasSubstr("no deeper than " + std::to_string(depth)));
    }
  }
}

TEST(HardeningLimits, JsonDepthThroughReadDocument) {
  jixiao::ReadOptions options;
  options.max_json_depth = 3;
  const std::string json =
      R"({"format":"jixiao.document/1","title":null,"declarations":[[[]]],"diagnostics":[]})";
  const Error e = error_of([&] { jixiao::read_document(json, options); });
  EXPECT_EQ(e.kind(), ErrorKind::parse);
  EXPECT_EQ(e.offset(), json.find("[[[") + 2);
  EXPECT_THAT(e.expected(), HasSubstr("no deeper than 3"));
}

}  // namespace
