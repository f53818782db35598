// SPDX-License-Identifier: Apache-2.0
// `jixiao summary FILE…`: the 汇总表 — one row per declaration and a total row
// with exact sums — as aligned text, Markdown, CSV or JSON.
#include <string>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/inputs.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/summary.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* summary_help =
    "usage: jixiao summary FILE... [--format text|markdown|csv|json] [--from NAME] [--pretty]\n"
    "                      [--quiet] [--output FILE]\n"
    "\n"
    "Prints the 汇总表 of FILE (declarations as text in any serialization, jixiao JSON,\n"
    "xlsx, xls, HTML or PDF, detected from the content; '-' is standard input): one row per declaration — project name,\n"
    "nature, category, period, 项目资金总额 and 年度资金申请总额, indicator counts per\n"
    "level-1 (产出/成本/效益/满意度, 其他 for an unknown level-1) — and a 合计 row with\n"
    "the exact sums. A declaration without an amount is not counted as 0: the total\n"
    "says how many lacked it (（缺 n 项）).\n"
    "\n"
    "  --format text       aligned table, amounts as 12,780,000.00 (default)\n"
    "  --format markdown   a Markdown table, amounts as 12,780,000.00\n"
    "  --format csv        RFC 4180 CSV, plain amounts (12780000.00)\n"
    "  --format json       {\"format\":\"jixiao.summary/1\",...}, amounts as exact strings\n"
    JIXIAO_CLI_FROM_HELP    "\n"
    "Several files or a directory: one summary per file, in input order (JSON: one line\n"
    "per file, NDJSON).\n"
    "\n"
    "Exit status: 0 read cleanly; 1 read, but with errors (invalid targets or amounts);\n"
    "2 usage error or unreadable input.\n"
    "\n"
    "example:\n"
    "  $ jixiao summary hongkou-court-2024.txt\n"
    "  上海市虹口区人民法院 2024 年度项目绩效目标汇总表\n"
    "\n"
    "  序号  项目名称              ...  项目资金总额(元)  年度资金申请总额(元)  产出  成本  效益  满意度  其他  指标数\n"
    "  ...\n"
    "        合计                  ...     33,378,615.00         33,378,615.00    45     8    39       8     0     100\n";

int run_summary(const Args& args) {
  const std::string format = args.option("format").value_or("text");
  if (format != "text" && format != "markdown" && format != "csv" && format != "json")
    throw UsageError{fmt::format("--format {}: expected text, markdown, csv or json", format)};
  const std::vector<std::string> inputs = expand_inputs(args.positional);
  const bool many = inputs.size() > 1;
  const bool pretty = args.has("pretty") && !many;
  Output out(args);
  return run_documents(inputs, forced_serialization(args), out, args.has("quiet"), [&](const std::string& path, const Document& doc) {
    const Summary summary = summarize(doc);
    std::string output;
    if (many && (format == "text" || format == "markdown"))
      output = (format == "markdown" ? "# " : "== ") + display_name(path) + (format == "markdown" ? "\n\n" : " ==\n");
    if (format == "text") output += render_summary_text(summary);
    else if (format == "markdown") output += render_summary_markdown(summary);
    else if (format == "csv") output += render_summary_csv(summary);
    else output += render_summary_json(summary, pretty) + "\n";
    if (many && (format == "text" || format == "markdown")) output += '\n';
    return output;
  });
}

const Registration registration{Verb{
    "summary",
    "the 汇总表: one row per declaration and exact totals",
    summary_help,
    {"from"},
    {},
    run_summary,
}};

}  // namespace
}  // namespace jixiao::cli
