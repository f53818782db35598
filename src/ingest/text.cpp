#include "ingest/text.hpp"

#include <cstring>

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

// Length of the well-formed UTF-8 sequence at s[i], 0 if ill-formed (Unicode
// Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
inline std::size_t sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    return b >= lo && b <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return left >= 2 && cont(1) ? 2 : 0;
  if (b0 == 0xE0) return left >= 3 && cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
    return left >= 3 && cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return left >= 3 && cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return left >= 4 && cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return left >= 4 && cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return left >= 4 && cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

}  // namespace

std::size_t input_position(std::string_view raw, std::size_t repaired_position) noexcept {
  std::size_t r = 0, q = 0;
  while (q < repaired_position && r < raw.size()) {
    const std::size_t len = sequence_length(raw, r);
    r += len == 0 ? 1 : len;
    q += len == 0 ? 3 : len;  // a bad byte became U+FFFD, three bytes
  }
  return r;
}

std::size_t first_invalid_utf8(std::string_view s) noexcept {
  const std::size_t n = s.size();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b0 = p[i];
    if (b0 < 0x80) {
      // An ASCII run: eight bytes at a time.
      ++i;
      while (i + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & 0x8080808080808080ull) != 0) break;
        i += 8;
      }
      continue;
    }
    // The common CJK case: a lead byte E1..EC and two continuation bytes.
    if (b0 >= 0xE1 && b0 <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t len = sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return npos;
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
    const std::size_t len = sequence_length(s, i);
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
