// SPDX-License-Identifier: Apache-2.0
#pragma once
// The indicator taxonomy (财预〔2021〕101号) as data: level-1 and level-2 names, their
// aliases, and the pre-2021 layout where 成本指标 was a level-2 under 产出指标.
// Names are compared with all white space (ASCII, U+3000, U+00A0) removed.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE

enum class TaxonomyEdition { e2021, e2015 };
std::string_view to_string(TaxonomyEdition edition) noexcept;  // "2021", "2015"
std::optional<TaxonomyEdition> taxonomy_edition_from_string(std::string_view name) noexcept;

struct Level2Entry {
  std::string_view level1;   // "产出指标"
  std::string_view level2;   // "数量指标"
};

// A label some forms print instead of the canonical name ("进度指标" for "时效指标").
struct AliasEntry {
  std::string_view alias;      // "进度指标"
  std::string_view canonical;  // "时效指标"
  enum class Level { level1, level2 } level = Level::level2;
};

// What a label cell names, after white space removal and alias resolution.
struct LabelMatch {
  enum class Kind { level1, level2 } kind;
  std::string_view level1;   // canonical level-1 ("满意度指标")
  std::string_view level2;   // canonical level-2 for a level-2 label, "" for a level-1
  bool via_alias = false;    // the label was an alias ("进度指标" → "时效指标")
  bool pre2021 = false;      // 成本指标 used as a level-2 under 产出指标
  std::string_view label;    // the canonical spelling of the label as printed ("进度指标")
};

// What an indicator's own name suggests about its level-2 ("全年收案数" reads as 数量指标).
struct NameCue {
  std::string_view level1;   // "" when the name gives no cue
  std::string_view level2;
  // strong: a specific word (成本, 及时, 满意度, 合格率 …); weak: only a generic
  // ending (…数, …率, …量) that many level-2 groups share.
  bool strong = false;
  explicit operator bool() const noexcept { return !level2.empty(); }
};

class Taxonomy {
 public:
  // The built-in 2021 taxonomy (taxonomy.tsv of the spec).
  static const Taxonomy& standard();

  std::span<const Level2Entry> entries() const noexcept;
  std::span<const std::string_view> level1_names() const noexcept;
  std::span<const AliasEntry> aliases() const noexcept;

  bool is_level1(std::string_view name) const;  // canonical or alias
  bool is_level2(std::string_view name) const;  // canonical or alias
  // Canonical level-2 for a name or alias, "" if unknown.
  std::string_view canonical_level2(std::string_view name) const;
  // Canonical level-1 for a name or alias, "" if unknown.
  std::string_view canonical_level1(std::string_view name) const;
  // The level-1 a (canonical or alias) level-2 belongs to, "" if unknown.
  std::string_view level1_of(std::string_view level2) const;
  // Does this cell text name a level-1 or level-2 label? A lone 成本指标 is a
  // level-1 here; whether it is the pre-2021 level-2 depends on the row around it
  // (see pre2021_cost()). Never allocates.
  std::optional<LabelMatch> match_label(std::string_view cell) const;
  // 成本指标 read as a level-2 of the 2015 layout: level1 成本指标, level2 经济成本指标.
  static LabelMatch pre2021_cost() noexcept;

  // The level-2 an indicator's name suggests, from a small table of cues (first
  // match wins: 满意度, 及时/时间/进度, 成本, 合格率/验收/准确率…, 机制/制度, then the
  // generic endings 数/率/量 → 数量指标). Used to place a row whose merged label is
  // ambiguous, and by validation to spot misfiled names.
  NameCue cue_from_name(std::string_view indicator_name) const noexcept;
};

// Text with white space removed (how labels are compared): ASCII white space,
// U+3000 (ideographic space) and U+00A0 (no-break space).
std::string strip_spaces(std::string_view text);

JIXIAO_END_NAMESPACE
