// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one definition of white space in jixiao's text: ASCII space, \t \n \v \f \r,
// U+3000 (ideographic space, E3 80 80: Chinese forms indent with it) and U+00A0
// (no-break space, C2 A0: HTML's &nbsp; and word processors). Private to src/.
// (HTML's own collapsing rule in src/html/ is HTML's, not this one.)

#include <cstddef>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace text {

constexpr bool is_ascii_space(unsigned char c) noexcept { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Length of the white space character at p (1, 2 or 3), 0 if none or p == last.
[[gnu::always_inline]] inline std::size_t space_length(const char* p, const char* last) noexcept {
  if (p == last) return 0;
  const auto c = static_cast<unsigned char>(*p);
  if (is_ascii_space(c)) return 1;
  if (c == 0xE3 && last - p >= 3 && static_cast<unsigned char>(p[1]) == 0x80 && static_cast<unsigned char>(p[2]) == 0x80)
    return 3;
  if (c == 0xC2 && last - p >= 2 && static_cast<unsigned char>(p[1]) == 0xA0) return 2;
  return 0;
}

// Length of the white space character at s[i], 0 if none (or i >= s.size()).
[[gnu::always_inline]] inline std::size_t space_at(std::string_view s, std::size_t i) noexcept {
  return i < s.size() ? space_length(s.data() + i, s.data() + s.size()) : 0;
}

// Length of the white space character that ends just before `last`, 0 if none.
[[gnu::always_inline]] inline std::size_t space_before(const char* first, const char* last) noexcept {
  const auto n = last - first;
  if (n < 1) return 0;
  const auto c = static_cast<unsigned char>(last[-1]);
  if (is_ascii_space(c)) return 1;
  if (c == 0x80 && n >= 3 && space_length(last - 3, last) == 3) return 3;
  if (c == 0xA0 && n >= 2 && space_length(last - 2, last) == 2) return 2;
  return 0;
}

// The text without white space at either end.
inline std::string_view trim(std::string_view s) noexcept {
  const char* first = s.data();
  const char* last = first + s.size();
  // Most cells have nothing to trim: a byte that starts (ends) no white space at each end.
  if (first == last) return s;
  const auto front = static_cast<unsigned char>(*first), back = static_cast<unsigned char>(last[-1]);
  if (!is_ascii_space(front) && front != 0xE3 && front != 0xC2 && !is_ascii_space(back) && back != 0x80 && back != 0xA0)
    return s;
  while (std::size_t n = space_length(first, last)) first += n;
  while (std::size_t n = space_before(first, last)) last -= n;
  return {first, static_cast<std::size_t>(last - first)};
}

// Nothing but white space (or empty), decided from the front.
inline bool is_blank(std::string_view s) noexcept {
  const char* p = s.data();
  const char* last = p + s.size();
  while (std::size_t n = space_length(p, last)) p += n;
  return p == last;
}

}  // namespace text
JIXIAO_END_NAMESPACE
