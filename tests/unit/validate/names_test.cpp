// SPDX-License-Identifier: Apache-2.0
// How indicator names are read (src/validate/names.hpp): the words 成本 and
// 满意度/满意率 are found wherever they fall in the name's bytes, and label
// comparison agrees with plain string equality.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "jixiao/declaration.hpp"
#include "unit/validate/model_builders.hpp"
#include "validate/names.hpp"

namespace {

using jixiao::Declaration;
using jixiao::test::indicator;
using jixiao::test::qualitative;
namespace detail = jixiao::validate_detail;

detail::IndicatorFacts facts_for(std::string_view name) {
  const Declaration d;
  return detail::facts_of(d, indicator("产出指标", "数量指标", name, qualitative("好")));
}

// Every offset of the word inside the name (ASCII padding shifts it byte by byte
// across the 8-byte words the scan reads), with text after it or none.
TEST(IndicatorNames, WordsAreFoundAtEveryByteOffset) {
  for (std::size_t pad = 0; pad < 20; ++pad) {
    for (std::string_view after : {"", "x", "管理费用"}) {
      const std::string prefix = "A" + std::string(pad, 'b');  // never trimmed away
      const std::string cost = prefix + "成本" + std::string(after);
      const std::string degree = prefix + "满意度" + std::string(after);
      const std::string rate = prefix + "满意率" + std::string(after);
      const std::string neither = prefix + "满意" + std::string(after) + "成";
      SCOPED_TRACE(cost);
      EXPECT_TRUE(facts_for(cost).mentions_cost);
      EXPECT_FALSE(facts_for(cost).satisfaction);
      EXPECT_TRUE(facts_for(degree).satisfaction);
      EXPECT_FALSE(facts_for(degree).mentions_cost);
      EXPECT_TRUE(facts_for(rate).satisfaction);
      EXPECT_FALSE(facts_for(neither).satisfaction);
      EXPECT_FALSE(facts_for(neither).mentions_cost);
    }
  }
}

// Bytes that only resemble the words: E6 lead bytes of other characters, and the
// word cut short by the end of the name.
TEST(IndicatorNames, LookalikesAreNotTheWords) {
  for (std::string_view name : {"成功率", "本成", "满足度", "意满度", "成", "满意", "成\xE6\x9C", "AAAAAAA\xE6"}) {
    SCOPED_TRACE(name);
    EXPECT_FALSE(facts_for(name).mentions_cost);
    EXPECT_FALSE(facts_for(name).satisfaction);
  }
  EXPECT_TRUE(facts_for("成本成本满意度满意率").mentions_cost);
  EXPECT_TRUE(facts_for("成本成本满意度满意率").satisfaction);
}

}  // namespace

namespace {

TEST(IndicatorNames, BlankMeansNothingButWhiteSpace) {
  // U+00A0 is white space as everywhere else (src/text/whitespace.hpp); this
  // module's own definition used to leave it out.
  for (std::string_view text : {"", " ", "\t\r\n", "\u3000", " \u3000 ", "\u3000\u3000", "\u00A0", " \u00A0\u3000"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(jixiao::validate_detail::is_blank(text));
    EXPECT_TRUE(jixiao::validate_detail::trim(text).empty());
  }
  for (std::string_view text : {"a", " a ", "\u3000项目", "项目\u3000", "\xE3\x80", "\xE3", "\xC2"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(jixiao::validate_detail::is_blank(text));
    EXPECT_FALSE(jixiao::validate_detail::trim(text).empty());
  }
}

}  // namespace
