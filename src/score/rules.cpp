// SPDX-License-Identifier: Apache-2.0
// The per-indicator rules of scoring.md (see rules.hpp and docs/scoring.md).
#include "score/rules.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include <fmt/compile.h>
#include <fmt/core.h>

#include "jixiao/date.hpp"
#include "jixiao/error.hpp"
#include "score/exact.hpp"
#include "text/whitespace.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace score_detail {
namespace {

using text::trim;

// ---- reading the actual ------------------------------------------------------

// Length of the leading run of bytes that can belong to a number (ASCII or
// full-width digits, signs, '.', ',').
std::size_t number_prefix_length(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '+' || c == '-') {
      ++i;
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBC) {
      unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if ((d >= 0x90 && d <= 0x99) || d == 0x8B || d == 0x8D || d == 0x8E) {
        i += 3;  // ０-９, ＋, －, ．
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return i;
}

std::string_view grade_words(Grade grade) {
  switch (grade) {
    case Grade::achieved: return "达成年度指标";
    case Grade::partial: return "部分达成年度指标并具有一定效果";
    case Grade::not_achieved: return "未达成年度指标且效果较差";
  }
  return "";
}

// A fraction of the weight shown as a percentage ("70%", "85.5%").
std::string percent_text(const Decimal& fraction) {
  Decimal percent = fraction * Decimal::from_int(100);
  // Drop trailing zeros of the fraction digits for a readable reason.
  std::string s = percent.to_string();
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s + "%";
}

// ---- outcomes ------------------------------------------------------------------

Decimal zero() { return Decimal::from_parts(0, score_scale); }

RuleOutcome failure(std::string_view code, std::string reason) {
  RuleOutcome o;
  o.status = ScoreStatus::error;
  o.score = zero();
  o.reason = "错误：" + std::move(reason);
  o.error_code = code;
  return o;
}

// weight × numerator / denominator, kept within 0..weight.
Decimal share_of(const Decimal& weight, const Quotient& q) {
  if (q.denominator.is_zero() || q.numerator.is_zero() || q.numerator.is_negative() != q.denominator.is_negative())
    return zero();
  auto magnitude = [](const Decimal& d) { return d.is_negative() ? -d : d; };
  const Decimal n = magnitude(q.numerator), d = magnitude(q.denominator);
  if (n >= d) return at_scale(weight, score_scale);
  return mul_div(weight, n, d, score_scale);
}

bool positive_compare(const CompareTarget& t) {
  return t.op == CompareOp::ge || t.op == CompareOp::gt || (t.op == CompareOp::eq && !t.value.is_zero());
}

// The actual a row gives: its pair, else its text read as the target's kind needs.
std::optional<Actual> actual_of(const Target& target, const ActualIndicator& actual, RuleOutcome& bad) {
  if (actual.pair) {
    if (target.kind() != TargetKind::trend) {
      bad = failure(score_codes::actual_invalid, "前后两个数值只适用于趋势指标");
      return std::nullopt;
    }
    const TrendPair& p = *actual.pair;
    if (!trim(actual.value).empty()) {  // a word beside the pair must agree with it
      auto said = trend_direction_from_word(actual.value);
      TrendDirection moved = p.current > p.previous ? TrendDirection::up
                             : p.current < p.previous ? TrendDirection::down
                                                      : TrendDirection::flat;
      if (!said || *said != moved) {
        bad = failure(score_codes::actual_invalid, fmt::format("实际完成值「{}」与前后数值 {} → {} 不一致", actual.value,
                                                               p.previous.to_string(), p.current.to_string()));
        return std::nullopt;
      }
    }
    return ActualChange{p.previous, p.current};
  }
  std::string problem;
  auto read = read_actual(target, actual.value, actual.unit.value_or(""), &problem);
  if (!read) bad = failure(score_codes::actual_invalid, "实际完成值" + problem);
  return read;
}

std::string_view target_unit(const Target& target) {
  if (const auto* c = std::get_if<CompareTarget>(&target.value)) return c->unit;
  if (const auto* r = std::get_if<RangeTarget>(&target.value)) return r->unit;
  return {};
}

}  // namespace

std::string matching_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = text::space_at(text, i)) {
      i += n;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

using text::space_at;

bool same_key(std::string_view a, std::string_view b) noexcept {
  if (a == b) return true;  // the usual match, by memcmp
  std::size_t i = 0, j = 0;
  for (;;) {
    // Equal bytes (white space included) advance both; only a difference needs a look.
    while (i < a.size() && j < b.size() && a[i] == b[j]) {
      ++i;
      ++j;
    }
    std::size_t skip_a = i < a.size() ? space_at(a, i) : 0;
    std::size_t skip_b = j < b.size() ? space_at(b, j) : 0;
    if (skip_a == 0 && skip_b == 0) return i == a.size() && j == b.size();
    i += skip_a;
    j += skip_b;
  }
}

std::size_t key_hash(std::string_view text) noexcept {
  // FNV-1a over the bytes matching_key keeps.
  std::uint64_t hash = 14695981039346656037ull;
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t n = space_at(text, i); n > 0) {
      i += n;
      continue;
    }
    hash ^= static_cast<unsigned char>(text[i++]);
    hash *= 1099511628211ull;
  }
  return static_cast<std::size_t>(hash);
}

bool blank(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = space_at(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string display_actual(const ActualIndicator& actual) {
  std::string shown;
  if (actual.pair) {
    shown = actual.pair->previous.to_string() + " → " + actual.pair->current.to_string();
    if (!trim(actual.value).empty()) shown += "（" + std::string(trim(actual.value)) + "）";
    return shown;
  }
  shown = std::string(trim(actual.value));
  // The 自评表 is Chinese: the format's English keywords are shown in Chinese.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> keywords{{
      {"achieved", "达成"}, {"partial", "部分达成"}, {"not_achieved", "未达成"},
      {"up", "上升"},       {"down", "下降"},        {"flat", "持平"},
  }};
  for (const auto& [keyword, chinese] : keywords)
    if (shown == keyword) shown = std::string(chinese);
  if (actual.unit && number_prefix_length(shown) == shown.size() && !shown.empty()) shown += normalize_unit(*actual.unit);
  if (actual.fraction) shown += "（" + percent_text(*actual.fraction) + "）";
  return shown;
}

const QualitativeBand& band_of(Grade grade, const ScoreOptions& options) {
  switch (grade) {
    case Grade::achieved: return options.qualitative.achieved;
    case Grade::partial: return options.qualitative.partial;
    case Grade::not_achieved: return options.qualitative.not_achieved;
  }
  return options.qualitative.not_achieved;
}

RuleOutcome apply_rules(const Target& target, const ActualIndicator& actual, const Decimal& weight,
                        const ScoreOptions& options) {
  try {
    if (const auto* invalid = std::get_if<InvalidTarget>(&target.value))
      return failure(score_codes::target_invalid,
                     fmt::format("指标值「{}」无法解析（{}），不能评分", target.raw, invalid->message));
    RuleOutcome bad;
    auto read = actual_of(target, actual, bad);
    if (!read) return bad;
    const bool graded = std::holds_alternative<ActualGrade>(*read) || target.kind() == TargetKind::qualitative;
    if (actual.fraction && !graded) return failure(score_codes::actual_invalid, "fraction 只适用于以达成等级评价的指标");
    const Evaluation e = evaluate(target, *read);
    if (e.verdict == Verdict::not_comparable) {
      const auto* number = std::get_if<ActualNumber>(&*read);
      bool unit = number && !number->unit.empty() && normalize_unit(number->unit) != normalize_unit(target_unit(target));
      return failure(unit ? score_codes::unit_mismatch : score_codes::actual_invalid, e.reason);
    }
    RuleOutcome o;
    o.met = e.verdict == Verdict::met;
    o.reason = e.reason;
    if (graded && e.grade) {
      // The grade's band: the evaluator's fraction inside it, else its default.
      const QualitativeBand& band = band_of(*e.grade, options);
      Decimal fraction = band.default_fraction;
      if (actual.fraction) {
        fraction = *actual.fraction;
        bool inside = fraction >= band.low && (band.high_inclusive ? fraction <= band.high : fraction < band.high);
        if (!inside)
          return failure(score_codes::fraction_out_of_band,
                         fmt::format("fraction {} 不在「{}」的区间 [{}, {}{} 内", fraction.to_string(),
                                     grade_words(*e.grade), percent_text(band.low), percent_text(band.high),
                                     band.high_inclusive ? "]" : ")"));
      }
      o.graded = true;
      o.score = mul_div(weight, fraction, Decimal::from_int(1), score_scale);
      o.reason = fmt::format(FMT_COMPILE("{}（{}）"), e.reason, percent_text(fraction));
      return o;
    }
    const auto* compare = std::get_if<CompareTarget>(&target.value);
    const auto* number = std::get_if<ActualNumber>(&*read);
    if (o.met) {
      o.score = at_scale(weight, score_scale);
      if (compare && number && positive_compare(*compare) && compare->value > Decimal() &&
          compare_product(number->value, options.overshoot_threshold, compare->value) >= 0) {
        o.overshoot = true;
        o.reason = fmt::format("超额完成：{}，达到目标的 {} 以上（目标可能偏低）", e.reason,
                               percent_text(options.overshoot_threshold));
      }
      return o;
    }
    // Not met: a share of the weight as far as a figure reaches its target; 0 for
    // the all-or-nothing kinds (trend, deadline, period, eq 0, ne).
    o.score = zero();
    if (compare && number && (compare->op == CompareOp::le || compare->op == CompareOp::lt) &&
        options.reverse_formula == ReverseFormula::linear) {
      // weight × (1 − (a − t)/t) = weight × (2t − a)/t, floored at 0.
      const Decimal& t = compare->value;
      if (t > Decimal()) o.score = share_of(weight, Quotient{t + t - number->value, t});
    } else if ((compare || target.kind() == TargetKind::range) && e.exact_degree &&
               !(compare && (compare->op == CompareOp::ne || (compare->op == CompareOp::eq && compare->value.is_zero())))) {
      o.score = share_of(weight, *e.exact_degree);
    }
    return o;
  } catch (const Error& e) {
    // A figure too large for exact arithmetic is this indicator's error, not the report's.
    return failure(score_codes::actual_invalid, fmt::format("数值超出可计算范围：{}", e.what()));
  }
}

}  // namespace score_detail
JIXIAO_END_NAMESPACE
