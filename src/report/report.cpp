// SPDX-License-Identifier: Apache-2.0
// report.hpp: the HTML report page. The figures (the 汇总表's sums, the scores, the
// findings) come from the library; the page's script (page.js) draws the charts
// from the JSON written here and applies the severity filters.
#include "jixiao/report.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "jixiao/score_report.hpp"
#include "jixiao/summary.hpp"
#include "jixiao/table.hpp"
#include "jixiao/version.h"
#include "text/json_escape.hpp"
#include "text/utf8.hpp"
#include "report/assets.hpp"

JIXIAO_BEGIN_NAMESPACE

std::string_view embedded_echarts() noexcept { return report_assets::echarts_js; }
std::string_view embedded_echarts_version() noexcept { return report_assets::echarts_version; }

std::string html_escape(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    const char c = utf8[i];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: {
        const std::size_t n = text::utf8_sequence_length(utf8, i);
        if (n == 0) {
          out += "\xEF\xBF\xBD";  // U+FFFD: the page stays valid UTF-8
          ++i;
        } else {
          out.append(utf8.substr(i, n));
          i += n;
        }
        continue;
      }
    }
    ++i;
  }
  return out;
}

namespace {

std::string_view op_words(CompareOp op) {
  switch (op) {
    case CompareOp::eq: return "等于";
    case CompareOp::ne: return "不等于";
    case CompareOp::gt: return "大于";
    case CompareOp::ge: return "不低于";
    case CompareOp::lt: return "小于";
    case CompareOp::le: return "不高于";
  }
  return "";
}

std::string_view direction_words(TrendDirection d) {
  switch (d) {
    case TrendDirection::up: return "上升";
    case TrendDirection::down: return "下降";
    case TrendDirection::flat: return "持平";
    case TrendDirection::not_up: return "下降或持平";
    case TrendDirection::not_down: return "上升或持平";
  }
  return "";
}

std::string with_unit(const std::string& unit) { return unit.empty() ? std::string() : " " + unit; }

}  // namespace

std::string target_reading(const Target& target) {
  struct Reading {
    std::string operator()(const CompareTarget& t) const {
      return fmt::format("比较：{} {}{}{}", op_words(t.op), t.value.to_string(), with_unit(t.unit),
                         t.note.empty() ? std::string() : "（" + t.note + "）");
    }
    std::string operator()(const RangeTarget& t) const {
      return fmt::format("区间：{} 至 {}{}（含两端）", t.low.to_string(), t.high.to_string(), with_unit(t.unit));
    }
    std::string operator()(const TrendTarget& t) const {
      const std::string_view basis = t.basis == TrendBasis::yoy ? "同比" : t.basis == TrendBasis::mom ? "环比" : "";
      return fmt::format("趋势：{}{}{}", basis, direction_words(t.direction),
                         t.by ? " " + t.by->value.to_string() + t.by->unit : std::string());
    }
    std::string operator()(const DeadlineTarget& t) const {
      const std::string date = t.has_year() ? t.date.to_iso() : fmt::format("{:02}-{:02}", t.date.month, t.date.day);
      return fmt::format("期限：{}{} 前完成", t.recurring ? "每年 " : "", date);
    }
    std::string operator()(const PeriodTarget& t) const {
      if (t.start.empty() && t.end.empty()) return fmt::format("期间：{} 至 {} 月", t.first_month, t.last_month);
      return fmt::format("期间：{} 至 {}", t.start, t.end);
    }
    std::string operator()(const QualitativeTarget& t) const { return "定性：" + t.term; }
    std::string operator()(const PlaceholderTarget& t) const { return "未填写：" + t.term; }
    std::string operator()(const InvalidTarget& t) const { return "无法解析：" + t.message; }
  };
  return std::visit(Reading{}, target.value);
}

namespace {

constexpr std::array<Severity, 3> severities = {Severity::error, Severity::warning, Severity::info};

std::string_view severity_words(Severity s) {
  switch (s) {
    case Severity::error: return "错误";
    case Severity::warning: return "警告";
    case Severity::info: return "提示";
  }
  return "";
}

// The declarations of every input as one document: what the 汇总表, the review and
// the scoring run over. The inputs' own diagnostics follow their declarations.
struct Merged {
  Document document;
  std::vector<std::size_t> input_of;  // per declaration: the index of its input
};

Merged merge(std::span<const ReportInput> inputs) {
  Merged m;
  for (std::size_t f = 0; f < inputs.size(); ++f) {
    const Document& doc = inputs[f].document;
    const std::size_t offset = m.document.declarations.size();
    m.document.declarations.insert(m.document.declarations.end(), doc.declarations.begin(), doc.declarations.end());
    m.input_of.insert(m.input_of.end(), doc.declarations.size(), f);
    for (Diagnostic d : doc.diagnostics) {
      if (d.declaration) *d.declaration += offset;
      m.document.diagnostics.push_back(std::move(d));
    }
  }
  return m;
}

// A library Table as an HTML table; `last_is_total` marks the last row as the 合计.
std::string html_table(const Table& table, std::string_view css_class, std::string_view id = {},
                       bool last_is_total = false) {
  std::string out = fmt::format("<table class=\"{}\"{}>\n<thead><tr>", css_class,
                                id.empty() ? std::string() : fmt::format(" id=\"{}\"", id));
  auto cell_class = [&](std::size_t c) {
    return c < table.align.size() && table.align[c] == Align::right ? " class=\"num\"" : "";
  };
  for (std::size_t c = 0; c < table.header.size(); ++c)
    out += fmt::format("<th{}>{}</th>", cell_class(c), html_escape(table.header[c]));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool total = last_is_total && r + 1 == table.rows.size();
    out += total ? "<tr class=\"total\">" : "<tr>";
    for (std::size_t c = 0; c < table.header.size(); ++c) {
      const std::string empty;
      const std::string& text = c < table.rows[r].size() ? table.rows[r][c] : empty;
      out += fmt::format("<td{}>{}</td>", cell_class(c), html_escape(text));
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::string finding_html(const Diagnostic& d, std::string_view tag, std::size_t colspan = 0) {
  const std::string_view sev = to_string(d.severity);
  const std::string line = d.line ? fmt::format("第 {} 行", *d.line) : std::string();
  const std::string body = fmt::format(
      "<span class=\"sev\">{}</span> <code>{}</code> <span class=\"line\">{}</span> <span class=\"msg\">{}</span>",
      severity_words(d.severity), html_escape(d.code), line, html_escape(d.message));
  if (tag == "tr")
    return fmt::format("<tr class=\"finding sev-{0}\" data-severity=\"{0}\"><td colspan=\"{1}\">{2}</td></tr>\n", sev,
                       colspan, body);
  return fmt::format("<li class=\"finding sev-{0}\" data-severity=\"{0}\">{1}</li>\n", sev, body);
}

std::string optional_text(const std::optional<std::string>& text) {
  return text ? html_escape(*text) : std::string("<span class=\"absent\">—</span>");
}

std::string optional_money(const std::optional<Money>& money) {
  return money ? money->to_thousands() : std::string("<span class=\"absent\">—</span>");
}

// The findings of one declaration: those about an indicator by its index, the rest
// for the card's head.
struct CardFindings {
  std::vector<const Diagnostic*> declaration_wide;
  std::map<std::size_t, std::vector<const Diagnostic*>> by_indicator;
};

std::string worst_class(const std::vector<const Diagnostic*>& list) {
  for (const Severity s : severities)
    for (const Diagnostic* d : list)
      if (d->severity == s) return fmt::format("hl-{}", to_string(s));
  return {};
}

std::string severities_attribute(const std::vector<const Diagnostic*>& list) {
  std::string out;
  for (const Severity s : severities)
    for (const Diagnostic* d : list)
      if (d->severity == s) {
        if (!out.empty()) out += ' ';
        out += to_string(s);
        break;
      }
  return out;
}

std::string declaration_card(std::size_t index, const Declaration& decl, const std::string& source,
                             const CardFindings& findings, const DeclarationScore* score) {
  const std::string id = fmt::format("decl-{}", index + 1);
  std::vector<const Diagnostic*> all = findings.declaration_wide;
  for (const auto& [i, list] : findings.by_indicator) all.insert(all.end(), list.begin(), list.end());
  std::string out = fmt::format("<article class=\"declaration\" id=\"{}\" data-severities=\"{}\">\n", id,
                                severities_attribute(all));
  out += fmt::format("<h2><span class=\"no\">{}</span> {}</h2>\n", index + 1,
                     decl.project.name ? html_escape(*decl.project.name) : std::string("（无项目名称）"));
  std::string where = html_escape(source);
  if (decl.source) where += fmt::format("，第 {}–{} 行", decl.source->first_line, decl.source->last_line);
  if (decl.year) where += fmt::format("，{} 年度", *decl.year);
  out += fmt::format("<p class=\"source\">{}</p>\n", where);
  if (score)
    out += fmt::format(
        "<p class=\"score\">自评总分 <strong class=\"total\">{}</strong> 等级 <strong class=\"grade\">{}</strong></p>\n",
        score->total.to_string(), to_string(score->grade, score->grade_scheme));

  const Project& p = decl.project;
  const std::string period = p.start_date || p.end_date
                                 ? (p.start_date ? p.start_date->to_iso() : std::string()) + " 至 " +
                                       (p.end_date ? p.end_date->to_iso() : std::string())
                                 : std::string("<span class=\"absent\">—</span>");
  out += fmt::format(
      "<dl class=\"project\"><dt>项目性质</dt><dd>{}</dd><dt>项目类别</dt><dd>{}</dd><dt>主管部门</dt><dd>{}</dd>"
      "<dt>实施单位</dt><dd>{}</dd><dt>计划期间</dt><dd>{}</dd></dl>\n",
      optional_text(p.nature), optional_text(p.category), optional_text(p.supervisor), optional_text(p.implementer),
      period);

  const Funds& f = decl.funds;
  out += fmt::format(
      "<table class=\"funds\"><caption>资金（元{}）</caption>\n"
      "<tr><th>项目资金总额</th><td class=\"num\">{}</td><th>年度资金申请总额</th><td class=\"num\">{}</td></tr>\n"
      "<tr><th>其中：财政资金</th><td class=\"num\">{}</td><th>其中：当年财政拨款</th><td class=\"num\">{}</td></tr>\n"
      "<tr><th>其他资金</th><td class=\"num\">{}</td><th>上年结转资金</th><td class=\"num\">{}</td></tr>\n"
      "<tr><th></th><td></td><th>其他资金</th><td class=\"num\">{}</td></tr>\n</table>\n",
      f.unit && *f.unit != "元" ? "；原表单位 " + html_escape(*f.unit) : std::string(), optional_money(f.total),
      optional_money(f.annual), optional_money(f.total_fiscal), optional_money(f.annual_appropriation),
      optional_money(f.total_other), optional_money(f.annual_carryover), optional_money(f.annual_other));
  if (score) out += html_table(score_funds_table(*score, true), "budget");

  out += fmt::format("<dl class=\"goals\"><dt>项目总目标</dt><dd>{}</dd><dt>年度总体目标</dt><dd>{}</dd>", optional_text(decl.goals.overall),
                     optional_text(decl.goals.annual));
  if (score && score->achieved) out += fmt::format("<dt>实际完成情况</dt><dd>{}</dd>", html_escape(*score->achieved));
  out += "</dl>\n";

  if (!findings.declaration_wide.empty()) {
    out += "<ul class=\"findings\">\n";
    for (const Diagnostic* d : findings.declaration_wide) out += finding_html(*d, "li");
    out += "</ul>\n";
  }

  const std::size_t columns = score ? 10 : 6;
  out += "<table class=\"indicators\"><thead><tr><th>#</th><th>一级指标</th><th>二级指标</th><th>三级指标</th>"
         "<th>指标值</th><th>解读</th>";
  if (score) out += "<th>实际完成值</th><th class=\"num\">分值</th><th class=\"num\">得分</th><th>评分说明</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < decl.indicators.size(); ++i) {
    const Indicator& ind = decl.indicators[i];
    const auto found = findings.by_indicator.find(i);
    const std::vector<const Diagnostic*> none;
    const std::vector<const Diagnostic*>& list = found == findings.by_indicator.end() ? none : found->second;
    const std::string severities_here = severities_attribute(list);
    const std::string highlight = worst_class(list);
    out += fmt::format("<tr class=\"indicator kind-{}{}\" id=\"{}-ind-{}\"{}>", to_string(ind.target.kind()),
                       highlight.empty() ? std::string() : " " + highlight, id, i + 1,
                       severities_here.empty() ? std::string() : " data-severities=\"" + severities_here + "\"");
    out += fmt::format("<td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"target\">{}</td>"
                       "<td class=\"reading\">{}</td>",
                       i + 1, html_escape(ind.level1), html_escape(ind.level2), html_escape(ind.name),
                       html_escape(ind.target.raw), html_escape(target_reading(ind.target)));
    if (score) {
      const IndicatorScore* s = nullptr;
      for (const IndicatorScore& candidate : score->indicators)
        if (candidate.indicator == i) s = &candidate;
      if (s)
        out += fmt::format("<td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td>",
                           s->status == ScoreStatus::missing ? std::string("（缺）") : html_escape(s->actual),
                           rounded_for_report(s->weight).to_string(), s->score.to_string(), html_escape(s->reason));
      else
        out += "<td></td><td></td><td></td><td></td>";
    }
    out += "</tr>\n";
    for (const Diagnostic* d : list) out += finding_html(*d, "tr", columns);
  }
  out += "</tbody></table>\n</article>\n";
  return out;
}

// ---- the charts' data (JSON in the page; page.js draws it) ----

void json_key_string(std::string& out, std::string_view key, std::string_view value) {
  text::append_json_string(out, key);
  out += ':';
  text::append_json_string(out, value);
}

std::string chart_data(const Document& doc, const Summary& summary, const ScoreReport* scores) {
  std::string out = "{\"level1\":[";
  for (std::size_t i = 0; i < Level1Counts::names.size(); ++i)
    out += fmt::format("{}{{\"name\":\"{}\",\"count\":{}}}", i ? "," : "", Level1Counts::names[i],
                       summary.indicators.by_level1[i]);
  out += fmt::format(",{{\"name\":\"其他\",\"count\":{}}}]", summary.indicators.other);

  // 定量: a number to reach (compare, range); 定性: a term; then trends and dates,
  // and the cells not filled or not readable.
  std::array<std::size_t, 4> kinds{};
  for (const Declaration& d : doc.declarations)
    for (const Indicator& ind : d.indicators) {
      switch (ind.target.kind()) {
        case TargetKind::compare:
        case TargetKind::range: ++kinds[0]; break;
        case TargetKind::qualitative: ++kinds[1]; break;
        case TargetKind::trend:
        case TargetKind::deadline:
        case TargetKind::period: ++kinds[2]; break;
        case TargetKind::placeholder:
        case TargetKind::invalid: ++kinds[3]; break;
      }
    }
  out += fmt::format(
      ",\"kinds\":[{{\"name\":\"定量\",\"count\":{}}},{{\"name\":\"定性\",\"count\":{}}},"
      "{{\"name\":\"趋势与期限\",\"count\":{}}},{{\"name\":\"未填写或无法解析\",\"count\":{}}}]",
      kinds[0], kinds[1], kinds[2], kinds[3]);

  // Amounts as exact 万元 strings: the chart scales bars by them, the tables print them.
  out += ",\"funds\":[";
  for (std::size_t i = 0; i < summary.rows.size(); ++i) {
    const SummaryRow& r = summary.rows[i];
    out += i ? ",{" : "{";
    json_key_string(out, "project", r.name.value_or(fmt::format("（{}）", i + 1)));
    out += ",\"total\":";
    if (r.total) text::append_json_string(out, r.total->to_wan_string());
    else out += "null";
    out += ",\"annual\":";
    if (r.annual) text::append_json_string(out, r.annual->to_wan_string());
    else out += "null";
    out += '}';
  }
  out += ']';

  if (scores) {
    // Parts: 预算执行 then the level-1s in order of first appearance.
    std::vector<std::string> parts{"预算执行"};
    for (const DeclarationScore& d : scores->declarations)
      for (const Level1Score& l : d.level1)
        if (std::find(parts.begin(), parts.end(), l.level1) == parts.end()) parts.push_back(l.level1);
    out += ",\"scores\":{\"parts\":[";
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i) out += ',';
      text::append_json_string(out, parts[i]);
    }
    out += "],\"projects\":[";
    std::map<std::string, std::size_t> grades;
    std::vector<std::string> grade_order;
    for (const ScoreGrade g : {ScoreGrade::excellent, ScoreGrade::good, ScoreGrade::pass, ScoreGrade::fail})
      grade_order.emplace_back(to_string(g, scores->declarations.empty() ? GradeScheme::national
                                                                          : scores->declarations.front().grade_scheme));
    for (std::size_t i = 0; i < scores->declarations.size(); ++i) {
      const DeclarationScore& d = scores->declarations[i];
      const std::string grade(to_string(d.grade, d.grade_scheme));
      ++grades[grade];
      out += i ? ",{" : "{";
      json_key_string(out, "project", d.project);
      out += ',';
      json_key_string(out, "total", d.total.to_string());
      out += ',';
      json_key_string(out, "grade", grade);
      out += ",\"parts\":{";
      json_key_string(out, "预算执行", d.budget.score.to_string());
      for (const Level1Score& l : d.level1) {
        out += ',';
        json_key_string(out, l.level1, l.score.to_string());
      }
      out += "}}";
    }
    out += "]},\"grades\":[";
    for (std::size_t i = 0; i < grade_order.size(); ++i) {
      out += i ? ",{" : "{";
      json_key_string(out, "name", grade_order[i]);
      out += fmt::format(",\"count\":{}}}", grades[grade_order[i]]);
    }
    out += ']';
  }
  out += '}';
  // Inside <script>: "<" only occurs in strings, where \u003c reads the same.
  std::string safe;
  safe.reserve(out.size());
  for (const char c : out) {
    if (c == '<') safe += "\\u003c";
    else safe += c;
  }
  return safe;
}

std::string chart_box(std::string_view id, std::string_view title) {
  return fmt::format("<figure class=\"chart\"><figcaption>{}</figcaption><div class=\"plot\" id=\"{}\"></div></figure>\n",
                     title, id);
}

}  // namespace

ReportPage render_report(std::span<const ReportInput> inputs, const ReportOptions& options) {
  if (embedded_echarts().empty())
    throw Error(ErrorKind::invalid_argument,
                "this jixiao was built without ECharts, which the report's charts need: run `npm ci` in "
                "src/report and configure again (cmake reads src/report/node_modules/echarts/dist/echarts.min.js)");
  const Merged merged = merge(inputs);
  const Document& doc = merged.document;
  Summary summary = summarize(doc);
  std::optional<ScoreReport> scores;
  if (options.actuals) scores = score(doc, *options.actuals, options.scoring);

  std::vector<Diagnostic> findings = doc.diagnostics;
  std::vector<Diagnostic> review = validate(doc, options.review);
  findings.insert(findings.end(), review.begin(), review.end());
  if (scores) {
    findings.insert(findings.end(), scores->diagnostics.begin(), scores->diagnostics.end());
    for (const DeclarationScore& d : scores->declarations)
      findings.insert(findings.end(), d.diagnostics.begin(), d.diagnostics.end());
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line.value_or(0) < b.line.value_or(0); });

  std::vector<CardFindings> cards(doc.declarations.size());
  std::vector<const Diagnostic*> document_wide;
  std::array<std::size_t, 3> counts{};
  for (const Diagnostic& d : findings) {
    ++counts[static_cast<std::size_t>(d.severity)];
    if (!d.declaration || *d.declaration >= cards.size()) {
      document_wide.push_back(&d);
      continue;
    }
    CardFindings& card = cards[*d.declaration];
    if (d.indicator && *d.indicator < doc.declarations[*d.declaration].indicators.size())
      card.by_indicator[*d.indicator].push_back(&d);
    else
      card.declaration_wide.push_back(&d);
  }

  std::string title;
  if (options.title) title = *options.title;
  else if (inputs.size() == 1 && inputs.front().document.title) title = *inputs.front().document.title;
  else if (inputs.size() == 1) title = inputs.front().source;
  else title = fmt::format("{} 个文件的绩效目标申报表", inputs.size());
  summary.title = title;

  std::string out;
  out.reserve(embedded_echarts().size() + 4096 + doc.declarations.size() * 8192);
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += fmt::format("<meta name=\"generator\" content=\"jixiao {}; ECharts {}\">\n", JX_VERSION_STRING,
                     embedded_echarts_version());
  out += fmt::format("<title>{}</title>\n<style>\n", html_escape(title));
  out += report_assets::page_css;
  out += "</style>\n</head>\n<body>\n<header>\n";
  out += fmt::format("<h1>{}</h1>\n<p class=\"meta\">", html_escape(title));
  for (std::size_t f = 0; f < inputs.size(); ++f) out += (f ? "、" : "来源：") + html_escape(inputs[f].source);
  out += fmt::format("；<span id=\"declaration-count\">{}</span> 份申报表，{} 个指标{}</p>\n</header>\n",
                     doc.declarations.size(), summary.indicators.total(), scores ? "；含自评得分" : "");

  out += "<nav id=\"filters\"><span>显示问题：</span>";
  for (const Severity s : severities)
    out += fmt::format(
        "<label class=\"sev-{0}\"><input type=\"checkbox\" data-severity=\"{0}\" checked> {1} "
        "<span class=\"count\" id=\"count-{0}\">{2}</span></label>",
        to_string(s), severity_words(s), counts[static_cast<std::size_t>(s)]);
  out += "<label><input type=\"checkbox\" id=\"only-with-findings\"> 只看有问题的申报表</label></nav>\n";

  out += "<section id=\"summary\">\n<h2>汇总表</h2>\n";
  out += html_table(summary_table(summary, true), "summary", "summary-table", true);
  out += "</section>\n";

  out += "<section id=\"charts\">\n<h2>图表</h2>\n<div class=\"charts\">\n";
  out += chart_box("chart-level1", "各一级指标的指标数");
  out += chart_box("chart-kinds", "定量与定性指标");
  out += chart_box("chart-funds", "各项目资金（万元）");
  if (scores) {
    out += chart_box("chart-scores", "各项目自评得分（按一级指标）");
    out += chart_box("chart-grades", "自评等级");
  }
  out += "</div>\n</section>\n";

  if (!document_wide.empty()) {
    out += "<section id=\"document-findings\">\n<h2>文件问题</h2>\n<ul class=\"findings\">\n";
    for (const Diagnostic* d : document_wide) out += finding_html(*d, "li");
    out += "</ul>\n</section>\n";
  }

  out += "<section id=\"declarations\">\n<h2>申报表</h2>\n";
  for (std::size_t i = 0; i < doc.declarations.size(); ++i) {
    const DeclarationScore* s = nullptr;
    if (scores)
      for (const DeclarationScore& candidate : scores->declarations)
        if (candidate.declaration == i) s = &candidate;
    out += declaration_card(i, doc.declarations[i], inputs[merged.input_of[i]].source, cards[i], s);
  }
  out += "</section>\n";

  out += "<script type=\"application/json\" id=\"jixiao-report-data\">";
  out += chart_data(doc, summary, scores ? &*scores : nullptr);
  out += "</script>\n<script>\n";
  out += embedded_echarts();
  out += "\n</script>\n<script>\n";
  out += report_assets::page_js;
  out += "</script>\n</body>\n</html>\n";
  return ReportPage{std::move(out), counts[0], counts[1], counts[2]};
}

JIXIAO_END_NAMESPACE
