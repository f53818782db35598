// SPDX-License-Identifier: Apache-2.0
#pragma once
// The fill-in 自评表 for finance staff (formats.md "Additions": the actuals as CSV and
// xlsx): one row per indicator with its target printed and 实际完成值 / 偏差原因 blank,
// and one budget row per project (三级指标 年度资金总额: 全年预算数 printed from the
// declaration, 全年执行数 blank). Reading the filled file back gives the Actuals that
// score() takes; every bad cell is named ("Sheet1!F12: 「约90」不是数值"). docs/scoring.md.

#include <array>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/score.hpp"

JIXIAO_BEGIN_NAMESPACE

// The columns, A to J. Amounts (全年预算数, 全年执行数) are in 元.
inline constexpr std::array<std::string_view, 10> template_columns{
    "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因分析及改进措施",
    "全年预算数", "全年执行数"};
// The budget row of a project: this in 三级指标 (and 预算执行率 in 一级指标).
inline constexpr std::string_view template_budget_row = "年度资金总额";
inline constexpr std::string_view template_budget_level1 = "预算执行率";

// The template as CSV: UTF-8 with a BOM (so spreadsheet programs open it as
// UTF-8), RFC 4180 quoting, CRLF.
std::string score_template_csv(const Document& document);

// Whether this build writes xlsx templates (libxlsxwriter found at configure time).
bool score_template_xlsx_supported() noexcept;
// Writes the template as an xlsx workbook (sheet "Sheet1") at `path`. Throws
// Error(io) when the file cannot be written, Error(invalid_argument) when this
// build has no xlsx writer (score_template_xlsx_supported() is false).
void write_score_template_xlsx(const Document& document, const std::string& path);

struct TemplateReadOptions {
  std::string source_name;  // named in errors ("" → "<input>")
};

// True when `bytes` looks like a template: an xlsx (zip) workbook, or CSV whose
// first cell (after a BOM) is 项目名称.
bool looks_like_score_template(std::string_view bytes) noexcept;

// Reads a filled template (xlsx or CSV, told apart by content) into Actuals. Each
// 实际完成值 is read by read_actual() against its row's target (the declaration's,
// or the row's own 年度指标值 when it was changed: the adjusted target); a blank one is
// left out (scored as missing). Throws Error(parse) listing every bad cell, one per
// line ("Sheet1!F12: 「约90」不是数值"; for CSV "line 12, column F: …"), and
// Error(format) when the header is not template_columns.
Actuals actuals_from_template(std::string_view bytes, const Document& document,
                              const TemplateReadOptions& options = {});

JIXIAO_END_NAMESPACE
