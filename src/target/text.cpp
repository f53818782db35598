// UTF-8 checking for the target grammar (text.hpp).
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_detail {

std::size_t find_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // The common case in a target: a three-byte sequence (CJK, full-width forms)
    // whose lead byte puts no special bound on the second (not E0 nor ED).
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && n - i >= 3 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t len = valid_sequence_length(s + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace target_detail
JIXIAO_END_NAMESPACE
