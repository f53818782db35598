// SPDX-License-Identifier: Apache-2.0
// Every example of docs/target-grammar.md (the block between the
// `examples:begin` and `examples:end` markers) parses to what the page says.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "jixiao/target.hpp"

namespace {

using namespace jixiao;

struct Example {
  std::string input;
  std::string expected;
};

std::string trim_ascii(std::string s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

std::vector<Example> doc_examples() {
  std::ifstream in(std::string(JIXIAO_SOURCE_DIR) + "/docs/target-grammar.md");
  std::vector<Example> examples;
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.find("<!-- examples:begin -->") != std::string::npos) inside = true;
    else if (line.find("<!-- examples:end -->") != std::string::npos) inside = false;
    else if (inside && line.rfind("```", 0) != 0) {
      const auto arrow = line.find("⇒");
      if (arrow == std::string::npos) continue;
      examples.push_back({trim_ascii(line.substr(0, arrow)), trim_ascii(line.substr(arrow + std::string("⇒").size()))});
    }
  }
  return examples;
}

// The parsed target in the page's notation: kind, then the kind's fields.
std::string summary(const Target& t) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        auto unit_and_note = [](const std::string& unit, const std::string& note) {
          return (unit.empty() ? "" : " " + unit) + (note.empty() ? "" : " note=" + note);
        };
        if constexpr (std::is_same_v<T, CompareTarget>) {
          return "compare " + std::string(to_string(v.op)) + " " + v.value.to_string() + unit_and_note(v.unit, v.note);
        } else if constexpr (std::is_same_v<T, RangeTarget>) {
          return "range " + v.low.to_string() + " " + v.high.to_string() + unit_and_note(v.unit, v.note);
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          std::string s = "trend " + std::string(to_string(v.direction)) + " " + std::string(to_string(v.basis));
          if (v.by) s += " by=" + v.by->value.to_string() + (v.by->unit.empty() ? "" : " " + v.by->unit);
          return s;
        } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
          const std::string when = v.has_year() ? v.date.to_iso() : "month_day=" + v.date.to_iso().substr(5);
          return "deadline " + when + (v.recurring ? " recurring" : "");
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          if (v.first_month != 0)
            return "period months=" + std::to_string(v.first_month) + "-" + std::to_string(v.last_month);
          return "period " + v.start + " " + v.end;
        } else if constexpr (std::is_same_v<T, QualitativeTarget>) {
          return "qualitative " + v.term;
        } else if constexpr (std::is_same_v<T, PlaceholderTarget>) {
          return "placeholder " + v.term;
        } else {
          return "invalid " + std::to_string(v.offset) + " " + v.expected;
        }
      },
      t.value);
}

TEST(GrammarDoc, HasAnExampleOfEveryKind) {
  const auto examples = doc_examples();
  ASSERT_GE(examples.size(), 40u);
  for (const char* kind : {"compare", "range", "trend", "deadline", "period", "qualitative", "invalid", "placeholder"}) {
    bool found = false;
    for (const auto& e : examples) found = found || e.expected.rfind(kind, 0) == 0;
    EXPECT_TRUE(found) << kind;
  }
}

TEST(GrammarDoc, EveryExampleParsesAsDocumented) {
  for (const auto& e : doc_examples()) {
    const Target t = parse_target(e.input);
    EXPECT_EQ(summary(t), e.expected) << "input: " << e.input;
    if (t.valid()) {
      EXPECT_EQ(parse_target(canonical(t)).value, t.value) << "canonical: " << canonical(t);
    }
  }
}

}  // namespace
