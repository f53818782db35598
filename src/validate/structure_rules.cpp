// The structure rules: taxonomy names and placement, required level-1 groups, the
// output group's level-2 mix, duplicated indicator names.
#include <algorithm>
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

bool has_white_space(std::string_view text) {
  for (char c : text)
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return true;
  return contains(text, "\u3000");
}

std::string location(const Indicator& indicator) {
  if (indicator.line) return fmt::format("第 {} 行", *indicator.line);
  return "前文";
}

}  // namespace

void check_taxonomy_unknown(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    const bool level1_known = !canonical_level1(indicator).empty();
    const bool level2_known = !canonical_level2(indicator).empty() || is_pre2021_cost_row(d, indicator);
    if (level1_known && level2_known) continue;
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
  const Taxonomy& taxonomy = Taxonomy::standard();
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    std::string_view level1 = canonical_level1(indicator);
    if (level1.empty()) continue;
    std::string_view owner;
    if (is_pre2021_cost_row(d, indicator)) {
      // Either as printed (产出指标) or as the reader maps it (成本指标).
      if (level1 == kOutput || level1 == kCost) continue;
      owner = kOutput;
    } else {
      std::string_view level2 = canonical_level2(indicator);
      if (level2.empty()) continue;  // TAXONOMY_UNKNOWN reports it
      owner = taxonomy.level1_of(level2);
    }
    if (owner == level1) continue;
    findings.about_indicator(i, fmt::format("三级指标「{}」的二级指标「{}」属于{}，却填在{}之下", indicator.name,
                                            indicator.level2, owner, level1));
  }
}

void check_level1_missing(const Declaration& d, Findings& findings) {
  bool cost = false, output = false, benefit = false, satisfaction = false;
  for (const Indicator& indicator : d.indicators) {
    std::string_view level1 = filed_level1(d, indicator);
    cost = cost || level1 == kCost;
    output = output || level1 == kOutput;
    benefit = benefit || level1 == kBenefit;
    satisfaction = satisfaction || level1 == kSatisfaction;
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

void check_level2_empty_output(const Declaration& d, Findings& findings) {
  std::size_t output = 0, quantity = 0, quality = 0, timeliness = 0;
  for (const Indicator& indicator : d.indicators) {
    if (filed_level1(d, indicator) != kOutput) continue;
    ++output;
    std::string_view level2 = canonical_level2(indicator);
    quantity += level2 == kQuantity;
    quality += level2 == kQuality;
    timeliness += level2 == kTimeliness;
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

void check_indicator_duplicate(const Declaration& d, Findings& findings) {
  const std::size_t n = d.indicators.size();
  if (n < 2) return;
  // Names are compared without white space; only names that have some are copied.
  std::vector<std::string> stripped(n);
  std::vector<std::pair<std::string_view, std::size_t>> keys;
  keys.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view name = d.indicators[i].name;
    if (has_white_space(name)) {
      stripped[i] = strip_spaces(name);
      name = stripped[i];
    }
    if (!name.empty()) keys.emplace_back(name, i);
  }
  std::sort(keys.begin(), keys.end());  // by name, then by position
  std::vector<std::pair<std::size_t, std::size_t>> repeats;  // (repeat, first occurrence)
  for (std::size_t k = 1; k < keys.size(); ++k) {
    if (keys[k].first != keys[k - 1].first) continue;
    std::size_t first = k - 1;
    while (first > 0 && keys[first - 1].first == keys[k].first) --first;
    repeats.emplace_back(keys[k].second, keys[first].second);
  }
  std::sort(repeats.begin(), repeats.end());
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
