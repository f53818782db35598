// SPDX-License-Identifier: Apache-2.0
// The project header rules: dates, required fields, goals.
#include <string>

#include <fmt/core.h>

#include "validate/names.hpp"
#include "validate/rule.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace validate_detail {
namespace {

// Present means there and not blank: a cell of spaces is as good as none.
bool present(const std::optional<std::string>& text) { return text && !is_blank(*text); }

void append_item(std::string& list, std::string_view item) {
  if (!list.empty()) list += "、";
  list += item;
}

}  // namespace

void check_dates_order(const Declaration& d, Findings& findings) {
  const Project& p = d.project;
  if (!p.start_date || !p.end_date || *p.start_date <= *p.end_date) return;
  findings.about_declaration(fmt::format("计划开始日期 {} 晚于计划完成日期 {}", p.start_date->to_iso(),
                                         p.end_date->to_iso()));
}

void check_dates_year(const Declaration& d, Findings& findings) {
  const Project& p = d.project;
  if (!d.year || (!p.start_date && !p.end_date)) return;
  const int year = *d.year;
  const bool before_start = p.start_date && year < p.start_date->year;
  const bool after_end = p.end_date && year > p.end_date->year;
  if (!before_start && !after_end) return;
  std::string period = fmt::format("{} 至 {}", p.start_date ? p.start_date->to_iso() : std::string("（未填）"),
                                   p.end_date ? p.end_date->to_iso() : std::string("（未填）"));
  findings.about_declaration(fmt::format("预算年度 {} 不在项目期 {} 之内", year, period));
}

void check_field_missing(const Declaration& d, Findings& findings) {
  const Project& p = d.project;
  std::string missing;
  if (!present(p.name)) append_item(missing, "项目名称");
  if (!present(p.supervisor)) append_item(missing, "主管部门");
  if (!present(p.implementer)) append_item(missing, "实施单位");
  if (!p.start_date) append_item(missing, "计划开始日期");
  if (!p.end_date) append_item(missing, "计划完成日期");
  if (!missing.empty()) findings.about_declaration(fmt::format("必填项缺失：{}", missing));
}

void check_goals_missing(const Declaration& d, Findings& findings) {
  std::string missing;
  if (!present(d.goals.overall)) append_item(missing, "项目总目标");
  if (!present(d.goals.annual)) append_item(missing, "年度总体目标");
  if (!missing.empty()) findings.about_declaration(fmt::format("绩效目标缺失或为空：{}", missing));
}

}  // namespace validate_detail
JIXIAO_END_NAMESPACE
