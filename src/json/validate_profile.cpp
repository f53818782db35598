// SPDX-License-Identifier: Apache-2.0
// validation_profile_from_json: a profile file (docs/validation.md "Profiles")
// read with the project's JSON reading (the syntax checker for where, Boost.JSON
// for what).
#include <algorithm>
#include <string>

#include <boost/json.hpp>
#include <fmt/core.h>

#include "jixiao/json.hpp"
#include "json/json_syntax.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

namespace bj = boost::json;

[[noreturn]] void wrong(std::string_view source, std::string_view member, std::string_view expected) {
  throw Error(ErrorKind::format, fmt::format("{}: {}: expected {}", source, member, expected), Error::no_offset, 0,
              std::string(expected), std::string(source));
}

std::string_view text_of(const bj::value& v, std::string_view source, std::string_view member,
                         std::string_view expected) {
  if (!v.is_string()) wrong(source, member, expected);
  return {v.get_string().data(), v.get_string().size()};
}

}  // namespace

ValidateOptions validation_profile_from_json(std::string_view json, std::string_view source) {
  if (auto problem = detail::find_json_syntax_problem(json, 64)) {
    const std::string_view before = json.substr(0, problem->offset);
    const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
    const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
    throw Error(ErrorKind::parse,
                fmt::format("{}:{}:{}: invalid JSON: expected {}", source, line, problem->offset - line_start + 1,
                            problem->expected),
                problem->offset, line, problem->expected, std::string(source));
  }
  const bj::value root = bj::parse(bj::string_view(json.data(), json.size()));
  if (!root.is_object()) wrong(source, "the profile", "an object");
  const bj::object& o = root.get_object();
  for (const auto& member : o) {
    const std::string_view key(member.key().data(), member.key().size());
    if (key != "base" && key != "rules" && key != "satisfaction_floor" && key != "placeholders" && key != "overshoot")
      wrong(source, fmt::format("\"{}\"", key),
            "one of \"base\", \"rules\", \"satisfaction_floor\", \"placeholders\", \"overshoot\"");
  }
  ValidateOptions options;
  if (const bj::value* base = o.if_contains("base")) {
    const std::string_view name = text_of(*base, source, "\"base\"", "\"national\" or \"shanghai\"");
    if (name != "national" && name != "shanghai") wrong(source, "\"base\"", "\"national\" or \"shanghai\"");
    options = validation_profile(name);
  }
  if (const bj::value* rules = o.if_contains("rules")) {
    if (!rules->is_object()) wrong(source, "\"rules\"", "an object of \"CODE\": \"off|on|error|warning|info\"");
    for (const auto& rule : rules->get_object()) {
      const std::string code(rule.key().data(), rule.key().size());
      const std::string member = fmt::format("\"rules\".\"{}\"", code);
      const std::string_view level = text_of(rule.value(), source, member, "\"off\", \"on\", \"error\", \"warning\" or \"info\"");
      try {
        options.apply(code + "=" + std::string(level));
      } catch (const Error& e) {
        wrong(source, member, e.what());
      }
    }
  }
  if (const bj::value* floor = o.if_contains("satisfaction_floor")) {
    const std::string_view text = text_of(*floor, source, "\"satisfaction_floor\"", "a decimal string such as \"90\"");
    auto value = Decimal::try_parse(text);
    if (!value) wrong(source, "\"satisfaction_floor\"", "a decimal string such as \"90\"");
    options.satisfaction_floor = *value;
  }
  if (const bj::value* overshoot = o.if_contains("overshoot")) {
    // A ratio, as ScoreOptions::overshoot_threshold: "1.2" is actual ≥ 120% of the target.
    constexpr std::string_view expected = "a decimal string of at least 1 such as \"1.2\" (actual ≥ 120% of the target)";
    auto value = Decimal::try_parse(text_of(*overshoot, source, "\"overshoot\"", expected));
    if (!value || *value < Decimal::from_int(1)) wrong(source, "\"overshoot\"", expected);
    options.overshoot_threshold = *value;
  }
  if (const bj::value* list = o.if_contains("placeholders")) {
    if (!list->is_array()) wrong(source, "\"placeholders\"", "an array of strings");
    for (const bj::value& item : list->get_array())
      options.placeholders.emplace_back(text_of(item, source, "\"placeholders\"", "an array of strings"));
  }
  return options;
}

JIXIAO_END_NAMESPACE
