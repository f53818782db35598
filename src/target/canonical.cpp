// SPDX-License-Identifier: Apache-2.0
// canonical(): the Shanghai rendering of a target (`≥90.00(%)`, `=0.00(次)`,
// `45-60(%)`, `同比上升`, `2024年12月31日前完成`), chosen so that parsing it
// gives back an equal value.
#include <string>

#include <fmt/core.h>

#include "jixiao/target.hpp"
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// `(unit)` then `(note)`, each only when present.
void append_unit_and_note(std::string& out, const std::string& unit, const std::string& note) {
  for (const std::string* part : {&unit, &note}) {
    if (part->empty()) continue;
    out += '(';
    out += *part;
    out += ')';
  }
}

// "2024-01" → "2024.01", "2024-01-31" → "2024.01.31".
std::string dotted(std::string iso) {
  for (char& c : iso)
    if (c == '-') c = '.';
  return iso;
}

struct Printer {
  const Target& target;
  std::string operator()(const CompareTarget& t) const {
    std::string out(symbol(t.op));
    out += t.value.to_string();
    append_unit_and_note(out, t.unit, t.note);
    return out;
  }
  std::string operator()(const RangeTarget& t) const {
    std::string out = t.low.to_string() + "-" + t.high.to_string();
    append_unit_and_note(out, t.unit, t.note);
    // Ends that look like months (2023.07-2024.01) read back as a period: then
    // spell the range as two comparisons, which cannot.
    if (const Target again = parse_target(out); !(again.value == target.value)) {
      out = "≥" + t.low.to_string();
      append_unit_and_note(out, t.unit, t.note);
      out += "且≤" + t.high.to_string();
      append_unit_and_note(out, t.unit, "");
    }
    return out;
  }
  std::string operator()(const TrendTarget& t) const {
    std::string out = t.basis == TrendBasis::yoy ? "同比" : t.basis == TrendBasis::mom ? "环比" : "";
    out += target_detail::trend_word(t.direction);
    if (t.by) out += t.by->value.to_string() + t.by->unit;
    return out;
  }
  std::string operator()(const DeadlineTarget& t) const {
    // A yearless deadline is always its month's last day (`11月底前`).
    if (!t.has_year()) return fmt::format("{}{}月底前", t.recurring ? "每年" : "", t.date.month);
    return fmt::format("{}{:04}年{}月{}日前完成", t.recurring ? "每年" : "", t.date.year, t.date.month, t.date.day);
  }
  std::string operator()(const PeriodTarget& t) const {
    if (t.first_month != 0) return fmt::format("{}-{}月", t.first_month, t.last_month);
    return dotted(t.start) + "-" + dotted(t.end);
  }
  std::string operator()(const QualitativeTarget& t) const { return t.term; }
  std::string operator()(const PlaceholderTarget& t) const { return t.term; }
  std::string operator()(const InvalidTarget&) const { return target.raw; }
};

}  // namespace

std::string_view symbol(CompareOp op) noexcept {
  switch (op) {
    case CompareOp::eq: return "=";
    case CompareOp::ne: return "≠";
    case CompareOp::gt: return ">";
    case CompareOp::ge: return "≥";
    case CompareOp::lt: return "<";
    case CompareOp::le: return "≤";
  }
  return "=";
}

std::string_view target_detail::trend_word(TrendDirection direction) {
  switch (direction) {
    case TrendDirection::up: return "上升";
    case TrendDirection::down: return "下降";
    case TrendDirection::flat: return "持平";
    case TrendDirection::not_up: return "下降或持平";
    case TrendDirection::not_down: return "上升或持平";
  }
  return "持平";
}

std::string canonical(const Target& target) { return std::visit(Printer{target}, target.value); }

JIXIAO_END_NAMESPACE
