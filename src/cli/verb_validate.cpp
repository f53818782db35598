// SPDX-License-Identifier: Apache-2.0
// `jixiao validate FILE`: run the review rules (validation.md) and report what the
// reader (INGEST_*) and the rules found, grouped by declaration.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/inputs.hpp"
#include "cli/review_options.hpp"
#include "jixiao/error.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/validate.hpp"

namespace jixiao::cli {
namespace {

std::string validate_help() {
  std::string help =
      "usage: jixiao validate FILE... [--format text|json] [--profile national|shanghai|FILE]\n"
      "                       [--disable CODE[,CODE...]]...\n"
      "                       [--severity CODE=off|on|error|warning|info]... [--from NAME]\n"
      "                       [--pretty] [--quiet] [--output FILE]\n"
      "\n"
      "Runs the review rules (审核) over every declaration of FILE (text in any\n"
      "serialization, jixiao JSON, xlsx, xls, HTML or PDF, detected from the content;\n"
      "'-' is standard input) and\n"
      "reports each finding with its severity, code, source line and a message naming\n"
      "the figures, grouped by declaration, with what the reader noticed (INGEST_*)\n"
      "included and a count per severity at the end.\n"
      "\n"
      "  --format json     the document JSON (jixiao.document/1) with every diagnostic,\n"
      "                    the reader's and the rules'; several files give NDJSON\n"
      "  --profile P       national (default: 101号), shanghai (cost indicator required,\n"
      "                    costs in money, satisfaction >= 90%) or a profile file (JSON:\n"
      "                    base, rules, satisfaction_floor, placeholders, overshoot;\n"
      "                    docs/validation.md)\n"
      "  --disable CODE    turn a rule off (repeatable, or comma-separated)\n"
      "  --severity C=L    report rule C as L (error, warning, info), or turn it off/on\n"
      "  --quiet           no report; the exit status tells\n"
      JIXIAO_CLI_FROM_HELP
      "\n"
      "Exit status: 0 no error-severity finding, 1 some, 2 usage error or unreadable input.\n"
      "\n"
      "rules:\n";
  for (const RuleInfo& rule : validation_rules())
    help += fmt::format("  {:<27}{:<8} {}\n", rule.code, to_string(rule.severity), rule.description);
  help +=
      "\n"
      "example:\n"
      "  $ jixiao validate hongkou-court-2024.txt --disable CATEGORY_MISPLACED\n"
      "  hongkou-court-2024.txt：7 份申报表\n"
      "  ...\n"
      "  [4] 审判执行业务费（第 95–130 行）\n"
      "    warning  INDICATOR_DUPLICATE  第  115 行  三级指标「宣传内容审核通过率」重复：…\n"
      "  ...\n"
      "  合计：错误 0 条，警告 1 条，提示 0 条\n";
  return help;
}

struct Counts {
  std::size_t errors = 0, warnings = 0, infos = 0;
  void add(Severity s) {
    if (s == Severity::error) ++errors;
    else if (s == Severity::warning) ++warnings;
    else ++infos;
  }
};

std::string line_text(const Diagnostic& d) {
  return d.line ? fmt::format("第 {:>4} 行", *d.line) : std::string("          ");
}

// The readable report: findings grouped by declaration (document-wide ones first),
// in source-line order inside a group, and the count per severity.
std::string render_report(std::string_view source, const Document& doc, Counts& counts) {
  std::size_t code_width = 0;
  for (const auto& d : doc.diagnostics) code_width = std::max(code_width, d.code.size());

  // Group by declaration; a diagnostic naming a declaration that is not there
  // stays with the document.
  std::vector<std::vector<const Diagnostic*>> groups(doc.declarations.size() + 1);
  for (const auto& d : doc.diagnostics) {
    std::size_t group = d.declaration && *d.declaration < doc.declarations.size() ? *d.declaration + 1 : 0;
    groups[group].push_back(&d);
    counts.add(d.severity);
  }
  for (auto& group : groups)
    std::stable_sort(group.begin(), group.end(), [](const Diagnostic* a, const Diagnostic* b) {
      return a->line.value_or(0) < b->line.value_or(0);
    });

  std::string out = fmt::format("{}：{} 份申报表\n", source, doc.declarations.size());
  auto print_findings = [&](const std::vector<const Diagnostic*>& group) {
    for (const Diagnostic* d : group)
      out += fmt::format("  {:<7}  {:<{}}  {}  {}\n", to_string(d->severity), d->code, code_width, line_text(*d),
                         d->message);
  };
  if (!groups[0].empty()) {
    out += "\n文档\n";
    print_findings(groups[0]);
  }
  for (std::size_t i = 0; i < doc.declarations.size(); ++i) {
    const Declaration& decl = doc.declarations[i];
    out += fmt::format("\n[{}] {}", i + 1, decl.project.name.value_or("（无项目名称）"));
    if (decl.source) out += fmt::format("（第 {}–{} 行）", decl.source->first_line, decl.source->last_line);
    out += '\n';
    if (groups[i + 1].empty()) out += "  无问题\n";
    else print_findings(groups[i + 1]);
  }
  out += fmt::format("\n合计：错误 {} 条，警告 {} 条，提示 {} 条\n", counts.errors, counts.warnings, counts.infos);
  return out;
}

int run_validate(const Args& args) {
  if (args.positional.empty()) throw UsageError{"needs a FILE to validate ('-' for standard input)"};
  const std::string format = args.option("format").value_or("text");
  if (format != "text" && format != "json")
    throw UsageError{fmt::format("--format {}: expected text or json", format)};
  const ValidateOptions options = review_options_from(args);
  const bool quiet = args.has("quiet");

  Output out(args);
  int status = exit_ok;
  bool first = true;
  for (const auto& path : args.positional) {
    Document doc;
    try {
      doc = read_document_file(path, read_options_for(path, forced_serialization(args)));
    } catch (const Error& e) {
      print_error("validate", e.what());
      status = exit_usage;
      continue;
    }
    std::vector<Diagnostic> found = validate(doc, options);
    doc.diagnostics.insert(doc.diagnostics.end(), std::make_move_iterator(found.begin()),
                           std::make_move_iterator(found.end()));
    const bool has_errors = std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::error; });
    if (has_errors && status == exit_ok) status = exit_input_errors;
    if (quiet) continue;
    if (format == "json") {
      JsonWriteOptions json_options;
      json_options.pretty = args.has("pretty");
      out.write(to_json(doc, json_options));
      out.write("\n");
    } else {
      Counts counts;
      if (!first) out.write("\n");
      out.write(render_report(path == "-" ? "<stdin>" : path, doc, counts));
    }
    first = false;
  }
  return status;
}

const Registration registration{Verb{
    "validate",
    "review rules (审核): funds, dates, fields, taxonomy, targets",
    validate_help(),
    {"disable", "severity", "profile", "from"},
    {},
    run_validate,
}};

}  // namespace


}  // namespace jixiao::cli
