// SPDX-License-Identifier: Apache-2.0
// Money formatting: plain, thousands, 万元 and 人民币大写.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "jixiao/money.hpp"

namespace {

using jixiao::Money;

std::string chinese(std::string_view amount) { return Money::parse(amount).to_chinese(); }

TEST(MoneyFormat, Plain) {
  EXPECT_EQ(Money::parse("12,780,000.00").to_string(), "12780000.00");
  EXPECT_EQ(Money::from_fen(0).to_string(), "0.00");
  EXPECT_EQ(Money::from_fen(-5).to_string(), "-0.05");
  EXPECT_EQ(Money::from_fen(1).to_string(), "0.01");
  EXPECT_EQ(Money::from_fen(-123450).to_string(), "-1234.50");
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::max()).to_string(), "92233720368547758.07");
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::min()).to_string(), "-92233720368547758.08");
}

TEST(MoneyFormat, Thousands) {
  EXPECT_EQ(Money::parse("12780000").to_thousands(), "12,780,000.00");
  EXPECT_EQ(Money::parse("0").to_thousands(), "0.00");
  EXPECT_EQ(Money::parse("999.99").to_thousands(), "999.99");
  EXPECT_EQ(Money::parse("1000").to_thousands(), "1,000.00");
  EXPECT_EQ(Money::parse("100000").to_thousands(), "100,000.00");
  EXPECT_EQ(Money::parse("-1234.5").to_thousands(), "-1,234.50");
  EXPECT_EQ(Money::parse("-0.05").to_thousands(), "-0.05");
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::min()).to_thousands(), "-92,233,720,368,547,758.08");
}

TEST(MoneyFormat, Wan) {
  EXPECT_EQ(Money::parse("12,780,000.00").to_wan_string(), "1278.000000");
  EXPECT_EQ(Money::parse("1409.50").to_wan_string(), "0.140950");
  EXPECT_EQ(Money::parse("0.01").to_wan_string(), "0.000001");
  EXPECT_EQ(Money::parse("-0.01").to_wan_string(), "-0.000001");
  EXPECT_EQ(Money::parse("0").to_wan_string(), "0.000000");
  EXPECT_EQ(Money::parse_wan("89.974000").to_wan_string(), "89.974000");
}

TEST(MoneyChinese, OfficialExamples) {
  EXPECT_EQ(chinese("1,409.50"), "人民币壹仟肆佰零玖元伍角");
  EXPECT_EQ(chinese("6,007.14"), "人民币陆仟零柒元壹角肆分");
  EXPECT_EQ(chinese("1,680.32"), "人民币壹仟陆佰捌拾元零叁角贰分");
  EXPECT_EQ(chinese("107,000.53"), "人民币壹拾万柒仟元零伍角叁分");
  EXPECT_EQ(chinese("16,409.02"), "人民币壹万陆仟肆佰零玖元零贰分");
  EXPECT_EQ(chinese("325.04"), "人民币叁佰贰拾伍元零肆分");
}

TEST(MoneyChinese, FixedSpellings) {
  EXPECT_EQ(chinese("10005"), "人民币壹万零伍元整");          // a run of zeros is one 零
  EXPECT_EQ(chinese("107000"), "人民币壹拾万柒仟元整");       // no 零 before a thousands digit
  EXPECT_EQ(chinese("100000005"), "人民币壹亿零伍元整");      // zero 万 group skipped
  EXPECT_EQ(chinese("100070000"), "人民币壹亿零柒万元整");
  EXPECT_EQ(chinese("110000000"), "人民币壹亿壹仟万元整");
  EXPECT_EQ(chinese("100001000"), "人民币壹亿零壹仟元整");  // a whole zero 万 group between: one 零
  EXPECT_EQ(chinese("101000000"), "人民币壹亿零壹佰万元整");
  EXPECT_EQ(chinese("100000000"), "人民币壹亿元整");
  EXPECT_EQ(chinese("10"), "人民币壹拾元整");                  // 壹拾, never bare 拾
  EXPECT_EQ(chinese("15"), "人民币壹拾伍元整");
  EXPECT_EQ(chinese("110000"), "人民币壹拾壹万元整");
  EXPECT_EQ(chinese("1010"), "人民币壹仟零壹拾元整");
  EXPECT_EQ(chinese("1001"), "人民币壹仟零壹元整");
  EXPECT_EQ(chinese("1000000000000"), "人民币壹万亿元整");     // from 1 万亿 up, 万 qualifies 亿
  EXPECT_EQ(chinese("12345600000000"), "人民币壹拾贰万叁仟肆佰伍拾陆亿元整");
  EXPECT_EQ(chinese("1000000000005"), "人民币壹万亿零伍元整");
  EXPECT_EQ(chinese("1000100000000"), "人民币壹万零壹亿元整");
  EXPECT_EQ(chinese("1000000000000000"), "人民币壹仟万亿元整");  // 10^15
  EXPECT_EQ(chinese("0"), "人民币零元整");
  EXPECT_EQ(chinese("0.00"), "人民币零元整");
  EXPECT_EQ(chinese("-1409.50"), "人民币负壹仟肆佰零玖元伍角");
  EXPECT_EQ(chinese("-0.05"), "人民币负伍分");
}

TEST(MoneyChinese, JiaoAndFen) {
  EXPECT_EQ(chinese("0.05"), "人民币伍分");  // cents only: no 元
  EXPECT_EQ(chinese("0.50"), "人民币伍角");
  EXPECT_EQ(chinese("0.52"), "人民币伍角贰分");
  EXPECT_EQ(chinese("0.02"), "人民币贰分");
  EXPECT_EQ(chinese("1.50"), "人民币壹元伍角");    // no 整 after 角
  EXPECT_EQ(chinese("1.05"), "人民币壹元零伍分");
  EXPECT_EQ(chinese("10.05"), "人民币壹拾元零伍分");  // one 零 for 元 digit 0 and 角 0
  EXPECT_EQ(chinese("10.50"), "人民币壹拾元零伍角");
  EXPECT_EQ(chinese("1.00"), "人民币壹元整");
}

TEST(MoneyChinese, LargestAmount) {
  // 92,233,720,368,547,758.07: 922,337,203 亿 itself counts in 亿.
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::max()).to_chinese(),
            "人民币玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分");
}

}  // namespace
