// `jixiao score DECLS ACTUALS`: the year-end self-evaluation (绩效自评, scoring.md)
// of every declaration in DECLS against the actuals file, as the 自评表 (text,
// Markdown, CSV) or the jixiao.score/1 report (JSON).
#include <string>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "jixiao/read.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/score_report.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* score_help =
    "usage: jixiao score DECLS ACTUALS [--format text|json|markdown|csv]\n"
    "                    [--reverse-formula ratio|linear] [--output FILE] [--pretty] [--quiet]\n"
    "\n"
    "Scores each declaration of DECLS (the published text layout or jixiao JSON) against\n"
    "ACTUALS (a jixiao.actuals/1 file, formats.md) by the rules of scoring.md: budget\n"
    "execution 10, 产出+成本 50, 效益 30, 满意度 10, shared equally inside a part unless the\n"
    "actuals give a \"weight\"; grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. Either file may be\n"
    "'-' (standard input), not both.\n"
    "\n"
    "  --format F            text (the 自评表, default), markdown, csv, or json (jixiao.score/1)\n"
    "  --reverse-formula R   a missed ≤/< target scores weight × target/actual (ratio,\n"
    "                        default) or weight × (1 − (actual − target)/target) (linear)\n"
    "  --pretty              indented JSON\n"
    "  --quiet               no summary of diagnostics on standard error\n"
    "\n"
    "Exit status: 0 scored; 1 scored, but an indicator or budget could not be scored (a\n"
    "unit mismatch, a bad actual, a fraction outside its band, a zero budget: see the\n"
    "diagnostics); 2 usage error or unreadable input.\n"
    "\n"
    "example:\n"
    "  $ jixiao score hongkou-court-2024.txt hongkou-court-2024.actuals.json --format markdown\n"
    "  ## 专业设备购置及更新（得分 96.94，优）\n"
    "  | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
    "  ...\n";

int run_score(const Args& args) {
  if (args.positional.size() != 2) throw UsageError{"needs two files: DECLS ACTUALS (see jixiao score --help)"};
  const std::string& decls_path = args.positional[0];
  const std::string& actuals_path = args.positional[1];
  if (decls_path == "-" && actuals_path == "-") throw UsageError{"only one of DECLS and ACTUALS can be '-'"};

  const std::string format = args.option("format").value_or("text");
  if (format != "text" && format != "json" && format != "markdown" && format != "csv")
    throw UsageError{fmt::format("--format {}: expected text, json, markdown or csv", format)};
  ScoreOptions options;
  if (auto formula = args.option("reverse-formula")) {
    if (*formula == "ratio") options.reverse_formula = ReverseFormula::ratio;
    else if (*formula == "linear") options.reverse_formula = ReverseFormula::linear;
    else throw UsageError{fmt::format("--reverse-formula {}: expected ratio or linear", *formula)};
  }

  Document document;
  Actuals actuals;
  try {
    ReadOptions read_options;
    read_options.source_name = decls_path;
    document = read_document_file(decls_path, read_options);
    JsonReadOptions json_options;
    json_options.source_name = actuals_path;
    actuals = actuals_from_json(read_input(actuals_path), json_options);
  } catch (const Error& e) {
    print_error("score", e.what());
    return exit_usage;
  }

  const ScoreReport report = score(document, actuals, options);
  std::string out;
  if (format == "json") {
    out = to_json(report, JsonWriteOptions{args.has("pretty")});
    out += '\n';
  } else if (format == "markdown") {
    out = render_score_markdown(report);
  } else if (format == "csv") {
    out = render_score_csv(report);
  } else {
    out = render_score_text(report);
  }
  Output output(args);
  output.write(out);

  if (!args.has("quiet")) {
    std::size_t errors = 0, warnings = 0;
    auto count = [&](const std::vector<Diagnostic>& list) {
      for (const Diagnostic& d : list) {
        if (d.severity == Severity::error) ++errors;
        else if (d.severity == Severity::warning) ++warnings;
      }
    };
    count(report.diagnostics);
    for (const DeclarationScore& d : report.declarations) count(d.diagnostics);
    if (errors + warnings > 0)
      print_error("score", fmt::format("{} declaration(s) scored; {} error(s), {} warning(s){}",
                                       report.declarations.size(), errors, warnings,
                                       format == "csv" ? " (see --format text or json for the diagnostics)" : ""));
  }
  return report.has_errors() ? exit_input_errors : exit_ok;
}

const Registration registration{Verb{
    "score",
    "self-evaluation (绩效自评): score declarations against actuals",
    score_help,
    {"reverse-formula"},
    {},
    run_score,
}};

}  // namespace
}  // namespace jixiao::cli
