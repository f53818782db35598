// UTF-8 checking for the target grammar (text.hpp).
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_detail {

std::size_t find_invalid_utf8(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      ++i;
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
