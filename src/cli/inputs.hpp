// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared helpers of the verbs that read documents (parse, summary, convert):
// expanding FILE arguments and directories, reading with errors that name the
// file, the exit status a document earns, and the fan-out of many files over all
// cores with outputs written in input order and a progress bar on a terminal.

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/error.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/read.hpp"

namespace jixiao::cli {

// FILE arguments as paths: "-" (standard input) and files stay; a directory
// becomes the .txt, .json, .xlsx, .xls, .html and .htm files under it
// (recursively, sorted by path).
// Throws UsageError when there is no FILE, "-" is given twice, or a directory holds
// no input; a path that does not exist stays (reading it reports the error).
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments);

// The name errors use for a path ("<stdin>" for "-").
std::string display_name(const std::string& path);

// `--from NAME`, the serialization every verb that reads a document can force:
// a name of jixiao::Serialization (tabs, aligned, single_space, cell_per_line,
// pipes, markdown, pdf, xlsx, xls, html); nullopt without --from (detected from
// the content). Throws UsageError naming the choices for any other name.
std::optional<Serialization> forced_serialization(const Args& args);
// The help text of --from, the same in every verb's --help (a literal, so that
// it joins the verbs' constexpr help texts).
#define JIXIAO_CLI_FROM_HELP                                                          \
  "  --from NAME   read FILE as NAME instead of detecting it from the content: tabs,\n" \
  "                aligned (columns of spaces, pdftotext -layout), single_space,\n"    \
  "                cell_per_line (plain pdftotext, flattened HTML), pipes, markdown,\n" \
  "                pdf, xlsx, xls or html (docs/ingest.md, Serializations)\n"
// How one input is read: named as display_name says, `from` forced.
ReadOptions read_options_for(const std::string& path, std::optional<Serialization> from);

// exit_input_errors when the document has an error-severity diagnostic or an
// invalid target (whether or not a diagnostic says so), else exit_ok.
int document_status(const Document& document);

// "FILE:LINE: message" lines for the document's error-severity diagnostics,
// then for its invalid targets that no error diagnostic names.
std::string error_lines(const std::string& path, const Document& document);
// The two parts of error_lines, for a document read one declaration at a time:
// the lines of error diagnostics, and those of one declaration's invalid targets
// (`index` is its place in the document; `diagnostics` must include all about it).
std::string diagnostic_error_lines(const std::string& name, std::span<const Diagnostic> diagnostics);
std::string invalid_target_lines(const std::string& name, std::size_t index, const Declaration& declaration,
                                 std::span<const Diagnostic> diagnostics);

// A one-line message for an Error, naming the file and, where known, the line,
// byte offset and what was expected.
std::string describe(const Error& error, const std::string& path);

// What one input produced: text for standard output (may be empty), text for
// standard error, and its exit status.
struct InputOutcome {
  std::string output;
  std::string messages;
  int status = exit_ok;
};

// Runs `work` for each input — in this thread for one input, on a pool of
// threads (one per core) for several — and writes each outcome's output to `out`
// and its messages to standard error, in input order, as soon as all inputs
// before it are done. Shows a progress bar on standard error when it is a
// terminal and the work has taken more than a second (not with `quiet`).
// Returns the highest status. `work` must not throw other than std::bad_alloc;
// a jixiao::Error escaping it becomes exit_usage with its message.
int run_inputs(const std::vector<std::string>& inputs, Output& out, bool quiet,
               const std::function<InputOutcome(const std::string& path)>& work);

// run_inputs for the verbs that read one document per input (as `from` forces)
// and print something made from it: `render` gives the output of a document that was read; a file
// that cannot be read gives exit_usage, its message, and the output of
// `unreadable` (nothing when it is empty). The status and the error lines of a
// document read come from document_status and error_lines.
int run_documents(const std::vector<std::string>& inputs, std::optional<Serialization> from, Output& out, bool quiet,
                  const std::function<std::string(const std::string& path, const Document& document)>& render,
                  const std::function<std::string(const std::string& path, const Error& error)>& unreadable = {});

}  // namespace jixiao::cli
