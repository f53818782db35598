// SPDX-License-Identifier: Apache-2.0
// String names of the target enums (JSON, C ABI), trend words and units.
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "jixiao/target.hpp"
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

constexpr std::array<std::string_view, 8> kind_names = {"compare", "range", "trend", "deadline",
                                                        "period", "qualitative", "invalid", "placeholder"};
constexpr std::array<std::string_view, 6> op_names = {"eq", "ne", "gt", "ge", "lt", "le"};
constexpr std::array<std::string_view, 5> direction_names = {"up", "down", "flat", "not_up", "not_down"};
constexpr std::array<std::string_view, 3> basis_names = {"none", "yoy", "mom"};

template <typename Enum, std::size_t N>
std::optional<Enum> from_name(const std::array<std::string_view, N>& names, std::string_view name) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<Enum>(i);
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view to_name(const std::array<std::string_view, N>& names, Enum value) noexcept {
  const auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : std::string_view{};
}

// The trend words of target-values.md (and a few the grammar also reads).
constexpr std::pair<std::string_view, TrendDirection> trend_words[] = {
    {"提升", TrendDirection::up},           {"提高", TrendDirection::up},
    {"上升", TrendDirection::up},           {"增长", TrendDirection::up},
    {"增加", TrendDirection::up},           {"下降", TrendDirection::down},
    {"降低", TrendDirection::down},         {"减少", TrendDirection::down},
    {"持平", TrendDirection::flat},         {"稳定", TrendDirection::flat},
    {"保持", TrendDirection::flat},         {"保持稳定", TrendDirection::flat},
    {"保持不变", TrendDirection::flat},     {"基本持平", TrendDirection::flat},
    {"下降或持平", TrendDirection::not_up}, {"持平或下降", TrendDirection::not_up},
    {"降低或持平", TrendDirection::not_up}, {"减少或持平", TrendDirection::not_up},
    {"上升或持平", TrendDirection::not_down}, {"持平或上升", TrendDirection::not_down},
    {"提升或持平", TrendDirection::not_down}, {"提高或持平", TrendDirection::not_down},
    {"增长或持平", TrendDirection::not_down}, {"增加或持平", TrendDirection::not_down},
};

}  // namespace

std::string_view to_string(TargetKind kind) noexcept { return to_name(kind_names, kind); }
std::string_view to_string(CompareOp op) noexcept { return to_name(op_names, op); }
std::string_view to_string(TrendDirection direction) noexcept { return to_name(direction_names, direction); }
std::string_view to_string(TrendBasis basis) noexcept { return to_name(basis_names, basis); }

std::optional<CompareOp> compare_op_from_string(std::string_view name) noexcept {
  return from_name<CompareOp>(op_names, name);
}
std::optional<TrendDirection> trend_direction_from_string(std::string_view name) noexcept {
  return from_name<TrendDirection>(direction_names, name);
}
std::optional<TrendBasis> trend_basis_from_string(std::string_view name) noexcept {
  return from_name<TrendBasis>(basis_names, name);
}
std::optional<TargetKind> target_kind_from_string(std::string_view name) noexcept {
  return from_name<TargetKind>(kind_names, name);
}

std::optional<TrendDirection> trend_direction_from_word(std::string_view word) noexcept {
  word = target_detail::trim(word);
  if (auto english = trend_direction_from_string(word)) return english;
  for (std::string_view modifier : {"有所", "逐步", "稳步", "持续", "逐年", "进一步"}) {
    if (word.substr(0, modifier.size()) == modifier) {
      word = target_detail::trim(word.substr(modifier.size()));
      break;
    }
  }
  for (const auto& [text, direction] : trend_words)
    if (text == word) return direction;
  return std::nullopt;
}

std::string normalize_unit(std::string_view unit) {
  unit = target_detail::trim(unit);
  auto strip = [&](std::string_view open, std::string_view close) {
    if (unit.size() >= open.size() + close.size() && unit.substr(0, open.size()) == open &&
        unit.substr(unit.size() - close.size()) == close) {
      unit = target_detail::trim(unit.substr(open.size(), unit.size() - open.size() - close.size()));
      return true;
    }
    return false;
  };
  strip("(", ")") || strip("（", "）") || strip("(", "）") || strip("（", ")");
  for (std::string_view percent : {"%", "％", "\\%", "百分比", "百分点", "个百分点"})
    if (unit == percent) return "%";
  return std::string(unit);
}

JIXIAO_END_NAMESPACE
