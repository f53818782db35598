// SPDX-License-Identifier: Apache-2.0
// `jixiao parse FILE…`: read declarations (published text or jixiao JSON) and
// print the document JSON; several files give one JSON line each (NDJSON).
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cli/cli.hpp"
#include "cli/inputs.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "text/read_file.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* parse_help =
    "usage: jixiao parse FILE... [--from NAME] [--pretty] [--quiet] [--output FILE]\n"
    "\n"
    "Reads declarations from FILE — text in any serialization (tabs, aligned columns,\n"
    "single spaces, one cell per line, pipes, Markdown) of any layout (申报表, 自评表),\n"
    "jixiao JSON, xlsx, xls, HTML, or a PDF (with the optional PDF plugin,\n"
    "libjixiao_pdf.so), detected from the content; '-' is standard input — and prints\n"
    "the document\n"
    "JSON (format jixiao.document/1): every amount and decimal as an exact string,\n"
    "null for what the source lacks, and the reader's diagnostics (INGEST_*).\n"
    "\n"
    "Several files, or a directory (its .txt and .json files, recursively), give one\n"
    "document per line (NDJSON) in input order, each with a \"source\" key naming its\n"
    "file; all cores are used, and a progress bar shows on a terminal after a second.\n"
    "A file that cannot be read gives a line {\"format\":\"jixiao.error/1\",...} in its place.\n"
    "\n"
    "  --pretty   indented JSON (one file only; NDJSON stays one line per document)\n"
    "  --quiet    no messages on standard error; the exit status tells\n"
    JIXIAO_CLI_FROM_HELP
    "\n"
    "Exit status: 0 read cleanly; 1 read, but with errors (invalid targets or amounts:\n"
    "error-severity diagnostics, listed on standard error as FILE:LINE: CODE message);\n"
    "2 usage error or unreadable input. One file is written as it is read: if reading\n"
    "stops part-way (a limit exceeded), the JSON written so far stays on standard output,\n"
    "incomplete, and the status is 2.\n"
    "\n"
    "example:\n"
    "  $ jixiao parse hongkou-court-2024.txt --pretty\n"
    "  {\n"
    "    \"format\": \"jixiao.document/1\",\n"
    "    \"title\": \"上海市虹口区人民法院 2024 年度项目绩效目标汇总表\",\n"
    "    \"declarations\": [\n"
    "      {\n"
    "        \"year\": 2024,\n"
    "  ...\n";

// One JSON line standing in for a file that could not be read.
std::string error_line(const std::string& path, const Error& error) {
  std::string out = "{\"format\":\"jixiao.error/1\",\"source\":";
  append_json_quoted(out, display_name(path));
  out += ",\"error\":";
  append_json_quoted(out, error.what());
  out += ",\"line\":";
  out += error.line() != 0 ? std::to_string(error.line()) : std::string("null");
  out += ",\"offset\":";
  out += error.offset() != Error::no_offset ? std::to_string(error.offset()) : std::string("null");
  out += ",\"expected\":";
  append_json_quoted(out, error.expected());
  out += "}\n";
  return out;
}

// One file, written as it is read: the seed's layout in tabs one declaration at
// a time (memory holds the input and one declaration, not the whole model),
// anything else (other serializations and layouts, JSON, files) as a whole
// document. Throws Error when the input cannot be read; part of the JSON
// may have been written by then (a limit exceeded half-way).
int parse_one(const std::string& path, std::optional<Serialization> from, const JsonWriteOptions& json_options,
              Output& out, bool quiet) {
  const std::string name = display_name(path);
  const auto bytes = text::InputBytes::read(path, name, IngestLimits{}.max_input_bytes);
  const auto sink = [&](std::string_view piece) { out.write(piece); };
  std::string messages;
  int status = exit_ok;
  const ReadOptions read_options = read_options_for(path, from);
  if (!reads_as_published_layout(bytes.view(), read_options)) {  // everything but the seed's layout: whole
    const Document doc = read_document(bytes.view(), read_options);
    write_json(doc, sink, json_options);
    messages = error_lines(path, doc);
    status = document_status(doc);
  } else {
    IngestOptions options;
    options.source_name = name;
    PublishedTextReader reader(bytes.view(), options);
    DocumentJsonWriter writer(sink, json_options);
    std::optional<Declaration> declaration = reader.next();
    writer.begin(reader.title());
    // One thread: writing on a second one measured no faster (reading is three
    // quarters of the work; docs/ingest.md, Speed).
    std::string invalid_targets;
    std::size_t diagnostics_seen = 0;  // those before the current declaration's
    for (; declaration; declaration = reader.next()) {
      writer.declaration(*declaration);
      const std::span<const Diagnostic> recent = std::span(reader.diagnostics()).subspan(diagnostics_seen);
      invalid_targets += invalid_target_lines(name, reader.count() - 1, *declaration, recent);
      diagnostics_seen = reader.diagnostics().size();
    }
    writer.end(reader.diagnostics());
    messages = diagnostic_error_lines(name, reader.diagnostics()) + invalid_targets;
    // As document_status: an error diagnostic or an invalid target, each of
    // which gives a line.
    status = messages.empty() ? exit_ok : exit_input_errors;
  }
  out.write("\n");
  if (!messages.empty() && !quiet) {
    std::fflush(out.file());
    std::fwrite(messages.data(), 1, messages.size(), stderr);
  }
  return status;
}

int run_parse(const Args& args) {
  const std::vector<std::string> inputs = expand_inputs(args.positional);
  const bool many = inputs.size() > 1;
  JsonWriteOptions json_options;
  json_options.pretty = args.has("pretty") && !many;
  Output out(args);
  if (!many) {
    const std::string& path = inputs.front();
    try {
      return parse_one(path, forced_serialization(args), json_options, out, args.has("quiet"));
    } catch (const Error& e) {
      if (!args.has("quiet")) {
        std::fflush(out.file());
        std::fprintf(stderr, "%s\n", describe(e, path).c_str());
      }
      return exit_usage;
    }
  }
  // {"source": FILE, …the document's keys…} per line; an error line for a file
  // that cannot be read.
  return run_documents(
      inputs, forced_serialization(args), out, args.has("quiet"),
      [&](const std::string& path, const Document& doc) {
        std::string output = "{\"source\":";
        append_json_quoted(output, display_name(path));
        output += ',';
        const std::size_t brace = output.size();
        append_json(output, doc, json_options);
        output.erase(brace, 1);
        output += '\n';
        return output;
      },
      error_line);
}

const Registration registration{Verb{
    "parse",
    "read declarations (published text or JSON) and print the document JSON",
    parse_help,
    {"from"},
    {},
    run_parse,
}};

}  // namespace
}  // namespace jixiao::cli
