// SPDX-License-Identifier: Apache-2.0
// `jixiao score DECLS ACTUALS`: the year-end self-evaluation (绩效自评, scoring.md)
// of every declaration in DECLS against the actuals file, as the 自评表 (text,
// Markdown, CSV) or the jixiao.score/1 report (JSON).
#include <optional>
#include <string>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/inputs.hpp"
#include "cli/review_options.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/score_report.hpp"
#include "jixiao/score_template.hpp"
#include "jixiao/selfeval.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* score_help =
    "usage: jixiao score DECLS ACTUALS [--format text|json|markdown|csv]\n"
    "                    [--reverse-formula ratio|linear] [--grades national|shanghai]\n"
    "                    [--profile P] [--from NAME]\n"
    "                    [--output FILE] [--pretty] [--quiet]\n"
    "       jixiao score FILE            a 自评表 holding both targets and actuals\n"
    "       jixiao score --check FILE…   re-score published 自评表: every SELFEVAL_* deviation\n"
    "       jixiao score --summary FILE… the 决算 figures: projects, Σ budget (万元), average, grades\n"
    "       jixiao score --template DECLS --format csv|xlsx [--output F]\n"
    "                                    the fill-in 自评表: targets printed, 实际完成值, 偏差原因\n"
    "                                    and 全年执行数 to fill; `jixiao score DECLS F` reads it back\n"
    "\n"
    "Scores each declaration of DECLS (any input `jixiao parse` reads) against\n"
    "ACTUALS (a jixiao.actuals/1 file, formats.md, or the filled template) by the rules of scoring.md: budget\n"
    "execution 10, 产出+成本 50, 效益 30, 满意度 10, shared equally inside a part unless the\n"
    "actuals give a \"weight\"; grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. Either file may be\n"
    "'-' (standard input), not both.\n"
    "\n"
    "  --format F            text (the 自评表, default), markdown, csv, or json (jixiao.score/1)\n"
    "  --reverse-formula R   a missed ≤/< target scores weight × target/actual (ratio,\n"
    "                        default) or weight × (1 − (actual − target)/target) (linear)\n"
    "  --grades G            grade words: national 优/良/中/差 (default) or shanghai\n"
    "                        优/良/合格/不合格\n"
    "  --profile P           a review profile (jixiao validate --profile): its \"overshoot\"\n"
    "                        (a ratio, default 1.20) is where a met target turns OVERSHOOT\n"
    "  --pretty              indented JSON\n"
    "  --quiet               no summary of diagnostics on standard error\n"
    JIXIAO_CLI_FROM_HELP
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

Document read_declarations(const std::string& path, const Args& args) {
  ReadOptions read_options = read_options_for(path, forced_serialization(args));
  read_options.source_name = path;
  return read_document_file(path, read_options);
}

// --check FILE…: every deviation of each published 自评表; exit 1 when any.
int run_check(const Args& args, const ScoreOptions& options, const std::string& format) {
  if (args.positional.empty()) throw UsageError{"--check needs at least one FILE"};
  std::string out;
  std::size_t deviations = 0;
  std::string json = "{\"format\":\"jixiao.selfeval-check/1\",\"files\":[";
  for (std::size_t f = 0; f < args.positional.size(); ++f) {
    const std::string& path = args.positional[f];
    Document document;
    try {
      document = read_declarations(path, args);
    } catch (const Error& e) {
      print_error("score", e.what());
      return exit_usage;
    }
    const std::vector<Diagnostic> found = check_selfeval(document, options);
    deviations += found.size();
    if (format == "json") {
      json += fmt::format("{}{{\"file\":{},\"diagnostics\":[", f ? "," : "", json_quote(path));
      for (std::size_t i = 0; i < found.size(); ++i) json += (i ? "," : "") + to_json(found[i]);
      json += "]}";
    } else {
      for (const Diagnostic& d : found) out += fmt::format("{}: [{}] {}: {}\n", path, to_string(d.severity), d.code, d.message);
      if (found.empty()) out += fmt::format("{}: 未发现偏差\n", path);
    }
  }
  json += "]}\n";
  Output output(args);
  output.write(format == "json" ? json : out);
  return deviations > 0 ? exit_input_errors : exit_ok;
}

// --summary FILE…: the 决算 figures over the published self-evaluations.
int run_summary(const Args& args, const ScoreOptions& options, const std::string& format) {
  if (args.positional.empty()) throw UsageError{"--summary needs at least one FILE"};
  std::vector<ScoreReport> reports;
  for (const std::string& path : args.positional) {
    try {
      reports.push_back(score_published(read_declarations(path, args), options));
    } catch (const Error& e) {
      print_error("score", e.what());
      return exit_usage;
    }
  }
  const SelfEvalSummary s = summarize(reports);
  const std::string average = s.average ? s.average->to_string() : "";
  const GradeScheme g = s.grade_scheme;
  std::string out;
  if (format == "json") {
    out = fmt::format(
        "{{\"format\":\"jixiao.selfeval-summary/1\",\"projects\":{},\"budget_wan\":\"{}\",\"average\":{},"
        "\"grades\":{{\"{}\":{},\"{}\":{},\"{}\":{},\"{}\":{}}}}}\n",
        s.projects, s.budget_wan.to_string(), s.average ? "\"" + average + "\"" : "null",
        to_string(ScoreGrade::excellent, g), s.excellent, to_string(ScoreGrade::good, g), s.good,
        to_string(ScoreGrade::pass, g), s.pass, to_string(ScoreGrade::fail, g), s.fail);
  } else {
    out = fmt::format("项目数 {}，全年预算数合计 {} 万元，平均得分 {}；{} {} 个，{} {} 个，{} {} 个，{} {} 个\n", s.projects,
                      s.budget_wan.to_string(), average.empty() ? "—" : average, to_string(ScoreGrade::excellent, g),
                      s.excellent, to_string(ScoreGrade::good, g), s.good, to_string(ScoreGrade::pass, g), s.pass,
                      to_string(ScoreGrade::fail, g), s.fail);
  }
  Output output(args);
  output.write(out);
  return exit_ok;
}

// --template DECLS: the fill-in 自评表 as CSV (standard output or --output) or xlsx (--output).
int run_template(const Args& args, const std::string& format) {
  if (args.positional.size() != 1) throw UsageError{"--template needs one DECLS file"};
  if (format != "csv" && format != "xlsx") throw UsageError{fmt::format("--template --format {}: expected csv or xlsx", format)};
  const auto path = args.option("output");
  if (format == "xlsx" && !path) throw UsageError{"--template --format xlsx needs --output FILE.xlsx"};
  if (format == "xlsx" && !score_template_xlsx_supported()) {
    print_error("score", "this jixiao was built without libxlsxwriter: no xlsx template (--format csv works; "
                         "apt-get install libxlsxwriter-dev and reconfigure)");
    return exit_usage;
  }
  Document document;
  try {
    document = read_declarations(args.positional[0], args);
    if (format == "xlsx") {
      write_score_template_xlsx(document, *path);
      return exit_ok;
    }
  } catch (const Error& e) {
    print_error("score", e.what());
    return exit_usage;
  }
  Output output(args);
  output.write(score_template_csv(document));
  return exit_ok;
}

int run_score(const Args& args) {
  ScoreOptions options;
  if (auto grades = args.option("grades")) {
    auto scheme = grade_scheme_from_string(*grades);
    if (!scheme) throw UsageError{fmt::format("--grades {}: expected national or shanghai", *grades)};
    options.grade_scheme = *scheme;
  }
  if (const std::optional<Decimal> overshoot = profile_from(args).overshoot_threshold) options.overshoot_threshold = *overshoot;
  const std::string mode_format = args.option("format").value_or("text");
  if (args.has("template")) return run_template(args, mode_format);
  if (args.has("check")) return run_check(args, options, mode_format);
  if (args.has("summary")) return run_summary(args, options, mode_format);
  if (args.positional.size() != 1 && args.positional.size() != 2)
    throw UsageError{"needs DECLS ACTUALS, or one 自评表 FILE (see jixiao score --help)"};
  const std::string& decls_path = args.positional[0];
  const std::string actuals_path = args.positional.size() == 2 ? args.positional[1] : std::string();
  if (decls_path == "-" && actuals_path == "-") throw UsageError{"only one of DECLS and ACTUALS can be '-'"};

  const std::string format = args.option("format").value_or("text");
  if (format != "text" && format != "json" && format != "markdown" && format != "csv")
    throw UsageError{fmt::format("--format {}: expected text, json, markdown or csv", format)};
  if (auto formula = args.option("reverse-formula")) {
    if (*formula == "ratio") options.reverse_formula = ReverseFormula::ratio;
    else if (*formula == "linear") options.reverse_formula = ReverseFormula::linear;
    else throw UsageError{fmt::format("--reverse-formula {}: expected ratio or linear", *formula)};
  }

  Document document;
  Actuals actuals;
  try {
    document = read_declarations(decls_path, args);
    if (!actuals_path.empty()) {
      const std::string bytes = read_input(actuals_path);
      if (looks_like_score_template(bytes)) {
        TemplateReadOptions template_options;
        template_options.source_name = actuals_path;
        try {
          actuals = actuals_from_template(bytes, document, template_options);
        } catch (const Error& e) {
          if (e.kind() != ErrorKind::parse) throw;
          print_error("score", e.what());  // the file was read: every bad cell is named
          return exit_input_errors;
        }
      } else {
        JsonReadOptions json_options;
        json_options.source_name = actuals_path;
        actuals = actuals_from_json(bytes, json_options);
      }
    }
  } catch (const Error& e) {
    print_error("score", e.what());
    return exit_usage;
  }

  // One file: the 自评表's own actuals.
  const ScoreReport report = actuals_path.empty() ? score_published(document, options) : score(document, actuals, options);
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
    {"reverse-formula", "grades", "profile", "from"},
    {"check", "summary", "template"},
    run_score,
}};

}  // namespace
}  // namespace jixiao::cli
