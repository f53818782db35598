// SPDX-License-Identifier: Apache-2.0
// Money::to_chinese: the capital amount (人民币大写) as the rules on filling in
// bills and settlement vouchers write it, with one fixed spelling where the rules
// allow two (money.md lists them).
#include <cstdint>
#include <string>

#include "jixiao/money.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

constexpr const char* capital_digit[10] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
constexpr const char* section_unit[4] = {"", "拾", "佰", "仟"};

// 1..9999: digits with 拾佰仟, one 零 for a run of zeros between non-zero digits,
// trailing zeros dropped, and a leading 1 in the tens place kept as 壹拾.
void append_section(std::string& out, unsigned value) {
  bool pending_zero = false;
  bool written = false;
  for (int place = 3; place >= 0; --place) {
    unsigned divisor = 1;
    for (int i = 0; i < place; ++i) divisor *= 10;
    const unsigned d = value / divisor % 10;
    if (d == 0) {
      pending_zero = written;
      continue;
    }
    if (pending_zero) out += capital_digit[0];
    pending_zero = false;
    out += capital_digit[d];
    out += section_unit[place];
    written = true;
  }
}

// value > 0. Groups of four digits under 万 and of eight under 亿, recursively, so
// that from 1 万亿 up 万 qualifies 亿 (壹万亿). A lower part that does not fill
// the top digit of its group follows a 零 (壹万零伍, 壹亿零伍, 壹亿零柒万); a
// zero 万 group inside an 亿 amount is skipped (壹亿零伍 rather than 壹亿零万零伍).
void append_integer(std::string& out, std::uint64_t value) {
  constexpr std::uint64_t yi = 100000000;
  constexpr std::uint64_t wan = 10000;
  if (value >= yi) {
    append_integer(out, value / yi);
    out += "亿";
    const std::uint64_t rest = value % yi;
    if (rest == 0) return;
    if (rest < yi / 10) out += capital_digit[0];
    append_integer(out, rest);
  } else if (value >= wan) {
    append_section(out, static_cast<unsigned>(value / wan));
    out += "万";
    const std::uint64_t rest = value % wan;
    if (rest == 0) return;
    if (rest < wan / 10) out += capital_digit[0];
    append_section(out, static_cast<unsigned>(rest));
  } else {
    append_section(out, static_cast<unsigned>(value));
  }
}

}  // namespace

std::string Money::to_chinese() const {
  std::string out = "人民币";
  if (fen_ < 0) out += "负";
  const std::uint64_t magnitude = fen_ < 0 ? 0 - static_cast<std::uint64_t>(fen_) : static_cast<std::uint64_t>(fen_);
  const std::uint64_t yuan = magnitude / 100;
  const unsigned jiao = static_cast<unsigned>(magnitude / 10 % 10);
  const unsigned fen = static_cast<unsigned>(magnitude % 10);
  if (magnitude == 0) return out + "零元整";
  if (yuan != 0) {
    append_integer(out, yuan);
    out += "元";
    if (jiao == 0 && fen == 0) return out + "整";
    // 零 after 元 when the 元 digit is 0 (…捌拾元零叁角) or the 角 is 0 (…玖元零贰分).
    if (yuan % 10 == 0 || jiao == 0) out += capital_digit[0];
  }
  if (jiao != 0) {
    out += capital_digit[jiao];
    out += "角";
  }
  if (fen != 0) {
    out += capital_digit[fen];
    out += "分";
  }
  return out;
}

JIXIAO_END_NAMESPACE
