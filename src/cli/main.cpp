// SPDX-License-Identifier: Apache-2.0
// jixiao: the command line over the library (see docs/cli.md and the spec's cli.md).
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/heap.hpp"
#include "jixiao/config.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "text/read_file.hpp"

namespace jixiao::cli {

bool Args::has(std::string_view flag) const {
  for (const auto& s : switches)
    if (s == flag) return true;
  return options.find(std::string(flag)) != options.end();
}

std::optional<std::string> Args::option(std::string_view name) const {
  auto it = options.find(std::string(name));
  if (it == options.end()) return std::nullopt;
  return it->second;
}

std::map<std::string, Verb>& verb_table() {
  static std::map<std::string, Verb> table;
  return table;
}

std::vector<std::string> Args::option_values(std::string_view name) const {
  std::vector<std::string> values;
  for (const auto& [flag, value] : option_list)
    if (flag == name) values.push_back(value);
  return values;
}

Registration::Registration(Verb verb) {
  auto name = verb.name;
  verb_table().emplace(std::move(name), std::move(verb));
}

Args parse_args(const Verb& verb, int argc, char** argv, int first) {
  Args args;
  bool only_positional = false;
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (only_positional || a == "-" || a.rfind("--", 0) != 0) {
      args.positional.push_back(std::move(a));
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string name = a.substr(2);
    std::optional<std::string> value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
    }
    bool takes_value = name == "format" || name == "output";
    for (const auto& v : verb.value_options) takes_value = takes_value || v == name;
    if (takes_value) {
      if (!value) {
        if (i + 1 >= argc) throw UsageError{fmt::format("--{} needs a value", name)};
        value = argv[++i];
      }
      args.option_list.emplace_back(name, *value);
      args.options[name] = *value;
    } else if (value) {
      throw UsageError{fmt::format("--{} takes no value", name)};
    } else if (name == "pretty" || name == "quiet" || name == "help" || name == "version") {
      args.switches.push_back(name);
    } else {
      bool known = false;
      for (const auto& v : verb.switch_options) known = known || v == name;
      if (!known) throw UsageError{fmt::format("unknown flag --{}", name)};
      args.switches.push_back(name);
    }
  }
  return args;
}

std::string read_input(const std::string& path) {
  return std::string(text::InputBytes::read(path, path, IngestLimits{}.max_input_bytes).view());
}

namespace {
std::string& output_close_error() {
  static std::string message;
  return message;
}
}  // namespace

Output::Output(const Args& args) : file_(stdout), owned_(false), name_("<stdout>") {
  if (auto path = args.option("output")) {
    file_ = std::fopen(path->c_str(), "wb");
    if (!file_) throw Error(ErrorKind::io, fmt::format("{}: cannot write: {}", *path, std::strerror(errno)), Error::no_offset, 0, {}, *path);
    owned_ = true;
    name_ = *path;
  }
}

Output::~Output() {
  bool failed = std::ferror(file_) != 0;
  failed = (owned_ ? std::fclose(file_) : std::fflush(file_)) != 0 || failed;
  if (failed && output_close_error().empty())
    output_close_error() = fmt::format("{}: cannot write: {}", name_, std::strerror(errno));
}

const std::string& Output::close_error() { return output_close_error(); }

void Output::write(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
    throw Error(ErrorKind::io, fmt::format("{}: cannot write: {}", name_, std::strerror(errno)), Error::no_offset, 0, {},
                name_);
}

void print_error(std::string_view verb, std::string_view message) {
  fmt::print(stderr, "jixiao {}: {}\n", verb, message);
}

}  // namespace jixiao::cli

namespace {

void print_usage(std::FILE* out) {
  fmt::print(out,
             "jixiao {} — Chinese budget performance-target declarations as exact data\n\n"
             "usage: jixiao VERB [ARGS...] [--format F] [--output FILE] [--pretty] [--quiet]\n\n"
             "verbs:\n",
             JIXIAO_VERSION_STRING);
  for (const auto& [name, verb] : jixiao::cli::verb_table()) fmt::print(out, "  {:<10} {}\n", name, verb.summary);
  fmt::print(out, "\n`jixiao VERB --help` shows a verb's help with an example.\n"
                  "Exit status: 0 success, 1 input read but with errors, 2 usage error or unreadable input.\n");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jixiao::cli;
  use_huge_pages_for_the_heap();
  if (argc < 2) {
    print_usage(stderr);
    return exit_usage;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    print_usage(stdout);
    return exit_ok;
  }
  if (first == "--version") {
    fmt::print("jixiao {}\n", JIXIAO_VERSION_STRING);
    return exit_ok;
  }
  auto it = verb_table().find(first);
  if (it == verb_table().end()) {
    print_error(first, "unknown verb (see jixiao --help)");
    return exit_usage;
  }
  const Verb& verb = it->second;
  try {
    Args args = parse_args(verb, argc, argv, 2);
    if (args.has("help")) {
      fmt::print("{}", verb.help);
      return exit_ok;
    }
    if (args.has("version")) {
      fmt::print("jixiao {}\n", JIXIAO_VERSION_STRING);
      return exit_ok;
    }
    const int status = verb.run(args);
    if (!Output::close_error().empty()) {
      print_error(verb.name, Output::close_error());
      return exit_usage;
    }
    return status;
  } catch (const UsageError& e) {
    print_error(verb.name, e.message);
    return exit_usage;
  } catch (const jixiao::Error& e) {
    print_error(verb.name, e.what());
    return exit_usage;
  } catch (const std::exception& e) {
    print_error(verb.name, e.what());
    return exit_usage;
  }
}
