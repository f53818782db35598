// SPDX-License-Identifier: Apache-2.0
// The form interpreter terminates on every input: each of its steps consumes a
// cell (form_reader.cpp, DeclarationReader::read). Regression tests for the
// steps that once consumed none and looped for ever: a header word other than
// 一级指标 first (plain pdftotext moves 一级指标 into the cell before), and a lone
// column word in a row of a table whose columns are known. Every fixture of
// tests/data/serializations is read under every text serialization, detected and
// forced, with a time limit.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <string>

#include "ingest/tab_rows.hpp"
#include "ingest_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/text_rows.hpp"

namespace {

using jixiao::Document;
using jixiao::Serialization;
using ingest_test::read_file;

// Reads `bytes` on another thread; a reading that has not returned after the
// limit fails the test and ends the process (the thread cannot be stopped).
Document read_within(const std::string& bytes, std::optional<Serialization> forced, const std::string& what) {
  auto reading = std::async(std::launch::async, [&] {
    auto rows = jixiao::open_text_rows(bytes, forced);
    return jixiao::read_rows(*rows, {what, {}});
  });
  if (reading.wait_for(std::chrono::seconds(120)) != std::future_status::ready) {
    std::fprintf(stderr, "%s: read_rows did not return within 120 s\n", what.c_str());
    std::fflush(stderr);
    std::_Exit(1);
  }
  return reading.get();
}

const char* const fixtures[] = {
    "serializations/hongkou.aligned.txt",         "serializations/hongkou.single-space.txt",
    "serializations/hongkou.cell-per-line.txt",   "serializations/hongkou.pipes.txt",
    "serializations/hongkou.md",                  "serializations/hongkou.pdftotext-layout.txt",
    "serializations/hongkou.pdftotext.txt",       "corpus/hongkou-court-2024.txt",
};

TEST(Termination, EveryFixtureDetected) {
  for (const char* file : fixtures) {
    const Document d = read_within(read_file(file), std::nullopt, file);
    EXPECT_EQ(d.declarations.size(), 7u) << file;
  }
}

// Forcing the wrong serialization reads badly but always returns.
TEST(Termination, EveryFixtureUnderEveryForcedSerialization) {
  for (const char* file : fixtures) {
    const std::string bytes = read_file(file);
    for (auto s : {Serialization::tabs, Serialization::aligned, Serialization::single_space,
                   Serialization::cell_per_line, Serialization::pipes, Serialization::markdown}) {
      const std::string what = std::string(file) + " as " + std::string(jixiao::to_string(s));
      const Document d = read_within(bytes, s, what);
      EXPECT_FALSE(d.declarations.empty() && d.diagnostics.empty()) << what;
    }
  }
}

// Plain pdftotext: 「绩效 一级指标」 is one line, so 二级指标 is the first header word
// after the goals. It starts the table (it looped for ever in the goals).
TEST(Termination, HeaderStartingAtLevel2) {
  const std::string text =
      "2024年财政项目支出绩效目标申报表\n项目名称\n甲\n年度总体目标\n完成采购\n绩效 一级指标\n二级指标\n"
      "三级指标\n指标值\n产出指标\n数量指标\n设备数\n=1台\n";
  const Document d = read_within(text, Serialization::cell_per_line, "level2.txt");
  ASSERT_EQ(d.declarations.size(), 1u);
  ASSERT_EQ(d.declarations[0].indicators.size(), 1u);
  EXPECT_EQ(d.declarations[0].indicators[0].name, "设备数");
  EXPECT_EQ(d.declarations[0].indicators[0].target.raw, "=1台");
  // The goals keep their text; the cell holding 一级指标 is not lost either.
  EXPECT_NE(d.declarations[0].goals.annual.value_or("").find("完成采购"), std::string::npos);
}

// A column word alone in a table row (tabs: columns known) is that row's name,
// kept with INGEST_NO_TARGET; it looped for ever before.
TEST(Termination, LoneColumnWordInATableRow) {
  const std::string text =
      "2024年财政项目支出绩效目标申报表\n项目名称\t甲\n一级指标\t二级指标\t三级指标\t指标值\n"
      "产出指标\t数量指标\t设备数\t=1台\n\t\t指标值\n\t\t项目名称\n";
  const Document d = read_within(text, Serialization::tabs, "lone.txt");
  ASSERT_EQ(d.declarations.size(), 1u);
  const auto& inds = d.declarations[0].indicators;
  ASSERT_EQ(inds.size(), 3u);
  EXPECT_EQ(inds[0].name, "设备数");
  EXPECT_EQ(inds[1].name, "指标值");
  EXPECT_EQ(inds[2].name, "项目名称");
  EXPECT_EQ(ingest_test::count_code(d, "INGEST_NO_TARGET"), 2u);
}

}  // namespace
