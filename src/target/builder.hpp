// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the X3 grammar collects while it reads one target: plain slots that the
// semantic actions fill (no allocation — units and notes are views into the
// input), and the facade's entry point into the grammar. Spirit-free, so that
// parse.cpp does not pay X3's compile time.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/target.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_detail {

// The slots carry no default member initialisers on purpose: zeroing the whole
// Builder for every target cost more than the rest of parsing a short one. An
// action value-initialises a slot (`Quantity{}`, `DateParts{}`) when it starts
// filling it, and the facade reads only slots the matched alternative filled.

// A number with what may follow it: `90.00 (%)`, `100%（1.0）`, `3个工作日以内`.
struct Quantity {
  Decimal value;
  std::size_t value_offset;
  std::string_view unit;  // normalised: the percent spellings are "%"
  std::size_t unit_offset;
  std::string_view note;  // inside the trailing parentheses, trimmed
  std::size_t note_offset;
  std::optional<CompareOp> postfix;  // 以上 (ge), 以下/以内 (le)
  std::size_t postfix_offset;
};

// A date as written: day 0 means a month alone (`2024年12月`, `2023.07`); year 0
// means none was written (`11月底前`, `1-12月`).
struct DateParts {
  int year;
  int month;
  int day;
  std::size_t offset;
};

// Which alternative of the grammar matched.
enum class Shape { none, compare, bare, trend, deadline, period };

struct Builder {
  const char* base = nullptr;  // start of the raw text, for offsets
  Shape shape = Shape::none;
  int clauses = 0;  // compare: 1, or 2 for `≥90%且≤95%`; bare: 1, or 2 for a range
  std::size_t reached = 0;  // furthest offset a completed piece ended at
  bool free_text = false;   // a unit word or note was taken byte for byte (UTF-8 still to check)
  CompareOp op[2];           // valid for the clauses that have an op (has_op)
  bool has_op[2];
  std::size_t clause_offset[2];
  Quantity quantity[2];
  TrendDirection direction;
  TrendBasis basis;
  bool has_by;  // the by amount is quantity[0]
  DateParts date[2];
  bool recurring;  // deadline: `每年12月底前`
};

// How the grammar ended when it did not match.
struct GrammarFailure {
  // false: the text starts with no character a target can start with (after
  // white space: no `$`, digit, sign, comparator or trend word), so it does not
  // look like a number either: qualitative text, or invalid UTF-8.
  bool started = true;
  bool expectation = false;   // true: a hard error at `offset`, `expected` says what
  std::size_t offset = 0;
  std::string expected;
};

// Runs the X3 grammar over [first, last) (the whole raw text). True when it
// matched the whole text; `builder` then holds the pieces.
bool run_grammar(const char* first, const char* last, Builder& builder, GrammarFailure& failure);

}  // namespace target_detail
JIXIAO_END_NAMESPACE
