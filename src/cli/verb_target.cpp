// `jixiao target [TEXT…]`: parse target values (指标值) and print each as one
// canonical JSON line (target-values.md), or the error with its byte offset.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.hpp"
#include "jixiao/error.hpp"
#include "jixiao/target.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* target_help =
    "usage: jixiao target [TEXT...] [--canonical] [--output FILE]\n"
    "\n"
    "Parses target values (指标值, target-values.md): comparisons (=100.00(%), ≥2次,\n"
    "$\\geq 98.70\\%$, 不低于90%), ranges (45%-60%, ≥90%且≤95%), trends (提升, 同比下降,\n"
    "同比增长5%), deadlines (2024年12月31日前完成), periods (2023.07-2024.01) and\n"
    "qualitative terms (合规, 及时). With '-' or no TEXT, reads one target per line from\n"
    "standard input. Prints one JSON object per target: raw, kind and the kind's\n"
    "fields, decimals as strings; an invalid one gives\n"
    "  {\"raw\":…,\"kind\":\"invalid\",\"error\":…,\"offset\":N,\"expected\":…}.\n"
    "\n"
    "  --canonical   print the canonical form (≥90.00(%)) instead of JSON, one per line\n"
    "\n"
    "Exit status: 0 all targets parsed, 1 some were invalid, 2 usage error.\n"
    "\n"
    "example:\n"
    "  $ jixiao target '≥90.00 (%)' 提升 '≥'\n"
    "  {\"raw\":\"≥90.00 (%)\",\"kind\":\"compare\",\"op\":\"ge\",\"value\":\"90.00\",\"unit\":\"%\"}\n"
    "  {\"raw\":\"提升\",\"kind\":\"trend\",\"direction\":\"up\",\"basis\":\"none\"}\n"
    "  {\"raw\":\"≥\",\"kind\":\"invalid\",\"error\":\"comparator without a number: expected a number after "
    "the comparator at byte 3\",\"offset\":3,\"expected\":\"a number after the comparator\"}\n";

// Appends one output line for `raw`; returns false when the target is invalid.
bool append_target_line(std::string& out, std::string_view raw, bool canonical_form) {
  const Target target = parse_target(raw);
  if (canonical_form) out += canonical(target);
  else append_target_json(out, target);  // the same text as json.hpp's to_json(Target)
  out += '\n';
  return target.valid();
}

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

int run_target(const Args& args) {
  const bool canonical_form = args.has("canonical");
  Output output(args);
  std::string out;
  out.reserve(1u << 17);
  bool all_valid = true;
  auto flush_if_large = [&] {
    if (out.size() > (1u << 16)) {
      output.write(out);
      out.clear();
    }
  };
  std::vector<std::string> sources = args.positional;
  if (sources.empty()) sources.push_back("-");
  for (const std::string& source : sources) {
    if (source != "-") {
      all_valid &= append_target_line(out, source, canonical_form);
      flush_if_large();
      continue;
    }
    LineReader lines(stdin);
    for (std::string_view line; lines.next(line);) {
      all_valid &= append_target_line(out, line, canonical_form);
      flush_if_large();
    }
  }
  output.write(out);
  return all_valid ? exit_ok : exit_input_errors;
}

const Registration registration{Verb{
    "target",
    "parse target values (指标值) into canonical JSON lines",
    target_help,
    {},
    {"canonical"},
    run_target,
}};

}  // namespace
}  // namespace jixiao::cli
