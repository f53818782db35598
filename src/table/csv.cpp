// SPDX-License-Identifier: Apache-2.0
// csv.hpp: one row per indicator.
#include "jixiao/csv.hpp"

#include <type_traits>
#include <variant>

#include "text/decimal_print.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

std::string plain(const Decimal& value) {
  std::string out;
  text::append_decimal(out, value.mantissa(), value.scale());
  return out;
}

enum Column : std::size_t {
  declaration_column,
  project_column,
  level1_column,
  level2_column,
  name_column,
  raw_column,
  kind_column,
  op_column,
  value_column,
  high_column,
  unit_column,
  basis_column,
  note_column,
  error_column,
  line_column,
  column_count
};

// Fills the columns that depend on the target's kind.
void target_cells(const Target& target, std::vector<std::string>& row) {
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, CompareTarget>) {
          row[op_column] = to_string(v.op);
          row[value_column] = plain(v.value);
          row[unit_column] = v.unit;
          row[note_column] = v.note;
        } else if constexpr (std::is_same_v<T, RangeTarget>) {
          row[value_column] = plain(v.low);
          row[high_column] = plain(v.high);
          row[unit_column] = v.unit;
          row[note_column] = v.note;
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          row[op_column] = to_string(v.direction);
          row[basis_column] = to_string(v.basis);
          if (v.by) {
            row[value_column] = plain(v.by->value);
            row[unit_column] = v.by->unit;
          }
        } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
          row[value_column] = v.has_year() ? v.date.to_iso() : v.date.to_iso().substr(5);  // `11月底前`: "11-30"
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          row[value_column] = v.first_month != 0 ? std::to_string(v.first_month) : v.start;
          row[high_column] = v.last_month != 0 ? std::to_string(v.last_month) : v.end;
        } else if constexpr (std::is_same_v<T, QualitativeTarget> || std::is_same_v<T, PlaceholderTarget>) {
          row[op_column] = v.term;
        } else {
          row[error_column] = v.message;
        }
      },
      target.value);
}

}  // namespace

Table indicators_table(const Document& document) {
  Table table;
  table.header = {"declaration", "project", "level1", "level2", "name", "raw", "kind", "op_or_term",
                  "value_or_low", "high", "unit", "basis", "note", "error", "line"};
  for (std::size_t d = 0; d < document.declarations.size(); ++d) {
    const Declaration& declaration = document.declarations[d];
    for (const Indicator& indicator : declaration.indicators) {
      std::vector<std::string> row(column_count);
      row[declaration_column] = std::to_string(d);
      row[project_column] = declaration.project.name.value_or("");
      row[level1_column] = indicator.level1;
      row[level2_column] = indicator.level2;
      row[name_column] = indicator.name;
      row[raw_column] = indicator.target.raw;
      row[kind_column] = to_string(indicator.target.kind());
      target_cells(indicator.target, row);
      if (indicator.line) row[line_column] = std::to_string(*indicator.line);
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

std::string indicators_csv(const Document& document) { return render_csv(indicators_table(document)); }

JIXIAO_END_NAMESPACE
