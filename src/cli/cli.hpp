// SPDX-License-Identifier: Apache-2.0
#pragma once
// The jixiao program's small framework: a verb table each verb file registers
// itself in, argument parsing shared by all verbs, and input/output helpers.

#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jixiao::cli {

// Exit statuses of cli.md.
inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;  // read, but with errors
inline constexpr int exit_usage = 2;         // usage error or unreadable input

// Parsed command line of one verb: positional arguments and --flags.
struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--format markdown" → {"format","markdown"}
  std::vector<std::string> switches;           // "--pretty", "--quiet"
  // Every value option in command-line order, repeats included
  // ("--disable A --disable B"); `options` keeps the last value of each.
  std::vector<std::pair<std::string, std::string>> option_list;

  bool has(std::string_view flag) const;
  std::optional<std::string> option(std::string_view name) const;
  // All values given to a repeatable flag, in order.
  std::vector<std::string> option_values(std::string_view name) const;
};

struct Verb {
  std::string name;
  std::string summary;                       // one line for `jixiao --help`
  std::string help;                          // full help with an example
  std::vector<std::string> value_options;    // flags that take a value, e.g. "format"
  std::vector<std::string> switch_options;   // flags without a value, e.g. "reverse-linear"
  std::function<int(const Args&)> run;
};

std::map<std::string, Verb>& verb_table();

// Declare a verb at namespace scope in its own file:
//   static const jixiao::cli::Registration reg{Verb{...}};
struct Registration {
  explicit Registration(Verb verb);
};

// Parses argv after the verb; throws UsageError on an unknown flag or a flag
// that needs a value and has none.
struct UsageError {
  std::string message;
};
Args parse_args(const Verb& verb, int argc, char** argv, int first);

// Reads a whole file, or standard input for "-" (src/text/read_file.hpp). Throws
// jixiao::Error(io), or Error(limit) beyond IngestLimits::max_input_bytes.
std::string read_input(const std::string& path);

// Where output goes: stdout, or --output FILE. Throws jixiao::Error(io).
// A write that fails (disk full, a closed pipe) throws Error(io) naming the
// output; a failure that only shows when the output is flushed or closed at the
// end is kept for main, which reports it and exits 2: output is never lost
// silently.
class Output {
 public:
  explicit Output(const Args& args);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  void write(std::string_view text);
  std::FILE* file() const { return file_; }

  // The message of a failure found when an Output was closed, or "".
  static const std::string& close_error();

 private:
  std::FILE* file_;
  bool owned_;
  std::string name_;
};

// Prints "jixiao VERB: message" to stderr.
void print_error(std::string_view verb, std::string_view message);

}  // namespace jixiao::cli
