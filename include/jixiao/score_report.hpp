// SPDX-License-Identifier: Apache-2.0
#pragma once
// The 自评表 (项目支出绩效自评表, the attachment of 财预〔2020〕10号; scoring.md
// "Report" and "The whole 自评表"): per declaration the funds block (年初预算数,
// 全年预算数, 全年执行数, 分值, 执行率, 得分 for 年度资金总额 and its rows), the
// 年度总体目标 block (预期目标 / 实际完成情况) and the indicator block (一级指标 …
// 偏差原因分析及改进措施, and the engine's 评分说明) ending in 总分. The printed 得分
// are the rounded ones of the ScoreReport, so the table adds up: 总分 = 预算执行 得分
// + Σ 指标 得分.

#include <string>

#include "jixiao/config.hpp"
#include "jixiao/score.hpp"
#include "jixiao/table.hpp"

JIXIAO_BEGIN_NAMESPACE

// The funds block. `thousands`: amounts as 12,780,000.00 (text, Markdown) or plain
// 12780000.00 (CSV).
Table score_funds_table(const DeclarationScore& declaration, bool thousands);
// The 年度总体目标 block: one row, 预期目标 and 实际完成情况.
Table score_goals_table(const DeclarationScore& declaration);
// The indicator block: one row per indicator and a last 总分 row (分值 the budget's
// plus the rows', 得分 the 总分, and 等级：优 in the 偏差原因 column).
Table score_table(const DeclarationScore& declaration, bool thousands);

// Every declaration: a heading with the project name, 总分 and grade, its three
// blocks, then its diagnostics (text: "[warning] CODE: message"; Markdown: a list),
// and the report's own diagnostics at the end.
std::string render_score_text(const ScoreReport& report);
std::string render_score_markdown(const ScoreReport& report);
// The same blocks as CSV (RFC 4180), each declaration starting with a 项目名称 row,
// blocks separated by an empty line.
std::string render_score_csv(const ScoreReport& report);

JIXIAO_END_NAMESPACE
