// SPDX-License-Identifier: Apache-2.0
// The indicator rules: targets that do not parse or say too little, rates out of
// range, low satisfaction targets, floored costs, names filed under the wrong group.
#include <string>

#include <fmt/core.h>

#include "validate/names.hpp"
#include "validate/rule.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

const Decimal kZero = Decimal::from_int(0);
const Decimal kHundred = Decimal::from_int(100);

// Can a percentage target be met only outside 0–100?
bool percent_outside_0_100(const CompareTarget& c) {
  switch (c.op) {
    case CompareOp::eq:
    case CompareOp::ge:
    case CompareOp::le:
      return c.value < kZero || c.value > kHundred;
    case CompareOp::gt:  // > 100% cannot be met by a rate; > 0% can
      return c.value < kZero || c.value >= kHundred;
    case CompareOp::lt:  // < 0% cannot be met by a rate
      return c.value <= kZero || c.value > kHundred;
    case CompareOp::ne:
      return false;
  }
  return false;
}

// The level-2 (or level-1) a name reads as, when that differs from where it is
// filed; "" when the name gives no cue or agrees with its row. Cues are narrow on
// purpose (info severity, but still noise when wrong): a cost filed outside 成本指标,
// a count under 成本/质量/时效, timeliness under 成本/数量/质量, satisfaction outside
// 满意度指标. Counts and timeliness under 效益 are outcomes and legitimately there.
std::string_view reads_as_elsewhere(const IndicatorFacts& f) {
  // names_cost, with the saving words looked for last (few rows get that far).
  if (f.mentions_cost && f.level1_group != Level1::cost && !names_saving(f.core)) return kCost;
  if (f.count && (f.level1_group == Level1::cost || f.level2_group == Level2::quality ||
                  f.level2_group == Level2::timeliness))
    return kQuantity;
  if (f.timeliness && (f.level1_group == Level1::cost || f.level2_group == Level2::quantity ||
                       f.level2_group == Level2::quality))
    return kTimeliness;
  if (f.satisfaction && f.level1_group != Level1::satisfaction) return kSatisfaction;
  return {};
}

// The emphasis words reviewers reject when no amount follows (audit practice).
bool has_vague_modifier(std::string_view raw) {
  for (std::string_view w : {"进一步", "有效", "明显", "显著", "不断", "持续", "逐步", "稳步", "有所"})
    if (raw.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace

void check_target_invalid(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (facts[i].kind != TargetKind::invalid) continue;
    const Indicator& indicator = d.indicators[i];
    const auto& invalid = std::get<InvalidTarget>(indicator.target.value);
    std::string why = invalid.expected.empty() ? invalid.message
                                               : fmt::format("第 {} 字节处应为 {}", invalid.offset, invalid.expected);
    findings.about_indicator(
        i, fmt::format("三级指标「{}」的指标值「{}」无法解析：{}", indicator.name, indicator.target.raw, why));
  }
}

void check_target_vague(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (!facts[i].number) continue;
    const Indicator& indicator = d.indicators[i];
    if (facts[i].kind == TargetKind::qualitative) {
      findings.about_indicator(i, fmt::format("三级指标「{}」要求数值，指标值「{}」只是定性描述", indicator.name,
                                              indicator.target.raw));
    } else if (const auto* t = std::get_if<TrendTarget>(&indicator.target.value);
               t && !t->by && has_vague_modifier(indicator.target.raw)) {
      // `明显改善`, `进一步提升`: an emphasis and a direction, no amount to check them against
      // (a plain `提升` is an ordinary trend target).
      findings.about_indicator(i, fmt::format("三级指标「{}」要求数值，指标值「{}」只说方向、没有幅度", indicator.name,
                                              indicator.target.raw));
    }
  }
}

void check_percent_range(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (!f.percent || !f.rate) continue;  // the cheap tests before the decimal ones
    const bool outside = f.compare ? percent_outside_0_100(*f.compare)
                                   : f.range->low < kZero || f.range->high > kHundred;
    if (!outside) continue;
    const Indicator& indicator = d.indicators[i];
    findings.about_indicator(i, fmt::format("比率「{}」的指标值「{}」超出 0%–100%", indicator.name,
                                            indicator.target.raw));
  }
}

void check_satisfaction_low(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  const Decimal& kSatisfactionFloor = findings.options().satisfaction_floor;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (!f.percent || !is_satisfaction_indicator(f)) continue;  // the cheap tests first
    // The lowest value the target accepts: a floor below 90%, or no floor at all.
    bool low = false;
    bool unfloored = false;
    if (f.compare) {
      switch (f.compare->op) {
        case CompareOp::eq:
        case CompareOp::ge:
        case CompareOp::gt:
          low = f.compare->value < kSatisfactionFloor;
          break;
        case CompareOp::le:
        case CompareOp::lt:
          low = unfloored = true;
          break;
        case CompareOp::ne:
          break;
      }
    } else {
      low = f.range->low < kSatisfactionFloor;
    }
    if (!low) continue;
    const Indicator& indicator = d.indicators[i];
    findings.about_indicator(
        i, fmt::format("满意度指标「{}」的指标值「{}」{}，低于 ≥{}% 的要求", indicator.name, indicator.target.raw,
                       unfloored ? "没有下限" : fmt::format("的下限不足 {}%", kSatisfactionFloor.to_string()),
                       kSatisfactionFloor.to_string()));
  }
}

void check_cost_direction(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (!f.compare || (f.compare->op != CompareOp::ge && f.compare->op != CompareOp::gt)) continue;
    if (!is_cost_amount_indicator(f)) continue;
    const Indicator& indicator = d.indicators[i];
    findings.about_indicator(i, fmt::format("成本指标「{}」的指标值「{}」设了下限；成本应设上限（≤ 或 <）",
                                            indicator.name, indicator.target.raw));
  }
}

void check_category_misplaced(const Declaration& d, Findings& findings) {
  const auto facts = findings.facts();
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const IndicatorFacts& f = facts[i];
    if (f.level1.empty()) continue;  // TAXONOMY_UNKNOWN's finding
    std::string_view reads_as = reads_as_elsewhere(f);
    if (reads_as.empty()) continue;
    const Indicator& indicator = d.indicators[i];
    std::string_view level2 = f.level2.empty() ? std::string_view(indicator.level2) : f.level2;
    std::string filed = level2.empty() ? std::string(f.level1) : fmt::format("{}/{}", f.level1, level2);
    findings.about_indicator(i, fmt::format("三级指标「{}」读作{}，却填在{}之下", indicator.name, reads_as, filed));
  }
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
