// actual_from_text(): an actual value given as text, read the way the target's
// kind asks (evaluate.hpp). The C ABI's jx_target_evaluate and the WebAssembly
// package's evaluate() take their actuals this way.
#include <string>
#include <string_view>

#include "jixiao/date.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/error.hpp"
#include "jixiao/evaluate.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

Decimal actual_number(std::string_view text, const char* what) {
  NumberError error;
  auto value = Decimal::try_parse(text, &error);
  if (!value) {
    throw Error(ErrorKind::parse,
                std::string(what) + " \"" + std::string(text) + "\": expected " + error.expected + " at byte " +
                    std::to_string(error.offset),
                error.offset, 0, error.expected);
  }
  return *value;
}

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Actual actual_from_text(const Target& target, std::string_view text, std::string_view unit) {
  switch (target.kind()) {
    case TargetKind::compare:
    case TargetKind::range:
      return ActualNumber{actual_number(trim_blanks(text), "actual"), std::string(unit)};
    case TargetKind::trend: {
      if (auto direction = trend_direction_from_word(text)) return ActualTrend{*direction};
      auto comma = text.find(',');
      if (comma == std::string_view::npos) {
        throw Error(ErrorKind::parse,
                    "actual \"" + std::string(text) + "\": expected a trend word or \"previous,current\"", 0, 0,
                    "trend word or previous,current");
      }
      return ActualChange{actual_number(trim_blanks(text.substr(0, comma)), "previous"),
                          actual_number(trim_blanks(text.substr(comma + 1)), "current")};
    }
    case TargetKind::deadline:
    case TargetKind::period: {
      auto date = Date::parse(text);
      if (!date) {
        throw Error(ErrorKind::parse, "actual \"" + std::string(text) + "\": expected a date", 0, 0, "date");
      }
      return ActualDate{*date};
    }
    case TargetKind::qualitative:
    case TargetKind::invalid:
      if (auto grade = grade_from_string(text)) return ActualGrade{*grade};
      return ActualText{std::string(text)};
  }
  return ActualText{std::string(text)};
}

JIXIAO_END_NAMESPACE
