// SPDX-License-Identifier: Apache-2.0
#pragma once
// The form vocabulary of every layout the form interpreter reads: each label any
// layout prints for a field (项目名称; 主管部门 / 主管部门及代码 / 预算单位; 资金情况(万元) /
// 项目资金(万元); 年度资金总额; 其中:财政拨款 / (一)财政拨款小计 …), each column header of
// the indicator table and of a 自评表's funds block, and the taxonomy's regional
// aliases (项目完成指标 → 产出指标, 经济效益 → 经济效益指标), with the notes and
// weights a label may carry (`数量指标 (必填硬性指标)`, `产出指标(50分)`). One table
// in form_vocabulary.cpp; docs/ingest.md lists it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/taxonomy.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

enum class Field : std::uint8_t {
  none,
  // The header block.
  project_name, supervisor, implementer, nature, category, period, start_date, end_date,
  contact,  // 项目负责人及电话: no field in the model, kept in a diagnostic
  // The funds block.
  funds_wan, funds_yuan, funds_no_unit,
  amount_total, amount_total_fiscal,
  amount_total_other,  // 其他资金 under 项目资金总额 (the Shanghai layout prints it twice)
  amount_annual, amount_appropriation, amount_carryover,
  amount_other, amount_own,
  amount_part,  // a source line under 财政拨款 (一般公共预算, 政府性基金 …): kept in a diagnostic
  // A 自评表's funds columns.
  budget_year_start, budget_annual, budget_executed, budget_weight, budget_rate, budget_score,
  // Goals.
  goals, goal_overall, goal_annual, goal_achieved,
  // The indicator table.
  table,  // 绩效指标: the table's row header (also a stray fragment)
  column_level1, column_level2, column_level3,
  column_target, column_comparator, column_unit, column_nature, column_weight, column_note,
  column_actual, column_score, column_reason,
  total_score,  // 总分
  approval,     // 审核意见, (盖章), 注: — the form's end
};

// Is the field a header-block text field, an amount, a 自评表 funds column, or
// an indicator-table column?
bool is_text_field(Field f) noexcept;
bool is_amount_field(Field f) noexcept;
bool is_budget_column(Field f) noexcept;
bool is_table_column(Field f) noexcept;
// The label as the vocabulary spells it (for messages).
std::string_view field_name(Field f) noexcept;

// The field a cell names, "none" when it is no form label. Spaces, full-width
// brackets and colons, a trailing colon and a leading enumeration ("(一)", "1、")
// do not matter.
Field field_of(std::string_view cell);

// A taxonomy label as printed, with what it carried.
struct FormLabel {
  LabelMatch match;
  std::string printed;            // the cell as printed, trimmed
  bool regional = false;          // mapped by a regional alias (项目完成指标)
  std::optional<Decimal> weight;  // "产出指标(50分)" → 50
  std::string note;               // "数量指标 (必填硬性指标)" → 必填硬性指标
};

// The taxonomy label a cell is (canonical, alias, or regional alias, with a
// weight or note in brackets after it), if any.
std::optional<FormLabel> form_label(std::string_view cell);

// Is `first` + `second` one label printed over two cells ("经济效益" / "指标",
// "总体" / "目标", "项目完成" / "指标")?
bool joins_into_label(std::string_view first, std::string_view second);

// Is the cell a form heading (…申报表, …自评表, with or without the year)?
bool is_form_heading(std::string_view cell);
bool is_selfeval_heading(std::string_view cell);

}  // namespace ingest
JIXIAO_END_NAMESPACE
