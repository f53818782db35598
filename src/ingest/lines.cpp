// SPDX-License-Identifier: Apache-2.0
#include "ingest/lines.hpp"

#include <cstring>
#include <limits>

#include <fmt/format.h>

#include "ingest/text.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

LineSplitter::LineSplitter(std::string_view bytes, const IngestLimits& limits, std::string_view source)
    : bytes_(bytes), max_line_(limits.max_line_bytes), source_(source.empty() ? "<input>" : source) {
  if (bytes.size() > limits.max_input_bytes) {
    throw Error(ErrorKind::limit,
                fmt::format("{}: input of {} bytes exceeds the limit max_input_bytes = {}", source_,
                            bytes.size(), limits.max_input_bytes),
                limits.max_input_bytes, 0, "max_input_bytes", source_);
  }
  if (bytes_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // UTF-8 BOM
}

bool LineSplitter::next(Line& line) {
  if (pos_ >= bytes_.size()) return false;
  if (number_ == std::numeric_limits<std::uint32_t>::max()) {
    throw Error(ErrorKind::limit, fmt::format("{}: more than {} lines", source_, number_), pos_, number_,
                "max_lines", source_);
  }
  const char* begin = bytes_.data() + pos_;
  const std::size_t left = bytes_.size() - pos_;
  const void* nl = std::memchr(begin, '\n', left);
  std::size_t length = nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : left;
  line.offset = pos_;
  line.number = ++number_;
  line.last_without_newline = nl == nullptr;
  pos_ += length + (nl != nullptr ? 1 : 0);
  if (length > 0 && begin[length - 1] == '\r') --length;  // CRLF
  if (length > max_line_) {
    throw Error(ErrorKind::limit,
                fmt::format("{}:{}: line of {} bytes exceeds the limit max_line_bytes = {}", source_,
                            line.number, length, max_line_),
                line.offset, line.number, "max_line_bytes", source_);
  }
  line.text = std::string_view(begin, length);
  line.raw = line.text;
  line.invalid_at = npos;
  if (const std::size_t bad = first_invalid_utf8(line.text); bad != npos) {
    line.invalid_at = line.offset + bad;
    repaired_ = repair_utf8(line.text);
    line.text = repaired_;
  }
  return true;
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
