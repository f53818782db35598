// SPDX-License-Identifier: Apache-2.0
#include "ingest/form_vocabulary.hpp"

#include <array>
#include <utility>

#include "ingest/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

using namespace std::string_view_literals;

struct Word {
  std::string_view key;  // label_key() form, without a trailing ':' or a leading enumeration
  Field field;
};

// Every label of every layout (research/real-documents.md, domain.md "Other
// layouts and serializations"): Shanghai, central, Hunan, Sichuan, the 自评表s.
constexpr auto vocabulary = std::to_array<Word>({
    {"项目名称"sv, Field::project_name},
    {"主管部门"sv, Field::supervisor},
    {"主管部门及代码"sv, Field::supervisor},
    {"预算单位"sv, Field::supervisor},
    {"实施单位"sv, Field::implementer},
    {"项目性质"sv, Field::nature},
    {"项目属性"sv, Field::nature},
    {"项目类别"sv, Field::category},
    {"项目期"sv, Field::period},
    {"项目起止时间"sv, Field::period},
    {"计划开始日期"sv, Field::start_date},
    {"计划完成日期"sv, Field::end_date},
    {"项目负责人及电话"sv, Field::contact},
    {"项目负责人"sv, Field::contact},
    {"联系电话"sv, Field::contact},
    {"资金情况(万元)"sv, Field::funds_wan},
    {"项目资金(万元)"sv, Field::funds_wan},
    {"金额(万元)"sv, Field::funds_wan},
    {"资金情况(元)"sv, Field::funds_yuan},
    {"项目资金(元)"sv, Field::funds_yuan},
    {"金额(元)"sv, Field::funds_yuan},
    {"资金情况"sv, Field::funds_no_unit},
    {"项目资金"sv, Field::funds_no_unit},
    {"项目资金总额"sv, Field::amount_total},
    {"资金总额"sv, Field::amount_total},
    {"其中:财政资金"sv, Field::amount_total_fiscal},
    {"财政资金"sv, Field::amount_total_fiscal},
    {"年度资金总额"sv, Field::amount_annual},
    {"年度资金申请总额"sv, Field::amount_annual},
    {"其中:财政拨款"sv, Field::amount_appropriation},
    {"财政拨款"sv, Field::amount_appropriation},
    {"其中:本年财政拨款"sv, Field::amount_appropriation},
    {"本年财政拨款"sv, Field::amount_appropriation},
    {"其中:当年财政拨款"sv, Field::amount_appropriation},
    {"当年财政拨款"sv, Field::amount_appropriation},
    {"财政拨款小计"sv, Field::amount_appropriation},
    {"上年结转资金"sv, Field::amount_carryover},
    {"其中:上年结转资金"sv, Field::amount_carryover},
    {"其他资金"sv, Field::amount_other},
    {"其他收入"sv, Field::amount_other},
    {"自有资金小计"sv, Field::amount_own},
    {"一般公共预算"sv, Field::amount_part},
    {"政府性基金"sv, Field::amount_part},
    {"国有资本经营预算"sv, Field::amount_part},
    {"事业收入"sv, Field::amount_part},
    {"经营性收入"sv, Field::amount_part},
    {"年初预算数"sv, Field::budget_year_start},
    {"全年预算数"sv, Field::budget_annual},
    {"全年预算数(A)"sv, Field::budget_annual},
    {"全年执行数"sv, Field::budget_executed},
    {"全年执行数(B)"sv, Field::budget_executed},
    {"执行率"sv, Field::budget_rate},
    {"执行率(B/A)"sv, Field::budget_rate},
    {"总体目标"sv, Field::goals},
    {"项目总目标"sv, Field::goal_overall},
    {"年度目标"sv, Field::goal_annual},
    {"年度总体目标"sv, Field::goal_annual},
    {"年度绩效目标"sv, Field::goal_annual},
    {"预期目标"sv, Field::goal_annual},
    {"年初设定目标"sv, Field::goal_annual},
    {"实际完成情况"sv, Field::goal_achieved},
    {"年度总体目标完成情况"sv, Field::goal_achieved},
    {"年度总体目标完成情况综述"sv, Field::goal_achieved},
    {"绩效指标"sv, Field::table},
    {"一级指标"sv, Field::column_level1},
    {"二级指标"sv, Field::column_level2},
    {"三级指标"sv, Field::column_level3},
    {"指标内容"sv, Field::column_level3},
    {"指标名称"sv, Field::column_level3},
    {"指标值"sv, Field::column_target},
    {"年度指标值"sv, Field::column_target},
    {"项目指标值"sv, Field::column_target},
    {"年度(/项目)指标值"sv, Field::column_target},
    {"指标值(包含数字及文字描述)"sv, Field::column_target},
    {"目标值"sv, Field::column_target},
    {"计算符号"sv, Field::column_comparator},
    {"计量单位"sv, Field::column_unit},
    {"度量单位"sv, Field::column_unit},
    {"指标性质"sv, Field::column_nature},
    {"分值"sv, Field::column_weight},
    {"权重"sv, Field::column_weight},
    {"备注"sv, Field::column_note},
    {"实际完成值"sv, Field::column_actual},
    {"全年实际值"sv, Field::column_actual},
    {"实际值"sv, Field::column_actual},
    {"得分"sv, Field::column_score},
    {"偏差原因分析及改进措施"sv, Field::column_reason},
    {"未完成原因及拟采取的改进措施"sv, Field::column_reason},
    {"偏差原因"sv, Field::column_reason},
    {"总分"sv, Field::total_score},
    {"(盖章)"sv, Field::approval},
});

// Regional and older taxonomy labels (taxonomy-notes.md, additions): the
// canonical label each stands for.
struct Regional {
  std::string_view printed;
  std::string_view canonical;
};
constexpr std::array<Regional, 7> regional_labels{{
    {"项目完成指标"sv, "产出指标"sv},
    {"项目效益指标"sv, "效益指标"sv},
    {"经济效益"sv, "经济效益指标"sv},
    {"社会效益"sv, "社会效益指标"sv},
    {"生态效益"sv, "生态效益指标"sv},
    {"可持续影响"sv, "可持续影响指标"sv},
    {"服务对象满意度"sv, "服务对象满意度指标"sv},
}};

// "(一)", "（二）", "1、", "2.", "一、": the enumeration a funds line starts with.
std::string_view drop_enumeration(std::string_view key) {
  static constexpr std::array numerals{"一"sv, "二"sv, "三"sv, "四"sv, "五"sv, "六"sv, "七"sv, "八"sv, "九"sv, "十"sv};
  if (key.starts_with('(')) {
    const auto close = key.find(')');
    if (close != std::string_view::npos && close <= 7) {
      const auto inner = key.substr(1, close - 1);
      for (auto n : numerals)
        if (inner == n) return key.substr(close + 1);
    }
  }
  std::size_t digits = 0;
  while (digits < key.size() && key[digits] >= '0' && key[digits] <= '9') ++digits;
  auto rest = key.substr(digits);
  if (digits == 0) {
    for (auto n : numerals)
      if (rest.starts_with(n)) {
        rest.remove_prefix(n.size());
        digits = 1;
        break;
      }
  }
  if (digits > 0) {
    if (rest.starts_with("、"sv)) return rest.substr(3);
    if (rest.starts_with('.') && digits < key.size()) return rest.substr(1);
  }
  return key;
}

std::string_view normal_key(std::string_view cell, KeyBuffer& buf) {
  auto key = label_key(cell, buf);
  while (key.ends_with(':')) key.remove_suffix(1);
  return drop_enumeration(key);
}

}  // namespace

bool is_text_field(Field f) noexcept { return f >= Field::project_name && f <= Field::contact; }
bool is_amount_field(Field f) noexcept { return f >= Field::amount_total && f <= Field::amount_part; }
bool is_budget_column(Field f) noexcept { return f >= Field::budget_year_start && f <= Field::budget_score; }
bool is_table_column(Field f) noexcept { return f >= Field::column_level1 && f <= Field::column_reason; }

std::string_view field_name(Field f) noexcept {
  for (const auto& w : vocabulary)
    if (w.field == f) return w.key;
  return ""sv;
}

Field field_of(std::string_view cell) {
  // A footnote ends the form whatever its length.
  if (const auto t = trim(cell); t.starts_with("注:"sv) || t.starts_with("注："sv)) return Field::approval;
  if (cell.size() > 4 * max_key_bytes) return Field::none;
  KeyBuffer buf;
  const auto key = normal_key(cell, buf);
  if (key.empty()) return Field::none;
  for (const auto& w : vocabulary)
    if (w.key == key) return w.field;
  if (key.ends_with("审核意见"sv) || key.ends_with("初审意见"sv) || key.ends_with("(盖章)"sv)) return Field::approval;
  return Field::none;
}

std::optional<FormLabel> form_label(std::string_view cell) {
  if (cell.size() > 4 * max_key_bytes) return std::nullopt;
  KeyBuffer buf;
  auto key = label_key(cell, buf);
  FormLabel out;
  out.printed = std::string(trim(cell));
  // A weight or a note in brackets after the label: "产出指标(50分)", "数量指标(必填硬性指标)".
  if (key.ends_with(')')) {
    const auto open = key.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      auto inner = key.substr(open + 1, key.size() - open - 2);
      if (inner.ends_with("分"sv)) {
        if (auto w = Decimal::try_parse(inner.substr(0, inner.size() - 3))) out.weight = *w;
      }
      if (!out.weight) out.note = std::string(inner);
      key = key.substr(0, open);
    }
  }
  const Taxonomy& taxonomy = Taxonomy::standard();
  if (auto m = taxonomy.match_label(key)) {
    out.match = *m;
    return out;
  }
  for (const auto& r : regional_labels) {
    if (r.printed != key) continue;
    auto m = taxonomy.match_label(r.canonical);
    if (!m) break;
    out.match = *m;
    out.match.via_alias = true;
    out.match.label = r.printed;
    out.regional = true;
    return out;
  }
  return std::nullopt;
}

bool joins_into_label(std::string_view first, std::string_view second) {
  KeyBuffer a, b;
  const auto k1 = label_key(first, a);
  const auto k2 = label_key(second, b);
  if (k1.empty() || k2.empty()) return false;
  std::string joined(k1);
  joined += k2;
  // "经济效益" / "指标", "总体" / "目标"; "项目资金" / "(万元)".
  if (k2 == "指标"sv || k2 == "目标"sv) return form_label(joined).has_value() || field_of(joined) != Field::none;
  if (k2.starts_with('(') && k2.ends_with(')')) {
    const Field f = field_of(joined);
    return f == Field::funds_wan || f == Field::funds_yuan;
  }
  return false;
}

bool is_form_heading(std::string_view cell) {
  if (cell.size() > 160) return false;
  return cell.find("申报表"sv) != std::string_view::npos || cell.find("自评表"sv) != std::string_view::npos;
}

bool is_selfeval_heading(std::string_view cell) {
  return is_form_heading(cell) && cell.find("自评表"sv) != std::string_view::npos;
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
