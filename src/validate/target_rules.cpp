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
const Decimal kSatisfactionFloor = Decimal::from_int(90);

const CompareTarget* as_compare(const Indicator& indicator) {
  return std::get_if<CompareTarget>(&indicator.target.value);
}
const RangeTarget* as_range(const Indicator& indicator) {
  return std::get_if<RangeTarget>(&indicator.target.value);
}

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
std::string_view reads_as_elsewhere(std::string_view core, std::string_view level1, std::string_view level2) {
  if (names_cost(core) && level1 != kCost) return kCost;
  if (names_count(core) && (level1 == kCost || level2 == kQuality || level2 == kTimeliness)) return kQuantity;
  if (names_timeliness(core) && (level1 == kCost || level2 == kQuantity || level2 == kQuality)) return kTimeliness;
  if (names_satisfaction(core) && level1 != kSatisfaction) return kSatisfaction;
  return {};
}

}  // namespace

void check_target_invalid(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    const auto* invalid = std::get_if<InvalidTarget>(&indicator.target.value);
    if (!invalid) continue;
    std::string why = invalid->expected.empty()
                          ? invalid->message
                          : fmt::format("第 {} 字节处应为 {}", invalid->offset, invalid->expected);
    findings.about_indicator(
        i, fmt::format("三级指标「{}」的指标值「{}」无法解析：{}", indicator.name, indicator.target.raw, why));
  }
}

void check_target_vague(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    if (indicator.target.kind() != TargetKind::qualitative) continue;
    if (!names_number(core_name(indicator.name))) continue;
    findings.about_indicator(i, fmt::format("三级指标「{}」要求数值，指标值「{}」只是定性描述", indicator.name,
                                            indicator.target.raw));
  }
}

void check_percent_range(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    bool outside = false;
    if (const auto* c = as_compare(indicator); c && c->unit == "%") outside = percent_outside_0_100(*c);
    else if (const auto* r = as_range(indicator); r && r->unit == "%")
      outside = r->low < kZero || r->high > kHundred;
    else continue;
    if (!outside || !names_rate(core_name(indicator.name))) continue;
    findings.about_indicator(i, fmt::format("比率「{}」的指标值「{}」超出 0%–100%", indicator.name,
                                            indicator.target.raw));
  }
}

void check_satisfaction_low(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    // The lowest value the target accepts: a floor below 90%, or no floor at all.
    bool low = false;
    bool unfloored = false;
    if (const auto* c = as_compare(indicator); c && c->unit == "%") {
      switch (c->op) {
        case CompareOp::eq:
        case CompareOp::ge:
        case CompareOp::gt:
          low = c->value < kSatisfactionFloor;
          break;
        case CompareOp::le:
        case CompareOp::lt:
          low = unfloored = true;
          break;
        case CompareOp::ne:
          break;
      }
    } else if (const auto* r = as_range(indicator); r && r->unit == "%") {
      low = r->low < kSatisfactionFloor;
    } else {
      continue;
    }
    if (!low || !is_satisfaction_indicator(indicator)) continue;
    findings.about_indicator(
        i, fmt::format("满意度指标「{}」的指标值「{}」{}，低于 ≥90% 的要求", indicator.name, indicator.target.raw,
                       unfloored ? "没有下限" : "的下限不足 90%"));
  }
}

void check_cost_direction(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    const auto* c = as_compare(indicator);
    if (!c || (c->op != CompareOp::ge && c->op != CompareOp::gt)) continue;
    if (!is_cost_amount_indicator(d, indicator)) continue;
    findings.about_indicator(i, fmt::format("成本指标「{}」的指标值「{}」设了下限；成本应设上限（≤ 或 <）",
                                            indicator.name, indicator.target.raw));
  }
}

void check_category_misplaced(const Declaration& d, Findings& findings) {
  for (std::size_t i = 0; i < d.indicators.size(); ++i) {
    const Indicator& indicator = d.indicators[i];
    std::string_view level1 = filed_level1(d, indicator);
    if (level1.empty()) continue;  // TAXONOMY_UNKNOWN's finding
    std::string_view reads_as = reads_as_elsewhere(core_name(indicator.name), level1, canonical_level2(indicator));
    if (reads_as.empty()) continue;
    std::string_view level2 = canonical_level2(indicator);
    if (level2.empty()) level2 = indicator.level2;
    std::string filed = level2.empty() ? std::string(level1) : fmt::format("{}/{}", level1, level2);
    findings.about_indicator(i, fmt::format("三级指标「{}」读作{}，却填在{}之下", indicator.name, reads_as, filed));
  }
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
