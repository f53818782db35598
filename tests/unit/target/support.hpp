// SPDX-License-Identifier: Apache-2.0
#pragma once
// Helpers of the target tests: parse and insist on one kind, read the golden TSV.

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "jixiao/target.hpp"

namespace target_test {

// The parsed value of `text` as family T; fails the test (and returns a default) otherwise.
template <typename T>
T parse_as(std::string_view text) {
  const jixiao::Target t = jixiao::parse_target(text);
  EXPECT_EQ(t.raw, text);
  const T* value = std::get_if<T>(&t.value);
  if (!value) {
    ADD_FAILURE() << "'" << text << "' parsed as " << jixiao::to_string(t.kind()) << ": " << jixiao::target_to_json(t);
    return T{};
  }
  return *value;
}

// Expects a compare target with these fields (the value's digits as written).
inline void expect_compare(std::string_view text, jixiao::CompareOp op, std::string_view value, std::string_view unit,
                           std::string_view note = "") {
  SCOPED_TRACE(std::string(text));
  const auto c = parse_as<jixiao::CompareTarget>(text);
  EXPECT_EQ(c.op, op);
  EXPECT_EQ(c.value.to_string(), value);
  EXPECT_EQ(c.unit, unit);
  EXPECT_EQ(c.note, note);
}

inline void expect_range(std::string_view text, std::string_view low, std::string_view high, std::string_view unit,
                         std::string_view note = "") {
  SCOPED_TRACE(std::string(text));
  const auto r = parse_as<jixiao::RangeTarget>(text);
  EXPECT_EQ(r.low.to_string(), low);
  EXPECT_EQ(r.high.to_string(), high);
  EXPECT_EQ(r.unit, unit);
  EXPECT_EQ(r.note, note);
}

inline void expect_trend(std::string_view text, jixiao::TrendDirection direction, jixiao::TrendBasis basis) {
  SCOPED_TRACE(std::string(text));
  const auto t = parse_as<jixiao::TrendTarget>(text);
  EXPECT_EQ(t.direction, direction);
  EXPECT_EQ(t.basis, basis);
  EXPECT_FALSE(t.by.has_value());
}

inline void expect_qualitative(std::string_view text, std::string_view term) {
  SCOPED_TRACE(std::string(text));
  EXPECT_EQ(parse_as<jixiao::QualitativeTarget>(text).term, term);
}

// Expects an error at `offset` whose `expected` contains `expected_part`.
inline void expect_invalid(std::string_view text, std::size_t offset, std::string_view expected_part) {
  SCOPED_TRACE(std::string(text));
  const auto e = parse_as<jixiao::InvalidTarget>(text);
  EXPECT_EQ(e.offset, offset);
  EXPECT_NE(e.expected.find(expected_part), std::string::npos) << e.expected;
  EXPECT_NE(e.message.find("at byte " + std::to_string(offset)), std::string::npos) << e.message;
}

// One row of tests/data/golden/hongkou-court-2024.indicators.tsv.
struct GoldenRow {
  std::size_t line = 0;
  std::string name, raw, kind, op_or_term, value_or_basis, unit;
};

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

inline std::vector<GoldenRow> golden_rows() {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/golden/hongkou-court-2024.indicators.tsv");
  std::vector<GoldenRow> rows;
  std::string line;
  std::getline(in, line);  // header
  std::size_t number = 1;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto f = split_tabs(line);
    f.resize(11);
    rows.push_back(GoldenRow{number, f[4], f[5], f[6], f[7], f[8], f[9]});
  }
  return rows;
}

}  // namespace target_test
