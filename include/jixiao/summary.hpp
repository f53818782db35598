// SPDX-License-Identifier: Apache-2.0
#pragma once
// The 汇总表: one row per declaration (project, nature, category, period, total
// and annual funds, indicator counts per level-1) and a total row whose sums are
// exact Money. An absent amount is not counted as 0: the total says how many
// declarations lacked it.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/table.hpp"

JIXIAO_BEGIN_NAMESPACE

// Indicator counts per level-1, in the order the 汇总表 prints them, plus the
// indicators whose level-1 is unknown ("").
struct Level1Counts {
  static constexpr std::array<std::string_view, 4> names = {"产出指标", "成本指标", "效益指标", "满意度指标"};
  std::array<std::size_t, 4> by_level1{};  // indexed like `names`
  std::size_t other = 0;                   // level-1 unknown or not one of `names`
  std::size_t total() const noexcept;
  friend bool operator==(const Level1Counts&, const Level1Counts&) = default;
};

struct SummaryRow {
  std::size_t declaration = 0;  // 0-based index in the document
  std::optional<std::string> name, nature, category;
  std::optional<Date> start_date, end_date;
  std::optional<Money> total;   // 项目资金总额
  std::optional<Money> annual;  // 年度资金申请总额
  Level1Counts indicators;
  friend bool operator==(const SummaryRow&, const SummaryRow&) = default;
};

struct Summary {
  std::optional<std::string> title;
  std::vector<SummaryRow> rows;
  Money total;                     // exact sum of the rows' totals that are present
  Money annual;                    // exact sum of the rows' annual amounts that are present
  std::size_t total_missing = 0;   // rows without a total
  std::size_t annual_missing = 0;  // rows without an annual amount
  Level1Counts indicators;         // summed over all rows
  friend bool operator==(const Summary&, const Summary&) = default;
};

// Throws Error(overflow) if a sum leaves Money's range.
Summary summarize(const Document& document);

// The 汇总表 as a table: 序号 (1-based), 项目名称, 项目性质, 项目类别, 计划期间,
// 项目资金总额(元), 年度资金申请总额(元), 产出, 成本, 效益, 满意度, 其他, 指标数, then
// a 合计 row. `thousands`: amounts as 12,780,000.00 (text, Markdown) or plain
// 12780000.00 (CSV).
Table summary_table(const Summary& summary, bool thousands);

std::string render_summary_text(const Summary& summary);      // aligned, with the title above
std::string render_summary_markdown(const Summary& summary);
std::string render_summary_csv(const Summary& summary);
// {"format": "jixiao.summary/1", "title", "declarations": [...], "total": {...}};
// amounts plain decimal strings, counts keyed by level-1 name.
std::string render_summary_json(const Summary& summary, bool pretty = false);

JIXIAO_END_NAMESPACE
