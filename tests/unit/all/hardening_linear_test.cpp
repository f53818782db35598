// SPDX-License-Identifier: Apache-2.0
// Linear time on hostile sizes (docs/hardening.md), label `slow`. Each test reads
// an input of the size and, to show the growth is linear, one an eighth of
// it: the big one may take at most 24× as long (linear: 8×; quadratic: 64×) plus a
// little slack for a busy machine. Sizes are the in an optimised build; an
// unoptimised (sanitizer) build divides the document counts by kDebugScale and says
// so in the test output — never below the sizes with NDEBUG defined.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/validate.hpp"

namespace {

using Clock = std::chrono::steady_clock;

#ifdef NDEBUG
constexpr std::size_t kDebugScale = 1;
#else
constexpr std::size_t kDebugScale = 4;
#endif

double seconds_of(const std::function<void()>& f) {
  const auto start = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Runs make+work at n/8 (best of two) and n; fails when the growth is clearly worse
// than linear.
void expect_linear(const char* what, std::size_t n, const std::function<std::string(std::size_t)>& make,
                   const std::function<void(const std::string&)>& work) {
  const std::string small = make(n / 8);
  double t_small = seconds_of([&] { work(small); });
  t_small = std::min(t_small, seconds_of([&] { work(small); }));
  const std::string big = make(n);
  const double t_big = seconds_of([&] { work(big); });
  std::printf("[linear] %s: n=%zu (%zu bytes) %.3f s; n/8 %.3f s; ratio %.1f\n", what, n, big.size(), t_big,
              t_small, t_big / std::max(t_small, 1e-9));
  EXPECT_LT(t_big, 24 * t_small + 0.5) << what << ": n=" << n;
}

const char* const kHeader =
    "项目支出绩效目标申报表\n(2024 年度)\n项目名称\t测试项目\t项目性质\t其他经常性项目\n"
    "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31\n"
    "项目资金 (元)\t项目资金总额\t1,000.00\t年度资金申请总额\t1,000.00\n"
    "\t其中：财政资金\t1,000.00\t其中：当年财政拨款\t1,000.00\n"
    "项目 绩效 目标\t项目总目标\t\t年度总体目标\n\t完成任务\t\t完成任务\n"
    "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n";

std::string table_of_rows(std::size_t rows) {
  std::string s = kHeader;
  s.reserve(s.size() + rows * 40);
  for (std::size_t i = 0; i < rows; ++i) {
    s += i == 0 ? "\t产出指标\t数量指标\t" : "\t\t\t";
    s += "完成项目";
    s += std::to_string(i);
    s += "\t≥";
    s += std::to_string(i % 1000);
    s += "(个)\n";
  }
  return s;
}

TEST(HardeningSlow, TableOfOneMillionRows) {
  const std::size_t rows = 1'000'000 / kDebugScale;
  expect_linear("table rows", rows, table_of_rows, [](const std::string& text) {
    const auto document = jixiao::read_published_text(text);
    ASSERT_EQ(document.declarations.size(), 1u);
    const auto& indicators = document.declarations[0].indicators;
    const std::size_t expected = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) - 9;
    ASSERT_EQ(indicators.size(), expected);  // nothing lost
    EXPECT_EQ(indicators.back().name, "完成项目" + std::to_string(expected - 1));
  });
}

TEST(HardeningSlow, ValidatingOneDeclarationOfManyRows) {
  // The review rules look across a declaration's rows (duplicates): still linear.
  const std::size_t rows = 1'000'000 / kDebugScale / 4;
  expect_linear("validate rows", rows, table_of_rows, [](const std::string& text) {
    const auto document = jixiao::read_published_text(text);
    (void)jixiao::validate(document);
  });
}

TEST(HardeningSlow, FiftyMegabyteSingleLine) {
  // One 50 MB line (the 三级指标 of a row): read whole, the name kept byte for byte.
  const std::size_t bytes = 50'000'000;
  const auto make = [](std::size_t n) {
    std::string s = kHeader;
    s += "\t产出指标\t数量指标\t";
    s.reserve(s.size() + n + 16);
    for (std::size_t i = 0; i < n / 3; ++i) s += "名";  // 3-byte UTF-8
    s += "\t≥1(个)\n";
    return s;
  };
  expect_linear("single line", bytes, make, [](const std::string& text) {
    const auto document = jixiao::read_published_text(text);
    ASSERT_EQ(document.declarations.size(), 1u);
    ASSERT_EQ(document.declarations[0].indicators.size(), 1u);
    const std::string& name = document.declarations[0].indicators[0].name;
    const std::string_view cell = "数量指标\t";
    const std::size_t start = text.rfind(cell) + cell.size();
    const std::size_t stop = text.find('\t', start);
    EXPECT_EQ(name.size(), stop - start);
    EXPECT_TRUE(name == std::string_view(text).substr(start, stop - start));
  });
}

TEST(HardeningSlow, FiftyMegabyteLineWithoutTabsOrUtf8) {
  const std::size_t bytes = 50'000'000;
  expect_linear("plain line", bytes, [](std::size_t n) { return std::string(n, 'a'); },
                [](const std::string& text) {
                  const auto document = jixiao::read_published_text(text);
                  EXPECT_TRUE(document.declarations.empty());
                  EXPECT_FALSE(document.diagnostics.empty());
                });
}

TEST(HardeningSlow, HundredThousandDeclarations) {
  const std::size_t count = 100'000 / kDebugScale;
  const auto make = [](std::size_t n) {
    std::string one = std::string(kHeader) + "\t产出指标\t数量指标\t完成项目\t≥1(个)\n";
    std::string s;
    s.reserve(one.size() * n);
    for (std::size_t i = 0; i < n; ++i) s += one;
    return s;
  };
  expect_linear("declarations", count, make, [](const std::string& text) {
    const auto document = jixiao::read_published_text(text);
    std::size_t expected = 0;
    for (auto at = text.find("绩效目标申报表"); at != std::string::npos; at = text.find("绩效目标申报表", at + 1))
      ++expected;
    EXPECT_EQ(document.declarations.size(), expected);
  });
}

TEST(HardeningSlow, JsonNestedHundredThousandDeepIsAFastError) {
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
  const std::string deep_objects = [] {
    std::string s;
    for (int i = 0; i < 100'000; ++i) s += "{\"a\":";
    s += "1";
    s.append(100'000, '}');
    return s;
  }();
  for (const std::string* input : {&deep, &deep_objects}) {
    const double t = seconds_of([&] {
      EXPECT_THROW(jixiao::document_from_json(*input), jixiao::Error);
      EXPECT_THROW(jixiao::actuals_from_json(*input), jixiao::Error);
      EXPECT_THROW(jixiao::read_document(*input), jixiao::Error);
    });
    EXPECT_LT(t, 2.0);
  }
  // Even with the depth limit raised above the input's depth: no stack overflow,
  // an error (the shape is wrong), in time linear in the input.
  jixiao::JsonReadOptions unlimited;
  unlimited.max_depth = 1'000'000;
  const double t = seconds_of([&] {
    EXPECT_THROW(jixiao::document_from_json(deep, unlimited), jixiao::Error);
    EXPECT_THROW(jixiao::actuals_from_json(deep_objects, unlimited), jixiao::Error);
  });
  EXPECT_LT(t, 10.0);
}

TEST(HardeningSlow, LargeJsonDocumentReadsBackLinearly) {
  const std::size_t rows = 1'000'000 / kDebugScale / 4;
  const auto make = [](std::size_t n) { return jixiao::to_json(jixiao::read_published_text(table_of_rows(n))); };
  expect_linear("document JSON", rows, make, [](const std::string& json) {
    const auto document = jixiao::document_from_json(json);
    ASSERT_EQ(document.declarations.size(), 1u);
  });
}

}  // namespace
