// SPDX-License-Identifier: Apache-2.0
#include "ingest/cells.hpp"

#include <array>
#include <cstring>
#include <utility>

#include "ingest/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

using namespace std::string_view_literals;

struct Word {
  std::string_view key;  // label_key() form: no spaces, ASCII ( ) :
  FormWord word;
};

// The form's own vocabulary (domain.md, "One declaration"; the table header; the
// row-header pieces a page break leaves behind).
constexpr std::array<Word, 34> vocabulary{{
    {"绩效指标"sv, FormWord::fragment},
    {"绩效"sv, FormWord::fragment},
    {"指标"sv, FormWord::fragment},
    {"项目绩效目标"sv, FormWord::fragment},
    {"绩效目标"sv, FormWord::fragment},
    {"一级指标"sv, FormWord::header_level1},
    {"二级指标"sv, FormWord::header_level2},
    {"三级指标"sv, FormWord::header_level3},
    {"年度(/项目)指标值"sv, FormWord::header_value},
    {"年度指标值"sv, FormWord::header_value},
    {"项目指标值"sv, FormWord::header_value},
    {"指标值"sv, FormWord::header_value},
    {"项目名称"sv, FormWord::project_name},
    {"项目性质"sv, FormWord::project_nature},
    {"项目类别"sv, FormWord::project_category},
    {"主管部门"sv, FormWord::supervisor},
    {"实施单位"sv, FormWord::implementer},
    {"计划开始日期"sv, FormWord::start_date},
    {"计划完成日期"sv, FormWord::end_date},
    {"项目资金(元)"sv, FormWord::funds_yuan},
    {"项目资金(万元)"sv, FormWord::funds_wan},
    {"项目资金"sv, FormWord::funds_no_unit},
    {"项目资金总额"sv, FormWord::amount_total},
    {"其中:财政资金"sv, FormWord::amount_total_fiscal},
    {"财政资金"sv, FormWord::amount_total_fiscal},
    {"其他资金"sv, FormWord::amount_other},
    {"年度资金申请总额"sv, FormWord::amount_annual},
    {"年度资金总额"sv, FormWord::amount_annual},
    {"其中:当年财政拨款"sv, FormWord::amount_annual_appropriation},
    {"当年财政拨款"sv, FormWord::amount_annual_appropriation},
    {"上年结转资金"sv, FormWord::amount_annual_carryover},
    {"其中:上年结转资金"sv, FormWord::amount_annual_carryover},
    {"项目总目标"sv, FormWord::goal_overall},
    {"年度总体目标"sv, FormWord::goal_annual},
}};

// Every word a cell can be — the form's vocabulary and every taxonomy label and
// alias — in one open-addressing hash table, built once: a cell is classified
// with one hash and at most a few compares.
class WordTable {
 public:
  WordTable() {
    slots_.fill(-1);
    for (const auto& w : vocabulary) add(w.key, CellClass{w.word, std::nullopt});
    const Taxonomy& taxonomy = Taxonomy::standard();
    auto add_label = [&](std::string_view name) {
      if (find(name) == nullptr) add(name, CellClass{FormWord::none, taxonomy.match_label(name)});
    };
    for (auto name : taxonomy.level1_names()) add_label(name);
    for (const auto& e : taxonomy.entries()) add_label(e.level2);
    for (const auto& a : taxonomy.aliases()) add_label(a.alias);
  }

  const CellClass* find(std::string_view key) const noexcept {
    for (std::size_t i = hash(key) & mask;; i = (i + 1) & mask) {
      const int slot = slots_[i];
      if (slot < 0) return nullptr;
      const auto& e = entries_[static_cast<std::size_t>(slot)];
      if (e.key == key) return &e.value;
    }
  }

 private:
  static constexpr std::size_t size = 256;  // a power of two, well over twice the words
  static constexpr std::size_t mask = size - 1;
  struct Entry {
    std::string_view key;
    CellClass value;
  };

  static std::size_t hash(std::string_view key) noexcept {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (const char c : key) {
      h ^= static_cast<unsigned char>(c);
      h *= 16777619u;
    }
    return h;
  }

  void add(std::string_view key, CellClass value) {
    std::size_t i = hash(key) & mask;
    while (slots_[i] >= 0) i = (i + 1) & mask;
    slots_[i] = static_cast<std::int16_t>(entries_.size());
    entries_.push_back(Entry{key, std::move(value)});
  }

  std::array<std::int16_t, size> slots_{};
  std::vector<Entry> entries_;
};

const WordTable& words() {
  static const WordTable table;
  return table;
}

CellClass lookup(std::string_view key) {
  if (const CellClass* c = words().find(key)) return *c;
  // 其中 without a colon, 其中： already folded to ':'.
  if (key.starts_with("其中"sv)) {
    auto rest = key.substr(6);
    if (rest.starts_with(':')) rest.remove_prefix(1);
    if (const CellClass* c = words().find(rest); c != nullptr && is_amount(c->word)) return *c;
  }
  // 项目资金(亿元) and the like: a funds label whose unit we cannot convert.
  if (key.starts_with("项目资金("sv) && key.ends_with(")")) return CellClass{FormWord::funds_no_unit, std::nullopt};
  return {};
}

// Last UTF-8 character of a trimmed cell.
std::string_view last_char(std::string_view s) noexcept {
  std::size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  return s.substr(i);
}

}  // namespace

bool is_project_field(FormWord w) noexcept { return w >= FormWord::project_name && w <= FormWord::end_date; }
bool is_amount(FormWord w) noexcept {
  return w >= FormWord::amount_total && w <= FormWord::amount_annual_carryover;
}
bool is_table_header(FormWord w) noexcept {
  return w >= FormWord::header_level1 && w <= FormWord::header_value;
}
bool is_funds_unit(FormWord w) noexcept { return w >= FormWord::funds_yuan && w <= FormWord::funds_no_unit; }

// Last characters of every form word and taxonomy label: a cell ending in
// anything else (a name, an amount, a date, a goal text) is none of them.
bool may_be_form_word(std::string_view text) noexcept {
  const auto last = last_char(text);
  if (last.size() == 1) return last[0] == ')';
  for (std::string_view end : {"标"sv, "效"sv, "值"sv, "度"sv, "称"sv, "质"sv, "别"sv, "门"sv, "位"sv, "期"sv,
                               "额"sv, "金"sv, "款"sv, "）"sv})
    if (last == end) return true;
  return false;
}

CellClass classify_cell(std::string_view text) {
  if (text.empty() || text.size() > 4 * max_key_bytes || !may_be_form_word(text)) return {};
  KeyBuffer buf;
  const auto key = label_key(text, buf);
  if (key.empty()) return {};
  return lookup(key);
}

CellClass classify_table_cell(std::string_view text) {
  // Fragments, header words and labels end in 标 效 值 度; anything else is a name
  // or a target, decided without copying.
  const auto last = last_char(text);
  if (last != "标"sv && last != "效"sv && last != "值"sv && last != "度"sv) return {};
  KeyBuffer buf;
  const auto key = label_key(text, buf);
  if (key.empty()) return {};
  const CellClass* c = words().find(key);
  if (c == nullptr) return {};
  // In a table only fragments, header words and taxonomy labels mean anything.
  if (c->label || c->word == FormWord::fragment || is_table_header(c->word)) return *c;
  return {};
}

bool is_heading(const GridRow& row) {
  // The heading stands alone on its line (empty cells allowed) and is short; long
  // cells (goal texts) are not searched.
  const GridCell* heading = nullptr;
  for (const auto& cell : row.cells) {
    if (cell.text.empty()) continue;
    if (heading != nullptr) return false;
    heading = &cell;
  }
  if (heading == nullptr || heading->text.size() > 512) return false;
  // Cheap test first: the heading text ends in 申报表, or in its year "（2024年度）".
  const auto text = heading->text;
  if (!text.ends_with("申报表"sv) && !text.ends_with(")"sv) && !text.ends_with("）"sv)) return false;
  return text.find("绩效目标申报表"sv) != std::string_view::npos;
}

std::optional<int> year_of(std::string_view text) {
  KeyBuffer buf;
  auto key = label_key(text, buf);
  if (key.starts_with('(')) key.remove_prefix(1);
  if (key.ends_with(')')) key.remove_suffix(1);
  if (!key.ends_with("年度"sv)) return std::nullopt;
  key.remove_suffix(6);
  if (key.size() != 4) return std::nullopt;
  int year = 0;
  for (char ch : key) {
    if (ch < '0' || ch > '9') return std::nullopt;
    year = year * 10 + (ch - '0');
  }
  return year;
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
