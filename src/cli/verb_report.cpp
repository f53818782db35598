// SPDX-License-Identifier: Apache-2.0
// `jixiao report FILE… --output report.html`: the HTML report (report.hpp) — the
// 汇总表, a card per declaration with its findings at their rows, charts, filters —
// as one self-contained page.
#include <string>
#include <vector>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/inputs.hpp"
#include "cli/review_options.hpp"
#include "jixiao/read.hpp"
#include "jixiao/report.hpp"
#include "jixiao/score_json.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* report_help =
    "usage: jixiao report FILE... --output report.html [--actuals ACTUALS]\n"
    "                     [--profile national|shanghai|FILE] [--disable CODE[,CODE...]]...\n"
    "                     [--severity CODE=off|on|error|warning|info]... [--grades national|shanghai]\n"
    "                     [--title TEXT] [--quiet]\n"
    "\n"
    "Writes one self-contained HTML page (no network needed to view it; ECharts is\n"
    "embedded) over the declarations of every FILE (any format `jixiao parse` reads;\n"
    "a directory is read whole): the 汇总表 with its exact totals; each declaration as\n"
    "a card — project, funds, goals, the indicator table with each target's reading —\n"
    "with the review findings (as `jixiao validate` with the same --profile, --disable\n"
    "and --severity) highlighted at the row they concern; charts of the indicators per\n"
    "level-1, quantitative vs qualitative targets and the funds per project; with\n"
    "--actuals (jixiao.actuals/1) the self-evaluation scores, per level-1, and the\n"
    "grades (as `jixiao score`). The page filters the findings by severity and prints.\n"
    "\n"
    "Exit status: 0 no error-severity finding, 1 some, 2 usage error or unreadable input\n"
    "(then no page is written).\n"
    "\n"
    "example:\n"
    "  $ jixiao report hongkou-court-2024.txt --actuals hongkou-court-2024.actuals.json \\\n"
    "      --output report.html\n"
    "  report.html：7 份申报表；错误 0 条，警告 9 条，提示 0 条\n";

int run_report(const Args& args) {
  const auto output = args.option("output");
  if (!output) throw UsageError{"needs --output FILE (the page is about a megabyte of HTML)"};
  if (embedded_echarts().empty())
    throw UsageError{"this jixiao was built without ECharts, which the report's charts need: run `npm ci` in "
                     "src/report and configure again (cmake reads src/report/node_modules/echarts/dist/echarts.min.js)"};
  ReportOptions options;
  options.review = review_options_from(args);
  if (auto grades = args.option("grades")) {
    auto scheme = grade_scheme_from_string(*grades);
    if (!scheme) throw UsageError{fmt::format("--grades {}: expected national or shanghai", *grades)};
    options.scoring.grade_scheme = *scheme;
  }
  options.title = args.option("title");

  std::vector<ReportInput> inputs;
  for (const std::string& path : expand_inputs(args.positional)) {
    ReadOptions read_options;
    read_options.source_name = display_name(path);
    try {
      inputs.push_back(ReportInput{display_name(path), read_document_file(path, read_options)});
    } catch (const Error& e) {
      print_error("report", describe(e, display_name(path)));
      return exit_usage;
    }
  }
  if (auto actuals = args.option("actuals")) {
    try {
      JsonReadOptions json_options;
      json_options.source_name = *actuals;
      options.actuals = actuals_from_json(read_input(*actuals), json_options);
    } catch (const Error& e) {
      print_error("report", describe(e, *actuals));
      return exit_usage;
    }
  }

  const ReportPage page = render_report(inputs, options);
  Output out(args);
  out.write(page.html);
  if (!args.has("quiet")) {
    std::size_t declarations = 0;
    for (const ReportInput& input : inputs) declarations += input.document.declarations.size();
    print_error("report", fmt::format("{}：{} 份申报表；错误 {} 条，警告 {} 条，提示 {} 条", *output, declarations,
                                      page.errors, page.warnings, page.infos));
  }
  return page.errors > 0 ? exit_input_errors : exit_ok;
}

const Registration registration{Verb{
    "report",
    "an HTML report: 汇总表, declarations with findings, charts",
    report_help,
    {"actuals", "profile", "disable", "severity", "grades", "title"},
    {},
    run_report,
}};

}  // namespace
}  // namespace jixiao::cli
