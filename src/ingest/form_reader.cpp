// SPDX-License-Identifier: Apache-2.0
// The form interpreter: the rows any front end makes → declarations, driven by
// the form vocabulary (form_vocabulary.hpp). The cells are read in reading order
// as one stream; the form's labels say what each value is, the indicator table's
// header row gives the column order of its records. Where a serialization lost the
// columns (single spaces, one cell per line) the records are rebuilt from that
// order: a row that holds one record is read from its right end (a name may hold
// spaces), a run of cells holding many records is cut by the header's columns
// and the shapes of the figures in them (分值 and 得分 are numbers). Every such
// inference is an INGEST_* diagnostic at its source line (docs/ingest.md).

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "ingest/cells.hpp"
#include "ingest/codes.hpp"
#include "ingest/form_vocabulary.hpp"
#include "ingest/seed_layout.hpp"
#include "ingest/tab_layout.hpp"
#include "ingest/text.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/money.hpp"
#include "jixiao/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using namespace std::string_view_literals;
using ingest::Field;
using ingest::FormLabel;
namespace codes = ingest::codes;

struct Token {
  std::string_view text;
  std::uint32_t line = 0;
  std::uint32_t row = 0;  // index of the source row
  std::uint32_t column = 0;  // the cell's column, when the source knows it
  std::uint64_t byte = 0;    // the cell's first byte in the input
};

bool is_number(std::string_view text) {
  auto t = text;
  if (t.ends_with("%"sv)) t.remove_suffix(1);
  return !t.empty() && Decimal::try_parse(t).has_value();
}

// A target with a number in it (a comparison, a range, a bare figure): a name
// never ends in one.
bool is_numeric_target(std::string_view text) {
  const Target t = parse_target(text);
  return t.kind() == TargetKind::compare || t.kind() == TargetKind::range;
}

bool is_dots(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (c != '.') return text.starts_with("…"sv) || text.starts_with("……"sv);
  return true;
}

std::string join(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

// The leading amount of a funds cell ("854万(高标准农田建设400万元,…)" → "854万").
std::string_view leading_amount(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == '.' || text[i] == ',')) ++i;
  if (i == 0) return {};
  for (auto unit : {"万元"sv, "万"sv, "元"sv})
    if (text.substr(i).starts_with(unit)) return text.substr(0, i + unit.size());
  return text.substr(0, i);
}

struct RawAmount {
  std::string text;
  std::uint32_t line = 0;
};

// One declaration's cells → a Declaration.
class DeclarationReader {
 public:
  DeclarationReader(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::size_t index,
                    ingest::DiagnosticSink& sink, bool selfeval, bool columns_known, std::string_view source)
      : t_(tokens), p_(begin), end_(end), index_(index), sink_(sink), source_(source), selfeval_(selfeval),
        columns_known_(columns_known), rebuilt_reported_(columns_known) {}

  Declaration read();

 private:
  enum class Zone { header, funds, goals, table };
  struct Group {
    std::string_view level1, level2;
    std::string printed;  // the printed label when an alias mapped it
    std::string printed_level1;  // the level-1's, kept for the rows of its level-2 groups
    bool have = false;
    bool rows = false;    // a record was read under it
  };

  void report(const ingest::Code& code, std::string message, std::uint32_t line,
              std::optional<std::size_t> indicator = std::nullopt) {
    sink_.add(code, std::move(message), index_, indicator, line);
  }
  bool at_end() const { return p_ >= end_; }
  Field field_at(std::size_t i) const { return i < end_ ? ingest::field_of(t_[i].text) : Field::none; }
  std::optional<FormLabel> label_at(std::size_t i) const {
    return i < end_ ? ingest::form_label(t_[i].text) : std::nullopt;
  }
  // Does the cell at i start something (a label, a column word, a heading)?
  bool is_marker(std::size_t i) const {
    if (i >= end_) return true;
    return field_at(i) != Field::none || label_at(i).has_value() || ingest::is_form_heading(t_[i].text);
  }
  // The cells from p_ up to the next marker.
  std::size_t values_end(std::size_t from) const {
    std::size_t e = from;
    while (e < end_ && !is_marker(e)) ++e;
    return e;
  }

  void step();
  void text_field(Field f);
  void amount(Field f);
  void goals_text();
  void table_header();
  void group_label(const FormLabel& label);
  void record();
  void record_by_column();
  void unit_from_name(Indicator& ind, std::size_t index);
  Indicator start_indicator(std::size_t begin);
  void finish_indicator(Indicator ind, const std::vector<std::pair<Field, std::string_view>>& cells, std::size_t index,
                        bool have_target, bool short_row);
  void finish();

  const std::vector<Token>& t_;
  std::size_t p_, end_;
  std::size_t index_;
  ingest::DiagnosticSink& sink_;
  std::string_view source_;
  bool selfeval_;
  Declaration decl_;
  Zone zone_ = Zone::header;

  // Funds.
  std::optional<Field> unit_;
  std::vector<Field> budget_columns_;
  std::vector<std::pair<Field, RawAmount>> amounts_;
  std::vector<Token> budget_rows_[2];  // 年度资金总额, 其中:财政拨款
  // Goals.
  std::vector<Field> goal_columns_;
  std::vector<Token> goal_text_;
  // Table.
  std::vector<Field> columns_;  // the value columns after 三级指标, in order
  std::vector<std::pair<std::uint32_t, Field>> header_columns_;  // each header cell's column
  bool columns_known_;
  Group group_;
  bool total_seen_ = false;
  bool rebuilt_reported_ = false;
  std::uint32_t last_line_ = 0;
};

void DeclarationReader::text_field(Field f) {
  const Token& label = t_[p_++];
  const std::size_t e = values_end(p_);
  const std::string value = join(t_, p_, e);
  p_ = e;
  if (value.empty()) return;
  std::optional<std::string>* slot = nullptr;
  switch (f) {
    case Field::project_name: slot = &decl_.project.name; break;
    case Field::supervisor: slot = &decl_.project.supervisor; break;
    case Field::implementer: slot = &decl_.project.implementer; break;
    case Field::nature: slot = &decl_.project.nature; break;
    case Field::category: slot = &decl_.project.category; break;
    default: break;
  }
  if (slot != nullptr) {
    if (!*slot) *slot = value;
    return;
  }
  if (f == Field::start_date || f == Field::end_date) {
    if (auto d = Date::parse(value)) {
      (f == Field::start_date ? decl_.project.start_date : decl_.project.end_date) = *d;
      return;
    }
  }
  // 项目负责人及电话, 项目期 …: the model has no field for it; kept here.
  report(codes::field_not_in_model,
         fmt::format("第{}行：「{}」的值「{}」没有对应的字段，未读入", label.line, label.text, ingest::excerpt(value)),
         label.line);
}

void DeclarationReader::amount(Field f) {
  const Token& label = t_[p_++];
  const std::size_t e = values_end(p_);
  if (!budget_columns_.empty()) {  // a 自评表's funds row: one figure per column
    std::vector<Token> row(t_.begin() + static_cast<std::ptrdiff_t>(p_), t_.begin() + static_cast<std::ptrdiff_t>(e));
    if (f == Field::amount_annual) budget_rows_[0] = std::move(row);
    else if (f == Field::amount_appropriation) budget_rows_[1] = std::move(row);
    else if (!row.empty())
      report(codes::field_not_in_model,
             fmt::format("第{}行：「{}」{}未读入", label.line, label.text, ingest::excerpt(join(t_, p_, e))), label.line);
    p_ = e;
    return;
  }
  if (p_ == e) return;
  RawAmount raw{join(t_, p_, e), t_[p_].line};
  p_ = e;
  if (f == Field::amount_part) {
    report(codes::field_not_in_model,
           fmt::format("第{}行：资金来源明细「{}」{}未单独读入", label.line, label.text, ingest::excerpt(raw.text)),
           label.line);
    return;
  }
  // The Shanghai layout prints 其他资金 twice, in reading order first under
  // 项目资金总额 (beside 其中:财政资金), then under 年度资金申请总额.
  if (f == Field::amount_other) {
    bool fiscal = false, total_other = false;
    for (const auto& [field, _] : amounts_) {
      fiscal = fiscal || field == Field::amount_total_fiscal;
      total_other = total_other || field == Field::amount_total_other;
    }
    if (fiscal && !total_other) f = Field::amount_total_other;
  }
  for (const auto& [field, _] : amounts_)
    if (field == f) {
      report(codes::field_repeated, fmt::format("第{}行：「{}」再次出现；保留先前的值", label.line, label.text),
             label.line);
      return;
    }
  amounts_.emplace_back(f, std::move(raw));
}

void DeclarationReader::goals_text() {
  const std::size_t e = values_end(p_);
  for (; p_ < e; ++p_) goal_text_.push_back(t_[p_]);
}

void DeclarationReader::table_header() {
  columns_.clear();
  header_columns_.clear();
  bool level3 = false;
  while (!at_end()) {
    const Field f = field_at(p_);
    if (f == Field::table) {
      ++p_;
      continue;
    }
    if (!ingest::is_table_column(f)) break;
    if (f == Field::column_level3) level3 = true;
    else if (level3 || (f != Field::column_level1 && f != Field::column_level2)) columns_.push_back(f);
    header_columns_.emplace_back(t_[p_].column, f);
    ++p_;
  }
  if (columns_.empty()) columns_.push_back(Field::column_target);
}

void DeclarationReader::group_label(const FormLabel& label) {
  const Token& tok = t_[p_++];
  if (label.weight)
    report(codes::group_weight,
           fmt::format("第{}行：分类「{}」带分值 {}（分值读自标签）", tok.line, label.printed, label.weight->to_string()),
           tok.line);
  if (!label.note.empty())
    report(codes::label_note, fmt::format("第{}行：分类「{}」带注记「{}」", tok.line, label.printed, label.note),
           tok.line);
  const LabelMatch& m = label.match;
  if (m.via_alias)
    report(codes::label_alias,
           fmt::format("第{}行：「{}」按「{}」读入", tok.line, m.label,
                       m.kind == LabelMatch::Kind::level1 ? m.level1 : m.level2),
           tok.line);
  if (m.kind == LabelMatch::Kind::level2) {
    std::string level1_printed = group_.have && group_.level1 == m.level1 ? group_.printed_level1 : std::string{};
    std::string printed = m.via_alias ? std::string(m.label) : level1_printed;
    group_ = Group{m.level1, m.level2, std::move(printed), std::move(level1_printed), true, false};
    return;
  }
  // A level-1 label. 成本指标 where a level-2 stands, under 产出指标 with no level-2
  // of its own after it: the pre-2021 layout.
  if (m.level1 == "成本指标"sv && group_.have && group_.level1 == "产出指标"sv) {
    const auto next = label_at(p_);
    if (!(next && next->match.kind == LabelMatch::Kind::level2 && next->match.level1 == "成本指标"sv)) {
      const LabelMatch cost = Taxonomy::pre2021_cost();
      decl_.taxonomy = TaxonomyEdition::e2015;
      report(codes::taxonomy_2015, fmt::format("第{}行：成本指标列在产出指标之下（2015 年版指标体系）", tok.line),
             tok.line);
      group_ = Group{cost.level1, cost.level2, {}, {}, true, false};
      return;
    }
  }
  // The level-1 printed again as its own level-2 (满意度指标 │ 满意度指标): the
  // level-1's only level-2.
  if (group_.have && group_.level1 == m.level1 && group_.level2.empty() && !group_.rows) {
    std::string_view only;
    std::size_t count = 0;
    for (const auto& e : Taxonomy::standard().entries())
      if (e.level1 == m.level1) {
        only = e.level2;
        ++count;
      }
    if (count == 1) {
      report(codes::label_alias, fmt::format("第{}行：二级指标「{}」按「{}」读入", tok.line, label.printed, only),
             tok.line);
      group_ = Group{m.level1, only, label.printed, group_.printed_level1, true, false};
      return;
    }
  }
  std::string printed = m.via_alias ? std::string(m.label) : std::string{};
  group_ = Group{m.level1, {}, printed, printed, true, false};
}

// Columns known (tabs, pipes, a sheet): each cell of the row is the header
// column it stands under; an empty cell is simply absent.
void DeclarationReader::record_by_column() {
  const std::size_t begin = p_;
  const std::uint32_t row = t_[begin].row;
  const std::size_t index = decl_.indicators.size();
  std::vector<std::pair<Field, const Token*>> cells;
  // The first cell is the record's even when it reads as a label (a name such as
  // 项目名称 in a column of names): the caller found nothing else it starts.
  while (p_ < end_ && t_[p_].row == row && (p_ == begin || !is_marker(p_))) {
    Field f = Field::none;
    for (const auto& [column, field] : header_columns_)
      if (column <= t_[p_].column) f = field;
    cells.emplace_back(f, &t_[p_]);
    ++p_;
  }
  Indicator ind = start_indicator(begin);
  std::vector<std::pair<Field, std::string_view>> values;
  for (const auto& [f, tok] : cells) {
    if (f == Field::column_level3 || f == Field::column_level1 || f == Field::column_level2 || f == Field::none) {
      if (!ind.name.empty()) ind.name += ' ';
      ind.name += tok->text;
    } else {
      values.emplace_back(f, tok->text);
    }
  }
  bool target = false;
  for (const auto& [f, _] : values) target = target || f == Field::column_target;
  finish_indicator(std::move(ind), values, index, target, false);
}

Indicator DeclarationReader::start_indicator(std::size_t begin) {
  Indicator ind;
  ind.level1 = std::string(group_.level1);
  ind.level2 = std::string(group_.level2);
  if (!group_.printed.empty()) ind.label = group_.printed;
  ind.line = t_[begin].line;
  last_line_ = std::max(last_line_, t_[p_ > begin ? p_ - 1 : begin].line);
  group_.rows = true;
  return ind;
}

void DeclarationReader::record() {
  if (columns_known_ && !header_columns_.empty()) {
    record_by_column();
    return;
  }
  const std::size_t begin = p_;
  const std::uint32_t row = t_[begin].row;
  // The cells of this record's row up to the next marker.
  std::size_t row_end = begin;
  while (row_end < end_ && t_[row_end].row == row && !is_marker(row_end)) ++row_end;
  const bool row_ends = row_end >= end_ || t_[row_end].row != row;
  const std::size_t n = row_end - begin;
  const std::size_t v = columns_.size();
  auto optional_column = [](Field f) { return f == Field::column_note || f == Field::column_reason; };
  auto numeric_column = [](Field f) { return f == Field::column_weight || f == Field::column_score; };
  std::size_t required = 0;
  for (std::size_t j = 0; j < v; ++j)
    if (!optional_column(columns_[j])) required = j + 1;

  std::size_t name_end = begin + 1;
  std::size_t values = 0;  // value cells read, in column order
  std::size_t target_extra = 0;  // cells after the target's first that belong to it
  std::string target_joined;
  const bool one_row = row_ends && n >= 1 + required && n <= 1 + v + 6;
  if (one_row) {
    // The row is this record: its values from the right, the name the cells before.
    std::optional<std::size_t> chosen;
    for (std::size_t c = required; c <= v && c + 1 <= n; ++c) {
      bool fits = true;
      for (std::size_t j = 0; j < c && fits; ++j)
        if (numeric_column(columns_[j]) && !is_number(t_[row_end - c + j].text)) fits = false;
      if (fits && is_numeric_target(t_[row_end - c - 1].text) && row_end - c - 1 > begin) fits = false;
      if (fits) {
        chosen = c;
        break;
      }
    }
    values = chosen.value_or(std::min(v, n - 1));
    // A target cut at its spaces (single spaces): 「=100.00」「(%)」, 「$\geq」「98.70\%$」.
    if (values >= 1 && columns_[values - 1] == Field::column_target) {
      auto continues = [](std::string_view before, std::string_view piece) {
        return ((piece.starts_with("("sv) || piece.starts_with("（"sv)) && is_numeric_target(before)) ||
               (piece.ends_with("$"sv) && !piece.starts_with("$"sv) && before.starts_with("$"sv) &&
                !before.ends_with("$"sv));
      };
      std::size_t first = row_end - 1;
      while (first > begin + values && continues(t_[first - 1].text, t_[first].text)) --first;
      target_extra = row_end - 1 - first;
      if (target_extra > 0) target_joined = join(t_, first, row_end);
    }
    name_end = row_end - values - target_extra;
    p_ = row_end;
  } else {
    // Records run on (one cell per line, or many records in one row): one cell
    // per column, an empty note/reason column unless the figures say otherwise.
    auto plausible = [&](std::size_t q) {
      if (q >= end_ || is_marker(q)) return true;
      std::size_t off = 1;
      for (const Field f : columns_) {
        if (optional_column(f)) continue;
        if (numeric_column(f) && (q + off >= end_ || !is_number(t_[q + off].text))) return false;
        ++off;
      }
      return true;
    };
    p_ = begin + 1;
    for (std::size_t j = 0; j < v; ++j) {
      if (p_ >= end_ || is_marker(p_)) break;
      if (optional_column(columns_[j]) && !(plausible(p_ + 1) && !plausible(p_))) break;
      ++values;
      ++p_;
    }
  }
  if (!rebuilt_reported_) {
      rebuilt_reported_ = true;
      report(codes::rows_rebuilt,
             fmt::format("第{}行：来源未保留表格的行与列，指标行按表头的列序（三级指标、{}）重建", t_[begin].line,
                         [&] {
                           std::string s;
                           for (const Field f : columns_) {
                             if (!s.empty()) s += "、";
                             s += ingest::field_name(f);
                           }
                           return s;
                         }()),
             t_[begin].line);
  }

  const std::size_t index = decl_.indicators.size();
  Indicator ind = start_indicator(begin);
  ind.name = join(t_, begin, name_end);
  std::vector<std::pair<Field, std::string_view>> cells;
  bool have_target = false;
  for (std::size_t j = 0; j < values; ++j) {
    const bool joined_target = target_extra > 0 && j + 1 == values;
    cells.emplace_back(columns_[j], joined_target ? std::string_view(target_joined) : t_[name_end + j].text);
    have_target = have_target || columns_[j] == Field::column_target;
  }
  finish_indicator(std::move(ind), cells, index, have_target, values < required);
}

void DeclarationReader::finish_indicator(Indicator ind, const std::vector<std::pair<Field, std::string_view>>& cells,
                                         std::size_t index, bool have_target, bool short_row) {
  const std::uint32_t line = ind.line.value_or(0);
  std::string target_raw, comparator, unit;
  for (const auto& [column, value] : cells) {
    const std::string text(value);
    switch (column) {
      case Field::column_target: target_raw = text; have_target = true; break;
      case Field::column_comparator:
        // An export's 计算符号 column says 定性/定量 for a target of words: its nature, no comparator.
        if (text == "定性" || text == "定量") ind.nature = text;
        else comparator = text;
        break;
      case Field::column_unit: unit = text; break;
      case Field::column_nature: ind.nature = text; break;
      case Field::column_note: ind.note = text; break;
      case Field::column_actual: ind.actual = text; break;
      case Field::column_reason: ind.reason = text; break;
      case Field::column_weight:
      case Field::column_score: {
        auto d = Decimal::try_parse(value);
        if (!d) {
          report(codes::amount_invalid,
                 fmt::format("第{}行：{}「{}」不是数字", line, ingest::field_name(column), ingest::excerpt(text)), line,
                 index);
          break;
        }
        (column == Field::column_weight ? ind.weight : ind.score) = *d;
        break;
      }
      default: break;
    }
  }
  if (!comparator.empty() || !unit.empty()) {
    // 计算符号 · 指标值 · 计量单位 in cells of their own: one target, raw their text joined.
    target_raw = comparator + target_raw + unit;
    report(codes::target_joined,
           fmt::format("第{}行：指标值由计算符号、指标值与计量单位三格合成「{}」", line, target_raw),
           line, index);
  }
  ind.target = parse_target(target_raw);
  if (is_number(target_raw)) unit_from_name(ind, index);
  if (ind.level2.empty() && !ind.level1.empty())
    report(codes::level2_unknown, fmt::format("第{}行：「{}」没有二级指标标签", line, ingest::excerpt(ind.name)),
           line, index);
  if (!group_.have)
    report(codes::orphan_row, fmt::format("第{}行：「{}」之前没有分类标签", line, ingest::excerpt(ind.name)),
           line, index);
  if (!have_target)
    report(codes::no_target, fmt::format("第{}行：指标「{}」没有指标值", line, ingest::excerpt(ind.name)),
           line, index);
  else if (short_row)
    report(codes::truncated,
           fmt::format("第{}行：指标「{}」缺少表头所列的数值列（只有 {} 列）", line, ingest::excerpt(ind.name), cells.size() + 1),
           line, index);
  else if (!ind.target.valid())
    report(codes::target_invalid,
           fmt::format("第{}行：指标值「{}」无法解析", line, ingest::excerpt(target_raw)),
           line, index);
  decl_.indicators.push_back(std::move(ind));
}

// A bare figure whose unit or comparator stands in the name (target-values.md):
// "实施营造林总面积(亩)" · "80000" → 80000 亩; "苗木成活率(≥**%)" · "85" → ≥85%. The
// name keeps its text, raw the printed figure.
void DeclarationReader::unit_from_name(Indicator& ind, std::size_t index) {
  ingest::KeyBuffer buf;
  const auto key = ingest::label_key(ind.name, buf);
  if (!key.ends_with(')')) return;
  const auto open = key.rfind('(');
  if (open == std::string_view::npos) return;
  const auto inner = key.substr(open + 1, key.size() - open - 2);
  if (inner.empty() || inner.size() > 24) return;
  std::string comparator, unit;
  if (const auto stars = inner.find("**"sv); stars != std::string_view::npos) {
    comparator = std::string(inner.substr(0, stars));
    unit = std::string(inner.substr(stars + 2));
  } else {
    unit = std::string(inner);
  }
  Target composed = parse_target(comparator + ind.target.raw + unit);
  if (composed.kind() != TargetKind::compare) return;
  composed.raw = ind.target.raw;
  ind.target = std::move(composed);
  const std::uint32_t line = ind.line.value_or(0);
  report(codes::unit_from_name,
         fmt::format("第{}行：指标值「{}」没有{}，按指标名称「{}」取「{}」", line, ind.target.raw,
                     comparator.empty() ? "单位" : "比较符与单位", ingest::excerpt(ind.name), comparator + unit),
         line, index);
}

// Reads the declaration one step at a time; every step consumes at least one
// cell. A step that consumed none would loop for ever: it is an interpreter fault,
// raised as an Error naming the cell (the fuzzers treat any such Error as a failure).
Declaration DeclarationReader::read() {
  decl_.source = SourceSpan{t_[p_].line, t_[p_].line};
  while (!at_end()) {
    const std::size_t before = p_;
    step();
    if (p_ <= before)
      throw Error(ErrorKind::parse,
                  fmt::format("{}: line {}: the form interpreter made no progress at the cell \"{}\" (an "
                              "interpreter fault; please report it with this input)",
                              source_, t_[before].line, ingest::excerpt(t_[before].text)),
                  t_[before].byte, t_[before].line, "a form cell the interpreter consumes", std::string(source_));
  }
  finish();
  return std::move(decl_);
}

void DeclarationReader::step() {
  const Token& tok = t_[p_];
  last_line_ = std::max(last_line_, tok.line);
  if (!decl_.year) decl_.year = ingest::year_of(tok.text);
  if (ingest::is_form_heading(tok.text) || ingest::year_of(tok.text)) {
    ++p_;
    return;
  }
  // 「(2024 年度)」 cut at its space (single spaces): the year over two cells.
  if (p_ + 1 < end_ && tok.text.size() <= 8 && t_[p_ + 1].text.size() <= 8) {
    const auto year = ingest::year_of(std::string(tok.text) + std::string(t_[p_ + 1].text));
    if (year) {
      if (!decl_.year) decl_.year = year;
      p_ += 2;
      return;
    }
  }
  const Field f = ingest::field_of(tok.text);
  if (zone_ == Zone::table) {
    if (auto label = ingest::form_label(tok.text)) {
      group_label(*label);
      return;
    }
    if (f == Field::table || tok.text == "绩效"sv || tok.text == "指标"sv) {  // a page break's piece of 绩效指标
      report(codes::fragment_skipped, fmt::format("第{}行：表中多余的「{}」已跳过", tok.line, tok.text), tok.line);
      ++p_;
      return;
    }
    if (ingest::is_table_column(f) && ingest::is_table_column(field_at(p_ + 1))) {
      report(codes::header_repeated, fmt::format("第{}行：表头再次出现", tok.line), tok.line);
      table_header();
      return;
    }
    if (f == Field::total_score) {
      ++p_;
      total_seen_ = true;
      const std::size_t e = values_end(p_);
      if (p_ < e) {
        if (!decl_.selfeval) decl_.selfeval.emplace();
        decl_.selfeval->total = std::string(t_[p_].text);
      }
      p_ = e;
      return;
    }
    if (f == Field::approval) {
      report(codes::text_ignored,
             fmt::format("第{}行起：表后的审核意见、盖章与注释未读入（「{}」…）", tok.line, ingest::excerpt(tok.text, 60)),
             tok.line);
      p_ = end_;
      return;
    }
    record();
    return;
  }
  if (ingest::is_text_field(f)) {
    zone_ = Zone::header;
    text_field(f);
    return;
  }
  if (f == Field::funds_wan || f == Field::funds_yuan || f == Field::funds_no_unit) {
    if (!unit_) unit_ = f;
    zone_ = Zone::funds;
    ++p_;
    return;
  }
  if (zone_ == Zone::funds &&
      (ingest::is_budget_column(f) || f == Field::column_weight || f == Field::column_score)) {
    budget_columns_.push_back(f == Field::column_weight ? Field::budget_weight
                              : f == Field::column_score ? Field::budget_score
                                                         : f);
    ++p_;
    return;
  }
  if (ingest::is_amount_field(f)) {
    zone_ = Zone::funds;
    amount(f);
    return;
  }
  if (f == Field::goals || f == Field::goal_overall || f == Field::goal_annual || f == Field::goal_achieved) {
    zone_ = Zone::goals;
    if (f != Field::goals) goal_columns_.push_back(f);
    ++p_;
    return;
  }
  // The header's first words start the table; plain pdftotext may have moved
  // 一级指标 into the cell before (「绩效 一级指标」), leaving 二级指标 first.
  if (f == Field::table || f == Field::column_level1 || f == Field::column_level2 || f == Field::column_level3) {
    zone_ = Zone::table;
    table_header();
    return;
  }
  if (zone_ == Zone::goals && !is_marker(p_)) {
    goals_text();
    return;
  }
  report(codes::text_ignored, fmt::format("第{}行：「{}」不是表中的字段，未读入", tok.line, ingest::excerpt(tok.text)),
         tok.line);
  ++p_;
}

void DeclarationReader::finish() {
  decl_.source->last_line = last_line_;
  // Goals: one text per goal column; with two columns (预期 / 实际) the texts split
  // at a row of dots or a new row.
  if (!goal_text_.empty()) {
    const Field first = goal_columns_.empty() ? Field::goal_annual : goal_columns_.front();
    std::size_t split = goal_text_.size();
    if (goal_columns_.size() >= 2) {
      for (std::size_t i = 0; i < goal_text_.size(); ++i)
        if (is_dots(goal_text_[i].text) || (columns_known_ && goal_text_[i].column != goal_text_[0].column)) {
          split = i;
          break;
        }
      // Columns lost, one text per goal column (one cell per line): a text each.
      if (!columns_known_ && split == goal_text_.size() && goal_text_.size() == goal_columns_.size()) split = 1;
      // Columns lost and the texts cut at their spaces (single spaces): the boundary
      // is known only where the second text repeats the first.
      if (!columns_known_ && split == goal_text_.size() && goal_text_.size() > goal_columns_.size()) {
        const std::size_t n = goal_text_.size();
        const std::uint32_t line = goal_text_.front().line;
        if (n % 2 == 0 && join(goal_text_, 0, n / 2) == join(goal_text_, n / 2, n)) {
          split = n / 2;
          report(codes::goals_split,
                 fmt::format("第{}行：来源未保留单元格，两栏目标文字相同，按重复处分开", line), line);
        } else {
          report(codes::goals_unsplit,
                 fmt::format("第{}行：来源未保留单元格，无法分开「{}」与「{}」两栏的文字；全部读入前一栏", line,
                             ingest::field_name(goal_columns_[0]), ingest::field_name(goal_columns_[1])),
                 line);
        }
      }
    }
    std::string a, b;
    for (std::size_t i = 0; i < goal_text_.size(); ++i) {
      if (is_dots(goal_text_[i].text)) continue;
      std::string& out = i < split ? a : b;
      if (!out.empty()) out += ' ';
      out += ingest::strip_html(goal_text_[i].text);
    }
    auto goal_slot = [&](Field f) -> std::optional<std::string>& {
      if (f == Field::goal_overall) return decl_.goals.overall;
      if (f == Field::goal_achieved) {
        if (!decl_.selfeval) decl_.selfeval.emplace();
        return decl_.selfeval->achieved;
      }
      return decl_.goals.annual;
    };
    // A second column without its own text (the achieved goal missing) keeps the
    // text in the first, as before.
    // The second text: the achieved goal of a 自评表 (预期 / 实际), else the second column's.
    Field second = first;
    if (goal_columns_.size() >= 2)
      second = std::find(goal_columns_.begin(), goal_columns_.end(), Field::goal_achieved) != goal_columns_.end()
                   ? Field::goal_achieved
                   : goal_columns_[1];
    goal_slot(first) = a;
    if (!b.empty()) {
      if (second != first) goal_slot(second) = b;
      else goal_slot(first) = a + " " + b;
    }
  }

  // Funds: the unit from its label; each amount exact, or its leading figure.
  const bool wan = unit_ == Field::funds_wan;
  if (unit_ == Field::funds_wan) decl_.funds.unit = "万元";
  else if (unit_ == Field::funds_yuan) decl_.funds.unit = "元";
  auto convert = [&](const RawAmount& raw, std::string_view label) -> std::optional<Money> {
    if (auto m = wan ? Money::try_parse_wan(raw.text) : Money::try_parse(raw.text)) return m;
    const auto lead = leading_amount(raw.text);
    if (lead.empty()) {
      report(codes::amount_invalid, fmt::format("第{}行：{}「{}」不是金额", raw.line, label, ingest::excerpt(raw.text)),
             raw.line);
      return std::nullopt;
    }
    auto m = wan ? Money::try_parse_wan(lead) : Money::try_parse(lead);
    if (!m) {
      report(codes::amount_invalid, fmt::format("第{}行：{}「{}」不是金额", raw.line, label, ingest::excerpt(raw.text)),
             raw.line);
      return std::nullopt;
    }
    const auto rest = std::string_view(raw.text).substr(lead.size());
    if (rest.starts_with(lead))
      report(codes::amount_uncertain,
             fmt::format("第{}行：{}「{}」重复了金额 {}，取 {}，数额存疑", raw.line, label, ingest::excerpt(raw.text),
                         lead, lead),
             raw.line);
    report(codes::amount_from_prose,
           fmt::format("第{}行：{}「{}」含说明文字，取开头的金额 {}", raw.line, label, ingest::excerpt(raw.text), lead),
           raw.line);
    return m;
  };
  std::optional<Money> own;
  for (const auto& [field, raw] : amounts_) {
    const auto label = field == Field::amount_total_other ? "其他资金"sv : ingest::field_name(field);
    const auto money = convert(raw, label);
    if (!money) continue;
    switch (field) {
      case Field::amount_total: decl_.funds.total = money; break;
      case Field::amount_total_fiscal: decl_.funds.total_fiscal = money; break;
      case Field::amount_total_other: decl_.funds.total_other = money; break;
      case Field::amount_annual: decl_.funds.annual = money; break;
      case Field::amount_appropriation: decl_.funds.annual_appropriation = money; break;
      case Field::amount_carryover: decl_.funds.annual_carryover = money; break;
      case Field::amount_other: decl_.funds.annual_other = money; break;
      case Field::amount_own: own = money; break;
      default: break;
    }
  }
  if (!decl_.funds.annual && decl_.funds.annual_appropriation && (own || decl_.funds.annual_other)) {
    // (一)财政拨款小计 + (二)自有资金小计 + (三)其他收入 with no figure beside 年度资金总额.
    Money sum = *decl_.funds.annual_appropriation;
    if (own) sum = sum + *own;
    if (decl_.funds.annual_other) sum = sum + *decl_.funds.annual_other;
    decl_.funds.annual = sum;
    report(codes::amount_inferred,
           fmt::format("年度资金总额没有数额，按财政拨款、自有资金与其他收入之和取 {}", wan ? sum.wan().to_string() : sum.yuan().to_string()),
           decl_.source->first_line);
  }

  // A 自评表's funds block: figures as printed, per column.
  if (!budget_columns_.empty()) {
    if (!decl_.selfeval) decl_.selfeval.emplace();
    BudgetExecution& b = decl_.selfeval->budget;
    auto& total_row = budget_rows_[0];
    auto& fiscal_row = budget_rows_[1];
    for (std::size_t j = 0; j < budget_columns_.size(); ++j) {
      std::optional<std::string> value;
      if (j < total_row.size()) value = std::string(total_row[j].text);
      const bool fiscal_has = j < fiscal_row.size();
      if (fiscal_has && (!value || (is_number(*value) && Decimal::try_parse(*value) &&
                                    Decimal::try_parse(*value)->is_zero() && is_number(fiscal_row[j].text) &&
                                    !Decimal::try_parse(fiscal_row[j].text)->is_zero()))) {
        if (value)
          report(codes::funds_inconsistent,
                 fmt::format("第{}行：{}在年度资金总额行为 {}，在财政拨款行为 {}；取财政拨款行的数", fiscal_row[j].line,
                             ingest::field_name(budget_columns_[j]), *value, fiscal_row[j].text),
                 fiscal_row[j].line);
        value = std::string(fiscal_row[j].text);
      }
      switch (budget_columns_[j]) {
        case Field::budget_year_start: b.year_start = value; break;
        case Field::budget_annual: b.annual = value; break;
        case Field::budget_executed: b.executed = value; break;
        case Field::budget_weight: b.weight = value; break;
        case Field::budget_rate: b.rate = value; break;
        case Field::budget_score: b.score = value; break;
        default: break;
      }
    }
    if (b.rate && b.executed && is_number(*b.rate) && is_number(*b.executed)) {
      auto r = std::string_view(*b.rate);
      if (r.ends_with('%')) r.remove_suffix(1);
      if (Decimal::try_parse(r)->is_zero() && !Decimal::try_parse(*b.executed)->is_zero())
        report(codes::funds_inconsistent,
               fmt::format("执行率印为 {}，而全年执行数为 {}：执行率存疑", *b.rate, *b.executed),
               total_row.empty() ? decl_.source->first_line : total_row.front().line);
    }
    if (b.annual && !decl_.funds.annual)
      if (auto m = wan ? Money::try_parse_wan(*b.annual) : Money::try_parse(*b.annual)) decl_.funds.annual = m;
  }

  // Where the document stopped.
  const std::uint32_t last = end_ > 0 ? t_[end_ - 1].line : 0;
  if (zone_ != Zone::table) {
    report(codes::truncated, fmt::format("第{}行：申报表在指标表之前结束", last), last);
  } else if (group_.have && !group_.rows) {
    report(codes::truncated,
           fmt::format("第{}行：文本在分类「{}」之后中断，其下的指标缺失", last,
                       group_.printed.empty() ? (group_.level2.empty() ? group_.level1 : group_.level2)
                                              : std::string_view(group_.printed)),
           last);
  } else if (selfeval_ && !total_seen_) {
    report(codes::truncated, fmt::format("第{}行：自评表在「总分」之前结束", last), last);
  }
  if (decl_.indicators.empty() && zone_ == Zone::table)
    report(codes::table_empty, "指标表没有指标行", last);
  std::string missing;
  if (!decl_.project.name) missing += "项目名称、";
  if (!decl_.funds.annual && !decl_.funds.total) missing += "资金、";
  if (!missing.empty()) {
    missing.resize(missing.size() - 3);
    report(codes::fields_missing, fmt::format("缺少：{}", missing), decl_.source->first_line);
  }
}

// Collects the cells of every row (copies: a RowSource's views last only until its
// next row), joins labels printed over two cells, and cuts the stream at headings.
class FormInterpreter {
 public:
  FormInterpreter(const IngestOptions& options, bool columns_known)
      : columns_known_(columns_known), source_(options.source_name.empty() ? std::string("<input>") : options.source_name), limits_(options.limits) {}

  void add(const GridRow& row) {
    for (const auto& cell : row.cells) {
      if (cell.text.empty()) continue;
      bytes_ += cell.text.size();
      if (bytes_ > limits_.max_input_bytes)
        throw Error(ErrorKind::limit,
                    fmt::format("{}: input exceeds the limit max_input_bytes = {}", source_, limits_.max_input_bytes),
                    cell.origin.byte, cell.origin.line, "max_input_bytes", source_);
      tokens_.push_back(Token{keep(cell.text), cell.origin.line, rows_, cell.column, cell.origin.byte});
    }
    ++rows_;
  }

  Document finish() {
    Document doc;
    ingest::DiagnosticSink sink(doc.diagnostics);
    join_split_labels(sink);
    // Headings start declarations; a heading with no form field before the next one
    // is a page title.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (!ingest::is_form_heading(tokens_[i].text)) continue;
      if (!starts.empty()) {
        bool fields = false;
        for (std::size_t j = starts.back(); j < i && !fields; ++j)
          fields = ingest::field_of(tokens_[j].text) != Field::none;
        if (!fields) {
          if (!doc.title) doc.title = std::string(tokens_[starts.back()].text);
          starts.back() = i;
          continue;
        }
      }
      starts.push_back(i);
    }
    if (starts.empty()) {
      // No heading: a form all the same when its labels are there.
      std::size_t fields = 0;
      for (const auto& t : tokens_)
        if (ingest::field_of(t.text) == Field::project_name || ingest::field_of(t.text) == Field::table) ++fields;
      if (fields >= 2) {
        starts.push_back(0);
        sink.add(codes::heading_missing, "没有找到申报表或自评表的标题，按表中的字段读入", std::nullopt, std::nullopt,
                 tokens_.front().line);
      }
    }
    if (starts.empty()) {
      sink.add(codes::no_declaration,
               tokens_.empty()
                   ? fmt::format("{}：输入没有任何内容，未读到申报表", source_)
                   : fmt::format("{}：没有找到绩效目标申报表或自评表（{} 个单元格，以「{}」开头），未读到申报表", source_,
                                 tokens_.size(), ingest::excerpt(tokens_.front().text, 60)),
               std::nullopt, std::nullopt, tokens_.empty() ? std::nullopt : std::optional(tokens_.front().line));
      return doc;
    }
    // The title is the cell before the first heading (as the seed's reader takes
    // the line before it); anything earlier is reported.
    std::size_t preamble = starts.front();
    // The whole row (single spaces cut it into cells), when the heading is on a row of its own.
    if (preamble > 0 && !doc.title && tokens_[preamble - 1].row != tokens_[preamble].row) {
      const std::size_t last = preamble;
      const std::uint32_t row = tokens_[last - 1].row;
      while (preamble > 0 && tokens_[preamble - 1].row == row) --preamble;
      doc.title = join(tokens_, preamble, last);
    }
    if (preamble > 0)
      sink.add(codes::text_ignored,
               fmt::format("第{}行至第{}行：标题之前的内容未读入（「{}」…）", tokens_.front().line,
                           tokens_[preamble - 1].line, ingest::excerpt(tokens_.front().text, 60)),
               std::nullopt, std::nullopt, tokens_.front().line);
    if (starts.size() > limits_.max_declarations)
      throw Error(ErrorKind::limit, fmt::format("{}: more than max_declarations = {} declarations", source_,
                                                limits_.max_declarations),
                  0, tokens_[starts[limits_.max_declarations]].line, "max_declarations", source_);
    for (std::size_t k = 0; k < starts.size(); ++k) {
      const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : tokens_.size();
      const bool selfeval = ingest::is_selfeval_heading(tokens_[starts[k]].text);
      DeclarationReader reader(tokens_, starts[k], end, doc.declarations.size(), sink, selfeval, columns_known_,
                               source_);
      doc.declarations.push_back(reader.read());
    }
    return doc;
  }

 private:
  std::string_view keep(std::string_view text) { return storage_.emplace_back(text); }

  void join_split_labels(ingest::DiagnosticSink& sink) {
    std::vector<Token> out;
    out.reserve(tokens_.size());
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (i + 1 < tokens_.size() && ingest::joins_into_label(tokens_[i].text, tokens_[i + 1].text)) {
        std::string joined(tokens_[i].text);
        joined += tokens_[i + 1].text;
        sink.add(codes::label_joined,
                 fmt::format("第{}行：「{}」与「{}」合为一个标签「{}」", tokens_[i].line, tokens_[i].text,
                             tokens_[i + 1].text, joined),
                 std::nullopt, std::nullopt, tokens_[i].line);
        out.push_back(Token{keep(joined), tokens_[i].line, tokens_[i].row, tokens_[i].column, tokens_[i].byte});
        ++i;
        continue;
      }
      out.push_back(tokens_[i]);
    }
    tokens_ = std::move(out);
  }

  bool columns_known_;
  std::string source_;
  IngestLimits limits_;
  std::deque<std::string> storage_;
  std::vector<Token> tokens_;
  std::size_t bytes_ = 0;
  std::uint32_t rows_ = 0;
};

}  // namespace

namespace {

// A cell's text with its line breaks (a wrapped name or paragraph) undone: none
// between two CJK characters (Chinese has no spaces), one space otherwise.
std::string unwrapped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      out += text[i];
      continue;
    }
    const bool wide_before = !out.empty() && static_cast<unsigned char>(out.back()) >= 0x80;
    const bool wide_after = i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80;
    if (!(wide_before || wide_after) && !out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

// The rows of a source, copied (a source's views last only until its next row),
// handed out again as a source: read_rows looks at the whole grid to choose the
// reader for its layout.
class KeptRows final : public TextRowSource {
 public:
  explicit KeptRows(RowSource& from)
      : serialization_(from.serialization()), columns_known_(from.columns_known()),
        text_(dynamic_cast<TextRowSource*>(&from)) {
    while (const GridRow* row = from.next()) {
      GridRow& kept = grid_.rows.emplace_back(*row);
      for (auto& cell : kept.cells)
        if (!cell.text.empty()) cell.text = grid_.keep(unwrapped(cell.text));
      if (text_ != nullptr && !text_->invalid_utf8().empty()) {
        bad_rows_.push_back(grid_.rows.size() - 1);
        bad_.insert(bad_.end(), text_->invalid_utf8().begin(), text_->invalid_utf8().end());
        bad_ends_.push_back(bad_.size());
      }
    }
  }
  const Grid& grid() const noexcept { return grid_; }
  const GridRow* next() override {
    if (next_ >= grid_.rows.size()) return nullptr;
    current_bad_ = {};
    if (bad_at_ < bad_rows_.size() && bad_rows_[bad_at_] == next_) {
      const std::size_t begin = bad_at_ == 0 ? 0 : bad_ends_[bad_at_ - 1];
      current_bad_ = std::span<const InvalidUtf8>(bad_).subspan(begin, bad_ends_[bad_at_] - begin);
      ++bad_at_;
    }
    return &grid_.rows[next_++];
  }
  Serialization serialization() const noexcept override { return serialization_; }
  bool columns_known() const noexcept override { return columns_known_; }
  std::span<const InvalidUtf8> invalid_utf8() const noexcept override { return current_bad_; }

 private:
  Serialization serialization_;
  bool columns_known_;
  TextRowSource* text_;
  Grid grid_;
  std::vector<std::size_t> bad_rows_, bad_ends_;
  std::vector<InvalidUtf8> bad_;
  std::size_t next_ = 0, bad_at_ = 0;
  std::span<const InvalidUtf8> current_bad_;
};

// The Shanghai 申报表 (the seed's layout): its funds block says 年度资金申请总额 and
// no heading is a 自评表. With its columns known, the seed's placement rules read it
// (assembler.cpp, placer.cpp: merged labels, shifted columns, page-break fragments).
bool is_seed_layout(const Grid& grid) {
  bool seed_funds = false;
  for (const auto& row : grid.rows)
    for (const auto& cell : row.cells) {
      if (cell.text.empty() || cell.text.size() > 4 * ingest::max_key_bytes) continue;
      if (ingest::is_selfeval_heading(cell.text)) return false;
      // A split-column header (计算符号 · 计量单位) and every label the seed's reader
      // does not know (ingest/tab_layout.hpp): another layout, for form_reader.
      if (ingest::only_other_layouts_print(cell.text)) return false;
      ingest::KeyBuffer buf;
      seed_funds = seed_funds || ingest::label_key(cell.text, buf) == "年度资金申请总额"sv;
    }
  return seed_funds;
}

}  // namespace

Document read_rows(RowSource& rows, const IngestOptions& options) {
  if (rows.columns_known()) {
    KeptRows kept(rows);
    if (is_seed_layout(kept.grid())) return ingest::read_seed_layout(kept, options);
    return read_grid(kept.grid(), options);
  }
  FormInterpreter interpreter(options, rows.columns_known());
  while (const GridRow* row = rows.next()) interpreter.add(*row);
  return interpreter.finish();
}

Document read_grid(const Grid& grid, const IngestOptions& options) {
  FormInterpreter interpreter(options, grid.columns_known);
  for (const auto& row : grid.rows) interpreter.add(row);
  return interpreter.finish();
}

JIXIAO_END_NAMESPACE
