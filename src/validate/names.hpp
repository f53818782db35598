// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private to src/validate: reading an indicator's name (三级指标) for what it asks
// for — a number (…率, …数), a cost, a satisfaction, timeliness — and what level-1 /
// level-2 it reads as. Byte-wise suffix and substring tests are exact on UTF-8,
// which is self-synchronising. Nothing here allocates.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "text/whitespace.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {

// Canonical taxonomy names the rules refer to.
inline constexpr std::string_view kCost = "成本指标";
inline constexpr std::string_view kOutput = "产出指标";
inline constexpr std::string_view kBenefit = "效益指标";
inline constexpr std::string_view kSatisfaction = "满意度指标";
inline constexpr std::string_view kQuantity = "数量指标";
inline constexpr std::string_view kQuality = "质量指标";
inline constexpr std::string_view kTimeliness = "时效指标";
inline constexpr std::string_view kEconomicCost = "经济成本指标";

// The level-1 groups (canonical level-1 names) the rules tell apart.
enum class Level1 : std::uint8_t { none, cost, output, benefit, satisfaction };
// The level-2 groups the rules tell apart; every other level-2 is `other`.
enum class Level2 : std::uint8_t { other, quantity, quality, timeliness };

// White space is the text layer's (src/text/whitespace.hpp).
using text::is_blank;
using text::trim;

// The name as the rules read it: trimmed, and without one trailing parenthesised
// annotation ("设备完好率（%）" → "设备完好率", "完成率(%)" → "完成率").
std::string_view core_name(std::string_view name) noexcept;

// Substring test for short names: an inline scan beats memchr calls on ~20 bytes.
inline bool contains(std::string_view text, std::string_view part) noexcept {
  if (part.empty()) return true;
  if (part.size() > text.size()) return false;
  const std::size_t last = text.size() - part.size();
  for (std::size_t i = 0; i <= last; ++i) {
    if (text[i] != part[0]) continue;
    std::size_t k = 1;
    while (k < part.size() && text[i + k] == part[k]) ++k;
    if (k == part.size()) return true;
  }
  return false;
}

// …率 (a rate).
bool names_rate(std::string_view core) noexcept;
// …率, …数, …次数: a name that asks for a number.
bool names_number(std::string_view core) noexcept;
// …数, …数量: a count (数量指标 material).
bool names_count(std::string_view core) noexcept;
// About saving or cutting something (节约/节省/降低/下降/压减/压降/控制/减少): a
// floor on such a figure is normal.
bool names_saving(std::string_view core) noexcept;
// A rate, ratio or property (…率, …比例, …比, …性): not an amount.
bool names_ratio_or_property(std::string_view core) noexcept;
// Reads as a cost: mentions 成本 and is not about saving it.
bool names_cost(std::string_view core) noexcept;
// 满意度 / 满意率.
bool names_satisfaction(std::string_view core) noexcept;
// …及时性 / …及时率.
bool names_timeliness(std::string_view core) noexcept;

// The indicator's level-1 / level-2 as canonical taxonomy names (aliases and
// white space resolved), "" when not in the taxonomy.
std::string_view canonical_level1(const Indicator& indicator);
std::string_view canonical_level2(const Indicator& indicator);

// A pre-2021 cost row: level-2 成本指标 (under 产出指标) in a 2015-layout declaration
// (taxonomy-notes.md).
bool is_pre2021_cost_row(const Declaration& declaration, const Indicator& indicator);

// What the rules read of one indicator, worked out once per declaration so that
// each rule scans a compact array instead of re-deriving names and kinds. The
// groups say the same as the names next to them, as enums the rules compare
// cheaply.
struct IndicatorFacts {
  std::string_view level1;  // canonical level-1 as filed ("" unknown); 成本指标 for a pre-2021 cost row
  std::string_view level2;  // canonical level-2 ("" unknown)
  std::string_view level2_owner;  // the level-1 that level-2 belongs to ("" unknown)
  std::string_view core;    // core_name(name)
  Level1 level1_group = Level1::none;  // level1
  Level1 owner_group = Level1::none;   // level2_owner
  Level2 level2_group = Level2::other; // level2
  const CompareTarget* compare = nullptr;  // the target, when a comparison
  const RangeTarget* range = nullptr;      // the target, when a range
  TargetKind kind = TargetKind::qualitative;
  bool pre2021_cost = false;
  bool percent = false;  // a comparison or range in %
  // What the name asks for (the names_* tests of core, each done once).
  bool rate = false;          // names_rate
  bool number = false;        // names_number
  bool count = false;         // names_count
  bool satisfaction = false;  // names_satisfaction
  bool timeliness = false;    // names_timeliness
  bool mentions_cost = false; // 成本 in the name (names_cost also needs !names_saving, left to
                              // the one rule that asks, as few rows need it)
};
IndicatorFacts facts_of(const Declaration& declaration, const Indicator& indicator);

// Is this a satisfaction indicator (filed under 满意度指标, or named so)?
bool is_satisfaction_indicator(const IndicatorFacts& facts) noexcept;
// A cost amount, which is capped, not floored: filed under 成本指标 or named as a
// cost, and neither about saving nor a rate, ratio, property or count.
bool is_cost_amount_indicator(const IndicatorFacts& facts) noexcept;

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
