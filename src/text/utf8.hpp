// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one UTF-8 validity check (Unicode Table 3-7: no overlongs, no surrogates,
// nothing above U+10FFFF). Private to src/.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace text {

// Length of the well-formed UTF-8 sequence at s (1..4), 0 if the n bytes there do
// not start one.
[[gnu::always_inline]] inline std::size_t utf8_sequence_length(const unsigned char* s, std::size_t n) noexcept {
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

// The same for the sequence at s[i] (i < s.size()).
[[gnu::always_inline]] inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  return utf8_sequence_length(reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i);
}

// Offset of the first byte that is not well-formed UTF-8, or npos when all is.
inline std::size_t first_invalid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {  // an ASCII run: eight bytes at a time
      ++i;
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & 0x8080808080808080ull) != 0) break;
        i += 8;
      }
      continue;
    }
    // The common case: CJK, a lead byte E1..EC and two continuation bytes.
    if (c >= 0xE1 && c <= 0xEC && n - i >= 3 && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t len = utf8_sequence_length(p + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace text
JIXIAO_END_NAMESPACE
