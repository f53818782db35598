#pragma once
// Byte-level helpers of the target grammar: UTF-8 checking and decoding, the
// white space a 指标值 cell may carry, and ASCII/full-width digits. Private to
// src/target/.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
enum class TrendDirection;

namespace target_detail {

// The Chinese word of a trend direction (上升, 下降或持平, …): canonical() prints it,
// evaluate() names it in its reasons.
std::string_view trend_word(TrendDirection direction);

// The helpers below run for nearly every byte of a target: always inlined.
#define JIXIAO_TARGET_INLINE [[gnu::always_inline]] inline

// Length of the well-formed UTF-8 sequence at s (1..4; overlongs, surrogates and
// code points above U+10FFFF are not well-formed), 0 if the bytes there are not one.
JIXIAO_TARGET_INLINE std::size_t valid_sequence_length(const unsigned char* s, std::size_t n) noexcept {
  const unsigned char c = s[0];
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) low = 0xA0;        // no overlongs
    else if (c == 0xED) high = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) low = 0x90;
    else if (c == 0xF4) high = 0x8F;  // at most U+10FFFF
  } else {
    return 0;
  }
  if (n < len || s[1] < low || s[1] > high) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((s[k] & 0xC0) != 0x80) return 0;
  return len;
}

// Offset of the first byte that is not well-formed UTF-8 (overlongs, surrogates
// and code points above U+10FFFF included), or npos when all is well.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

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

// Length of the white space at p (ASCII space/tab/CR/LF/VT/FF, U+3000, U+00A0), 0 if none.
JIXIAO_TARGET_INLINE std::size_t space_length(const char* p, const char* last) noexcept {
  if (p == last) return 0;
  const auto c = static_cast<unsigned char>(*p);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xE3 && last - p >= 3 && static_cast<unsigned char>(p[1]) == 0x80 && static_cast<unsigned char>(p[2]) == 0x80)
    return 3;
  if (c == 0xC2 && last - p >= 2 && static_cast<unsigned char>(p[1]) == 0xA0) return 2;
  return 0;
}

// The text without the white space above at either end.
inline std::string_view trim(std::string_view text) noexcept {
  const char* first = text.data();
  const char* last = first + text.size();
  while (std::size_t n = space_length(first, last)) first += n;
  // Trailing: the byte before `last` ends an ASCII space, U+3000 (E3 80 80) or U+00A0 (C2 A0).
  for (;;) {
    const auto n = last - first;
    if (n >= 1 && space_length(last - 1, last) == 1) {
      --last;
    } else if (n >= 3 && static_cast<unsigned char>(last[-1]) == 0x80 && space_length(last - 3, last) == 3) {
      last -= 3;
    } else if (n >= 2 && static_cast<unsigned char>(last[-1]) == 0xA0 && space_length(last - 2, last) == 2) {
      last -= 2;
    } else {
      break;
    }
  }
  return {first, static_cast<std::size_t>(last - first)};
}

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
