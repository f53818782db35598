// SPDX-License-Identifier: Apache-2.0
#include "ingest/placer.hpp"

#include <fmt/format.h>

#include "ingest/text.hpp"

#include "jixiao/error.hpp"
#include "jixiao/target.hpp"
#include "jixiao/taxonomy.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

using namespace std::string_view_literals;

constexpr std::string_view cost_level1 = "成本指标"sv;
constexpr std::string_view output_level1 = "产出指标"sv;

std::string group_name(std::string_view level1, std::string_view level2) {
  if (level1.empty() && level2.empty()) return "（未定）";
  return fmt::format("{}/{}", level1.empty() ? "？"sv : level1, level2.empty() ? "？"sv : level2);
}

// A lone cell that is clearly a value, not a name: a comparison, range, date or
// period. (A lone word such as 合规 is taken as a name without a target.)
bool looks_like_target(const Target& t) {
  switch (t.kind()) {
    case TargetKind::compare:
    case TargetKind::range:
    case TargetKind::deadline:
    case TargetKind::period:
      return true;
    default:
      return false;
  }
}

}  // namespace

RowPlacer::RowPlacer(Declaration& declaration, std::size_t declaration_index, DiagnosticSink& sink,
                     RowBudget& budget)
    : decl_(declaration), decl_index_(declaration_index), sink_(sink), budget_(budget) {}

void RowPlacer::report(const Code& code, std::string message, std::optional<std::size_t> indicator,
                       std::uint32_t line) {
  sink_.add(code, std::move(message), decl_index_, indicator, line);
}

void RowPlacer::header(const std::vector<GridCell>& cells, std::uint32_t line) {
  if (header_seen_) {
    report(codes::header_repeated, fmt::format("第{}行：重复的表头（分页所致），已跳过", line), std::nullopt, line);
  } else {
    header_seen_ = true;
    header_line_ = line;
    for (const auto& cell : cells)
      if (!cell.text.empty() && classify_table_cell(cell.text).word == FormWord::header_level2)
        level2_column_ = cell.column;
  }
  break_since_row_ = true;
}

void RowPlacer::assign(Indicator& indicator, const Group& group) {
  indicator.level1.assign(group.level1);
  indicator.level2.assign(group.level2);
  if (group.label.empty()) {
    indicator.label.reset();
  } else {
    indicator.label = std::string(group.label);
  }
}

void RowPlacer::flush_pending(std::string_view why) {
  for (const std::size_t index : pending_) {
    const auto& ind = decl_.indicators[index];
    report(codes::level2_unknown,
           fmt::format("第{}行：「{}」的二级指标无法确定（{}）", ind.line.value_or(0), excerpt(ind.name), why), index,
           ind.line.value_or(0));
  }
  pending_.clear();
  pending_open_ = false;
}

// The row just before a newly labelled group is either the last row of the group
// above (merged cells run downwards) or the first of the group below (its merged
// label printed lower, on this row). The name decides, and only when it reads as
// the group below and not as the one above.
void RowPlacer::place_boundary_row(const Group& below) {
  if (!last_row_ || !last_row_unlabelled_ || labels_since_row_) return;
  Indicator& row = decl_.indicators[*last_row_];
  if (row.level2.empty()) return;
  const NameCue cue = Taxonomy::standard().cue_from_name(row.name);
  if (!cue || cue.level2 == row.level2) return;
  const std::uint32_t line = row.line.value_or(0);
  if (cue.level2 == below.level2) {
    const std::string above = group_name(row.level1, row.level2);
    assign(row, below);
    report(codes::group_from_name,
           fmt::format("第{}行：「{}」没有分类标签，处在「{}」组与下方「{}」组之间；按名称归入下方的 {}（也可能属于上方的 {}）",
                       line, excerpt(row.name), above, group_name(below.level1, below.level2),
                       group_name(below.level1, below.level2), above),
           *last_row_, line);
  } else if (cue.strong) {
    report(codes::name_suggests_other,
           fmt::format("第{}行：「{}」按合并单元格归入 {}，但名称读作 {}",
                       line, excerpt(row.name), group_name(row.level1, row.level2), group_name(cue.level1, cue.level2)),
           *last_row_, line);
  }
}

void RowPlacer::start_group(const Group& group, std::uint32_t line, std::optional<std::size_t> row_index) {
  if (group.level2.empty()) {
    // A level-1 label alone: its level-2 is printed on a later row of the group.
    if (pending_open_ && !pending_.empty()) flush_pending(fmt::format("第{}行开始了另一个一级指标", line));
    current_ = group;
    have_group_ = true;
    pending_open_ = !group.closed;
    return;
  }
  if (pending_open_) {
    if (current_.level1.empty() || current_.level1 == group.level1) {
      for (const std::size_t index : pending_) {
        if (row_index && index == *row_index) continue;
        auto& ind = decl_.indicators[index];
        assign(ind, group);
        report(codes::label_from_below,
               fmt::format("第{}行：「{}」的分类取自下方第{}行的合并单元格 {}", ind.line.value_or(0), excerpt(ind.name),
                           line, group_name(group.level1, group.level2)),
               index, ind.line.value_or(0));
      }
      pending_.clear();
      pending_open_ = false;
    } else {
      flush_pending(fmt::format("第{}行的二级指标属于另一个一级指标 {}", line, group.level1));
    }
  } else if (have_group_ && current_.level2 != group.level2) {
    place_boundary_row(group);
  }
  current_ = group;
  have_group_ = true;
}

void RowPlacer::row(const std::vector<GridCell>& cells, std::uint32_t line) {
  classes_.clear();
  texts_.clear();
  labels_.clear();
  std::string_view fragment_text;
  int header_words = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].text.empty()) {
      classes_.emplace_back();
      continue;
    }
    classes_.push_back(classify_table_cell(cells[i].text));
    const CellClass& c = classes_.back();
    if (c.word == FormWord::fragment || is_table_header(c.word)) {
      if (is_table_header(c.word)) ++header_words;
      if (fragment_text.empty()) fragment_text = cells[i].text;
    } else if (c.label) {
      labels_.push_back(i);
    } else {
      texts_.push_back(i);
    }
  }
  if (header_words >= 2) {  // the table header again (a page break)
    header(cells, line);
    return;
  }
  const std::size_t index = decl_.indicators.size();

  // More than [name, target]: a leading cell that looks like a label but is not one
  // of the taxonomy (效果指标) is reported and set aside.
  std::size_t unknown_labels = 0;
  std::string unknown_text;
  while (texts_.size() - unknown_labels > 2 && cells[texts_[unknown_labels]].text.ends_with("指标"sv)) {
    if (!unknown_text.empty()) unknown_text += "、";
    unknown_text += cells[texts_[unknown_labels]].text;
    ++unknown_labels;
  }
  const std::size_t first_text = unknown_labels;
  const std::size_t text_count = texts_.size() - unknown_labels;

  // Which labels does the row carry?
  const LabelMatch* level1_label = nullptr;
  const LabelMatch* level2_label = nullptr;
  std::optional<LabelMatch> pre2021;
  std::string conflicts;
  std::size_t cost_cell = cells.size();
  for (const std::size_t i : labels_) {
    const LabelMatch& m = *classes_[i].label;
    if (m.kind == LabelMatch::Kind::level2) {
      if (level2_label == nullptr) {
        level2_label = &m;
      } else if (level2_label->level2 != m.level2) {
        conflicts += fmt::format("二级指标「{}」与「{}」并存；", excerpt(level2_label->label), m.label);
      }
      continue;
    }
    if (m.level1 == cost_level1 && cost_cell == cells.size() &&
        ((level1_label != nullptr && level1_label->level1 == output_level1) ||
         (level1_label == nullptr && have_group_ && current_.level1 == output_level1 &&
          (cells[i].column == level2_column_ || decl_.taxonomy == TaxonomyEdition::e2015)))) {
      cost_cell = i;  // 成本指标 in the level-2 place: the 2015 layout (unless a 2021 level-2 follows)
      continue;
    }
    if (level1_label == nullptr) {
      level1_label = &m;
    } else if (level1_label->level1 != m.level1) {
      conflicts += fmt::format("一级指标「{}」与「{}」并存；", excerpt(level1_label->label), m.label);
    }
  }
  if (cost_cell != cells.size()) {
    if (level2_label == nullptr) {
      pre2021 = Taxonomy::pre2021_cost();
      level2_label = &*pre2021;
    } else if (level1_label == nullptr) {
      level1_label = &*classes_[cost_cell].label;  // 成本指标 │ 经济成本指标: the 2021 layout after all
    }
  }
  if (level2_label != nullptr && level1_label != nullptr && level1_label->level1 != level2_label->level1 &&
      !pre2021) {
    conflicts += fmt::format("一级指标「{}」与二级指标「{}」不符，按指标体系取 {}；", excerpt(level1_label->label),
                             excerpt(level2_label->label), level2_label->level1);
  }

  // The group this row starts (or continues). An unknown label in the level-2
  // place is never used as a level-2: beside a level-1 label the row opens that
  // level-1 (its level-2 then comes from a label printed lower, as for a level-1
  // alone); with no level-1 it ends the group above and starts one whose level-2
  // stays unknown.
  const bool unknown_group = level2_label == nullptr && level1_label == nullptr && unknown_labels > 0;
  const bool has_labels = level1_label != nullptr || level2_label != nullptr || unknown_group;
  const bool makes_indicator = text_count > 0;
  const std::optional<std::size_t> row_index = makes_indicator ? std::optional<std::size_t>(index) : std::nullopt;
  bool level1_inferred = false;
  if (level2_label != nullptr) {
    const Group group{level2_label->level1, level2_label->level2,
                      level2_label->via_alias ? level2_label->label : std::string_view{}};
    level1_inferred = level1_label == nullptr && !pre2021 && (!have_group_ || current_.level1 != group.level1);
    start_group(group, line, row_index);
  } else if (unknown_group) {
    unknown_label_ = std::string(cells[texts_[unknown_labels - 1]].text);
    const std::string_view level1 =
        level1_label != nullptr ? level1_label->level1 : (have_group_ ? current_.level1 : std::string_view{});
    start_group(Group{level1, {}, unknown_label_, true}, line, row_index);
  } else if (level1_label != nullptr) {
    if (unknown_labels > 0 ||
        !(have_group_ && current_.level1 == level1_label->level1 && (!current_.level2.empty() || current_.closed)))
      start_group(Group{level1_label->level1, {}, {}}, line, row_index);
    // else: the level-1's merged cell printed inside its group; the level-2 goes on.
  }

  if (!makes_indicator) {
    if (has_labels) {
      report(codes::label_only_row,
             fmt::format("第{}行：只有分类标签 {}，没有指标；其后的行沿用此分类", line,
                         group_name(current_.level1, current_.level2)),
             std::nullopt, line);
      labels_since_row_ = true;
    } else if (!fragment_text.empty()) {
      report(codes::fragment_skipped, fmt::format("第{}行：分页残片「{}」不是数据，已跳过", line, excerpt(fragment_text)),
             std::nullopt, line);
      break_since_row_ = true;
    }
    if (!conflicts.empty()) report(codes::label_conflict, fmt::format("第{}行：{}", line, conflicts), std::nullopt, line);
    return;
  }

  const GridCell& first = cells[texts_[first_text]];
  if (budget_.used >= budget_.limit) {
    throw Error(ErrorKind::limit,
                fmt::format("{}:{}: more than max_rows = {} indicator rows", budget_.source, line, budget_.limit),
                first.origin.byte, line, "max_rows", std::string(budget_.source));
  }
  ++budget_.used;

  // Name and target.
  std::string_view name_text;
  std::optional<std::string_view> target_text;
  std::optional<std::uint32_t> target_column;
  if (text_count >= 2) {
    name_text = first.text;
    target_text = cells[texts_[first_text + 1]].text;
    target_column = cells[texts_[first_text + 1]].column;
  }
  Indicator indicator;
  bool no_name = false;
  if (text_count == 1) {
    Target lone = parse_target(first.text);
    if (looks_like_target(lone)) {
      no_name = true;
      indicator.target = std::move(lone);
      target_column = first.column;
    } else {
      name_text = first.text;
    }
  }
  indicator.name.assign(name_text);
  if (target_text) {
    indicator.target = parse_target(*target_text);
    if (indicator.target.raw != *target_text) indicator.target.raw.assign(*target_text);
  } else if (!no_name) {
    indicator.target.raw.clear();
    indicator.target.value = InvalidTarget{0, "指标值", "该行没有指标值"};
  }
  indicator.line = line;

  // Placement.
  const bool pending = !has_labels ? (!have_group_ || pending_open_) : pending_open_;
  if (!has_labels && !have_group_) {
    current_ = Group{};
    have_group_ = true;
    pending_open_ = true;
  }
  if (pending) {
    indicator.level1.assign(current_.level1);
    pending_.push_back(index);
  } else {
    assign(indicator, current_);
  }
  decl_.indicators.push_back(std::move(indicator));
  const Indicator& ind = decl_.indicators.back();

  // Reports about this row.
  if (!fragment_text.empty())
    report(codes::fragment_skipped, fmt::format("第{}行：分页残片「{}」不是数据，已跳过", line, excerpt(fragment_text)), index, line);
  if (!pending && current_.closed)
    report(codes::level2_unknown,
           fmt::format("第{}行：「{}」所在组的二级指标「{}」不在指标体系中，二级指标留空", line, excerpt(ind.name), excerpt(current_.label)),
           index, line);
  if (unknown_labels > 0)
    report(codes::unknown_label,
           fmt::format("第{}行：「{}」不是指标体系中的一级或二级指标，未作分类使用", line, excerpt(unknown_text)), index, line);
  if (!conflicts.empty()) report(codes::label_conflict, fmt::format("第{}行：{}", line, conflicts), index, line);
  if (level1_inferred)
    report(codes::level1_inferred,
           fmt::format("第{}行：二级指标「{}」所在行没有一级指标，按指标体系归入「{}」", line, excerpt(level2_label->label),
                       ind.level1),
           index, line);
  if (level2_label != nullptr && level2_label->via_alias) {
    if (pre2021) {
      if (!reported_2015_)
        report(codes::taxonomy_2015,
               fmt::format("第{}行：「成本指标」作为产出指标下的二级指标（2015 年版指标体系），读作 成本指标/经济成本指标",
                           line),
               index, line);
      reported_2015_ = true;
      decl_.taxonomy = TaxonomyEdition::e2015;
    } else {
      report(codes::label_alias,
             fmt::format("第{}行：二级指标「{}」是「{}」的别名", line, excerpt(level2_label->label), level2_label->level2),
             index, line);
    }
  }
  if (!has_labels && !pending && break_since_row_ && last_row_)
    report(codes::label_across_break,
           fmt::format("第{}行：「{}」没有分类标签，跨越空行或分页沿用上方的 {}", line, excerpt(ind.name),
                       group_name(ind.level1, ind.level2)),
           index, line);
  if (!has_labels && first.column == 0 && target_column && *target_column >= first.column + 2)
    report(codes::orphan_row,
           fmt::format("第{}行：孤立行，指标名「{}」在第 1 列，指标值在第 {} 列", line, excerpt(ind.name), *target_column + 1),
           index, line);
  if (no_name) {
    report(codes::no_name, fmt::format("第{}行：只有指标值「{}」，没有指标名", line, excerpt(ind.target.raw)), index, line);
  } else if (!target_text) {
    report(codes::no_target, fmt::format("第{}行：「{}」没有指标值", line, excerpt(ind.name)), index, line);
  } else if (!ind.target.valid()) {
    const auto& invalid = std::get<InvalidTarget>(ind.target.value);
    report(codes::target_invalid,
           fmt::format("第{}行：「{}」的指标值「{}」无法解析：{}", line, excerpt(ind.name), excerpt(ind.target.raw), invalid.message),
           index, line);
  }
  if (text_count > 2) {
    std::string extra;
    for (std::size_t k = first_text + 2; k < texts_.size(); ++k) {
      if (!extra.empty()) extra += "、";
      extra += fmt::format("「{}」", excerpt(cells[texts_[k]].text));
    }
    report(codes::extra_cells,
           fmt::format("第{}行：指标名和指标值之外还有 {}，未读入", line, extra), index, line);
  }

  last_row_ = index;
  last_row_unlabelled_ = !has_labels;
  labels_since_row_ = false;
  break_since_row_ = false;
  last_row_incomplete_ = !target_text && !no_name;
}

std::optional<Indicator> RowPlacer::take_trailing_caption() {
  if (!last_row_ || !last_row_unlabelled_ || !last_row_incomplete_ || *last_row_ + 1 != decl_.indicators.size())
    return std::nullopt;
  Indicator caption = std::move(decl_.indicators.back());
  decl_.indicators.pop_back();
  std::erase(pending_, *last_row_);
  sink_.retract(decl_index_, *last_row_);
  --budget_.used;
  last_row_.reset();
  last_row_incomplete_ = false;
  return caption;
}

void RowPlacer::finish() {
  if (pending_open_ && !pending_.empty()) flush_pending("表格结束前没有出现二级指标标签");
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
