// SPDX-License-Identifier: Apache-2.0
// `jixiao convert FILE --to json|csv|markdown|text`: a document in another format.
#include <string>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/inputs.hpp"
#include "jixiao/csv.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/render.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* convert_help =
    "usage: jixiao convert FILE... --to json|csv|markdown|text [--from NAME] [--pretty]\n"
    "                      [--quiet] [--output FILE]\n"
    "\n"
    "Reads FILE (a declaration as text in any serialization, jixiao JSON, xlsx, xls,\n"
    "HTML or PDF, detected from the content; '-' is standard input) and writes it in\n"
    "another format:\n"
    "\n"
    "  --to json       the document JSON (jixiao.document/1), as `jixiao parse`\n"
    "  --to csv        one row per indicator (RFC 4180): declaration, project, level1,\n"
    "                  level2, name, raw, kind, op_or_term, value_or_low, high, unit,\n"
    "                  basis, note, error, line; plain exact decimals\n"
    "  --to markdown   per declaration its fields, funds (元, 12,780,000.00), goals and\n"
    "                  indicator table, then the diagnostics\n"
    "  --to text       the published form layout (tab-separated, as a 汇总表 PDF\n"
    "                  extracts); `jixiao parse` of it gives the same declarations\n"
    "\n"
    JIXIAO_CLI_FROM_HELP
    "\n"
    "(--format is accepted for --to.) Several files or a directory: each converted in\n"
    "turn, in input order (json: one line per file, NDJSON).\n"
    "\n"
    "Exit status: 0 read cleanly; 1 read, but with errors (invalid targets or amounts);\n"
    "2 usage error or unreadable input.\n"
    "\n"
    "example:\n"
    "  $ jixiao convert hongkou-court-2024.json --to csv\n"
    "  declaration,project,level1,level2,name,raw,kind,op_or_term,value_or_low,high,unit,basis,note,error,line\n"
    "  0,专业设备购置及更新,成本指标,经济成本指标,设备单价合规性,合规,qualitative,合规,,,,,,,21\n"
    "  ...\n";

int run_convert(const Args& args) {
  std::optional<std::string> to = args.option("to");
  if (!to) to = args.option("format");
  if (!to) throw UsageError{"needs --to json|csv|markdown|text"};
  const std::string target = *to;
  if (target != "json" && target != "csv" && target != "markdown" && target != "text")
    throw UsageError{fmt::format("--to {}: expected json, csv, markdown or text", target)};
  const std::vector<std::string> inputs = expand_inputs(args.positional);
  const bool many = inputs.size() > 1;
  JsonWriteOptions json_options;
  json_options.pretty = args.has("pretty") && !many;
  Output out(args);
  return run_documents(inputs, forced_serialization(args), out, args.has("quiet"), [&](const std::string&, const Document& doc) {
    if (target == "json") {
      std::string json;
      append_json(json, doc, json_options);
      return json + '\n';
    }
    if (target == "csv") return indicators_csv(doc);
    if (target == "markdown") return render_document_markdown(doc) + (many ? "\n" : "");
    return render_published_text(doc);
  });
}

const Registration registration{Verb{
    "convert",
    "convert a document: --to json|csv|markdown|text (the published layout)",
    convert_help,
    {"to", "from"},
    {},
    run_convert,
}};

}  // namespace
}  // namespace jixiao::cli
