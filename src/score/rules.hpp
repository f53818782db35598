// SPDX-License-Identifier: Apache-2.0
#pragma once
// The scoring rules of scoring.md for one indicator. Whether and how far the target
// is met is evaluate()'s (evaluate.hpp, the actual read by read_actual()); this adds
// the weight, the grade bands, the reverse formula and the overshoot rule.

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/evaluate.hpp"
#include "jixiao/score.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace score_detail {

struct RuleOutcome {
  ScoreStatus status = ScoreStatus::scored;
  bool met = false;
  Decimal score;           // at score_scale
  std::string reason;      // 评分说明
  bool overshoot = false;
  bool graded = false;     // scored by a grade and its band
  std::string_view error_code;  // a score_codes value when status == error
};

// Scores `actual` against `target` (the indicator's, or the adjusted one) with weight `weight`.
RuleOutcome apply_rules(const Target& target, const ActualIndicator& actual, const Decimal& weight,
                        const ScoreOptions& options);

// What a grade allows: [low, high) of the weight, or [low, high] when high_inclusive.
const QualitativeBand& band_of(Grade grade, const ScoreOptions& options);

// The actual as shown in the 实际完成值 column.
std::string display_actual(const ActualIndicator& actual);

// Name text for matching: ASCII white space and U+3000 removed.
std::string matching_key(std::string_view text);
// matching_key(a) == matching_key(b), without building either.
bool same_key(std::string_view a, std::string_view b) noexcept;
// A hash of matching_key(text), without building it (equal for same_key texts).
std::size_t key_hash(std::string_view text) noexcept;
// matching_key(text).empty(), without building it.
bool blank(std::string_view text) noexcept;

}  // namespace score_detail
JIXIAO_END_NAMESPACE
