// SPDX-License-Identifier: Apache-2.0
// `jixiao amount [AMOUNT…]`: parse amounts and print each as one JSON line with
// its exact value, 万元 value and capital amount (人民币大写), or the error.
#include <string>
#include <string_view>

#include "cli/cli.hpp"
#include "cli/values.hpp"
#include "jixiao/json.hpp"
#include "jixiao/money.hpp"

namespace jixiao::cli {
namespace {

constexpr const char* amount_help =
    "usage: jixiao amount [AMOUNT...] [--wan] [--output FILE]\n"
    "\n"
    "Parses amounts of money exactly (money.md): 12,780,000.00, ¥1,409.50, full-width\n"
    "digits, 349.80万元, 1.5亿元. With '-' or no AMOUNT, reads one amount per line from\n"
    "standard input. Prints one JSON object per amount:\n"
    "  {\"raw\":…,\"value\":\"1409.50\",\"wan\":\"0.140950\",\"chinese\":\"人民币壹仟肆佰零玖元伍角\"}\n"
    "or, for a malformed amount, {\"raw\":…,\"error\":…,\"offset\":N,\"expected\":…}.\n"
    "\n"
    "  --wan   a bare number is in 万元 (as in a 万元 column); a unit suffix still wins\n"
    "\n"
    "Exit status: 0 all amounts parsed, 1 some were malformed, 2 usage error.\n"
    "\n"
    "example:\n"
    "  $ jixiao amount 1,409.50 12..5\n"
    "  {\"raw\":\"1,409.50\",\"value\":\"1409.50\",\"wan\":\"0.140950\",\"chinese\":\"人民币壹仟肆佰零玖元伍角\"}\n"
    "  {\"raw\":\"12..5\",\"error\":\"malformed amount at byte 3: expected digit after the decimal point\","
    "\"offset\":3,\"expected\":\"digit after the decimal point\"}\n";

// Appends the JSON line for one amount; returns false when it is malformed.
bool append_amount(std::string& out, std::string_view raw, bool in_wan) {
  out += "{\"raw\":";
  append_json_quoted(out, raw);
  bool ok = true;
  try {
    const Money money = in_wan ? Money::parse_wan(raw) : Money::parse(raw);
    out += ",\"value\":\"";
    out += money.to_string();
    out += "\",\"wan\":\"";
    out += money.to_wan_string();
    out += "\",\"chinese\":";
    append_json_quoted(out, money.to_chinese());
  } catch (const Error& e) {
    ok = false;
    out += ",\"error\":";
    append_json_quoted(out, e.what());
    if (e.offset() != Error::no_offset) {
      out += ",\"offset\":";
      out += std::to_string(e.offset());
    }
    if (!e.expected().empty()) {
      out += ",\"expected\":";
      append_json_quoted(out, e.expected());
    }
  }
  out += "}\n";
  return ok;
}

int run_amount(const Args& args) {
  const bool in_wan = args.has("wan");
  Output output(args);
  const bool all_ok = for_each_value(args, output, [&](std::string& out, std::string_view raw) {
    return append_amount(out, raw, in_wan);
  });
  return all_ok ? exit_ok : exit_input_errors;
}

const Registration registration{Verb{
    "amount",
    "parse amounts of money: exact value, 万元 and 人民币大写 as JSON lines",
    amount_help,
    {},
    {"wan"},
    run_amount,
}};

}  // namespace
}  // namespace jixiao::cli
