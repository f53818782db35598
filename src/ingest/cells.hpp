// SPDX-License-Identifier: Apache-2.0
#pragma once
// The cell classifier (cells are GridCells, from any front end): it names what a cell is on
// the form: a page-break fragment, a table-header word, a header-block or funds
// label, a goals label, or a taxonomy label. The form's vocabulary is one table in
// cells.cpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/taxonomy.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

enum class FormWord : std::uint8_t {
  none,
  fragment,        // 绩效 指标, 绩效, 指标, 项目 绩效 目标: pieces of the form's row headers
  header_level1,   // 一级指标
  header_level2,   // 二级指标
  header_level3,   // 三级指标
  header_value,    // 年度(/项目)指标值, 指标值
  project_name,    // 项目名称
  project_nature,  // 项目性质
  project_category,  // 项目类别
  supervisor,      // 主管部门
  implementer,     // 实施单位
  start_date,      // 计划开始日期
  end_date,        // 计划完成日期
  funds_yuan,      // 项目资金(元)
  funds_wan,       // 项目资金(万元)
  funds_no_unit,   // 项目资金 (no unit, or one that is neither 元 nor 万元)
  amount_total,                 // 项目资金总额
  amount_total_fiscal,          // 其中：财政资金
  amount_other,                 // 其他资金 (left or right, by column)
  amount_annual,                // 年度资金申请总额
  amount_annual_appropriation,  // 其中：当年财政拨款
  amount_annual_carryover,      // 上年结转资金
  goal_overall,    // 项目总目标
  goal_annual,     // 年度总体目标
};

bool is_project_field(FormWord w) noexcept;
bool is_amount(FormWord w) noexcept;
bool is_table_header(FormWord w) noexcept;
bool is_funds_unit(FormWord w) noexcept;

struct CellClass {
  FormWord word = FormWord::none;
  std::optional<LabelMatch> label;  // a taxonomy label (level-1 or level-2)
  bool is_label() const noexcept { return label.has_value(); }
  bool is_form_word() const noexcept { return word != FormWord::none; }
  bool is_text() const noexcept { return word == FormWord::none && !label; }
};

// Everything a cell can be (the header block).
CellClass classify_cell(std::string_view text);
// The words an indicator row can hold: fragments, table-header words and taxonomy
// labels. Rejects an ordinary indicator name by its last character, without copying.
CellClass classify_table_cell(std::string_view text);

// Is the row the form heading (财政项目支出绩效目标申报表, possibly with the year)?
bool is_heading(const GridRow& row);

// "(2024 年度)", "（2024年度）", "2024年度": the budget year, if the cell is one.
std::optional<int> year_of(std::string_view text);

}  // namespace ingest
JIXIAO_END_NAMESPACE
