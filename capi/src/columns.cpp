// SPDX-License-Identifier: Apache-2.0
// jx_document_columns and jx_columns_*: a document as whole columns (one buffer per
// column), so that a binding builds a data frame without a call per field. The
// columns and their values are those of the document JSON (src/json/json_write.cpp):
// a value is absent exactly where the JSON has null or no key.

#include <charconv>
#include <string>
#include <variant>

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/target.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

struct Column {
  const char* name;
  jx_column_type type;
  std::vector<std::uint8_t> present;     // one per row
  std::vector<std::int64_t> integers;    // one per row (not text)
  std::string text;                      // text: the values back to back
  std::vector<std::uint64_t> offsets;    // text: rows + 1

  Column(const char* column_name, jx_column_type column_type, std::size_t rows)
      : name(column_name), type(column_type), present(rows, 0) {
    if (type == JX_COLUMN_TEXT) {
      offsets.assign(rows + 1, 0);
    } else {
      integers.assign(rows, 0);
    }
  }
  void set(std::size_t row, std::string_view value) {
    present[row] = 1;
    text.append(value);
  }
  void set(std::size_t row, const std::optional<std::string>& value) {
    if (value) set(row, std::string_view(*value));
  }
  void set(std::size_t row, std::int64_t value) {
    present[row] = 1;
    integers[row] = value;
  }
  // Text columns: closes the row (its end offset), set or not.
  void end_row(std::size_t row) { offsets[row + 1] = text.size(); }
};

struct ColumnsHandle {
  std::size_t rows = 0;
  std::vector<Column> columns;
};

JIXIAO_CAPI_HANDLE(jx_columns, ColumnsHandle)

namespace {

// Indicator columns, in the order of the indicator JSON (after the three leads).
enum IndicatorColumn : std::size_t {
  i_declaration, i_indicator, i_project, i_level1, i_level2, i_name, i_raw, i_kind, i_op, i_value, i_unit,
  i_note, i_low, i_high, i_direction, i_basis, i_by_value, i_by_unit, i_date, i_month_day, i_recurring,
  i_start, i_end, i_first_month, i_last_month, i_term, i_error, i_offset, i_expected, i_line, i_label,
  // formats.md additions, as the document JSON writes them (decimals as text)
  i_weight, i_nature, i_row_note, i_actual, i_score, i_reason,
  indicator_columns
};

struct Spec {
  const char* name;
  jx_column_type type;
};

constexpr Spec indicator_spec[indicator_columns] = {
    {"declaration", JX_COLUMN_INTEGER}, {"indicator", JX_COLUMN_INTEGER}, {"project", JX_COLUMN_TEXT},
    {"level1", JX_COLUMN_TEXT}, {"level2", JX_COLUMN_TEXT}, {"name", JX_COLUMN_TEXT},
    {"target.raw", JX_COLUMN_TEXT}, {"target.kind", JX_COLUMN_TEXT}, {"target.op", JX_COLUMN_TEXT},
    {"target.value", JX_COLUMN_TEXT}, {"target.unit", JX_COLUMN_TEXT}, {"target.note", JX_COLUMN_TEXT},
    {"target.low", JX_COLUMN_TEXT}, {"target.high", JX_COLUMN_TEXT}, {"target.direction", JX_COLUMN_TEXT},
    {"target.basis", JX_COLUMN_TEXT}, {"target.by.value", JX_COLUMN_TEXT}, {"target.by.unit", JX_COLUMN_TEXT},
    {"target.date", JX_COLUMN_TEXT}, {"target.month_day", JX_COLUMN_TEXT}, {"target.recurring", JX_COLUMN_BOOL},
    {"target.start", JX_COLUMN_TEXT}, {"target.end", JX_COLUMN_TEXT}, {"target.first_month", JX_COLUMN_INTEGER},
    {"target.last_month", JX_COLUMN_INTEGER}, {"target.term", JX_COLUMN_TEXT}, {"target.error", JX_COLUMN_TEXT},
    {"target.offset", JX_COLUMN_INTEGER}, {"target.expected", JX_COLUMN_TEXT}, {"line", JX_COLUMN_INTEGER},
    {"label", JX_COLUMN_TEXT}, {"weight", JX_COLUMN_TEXT}, {"nature", JX_COLUMN_TEXT}, {"note", JX_COLUMN_TEXT},
    {"actual", JX_COLUMN_TEXT}, {"score", JX_COLUMN_TEXT}, {"reason", JX_COLUMN_TEXT},
};

enum DeclarationColumn : std::size_t {
  d_declaration, d_year, d_taxonomy, d_name, d_nature, d_category, d_supervisor, d_implementer, d_start_date,
  d_end_date, d_funds_unit, d_total, d_total_fiscal, d_total_other, d_annual, d_annual_appropriation,
  d_annual_carryover, d_annual_other, d_overall, d_annual_goals, d_first_line, d_last_line,
  // formats.md additions: the PDF page and box (coordinates as text, space-separated)
  // and a published 自评表's figures as printed
  d_page, d_bbox, d_se_year_start, d_se_annual, d_se_executed, d_se_weight, d_se_rate, d_se_score, d_se_total,
  d_se_grade, d_se_achieved, d_indicators,
  declaration_columns
};

constexpr Spec declaration_spec[declaration_columns] = {
    {"declaration", JX_COLUMN_INTEGER}, {"year", JX_COLUMN_INTEGER}, {"taxonomy", JX_COLUMN_TEXT},
    {"project.name", JX_COLUMN_TEXT}, {"project.nature", JX_COLUMN_TEXT}, {"project.category", JX_COLUMN_TEXT},
    {"project.supervisor", JX_COLUMN_TEXT}, {"project.implementer", JX_COLUMN_TEXT},
    {"project.start_date", JX_COLUMN_TEXT}, {"project.end_date", JX_COLUMN_TEXT}, {"funds.unit", JX_COLUMN_TEXT},
    {"funds.total", JX_COLUMN_MONEY}, {"funds.total_fiscal", JX_COLUMN_MONEY}, {"funds.total_other", JX_COLUMN_MONEY},
    {"funds.annual", JX_COLUMN_MONEY}, {"funds.annual_appropriation", JX_COLUMN_MONEY},
    {"funds.annual_carryover", JX_COLUMN_MONEY}, {"funds.annual_other", JX_COLUMN_MONEY},
    {"goals.overall", JX_COLUMN_TEXT}, {"goals.annual", JX_COLUMN_TEXT}, {"source.first_line", JX_COLUMN_INTEGER},
    {"source.last_line", JX_COLUMN_INTEGER}, {"source.page", JX_COLUMN_INTEGER}, {"source.bbox", JX_COLUMN_TEXT},
    {"selfeval.budget.year_start", JX_COLUMN_TEXT}, {"selfeval.budget.annual", JX_COLUMN_TEXT},
    {"selfeval.budget.executed", JX_COLUMN_TEXT}, {"selfeval.budget.weight", JX_COLUMN_TEXT},
    {"selfeval.budget.rate", JX_COLUMN_TEXT}, {"selfeval.budget.score", JX_COLUMN_TEXT},
    {"selfeval.total", JX_COLUMN_TEXT}, {"selfeval.grade", JX_COLUMN_TEXT}, {"selfeval.achieved", JX_COLUMN_TEXT},
    {"indicators", JX_COLUMN_INTEGER},
};

template <std::size_t N>
std::vector<Column> make_columns(const Spec (&spec)[N], std::size_t rows) {
  std::vector<Column> columns;
  columns.reserve(N);
  for (const auto& s : spec) columns.emplace_back(s.name, s.type, rows);
  return columns;
}

void end_row(std::vector<Column>& columns, std::size_t row) {
  for (auto& column : columns)
    if (column.type == JX_COLUMN_TEXT) column.end_row(row);
}

void set_target(std::vector<Column>& c, std::size_t row, const Target& target) {
  c[i_raw].set(row, std::string_view(target.raw));
  c[i_kind].set(row, to_string(target.kind()));
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, CompareTarget>) {
          c[i_op].set(row, to_string(v.op));
          c[i_value].set(row, std::string_view(v.value.to_string()));
          c[i_unit].set(row, std::string_view(v.unit));
          if (!v.note.empty()) c[i_note].set(row, std::string_view(v.note));
        } else if constexpr (std::is_same_v<T, RangeTarget>) {
          c[i_low].set(row, std::string_view(v.low.to_string()));
          c[i_high].set(row, std::string_view(v.high.to_string()));
          c[i_unit].set(row, std::string_view(v.unit));
          if (!v.note.empty()) c[i_note].set(row, std::string_view(v.note));
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          c[i_direction].set(row, to_string(v.direction));
          c[i_basis].set(row, to_string(v.basis));
          if (v.by) {
            c[i_by_value].set(row, std::string_view(v.by->value.to_string()));
            c[i_by_unit].set(row, std::string_view(v.by->unit));
          }
        } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
          const std::string iso = v.date.to_iso();
          if (v.has_year()) c[i_date].set(row, std::string_view(iso));
          else c[i_month_day].set(row, std::string_view(iso).substr(5));
          if (v.recurring) c[i_recurring].set(row, std::int64_t{1});
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          if (v.first_month != 0) {
            c[i_first_month].set(row, std::int64_t{v.first_month});
            c[i_last_month].set(row, std::int64_t{v.last_month});
          } else {
            c[i_start].set(row, std::string_view(v.start));
            c[i_end].set(row, std::string_view(v.end));
          }
        } else if constexpr (std::is_same_v<T, QualitativeTarget> || std::is_same_v<T, PlaceholderTarget>) {
          c[i_term].set(row, std::string_view(v.term));
        } else {
          static_assert(std::is_same_v<T, InvalidTarget>);
          c[i_error].set(row, std::string_view(v.message));
          c[i_offset].set(row, static_cast<std::int64_t>(v.offset));
          c[i_expected].set(row, std::string_view(v.expected));
        }
      },
      target.value);
}

ColumnsHandle indicator_columns_of(const Document& document) {
  ColumnsHandle table;
  for (const auto& d : document.declarations) table.rows += d.indicators.size();
  table.columns = make_columns(indicator_spec, table.rows);
  auto& c = table.columns;
  std::size_t row = 0;
  for (std::size_t di = 0; di < document.declarations.size(); ++di) {
    const auto& d = document.declarations[di];
    for (std::size_t ii = 0; ii < d.indicators.size(); ++ii, ++row) {
      const auto& indicator = d.indicators[ii];
      c[i_declaration].set(row, static_cast<std::int64_t>(di));
      c[i_indicator].set(row, static_cast<std::int64_t>(ii));
      c[i_project].set(row, d.project.name);
      c[i_level1].set(row, std::string_view(indicator.level1));
      c[i_level2].set(row, std::string_view(indicator.level2));
      c[i_name].set(row, std::string_view(indicator.name));
      set_target(c, row, indicator.target);
      if (indicator.line) c[i_line].set(row, std::int64_t{*indicator.line});
      c[i_label].set(row, indicator.label);
      if (indicator.weight) c[i_weight].set(row, std::string_view(indicator.weight->to_string()));
      c[i_nature].set(row, indicator.nature);
      c[i_row_note].set(row, indicator.note);
      c[i_actual].set(row, indicator.actual);
      if (indicator.score) c[i_score].set(row, std::string_view(indicator.score->to_string()));
      c[i_reason].set(row, indicator.reason);
      end_row(c, row);
    }
  }
  return table;
}

ColumnsHandle declaration_columns_of(const Document& document) {
  ColumnsHandle table;
  table.rows = document.declarations.size();
  table.columns = make_columns(declaration_spec, table.rows);
  auto& c = table.columns;
  const auto money = [&](std::size_t column, std::size_t row, const std::optional<Money>& amount) {
    if (amount) c[column].set(row, amount->fen());
  };
  const auto date = [&](std::size_t column, std::size_t row, const std::optional<Date>& value) {
    if (value) c[column].set(row, std::string_view(value->to_iso()));
  };
  for (std::size_t row = 0; row < table.rows; ++row) {
    const auto& d = document.declarations[row];
    c[d_declaration].set(row, static_cast<std::int64_t>(row));
    if (d.year) c[d_year].set(row, std::int64_t{*d.year});
    c[d_taxonomy].set(row, to_string(d.taxonomy));
    c[d_name].set(row, d.project.name);
    c[d_nature].set(row, d.project.nature);
    c[d_category].set(row, d.project.category);
    c[d_supervisor].set(row, d.project.supervisor);
    c[d_implementer].set(row, d.project.implementer);
    date(d_start_date, row, d.project.start_date);
    date(d_end_date, row, d.project.end_date);
    c[d_funds_unit].set(row, d.funds.unit);
    money(d_total, row, d.funds.total);
    money(d_total_fiscal, row, d.funds.total_fiscal);
    money(d_total_other, row, d.funds.total_other);
    money(d_annual, row, d.funds.annual);
    money(d_annual_appropriation, row, d.funds.annual_appropriation);
    money(d_annual_carryover, row, d.funds.annual_carryover);
    money(d_annual_other, row, d.funds.annual_other);
    c[d_overall].set(row, d.goals.overall);
    c[d_annual_goals].set(row, d.goals.annual);
    if (d.source) {
      c[d_first_line].set(row, std::int64_t{d.source->first_line});
      c[d_last_line].set(row, std::int64_t{d.source->last_line});
      if (d.source->page) c[d_page].set(row, std::int64_t{*d.source->page});
      if (d.source->bbox) {
        const Box& b = *d.source->bbox;
        std::string text;
        for (const double coordinate : {b.x0, b.y0, b.x1, b.y1}) {
          char digits[32];  // shortest round trip, as the document JSON writes it
          if (!text.empty()) text += ' ';
          text.append(digits, std::to_chars(digits, digits + sizeof digits, coordinate).ptr);
        }
        c[d_bbox].set(row, std::string_view(text));
      }
    }
    if (d.selfeval) {
      const SelfEvaluation& e = *d.selfeval;
      c[d_se_year_start].set(row, e.budget.year_start);
      c[d_se_annual].set(row, e.budget.annual);
      c[d_se_executed].set(row, e.budget.executed);
      c[d_se_weight].set(row, e.budget.weight);
      c[d_se_rate].set(row, e.budget.rate);
      c[d_se_score].set(row, e.budget.score);
      c[d_se_total].set(row, e.total);
      c[d_se_grade].set(row, e.grade);
      c[d_se_achieved].set(row, e.achieved);
    }
    c[d_indicators].set(row, static_cast<std::int64_t>(d.indicators.size()));
    end_row(c, row);
  }
  return table;
}

const Column& column_of(const jx_columns* columns, std::size_t index) {
  require(columns, "columns");
  const auto& table = *in(columns);
  if (index >= table.columns.size()) {
    fail(JX_ERANGE, "column index " + std::to_string(index) + " out of range (there are " +
                        std::to_string(table.columns.size()) + ")");
  }
  return table.columns[index];
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_document_columns(const jx_document* document, jx_rows rows, jx_columns** out, jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    require(out, "out");
    const Document& d = in(document)->document;
    std::unique_ptr<ColumnsHandle> table;
    switch (rows) {
      case JX_ROWS_INDICATORS: table = std::make_unique<ColumnsHandle>(indicator_columns_of(d)); break;
      case JX_ROWS_DECLARATIONS: table = std::make_unique<ColumnsHandle>(declaration_columns_of(d)); break;
      default: fail(JX_EINVAL, "unknown rows " + std::to_string(static_cast<int>(rows)));
    }
    *out = capi::out(table.release());
  });
}

JX_API void jx_columns_free(jx_columns* columns) { delete in(columns); }

JX_API jx_status jx_columns_shape(const jx_columns* columns, size_t* rows, size_t* count) {
  return guarded(nullptr, [&] {
    require(columns, "columns");
    if (rows != nullptr) *rows = in(columns)->rows;
    if (count != nullptr) *count = in(columns)->columns.size();
  });
}

JX_API jx_status jx_columns_info(const jx_columns* columns, size_t index, const char** name, jx_column_type* type) {
  return guarded(nullptr, [&] {
    const auto& column = column_of(columns, index);
    if (name != nullptr) *name = column.name;
    if (type != nullptr) *type = column.type;
  });
}

JX_API jx_status jx_columns_data(const jx_columns* columns, size_t index, const uint8_t** present,
                                 const int64_t** integers, const char** text, const uint64_t** offsets,
                                 size_t* text_length) {
  return guarded(nullptr, [&] {
    const auto& column = column_of(columns, index);
    const bool is_text = column.type == JX_COLUMN_TEXT;
    if (present != nullptr) *present = column.present.data();
    if (integers != nullptr) *integers = is_text ? nullptr : column.integers.data();
    if (text != nullptr) *text = is_text ? column.text.data() : nullptr;
    if (offsets != nullptr) *offsets = is_text ? column.offsets.data() : nullptr;
    if (text_length != nullptr) *text_length = is_text ? column.text.size() : 0;
  });
}

}  // extern "C"
