#pragma once
// The indicator taxonomy (财预〔2021〕101号) as data: level-1 and level-2 names, their
// aliases, and the pre-2021 layout where 成本指标 was a level-2 under 产出指标.
// Names are compared with all white space (ASCII and U+3000) removed.

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

// What a label cell names, after white space removal and alias resolution.
struct LabelMatch {
  enum class Kind { level1, level2 } kind;
  std::string_view level1;   // canonical level-1 ("满意度指标")
  std::string_view level2;   // canonical level-2 for a level-2 label, "" for a level-1
  bool via_alias = false;    // the label was an alias ("进度指标" → "时效指标")
  bool pre2021 = false;      // 成本指标 used as a level-2 under 产出指标
};

class Taxonomy {
 public:
  // The built-in 2021 taxonomy (taxonomy.tsv of the spec).
  static const Taxonomy& standard();

  std::span<const Level2Entry> entries() const noexcept;
  std::span<const std::string_view> level1_names() const noexcept;

  bool is_level1(std::string_view name) const;  // canonical or alias
  bool is_level2(std::string_view name) const;  // canonical or alias
  // Canonical level-2 for a name or alias, "" if unknown.
  std::string_view canonical_level2(std::string_view name) const;
  // Canonical level-1 for a name or alias, "" if unknown.
  std::string_view canonical_level1(std::string_view name) const;
  // The level-1 a (canonical or alias) level-2 belongs to, "" if unknown.
  std::string_view level1_of(std::string_view level2) const;
  // Does this cell text name a level-1 or level-2 label?
  std::optional<LabelMatch> match_label(std::string_view cell) const;
};

// Text with ASCII white space and U+3000 removed (how labels are compared).
std::string strip_spaces(std::string_view text);

JIXIAO_END_NAMESPACE
