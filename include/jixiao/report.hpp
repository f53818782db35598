// SPDX-License-Identifier: Apache-2.0
#pragma once
// The HTML report (`jixiao report`, docs/report.md): one self-contained page for a
// reviewer — the 汇总表 with its exact totals, each declaration as a card (project,
// funds, goals, the indicator table with each target's reading) with its review
// findings at the row they concern, charts drawn with ECharts, filters by severity,
// and a print layout. Everything the page shows is computed here, by the library
// (summarize, validate, score); the page's script only draws the charts and applies
// the filters. ECharts is embedded in the page, so it opens with no network.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/score.hpp"
#include "jixiao/target.hpp"
#include "jixiao/validate.hpp"

JIXIAO_BEGIN_NAMESPACE

// One input file as read.
struct ReportInput {
  std::string source;  // the name the page shows ("hongkou-court-2024.txt")
  Document document;
};

struct ReportOptions {
  ValidateOptions review;          // the profile the findings come from
  std::optional<Actuals> actuals;  // with actuals: the scores, per level-1, and the grades
  ScoreOptions scoring;
  std::optional<std::string> title;  // else the document's title (one input) or a count of files
};

struct ReportPage {
  std::string html;
  // The findings on the page by severity (the reader's, the review's and, with
  // actuals, the scoring's).
  std::size_t errors = 0, warnings = 0, infos = 0;
};

// The page. The inputs' declarations are reported together, in input order: one
// 汇总表 over all of them (summarize() of the declarations of every input), numbered
// 1… across files. Throws Error(invalid_argument) when this build has no ECharts
// (embedded_echarts() is empty), Error(overflow) when a sum leaves Money's range.
ReportPage render_report(std::span<const ReportInput> inputs, const ReportOptions& options = {});

// ECharts (echarts.min.js from src/report/node_modules, read when jixiao was
// configured), or "" when it was absent then.
std::string_view embedded_echarts() noexcept;
// The ECharts version embedded ("5.6.0"), or "".
std::string_view embedded_echarts_version() noexcept;

// A target's reading in Chinese, as the 指标值 checker (bindings/js/demo) words it:
// "比较：不低于 90.00 %", "区间：45 至 60 %（含两端）", "趋势：同比上升", "期限：2024-12-31 前完成",
// "定性：合规", "未填写：待定", "无法解析：…".
std::string target_reading(const Target& target);

// Text for HTML element content and quoted attribute values: & < > " ' escaped.
std::string html_escape(std::string_view utf8);

JIXIAO_END_NAMESPACE
