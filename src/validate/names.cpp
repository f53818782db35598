// SPDX-License-Identifier: Apache-2.0
// Reading indicator names for what they ask for (see names.hpp).
#include "validate/names.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "jixiao/taxonomy.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

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

// One pass over the text for the two words every row is tested for: 成本 (a cost)
// and 满意度/满意率 (a satisfaction). Other tests are suffixes.
void scan_words(std::string_view text, bool& cost, bool& satisfaction) noexcept {
  constexpr std::string_view kCheng = "成", kBen = "本", kMan = "满", kYi = "意", kDu = "度", kLv = "率";
  cost = satisfaction = false;
  auto word_at = [&](std::size_t i) {
    const std::string_view here = text.substr(i, 3);
    const std::string_view next = text.substr(i + 3, 3);
    if (here == kCheng && next == kBen) {
      cost = true;
    } else if (here == kMan && next == kYi && i + 9 <= text.size()) {
      const std::string_view third = text.substr(i + 6, 3);
      if (third == kDu || third == kLv) satisfaction = true;
    }
  };
  if (text.size() < 6) return;
  for (std::size_t i = 0; i + 6 <= text.size(); ++i)
    if (text[i] == '\xE6') word_at(i);
}

// The canonical level-1 names with their groups. The reader stores canonical
// names, so an exact match is the common case.
struct Level1Name {
  std::string_view name;
  Level1 group = Level1::none;
};
constexpr std::array<Level1Name, 4> kLevel1Names{{
    {kCost, Level1::cost},
    {kOutput, Level1::output},
    {kBenefit, Level1::benefit},
    {kSatisfaction, Level1::satisfaction},
}};

Level1 level1_group(std::string_view canonical) noexcept {
  for (const auto& row : kLevel1Names)
    if (canonical == row.name) return row.group;
  return Level1::none;
}

// The canonical level-1 a label names (aliases and white space resolved), with its
// group; {"", none} when not in the taxonomy.
Level1Name resolve_level1(std::string_view label) {
  for (const auto& row : kLevel1Names)
    if (label == row.name) return row;
  if (label.empty()) return {};
  const std::string_view canonical = Taxonomy::standard().canonical_level1(label);
  return {canonical, level1_group(canonical)};
}

// A canonical level-2 with the level-1 it belongs to, and both as groups.
struct Level2Name {
  std::string_view name;
  std::string_view owner;
  Level1 owner_group = Level1::none;
  Level2 group = Level2::other;
};

Level2Name level2_name(std::string_view canonical, std::string_view owner) noexcept {
  Level2 group = Level2::other;
  if (canonical == kQuantity) group = Level2::quantity;
  else if (canonical == kQuality) group = Level2::quality;
  else if (canonical == kTimeliness) group = Level2::timeliness;
  return {canonical, owner, level1_group(owner), group};
}

// The taxonomy's level-2 entries as Level2Name, built once.
std::span<const Level2Name> level2_names() {
  static const std::vector<Level2Name> table = [] {
    std::vector<Level2Name> rows;
    for (const auto& entry : Taxonomy::standard().entries()) rows.push_back(level2_name(entry.level2, entry.level1));
    return rows;
  }();
  return table;
}

// The canonical level-2 a label names (aliases and white space resolved), with its
// owner; all empty when not in the taxonomy.
Level2Name resolve_level2(std::string_view label) {
  for (const auto& row : level2_names())
    if (label == row.name) return row;
  if (label.empty()) return {};
  const std::string_view canonical = Taxonomy::standard().canonical_level2(label);
  if (canonical.empty()) return {};
  return level2_name(canonical, Taxonomy::standard().level1_of(canonical));
}

}  // namespace

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
  // One scan for 满意, then the character after it.
  constexpr std::string_view kSatisfied = "满意";
  for (std::string_view rest = core; contains(rest, kSatisfied);) {
    const auto at = rest.find(kSatisfied) + kSatisfied.size();
    rest.remove_prefix(at);
    if (rest.starts_with("度") || rest.starts_with("率")) return true;
  }
  return false;
}

bool names_timeliness(std::string_view core) noexcept {
  return core.ends_with("及时性") || core.ends_with("及时率");
}

std::string_view canonical_level1(const Indicator& indicator) { return resolve_level1(indicator.level1).name; }

std::string_view canonical_level2(const Indicator& indicator) { return resolve_level2(indicator.level2).name; }

bool is_pre2021_cost_row(const Declaration& declaration, const Indicator& indicator) {
  if (declaration.taxonomy != TaxonomyEdition::e2015) return false;
  return indicator.level2 == kCost || strip_spaces(indicator.level2) == kCost;
}

IndicatorFacts facts_of(const Declaration& declaration, const Indicator& indicator) {
  const bool pre2021_cost = is_pre2021_cost_row(declaration, indicator);
  const Level1Name level1 = pre2021_cost ? Level1Name{kCost, Level1::cost} : resolve_level1(indicator.level1);
  const Level2Name level2 = resolve_level2(indicator.level2);
  const std::string_view core = core_name(indicator.name);
  const auto* compare = std::get_if<CompareTarget>(&indicator.target.value);
  const auto* range = std::get_if<RangeTarget>(&indicator.target.value);
  bool mentions_cost = false, satisfaction = false;
  scan_words(core, mentions_cost, satisfaction);
  // Every member named, so that nothing is zeroed first only to be written again.
  return IndicatorFacts{
      .level1 = level1.name,
      .level2 = level2.name,
      .level2_owner = level2.owner,
      .core = core,
      .level1_group = level1.group,
      .owner_group = level2.owner_group,
      .level2_group = level2.group,
      .compare = compare,
      .range = range,
      .kind = indicator.target.kind(),
      .pre2021_cost = pre2021_cost,
      .percent = compare ? compare->unit == "%" : range && range->unit == "%",
      .rate = names_rate(core),
      .number = names_number(core),
      .count = names_count(core),
      .satisfaction = satisfaction,
      .timeliness = names_timeliness(core),
      .mentions_cost = mentions_cost,
  };
}

bool is_satisfaction_indicator(const IndicatorFacts& facts) noexcept {
  return facts.level1_group == Level1::satisfaction || facts.satisfaction;
}

bool is_cost_amount_indicator(const IndicatorFacts& facts) noexcept {
  if (!facts.mentions_cost && facts.level1_group != Level1::cost) return false;
  // A count misfiled under 成本指标 is CATEGORY_MISPLACED's finding, not a floored cost.
  return !facts.count && !names_saving(facts.core) && !names_ratio_or_property(facts.core);
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
