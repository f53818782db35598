// The per-indicator rules of scoring.md (see rules.hpp and docs/scoring.md).
#include "score/rules.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include <fmt/core.h>

#include "jixiao/date.hpp"
#include "jixiao/error.hpp"
#include "score/exact.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace score_detail {
namespace {

constexpr std::string_view full_width_space = "\xE3\x80\x80";  // U+3000

std::string_view trim(std::string_view text) {
  for (;;) {
    if (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n')) {
      text.remove_prefix(1);
    } else if (text.starts_with(full_width_space)) {
      text.remove_prefix(full_width_space.size());
    } else if (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n')) {
      text.remove_suffix(1);
    } else if (text.ends_with(full_width_space)) {
      text.remove_suffix(full_width_space.size());
    } else {
      return text;
    }
  }
}

bool strip_prefix(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  return true;
}

// ---- reading the actual ------------------------------------------------------

struct Number {
  Decimal value;
  std::string unit;  // normalised, "" when none given
};

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

enum class ReadStatus { ok, not_a_number, unit_conflict };

ReadStatus read_number(const ActualIndicator& actual, Number& out, std::string& problem) {
  std::string_view text = trim(actual.value);
  std::size_t n = number_prefix_length(text);
  if (n == 0) {
    problem = fmt::format("实际完成值「{}」不是数值", actual.value);
    return ReadStatus::not_a_number;
  }
  NumberError error;
  auto value = Decimal::try_parse(text.substr(0, n), &error);
  if (!value) {
    problem = fmt::format("实际完成值「{}」不是数值：第 {} 字节处应为{}", actual.value, error.offset, error.expected);
    return ReadStatus::not_a_number;
  }
  std::string inline_unit = normalise_unit(text.substr(n));
  std::string given_unit = actual.unit ? normalise_unit(*actual.unit) : std::string();
  if (!inline_unit.empty() && !given_unit.empty() && inline_unit != given_unit) {
    problem = fmt::format("实际完成值「{}」的单位「{}」与 unit「{}」不一致", actual.value, inline_unit, given_unit);
    return ReadStatus::unit_conflict;
  }
  out.value = *value;
  out.unit = inline_unit.empty() ? given_unit : inline_unit;
  return ReadStatus::ok;
}

// up / down / flat from an actual's words ("up", "提升", "同比下降", "基本持平").
std::optional<TrendDirection> read_direction(std::string_view text) {
  text = trim(text);
  if (text == "up") return TrendDirection::up;
  if (text == "down") return TrendDirection::down;
  if (text == "flat") return TrendDirection::flat;
  for (std::string_view prefix : {"同比", "较上年", "比上年", "与上年相比", "环比"}) {
    if (strip_prefix(text, prefix)) break;
  }
  for (std::string_view modifier : {"有所", "逐步", "稳步", "持续", "明显", "基本", "略有"}) {
    if (strip_prefix(text, modifier)) break;
  }
  static constexpr std::array<std::pair<std::string_view, TrendDirection>, 11> words{{
      {"提升", TrendDirection::up},   {"提高", TrendDirection::up},   {"上升", TrendDirection::up},
      {"增长", TrendDirection::up},   {"增加", TrendDirection::up},   {"下降", TrendDirection::down},
      {"降低", TrendDirection::down}, {"减少", TrendDirection::down}, {"持平", TrendDirection::flat},
      {"稳定", TrendDirection::flat}, {"保持", TrendDirection::flat},
  }};
  for (const auto& [word, direction] : words)
    if (text == word) return direction;
  return std::nullopt;
}

enum class QualitativeGrade { achieved, partial, not_achieved };

std::optional<QualitativeGrade> read_grade(std::string_view text, std::string_view target_term) {
  text = trim(text);
  if (text == "achieved" || text == "达成年度指标" || text == "达成") return QualitativeGrade::achieved;
  if (text == "partial" || text == "部分达成年度指标并具有一定效果" || text == "部分达成") return QualitativeGrade::partial;
  if (text == "not_achieved" || text == "未达成年度指标且效果较差" || text == "未达成") return QualitativeGrade::not_achieved;
  // The target's own word ("合规" for 合规) says it was achieved.
  if (!text.empty() && same_key(text, target_term)) return QualitativeGrade::achieved;
  return std::nullopt;
}

std::string_view grade_words(QualitativeGrade grade) {
  switch (grade) {
    case QualitativeGrade::achieved: return "达成年度指标";
    case QualitativeGrade::partial: return "部分达成年度指标并具有一定效果";
    case QualitativeGrade::not_achieved: return "未达成年度指标且效果较差";
  }
  return "";
}

std::string_view direction_words(TrendDirection direction) {
  switch (direction) {
    case TrendDirection::up: return "上升";
    case TrendDirection::down: return "下降";
    case TrendDirection::flat: return "持平";
    case TrendDirection::not_up: return "下降或持平";
    case TrendDirection::not_down: return "上升或持平";
  }
  return "";
}

bool direction_meets(TrendDirection target, TrendDirection actual) {
  switch (target) {
    case TrendDirection::up: return actual == TrendDirection::up;
    case TrendDirection::down: return actual == TrendDirection::down;
    case TrendDirection::flat: return actual == TrendDirection::flat;
    case TrendDirection::not_up: return actual == TrendDirection::down || actual == TrendDirection::flat;
    case TrendDirection::not_down: return actual == TrendDirection::up || actual == TrendDirection::flat;
  }
  return false;
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

std::string with_unit(const Decimal& value, std::string_view unit) { return value.to_string() + std::string(unit); }

// ---- outcomes ------------------------------------------------------------------

RuleOutcome full(const Decimal& weight, std::string reason) {
  RuleOutcome o;
  o.met = true;
  o.score = at_scale(weight, score_scale);
  o.reason = std::move(reason);
  return o;
}

RuleOutcome partial_score(Decimal score, std::string reason) {
  RuleOutcome o;
  o.met = false;
  o.score = at_scale(score, score_scale);
  o.reason = std::move(reason);
  return o;
}

RuleOutcome failure(std::string_view code, std::string reason) {
  RuleOutcome o;
  o.status = ScoreStatus::error;
  o.score = Decimal::from_parts(0, score_scale);
  o.reason = "错误：" + std::move(reason);
  o.error_code = code;
  return o;
}

Decimal zero() { return Decimal::from_parts(0, score_scale); }

// ---- the rules, by target kind ----------------------------------------------------

// Reads the number of a compare or range actual and checks its unit.
std::optional<RuleOutcome> read_quantity(const ActualIndicator& actual, std::string_view target_unit, Number& number) {
  std::string problem;
  switch (read_number(actual, number, problem)) {
    case ReadStatus::ok: break;
    case ReadStatus::not_a_number: return failure(score_codes::actual_invalid, problem);
    case ReadStatus::unit_conflict: return failure(score_codes::unit_mismatch, problem);
  }
  std::string wanted = normalise_unit(target_unit);
  if (!number.unit.empty() && !wanted.empty() && number.unit != wanted)
    return failure(score_codes::unit_mismatch,
                   fmt::format("单位不符：实际 {}，目标 {}", with_unit(number.value, number.unit), wanted));
  if (number.unit.empty()) number.unit = wanted;
  return std::nullopt;
}

RuleOutcome score_compare(const CompareTarget& target, const ActualIndicator& actual, const Decimal& weight,
                          const ScoreOptions& options) {
  Number number;
  if (auto bad = read_quantity(actual, target.unit, number)) return *bad;
  const Decimal& a = number.value;
  const Decimal& t = target.value;
  const Decimal zero_value;
  // The figures as the reason shows them; built only when a reason needs them.
  const std::string& unit = number.unit;
  auto shown_a_fn = [&] { return with_unit(a, unit); };
  auto shown_t_fn = [&] { return with_unit(t, unit); };

  switch (target.op) {
    case CompareOp::eq:
      if (t.is_zero()) {
        // "none at all": any occurrence loses the whole weight.
        if (a <= zero_value) return full(weight, "达成");
        return partial_score(zero(), fmt::format("未达成：实际 {} > 目标 {}", shown_a_fn(), shown_t_fn()));
      }
      [[fallthrough]];  // eq with a non-zero value is scored like ge
    case CompareOp::ge:
    case CompareOp::gt: {
      bool met = target.op == CompareOp::gt ? a > t : a >= t;
      if (met) {
        if (t > zero_value && compare_product(a, options.overshoot_threshold, t) >= 0) {
          RuleOutcome o = full(weight, fmt::format("超额完成：实际 {} ≥ 目标 {} 的 {}（目标可能偏低）", shown_a_fn(), shown_t_fn(),
                                                   percent_text(options.overshoot_threshold)));
          o.overshoot = true;
          return o;
        }
        return full(weight, "达成");
      }
      std::string why = fmt::format("未达成：实际 {} {} 目标 {}", shown_a_fn(), target.op == CompareOp::gt ? "≤" : "<", shown_t_fn());
      // Proportional share only where it means something: a positive target and
      // a positive actual; otherwise nothing.
      if (t > zero_value && a > zero_value) return partial_score(mul_div(weight, a, t, score_scale), std::move(why));
      return partial_score(zero(), std::move(why));
    }
    case CompareOp::le:
    case CompareOp::lt: {
      bool met = target.op == CompareOp::lt ? a < t : a <= t;
      if (met) return full(weight, "达成");
      std::string why = fmt::format("未达成：实际 {} {} 目标 {}", shown_a_fn(), target.op == CompareOp::lt ? "≥" : ">", shown_t_fn());
      if (!(t > zero_value)) return partial_score(zero(), std::move(why));  // a cap of 0 (or less) missed: nothing
      if (options.reverse_formula == ReverseFormula::ratio)
        return partial_score(mul_div(weight, t, a, score_scale), std::move(why));
      // linear: weight × (1 − (a − t)/t) = weight × (2t − a)/t, floored at 0.
      Decimal remaining = t + t - a;
      if (!(remaining > zero_value)) return partial_score(zero(), std::move(why));
      return partial_score(mul_div(weight, remaining, t, score_scale), std::move(why));
    }
    case CompareOp::ne:
      if (a != t) return full(weight, "达成");
      return partial_score(zero(), fmt::format("未达成：实际 {} = 目标所排除的 {}", shown_a_fn(), shown_t_fn()));
  }
  return failure(score_codes::target_invalid, "未知的比较符");
}

RuleOutcome score_range(const RangeTarget& target, const ActualIndicator& actual, const Decimal& weight) {
  Number number;
  if (auto bad = read_quantity(actual, target.unit, number)) return *bad;
  const Decimal& a = number.value;
  const std::string unit = normalise_unit(target.unit);
  const Decimal zero_value;
  std::string range = fmt::format("{}-{}{}", target.low.to_string(), target.high.to_string(), unit);
  if (a >= target.low && a <= target.high) return full(weight, "达成");
  if (a < target.low) {
    std::string why = fmt::format("未达成：实际 {} 低于区间 {}", with_unit(a, unit), range);
    if (a > zero_value && target.low > zero_value) return partial_score(mul_div(weight, a, target.low, score_scale), std::move(why));
    return partial_score(zero(), std::move(why));
  }
  std::string why = fmt::format("未达成：实际 {} 高于区间 {}", with_unit(a, unit), range);
  if (target.high > zero_value) return partial_score(mul_div(weight, target.high, a, score_scale), std::move(why));
  return partial_score(zero(), std::move(why));
}

RuleOutcome score_trend(const TrendTarget& target, const ActualIndicator& actual, const Decimal& weight) {
  std::optional<TrendDirection> direction;
  std::string how;
  if (actual.pair) {
    const auto& p = *actual.pair;
    direction = p.current > p.previous ? TrendDirection::up
                                       : (p.current < p.previous ? TrendDirection::down : TrendDirection::flat);
    how = fmt::format("{} → {}，{}", p.previous.to_string(), p.current.to_string(), direction_words(*direction));
    if (!trim(actual.value).empty()) {
      auto said = read_direction(actual.value);
      if (!said || *said != *direction)
        return failure(score_codes::actual_invalid,
                       fmt::format("实际完成值「{}」与前后数值 {} 不一致", actual.value, how));
    }
  } else {
    direction = read_direction(actual.value);
    if (!direction)
      return failure(score_codes::actual_invalid,
                     fmt::format("实际完成值「{}」不是趋势（应为 up/down/flat、上升/下降/持平 或前后两个数值）", actual.value));
    how = std::string(direction_words(*direction));
  }
  std::string by_note;
  if (target.by) by_note = fmt::format("（幅度 {} 未核对）", with_unit(target.by->value, normalise_unit(target.by->unit)));
  if (direction_meets(target.direction, *direction)) return full(weight, fmt::format("达成：{}{}", how, by_note));
  return partial_score(zero(), fmt::format("未达成：实际 {}，目标 {}", how, direction_words(target.direction)));
}

std::optional<Date> read_date(const ActualIndicator& actual) { return Date::parse(trim(actual.value)); }

RuleOutcome score_by_date(const Date& deadline, const ActualIndicator& actual, const Decimal& weight) {
  auto done = read_date(actual);
  if (!done)
    return failure(score_codes::actual_invalid, fmt::format("实际完成值「{}」不是完成日期（如 2024-11-30）", actual.value));
  if (*done <= deadline) return full(weight, fmt::format("达成：{} 完成（期限 {}）", done->to_iso(), deadline.to_iso()));
  return partial_score(zero(), fmt::format("未达成：{} 完成，晚于期限 {}", done->to_iso(), deadline.to_iso()));
}

// The end of a period: "YYYY-MM-DD", or "YYYY-MM" meaning the month's last day.
std::optional<Date> period_end(std::string_view end) {
  if (auto d = Date::parse(end)) return d;
  if (end.size() == 7 && end[4] == '-') {
    int year = 0, month = 0;
    for (char c : end.substr(0, 4)) {
      if (c < '0' || c > '9') return std::nullopt;
      year = year * 10 + (c - '0');
    }
    for (char c : end.substr(5, 2)) {
      if (c < '0' || c > '9') return std::nullopt;
      month = month * 10 + (c - '0');
    }
    if (month < 1 || month > 12) return std::nullopt;
    return Date{year, month, Date::days_in_month(year, month)};
  }
  return std::nullopt;
}

const QualitativeBand& band_of(QualitativeGrade grade, const ScoreOptions& options) {
  switch (grade) {
    case QualitativeGrade::achieved: return options.qualitative.achieved;
    case QualitativeGrade::partial: return options.qualitative.partial;
    case QualitativeGrade::not_achieved: return options.qualitative.not_achieved;
  }
  return options.qualitative.not_achieved;
}

RuleOutcome score_qualitative(const QualitativeTarget& target, const ActualIndicator& actual, const Decimal& weight,
                              const ScoreOptions& options) {
  auto grade = read_grade(actual.value, target.term);
  if (!grade)
    return failure(score_codes::actual_invalid,
                   fmt::format("实际完成值「{}」不是定性等级（应为 achieved/partial/not_achieved 或指标值「{}」）",
                               actual.value, target.term));
  const QualitativeBand& band = band_of(*grade, options);
  Decimal fraction = band.default_fraction;
  if (actual.fraction) {
    fraction = *actual.fraction;
    bool inside = fraction >= band.low && (band.high_inclusive ? fraction <= band.high : fraction < band.high);
    if (!inside)
      return failure(score_codes::fraction_out_of_band,
                     fmt::format("fraction {} 不在「{}」的区间 [{}, {}{} 内", fraction.to_string(), grade_words(*grade),
                                 percent_text(band.low), percent_text(band.high), band.high_inclusive ? "]" : ")"));
  }
  Decimal score = mul_div(weight, fraction, Decimal::from_int(1), score_scale);
  RuleOutcome o;
  o.met = *grade == QualitativeGrade::achieved;
  o.score = score;
  o.reason = fmt::format("{}（{}）", grade_words(*grade), percent_text(fraction));
  return o;
}

bool uses_fraction(const Target& target) { return target.kind() == TargetKind::qualitative; }

}  // namespace

std::string normalise_unit(std::string_view unit) {
  unit = trim(unit);
  if ((unit.starts_with("(") && unit.ends_with(")"))) {
    unit = trim(unit.substr(1, unit.size() - 2));
  } else if (unit.starts_with("\xEF\xBC\x88") && unit.ends_with("\xEF\xBC\x89") && unit.size() >= 6) {  // （ ）
    unit = trim(unit.substr(3, unit.size() - 6));
  }
  if (unit == "%" || unit == "\xEF\xBC\x85" /* ％ */ || unit == "\\%" || unit == "百分比" || unit == "百分点" || unit == "个百分点") return "%";
  return std::string(unit);
}

std::string matching_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i).starts_with(full_width_space)) {
      i += full_width_space.size();
    } else if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
      ++i;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

namespace {
// Bytes of white space at text[i] (ASCII or U+3000), 0 if none.
std::size_t space_at(std::string_view text, std::size_t i) noexcept {
  char c = text[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  // Most bytes are not U+3000's first: look at the rest only when it is.
  if (c == full_width_space[0] && text.substr(i).starts_with(full_width_space)) return full_width_space.size();
  return 0;
}
}  // namespace

bool same_key(std::string_view a, std::string_view b) noexcept {
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
  if (actual.unit && number_prefix_length(shown) == shown.size() && !shown.empty()) shown += normalise_unit(*actual.unit);
  if (actual.fraction) shown += "（" + percent_text(*actual.fraction) + "）";
  return shown;
}

RuleOutcome apply_rules(const Indicator& indicator, const ActualIndicator& actual, const Decimal& weight,
                        const ScoreOptions& options) {
  try {
    if (actual.fraction && !uses_fraction(indicator.target))
      return failure(score_codes::actual_invalid, "fraction 只适用于定性指标");
    if (actual.pair && indicator.target.kind() != TargetKind::trend)
      return failure(score_codes::actual_invalid, "前后两个数值只适用于趋势指标");
    return std::visit(
        [&](const auto& target) -> RuleOutcome {
          using T = std::decay_t<decltype(target)>;
          if constexpr (std::is_same_v<T, CompareTarget>) {
            return score_compare(target, actual, weight, options);
          } else if constexpr (std::is_same_v<T, RangeTarget>) {
            return score_range(target, actual, weight);
          } else if constexpr (std::is_same_v<T, TrendTarget>) {
            return score_trend(target, actual, weight);
          } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
            if (!target.has_year())
              return failure(score_codes::target_invalid, fmt::format("时限「{}」没有年份，不能评分", indicator.target.raw));
            return score_by_date(target.date, actual, weight);
          } else if constexpr (std::is_same_v<T, PeriodTarget>) {
            auto end = period_end(target.end);
            if (!end) return failure(score_codes::target_invalid, fmt::format("期间终点「{}」不是日期", target.end));
            return score_by_date(*end, actual, weight);
          } else if constexpr (std::is_same_v<T, QualitativeTarget>) {
            return score_qualitative(target, actual, weight, options);
          } else if constexpr (std::is_same_v<T, PlaceholderTarget>) {
            return failure(score_codes::target_invalid, fmt::format("指标值「{}」是未填写的占位符，不能评分", target.term));
          } else {
            return failure(score_codes::target_invalid,
                           fmt::format("指标值「{}」无法解析（{}），不能评分", indicator.target.raw, target.message));
          }
        },
        indicator.target.value);
  } catch (const Error& e) {
    // A figure too large for exact arithmetic is this indicator's error, not the report's.
    return failure(score_codes::actual_invalid, fmt::format("数值超出可计算范围：{}", e.what()));
  }
}

}  // namespace score_detail
JIXIAO_END_NAMESPACE
