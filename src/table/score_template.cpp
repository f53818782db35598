// SPDX-License-Identifier: Apache-2.0
// The fill-in 自评表: writing it (CSV, xlsx through libxlsxwriter) and reading it back
// into Actuals (score_template.hpp).
#include "jixiao/score_template.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/core.h>

#ifdef JIXIAO_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include "jixiao/error.hpp"
#include "jixiao/evaluate.hpp"
#include "jixiao/money.hpp"
#include "jixiao/table.hpp"
#include "jixiao/workbook.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

constexpr std::string_view bom = "\xEF\xBB\xBF";
constexpr std::size_t column_count = template_columns.size();
// A: 项目名称 … J: 全年执行数.
enum Column : std::size_t { project, level1, level2, name, target, actual, weight, reason, annual, executed };
// A real unit's template has a few hundred rows; a file past this is not one.
constexpr std::uint32_t max_rows = 100'000;

using Cells = std::array<std::string, column_count>;

// The template's rows: one budget row, then the indicators, per declaration.
std::vector<Cells> template_rows(const Document& document) {
  std::vector<Cells> rows;
  Cells header;
  for (std::size_t c = 0; c < column_count; ++c) header[c] = std::string(template_columns[c]);
  rows.push_back(header);
  for (const Declaration& d : document.declarations) {
    const std::string name = d.project.name.value_or("");
    Cells budget;
    budget[project] = name;
    budget[level1] = std::string(template_budget_level1);
    budget[Column::name] = std::string(template_budget_row);
    if (d.funds.annual) budget[annual] = d.funds.annual->to_string();
    rows.push_back(budget);
    for (const Indicator& i : d.indicators) {
      Cells row;
      row[project] = name;
      row[level1] = i.level1;
      row[level2] = i.level2;
      row[Column::name] = i.name;
      row[target] = i.target.raw;
      if (i.weight) row[weight] = i.weight->to_string();
      rows.push_back(row);
    }
  }
  return rows;
}

std::string column_letter(std::size_t column) { return std::string(1, static_cast<char>('A' + column)); }

// ---- reading ------------------------------------------------------------------

struct Row {
  std::uint32_t number = 0;  // 1-based, as a spreadsheet program shows it
  Cells cells;
};

// RFC 4180: quoted fields with "" for a quote, CRLF or LF; a BOM at the start.
std::vector<Row> csv_rows(std::string_view bytes, const std::string& source) {
  if (bytes.starts_with(bom)) bytes.remove_prefix(bom.size());
  std::vector<Row> rows;
  Row row;
  std::size_t column = 0;
  std::string field;
  std::uint32_t line = 1;
  auto end_field = [&] {
    if (column < column_count) row.cells[column] = std::move(field);
    else if (!field.empty())
      throw Error(ErrorKind::format, fmt::format("{}: line {}: more than {} columns (the template's A–J)", source, line,
                                                 column_count));
    field.clear();
    ++column;
  };
  auto end_row = [&] {
    end_field();
    row.number = static_cast<std::uint32_t>(rows.size() + 1);
    if (row.number > max_rows)
      throw Error(ErrorKind::limit, fmt::format("{}: more than {} rows", source, max_rows));
    rows.push_back(std::move(row));
    row = Row{};
    column = 0;
  };
  std::size_t i = 0;
  while (i < bytes.size()) {
    const char c = bytes[i];
    if (c == '"' && field.empty()) {
      const std::uint32_t opened = line;
      ++i;
      for (;;) {
        if (i >= bytes.size())
          throw Error(ErrorKind::parse, fmt::format("{}: line {}: a quoted field is not closed", source, opened));
        if (bytes[i] == '"') {
          if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (bytes[i] == '\n') ++line;
        field += bytes[i++];
      }
      if (i < bytes.size() && bytes[i] != ',' && bytes[i] != '\r' && bytes[i] != '\n')
        throw Error(ErrorKind::parse,
                    fmt::format("{}: line {}: expected ',' or the end of the line after a quoted field", source, line));
      continue;
    }
    if (c == ',') {
      end_field();
      ++i;
    } else if (c == '\r' || c == '\n') {
      end_row();
      i += c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
      ++line;
    } else {
      field += c;
      ++i;
    }
  }
  if (column > 0 || !field.empty()) end_row();
  return rows;
}

std::vector<Row> xlsx_rows(std::string_view bytes, const std::string& source, std::string& sheet) {
  WorkbookOptions options;
  options.source_name = source;
  std::vector<Grid> grids = read_xlsx(bytes, options);
  if (grids.empty()) throw Error(ErrorKind::format, fmt::format("{}: the workbook has no sheet", source));
  const Grid& grid = grids.front();
  sheet = grid.name;
  std::vector<Row> rows;
  for (const GridRow& r : grid.rows) {
    Row row;
    for (const GridCell& cell : r.cells) {
      if (row.number == 0) row.number = cell.origin.sheet_row;
      if (cell.column >= column_count) {
        if (!cell.text.empty())
          throw Error(ErrorKind::format, fmt::format("{}: {}: outside the template's columns A–J",
                                                     source, describe(cell.origin)));
        continue;
      }
      row.cells[cell.column] = std::string(cell.text);
    }
    if (row.number != 0) rows.push_back(std::move(row));
  }
  return rows;
}

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::string score_template_csv(const Document& document) {
  std::string out(bom);
  for (const Cells& row : template_rows(document)) {
    for (std::size_t c = 0; c < column_count; ++c) {
      if (c > 0) out += ',';
      append_csv_field(out, row[c]);
    }
    out += "\r\n";
  }
  return out;
}

bool score_template_xlsx_supported() noexcept {
#ifdef JIXIAO_HAVE_XLSXWRITER
  return true;
#else
  return false;
#endif
}

void write_score_template_xlsx(const Document& document, const std::string& path) {
#ifdef JIXIAO_HAVE_XLSXWRITER
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (!workbook) throw Error(ErrorKind::io, fmt::format("{}: cannot create the workbook", path));
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Sheet1");
  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  format_set_bg_color(header, 0xD9D9D9);
  lxw_format* to_fill = workbook_add_format(workbook);  // the cells finance staff fill in
  format_set_bg_color(to_fill, 0xFFF2CC);
  format_set_unlocked(to_fill);
  const double widths[column_count] = {28, 12, 14, 28, 16, 14, 8, 36, 16, 16};
  for (std::size_t c = 0; c < column_count; ++c)
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
  const std::vector<Cells> rows = template_rows(document);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool budget = r > 0 && rows[r][Column::name] == template_budget_row && rows[r][level1] == template_budget_level1;
    for (std::size_t c = 0; c < column_count; ++c) {
      const bool fill = r > 0 && (budget ? (c == annual || c == executed) : (c == actual || c == reason));
      lxw_format* format = r == 0 ? header : fill ? to_fill : nullptr;
      // Text cells throughout: amounts and weights stay the exact digits (no binary double).
      const auto row = static_cast<lxw_row_t>(r);
      const auto col = static_cast<lxw_col_t>(c);
      if (rows[r][c].empty()) {
        if (format) worksheet_write_blank(sheet, row, col, format);
      } else {
        worksheet_write_string(sheet, row, col, rows[r][c].c_str(), format);
      }
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  if (lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR)
    throw Error(ErrorKind::io, fmt::format("{}: cannot write the workbook: {}", path, lxw_strerror(error)));
#else
  (void)document;
  throw Error(ErrorKind::invalid_argument,
              fmt::format("{}: this jixiao was built without libxlsxwriter: no xlsx template (CSV works)", path));
#endif
}

bool looks_like_score_template(std::string_view bytes) noexcept {
  if (looks_like_zip(bytes)) return true;
  if (bytes.starts_with(bom)) bytes.remove_prefix(bom.size());
  if (bytes.starts_with("\"")) bytes.remove_prefix(1);
  return bytes.starts_with(template_columns[0]);
}

Actuals actuals_from_template(std::string_view bytes, const Document& document, const TemplateReadOptions& options) {
  const std::string source = options.source_name.empty() ? "<input>" : options.source_name;
  std::string sheet;
  const bool xlsx = looks_like_zip(bytes);
  const std::vector<Row> rows = xlsx ? xlsx_rows(bytes, source, sheet) : csv_rows(bytes, source);
  auto cell = [&](const Row& row, std::size_t column) {
    return xlsx ? fmt::format("{}!{}{}", sheet, column_letter(column), row.number)
                : fmt::format("line {}, column {}", row.number, column_letter(column));
  };
  std::size_t first = 0;
  while (first < rows.size() && std::all_of(rows[first].cells.begin(), rows[first].cells.end(), blank)) ++first;
  if (first == rows.size()) throw Error(ErrorKind::format, fmt::format("{}: empty: expected the 自评表 template", source));
  for (std::size_t c = 0; c < column_count; ++c)
    if (rows[first].cells[c] != template_columns[c])
      throw Error(ErrorKind::format, fmt::format("{}: {}: expected the header 「{}」, found 「{}」", source,
                                                 cell(rows[first], c), template_columns[c], rows[first].cells[c]));

  Actuals out;
  std::vector<std::string> problems;
  const Declaration* declaration = nullptr;  // the one the current project's rows belong to
  std::vector<bool> taken(document.declarations.size(), false);
  for (std::size_t r = first + 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    if (std::all_of(row.cells.begin(), row.cells.end(), blank)) continue;
    const std::string& name = row.cells[project];
    if (blank(name)) {
      problems.push_back(fmt::format("{}: 缺少项目名称", cell(row, project)));
      continue;
    }
    if (out.declarations.empty() || out.declarations.back().project != name) {
      // A new project: its declaration is the first of that name not yet taken.
      out.declarations.push_back(ActualDeclaration{});
      out.declarations.back().project = name;
      declaration = nullptr;
      for (std::size_t d = 0; d < document.declarations.size() && !declaration; ++d)
        if (!taken[d] && document.declarations[d].project.name == name) {
          taken[d] = true;
          declaration = &document.declarations[d];
        }
    }
    ActualDeclaration& a = out.declarations.back();
    if (row.cells[Column::name] == template_budget_row && row.cells[level1] == template_budget_level1) {
      auto amount = [&](std::size_t column) -> std::optional<Money> {
        const std::string& text = row.cells[column];
        if (blank(text)) return std::nullopt;
        if (auto m = Money::try_parse(text)) return m;
        problems.push_back(fmt::format("{}: 「{}」不是金额（元）", cell(row, column), text));
        return std::nullopt;
      };
      a.budget.annual = amount(annual);
      a.budget.executed = amount(executed);
      continue;
    }
    std::optional<Decimal> stated_weight;
    std::string weight_problem;  // reported after the row's 实际完成值 (column order)
    if (!blank(row.cells[weight])) {
      stated_weight = Decimal::try_parse(row.cells[weight]);
      if (!stated_weight) weight_problem = fmt::format("{}: 「{}」不是分值（数值）", cell(row, weight), row.cells[weight]);
    }
    const std::string& value = row.cells[actual];
    if (blank(value)) {  // not filled in: scored as missing
      if (!weight_problem.empty()) problems.push_back(std::move(weight_problem));
      continue;
    }
    ActualIndicator i;
    i.name = row.cells[Column::name];
    if (!blank(row.cells[level2])) i.level2 = row.cells[level2];
    i.value = value;
    i.weight = stated_weight;
    if (!blank(row.cells[reason])) i.reason = row.cells[reason];
    // The row's target: the declaration's, or the 年度指标值 as changed in the file.
    const Indicator* indicator = nullptr;
    if (declaration)
      for (const Indicator& candidate : declaration->indicators)
        if (candidate.name == i.name && (!i.level2 || candidate.level2 == *i.level2)) {
          indicator = &candidate;
          break;
        }
    Target adjusted;
    const Target* scored_against = indicator ? &indicator->target : nullptr;
    if (!blank(row.cells[target]) && (!indicator || row.cells[target] != indicator->target.raw)) {
      i.target = row.cells[target];
      adjusted = parse_target(row.cells[target]);
      scored_against = &adjusted;
    }
    if (scored_against) {
      std::string problem;
      if (!read_actual(*scored_against, value, {}, &problem))
        problems.push_back(fmt::format("{}: {}", cell(row, actual), problem));
    }
    if (!weight_problem.empty()) problems.push_back(std::move(weight_problem));
    a.indicators.push_back(std::move(i));
  }
  if (!problems.empty()) {
    std::string message = fmt::format("{}: {} bad cell(s):", source, problems.size());
    for (const std::string& p : problems) message += "\n" + p;
    throw Error(ErrorKind::parse, message);
  }
  return out;
}

JIXIAO_END_NAMESPACE
