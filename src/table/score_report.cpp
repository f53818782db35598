// SPDX-License-Identifier: Apache-2.0
// The 自评表 renderings of score_report.hpp, over the generic Table of table.hpp.
#include "jixiao/score_report.hpp"

#include <string>
#include <vector>

#include <fmt/core.h>

JIXIAO_BEGIN_NAMESPACE

namespace {

std::string two_places(const Decimal& value) { return rounded_for_report(value).to_string(); }

std::string amount(const std::optional<Money>& money, bool thousands) {
  if (!money) return "";
  return thousands ? money->to_thousands() : money->to_string();
}

std::string percent(const std::optional<Decimal>& rate) {
  if (!rate) return "";
  return (*rate * Decimal::from_int(100)).rescale(2, Rounding::half_up).to_string() + "%";
}

void append_diagnostics(std::string& out, const std::vector<Diagnostic>& list, bool markdown) {
  if (list.empty()) return;
  out += "\n";
  for (const Diagnostic& d : list) {
    if (markdown) out += fmt::format("- **{}** `{}`: {}\n", to_string(d.severity), d.code, d.message);
    else out += fmt::format("[{}] {}: {}\n", to_string(d.severity), d.code, d.message);
  }
}

std::string project_name(const DeclarationScore& d) {
  return d.project.empty() ? std::string("（未命名项目）") : d.project;
}

std::string heading(const DeclarationScore& d) {
  return fmt::format("{}（总分 {}，{}）", project_name(d), d.total.to_string(), to_string(d.grade, d.grade_scheme));
}

template <class Render>
std::string render_all(const ScoreReport& report, bool markdown, Render render) {
  std::string out;
  for (std::size_t i = 0; i < report.declarations.size(); ++i) {
    const DeclarationScore& d = report.declarations[i];
    if (i > 0) out += "\n";
    out += markdown ? "## " + heading(d) + "\n\n" : heading(d) + "\n\n";
    out += render(score_funds_table(d, true));
    out += "\n";
    out += render(score_goals_table(d));
    out += "\n";
    out += render(score_table(d, true));
    append_diagnostics(out, d.diagnostics, markdown);
  }
  if (!report.diagnostics.empty()) {
    out += markdown ? "\n## 未计分的实际完成情况\n" : "\n未计分的实际完成情况\n";
    append_diagnostics(out, report.diagnostics, markdown);
  }
  return out;
}

}  // namespace

Table score_funds_table(const DeclarationScore& d, bool thousands) {
  Table t;
  t.header = {"项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
  t.align = {Align::left, Align::right, Align::right, Align::right, Align::right, Align::right, Align::right};
  const BudgetScore& b = d.budget;
  t.rows.push_back({"年度资金总额", amount(b.year_start, thousands), amount(b.annual, thousands),
                    amount(b.executed, thousands), two_places(b.weight), percent(b.rate), b.score.to_string()});
  for (const FundsRow& row : b.rows) t.rows.push_back({row.label, amount(row.year_start, thousands)});
  return t;
}

Table score_goals_table(const DeclarationScore& d) {
  Table t;
  t.header = {"年度总体目标", "预期目标", "实际完成情况"};
  t.rows.push_back({"", d.goal.value_or(""), d.achieved.value_or("")});
  return t;
}

Table score_table(const DeclarationScore& d, bool) {
  Table t;
  t.header = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "评分说明"};
  t.align = std::vector<Align>(t.header.size(), Align::left);
  t.align[5] = t.align[6] = Align::right;
  Decimal weights = d.budget.weight;
  for (const IndicatorScore& s : d.indicators) {
    std::string target = s.year_start_target ? fmt::format("{}（年初 {}）", s.target, *s.year_start_target) : s.target;
    t.rows.push_back({s.level1, s.level2, s.name, std::move(target),
                      s.status == ScoreStatus::missing ? std::string("（缺）") : s.actual, two_places(s.weight),
                      s.score.to_string(), s.stated_reason.value_or(""), s.reason});
    weights = weights + s.weight;
  }
  t.rows.push_back({"总分", "", "", "", "", two_places(weights), d.total.to_string(),
                    fmt::format("等级：{}", to_string(d.grade, d.grade_scheme)), ""});
  return t;
}

std::string render_score_text(const ScoreReport& report) {
  return render_all(report, false, [](const Table& t) { return render_text(t); });
}

std::string render_score_markdown(const ScoreReport& report) {
  return render_all(report, true, [](const Table& t) { return render_markdown(t); });
}

std::string render_score_csv(const ScoreReport& report) {
  std::string out;
  for (const DeclarationScore& d : report.declarations) {
    if (!out.empty()) out += "\r\n";
    out += "项目名称,";
    append_csv_field(out, d.project);
    out += "\r\n\r\n";
    out += render_csv(score_funds_table(d, false));
    out += "\r\n";
    out += render_csv(score_goals_table(d));
    out += "\r\n";
    out += render_csv(score_table(d, false));
  }
  return out;
}

JIXIAO_END_NAMESPACE
