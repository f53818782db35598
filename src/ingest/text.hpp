#pragma once
// Small byte-level text helpers of the layout reader: trimming, the comparison key
// of a label cell, UTF-8 validation and stray-HTML removal. All work on views into
// the input; only strip_html allocates (its result goes into the model).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Length of the white space character at s[i], 0 if none: ASCII blanks, U+3000
// (ideographic space, E3 80 80) and U+00A0 (no-break space, C2 A0).
inline std::size_t space_at(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return 1;
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

// White space (as above) removed from both ends.
inline std::string_view trim(std::string_view s) noexcept {
  std::size_t b = 0;
  while (b < s.size()) {
    const std::size_t n = space_at(s, b);
    if (n == 0) break;
    b += n;
  }
  std::size_t e = s.size();
  while (e > b) {
    const auto c = static_cast<unsigned char>(s[e - 1]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
      --e;
    } else if (e - b >= 3 && c == 0x80 && static_cast<unsigned char>(s[e - 2]) == 0x80 &&
               static_cast<unsigned char>(s[e - 3]) == 0xE3) {
      e -= 3;
    } else if (e - b >= 2 && c == 0xA0 && static_cast<unsigned char>(s[e - 2]) == 0xC2) {
      e -= 2;
    } else {
      break;
    }
  }
  return s.substr(b, e - b);
}

// Form words are short; a longer cell is never one.
inline constexpr std::size_t max_key_bytes = 96;
using KeyBuffer = std::array<char, max_key_bytes>;

// The comparison key of a form label: white space removed, full-width （）：
// written as ASCII ( ) :. Returns "" when the text does not fit (no label is that
// long) or is empty.
inline std::string_view label_key(std::string_view s, KeyBuffer& buf) noexcept {
  if (s.size() > 4 * max_key_bytes) return {};
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (const std::size_t sp = space_at(s, i); sp != 0) {
      i += sp;
      continue;
    }
    char out = s[i];
    std::size_t step = 1;
    // EF BC 88 '（', EF BC 89 '）', EF BC 9A '：'
    if (static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xBC) {
      const auto t = static_cast<unsigned char>(s[i + 2]);
      if (t == 0x88) {
        out = '(';
        step = 3;
      } else if (t == 0x89) {
        out = ')';
        step = 3;
      } else if (t == 0x9A) {
        out = ':';
        step = 3;
      }
    }
    if (n == buf.size()) return {};
    buf[n++] = out;
    i += step;
  }
  return {buf.data(), n};
}

// At most about `max_bytes` of text for quoting in a message, cut at a character
// boundary, with "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_bytes = 120);

// Offset of the first byte that is not well-formed UTF-8 (overlongs, surrogates
// and code points above U+10FFFF included), or npos.
std::size_t first_invalid_utf8(std::string_view s) noexcept;

// s with each byte of an ill-formed sequence replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

// Where a position of repair_utf8(raw) stands in raw: a cell of a repaired line
// reports its byte in the input, not in the repaired copy.
std::size_t input_position(std::string_view raw, std::size_t repaired_position) noexcept;

// Stray HTML tags (<p>, </p>, <br/>, <span class=…>) removed, everything else
// verbatim, then trimmed. A '<' that does not open a tag stays.
std::string strip_html(std::string_view s);

}  // namespace ingest
JIXIAO_END_NAMESPACE
