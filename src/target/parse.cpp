// SPDX-License-Identifier: Apache-2.0
// parse_target: the facade in front of the X3 grammar. It checks UTF-8, runs the
// grammar, assembles the typed Target from what the grammar collected, and turns
// a non-match into either qualitative data or an error naming the byte offset.
#include <optional>
#include <string>
#include <string_view>

#include <fmt/core.h>

#include "jixiao/target.hpp"
#include "target/builder.hpp"
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using target_detail::Builder;
using target_detail::DateParts;
using target_detail::Quantity;
using target_detail::Shape;

InvalidTarget invalid(std::size_t offset, std::string_view problem, std::string_view expected) {
  InvalidTarget error;
  error.offset = offset;
  error.expected = std::string(expected);
  error.message = fmt::format("{}: expected {} at byte {}", problem, expected, offset);
  return error;
}

// What kind of mistake an expectation failure of the grammar is, for the message.
std::string_view problem_of(std::string_view expected) {
  if (expected == "a number after the comparator") return "comparator without a number";
  if (expected == "a number, not a second comparator") return "doubled comparator";
  if (expected == "a number after the range separator") return "dangling range";
  if (expected == "a comparison after the joiner") return "dangling joiner";
  if (expected == "a digit after the sign (the sign is doubled)") return "doubled sign";
  if (expected == "the closing $") return "unclosed $";
  return "malformed number";
}

// Does the text (after white space and an opening `$`) start like a number or a
// symbolic comparison? Then a non-match is an error, not qualitative text.
bool starts_like_a_number(std::string_view text) {
  const char* p = text.data();
  const char* last = p + text.size();
  while (std::size_t n = target_detail::space_length(p, last)) p += n;
  if (p != last && *p == '$') ++p;
  while (std::size_t n = target_detail::space_length(p, last)) p += n;
  std::size_t len = 0;
  if (target_detail::digit_at(p, last, len) >= 0) return true;
  if (target_detail::sign_at(p, last, len)) {
    std::size_t len2 = 0;
    return target_detail::digit_at(p + len, last, len2) >= 0 || target_detail::sign_at(p + len, last, len2);
  }
  if (p == last) return false;
  switch (static_cast<unsigned char>(*p)) {  // the first bytes of the comparators below
    case '=': case '>': case '<': case '!': case '\\': case 0xEF: case 0xE2: break;
    default: return false;
  }
  static constexpr std::string_view comparators[] = {"=", "＝", "≥", "≧", "⩾", ">", "＞", "≤", "≦", "⩽", "<", "＜",
                                                     "≠", "!=", "！＝", "\\ge", "\\le", "\\ne", "\\gt", "\\lt"};
  const std::string_view rest(p, static_cast<std::size_t>(last - p));
  for (std::string_view c : comparators)
    if (rest.substr(0, c.size()) == c) return true;
  return false;
}

// A cell left unfilled (target-values.md additions), its text trimmed: runs of
// `*`, `/`, `-`, `_`, `—` or `X`, and 无 待定 不适用 and the like. Inline in the
// facade (a call per qualitative target cost 4% of parse_target's instructions).
inline bool is_placeholder_term(std::string_view text) noexcept {
  if (text.empty()) return false;
  static constexpr std::string_view words[] = {"无", "待定", "不适用", "暂无", "见附件", "XX", "xx", "XXX", "xxx", "—", "——", "／"};
  for (std::string_view w : words)
    if (text == w) return true;
  for (char c : std::string_view("*/-_"))
    if (text.find_first_not_of(c) == std::string_view::npos) return true;
  return false;
}

// The unit both ends of a range share: one may omit it (`14-24℃`), they may not differ.
std::optional<InvalidTarget> merge_units(const Quantity& low, const Quantity& high, std::string& unit) {
  if (!low.unit.empty() && !high.unit.empty() && low.unit != high.unit)
    return invalid(high.unit_offset, "mixed units", fmt::format("the unit of the other end ({})", low.unit));
  unit.assign(low.unit.empty() ? high.unit : low.unit);
  return std::nullopt;
}

std::optional<InvalidTarget> merge_notes(const Quantity& low, const Quantity& high, std::string& note) {
  if (!low.note.empty() && !high.note.empty()) return invalid(high.note_offset, "two notes", "at most one note");
  note.assign(low.note.empty() ? high.note : low.note);
  return std::nullopt;
}

// The assemble_* functions below write the value into the Target in place:
// building it whole and moving it in cost a copy of every short string (a moved
// short string is copied). Each makes the alternative from its leading members,
// its strings empty, then appends to them. Not with a bare emplace<T>(): that
// value-initialises T, zeroing the whole struct first (for CompareTarget a
// `rep stos`, slower than the rest of the assembly).

void assemble_range(const Quantity& low, const Quantity& high, TargetValue& out) {
  if (high.value < low.value) {
    out = invalid(high.value_offset, "reversed range", "a high end not below the low end");
    return;
  }
  RangeTarget& range = out.emplace<RangeTarget>(RangeTarget{low.value, high.value, {}, {}});
  std::optional<InvalidTarget> error = merge_units(low, high, range.unit);
  if (!error) error = merge_notes(low, high, range.note);
  if (error) out = std::move(*error);
}

void assemble_single_compare(CompareOp op, const Quantity& q, TargetValue& out) {
#if defined(__cpp_aggregate_paren_init)  // C++20 (GCC 10): built in place, nothing zeroed, nothing moved
  CompareTarget& compare = out.emplace<CompareTarget>(op, q.value);
#else  // clang 14: built, then moved in (its strings still empty)
  CompareTarget& compare = out.emplace<CompareTarget>(CompareTarget{op, q.value, {}, {}});
#endif
  compare.unit.append(q.unit);  // append to an empty string: an assign without the aliasing checks
  compare.note.append(q.note);
}

void assemble_compare(const Builder& b, TargetValue& out) {
  if (b.clauses == 1) {
    const Quantity& q = b.quantity[0];
    const CompareOp op = b.op[0];
    if (q.postfix && *q.postfix != op)
      out = invalid(q.postfix_offset, "contradictory comparator", "no 以上/以下 that contradicts the comparator");
    else
      assemble_single_compare(op, q, out);
    return;
  }
  // `≥90%且≤95%`: a range, whose bounds are inclusive.
  int low = b.op[0] == CompareOp::ge ? 0 : b.op[0] == CompareOp::le ? 1 : -1;
  int high = b.op[1] == CompareOp::le ? 1 : b.op[1] == CompareOp::ge ? 0 : -1;
  if (low < 0 || high < 0 || low == high) {
    out = invalid(low < 0 ? b.clause_offset[0] : b.clause_offset[1], "not a range",
                  "one ≥ and one ≤ (a range's bounds are inclusive)");
    return;
  }
  for (const Quantity& q : b.quantity)
    if (q.postfix) {
      out = invalid(q.postfix_offset, "contradictory comparator", "no 以上/以下 inside a range");
      return;
    }
  if (low == 0) assemble_range(b.quantity[0], b.quantity[1], out);
  else assemble_range(b.quantity[1], b.quantity[0], out);
}

void assemble_bare(const Builder& b, TargetValue& out) {
  if (b.clauses == 1) {
    const Quantity& q = b.quantity[0];
    assemble_single_compare(q.postfix.value_or(CompareOp::eq), q, out);
    return;
  }
  for (const Quantity& q : b.quantity)
    if (q.postfix) {
      out = invalid(q.postfix_offset, "contradictory comparator", "no 以上/以下 inside a range");
      return;
    }
  assemble_range(b.quantity[0], b.quantity[1], out);
}

// A date as written, checked against the calendar; a month alone means its last day.
std::optional<Date> calendar_date(const DateParts& d) {
  if (d.month < 1 || d.month > 12 || d.year == 0) return std::nullopt;
  const int day = d.day == 0 ? Date::days_in_month(d.year, d.month) : d.day;
  if (!Date::is_valid(d.year, d.month, day)) return std::nullopt;
  return Date{d.year, d.month, day};
}

void assemble(const Builder& b, std::string_view text, TargetValue& out) {
  switch (b.shape) {
    case Shape::compare: assemble_compare(b, out); return;
    case Shape::bare: assemble_bare(b, out); return;
    case Shape::trend: {
      TrendTarget& trend = out.emplace<TrendTarget>(TrendTarget{b.direction, b.basis, std::nullopt});
      if (b.has_by) {
        // `提高5个百分点`: percentage points, an absolute change of a rate, not `增长5%`.
        const std::string_view unit =
            b.quantity[0].unit == "%" && text.find("百分点") != std::string_view::npos ? "百分点" : b.quantity[0].unit;
        trend.by = TrendBy{b.quantity[0].value, std::string(unit)};
      }
      return;
    }
    case Shape::deadline: {
      const DateParts& d = b.date[0];
      if (d.year == 0 && d.month >= 1 && d.month <= 12)  // `11月底前`: the month's end, the year to come
        out.emplace<DeadlineTarget>(DeadlineTarget{Date{0, d.month, Date::days_in_month(2001, d.month)}, b.recurring});
      else if (auto date = d.year != 0 ? calendar_date(d) : std::nullopt)
        out.emplace<DeadlineTarget>(DeadlineTarget{*date, b.recurring});
      else
        out = invalid(d.offset, "invalid date", "a valid calendar date");
      return;
    }
    case Shape::period: {
      if (b.date[0].year == 0) {  // `1-12月`: months of the budget year
        const int first = b.date[0].month, last = b.date[1].month;
        if (first > last) out = invalid(b.date[1].offset, "reversed period", "an end month not before the start month");
        else out.emplace<PeriodTarget>(PeriodTarget{{}, {}, first, last});
        return;
      }
      PeriodTarget period;
      std::string* ends[2] = {&period.start, &period.end};
      for (int i = 0; i < 2; ++i) {
        const DateParts& d = b.date[i];
        auto date = calendar_date(d);
        if (!date) {
          out = invalid(d.offset, "invalid date", "a valid calendar date");
          return;
        }
        *ends[i] = d.day == 0 ? fmt::format("{:04}-{:02}", d.year, d.month) : date->to_iso();
      }
      out = std::move(period);
      return;
    }
    case Shape::none: break;
  }
  out = invalid(0, "internal error", "a target");  // unreachable: a match always sets the shape
}

void parse_value(std::string_view text, TargetValue& out) {
  // The grammar is safe on any bytes (it matches exact byte spellings and bounds
  // every read), so UTF-8 is checked only where bytes are kept as they are: a
  // unit word, a note, qualitative text — and before reporting any other error,
  // so that bad bytes are named as such.
  auto bad_utf8 = [&]() -> std::optional<InvalidTarget> {
    if (std::size_t bad = text::first_invalid_utf8(text); bad != std::string_view::npos)
      return invalid(bad, "invalid UTF-8", "valid UTF-8");
    return std::nullopt;
  };
  Builder builder;
  target_detail::GrammarFailure failure;
  if (target_detail::run_grammar(text.data(), text.data() + text.size(), builder, failure)) {
    if (builder.free_text)
      if (auto error = bad_utf8()) {
        out = std::move(*error);
        return;
      }
    assemble(builder, text, out);
    return;
  }
  const std::string_view trimmed = target_detail::trim(text);
  if (trimmed.empty()) {
    out = invalid(static_cast<std::size_t>(trimmed.data() - text.data()), "empty target",
                  "a number, a comparison, a trend, a date or a term");
    return;
  }
  if (auto error = bad_utf8()) {
    out = std::move(*error);
    return;
  }
  if (failure.expectation) {
    out = invalid(failure.offset, problem_of(failure.expected), failure.expected);
    return;
  }
  if (failure.started && starts_like_a_number(text)) {
    std::size_t at = builder.reached;
    while (std::size_t n = target_detail::space_length(text.data() + at, text.data() + text.size())) at += n;
    out = invalid(at, "unexpected text", "the end of the target");
    return;
  }
  if (is_placeholder_term(trimmed)) {
    out.emplace<PlaceholderTarget>().term.append(trimmed);
    return;
  }
  out.emplace<QualitativeTarget>().term.append(trimmed);  // 32 bytes: zeroed in two stores
}

}  // namespace

bool is_placeholder_text(std::string_view text) noexcept { return is_placeholder_term(target_detail::trim(text)); }

void resolve_year(Target& target, int year) {
  if (year < 1 || year > 9999) return;
  if (auto* d = std::get_if<DeadlineTarget>(&target.value); d && !d->has_year() && !d->recurring) {
    d->date = Date{year, d->date.month, Date::days_in_month(year, d->date.month)};
  } else if (auto* p = std::get_if<PeriodTarget>(&target.value); p && p->first_month != 0) {
    p->start = fmt::format("{:04}-{:02}", year, p->first_month);
    p->end = fmt::format("{:04}-{:02}", year, p->last_month);
    p->first_month = p->last_month = 0;
  }
}

Target parse_target(std::string_view text) {
  Target target{std::string(text)};  // returned in place (NRVO), its value filled in place
  parse_value(text, target.value);
  return target;
}

JIXIAO_END_NAMESPACE
