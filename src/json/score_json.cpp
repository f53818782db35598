// SPDX-License-Identifier: Apache-2.0
// JSON of scoring (score_json.hpp): the actuals reader and the report writer.
// Syntax is checked first by json_syntax (offset, line and what was expected); the
// shape is then walked on a Boost.JSON DOM, every problem naming its JSON path.
#include "jixiao/score_json.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>
#include <fmt/core.h>

#include "json/json_path.hpp"
#include "json/parse_checked.hpp"
#include "json/json_writer.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

namespace bj = boost::json;

// ---- reading -------------------------------------------------------------------

using json_detail::as_view;
using json_detail::kind_name;
using json_detail::Path;

class ActualsReader {
 public:
  explicit ActualsReader(const JsonReadOptions& options)
      : options_(options), source_(options.source_name.empty() ? std::string("<input>") : options.source_name) {}

  Actuals read(std::string_view json) const {
    bj::monotonic_resource arena;
    const bj::value root = parse(json, &arena);
    const Path top;
    const bj::object& o = object(root, top);
    const Path format_path = top.member("format");
    const bj::value& format = require(o, format_path);
    if (!format.is_string()) fail(format_path, fmt::format("\"{}\"", actuals_json_format), kind_name(format));
    if (as_view(format.get_string()) != actuals_json_format)
      fail(format_path, fmt::format("\"{}\"", actuals_json_format), fmt::format("\"{}\"", as_view(format.get_string())));
    const Path list_path = top.member("declarations");
    const bj::array& list = array(require(o, list_path), list_path);
    Actuals actuals;
    actuals.declarations.reserve(list.size());
    for (std::size_t i = 0; i < list.size(); ++i) actuals.declarations.push_back(declaration(list[i], list_path.element(i)));
    return actuals;
  }

 private:
  [[noreturn]] void fail(const Path& path, std::string_view expected, std::string_view found) const {
    throw Error(ErrorKind::format, fmt::format("{}: {}: expected {}, found {}", source_, path.str(), expected, found),
                Error::no_offset, 0, std::string(expected), source_);
  }

  const bj::object& object(const bj::value& v, const Path& path) const {
    if (!v.is_object()) fail(path, "an object", kind_name(v));
    return v.get_object();
  }
  const bj::array& array(const bj::value& v, const Path& path) const {
    if (!v.is_array()) fail(path, "an array", kind_name(v));
    return v.get_array();
  }
  const bj::value& require(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (!v) fail(path, "this member", "nothing");
    return *v;
  }
  std::string text(const bj::value& v, const Path& path) const {
    if (!v.is_string()) fail(path, "a string", kind_name(v));
    return std::string(as_view(v.get_string()));
  }
  std::optional<std::string> optional_text(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (!v || v->is_null()) return std::nullopt;
    return text(*v, path);
  }
  // A decimal is a JSON string: a JSON number would already have lost digits.
  Decimal decimal(const bj::value& v, const Path& path) const {
    if (!v.is_string()) fail(path, "a decimal as a JSON string (e.g. \"0.85\")", kind_name(v));
    NumberError error;
    auto value = Decimal::try_parse(as_view(v.get_string()), &error);
    if (!value)
      fail(path, fmt::format("a decimal ({} at byte {} of the string)", error.expected, error.offset),
           fmt::format("\"{}\"", as_view(v.get_string())));
    return *value;
  }
  std::optional<Decimal> optional_decimal(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (!v || v->is_null()) return std::nullopt;
    return decimal(*v, path);
  }
  std::optional<Money> optional_money(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) fail(path, "an amount as a JSON string (e.g. \"300000.00\")", kind_name(*v));
    NumberError error;
    auto value = Money::try_parse(as_view(v->get_string()), &error);
    if (!value)
      fail(path, fmt::format("an amount ({} at byte {} of the string)", error.expected, error.offset),
           fmt::format("\"{}\"", as_view(v->get_string())));
    return *value;
  }

  ActualDeclaration declaration(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    ActualDeclaration d;
    d.project = text(require(o, path.member("project")), path.member("project"));
    const Path budget_path = path.member("budget");
    if (const bj::value* b = o.if_contains("budget"); b && !b->is_null()) {
      const bj::object& budget = object(*b, budget_path);
      d.budget.year_start = optional_money(budget, budget_path.member("year_start"));
      d.budget.annual = optional_money(budget, budget_path.member("annual"));
      d.budget.executed = optional_money(budget, budget_path.member("executed"));
    }
    d.achieved = optional_text(o, path.member("achieved"));
    const Path list_path = path.member("indicators");
    if (const bj::value* list = o.if_contains("indicators"); list && !list->is_null()) {
      const bj::array& items = array(*list, list_path);
      d.indicators.reserve(items.size());
      for (std::size_t i = 0; i < items.size(); ++i) {
        if (auto a = indicator(items[i], list_path.element(i))) d.indicators.push_back(std::move(*a));
      }
    }
    return d;
  }

  // nullopt for "actual": null (not reported: the indicator is scored as missing).
  std::optional<ActualIndicator> indicator(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    ActualIndicator a;
    a.name = text(require(o, path.member("name")), path.member("name"));
    a.level2 = optional_text(o, path.member("level2"));
    a.unit = optional_text(o, path.member("unit"));
    a.fraction = optional_decimal(o, path.member("fraction"));
    a.weight = optional_decimal(o, path.member("weight"));
    a.reason = optional_text(o, path.member("reason"));
    a.target = optional_text(o, path.member("target"));
    a.deduction = optional_decimal(o, path.member("deduction"));
    const Path actual_path = path.member("actual");
    const bj::value& actual = require(o, actual_path);
    if (actual.is_null()) return std::nullopt;
    if (actual.is_string()) {
      a.value = std::string(as_view(actual.get_string()));
    } else if (actual.is_array()) {
      const bj::array& pair = actual.get_array();
      if (pair.size() != 2) fail(actual_path, "a [previous, current] pair", fmt::format("{} elements", pair.size()));
      a.pair = TrendPair{decimal(pair[0], actual_path.element(0)), decimal(pair[1], actual_path.element(1))};
    } else if (actual.is_object()) {
      const bj::object& pair = actual.get_object();
      a.pair = TrendPair{decimal(require(pair, actual_path.member("previous")), actual_path.member("previous")),
                         decimal(require(pair, actual_path.member("current")), actual_path.member("current"))};
    } else {
      fail(actual_path, "a string, a [previous, current] pair or null", kind_name(actual));
    }
    return a;
  }

  // Syntax first (precise offsets), then the DOM.
  bj::value parse(std::string_view json, bj::storage_ptr storage) const {
    return json_detail::parse_checked(json, std::move(storage), options_.max_depth, source_);
  }

  const JsonReadOptions& options_;
  std::string source_;
};

// ---- writing -------------------------------------------------------------------

using json_detail::JsonWriter;
using json_detail::write_diagnostic;

Decimal two_places(const Decimal& value) { return rounded_for_report(value); }


void write_diagnostics(JsonWriter& w, const std::vector<Diagnostic>& list) {
  w.key("diagnostics");
  w.begin_array();
  for (const Diagnostic& d : list) write_diagnostic(w, d);
  w.end_array();
}

void write_declaration(JsonWriter& w, const DeclarationScore& d) {
  w.begin_object();
  w.member("project", d.project);
  w.member("declaration", d.declaration);
  w.key("budget");
  w.begin_object();
  w.member("year_start", d.budget.year_start);
  w.member("annual", d.budget.annual);
  w.key("annual_from_declaration");
  w.boolean(d.budget.annual_from_declaration);
  w.member("executed", d.budget.executed);
  w.key("rate");
  if (d.budget.rate) w.decimal(d.budget.rate->rescale(4, Rounding::half_up));
  else w.null();
  w.member("weight", two_places(d.budget.weight));
  w.member("score", d.budget.score);
  w.member("exact_score", d.budget.exact_score);
  w.member("status", to_string(d.budget.status));
  w.member("reason", d.budget.reason);
  w.key("rows");
  w.begin_array();
  for (const FundsRow& row : d.budget.rows) {
    w.begin_object();
    w.member("label", row.label);
    w.member("year_start", row.year_start);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.key("goals");
  w.begin_object();
  w.member("expected", d.goal);
  w.member("achieved", d.achieved);
  w.end_object();
  w.key("indicators");
  w.begin_array();
  for (const IndicatorScore& s : d.indicators) {
    w.begin_object();
    w.member("level1", s.level1);
    w.member("level2", s.level2);
    w.member("name", s.name);
    w.member("target", s.target);
    w.member("year_start_target", s.year_start_target);
    w.key("actual");
    if (s.status == ScoreStatus::missing) w.null();
    else w.string(s.actual);
    w.member("weight", two_places(s.weight));
    w.key("met");
    w.boolean(s.met);
    w.member("score", s.score);
    w.member("exact_score", s.exact_score);
    w.member("reason", s.reason);
    w.member("stated_reason", s.stated_reason);
    w.key("deduction");
    if (s.deduction) w.decimal(*s.deduction);
    else w.null();
    w.key("graded");
    w.boolean(s.graded);
    w.member("status", to_string(s.status));
    w.key("overshoot");
    w.boolean(s.overshoot);
    w.end_object();
  }
  w.end_array();
  w.key("level1");
  w.begin_object();
  for (const Level1Score& l : d.level1) {
    w.text_key(l.level1);
    w.begin_object();
    w.member("weight", two_places(l.weight));
    w.member("score", l.score);
    w.end_object();
  }
  w.end_object();
  w.member("total", d.total);
  w.member("exact_total", d.exact_total);
  w.member("grade", to_string(d.grade, d.grade_scheme));
  w.member("grade_scheme", to_string(d.grade_scheme));
  write_diagnostics(w, d.diagnostics);
  w.end_object();
}

}  // namespace

Actuals actuals_from_json(std::string_view json, const JsonReadOptions& options) {
  return ActualsReader(options).read(json);
}

std::string to_json(const Actuals& actuals, const JsonWriteOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  w.begin_object();
  w.member("format", actuals_json_format);
  w.key("declarations");
  w.begin_array();
  for (const ActualDeclaration& d : actuals.declarations) {
    w.begin_object();
    w.member("project", d.project);
    w.key("budget");
    w.begin_object();
    if (d.budget.year_start) w.member("year_start", d.budget.year_start);
    w.member("annual", d.budget.annual);
    w.member("executed", d.budget.executed);
    w.end_object();
    if (d.achieved) w.member("achieved", *d.achieved);
    w.key("indicators");
    w.begin_array();
    for (const ActualIndicator& a : d.indicators) {
      w.begin_object();
      w.member("name", a.name);
      if (a.level2) w.member("level2", *a.level2);
      w.key("actual");
      if (a.pair) {
        w.begin_array();
        w.decimal(a.pair->previous);
        w.decimal(a.pair->current);
        w.end_array();
      } else {
        w.string(a.value);
      }
      if (a.unit) w.member("unit", *a.unit);
      if (a.fraction) w.member("fraction", *a.fraction);
      if (a.weight) w.member("weight", *a.weight);
      if (a.reason) w.member("reason", *a.reason);
      if (a.target) w.member("target", *a.target);
      if (a.deduction) w.member("deduction", *a.deduction);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return out;
}

std::string to_json(const ScoreReport& report, const JsonWriteOptions& options) {
  std::string out;
  out.reserve(1024 + report.declarations.size() * 4096);
  JsonWriter w(out, options.pretty);
  w.begin_object();
  w.member("format", score_json_format);
  w.key("declarations");
  w.begin_array();
  for (const DeclarationScore& d : report.declarations) write_declaration(w, d);
  w.end_array();
  write_diagnostics(w, report.diagnostics);
  w.end_object();
  return out;
}

JIXIAO_END_NAMESPACE
