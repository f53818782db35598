// SPDX-License-Identifier: Apache-2.0
#pragma once
// The document model: Project, Funds, Goals, Indicator, Declaration, Document.
// Plain values, compared with ==. A field the source lacks is empty (nullopt),
// never invented (formats.md). All money is jixiao::Money in 元.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/date.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/money.hpp"
#include "jixiao/target.hpp"
#include "jixiao/taxonomy.hpp"

JIXIAO_BEGIN_NAMESPACE

struct Project {
  std::optional<std::string> name;         // 项目名称
  std::optional<std::string> nature;       // 项目性质
  std::optional<std::string> category;     // 项目类别
  std::optional<std::string> supervisor;   // 主管部门
  std::optional<std::string> implementer;  // 实施单位
  std::optional<Date> start_date;          // 计划开始日期
  std::optional<Date> end_date;            // 计划完成日期
  friend bool operator==(const Project&, const Project&) = default;
};

struct Funds {
  std::optional<std::string> unit;              // declared unit: "元", "万元", or none
  std::optional<Money> total;                   // 项目资金总额 (cumulative, all years)
  std::optional<Money> total_fiscal;            // 其中：财政资金
  std::optional<Money> total_other;             // 其他资金 (left column)
  std::optional<Money> annual;                  // 年度资金申请总额 (this budget year)
  std::optional<Money> annual_appropriation;    // 其中：当年财政拨款
  std::optional<Money> annual_carryover;        // 上年结转资金
  std::optional<Money> annual_other;            // 其他资金 (right column)
  friend bool operator==(const Funds&, const Funds&) = default;
};

struct Goals {
  std::optional<std::string> overall;  // 项目总目标
  std::optional<std::string> annual;   // 年度总体目标
  friend bool operator==(const Goals&, const Goals&) = default;
};

struct Indicator {
  std::string level1;  // canonical level-1 ("产出指标"), "" if unknown
  std::string level2;  // canonical level-2 ("数量指标"), "" if unknown
  std::string name;    // 三级指标, verbatim
  Target target;       // 指标值, parsed; raw kept verbatim
  std::optional<std::uint32_t> line;     // 1-based source line
  std::optional<std::string> label;      // the source's level-2 label when it was an alias
  // Present only when the source has them (formats.md, additions 2026-12).
  std::optional<Decimal> weight{};       // 分值 / 权重
  std::optional<std::string> nature{};   // 指标性质 as printed (定量 / 定性)
  std::optional<std::string> note{};     // 备注
  // A published self-evaluation's row (自评表).
  std::optional<std::string> actual{};   // 实际完成值, as printed
  std::optional<Decimal> score{};        // 得分, as published
  std::optional<std::string> reason{};   // 偏差原因分析及改进措施
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct SourceSpan {
  std::uint32_t first_line = 0;
  std::uint32_t last_line = 0;
  std::optional<std::uint32_t> page{};  // input read from PDF: the declaration's first page
  std::optional<Box> bbox{};            // and its box on that page, in PDF points
  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

// A published 自评表's own figures, every one as printed (null where absent).
struct BudgetExecution {
  std::optional<std::string> year_start;  // 年初预算数
  std::optional<std::string> annual;      // 全年预算数
  std::optional<std::string> executed;    // 全年执行数
  std::optional<std::string> weight;      // 分值
  std::optional<std::string> rate;        // 执行率
  std::optional<std::string> score;       // 得分
  friend bool operator==(const BudgetExecution&, const BudgetExecution&) = default;
};

struct SelfEvaluation {
  BudgetExecution budget;
  std::optional<std::string> total;     // 总分
  std::optional<std::string> grade;     // 绩效等级 / 自评等级
  std::optional<std::string> achieved;  // 年度总体目标 实际完成情况
  friend bool operator==(const SelfEvaluation&, const SelfEvaluation&) = default;
};

struct Declaration {
  std::optional<int> year;                                // (2024 年度)
  TaxonomyEdition taxonomy = TaxonomyEdition::e2021;
  Project project;
  Funds funds;
  Goals goals;
  std::vector<Indicator> indicators;
  std::optional<SourceSpan> source;
  std::optional<SelfEvaluation> selfeval{};  // a published 自评表's own figures
  friend bool operator==(const Declaration&, const Declaration&) = default;
};

struct Document {
  std::optional<std::string> title;
  std::vector<Declaration> declarations;
  std::vector<Diagnostic> diagnostics;
  friend bool operator==(const Document&, const Document&) = default;
};

JIXIAO_END_NAMESPACE
