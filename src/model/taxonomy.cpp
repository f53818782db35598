// SPDX-License-Identifier: Apache-2.0
// The taxonomy as data tables (taxonomy.tsv and taxonomy-notes.md of the spec).
// Every lookup goes through these tables; nothing else in the library compares
// level names by hand.

#include "jixiao/taxonomy.hpp"

#include <array>
#include <cstddef>
#include <cstring>

#include "text/whitespace.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using namespace std::string_view_literals;

constexpr std::array<std::string_view, 4> level1_table{
    "成本指标"sv, "产出指标"sv, "效益指标"sv, "满意度指标"sv};

constexpr std::array<Level2Entry, 11> level2_table{{
    {"成本指标"sv, "经济成本指标"sv},
    {"成本指标"sv, "社会成本指标"sv},
    {"成本指标"sv, "生态环境成本指标"sv},
    {"产出指标"sv, "数量指标"sv},
    {"产出指标"sv, "质量指标"sv},
    {"产出指标"sv, "时效指标"sv},
    {"效益指标"sv, "经济效益指标"sv},
    {"效益指标"sv, "社会效益指标"sv},
    {"效益指标"sv, "生态效益指标"sv},
    {"效益指标"sv, "可持续影响指标"sv},
    {"满意度指标"sv, "服务对象满意度指标"sv},
}};

constexpr std::array<AliasEntry, 9> alias_table{{
    {"总成本指标"sv, "经济成本指标"sv, AliasEntry::Level::level2},
    {"单位成本指标"sv, "经济成本指标"sv, AliasEntry::Level::level2},
    {"分项成本指标"sv, "经济成本指标"sv, AliasEntry::Level::level2},
    {"环境成本指标"sv, "生态环境成本指标"sv, AliasEntry::Level::level2},
    {"进度指标"sv, "时效指标"sv, AliasEntry::Level::level2},
    {"环境效益指标"sv, "生态效益指标"sv, AliasEntry::Level::level2},
    {"社会公众或服务对象满意度指标"sv, "服务对象满意度指标"sv, AliasEntry::Level::level2},
    {"满意度"sv, "服务对象满意度指标"sv, AliasEntry::Level::level2},
    // taxonomy-notes.md: printed as a level-1 on some forms.
    {"服务对象满意度指标"sv, "满意度指标"sv, AliasEntry::Level::level1},
}};

// Name cues, first match wins. Specific words first (a 成本 name that ends in 率 is
// still a cost), the generic endings last and weak.
struct CueRow {
  std::string_view text;
  enum class Where { contains, suffix } where;
  std::string_view level2;
  bool strong;
};
constexpr std::array<CueRow, 22> cue_table{{
    {"满意度"sv, CueRow::Where::contains, "服务对象满意度指标"sv, true},
    {"及时"sv, CueRow::Where::contains, "时效指标"sv, true},
    {"进度"sv, CueRow::Where::contains, "时效指标"sv, true},
    {"时间"sv, CueRow::Where::suffix, "时效指标"sv, true},
    {"时限"sv, CueRow::Where::suffix, "时效指标"sv, true},
    {"周期"sv, CueRow::Where::suffix, "时效指标"sv, true},
    {"成本"sv, CueRow::Where::contains, "经济成本指标"sv, true},
    {"合格率"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"验收"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"准确率"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"正确率"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"达标率"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"优良率"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"差错率"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"质量"sv, CueRow::Where::contains, "质量指标"sv, true},
    {"机制"sv, CueRow::Where::suffix, "可持续影响指标"sv, true},
    {"制度"sv, CueRow::Where::suffix, "可持续影响指标"sv, true},
    {"次数"sv, CueRow::Where::suffix, "数量指标"sv, false},
    {"数"sv, CueRow::Where::suffix, "数量指标"sv, false},
    {"率"sv, CueRow::Where::suffix, "数量指标"sv, false},
    {"数量"sv, CueRow::Where::suffix, "数量指标"sv, false},
    {"量"sv, CueRow::Where::suffix, "数量指标"sv, false},
}};

// Labels are short: a cell whose stripped text does not fit is no label.
constexpr std::size_t max_label_bytes = 96;

// Strips white space into buf; returns "" (and sets fits=false) when too long.
std::string_view strip_into(std::string_view text, std::array<char, max_label_bytes>& buf,
                            bool& fits) noexcept {
  std::size_t n = 0;
  fits = true;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t skip = text::space_at(text, i);
    if (skip != 0) {
      i += skip;
      continue;
    }
    if (n == buf.size()) {
      fits = false;
      return {};
    }
    buf[n++] = text[i++];
  }
  return {buf.data(), n};
}

const Level2Entry* find_level2(std::string_view key) noexcept {
  for (const auto& e : level2_table)
    if (e.level2 == key) return &e;
  return nullptr;
}

const AliasEntry* find_alias(std::string_view key, AliasEntry::Level level) noexcept {
  for (const auto& a : alias_table)
    if (a.level == level && a.alias == key) return &a;
  return nullptr;
}

std::string_view find_level1(std::string_view key) noexcept {
  for (auto name : level1_table)
    if (name == key) return name;
  return {};
}

}  // namespace

std::string_view to_string(TaxonomyEdition edition) noexcept {
  switch (edition) {
    case TaxonomyEdition::e2021: return "2021";
    case TaxonomyEdition::e2015: return "2015";
  }
  return "2021";
}

std::optional<TaxonomyEdition> taxonomy_edition_from_string(std::string_view name) noexcept {
  if (name == "2021") return TaxonomyEdition::e2021;
  if (name == "2015") return TaxonomyEdition::e2015;
  return std::nullopt;
}

const Taxonomy& Taxonomy::standard() {
  static const Taxonomy instance;
  return instance;
}

std::span<const Level2Entry> Taxonomy::entries() const noexcept { return level2_table; }
std::span<const std::string_view> Taxonomy::level1_names() const noexcept { return level1_table; }
std::span<const AliasEntry> Taxonomy::aliases() const noexcept { return alias_table; }

std::string_view Taxonomy::canonical_level2(std::string_view name) const {
  std::array<char, max_label_bytes> buf;
  bool fits = false;
  const auto key = strip_into(name, buf, fits);
  if (!fits) return {};
  if (const auto* e = find_level2(key)) return e->level2;
  if (const auto* a = find_alias(key, AliasEntry::Level::level2)) return a->canonical;
  return {};
}

std::string_view Taxonomy::canonical_level1(std::string_view name) const {
  std::array<char, max_label_bytes> buf;
  bool fits = false;
  const auto key = strip_into(name, buf, fits);
  if (!fits) return {};
  if (auto l1 = find_level1(key); !l1.empty()) return l1;
  if (const auto* a = find_alias(key, AliasEntry::Level::level1)) return a->canonical;
  return {};
}

bool Taxonomy::is_level1(std::string_view name) const { return !canonical_level1(name).empty(); }
bool Taxonomy::is_level2(std::string_view name) const { return !canonical_level2(name).empty(); }

std::string_view Taxonomy::level1_of(std::string_view level2) const {
  const auto canonical = canonical_level2(level2);
  if (canonical.empty()) return {};
  return find_level2(canonical)->level1;
}

std::optional<LabelMatch> Taxonomy::match_label(std::string_view cell) const {
  // Fast reject: every label is at least two CJK characters.
  if (cell.size() < 6 || cell.size() > 4 * max_label_bytes) return std::nullopt;
  std::array<char, max_label_bytes> buf;
  bool fits = false;
  const auto key = strip_into(cell, buf, fits);
  if (!fits || key.size() < 6) return std::nullopt;
  if (auto l1 = find_level1(key); !l1.empty())
    return LabelMatch{LabelMatch::Kind::level1, l1, {}, false, false, l1};
  if (const auto* e = find_level2(key))
    return LabelMatch{LabelMatch::Kind::level2, e->level1, e->level2, false, false, e->level2};
  if (const auto* a = find_alias(key, AliasEntry::Level::level2)) {
    const auto* e = find_level2(a->canonical);
    return LabelMatch{LabelMatch::Kind::level2, e->level1, e->level2, true, false, a->alias};
  }
  return std::nullopt;
}

LabelMatch Taxonomy::pre2021_cost() noexcept {
  return LabelMatch{LabelMatch::Kind::level2, level2_table[0].level1, level2_table[0].level2,
                    true, true, level1_table[0]};
}

NameCue Taxonomy::cue_from_name(std::string_view indicator_name) const noexcept {
  // Trailing white space must not hide an ending.
  indicator_name = text::trim(indicator_name);
  for (const auto& row : cue_table) {
    const bool hit = row.where == CueRow::Where::contains
                         ? indicator_name.find(row.text) != std::string_view::npos
                         : indicator_name.ends_with(row.text);
    if (hit) return NameCue{find_level2(row.level2)->level1, row.level2, row.strong};
  }
  return {};
}

std::string strip_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t skip = text::space_at(text, i);
    if (skip != 0) {
      i += skip;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

JIXIAO_END_NAMESPACE
