#pragma once
// The 自评表 (项目支出绩效自评表, scoring.md "Report"): a ScoreReport laid out with
// the columns 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分,
// 偏差原因, one row per indicator, a 预算执行率 row first and a 合计 row last.
// Scores are rounded half-up to two decimals here, at the edge, and nowhere else.

#include <string>

#include "jixiao/config.hpp"
#include "jixiao/score.hpp"
#include "jixiao/table.hpp"

JIXIAO_BEGIN_NAMESPACE

// One declaration's 自评表. `thousands`: amounts as 12,780,000.00 (text, Markdown)
// or plain 12780000.00 (CSV). The 合计 row's 偏差原因 carries the grade (等级：优).
Table score_table(const DeclarationScore& declaration, bool thousands);

// Every declaration: a heading with the project name, its table, then its
// diagnostics (text: "[warning] CODE: message"; Markdown: a list), and the report's
// own diagnostics at the end.
std::string render_score_text(const ScoreReport& report);
std::string render_score_markdown(const ScoreReport& report);
// One CSV table for the whole report: 项目名称 first, then the 自评表 columns.
std::string render_score_csv(const ScoreReport& report);

JIXIAO_END_NAMESPACE
