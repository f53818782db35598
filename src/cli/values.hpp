// SPDX-License-Identifier: Apache-2.0
#pragma once
// The verbs that take values one by one (`jixiao target`, `jixiao amount`): each
// argument is a value, and "-" (the default without arguments) stands for every
// line of standard input. Output lines are gathered and written in 64 KiB pieces.

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.hpp"
#include "jixiao/error.hpp"

namespace jixiao::cli {

// Standard input a block at a time, handed out line by line (without the '\n'
// and a trailing '\r'). Reading the whole input into one growing string first
// cost more than parsing it: every doubling touched fresh pages (a page fault
// each), about 2,000 for 3 MB of targets.
class LineReader {
 public:
  explicit LineReader(std::FILE* in) : in_(in), buffer_(block_size, '\0') {}

  // The next line, valid until the next call; false at the end of the input.
  bool next(std::string_view& line) {
    for (;;) {
      const char* data = buffer_.data();
      if (const void* newline = std::memchr(data + begin_, '\n', end_ - begin_)) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(newline) - data);
        line = without_cr(std::string_view(data + begin_, at - begin_));
        begin_ = at + 1;
        return true;
      }
      if (at_eof_) {
        if (begin_ == end_) return false;
        line = without_cr(std::string_view(data + begin_, end_ - begin_));  // no final newline
        begin_ = end_;
        return true;
      }
      refill();
    }
  }

 private:
  static constexpr std::size_t block_size = std::size_t{1} << 16;

  static std::string_view without_cr(std::string_view line) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
  }

  // Keeps the unfinished line at the front and reads more after it (growing the
  // buffer only for a line longer than it).
  void refill() {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    const std::size_t n = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, in_);
    end_ += n;
    if (n == 0) {
      if (std::ferror(in_)) throw Error(ErrorKind::io, "-: read error", Error::no_offset, 0, {}, "-");
      at_eof_ = true;
    }
  }

  std::FILE* in_;
  std::string buffer_;
  std::size_t begin_ = 0;  // the unread bytes are [begin_, end_)
  std::size_t end_ = 0;
  bool at_eof_ = false;
};

// Calls `each(out, value)` for every value in order; `each` appends its output
// line(s) to `out` and returns false for a value that is invalid. Returns true
// when every value was valid.
template <class Each>
bool for_each_value(const Args& args, Output& output, Each each) {
  std::string out;
  out.reserve(std::size_t{1} << 17);
  bool all_valid = true;
  const auto flush_if_large = [&] {
    if (out.size() > (std::size_t{1} << 16)) {
      output.write(out);
      out.clear();
    }
  };
  std::vector<std::string> sources = args.positional;
  if (sources.empty()) sources.push_back("-");
  for (const std::string& source : sources) {
    if (source != "-") {
      all_valid &= each(out, std::string_view(source));
      flush_if_large();
      continue;
    }
    LineReader lines(stdin);
    for (std::string_view line; lines.next(line);) {
      all_valid &= each(out, line);
      flush_if_large();
    }
  }
  output.write(out);
  return all_valid;
}

}  // namespace jixiao::cli
