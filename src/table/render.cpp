// SPDX-License-Identifier: Apache-2.0
// render.hpp: the published layout, line for line as the Shanghai form extracts.
#include "jixiao/render.hpp"

#include <optional>
#include <string_view>

#include "jixiao/money.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// One cell: the layout cannot carry tabs or line breaks inside a cell.
void cell(std::string& out, std::string_view text) {
  for (const char c : text) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

void cell(std::string& out, const std::optional<std::string>& text) {
  if (text) cell(out, std::string_view(*text));
}
void cell(std::string& out, const std::string& text) { cell(out, std::string_view(text)); }

void date_cell(std::string& out, const std::optional<Date>& date) {
  if (date) out += date->to_iso();
}

class AmountFormat {
 public:
  explicit AmountFormat(const Funds& funds) : wan_(funds.unit && *funds.unit == "万元") {}
  // 元 with thousands separators (12,780,000.00), or 万元 exact (1278.000000).
  void operator()(std::string& out, const std::optional<Money>& amount) const {
    if (amount) out += wan_ ? amount->to_wan_string() : amount->to_thousands();
  }
  // The funds label declares the unit; amounts are always printed in a declared
  // unit (the model holds 元), so "元" stands also for an undeclared unit when
  // there are amounts to print.
  static std::string_view label(const Funds& funds) {
    if (funds.unit && *funds.unit == "万元") return "项目资金（万元）";
    const bool any = funds.total || funds.total_fiscal || funds.total_other || funds.annual ||
                     funds.annual_appropriation || funds.annual_carryover || funds.annual_other;
    if (!funds.unit && !any) return "项目资金";
    return "项目资金 (元)";
  }

 private:
  bool wan_;
};

void append_declaration(std::string& out, const Declaration& d) {
  out += "财政项目支出绩效目标申报表\n\n";
  if (d.year) {
    out += '(';
    out += std::to_string(*d.year);
    out += " 年度)\n\n";
  }

  const Project& p = d.project;
  out += "项目名称\t";
  cell(out, p.name);
  out += "\t项目性质\t";
  cell(out, p.nature);
  out += "\t项目类别\t";
  cell(out, p.category);
  out += "\n主管部门\t";
  cell(out, p.supervisor);
  out += "\t实施单位\t";
  cell(out, p.implementer);
  out += "\t\t\n计划开始日期\t";
  date_cell(out, p.start_date);
  out += "\t计划完成日期\t";
  date_cell(out, p.end_date);
  out += "\t\t\n";

  const Funds& f = d.funds;
  const AmountFormat amount(f);
  out += AmountFormat::label(f);
  out += "\t项目资金总额\t";
  amount(out, f.total);
  out += "\t年度资金申请总额\t";
  amount(out, f.annual);
  out += "\t\n\t其中：财政资金\t";
  amount(out, f.total_fiscal);
  out += "\t其中：当年财政拨款\t";
  amount(out, f.annual_appropriation);
  out += "\t\n\t\t\t上年结转资金\t";
  amount(out, f.annual_carryover);
  out += "\t\n\t其他资金\t";
  amount(out, f.total_other);
  out += "\t其他资金\t";
  amount(out, f.annual_other);
  out += "\t\n\n";

  out += "项目 绩效 目标\t项目总目标\t\t年度总体目标\t\t\n\t";
  cell(out, d.goals.overall);
  out += "\t\t";
  cell(out, d.goals.annual);
  out += "\t\t\n\n";

  out += "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n";
  const Indicator* previous = nullptr;
  for (const Indicator& indicator : d.indicators) {
    // Merged cells: a label only on the first row of its group.
    const bool new_level1 = previous == nullptr || previous->level1 != indicator.level1;
    const bool new_level2 = new_level1 || previous->level2 != indicator.level2 || previous->label != indicator.label;
    out += '\t';  // column 0 holds only the form's row-header fragments, not data
    if (new_level1) cell(out, indicator.level1);
    out += '\t';
    if (new_level2) cell(out, indicator.label ? std::string_view(*indicator.label) : std::string_view(indicator.level2));
    out += '\t';
    cell(out, indicator.name);
    out += '\t';
    cell(out, indicator.target.raw);
    out += '\n';
    previous = &indicator;
  }
}

}  // namespace

std::string render_published_text(const Declaration& declaration) {
  std::string out;
  append_declaration(out, declaration);
  return out;
}

std::string render_published_text(const Document& document) {
  std::string out;
  out += "\n\n";
  if (document.title) {
    cell(out, *document.title);
    out += "\n\n";
  }
  for (std::size_t i = 0; i < document.declarations.size(); ++i) {
    if (i != 0) out += '\n';
    append_declaration(out, document.declarations[i]);
  }
  return out;
}

JIXIAO_END_NAMESPACE
