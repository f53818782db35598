// SPDX-License-Identifier: Apache-2.0
// The structure rules: taxonomy names and placement, required level-1 groups, the
// output group's level-2 mix, duplicated indicator names.
#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "jixiao/taxonomy.hpp"
#include "validate/names.hpp"
#include "validate/rule.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

// Any white space (src/text/whitespace.hpp) inside the text.
bool has_white_space(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text::space_at(text, i) != 0) return true;
  return false;
}

std::string location(const Indicator& indicator) {
  if (indicator.line) return fmt::format("第 {} 行", *indicator.line);
  return "前文";
}

}  // namespace

void check_taxonomy_unknown(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const bool level1_known = !facts[i].level1.empty();
    const bool level2_known = !facts[i].level2.empty() || facts[i].pre2021_cost;
    if (level1_known && level2_known) continue;
    const Indicator& indicator = d.indicators[i];
    std::string problems;
    auto describe = [&](std::string_view which, const std::string& name, bool known) {
      if (known) return;
      if (!problems.empty()) problems += "；";
      if (trim(name).empty()) problems += fmt::format("{}为空", which);
      else problems += fmt::format("{}「{}」不在指标体系中", which, name);
    };
    describe("一级指标", indicator.level1, level1_known);
    describe("二级指标", indicator.level2, level2_known);
    findings.about_indicator(i, fmt::format("三级指标「{}」：{}", indicator.name, problems));
  }
}

void check_taxonomy_mismatch(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (f.level1.empty()) continue;  // TAXONOMY_UNKNOWN reports it
    const Indicator& indicator = d.indicators[i];
    std::string_view level1 = f.level1;
    std::string_view owner;
    if (f.pre2021_cost) {
      // Either as printed (产出指标) or as the reader maps it (成本指标).
      level1 = canonical_level1(indicator);
      if (level1.empty() || level1 == kOutput || level1 == kCost) continue;
      owner = kOutput;
    } else {
      if (f.level2.empty()) continue;
      // Both are canonical level-1 names here (or owner ""), so the groups
      // compare as the names do.
      if (f.owner_group == f.level1_group) continue;
      owner = f.level2_owner;
    }
    if (owner == level1) continue;
    findings.about_indicator(i, fmt::format("三级指标「{}」的二级指标「{}」属于{}，却填在{}之下", indicator.name,
                                            indicator.level2, owner, level1));
  }
}

void check_level1_missing(const Declaration& d, Findings& findings) {
  bool cost = false, output = false, benefit = false, satisfaction = false;
  for (const IndicatorFacts& f : findings.facts()) {
    cost = cost || f.level1_group == Level1::cost;
    output = output || f.level1_group == Level1::output;
    benefit = benefit || f.level1_group == Level1::benefit;
    satisfaction = satisfaction || f.level1_group == Level1::satisfaction;
  }
  // Before 2021 成本指标 was no level-1 group of its own.
  const bool cost_required = d.taxonomy == TaxonomyEdition::e2021;
  std::string missing;
  auto require = [&](bool present, std::string_view name) {
    if (present) return;
    if (!missing.empty()) missing += "、";
    missing += name;
  };
  if (cost_required) require(cost, kCost);
  require(output, kOutput);
  require(benefit, kBenefit);
  require(satisfaction, kSatisfaction);
  if (missing.empty()) return;
  findings.about_declaration(fmt::format("缺少一级指标：{}（{} 年指标体系）", missing, to_string(d.taxonomy)));
}

void check_level2_empty_output(const Declaration&, Findings& findings) {
  std::size_t output = 0, quantity = 0, quality = 0, timeliness = 0;
  for (const IndicatorFacts& f : findings.facts()) {
    if (f.level1_group != Level1::output) continue;
    ++output;
    quantity += f.level2_group == Level2::quantity;
    quality += f.level2_group == Level2::quality;
    timeliness += f.level2_group == Level2::timeliness;
  }
  // No 产出指标 at all is LEVEL1_MISSING's finding, not this one's.
  if (output == 0) return;
  const bool lacks_quantity = quantity == 0;
  const bool lacks_quality_or_timeliness = quality + timeliness == 0;
  if (!lacks_quantity && !lacks_quality_or_timeliness) return;
  std::string_view lacking = lacks_quantity && lacks_quality_or_timeliness ? "数量指标，以及质量或时效指标"
                             : lacks_quantity                              ? "数量指标"
                                                                           : "质量或时效指标";
  findings.about_declaration(fmt::format("产出指标缺少{}（现有数量 {} 项、质量 {} 项、时效 {} 项）", lacking,
                                         quantity, quality, timeliness));
}

namespace {

// The pairs (repeat, first occurrence) of equal non-empty names, by repeat: for
// each name seen before, the earliest index with the same text.
using Repeats = std::vector<std::pair<std::size_t, std::size_t>>;

// A declaration has a dozen or two indicators: comparing every pair is cheaper
// than hashing and sorting them.
constexpr std::size_t kPairwiseLimit = 32;

void find_repeats_pairwise(std::span<const std::string_view> names, Repeats& repeats) {
  for (std::size_t i = 1; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (names[j] == names[i]) {
        repeats.emplace_back(i, j);
        break;
      }
    }
  }
}

// Linear in the number of names (whatever a hostile document holds): sorting by
// hash compares integers; equal hashes are confirmed on the text.
void find_repeats_hashed(std::span<const std::string_view> names, Repeats& repeats) {
  thread_local std::vector<std::pair<std::size_t, std::size_t>> keys;  // (hash, index), reused
  keys.clear();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!names[i].empty()) keys.emplace_back(std::hash<std::string_view>{}(names[i]), i);
  std::sort(keys.begin(), keys.end());  // by hash, then by position
  for (std::size_t k = 1; k < keys.size(); ++k) {
    if (keys[k].first != keys[k - 1].first) continue;
    // The earliest index with the same hash and the same text.
    std::size_t first = k;
    for (std::size_t j = k; j > 0 && keys[j - 1].first == keys[k].first; --j)
      if (names[keys[j - 1].second] == names[keys[k].second]) first = j - 1;
    if (first != k) repeats.emplace_back(keys[k].second, keys[first].second);
  }
  std::sort(repeats.begin(), repeats.end());
}

}  // namespace

void check_indicator_duplicate(const Declaration& d, Findings& findings) {
  const std::size_t n = d.indicators.size();
  if (n < 2) return;
  // Names are compared without white space; only names that have some are copied
  // (into storage sized once, so the views into it stay valid).
  thread_local std::vector<std::string_view> names;  // scratch kept from one declaration to the next
  std::vector<std::string> stripped;
  names.assign(n, {});
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view name = d.indicators[i].name;
    if (has_white_space(name)) {
      if (stripped.empty()) stripped.resize(n);
      stripped[i] = strip_spaces(name);
      name = stripped[i];
    }
    names[i] = name;
  }
  Repeats repeats;
  if (n <= kPairwiseLimit) find_repeats_pairwise(names, repeats);
  else find_repeats_hashed(names, repeats);
  for (auto [repeat, first] : repeats) {
    const Indicator& original = d.indicators[first];
    const Indicator& again = d.indicators[repeat];
    findings.about_indicator(
        repeat, fmt::format("三级指标「{}」重复：{}已有同名指标（{}/{}，指标值 {}），此处为{}/{}，指标值 {}",
                            again.name, location(original), original.level1, original.level2, original.target.raw,
                            again.level1, again.level2, again.target.raw));
  }
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
