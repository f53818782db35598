// SPDX-License-Identifier: Apache-2.0
// The text layer (src/text/): one definition of white space, of UTF-8 validity, of
// the JSON string, of the decimal and of reading a file with a limit.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "jixiao/error.hpp"
#include "text/decimal_print.hpp"
#include "text/json_escape.hpp"
#include "text/read_file.hpp"
#include "text/utf8.hpp"
#include "text/whitespace.hpp"

namespace {

using jixiao::text::space_at;
using jixiao::text::trim;
using namespace std::string_literals;

// One test per character class: the definitions this layer replaced disagreed on
// \v \f (money, score: not space) and U+00A0 (money, score, validate: not space).
TEST(TextWhitespace, AsciiSpaceTabCrLf) {
  for (char c : {' ', '\t', '\r', '\n'}) {
    EXPECT_EQ(space_at(std::string(1, c), 0), 1u) << int{c};
    EXPECT_EQ(trim(std::string(1, c) + "x" + c), "x");
  }
}

TEST(TextWhitespace, AsciiVerticalTabAndFormFeed) {
  for (char c : {'\v', '\f'}) {
    EXPECT_EQ(space_at(std::string(1, c), 0), 1u) << int{c};
    EXPECT_EQ(trim(std::string(1, c) + "x" + c), "x");
  }
}

TEST(TextWhitespace, IdeographicSpace) {
  EXPECT_EQ(space_at("\u3000", 0), 3u);
  EXPECT_EQ(trim("\u3000\u3000指标\u3000"), "指标");
  EXPECT_EQ(space_at("\xE3\x80", 0), 0u);      // cut short: not a space
  EXPECT_EQ(space_at("\xE3\x80\x81", 0), 0u);  // U+3001 、 is not one
  EXPECT_EQ(trim("、"), "、");
}

TEST(TextWhitespace, NoBreakSpace) {
  EXPECT_EQ(space_at("\u00A0", 0), 2u);
  EXPECT_EQ(trim("\u00A0100\u00A0"), "100");
  EXPECT_EQ(space_at("\xC2", 0), 0u);
  EXPECT_EQ(trim("\u00A1"), "\u00A1");  // ¡ shares the lead byte
}

TEST(TextWhitespace, NotSpace) {
  for (const char* s : {"x", "\x1F", "\x7F", "\u2003", "\u200B", "\uFEFF", "\u3001"}) {
    EXPECT_EQ(space_at(s, 0), 0u) << s;
    EXPECT_EQ(trim(s), s);
  }
  EXPECT_EQ(space_at("", 0), 0u);
  EXPECT_EQ(space_at(" ", 1), 0u);  // past the end
}

TEST(TextWhitespace, TrimKeepsInnerSpaceAndEmpties) {
  EXPECT_EQ(trim(" a \u3000b\u00A0"), "a \u3000b");
  EXPECT_EQ(trim(" \u3000\u00A0\t"), "");
  EXPECT_EQ(trim(""), "");
  // A trailing 80 or A0 byte that ends no space stays.
  EXPECT_EQ(trim("\xE4\xB8\x80"), "\xE4\xB8\x80");  // 一
  EXPECT_EQ(trim("\xE4\xB8\xA0"), "\xE4\xB8\xA0");
}

TEST(TextWhitespace, IsBlank) {
  EXPECT_TRUE(jixiao::text::is_blank(""));
  EXPECT_TRUE(jixiao::text::is_blank(" \t\u3000\u00A0\r\n"));
  EXPECT_FALSE(jixiao::text::is_blank(" \u3000x"));
}

TEST(TextUtf8, WellFormedAndNot) {
  using jixiao::text::first_invalid_utf8;
  constexpr auto npos = std::string_view::npos;
  EXPECT_EQ(first_invalid_utf8(""), npos);
  EXPECT_EQ(first_invalid_utf8("plain ascii longer than eight bytes"), npos);
  EXPECT_EQ(first_invalid_utf8("产出指标 ≥95% 𝄞"), npos);
  EXPECT_EQ(first_invalid_utf8("abcdefghij\x80"), 10u);         // stray continuation after an ASCII run
  EXPECT_EQ(first_invalid_utf8("ab\xC0\xAF"), 2u);               // overlong '/'
  EXPECT_EQ(first_invalid_utf8("\xE0\x80\xAF"), 0u);             // overlong, three bytes
  EXPECT_EQ(first_invalid_utf8("x\xED\xA0\x80"), 1u);            // surrogate U+D800
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);         // above U+10FFFF
  EXPECT_EQ(first_invalid_utf8("\xF0\x82\x82\xAC"), 0u);         // overlong, four bytes
  EXPECT_EQ(first_invalid_utf8("指\xE6\x8C"), 3u);               // cut short
  EXPECT_EQ(first_invalid_utf8("\xF5\x80\x80\x80"), 0u);         // no such lead byte
  EXPECT_EQ(jixiao::text::utf8_sequence_length("\xED\x9F\xBF", 0), 3u);  // U+D7FF is fine
  EXPECT_EQ(jixiao::text::utf8_sequence_length("\xF4\x8F\xBF\xBF", 0), 4u);
}

std::string json(std::string_view s) {
  std::string out;
  jixiao::text::append_json_string(out, s);
  return out;
}

TEST(TextJson, Escapes) {
  EXPECT_EQ(json(""), R"("")");
  EXPECT_EQ(json("a\"b\\c"), R"("a\"b\\c")");
  EXPECT_EQ(json("\n\r\t\b\f"), R"("\n\r\t\b\f")");
  EXPECT_EQ(json("\x01\x1f"s + '\0'), R"("\u0001\u001f\u0000")");
  EXPECT_EQ(json("\x7F"), "\"\x7F\"");
  EXPECT_EQ(json("指标值 ≥95% long ascii run here"), "\"指标值 ≥95% long ascii run here\"");
  EXPECT_EQ(json("a\xFF" "b\xE6\x8C"), "\"a\uFFFDb\uFFFD\uFFFD\"");  // each bad byte
  EXPECT_EQ(json("0123456789abcdef\"0123456789"), "\"0123456789abcdef\\\"0123456789\"");
}

// The same writer through a cursor into a caller's buffer, as the target JSON uses it.
TEST(TextJson, ThroughACursor) {
  struct Cursor {
    char* p;
    void push_back(char c) { *p++ = c; }
    void append(const char* s, std::size_t n) {
      for (std::size_t i = 0; i < n; ++i) *p++ = s[i];
    }
  };
  const std::string input = "完成率\t\"≥\"\x80";
  std::string buffer(jixiao::text::max_json_string_bytes(input.size()), '\0');
  Cursor c{buffer.data()};
  jixiao::text::write_json_string(c, input);
  EXPECT_EQ(std::string(buffer.data(), c.p), json(input));
  EXPECT_EQ(json(input), "\"完成率\\t\\\"≥\\\"\uFFFD\"");
}

std::string decimal(std::int64_t m, int scale) {
  std::string out;
  jixiao::text::append_decimal(out, m, scale);
  return out;
}

TEST(TextDecimal, Prints) {
  EXPECT_EQ(decimal(0, 0), "0");
  EXPECT_EQ(decimal(7, 0), "7");
  EXPECT_EQ(decimal(-1250, 2), "-12.50");
  EXPECT_EQ(decimal(5, 2), "0.05");
  EXPECT_EQ(decimal(-5, 3), "-0.005");
  EXPECT_EQ(decimal(0, 18), "0.000000000000000000");
  EXPECT_EQ(decimal(std::numeric_limits<std::int64_t>::min(), 0), "-9223372036854775808");
  EXPECT_EQ(decimal(std::numeric_limits<std::int64_t>::min(), 18), "-9.223372036854775808");
  EXPECT_EQ(decimal(-1, 18), "-0.000000000000000001");
  EXPECT_EQ(decimal(std::numeric_limits<std::int64_t>::max(), 2), "92233720368547758.07");
  std::string out;
  jixiao::text::append_unsigned(out, std::numeric_limits<std::uint64_t>::max());
  EXPECT_EQ(out, "18446744073709551615");
}

TEST(TextReadFile, ReadsAndLimits) {
  const std::string path = std::string(JIXIAO_BINARY_DIR) + "/text_read_file_test.txt";
  {
    std::ofstream f(path, std::ios::binary);
    f << "产出指标\n"s << '\0' << "x";
  }
  const auto bytes = jixiao::text::InputBytes::read(path, "the file", 100);
  EXPECT_EQ(bytes.view(), "产出指标\n"s + '\0' + "x");
  try {
    (void)jixiao::text::InputBytes::read(path, "the file", 5);
    FAIL() << "no limit error";
  } catch (const jixiao::Error& e) {
    EXPECT_EQ(e.kind(), jixiao::ErrorKind::limit);
    EXPECT_NE(std::string(e.what()).find("the file: input exceeds the limit of 5 bytes"), std::string::npos) << e.what();
  }
  try {
    (void)jixiao::text::InputBytes::read(path + ".missing", "missing.txt", 100);
    FAIL() << "no io error";
  } catch (const jixiao::Error& e) {
    EXPECT_EQ(e.kind(), jixiao::ErrorKind::io);
    EXPECT_NE(std::string(e.what()).find("missing.txt: cannot open"), std::string::npos) << e.what();
  }
  std::remove(path.c_str());
}

}  // namespace
