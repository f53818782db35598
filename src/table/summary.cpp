// SPDX-License-Identifier: Apache-2.0
// summary.hpp: the 汇总表, its exact sums and its four renderings.
#include "jixiao/summary.hpp"

#include <numeric>

#include "jixiao/money.hpp"
#include "text/decimal_print.hpp"
#include "text/json_escape.hpp"

JIXIAO_BEGIN_NAMESPACE

std::size_t Level1Counts::total() const noexcept {
  return std::accumulate(by_level1.begin(), by_level1.end(), other);
}

namespace {

void count(Level1Counts& counts, std::string_view level1) {
  for (std::size_t i = 0; i < Level1Counts::names.size(); ++i) {
    if (Level1Counts::names[i] == level1) {
      ++counts.by_level1[i];
      return;
    }
  }
  ++counts.other;
}

void add(Level1Counts& sum, const Level1Counts& counts) {
  for (std::size_t i = 0; i < sum.by_level1.size(); ++i) sum.by_level1[i] += counts.by_level1[i];
  sum.other += counts.other;
}

std::string amount(const std::optional<Money>& money, bool thousands) {
  if (!money) return {};
  return thousands ? money->to_thousands() : money->to_string();
}

std::string period(const SummaryRow& row) {
  if (!row.start_date && !row.end_date) return {};
  return (row.start_date ? row.start_date->to_iso() : std::string()) + "–" +
         (row.end_date ? row.end_date->to_iso() : std::string());
}

// "33,378,615.00", or with "（缺 2 项）" when some rows had no amount.
std::string total_amount(Money sum, std::size_t missing, bool thousands) {
  std::string text = thousands ? sum.to_thousands() : sum.to_string();
  if (missing != 0) text += "（缺 " + std::to_string(missing) + " 项）";
  return text;
}

void count_cells(std::vector<std::string>& row, const Level1Counts& counts) {
  for (const std::size_t n : counts.by_level1) row.push_back(std::to_string(n));
  row.push_back(std::to_string(counts.other));
  row.push_back(std::to_string(counts.total()));
}

// JSON pieces (the table module does not link the JSON module).
void json_string(std::string& out, const std::optional<std::string>& text) {
  if (text) text::append_json_string(out, *text);
  else out += "null";
}
void json_money(std::string& out, const std::optional<Money>& money) {
  if (!money) {
    out += "null";
    return;
  }
  out += '"';
  text::append_decimal(out, money->fen(), 2);
  out += '"';
}
void json_date(std::string& out, const std::optional<Date>& date) {
  if (date) text::append_json_string(out, date->to_iso());
  else out += "null";
}
void json_counts(std::string& out, const Level1Counts& counts) {
  out += '{';
  for (std::size_t i = 0; i < Level1Counts::names.size(); ++i) {
    text::append_json_string(out, Level1Counts::names[i]);
    out += ':';
    text::append_unsigned(out, counts.by_level1[i]);
    out += ',';
  }
  out += "\"other\":";
  text::append_unsigned(out, counts.other);
  out += ",\"total\":";
  text::append_unsigned(out, counts.total());
  out += '}';
}

}  // namespace

Summary summarize(const Document& document) {
  Summary summary;
  summary.title = document.title;
  summary.rows.reserve(document.declarations.size());
  for (std::size_t i = 0; i < document.declarations.size(); ++i) {
    const Declaration& d = document.declarations[i];
    SummaryRow row;
    row.declaration = i;
    row.name = d.project.name;
    row.nature = d.project.nature;
    row.category = d.project.category;
    row.start_date = d.project.start_date;
    row.end_date = d.project.end_date;
    row.total = d.funds.total;
    row.annual = d.funds.annual;
    for (const Indicator& indicator : d.indicators) count(row.indicators, indicator.level1);
    if (row.total) summary.total += *row.total;  // checked: throws Error(overflow)
    else ++summary.total_missing;
    if (row.annual) summary.annual += *row.annual;
    else ++summary.annual_missing;
    add(summary.indicators, row.indicators);
    summary.rows.push_back(std::move(row));
  }
  return summary;
}

Table summary_table(const Summary& summary, bool thousands) {
  Table table;
  table.header = {"序号", "项目名称", "项目性质", "项目类别", "计划期间", "项目资金总额(元)", "年度资金申请总额(元)",
                  "产出", "成本", "效益", "满意度", "其他", "指标数"};
  table.align = {Align::right, Align::left,  Align::left,  Align::left,  Align::left,  Align::right, Align::right,
                 Align::right, Align::right, Align::right, Align::right, Align::right, Align::right};
  for (const SummaryRow& r : summary.rows) {
    std::vector<std::string> row = {std::to_string(r.declaration + 1), r.name.value_or(""), r.nature.value_or(""),
                                    r.category.value_or(""), period(r), amount(r.total, thousands),
                                    amount(r.annual, thousands)};
    count_cells(row, r.indicators);
    table.rows.push_back(std::move(row));
  }
  std::vector<std::string> total = {"",
                                    "合计",
                                    "",
                                    "",
                                    "",
                                    total_amount(summary.total, summary.total_missing, thousands),
                                    total_amount(summary.annual, summary.annual_missing, thousands)};
  count_cells(total, summary.indicators);
  table.rows.push_back(std::move(total));
  return table;
}

std::string render_summary_text(const Summary& summary) {
  std::string out;
  if (summary.title) out += *summary.title + "\n\n";
  out += render_text(summary_table(summary, true));
  return out;
}

std::string render_summary_markdown(const Summary& summary) {
  std::string out;
  if (summary.title) out += "## " + *summary.title + "\n\n";
  out += render_markdown(summary_table(summary, true));
  return out;
}

std::string render_summary_csv(const Summary& summary) { return render_csv(summary_table(summary, false)); }

std::string render_summary_json(const Summary& summary, bool pretty) {
  const char* row_break = pretty ? "\n    " : "";
  std::string out = "{";
  if (pretty) out += "\n  ";
  out += "\"format\":\"jixiao.summary/1\",";
  if (pretty) out += "\n  ";
  out += "\"title\":";
  json_string(out, summary.title);
  out += ',';
  if (pretty) out += "\n  ";
  out += "\"declarations\":[";
  for (std::size_t i = 0; i < summary.rows.size(); ++i) {
    const SummaryRow& r = summary.rows[i];
    if (i != 0) out += ',';
    out += row_break;
    out += "{\"declaration\":";
    text::append_unsigned(out, r.declaration);
    out += ",\"name\":";
    json_string(out, r.name);
    out += ",\"nature\":";
    json_string(out, r.nature);
    out += ",\"category\":";
    json_string(out, r.category);
    out += ",\"start_date\":";
    json_date(out, r.start_date);
    out += ",\"end_date\":";
    json_date(out, r.end_date);
    out += ",\"total\":";
    json_money(out, r.total);
    out += ",\"annual\":";
    json_money(out, r.annual);
    out += ",\"indicators\":";
    json_counts(out, r.indicators);
    out += '}';
  }
  if (pretty && !summary.rows.empty()) out += "\n  ";
  out += "],";
  if (pretty) out += "\n  ";
  out += "\"total\":{\"total\":";
  json_money(out, summary.total);
  out += ",\"annual\":";
  json_money(out, summary.annual);
  out += ",\"total_missing\":";
  text::append_unsigned(out, summary.total_missing);
  out += ",\"annual_missing\":";
  text::append_unsigned(out, summary.annual_missing);
  out += ",\"indicators\":";
  json_counts(out, summary.indicators);
  out += '}';
  if (pretty) out += '\n';
  out += '}';
  return out;
}

JIXIAO_END_NAMESPACE
