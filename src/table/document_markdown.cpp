// SPDX-License-Identifier: Apache-2.0
// render.hpp: render_document_markdown — the whole document as Markdown.
#include <string>

#include "jixiao/money.hpp"
#include "jixiao/render.hpp"
#include "jixiao/table.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

std::string text_or_empty(const std::optional<std::string>& text) { return text.value_or(""); }

std::string date_or_empty(const std::optional<Date>& date) { return date ? date->to_iso() : std::string(); }

std::string amount(const std::optional<Money>& money) { return money ? money->to_thousands() : std::string(); }

// A heading line: Markdown headings cannot hold line breaks.
std::string heading_text(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

void append_declaration(std::string& out, std::size_t index, const Declaration& d) {
  out += "## " + std::to_string(index + 1) + ". " + heading_text(d.project.name.value_or("（无项目名称）")) + "\n\n";

  Table fields;
  fields.header = {"字段", "内容"};
  fields.rows = {{"年度", d.year ? std::to_string(*d.year) : std::string()},
                 {"项目性质", text_or_empty(d.project.nature)},
                 {"项目类别", text_or_empty(d.project.category)},
                 {"主管部门", text_or_empty(d.project.supervisor)},
                 {"实施单位", text_or_empty(d.project.implementer)},
                 {"计划开始日期", date_or_empty(d.project.start_date)},
                 {"计划完成日期", date_or_empty(d.project.end_date)},
                 {"指标体系", std::string(to_string(d.taxonomy))}};
  if (d.source)
    fields.rows.push_back({"来源行", std::to_string(d.source->first_line) + "–" + std::to_string(d.source->last_line)});
  out += render_markdown(fields);
  out += '\n';

  Table funds;
  funds.header = {"项目资金", "金额(元)"};
  funds.align = {Align::left, Align::right};
  funds.rows = {{"项目资金总额", amount(d.funds.total)},
                {"其中：财政资金", amount(d.funds.total_fiscal)},
                {"其他资金", amount(d.funds.total_other)},
                {"年度资金申请总额", amount(d.funds.annual)},
                {"其中：当年财政拨款", amount(d.funds.annual_appropriation)},
                {"上年结转资金", amount(d.funds.annual_carryover)},
                {"其他资金（年度）", amount(d.funds.annual_other)}};
  out += render_markdown(funds);
  out += "\n资金单位（申报表所写）：" + (d.funds.unit ? *d.funds.unit : std::string("未声明")) + "\n\n";

  Table goals;
  goals.header = {"目标", "内容"};
  goals.rows = {{"项目总目标", text_or_empty(d.goals.overall)}, {"年度总体目标", text_or_empty(d.goals.annual)}};
  out += render_markdown(goals);
  out += '\n';

  Table indicators;
  indicators.header = {"一级指标", "二级指标", "三级指标", "指标值", "类型"};
  for (const Indicator& i : d.indicators)
    indicators.rows.push_back({i.level1, i.level2, i.name, i.target.raw, std::string(to_string(i.target.kind()))});
  out += render_markdown(indicators);
}

}  // namespace

std::string render_document_markdown(const Document& document) {
  std::string out;
  out += "# " + heading_text(document.title.value_or("绩效目标申报表")) + "\n";
  for (std::size_t i = 0; i < document.declarations.size(); ++i) {
    out += '\n';
    append_declaration(out, i, document.declarations[i]);
  }
  if (!document.diagnostics.empty()) {
    Table diagnostics;
    diagnostics.header = {"严重性", "代码", "申报表", "行", "说明"};
    diagnostics.align = {Align::left, Align::left, Align::right, Align::right, Align::left};
    for (const Diagnostic& d : document.diagnostics)
      diagnostics.rows.push_back({std::string(to_string(d.severity)), d.code,
                                  d.declaration ? std::to_string(*d.declaration + 1) : std::string(),
                                  d.line ? std::to_string(*d.line) : std::string(), d.message});
    out += "\n## 诊断\n\n";
    out += render_markdown(diagnostics);
  }
  return out;
}

JIXIAO_END_NAMESPACE
