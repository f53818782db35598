#pragma once
// Private, header-only helpers shared by the JSON writer (src/json/) and the
// table writers (src/table/, whose module does not link jixiao_json): RFC 8259
// string quoting with UTF-8 validation, and exact decimal printing.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not one
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  const std::size_t left = s.size() - i;
  const auto cont = [&](std::size_t k) { return (byte(k) & 0xC0u) == 0x80u; };
  if (c < 0x80u) return 1;
  if (c >= 0xC2u && c <= 0xDFu) return left >= 2 && cont(i + 1) ? 2 : 0;
  if (c >= 0xE0u && c <= 0xEFu) {
    if (left < 3 || !cont(i + 1) || !cont(i + 2)) return 0;
    if (c == 0xE0u && byte(i + 1) < 0xA0u) return 0;   // overlong
    if (c == 0xEDu && byte(i + 1) >= 0xA0u) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0u && c <= 0xF4u) {
    if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    if (c == 0xF0u && byte(i + 1) < 0x90u) return 0;   // overlong
    if (c == 0xF4u && byte(i + 1) >= 0x90u) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// True when none of the eight bytes in `word` needs attention in a JSON string:
// all ASCII, none a control character, '"' or '\\' (bit tricks from "Bit
// Twiddling Hacks": haszero and hasless).
inline bool plain_ascii8(std::uint64_t word) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  const auto has_zero = [](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
  if ((word & highs) != 0) return false;
  if (((word - ones * 0x20u) & ~word & highs) != 0) return false;  // a byte < 0x20
  return !has_zero(word ^ (ones * '"')) && !has_zero(word ^ (ones * '\\'));
}

// Appends `text` as a JSON string literal. Plain runs are copied in one go;
// ASCII is scanned eight bytes at a time and the common CJK sequence (lead byte
// E1..EC) without the general UTF-8 check.
inline void append_json_string(std::string& out, std::string_view text) {
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
      const std::size_t len = utf8_sequence_length(text, i);
      if (len != 0) {
        i += len;
        continue;
      }
    }
    out.append(text.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20u) {
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 0xFu]);
        } else {
          out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
        }
    }
    ++i;
    run = i;
  }
  out.append(text.data() + run, n - run);
  out.push_back('"');
}

// Appends mantissa / 10^scale in plain decimal ("-12.50", "0.05", "7").
inline void append_decimal(std::string& out, std::int64_t mantissa, int scale) {
  char digits[24];
  std::size_t n = 0;
  std::uint64_t magnitude = mantissa < 0 ? ~static_cast<std::uint64_t>(mantissa) + 1u
                                         : static_cast<std::uint64_t>(mantissa);
  do {
    digits[n++] = static_cast<char>('0' + magnitude % 10u);
    magnitude /= 10u;
  } while (magnitude != 0);
  const auto want = static_cast<std::size_t>(scale) + 1;  // at least one digit before '.'
  while (n < want) digits[n++] = '0';
  if (mantissa < 0) out.push_back('-');
  for (std::size_t k = n; k-- > 0;) {
    out.push_back(digits[k]);
    if (k == static_cast<std::size_t>(scale) && k != 0) out.push_back('.');
  }
}

// Appends an unsigned integer in decimal.
inline void append_unsigned(std::string& out, std::uint64_t value) {
  char digits[24];
  std::size_t n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10u);
    value /= 10u;
  } while (value != 0);
  while (n > 0) out.push_back(digits[--n]);
}

}  // namespace detail
JIXIAO_END_NAMESPACE
