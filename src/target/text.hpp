// SPDX-License-Identifier: Apache-2.0
#pragma once
// Byte-level helpers of the target grammar: UTF-8 decoding and ASCII/full-width
// digits and signs. Private to src/target/.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jixiao/config.hpp"
#include "text/utf8.hpp"
#include "text/whitespace.hpp"

JIXIAO_BEGIN_NAMESPACE
enum class TrendDirection;

namespace target_detail {

// The Chinese word of a trend direction (上升, 下降或持平, …): canonical() prints it,
// evaluate() names it in its reasons.
std::string_view trend_word(TrendDirection direction);

// The helpers below run for nearly every byte of a target: always inlined.
#define JIXIAO_TARGET_INLINE [[gnu::always_inline]] inline

// Length of the code point starting at p in well-formed UTF-8 (1..4).
JIXIAO_TARGET_INLINE std::size_t code_point_length(unsigned char lead) noexcept {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Decodes the code point at p (well-formed UTF-8, p < last); len gets its length.
JIXIAO_TARGET_INLINE char32_t decode(const char* p, const char* last, std::size_t& len) noexcept {
  const auto lead = static_cast<unsigned char>(*p);
  len = code_point_length(lead);
  if (static_cast<std::size_t>(last - p) < len) {  // cannot happen after validation
    len = 1;
    return lead;
  }
  switch (len) {
    case 1: return lead;
    case 2: return (char32_t{lead & 0x1Fu} << 6) | (static_cast<unsigned char>(p[1]) & 0x3Fu);
    case 3:
      return (char32_t{lead & 0x0Fu} << 12) | (char32_t{static_cast<unsigned char>(p[1]) & 0x3Fu} << 6) |
             (static_cast<unsigned char>(p[2]) & 0x3Fu);
    default:
      return (char32_t{lead & 0x07u} << 18) | (char32_t{static_cast<unsigned char>(p[1]) & 0x3Fu} << 12) |
             (char32_t{static_cast<unsigned char>(p[2]) & 0x3Fu} << 6) | (static_cast<unsigned char>(p[3]) & 0x3Fu);
  }
}

// White space and UTF-8 checking are the text layer's (src/text/).
using text::space_length;
using text::trim;

// The digit 0..9 at p (ASCII or full-width ０-９), -1 if none; len gets its length.
JIXIAO_TARGET_INLINE int digit_at(const char* p, const char* last, std::size_t& len) noexcept {
  if (p == last) return -1;
  const auto c = static_cast<unsigned char>(*p);
  if (c >= '0' && c <= '9') {
    len = 1;
    return c - '0';
  }
  if (c == 0xEF && last - p >= 3 && static_cast<unsigned char>(p[1]) == 0xBC) {
    const auto d = static_cast<unsigned char>(p[2]);
    if (d >= 0x90 && d <= 0x99) {
      len = 3;
      return d - 0x90;
    }
  }
  return -1;
}

// +1 / -1 for a sign at p (+ - ＋ － −), 0 if none; len gets its length.
JIXIAO_TARGET_INLINE int sign_at(const char* p, const char* last, std::size_t& len) noexcept {
  if (p == last) return 0;
  const auto c = static_cast<unsigned char>(*p);
  if (c == '+' || c == '-') {
    len = 1;
    return c == '+' ? 1 : -1;
  }
  if (last - p >= 3) {
    const auto b1 = static_cast<unsigned char>(p[1]);
    const auto b2 = static_cast<unsigned char>(p[2]);
    if (c == 0xEF && b1 == 0xBC && (b2 == 0x8B || b2 == 0x8D)) {
      len = 3;
      return b2 == 0x8B ? 1 : -1;
    }
    if (c == 0xE2 && b1 == 0x88 && b2 == 0x92) {  // U+2212 minus sign
      len = 3;
      return -1;
    }
  }
  return 0;
}

}  // namespace target_detail
JIXIAO_END_NAMESPACE
