#include "ingest/cells.hpp"

#include <array>
#include <cstring>

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

FormWord lookup(std::string_view key) noexcept {
  for (const auto& w : vocabulary)
    if (w.key.size() == key.size() && std::memcmp(w.key.data(), key.data(), key.size()) == 0) return w.word;
  // 其中 without a colon, 其中： already folded to ':'.
  if (key.starts_with("其中"sv)) {
    auto rest = key.substr(6);
    if (rest.starts_with(':')) rest.remove_prefix(1);
    for (const auto& w : vocabulary)
      if (w.key == rest && is_amount(w.word)) return w.word;
  }
  // 项目资金(亿元) and the like: a funds label whose unit we cannot convert.
  if (key.starts_with("项目资金("sv) && key.ends_with(")")) return FormWord::funds_no_unit;
  return FormWord::none;
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

void split_cells(std::string_view line, std::vector<Cell>& out) {
  out.clear();
  std::uint32_t column = 0;
  std::size_t start = 0;
  for (;;) {
    const void* tab = std::memchr(line.data() + start, '\t', line.size() - start);
    const std::size_t end =
        tab != nullptr ? static_cast<std::size_t>(static_cast<const char*>(tab) - line.data()) : line.size();
    out.push_back(Cell{trim(line.substr(start, end - start)), column++});
    if (tab == nullptr) break;
    start = end + 1;
  }
}

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
  CellClass c;
  if (text.empty() || text.size() > 4 * max_key_bytes || !may_be_form_word(text)) return c;
  KeyBuffer buf;
  const auto key = label_key(text, buf);
  if (key.empty()) return c;
  c.word = lookup(key);
  if (c.word == FormWord::none) c.label = Taxonomy::standard().match_label(key);
  return c;
}

CellClass classify_table_cell(std::string_view text) {
  // Fragments, header words and labels end in 标 效 值 度; anything else is a name
  // or a target, decided without copying.
  const auto last = last_char(text);
  if (last != "标"sv && last != "效"sv && last != "值"sv && last != "度"sv) return {};
  CellClass c;
  KeyBuffer buf;
  const auto key = label_key(text, buf);
  if (key.empty()) return c;
  const FormWord w = lookup(key);
  if (w == FormWord::fragment || is_table_header(w)) {
    c.word = w;
    return c;
  }
  c.label = Taxonomy::standard().match_label(key);
  return c;
}

bool is_heading(std::string_view line) {
  // The heading is a short line; long ones (goal texts) are not searched.
  if (line.size() > 512) return false;
  // Cheap test first: the heading text ends in 申报表, or in its year "（2024年度）".
  const auto text = trim(line);
  if (!text.ends_with("申报表"sv) && !text.ends_with(")"sv) && !text.ends_with("）"sv)) return false;
  const auto pos = line.find("绩效目标申报表"sv);
  if (pos == std::string_view::npos) return false;
  // The heading stands alone on its line (trailing empty cells allowed).
  std::size_t nonempty = 0;
  std::size_t start = 0;
  for (;;) {
    const std::size_t tab = line.find('\t', start);
    const auto cell = trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (!cell.empty()) ++nonempty;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return nonempty == 1;
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
