// SPDX-License-Identifier: Apache-2.0
#pragma once
// Published self-evaluations (自评表): scoring one that carries both targets and
// actuals (Indicator::actual/weight/score/reason, Declaration::selfeval), checking
// its arithmetic against the rules (scoring.md "Checking a published 自评表"), and
// the 决算 figures over many (scoring.md "The 决算 summary").

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/money.hpp"
#include "jixiao/score.hpp"

JIXIAO_BEGIN_NAMESPACE

// The actuals a published 自评表 states: each row's 实际完成值, 分值 and 偏差原因,
// the budget's 全年预算数 and 全年执行数 (read in the declaration's funds unit), the
// 实际完成情况. Rows without an actual are left out (scored as missing).
ActualDeclaration actuals_from_selfeval(const Declaration& declaration);

// Scores every declaration of a document that holds its own actuals.
ScoreReport score_published(const Document& document, const ScoreOptions& options = {});

// Every deviation of a published 自评表 from the rules, as SELFEVAL_* diagnostics
// (warnings): weights not adding up to 100 with the budget's, a 总分 that is not the
// sum of its rows, a row 得分 outside what its actual allows (the value, or the band
// of its grade, in the message), a budget 得分 that does not match its execution
// rate, a shortfall without a 偏差原因. Figures agree when they differ by at most
// 0.01 (the published rounding). `index` goes into the diagnostics.
std::vector<Diagnostic> check_selfeval(const Declaration& declaration, std::optional<std::size_t> index = std::nullopt,
                                       const ScoreOptions& options = {});

// All deviations of a document's declarations (those with published scores).
std::vector<Diagnostic> check_selfeval(const Document& document, const ScoreOptions& options = {});

// The 决算 figures over many scored self-evaluations.
struct SelfEvalSummary {
  std::size_t projects = 0;
  Decimal budget_wan;        // Σ 全年预算数 in 万元 (6 decimals, exact)
  std::optional<Decimal> average;  // mean 总分, 2 decimals half-up; none without projects
  std::size_t excellent = 0, good = 0, pass = 0, fail = 0;  // per grade
  GradeScheme grade_scheme = GradeScheme::national;
  friend bool operator==(const SelfEvalSummary&, const SelfEvalSummary&) = default;
};
SelfEvalSummary summarize(const std::vector<ScoreReport>& reports);

namespace selfeval_codes {
inline constexpr std::string_view weight_sum = "SELFEVAL_WEIGHT_SUM";
inline constexpr std::string_view total_sum = "SELFEVAL_TOTAL_SUM";
inline constexpr std::string_view score_rule = "SELFEVAL_SCORE_RULE";
inline constexpr std::string_view budget_score = "SELFEVAL_BUDGET_SCORE";
inline constexpr std::string_view reason_missing = "SELFEVAL_REASON_MISSING";
}  // namespace selfeval_codes

JIXIAO_END_NAMESPACE
