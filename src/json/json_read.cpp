// SPDX-License-Identifier: Apache-2.0
// Reading the document model back from JSON (formats.md). Syntax is checked first
// by json_syntax (offset, line and what was expected); the shape is then walked on a
// Boost.JSON DOM, every problem naming its JSON path ("declarations[2].funds.total").
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/json.hpp>
#include <fmt/core.h>

#include "jixiao/json.hpp"
#include "json/json_path.hpp"
#include "json/parse_checked.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

namespace bj = boost::json;

using json_detail::as_view;
using json_detail::kind_name;
using json_detail::Path;

class Reader {
 public:
  explicit Reader(const JsonReadOptions& options)
      : options_(options), source_(options.source_name.empty() ? std::string("<input>") : options.source_name) {}

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

  // A required member (it may be null where the caller allows).
  const bj::value& require(const bj::object& o, const Path& path, std::string_view expected) const {
    const bj::value* v = o.if_contains(path.key);
    if (v == nullptr) fail(path, expected, "no such field");
    return *v;
  }

  std::string string(const bj::value& v, const Path& path) const {
    if (!v.is_string()) fail(path, "a string", kind_name(v));
    return std::string(as_view(v.get_string()));
  }
  std::string string_member(const bj::object& o, const Path& path) const {
    return string(require(o, path, "a string"), path);
  }
  // "" when absent (for members added after version 1 of a format).
  std::string optional_string_member(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    return v == nullptr ? std::string() : string(*v, path);
  }
  std::optional<std::string> nullable_string_member(const bj::object& o, const Path& path) const {
    const bj::value& v = require(o, path, "a string or null");
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) fail(path, "a string or null", kind_name(v));
    return std::string(as_view(v.get_string()));
  }

  Decimal decimal(const bj::value& v, const Path& path) const {
    constexpr std::string_view expected = "a decimal string such as \"90.00\"";
    if (!v.is_string()) fail(path, expected, kind_name(v));
    const std::string_view text = as_view(v.get_string());
    NumberError error;
    auto value = Decimal::try_parse(text, &error);
    if (!value) fail(path, expected, fmt::format("\"{}\" ({} at byte {})", text, error.expected, error.offset));
    return *value;
  }
  // Absent or null → nullopt (for members added after version 1 of a format).
  std::optional<std::string> optional_nullable_string(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    return string(*v, path);
  }
  std::optional<Decimal> optional_decimal_member(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    return decimal(*v, path);
  }
  // A PDF coordinate: a decimal string, read exactly back to the double it was written from.
  double coordinate(const bj::value& v, const Path& path) const {
    constexpr std::string_view expected = "a coordinate in PDF points as a decimal string (\"56.7\")";
    if (!v.is_string()) fail(path, expected, kind_name(v));
    const std::string_view text = as_view(v.get_string());
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
      fail(path, expected, fmt::format("\"{}\"", text));
    return value;
  }

  Decimal decimal_member(const bj::object& o, const Path& path) const {
    return decimal(require(o, path, "a decimal string"), path);
  }

  std::optional<Money> money_member(const bj::object& o, const Path& path) const {
    constexpr std::string_view expected = "an amount of 元 as a decimal string (\"300000.00\") or null";
    const bj::value& v = require(o, path, expected);
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) fail(path, expected, kind_name(v));
    const std::string_view text = as_view(v.get_string());
    NumberError error;
    auto value = Decimal::try_parse(text, &error);
    if (!value) fail(path, expected, fmt::format("\"{}\" ({} at byte {})", text, error.expected, error.offset));
    if (value->scale() > 2) {
      // Only exact 分 amounts: extra digits are accepted only when they are zeros.
      std::optional<Decimal> at_fen;
      try {
        at_fen = value->rescale(2, Rounding::down);
      } catch (const Error&) {
      }
      if (!at_fen || *at_fen != *value)
        fail(path, "an amount with at most 2 decimals (分)", fmt::format("\"{}\"", text));
      value = at_fen;
    }
    std::optional<Money> money;
    try {
      money = Money::from_yuan(*value);
    } catch (const Error&) {
    }
    if (!money) fail(path, expected, fmt::format("\"{}\" (out of range)", text));
    return money;
  }

  std::optional<Date> date_member(const bj::object& o, const Path& path) const {
    constexpr std::string_view expected = "an ISO date string (\"2024-01-01\") or null";
    const bj::value& v = require(o, path, expected);
    if (v.is_null()) return std::nullopt;
    return date(v, path);
  }
  Date date(const bj::value& v, const Path& path) const {
    constexpr std::string_view expected = "an ISO date string (\"2024-01-01\")";
    if (!v.is_string()) fail(path, expected, kind_name(v));
    auto d = Date::parse(as_view(v.get_string()));
    if (!d) fail(path, expected, fmt::format("\"{}\"", as_view(v.get_string())));
    return *d;
  }

  std::uint64_t unsigned_number(const bj::value& v, const Path& path, std::uint64_t max) const {
    const std::string expected = fmt::format("an integer from 0 to {}", max);
    if (v.is_uint64() && v.get_uint64() <= max) return v.get_uint64();
    if (v.is_int64() && v.get_int64() >= 0 && static_cast<std::uint64_t>(v.get_int64()) <= max)
      return static_cast<std::uint64_t>(v.get_int64());
    if (v.is_number()) fail(path, expected, fmt::format("{}", bj::serialize(v)));
    fail(path, expected, kind_name(v));
  }
  // Absent or null → nullopt.
  template <class Unsigned>
  std::optional<Unsigned> optional_unsigned_member(const bj::object& o, const Path& path) const {
    const bj::value* v = o.if_contains(path.key);
    if (v == nullptr || v->is_null()) return std::nullopt;
    return static_cast<Unsigned>(unsigned_number(*v, path, std::numeric_limits<Unsigned>::max()));
  }

  template <class Enum>
  Enum name_member(const bj::object& o, const Path& path, std::optional<Enum> (*from_string)(std::string_view) noexcept,
                   std::string_view choices) const {
    const bj::value& v = require(o, path, choices);
    if (!v.is_string()) fail(path, choices, kind_name(v));
    auto value = from_string(as_view(v.get_string()));
    if (!value) fail(path, choices, fmt::format("\"{}\"", as_view(v.get_string())));
    return *value;
  }

  Target target(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    Target t;
    t.raw = string_member(o, path.member("raw"));
    const TargetKind kind =
        name_member(o, path.member("kind"), &target_kind_from_string,
                    "a target kind (compare, range, trend, deadline, period, qualitative, invalid)");
    switch (kind) {
      case TargetKind::compare: {
        CompareTarget c;
        c.op = name_member(o, path.member("op"), &compare_op_from_string, "an operator (eq, ne, gt, ge, lt, le)");
        c.value = decimal_member(o, path.member("value"));
        c.unit = string_member(o, path.member("unit"));
        c.note = optional_string_member(o, path.member("note"));
        t.value = std::move(c);
        break;
      }
      case TargetKind::range: {
        RangeTarget r;
        r.low = decimal_member(o, path.member("low"));
        r.high = decimal_member(o, path.member("high"));
        r.unit = string_member(o, path.member("unit"));
        r.note = optional_string_member(o, path.member("note"));
        t.value = std::move(r);
        break;
      }
      case TargetKind::trend: {
        TrendTarget tr;
        tr.direction = name_member(o, path.member("direction"), &trend_direction_from_string,
                                   "a direction (up, down, flat, not_up, not_down)");
        tr.basis = name_member(o, path.member("basis"), &trend_basis_from_string, "a basis (none, yoy, mom)");
        const Path by_path = path.member("by");
        if (const bj::value* by = o.if_contains("by"); by != nullptr && !by->is_null()) {
          const bj::object& bo = object(*by, by_path);
          tr.by = TrendBy{decimal_member(bo, by_path.member("value")), string_member(bo, by_path.member("unit"))};
        }
        t.value = std::move(tr);
        break;
      }
      case TargetKind::deadline: {
        const Path date_path = path.member("date");
        DeadlineTarget d;
        if (const bj::value* dv = o.if_contains("date"); dv != nullptr && dv->is_null()) {
          // `11月底前`: "month_day" "MM-DD" (read as a date of year 2000, which has every day)
          const Path md_path = path.member("month_day");
          const std::string month_day = string_member(o, md_path);
          const auto parsed = Date::parse("2000-" + month_day);
          if (!parsed) fail(md_path, "a month and day (\"11-30\")", fmt::format("\"{}\"", month_day));
          d.date = Date{0, parsed->month, parsed->day};
        } else {
          d.date = date(require(o, date_path, "an ISO date string"), date_path);
        }
        if (const bj::value* r = o.if_contains("recurring"); r != nullptr && r->is_bool()) d.recurring = r->get_bool();
        t.value = d;
        break;
      }
      case TargetKind::period:
        if (const bj::value* sv = o.if_contains("start"); sv != nullptr && sv->is_null()) {
          PeriodTarget p;
          p.first_month = static_cast<int>(optional_unsigned_member<unsigned>(o, path.member("first_month")).value_or(0));
          p.last_month = static_cast<int>(optional_unsigned_member<unsigned>(o, path.member("last_month")).value_or(0));
          t.value = std::move(p);
          break;
        }
        t.value = PeriodTarget{string_member(o, path.member("start")), string_member(o, path.member("end"))};
        break;
      case TargetKind::placeholder:
        t.value = PlaceholderTarget{string_member(o, path.member("term"))};
        break;
      case TargetKind::qualitative:
        t.value = QualitativeTarget{string_member(o, path.member("term"))};
        break;
      case TargetKind::invalid: {
        InvalidTarget bad;
        bad.message = string_member(o, path.member("error"));
        bad.offset = optional_unsigned_member<std::size_t>(o, path.member("offset")).value_or(0);
        bad.expected = optional_string_member(o, path.member("expected"));
        t.value = std::move(bad);
        break;
      }
    }
    if (options_.check_targets && kind != TargetKind::invalid) {
      // The fields must say what the raw text says; a hand-edited file where
      // they differ would otherwise carry two answers.
      const Target reread = parse_target(t.raw);
      if (reread.value != t.value)
        fail(path, fmt::format("fields that agree with \"raw\" (which reads as {})", to_json(reread)),
             to_json(t));
    }
    return t;
  }

  Diagnostic diagnostic(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    Diagnostic d;
    d.code = string_member(o, path.member("code"));
    d.severity = name_member(o, path.member("severity"), &severity_from_string, "a severity (error, warning, info)");
    d.message = string_member(o, path.member("message"));
    d.declaration = optional_unsigned_member<std::size_t>(o, path.member("declaration"));
    d.indicator = optional_unsigned_member<std::size_t>(o, path.member("indicator"));
    d.line = optional_unsigned_member<std::uint32_t>(o, path.member("line"));
    return d;
  }

  Indicator indicator(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    Indicator i;
    i.level1 = string_member(o, path.member("level1"));
    i.level2 = string_member(o, path.member("level2"));
    i.name = string_member(o, path.member("name"));
    const Path target_path = path.member("target");
    i.target = target(require(o, target_path, "a target object"), target_path);
    i.line = optional_unsigned_member<std::uint32_t>(o, path.member("line"));
    if (const bj::value* label = o.if_contains("label"); label != nullptr && !label->is_null())
      i.label = string(*label, path.member("label"));
    // formats.md, additions 2026-12: optional, absent or null when the source lacks them.
    i.weight = optional_decimal_member(o, path.member("weight"));
    i.nature = optional_nullable_string(o, path.member("nature"));
    i.note = optional_nullable_string(o, path.member("note"));
    i.actual = optional_nullable_string(o, path.member("actual"));
    i.score = optional_decimal_member(o, path.member("score"));
    i.reason = optional_nullable_string(o, path.member("reason"));
    return i;
  }

  // A declaration's `selfeval`: every figure as printed, null where absent.
  SelfEvaluation self_evaluation(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    SelfEvaluation s;
    const Path budget_path = path.member("budget");
    if (const bj::value* budget = o.if_contains("budget"); budget != nullptr && !budget->is_null()) {
      const bj::object& b = object(*budget, budget_path);
      s.budget.year_start = optional_nullable_string(b, budget_path.member("year_start"));
      s.budget.annual = optional_nullable_string(b, budget_path.member("annual"));
      s.budget.executed = optional_nullable_string(b, budget_path.member("executed"));
      s.budget.weight = optional_nullable_string(b, budget_path.member("weight"));
      s.budget.rate = optional_nullable_string(b, budget_path.member("rate"));
      s.budget.score = optional_nullable_string(b, budget_path.member("score"));
    }
    s.total = optional_nullable_string(o, path.member("total"));
    s.grade = optional_nullable_string(o, path.member("grade"));
    s.achieved = optional_nullable_string(o, path.member("achieved"));
    return s;
  }

  Declaration declaration(const bj::value& v, const Path& path) const {
    const bj::object& o = object(v, path);
    Declaration d;

    const Path year_path = path.member("year");
    const bj::value& year = require(o, year_path, "a year or null");
    if (!year.is_null()) d.year = static_cast<int>(unsigned_number(year, year_path, 9999));

    d.taxonomy = name_member(o, path.member("taxonomy"), &taxonomy_edition_from_string,
                             "a taxonomy edition (\"2021\" or \"2015\")");

    const Path project_path = path.member("project");
    const bj::object& project = object(require(o, project_path, "an object"), project_path);
    d.project.name = nullable_string_member(project, project_path.member("name"));
    d.project.nature = nullable_string_member(project, project_path.member("nature"));
    d.project.category = nullable_string_member(project, project_path.member("category"));
    d.project.supervisor = nullable_string_member(project, project_path.member("supervisor"));
    d.project.implementer = nullable_string_member(project, project_path.member("implementer"));
    d.project.start_date = date_member(project, project_path.member("start_date"));
    d.project.end_date = date_member(project, project_path.member("end_date"));

    const Path funds_path = path.member("funds");
    const bj::object& funds = object(require(o, funds_path, "an object"), funds_path);
    d.funds.unit = nullable_string_member(funds, funds_path.member("unit"));
    d.funds.total = money_member(funds, funds_path.member("total"));
    d.funds.total_fiscal = money_member(funds, funds_path.member("total_fiscal"));
    d.funds.total_other = money_member(funds, funds_path.member("total_other"));
    d.funds.annual = money_member(funds, funds_path.member("annual"));
    d.funds.annual_appropriation = money_member(funds, funds_path.member("annual_appropriation"));
    d.funds.annual_carryover = money_member(funds, funds_path.member("annual_carryover"));
    d.funds.annual_other = money_member(funds, funds_path.member("annual_other"));

    const Path goals_path = path.member("goals");
    const bj::object& goals = object(require(o, goals_path, "an object"), goals_path);
    d.goals.overall = nullable_string_member(goals, goals_path.member("overall"));
    d.goals.annual = nullable_string_member(goals, goals_path.member("annual"));

    const Path indicators_path = path.member("indicators");
    const bj::array& indicators = array(require(o, indicators_path, "an array"), indicators_path);
    d.indicators.reserve(indicators.size());
    for (std::size_t i = 0; i < indicators.size(); ++i)
      d.indicators.push_back(indicator(indicators[i], indicators_path.element(i)));

    const Path source_path = path.member("source");
    if (const bj::value* source = o.if_contains("source"); source != nullptr && !source->is_null()) {
      const bj::object& so = object(*source, source_path);
      constexpr auto max_line = std::numeric_limits<std::uint32_t>::max();
      const Path first = source_path.member("first_line");
      const Path last = source_path.member("last_line");
      d.source = SourceSpan{static_cast<std::uint32_t>(unsigned_number(require(so, first, "a line"), first, max_line)),
                            static_cast<std::uint32_t>(unsigned_number(require(so, last, "a line"), last, max_line))};
      d.source->page = optional_unsigned_member<std::uint32_t>(so, source_path.member("page"));
      const Path bbox_path = source_path.member("bbox");
      if (const bj::value* bbox = so.if_contains("bbox"); bbox != nullptr && !bbox->is_null()) {
        const bj::array& b = array(*bbox, bbox_path);
        if (b.size() != 4) fail(bbox_path, "[x0, y0, x1, y1]", fmt::format("{} elements", b.size()));
        d.source->bbox = Box{coordinate(b[0], bbox_path.element(0)), coordinate(b[1], bbox_path.element(1)),
                             coordinate(b[2], bbox_path.element(2)), coordinate(b[3], bbox_path.element(3))};
      }
    }
    const Path selfeval_path = path.member("selfeval");
    if (const bj::value* selfeval = o.if_contains("selfeval"); selfeval != nullptr && !selfeval->is_null())
      d.selfeval = self_evaluation(*selfeval, selfeval_path);
    return d;
  }

  Document document(const bj::value& v, const Path& root) const {
    const bj::object& o = object(v, root);
    const Path format_path = root.member("format");
    const bj::value& format = require(o, format_path, fmt::format("\"{}\"", document_json_format));
    if (!format.is_string() || as_view(format.get_string()) != document_json_format) {
      fail(format_path, fmt::format("\"{}\" (a jixiao document)", document_json_format),
           format.is_string() ? fmt::format("the unknown format \"{}\"", as_view(format.get_string()))
                              : std::string(kind_name(format)));
    }
    Document doc;
    doc.title = nullable_string_member(o, root.member("title"));
    const Path declarations_path = root.member("declarations");
    const bj::array& declarations = array(require(o, declarations_path, "an array"), declarations_path);
    doc.declarations.reserve(declarations.size());
    for (std::size_t i = 0; i < declarations.size(); ++i)
      doc.declarations.push_back(declaration(declarations[i], declarations_path.element(i)));
    const Path diagnostics_path = root.member("diagnostics");
    const bj::array& diagnostics = array(require(o, diagnostics_path, "an array"), diagnostics_path);
    doc.diagnostics.reserve(diagnostics.size());
    for (std::size_t i = 0; i < diagnostics.size(); ++i)
      doc.diagnostics.push_back(diagnostic(diagnostics[i], diagnostics_path.element(i)));
    return doc;
  }

  // Syntax first (precise offsets), then the DOM.
  bj::value parse(std::string_view json, bj::storage_ptr storage) const {
    return json_detail::parse_checked(json, std::move(storage), options_.max_depth, source_);
  }

 private:
  const JsonReadOptions& options_;
  std::string source_;
};

template <class Result, class Read>
Result read_json(std::string_view json, const JsonReadOptions& options, Read read) {
  Reader reader(options);
  bj::monotonic_resource arena;
  const bj::value root = reader.parse(json, &arena);
  const Path top;
  return read(reader, root, top);
}

}  // namespace

Document document_from_json(std::string_view json, const JsonReadOptions& options) {
  return read_json<Document>(json, options,
                             [](const Reader& r, const bj::value& v, const Path& p) { return r.document(v, p); });
}

Target target_from_json(std::string_view json, const JsonReadOptions& options) {
  return read_json<Target>(json, options,
                           [](const Reader& r, const bj::value& v, const Path& p) { return r.target(v, p); });
}

Diagnostic diagnostic_from_json(std::string_view json, const JsonReadOptions& options) {
  return read_json<Diagnostic>(json, options,
                               [](const Reader& r, const bj::value& v, const Path& p) { return r.diagnostic(v, p); });
}

Declaration declaration_from_json(std::string_view json, const JsonReadOptions& options) {
  return read_json<Declaration>(
      json, options, [](const Reader& r, const bj::value& v, const Path& p) { return r.declaration(v, p); });
}

JIXIAO_END_NAMESPACE
