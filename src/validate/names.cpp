// Reading indicator names for what they ask for (see names.hpp).
#include "validate/names.hpp"

#include <array>

#include "jixiao/taxonomy.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

constexpr std::string_view kIdeographicSpace = "\u3000";

bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

template <std::size_t N>
bool ends_with_any(std::string_view text, const std::array<std::string_view, N>& suffixes) noexcept {
  for (auto suffix : suffixes)
    if (text.ends_with(suffix)) return true;
  return false;
}

template <std::size_t N>
bool contains_any(std::string_view text, const std::array<std::string_view, N>& parts) noexcept {
  for (auto part : parts)
    if (contains(text, part)) return true;
  return false;
}

// Pairs of brackets a trailing annotation may use.
struct Brackets {
  std::string_view open;
  std::string_view close;
};
constexpr std::array<Brackets, 3> kBrackets{{{"(", ")"}, {"（", "）"}, {"【", "】"}}};

}  // namespace

std::string_view trim(std::string_view text) noexcept {
  for (;;) {
    if (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
    else if (text.starts_with(kIdeographicSpace)) text.remove_prefix(kIdeographicSpace.size());
    else break;
  }
  for (;;) {
    if (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
    else if (text.ends_with(kIdeographicSpace)) text.remove_suffix(kIdeographicSpace.size());
    else break;
  }
  return text;
}

std::string_view core_name(std::string_view name) noexcept {
  std::string_view core = trim(name);
  for (const auto& b : kBrackets) {
    if (!core.ends_with(b.close)) continue;
    // The annotation starts at the last opening bracket; a name that is nothing but
    // an annotation keeps it.
    auto open = core.rfind(b.open);
    if (open == std::string_view::npos || open == 0) break;
    return trim(core.substr(0, open));
  }
  return core;
}

bool names_rate(std::string_view core) noexcept { return core.ends_with("率"); }

bool names_number(std::string_view core) noexcept {
  // …次数 and …人数 end in 数 too.
  return core.ends_with("率") || core.ends_with("数");
}

bool names_count(std::string_view core) noexcept {
  return core.ends_with("数") || core.ends_with("数量");
}

bool names_saving(std::string_view core) noexcept {
  static constexpr std::array<std::string_view, 8> kSaving{"节约", "节省", "降低", "下降",
                                                            "压减", "压降", "控制", "减少"};
  return contains_any(core, kSaving);
}

bool names_ratio_or_property(std::string_view core) noexcept {
  static constexpr std::array<std::string_view, 4> kSuffixes{"率", "比例", "比", "性"};
  return ends_with_any(core, kSuffixes);
}

bool names_cost(std::string_view core) noexcept {
  return contains(core, "成本") && !names_saving(core);
}

bool names_satisfaction(std::string_view core) noexcept {
  return contains(core, "满意度") || contains(core, "满意率");
}

bool names_timeliness(std::string_view core) noexcept {
  return core.ends_with("及时性") || core.ends_with("及时率");
}

std::string_view canonical_level1(const Indicator& indicator) {
  // Fast path: the reader stores canonical names already.
  for (auto name : {kCost, kOutput, kBenefit, kSatisfaction})
    if (indicator.level1 == name) return name;
  if (indicator.level1.empty()) return {};
  return Taxonomy::standard().canonical_level1(indicator.level1);
}

std::string_view canonical_level2(const Indicator& indicator) {
  for (auto name : {kQuantity, kQuality, kTimeliness, kEconomicCost})
    if (indicator.level2 == name) return name;
  if (indicator.level2.empty()) return {};
  return Taxonomy::standard().canonical_level2(indicator.level2);
}

bool is_pre2021_cost_row(const Declaration& declaration, const Indicator& indicator) {
  return declaration.taxonomy == TaxonomyEdition::e2015 && indicator.level2 != kEconomicCost &&
         strip_spaces(indicator.level2) == kCost;
}

std::string_view filed_level1(const Declaration& declaration, const Indicator& indicator) {
  if (is_pre2021_cost_row(declaration, indicator)) return kCost;
  return canonical_level1(indicator);
}

bool is_satisfaction_indicator(const Indicator& indicator) {
  if (canonical_level1(indicator) == kSatisfaction) return true;
  return names_satisfaction(core_name(indicator.name));
}

bool is_cost_amount_indicator(const Declaration& declaration, const Indicator& indicator) {
  std::string_view core = core_name(indicator.name);
  // A count misfiled under 成本指标 is CATEGORY_MISPLACED's finding, not a floored cost.
  if (names_saving(core) || names_ratio_or_property(core) || names_count(core)) return false;
  return contains(core, "成本") || filed_level1(declaration, indicator) == kCost;
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
