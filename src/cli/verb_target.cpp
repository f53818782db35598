// SPDX-License-Identifier: Apache-2.0
// `jixiao target [TEXT…]`: parse target values (指标值) and print each as one
// canonical JSON line (target-values.md), or the error with its byte offset.
#include <string>
#include <string_view>

#include "cli/cli.hpp"
#include "cli/values.hpp"
#include "jixiao/target.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* target_help =
    "usage: jixiao target [TEXT...] [--canonical] [--output FILE]\n"
    "\n"
    "Parses target values (指标值, target-values.md): comparisons (=100.00(%), ≥2次,\n"
    "$\\geq 98.70\\%$, 不低于90%), ranges (45%-60%, ≥90%且≤95%), trends (提升, 同比下降,\n"
    "同比增长5%), deadlines (2024年12月31日前完成), periods (2023.07-2024.01) and\n"
    "qualitative terms (合规, 及时). With '-' or no TEXT, reads one target per line from\n"
    "standard input. Prints one JSON object per target: raw, kind and the kind's\n"
    "fields, decimals as strings; an invalid one gives\n"
    "  {\"raw\":…,\"kind\":\"invalid\",\"error\":…,\"offset\":N,\"expected\":…}.\n"
    "\n"
    "  --canonical   print the canonical form (≥90.00(%)) instead of JSON, one per line\n"
    "\n"
    "Exit status: 0 all targets parsed, 1 some were invalid, 2 usage error.\n"
    "\n"
    "example:\n"
    "  $ jixiao target '≥90.00 (%)' 提升 '≥'\n"
    "  {\"raw\":\"≥90.00 (%)\",\"kind\":\"compare\",\"op\":\"ge\",\"value\":\"90.00\",\"unit\":\"%\"}\n"
    "  {\"raw\":\"提升\",\"kind\":\"trend\",\"direction\":\"up\",\"basis\":\"none\"}\n"
    "  {\"raw\":\"≥\",\"kind\":\"invalid\",\"error\":\"comparator without a number: expected a number after "
    "the comparator at byte 3\",\"offset\":3,\"expected\":\"a number after the comparator\"}\n";

// Appends one output line for `raw`; returns false when the target is invalid.
bool append_target_line(std::string& out, std::string_view raw, bool canonical_form) {
  const Target target = parse_target(raw);
  if (canonical_form) out += canonical(target);
  else append_target_json(out, target);  // the same text as json.hpp's to_json(Target)
  out += '\n';
  return target.valid();
}


int run_target(const Args& args) {
  const bool canonical_form = args.has("canonical");
  Output output(args);
  const bool all_valid = for_each_value(args, output, [&](std::string& out, std::string_view raw) {
    return append_target_line(out, raw, canonical_form);
  });
  return all_valid ? exit_ok : exit_input_errors;
}

const Registration registration{Verb{
    "target",
    "parse target values (指标值) into canonical JSON lines",
    target_help,
    {},
    {"canonical"},
    run_target,
}};

}  // namespace
}  // namespace jixiao::cli
