// SPDX-License-Identifier: Apache-2.0
// A forms tool's own code: the ordinary jixiao headers, no jixiao library linked.
#include <cstdio>
#include <string>

#include <jixiao/evaluate.hpp>
#include <jixiao/money.hpp>
#include <jixiao/target.hpp>

namespace {

int failures = 0;

void expect(const std::string& got, const std::string& want) {
  if (got != want) {
    std::fprintf(stderr, "got  %s\nwant %s\n", got.c_str(), want.c_str());
    ++failures;
  }
}

}  // namespace

int main() {
  expect(jixiao::target_to_json(jixiao::parse_target("≥90.00 (%)")),
         R"j({"raw":"≥90.00 (%)","kind":"compare","op":"ge","value":"90.00","unit":"%"})j");
  expect(jixiao::canonical(jixiao::parse_target("≥ 90%")), "≥90(%)");
  const jixiao::Target bad = jixiao::parse_target("≥");
  expect(bad.valid() ? "valid" : std::get<jixiao::InvalidTarget>(bad.value).expected, "a number after the comparator");
  const jixiao::Target goal = jixiao::parse_target("≥90%");
  const jixiao::Evaluation e = jixiao::evaluate(goal, *jixiao::read_actual(goal, "93.5"));
  expect(std::string(jixiao::to_string(e.verdict)), "met");
  const jixiao::Money total = jixiao::Money::parse("1,409.50") + jixiao::Money::parse("349.80万元");
  expect(total.to_thousands(), "3,499,409.50");
  expect(total.to_chinese(), "人民币叁佰肆拾玖万玖仟肆佰零玖元伍角");
  try {
    (void)jixiao::Money::parse("12..5");
    ++failures;
  } catch (const jixiao::Error& error) {
    expect(std::to_string(error.offset()), "3");
  }
  if (failures == 0) std::puts("forms_tool: target parser, evaluate and money compiled in; all checks passed");
  return failures == 0 ? 0 : 1;
}
