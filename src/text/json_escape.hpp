// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one JSON string writer (RFC 8259), as Python's json.dumps(ensure_ascii=False)
// writes strings: UTF-8 kept, the two-character escapes, \u00XX for the other
// control characters, and U+FFFD for each byte that is not well-formed UTF-8 (only
// a hand-made value can hold one). Private to src/.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "text/utf8.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace text {

// True when none of the eight bytes in `word` needs attention in a JSON string:
// all ASCII, none a control character, '"' or '\\' ("Bit Twiddling Hacks":
// haszero and hasless).
inline bool plain_ascii8(std::uint64_t word) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  const auto has_zero = [](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
  if ((word & highs) != 0) return false;
  if (((word - ones * 0x20u) & ~word & highs) != 0) return false;  // a byte < 0x20
  return !has_zero(word ^ (ones * '"')) && !has_zero(word ^ (ones * '\\'));
}

// Writes `text` as a JSON string literal, quotes included, to `out`: a std::string
// or anything with append(const char*, size_t) and push_back(char). Plain runs go
// out in one append; ASCII is scanned eight bytes at a time and the common CJK
// sequence (lead byte E1..EC) without the general UTF-8 check.
template <class Out>
void write_json_string(Out& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t run = 0;  // start of the pending plain run
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const unsigned char c = p[i];
    if (c >= 0x20u && c < 0x80u && c != '"' && c != '\\') {
      ++i;
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (!plain_ascii8(word)) break;
        i += 8;
      }
      continue;
    }
    if (c >= 0x80u) {
      if (c >= 0xE1u && c <= 0xECu && i + 2 < n && (p[i + 1] & 0xC0u) == 0x80u && (p[i + 2] & 0xC0u) == 0x80u) {
        i += 3;
        continue;
      }
      const std::size_t len = utf8_sequence_length(p + i, n - i);
      if (len != 0) {
        i += len;
        continue;
      }
    }
    out.append(text.data() + run, i - run);
    if (c >= 0x80u) {
      out.append("\xEF\xBF\xBD", 3);  // U+FFFD for a byte that is not UTF-8
    } else {
      out.push_back('\\');
      switch (c) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '\n': out.push_back('n'); break;
        case '\r': out.push_back('r'); break;
        case '\t': out.push_back('t'); break;
        case '\b': out.push_back('b'); break;
        case '\f': out.push_back('f'); break;
        default:
          out.append("u00", 3);
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 0xFu]);
      }
    }
    ++i;
    run = i;
  }
  out.append(text.data() + run, n - run);
  out.push_back('"');
}

// At most this many bytes for a string of n bytes (6 per byte, and the quotes).
constexpr std::size_t max_json_string_bytes(std::size_t n) noexcept { return 6 * n + 2; }

inline void append_json_string(std::string& out, std::string_view text) { write_json_string(out, text); }

}  // namespace text
JIXIAO_END_NAMESPACE
