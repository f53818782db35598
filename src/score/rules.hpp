#pragma once
// The scoring rules of scoring.md for one indicator: read the actual against the
// target's kind and give met, score and the one-line reason (偏差原因).

#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/score.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace score_detail {

struct RuleOutcome {
  ScoreStatus status = ScoreStatus::scored;
  bool met = false;
  Decimal score;           // at score_scale
  std::string reason;      // 偏差原因
  bool overshoot = false;
  std::string_view error_code;  // a score_codes value when status == error
};

// Scores `actual` against `indicator`'s target with weight `weight`.
RuleOutcome apply_rules(const Indicator& indicator, const ActualIndicator& actual, const Decimal& weight,
                        const ScoreOptions& options);

// The actual as shown in the 实际完成值 column.
std::string display_actual(const ActualIndicator& actual);

// Unit text normalised for comparison: trimmed, parentheses dropped, and
// ％ \% 百分比 百分点 all read as "%".
std::string normalise_unit(std::string_view unit);

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
