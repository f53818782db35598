// SPDX-License-Identifier: Apache-2.0
// A line-oriented driver of jixiao's money API for the Python property test:
// one command per line, tab-separated, one result line per command, so thousands
// of cases run in one process. Commands:
//   parse TEXT | parse_wan TEXT  → ok VALUE THOUSANDS WAN  |  err KIND OFFSET
//   sum AMOUNT...                → ok VALUE | err KIND
//   rescale DECIMAL SCALE MODE   → ok DECIMAL | err KIND
//   multiply AMOUNT FACTOR MODE  → ok VALUE | err KIND
//   divide AMOUNT DIVISOR MODE   → ok VALUE | err KIND
//   ratio AMOUNT AMOUNT SCALE MODE → ok DECIMAL | err KIND
//   from_wan DECIMAL MODE|exact  → ok VALUE | err KIND
//   decimal TEXT                 → ok MANTISSA SCALE TO_STRING | err KIND OFFSET
//   chinese FEN                  → ok 人民币大写 of that many 分
// MODE is half_up, half_even or down.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/decimal.hpp"
#include "jixiao/money.hpp"

namespace {

using jixiao::Decimal;
using jixiao::Error;
using jixiao::ErrorKind;
using jixiao::Money;
using jixiao::Rounding;

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = line.find('\t', begin);
    fields.push_back(line.substr(begin, tab == std::string::npos ? std::string::npos : tab - begin));
    if (tab == std::string::npos) break;
    begin = tab + 1;
  }
  return fields;
}

Rounding mode_of(const std::string& name) {
  if (name == "half_up") return Rounding::half_up;
  if (name == "half_even") return Rounding::half_even;
  if (name == "down") return Rounding::down;
  throw Error(ErrorKind::invalid_argument, "unknown rounding mode " + name);
}

const char* kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::parse: return "parse";
    case ErrorKind::overflow: return "overflow";
    case ErrorKind::invalid_argument: return "invalid_argument";
    default: return "other";
  }
}

std::string run(const std::vector<std::string>& f) {
  const std::string& command = f.at(0);
  if (command == "parse" || command == "parse_wan") {
    const Money money = command == "parse" ? Money::parse(f.at(1)) : Money::parse_wan(f.at(1));
    return "ok\t" + money.to_string() + "\t" + money.to_thousands() + "\t" + money.to_wan_string();
  }
  if (command == "decimal") {
    const Decimal value = Decimal::parse(f.at(1));
    return "ok\t" + std::to_string(value.mantissa()) + "\t" + std::to_string(value.scale()) + "\t" + value.to_string();
  }
  if (command == "chinese") return "ok\t" + Money::from_fen(std::stoll(f.at(1))).to_chinese();
  if (command == "sum") {
    std::vector<Money> amounts;
    for (std::size_t i = 1; i < f.size(); ++i) amounts.push_back(Money::parse(f[i]));
    return "ok\t" + Money::sum(amounts).to_string();
  }
  if (command == "rescale")
    return "ok\t" + Decimal::parse(f.at(1)).rescale(std::stoi(f.at(2)), mode_of(f.at(3))).to_string();
  if (command == "multiply")
    return "ok\t" + Money::parse(f.at(1)).multiply(Decimal::parse(f.at(2)), mode_of(f.at(3))).to_string();
  if (command == "divide")
    return "ok\t" + Money::parse(f.at(1)).divide(Decimal::parse(f.at(2)), mode_of(f.at(3))).to_string();
  if (command == "ratio")
    return "ok\t" + Money::parse(f.at(1)).ratio(Money::parse(f.at(2)), std::stoi(f.at(3)), mode_of(f.at(4))).to_string();
  if (command == "from_wan") {
    const Decimal wan = Decimal::parse(f.at(1));
    const Money money = f.at(2) == "exact" ? Money::from_wan(wan) : Money::from_wan(wan, mode_of(f.at(2)));
    return "ok\t" + money.to_string();
  }
  throw Error(ErrorKind::invalid_argument, "unknown command " + command);
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  std::string out;
  while (std::getline(std::cin, line)) {
    try {
      out += run(split_tabs(line));
    } catch (const Error& e) {
      out += std::string("err\t") + kind_name(e.kind());
      if (e.offset() != Error::no_offset) out += "\t" + std::to_string(e.offset());
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
