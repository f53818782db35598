// SPDX-License-Identifier: Apache-2.0
// evaluate(): an actual value against a parsed target (target-values.md
// "Evaluation"; directions and degrees as scoring.md uses them). Every comparison
// is an exact Decimal comparison; ratios are rounded half-up at degree_scale.
#include <string>

#include <fmt/compile.h>
#include <fmt/core.h>

#include "jixiao/evaluate.hpp"
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

const Decimal one = Decimal::from_int(1);
const Decimal zero = Decimal::from_int(0);

Evaluation not_comparable(std::string reason) {
  Evaluation e;
  e.verdict = Verdict::not_comparable;
  e.reason = std::move(reason);
  return e;
}

// A degree known exactly: numerator / denominator.
using Degree = std::optional<Quotient>;
const Quotient whole{one, one};
const Quotient nothing{zero, one};

Evaluation verdict(bool met, Degree degree, std::string reason) {
  Evaluation e;
  e.verdict = met ? Verdict::met : Verdict::not_met;
  // Every degree at degree_scale, rounded once from the exact quotient.
  if (degree) {
    try {
      e.degree = degree->numerator.divide(degree->denominator, degree_scale, Rounding::half_up);
      e.exact_degree = degree;
    } catch (const Error&) {  // a ratio too large for a Decimal: no degree
    }
  }
  e.reason = std::move(reason);
  return e;
}

// numerator / denominator, exact; absent when the denominator is 0.
Degree ratio(const Decimal& numerator, const Decimal& denominator) {
  if (denominator.is_zero()) return std::nullopt;
  return Quotient{numerator, denominator};
}

std::string with_unit(const Decimal& value, const std::string& unit) { return value.to_string() + unit; }

// The actual's unit must be the target's after normalisation; none means the target's.
std::optional<std::string> unit_mismatch(const std::string& target_unit, const std::string& actual_unit) {
  if (actual_unit.empty() || actual_unit == target_unit) return std::nullopt;
  const std::string actual = normalize_unit(actual_unit);
  if (actual == normalize_unit(target_unit)) return std::nullopt;
  return fmt::format("单位不一致：目标单位为“{}”，实际单位为“{}”", target_unit, actual);
}

Evaluation evaluate_compare(const Target& target, const CompareTarget& t, const ActualNumber& a) {
  if (auto mismatch = unit_mismatch(t.unit, a.unit)) return not_comparable(*mismatch);
  // 实际值 93.5% 达到目标 ≥90.00(%), built in one string (this runs for every scored row).
  auto say = [&](bool met) {
    std::string out = "实际值 ";
    out += a.value.to_string();
    out += t.unit;
    out += met ? " 达到目标 " : " 未达到目标 ";
    out += canonical(target);
    return out;
  };
  switch (t.op) {
    case CompareOp::eq:
      if (t.value.is_zero()) {  // "none at all"
        const bool met = a.value <= zero;
        return verdict(met, met ? whole : nothing, say(met));
      }
      [[fallthrough]];  // an eq with a non-zero value is scored like ge
    case CompareOp::ge:
    case CompareOp::gt: {
      const bool met = t.op == CompareOp::gt ? a.value > t.value : a.value >= t.value;
      Degree degree = t.value > zero ? ratio(a.value, t.value) : (met ? Degree(whole) : std::nullopt);
      return verdict(met, degree, say(met));
    }
    case CompareOp::le:
    case CompareOp::lt: {
      const bool met = t.op == CompareOp::lt ? a.value < t.value : a.value <= t.value;
      Degree degree = a.value > zero ? ratio(t.value, a.value) : (met ? Degree(whole) : std::nullopt);
      return verdict(met, degree, say(met));
    }
    case CompareOp::ne: {
      const bool met = a.value != t.value;
      return verdict(met, met ? whole : nothing, say(met));
    }
  }
  return not_comparable("未知的比较符");
}

Evaluation evaluate_range(const Target& target, const RangeTarget& t, const ActualNumber& a) {
  if (auto mismatch = unit_mismatch(t.unit, a.unit)) return not_comparable(*mismatch);
  const std::string shown = with_unit(a.value, t.unit);
  const std::string goal = canonical(target);
  if (a.value < t.low)
    return verdict(false, t.low > zero ? ratio(a.value, t.low) : std::nullopt,
                   fmt::format(FMT_COMPILE("实际值 {} 低于目标区间 {}"), shown, goal));
  if (a.value > t.high)
    return verdict(false, a.value > zero ? ratio(t.high, a.value) : std::nullopt,
                   fmt::format(FMT_COMPILE("实际值 {} 高于目标区间 {}"), shown, goal));
  return verdict(true, whole, fmt::format(FMT_COMPILE("实际值 {} 在目标区间 {} 内"), shown, goal));
}

bool direction_meets(TrendDirection wanted, TrendDirection actual) {
  switch (wanted) {
    case TrendDirection::up: return actual == TrendDirection::up;
    case TrendDirection::down: return actual == TrendDirection::down;
    case TrendDirection::flat: return actual == TrendDirection::flat;
    case TrendDirection::not_up: return actual == TrendDirection::down || actual == TrendDirection::flat;
    case TrendDirection::not_down: return actual == TrendDirection::up || actual == TrendDirection::flat;
  }
  return false;
}

Evaluation evaluate_trend(const Target& target, const TrendTarget& t, const Actual& actual) {
  const std::string goal = canonical(target);
  if (const auto* word = std::get_if<ActualTrend>(&actual)) {
    const bool met = direction_meets(t.direction, word->direction);
    if (met && t.by)
      return not_comparable(fmt::format("目标 {} 有幅度要求，需提供上年和本年数值", goal));
    return verdict(met, met ? whole : nothing, fmt::format(FMT_COMPILE("实际趋势“{}”{}目标 {}"), target_detail::trend_word(word->direction), met ? "符合" : "不符合", goal));
  }
  const auto* change = std::get_if<ActualChange>(&actual);
  if (!change) return not_comparable(fmt::format("趋势目标 {} 需要趋势词或上年、本年两个数值", goal));
  const TrendDirection moved = change->current > change->previous   ? TrendDirection::up
                               : change->current < change->previous ? TrendDirection::down
                                                                    : TrendDirection::flat;
  const std::string shown = fmt::format("上年 {}，本年 {}", change->previous.to_string(), change->current.to_string());
  if (!direction_meets(t.direction, moved))
    return verdict(false, nothing, fmt::format("{}，趋势“{}”不符合目标 {}", shown, target_detail::trend_word(moved), goal));
  if (!t.by) return verdict(true, whole, fmt::format("{}，趋势“{}”符合目标 {}", shown, target_detail::trend_word(moved), goal));
  if (t.direction != TrendDirection::up && t.direction != TrendDirection::down)
    return not_comparable(fmt::format("目标 {} 的幅度只适用于上升或下降", goal));
  // The amount moved, in the by's unit: per cent of last year, or absolute.
  const Decimal moved_by = t.direction == TrendDirection::up ? change->current - change->previous
                                                            : change->previous - change->current;
  const bool relative = normalize_unit(t.by->unit) == "%";
  try {
    bool met = false;
    std::optional<Decimal> achieved;
    Degree degree;
    if (relative) {
      if (change->previous <= zero) return not_comparable(fmt::format("{}：上年数值不为正，无法计算百分比变化", shown));
      const Decimal hundred = Decimal::from_int(100);
      met = moved_by * hundred >= t.by->value * change->previous;  // exact: moved/previous × 100 ≥ by
      achieved = (moved_by * hundred).divide(change->previous, degree_scale, Rounding::half_up);
      // (moved × 100 / previous) / by, exact.
      if (t.by->value > zero) degree = Quotient{moved_by * hundred, change->previous * t.by->value};
    } else {
      met = moved_by >= t.by->value;
      achieved = moved_by;
      if (t.by->value > zero) degree = ratio(moved_by, t.by->value);
    }
    return verdict(met, degree,
                   fmt::format("{}，变化 {}{}{}目标 {}", shown, achieved ? achieved->to_string() : "?", t.by->unit,
                               met ? "达到" : "未达到", goal));
  } catch (const Error&) {
    return not_comparable(fmt::format("{}：数值超出可计算范围", shown));
  }
}

// The first and last day a period end means ("2024-01" → 2024-01-01 / 2024-01-31).
std::optional<Date> period_day(const std::string& end, bool last_day) {
  if (auto date = Date::parse(end)) return date;
  auto digits = [&](std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (end[i] < '0' || end[i] > '9') return -1;
      value = value * 10 + (end[i] - '0');
    }
    return value;
  };
  if (end.size() == 7 && end[4] == '-') {
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    if (year < 0) return std::nullopt;
    if (month < 1 || month > 12) return std::nullopt;
    return Date{year, month, last_day ? Date::days_in_month(year, month) : 1};
  }
  return std::nullopt;
}

// A grade (10号's three) for `what`: met only when achieved; the degree is the
// grade's default share of the weight.
Evaluation graded(Grade grade, const std::string& what) {
  Evaluation e;
  switch (grade) {
    case Grade::achieved: e = verdict(true, whole, fmt::format(FMT_COMPILE("{}：达成年度指标"), what)); break;
    case Grade::partial:
      e = verdict(false, Quotient{Decimal::from_parts(70, 2), one}, fmt::format(FMT_COMPILE("{}：部分达成年度指标并具有一定效果"), what));
      break;
    case Grade::not_achieved:
      e = verdict(false, Quotient{Decimal::from_parts(30, 2), one}, fmt::format(FMT_COMPILE("{}：未达成年度指标且效果较差"), what));
      break;
  }
  e.grade = grade;
  return e;
}

Evaluation evaluate_qualitative(const QualitativeTarget& t, const Actual& actual) {
  std::optional<Grade> grade;
  if (const auto* g = std::get_if<ActualGrade>(&actual)) {
    grade = g->grade;
  } else if (const auto* text = std::get_if<ActualText>(&actual)) {
    const std::string_view trimmed = target_detail::trim(text->text);
    if (trimmed == target_detail::trim(t.term)) grade = Grade::achieved;
    else grade = grade_from_string(trimmed);
    if (!grade) return not_comparable(fmt::format("实际“{}”既不是目标“{}”也不是评价等级", std::string(trimmed), t.term));
  } else {
    return not_comparable(fmt::format("定性目标“{}”需要评价等级（达成、部分达成、未达成）", t.term));
  }
  return graded(*grade, fmt::format(FMT_COMPILE("“{}”"), t.term));
}

struct Evaluator {
  const Target& target;
  const Actual& actual;

  Evaluation operator()(const CompareTarget& t) const {
    if (const auto* n = std::get_if<ActualNumber>(&actual)) return evaluate_compare(target, t, *n);
    return not_comparable(fmt::format("数值目标 {} 需要一个实际数值", canonical(target)));
  }
  Evaluation operator()(const RangeTarget& t) const {
    if (const auto* n = std::get_if<ActualNumber>(&actual)) return evaluate_range(target, t, *n);
    return not_comparable(fmt::format("区间目标 {} 需要一个实际数值", canonical(target)));
  }
  Evaluation operator()(const TrendTarget& t) const { return evaluate_trend(target, t, actual); }
  Evaluation operator()(const DeadlineTarget& t) const {
    const auto* done = std::get_if<ActualDate>(&actual);
    if (!done) return not_comparable(fmt::format("时限目标 {} 需要完成日期", canonical(target)));
    // A deadline with no year (`每年12月底前`, or `11月底前` read alone) falls in the year of completion.
    const Date due = t.has_year() ? t.date
                                  : Date{done->date.year, t.date.month, Date::days_in_month(done->date.year, t.date.month)};
    const bool met = done->date <= due;
    return verdict(met, met ? whole : nothing,
                   fmt::format(FMT_COMPILE("{} 完成，{}期限 {}"), done->date.to_iso(), met ? "未超过" : "超过", due.to_iso()));
  }
  Evaluation operator()(const PeriodTarget& t) const {
    const auto* done = std::get_if<ActualDate>(&actual);
    if (!done) return not_comparable(fmt::format("期间目标 {} 需要完成日期", canonical(target)));
    auto first = period_day(t.start, false);
    auto last = period_day(t.end, true);
    if (!first || !last) return not_comparable(fmt::format("期间目标 {} 的起止日期无法识别", canonical(target)));
    const bool met = *first <= done->date && done->date <= *last;
    return verdict(met, met ? whole : nothing,
                   fmt::format("{} {}期间 {} 至 {} 内", done->date.to_iso(), met ? "在" : "不在", first->to_iso(), last->to_iso()));
  }
  Evaluation operator()(const QualitativeTarget& t) const { return evaluate_qualitative(t, actual); }
  Evaluation operator()(const InvalidTarget& t) const { return not_comparable("目标值无法解析：" + t.message); }
  Evaluation operator()(const PlaceholderTarget& t) const {
    return not_comparable(fmt::format("目标值「{}」是未填写的占位符", t.term));
  }
};

}  // namespace

Evaluation evaluate(const Target& target, const Actual& actual) {
  // Free text against a quantitative target: read it as the value kind needed.
  if (const auto* text = std::get_if<ActualText>(&actual); text && target.kind() != TargetKind::qualitative) {
    if (auto read = read_actual(target, text->text); read && !std::holds_alternative<ActualText>(*read))
      return evaluate(target, *read);
  }
  // A non-numeric target graded like a qualitative one.
  if (const auto* g = std::get_if<ActualGrade>(&actual)) {
    const TargetKind kind = target.kind();
    if (kind == TargetKind::trend || kind == TargetKind::deadline || kind == TargetKind::period)
      return graded(g->grade, fmt::format(FMT_COMPILE("“{}”"), target.raw));
  }
  return std::visit(Evaluator{target, actual}, target.value);
}

namespace {

std::string quoted(std::string_view text) { return fmt::format("「{}」", text); }

// A number with its unit: a bare or `=` figure, or a comparator repeated from the target.
std::optional<Actual> read_number(std::string_view text, std::string_view unit, std::string_view target_unit,
                                  std::string* problem) {
  // The common case without the grammar: a plain figure, optionally followed by "%"
  // or the target's own unit ("93.5", "95%", "26500件") — what parse_target gives too.
  std::size_t digits = 0;
  while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.')) ++digits;
  if (digits > 0) {
    const std::string_view rest = text.substr(digits);
    const bool plain_unit = rest.empty() || rest == "%" || (!target_unit.empty() && rest == target_unit);
    if (plain_unit) {
      if (auto value = Decimal::try_parse(text.substr(0, digits))) {
        std::string inline_unit(rest);
        const std::string given = unit.empty() ? std::string() : normalize_unit(unit);
        if (inline_unit.empty() || given.empty() || inline_unit == given)
          return ActualNumber{*value, inline_unit.empty() ? given : inline_unit};
      }
    }
  }
  const Target parsed = parse_target(text);
  const auto* c = std::get_if<CompareTarget>(&parsed.value);
  if (!c || !c->note.empty() || c->op == CompareOp::ne) {
    if (problem) *problem = quoted(text) + "不是数值";
    return std::nullopt;
  }
  const std::string given = unit.empty() ? std::string() : normalize_unit(unit);
  if (!c->unit.empty() && !given.empty() && c->unit != given) {
    if (problem) *problem = fmt::format("{}的单位「{}」与给定单位「{}」不一致", quoted(text), c->unit, given);
    return std::nullopt;
  }
  return ActualNumber{c->value, c->unit.empty() ? given : c->unit};
}

std::optional<Decimal> plain_number(std::string_view text) { return Decimal::try_parse(target_detail::trim(text)); }

}  // namespace

std::optional<Actual> read_actual(const Target& target, std::string_view text, std::string_view unit,
                                  std::string* problem) {
  text = target_detail::trim(text);
  switch (target.kind()) {
    case TargetKind::compare:
      return read_number(text, unit, std::get<CompareTarget>(target.value).unit, problem);
    case TargetKind::range:
      return read_number(text, unit, std::get<RangeTarget>(target.value).unit, problem);
    case TargetKind::trend: {
      if (auto grade = grade_from_string(text)) return ActualGrade{*grade};
      if (auto direction = trend_direction_from_word(text)) return ActualTrend{*direction};
      if (auto comma = text.find(','); comma != std::string_view::npos) {
        auto previous = plain_number(text.substr(0, comma));
        auto current = plain_number(text.substr(comma + 1));
        if (previous && current) return ActualChange{*previous, *current};
      }
      const Target parsed = parse_target(text);  // 同比上升, 较上年有所提高
      if (const auto* t = std::get_if<TrendTarget>(&parsed.value); t && !t->by) return ActualTrend{t->direction};
      if (problem) *problem = quoted(text) + "不是趋势（上升/下降/持平、上年和本年两个数值）或达成等级";
      return std::nullopt;
    }
    case TargetKind::deadline:
    case TargetKind::period: {
      if (auto grade = grade_from_string(text)) return ActualGrade{*grade};
      if (auto date = Date::parse(text)) return ActualDate{*date};
      const Target parsed = parse_target(text);  // 2024年11月30日
      if (const auto* d = std::get_if<DeadlineTarget>(&parsed.value); d && d->has_year()) return ActualDate{d->date};
      if (problem) *problem = quoted(text) + "不是完成日期（如 2024-11-30）或达成等级";
      return std::nullopt;
    }
    case TargetKind::qualitative:
    case TargetKind::placeholder:  // evaluate() says a placeholder cannot be scored
    case TargetKind::invalid:
      if (auto grade = grade_from_string(text)) return ActualGrade{*grade};
      return ActualText{std::string(text)};
  }
  return ActualText{std::string(text)};
}

std::string_view to_string(Verdict verdict) noexcept {
  switch (verdict) {
    case Verdict::met: return "met";
    case Verdict::not_met: return "not_met";
    case Verdict::not_comparable: return "not_comparable";
  }
  return "";
}

std::string_view to_string(Grade grade) noexcept {
  switch (grade) {
    case Grade::achieved: return "achieved";
    case Grade::partial: return "partial";
    case Grade::not_achieved: return "not_achieved";
  }
  return "";
}

std::optional<Grade> grade_from_string(std::string_view text) noexcept {
  text = target_detail::trim(text);
  for (std::string_view word : {"achieved", "达成年度指标", "达成预期指标", "达成"})
    if (text == word) return Grade::achieved;
  for (std::string_view word : {"partial", "部分达成年度指标并具有一定效果", "部分达成预期指标并具有一定效果", "部分达成"})
    if (text == word) return Grade::partial;
  for (std::string_view word : {"not_achieved", "未达成年度指标且效果较差", "未达成预期指标且效果较差", "未达成"})
    if (text == word) return Grade::not_achieved;
  return std::nullopt;
}

JIXIAO_END_NAMESPACE
