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

const std::vector<std::string>& columns() {
  static const std::vector<std::string> names{"一级指标", "二级指标", "三级指标", "年度指标值",
                                              "实际完成值", "分值", "得分", "偏差原因"};
  return names;
}

std::vector<Align> alignment(bool with_project) {
  std::vector<Align> a(with_project ? 9 : 8, Align::left);
  a[a.size() - 3] = Align::right;  // 分值
  a[a.size() - 2] = Align::right;  // 得分
  return a;
}

void append_diagnostics(std::string& out, const std::vector<Diagnostic>& list, bool markdown) {
  if (list.empty()) return;
  out += "\n";
  for (const Diagnostic& d : list) {
    if (markdown) out += fmt::format("- **{}** `{}`: {}\n", to_string(d.severity), d.code, d.message);
    else out += fmt::format("[{}] {}: {}\n", to_string(d.severity), d.code, d.message);
  }
}

std::string heading(const DeclarationScore& d) {
  return fmt::format("{}（得分 {}，{}）", d.project.empty() ? std::string("（未命名项目）") : d.project,
                     two_places(d.total), to_string(d.grade));
}

template <class Render>
std::string render_all(const ScoreReport& report, bool markdown, Render render) {
  std::string out;
  for (std::size_t i = 0; i < report.declarations.size(); ++i) {
    const DeclarationScore& d = report.declarations[i];
    if (i > 0) out += "\n";
    out += markdown ? "## " + heading(d) + "\n\n" : heading(d) + "\n\n";
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

Table score_table(const DeclarationScore& d, bool thousands) {
  Table t;
  t.header = columns();
  t.align = alignment(false);
  const BudgetScore& b = d.budget;
  t.rows.push_back({"预算执行率", "", "全年执行数 / 全年预算数", amount(b.annual, thousands),
                    amount(b.executed, thousands), two_places(b.weight), two_places(b.score), b.reason});
  for (const IndicatorScore& s : d.indicators) {
    t.rows.push_back({std::string(s.level1), std::string(s.level2), std::string(s.name), std::string(s.target),
                      s.status == ScoreStatus::missing ? std::string("（缺）") : std::string(s.actual),
                      two_places(s.weight), two_places(s.score), std::string(s.reason)});
  }
  Decimal weights = b.weight;
  for (const IndicatorScore& s : d.indicators) weights = weights + s.weight;
  t.rows.push_back({"合计", "", "", "", "", two_places(weights), two_places(d.total),
                    fmt::format("等级：{}", to_string(d.grade))});
  return t;
}

std::string render_score_text(const ScoreReport& report) {
  return render_all(report, false, [](const Table& t) { return render_text(t); });
}

std::string render_score_markdown(const ScoreReport& report) {
  return render_all(report, true, [](const Table& t) { return render_markdown(t); });
}

std::string render_score_csv(const ScoreReport& report) {
  Table all;
  all.header = columns();
  all.header.insert(all.header.begin(), "项目名称");
  all.align = alignment(true);
  for (const DeclarationScore& d : report.declarations) {
    Table one = score_table(d, false);
    for (auto& row : one.rows) {
      row.insert(row.begin(), d.project);
      all.rows.push_back(std::move(row));
    }
  }
  return render_csv(all);
}

JIXIAO_END_NAMESPACE
