// SPDX-License-Identifier: Apache-2.0
// Tables: display width of CJK text, aligned text, Markdown and CSV renderings.
#include <string>

#include <gtest/gtest.h>

#include "jixiao/table.hpp"

using namespace jixiao;

TEST(DisplayWidth, AsciiCountsOne) {
  EXPECT_EQ(display_width(""), 0u);
  EXPECT_EQ(display_width("abc 12.5"), 8u);
}

TEST(DisplayWidth, ChineseAndFullWidthCountTwo) {
  EXPECT_EQ(display_width("合规"), 4u);
  EXPECT_EQ(display_width("项目名称"), 8u);
  EXPECT_EQ(display_width("（元）"), 6u);     // full-width parentheses
  EXPECT_EQ(display_width("％"), 2u);         // U+FF05
  EXPECT_EQ(display_width("\u3000"), 2u);     // ideographic space
  EXPECT_EQ(display_width("，。；"), 6u);     // CJK punctuation
  EXPECT_EQ(display_width("한글"), 4u);       // Hangul syllables
  EXPECT_EQ(display_width("\xF0\x9F\x98\x80"), 2u);  // U+1F600, an emoji
  EXPECT_EQ(display_width("\xF0\xA0\x80\x80"), 2u);  // U+20000, CJK extension B
}

TEST(DisplayWidth, MixedText) {
  EXPECT_EQ(display_width("=100.00(%)"), 10u);
  EXPECT_EQ(display_width("≥90.00(%)"), 9u);  // ≥ is ambiguous width: one column
  EXPECT_EQ(display_width("2024 年度"), 9u);
  EXPECT_EQ(display_width("12,780,000.00元"), 15u);
}

TEST(DisplayWidth, CombiningAndControlCountZero) {
  EXPECT_EQ(display_width("e\xCC\x81"), 1u);       // e + U+0301 combining acute
  EXPECT_EQ(display_width("a\xE2\x80\x8B" "b"), 2u);  // U+200B zero width space
  EXPECT_EQ(display_width("a\tb\n"), 2u);
}

TEST(DisplayWidth, InvalidUtf8CountsOnePerByte) {
  EXPECT_EQ(display_width("a\xFF\xFE"), 3u);
  EXPECT_EQ(display_width("\xE5\x90"), 2u);  // a truncated 合
}

TEST(RenderText, AlignsChineseColumns) {
  Table t;
  t.header = {"项目", "金额", "n"};
  t.align = {Align::left, Align::right, Align::right};
  t.rows = {{"专业设备购置及更新", "300,000.00", "12"}, {"信息化", "12,780,000.00", "9"}};
  const std::string expected =
      "项目                         金额   n\n"
      "------------------  -------------  --\n"
      "专业设备购置及更新     300,000.00  12\n"
      "信息化              12,780,000.00   9\n";
  EXPECT_EQ(render_text(t), expected);
}

TEST(RenderText, ShortRowsPadAndCellsStayOnOneLine) {
  Table t;
  t.header = {"a", "b"};
  t.rows = {{"x\ny"}, {"1", "2\t3"}};
  EXPECT_EQ(render_text(t),
            "a    b\n"
            "---  ---\n"
            "x y\n"
            "1    2 3\n");
}

TEST(RenderText, NoHeaderNoRule) {
  Table t;
  t.rows = {{"甲", "b"}, {"cc", "d"}};
  EXPECT_EQ(render_text(t), "甲  b\ncc  d\n");
}

TEST(RenderMarkdown, EscapesAndAligns) {
  Table t;
  t.header = {"名称", "值"};
  t.align = {Align::left, Align::right};
  t.rows = {{"a|b", "1"}, {"$\\geq 98.70\\%$", "22"}, {"两\n行", ""}};
  const std::string expected =
      "| 名称             |  值 |\n"
      "| :--------------- | --: |\n"
      "| a\\|b             |   1 |\n"
      "| $\\\\geq 98.70\\\\%$ |  22 |\n"
      "| 两<br>行         |     |\n";
  EXPECT_EQ(render_markdown(t), expected);
}

TEST(RenderCsv, QuotesOnlyWhenNeeded) {
  Table t;
  t.header = {"name", "value"};
  t.rows = {{"plain", "合规"},
            {"with,comma", "say \"hi\""},
            {"two\nlines", " padded "},
            {"cr\r", ""},
            {"short"}};
  EXPECT_EQ(render_csv(t),
            "name,value\r\n"
            "plain,合规\r\n"
            "\"with,comma\",\"say \"\"hi\"\"\"\r\n"
            "\"two\nlines\",\" padded \"\r\n"
            "\"cr\r\",\r\n"
            "short,\r\n");
}

TEST(RenderCsv, FieldHelper) {
  std::string out;
  append_csv_field(out, "=100.00(%)");
  out += ',';
  append_csv_field(out, "\"");
  EXPECT_EQ(out, "=100.00(%),\"\"\"\"");
}
