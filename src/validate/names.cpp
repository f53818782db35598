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

// One pass over the characters for the two words every row is tested for:
// 成本 (a cost) and 满意度/满意率 (a satisfaction). Other tests are suffixes.
void scan_words(std::string_view text, bool& cost, bool& satisfaction) noexcept {
  constexpr std::string_view kCheng = "成", kBen = "本", kMan = "满", kYi = "意", kDu = "度", kLv = "率";
  cost = satisfaction = false;
  for (std::size_t i = 0; i + 6 <= text.size(); ++i) {
    const std::string_view here = text.substr(i, 3);
    const std::string_view next = text.substr(i + 3, 3);
    if (here == kCheng && next == kBen) {
      cost = true;
    } else if (here == kMan && next == kYi && i + 9 <= text.size()) {
      const std::string_view third = text.substr(i + 6, 3);
      if (third == kDu || third == kLv) satisfaction = true;
    }
  }
}

}  // namespace

std::string_view trim(std::string_view text) noexcept {
  // Most names have nothing to trim: look at the two ends before looping.
  auto may_start_space = [](char c) { return c == '\xE3' || is_ascii_space(c); };
  auto may_end_space = [](char c) { return c == '\x80' || is_ascii_space(c); };
  if (text.empty() || (!may_start_space(text.front()) && !may_end_space(text.back()))) return text;
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

std::string_view canonical_level1(const Indicator& indicator) {
  // Fast path: the reader stores canonical names already.
  for (auto name : Taxonomy::standard().level1_names())
    if (indicator.level1 == name) return name;
  if (indicator.level1.empty()) return {};
  return Taxonomy::standard().canonical_level1(indicator.level1);
}

std::string_view canonical_level2(const Indicator& indicator) {
  for (const auto& entry : Taxonomy::standard().entries())
    if (indicator.level2 == entry.level2) return entry.level2;
  if (indicator.level2.empty()) return {};
  return Taxonomy::standard().canonical_level2(indicator.level2);
}

bool is_pre2021_cost_row(const Declaration& declaration, const Indicator& indicator) {
  if (declaration.taxonomy != TaxonomyEdition::e2015) return false;
  return indicator.level2 == kCost || strip_spaces(indicator.level2) == kCost;
}

IndicatorFacts facts_of(const Declaration& declaration, const Indicator& indicator) {
  IndicatorFacts f;
  f.pre2021_cost = is_pre2021_cost_row(declaration, indicator);
  f.level1 = f.pre2021_cost ? kCost : canonical_level1(indicator);
  f.level2 = {};
  for (const auto& entry : Taxonomy::standard().entries()) {
    if (indicator.level2 == entry.level2) {
      f.level2 = entry.level2;
      f.level2_owner = entry.level1;
      break;
    }
  }
  if (f.level2.empty() && !indicator.level2.empty()) {  // an alias or spaced label
    f.level2 = Taxonomy::standard().canonical_level2(indicator.level2);
    if (!f.level2.empty()) f.level2_owner = Taxonomy::standard().level1_of(f.level2);
  }
  f.core = core_name(indicator.name);
  f.kind = indicator.target.kind();
  if ((f.compare = std::get_if<CompareTarget>(&indicator.target.value))) f.percent = f.compare->unit == "%";
  else if ((f.range = std::get_if<RangeTarget>(&indicator.target.value))) f.percent = f.range->unit == "%";
  f.rate = names_rate(f.core);
  f.number = names_number(f.core);
  f.count = names_count(f.core);
  f.timeliness = names_timeliness(f.core);
  scan_words(f.core, f.mentions_cost, f.satisfaction);
  // The saving words matter only for names with 成本 in them.
  f.cost = f.mentions_cost && !names_saving(f.core);
  return f;
}

bool is_satisfaction_indicator(const IndicatorFacts& facts) noexcept {
  return facts.level1 == kSatisfaction || facts.satisfaction;
}

bool is_cost_amount_indicator(const IndicatorFacts& facts) noexcept {
  if (!facts.mentions_cost && facts.level1 != kCost) return false;
  // A count misfiled under 成本指标 is CATEGORY_MISPLACED's finding, not a floored cost.
  return !facts.count && !names_saving(facts.core) && !names_ratio_or_property(facts.core);
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
