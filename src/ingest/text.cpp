// SPDX-License-Identifier: Apache-2.0
#include "ingest/text.hpp"

#include <cstring>

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

// Where a position in the repaired text (each bad byte became U+FFFD, three
// bytes) falls in the raw input.
std::size_t input_position(std::string_view raw, std::size_t repaired_position) noexcept {
  std::size_t r = 0, q = 0;
  while (q < repaired_position && r < raw.size()) {
    const std::size_t len = text::utf8_sequence_length(raw, r);
    r += len == 0 ? 1 : len;
    q += len == 0 ? 3 : len;
  }
  return r;
}

std::string excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = text::utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

std::string strip_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t lt = s.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, lt - i));
    std::size_t j = lt + 1;
    if (j < s.size() && s[j] == '/') ++j;
    const bool opens_tag = j < s.size() && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'));
    // A tag is ASCII up to its '>': "<p>", "<br/>", "<span class=\"x\">".
    std::size_t gt = std::string_view::npos;
    for (std::size_t k = j; opens_tag && k < s.size(); ++k) {
      const auto c = static_cast<unsigned char>(s[k]);
      if (c == '>') {
        gt = k;
        break;
      }
      if (c >= 0x80 || c == '<') break;
    }
    if (gt == std::string_view::npos) {
      out.push_back('<');
      i = lt + 1;
    } else {
      i = gt + 1;
    }
  }
  const auto trimmed = trim(out);
  if (trimmed.size() != out.size()) return std::string(trimmed);
  return out;
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
