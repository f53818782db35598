// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small byte-level text helpers of the layout reader: the comparison key of a
// label cell, UTF-8 repair and stray-HTML removal. All work on views into
// the input; only strip_html allocates (its result goes into the model).

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "text/utf8.hpp"
#include "text/whitespace.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// White space and UTF-8 checking are the text layer's (src/text/).
using text::first_invalid_utf8;
using text::space_at;
using text::trim;

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
