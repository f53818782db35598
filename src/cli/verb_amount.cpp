// `jixiao amount [AMOUNT…]`: parse amounts and print each as one JSON line with
// its exact value, 万元 value and capital amount (人民币大写), or the error.
#include <string>
#include <string_view>

#include "cli/cli.hpp"
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
  std::string out;
  bool all_ok = true;
  auto flush_if_large = [&] {
    if (out.size() > (1u << 16)) {
      output.write(out);
      out.clear();
    }
  };
  std::vector<std::string> sources = args.positional;
  if (sources.empty()) sources.push_back("-");
  for (const std::string& source : sources) {
    if (source != "-") {
      all_ok &= append_amount(out, source, in_wan);
      flush_if_large();
      continue;
    }
    const std::string input = read_input("-");
    std::size_t begin = 0;
    while (begin < input.size()) {
      std::size_t end = input.find('\n', begin);
      if (end == std::string::npos) end = input.size();
      std::string_view line(input.data() + begin, end - begin);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      all_ok &= append_amount(out, line, in_wan);
      flush_if_large();
      begin = end + 1;
    }
  }
  output.write(out);
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
