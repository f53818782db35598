// SPDX-License-Identifier: Apache-2.0
#include "ingest/assembler.hpp"

#include <fmt/format.h>

#include "ingest/text.hpp"
#include "jixiao/money.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

using namespace std::string_view_literals;

// "…申报表（2024年度）": four digits just before 年度, blanks allowed between.
std::optional<int> year_in_heading(std::string_view heading) {
  const auto pos = heading.find("年度"sv);
  if (pos == std::string_view::npos) return std::nullopt;
  std::size_t end = pos;
  while (end > 0 && heading[end - 1] == ' ') --end;
  if (end < 4) return std::nullopt;
  int year = 0;
  for (std::size_t i = end - 4; i < end; ++i) {
    if (heading[i] < '0' || heading[i] > '9') return std::nullopt;
    year = year * 10 + (heading[i] - '0');
  }
  if (end > 4 && heading[end - 5] >= '0' && heading[end - 5] <= '9') return std::nullopt;
  return year;
}

std::string_view field_label(FormWord w) {
  switch (w) {
    case FormWord::project_name: return "项目名称";
    case FormWord::project_nature: return "项目性质";
    case FormWord::project_category: return "项目类别";
    case FormWord::supervisor: return "主管部门";
    case FormWord::implementer: return "实施单位";
    case FormWord::start_date: return "计划开始日期";
    case FormWord::end_date: return "计划完成日期";
    default: return "";
  }
}

constexpr std::array<std::string_view, 7> amount_labels{
    "项目资金总额"sv, "其中：财政资金"sv, "其他资金（左栏）"sv, "年度资金申请总额"sv,
    "其中：当年财政拨款"sv, "上年结转资金"sv, "其他资金（右栏）"sv};

}  // namespace

DeclarationAssembler::DeclarationAssembler(std::size_t index, std::uint32_t heading_line, std::string_view heading,
                                           DiagnosticSink& sink, RowBudget& budget)
    : index_(index), sink_(sink), placer_(decl_, index, sink, budget), first_line_(heading_line),
      last_line_(heading_line) {
  decl_.year = year_in_heading(heading);
  decl_.indicators.reserve(16);  // a typical table; saves the first reallocations
}

void DeclarationAssembler::report(const Code& code, std::string message, std::optional<std::uint32_t> line) {
  sink_.add(code, std::move(message), index_, std::nullopt, line);
}

void DeclarationAssembler::blank_line() {
  if (zone_ == Zone::table) placer_.blank();
}

void DeclarationAssembler::line(const std::vector<GridCell>& cells, std::uint32_t number) {
  line_before_last_ = last_line_;
  last_line_ = number;
  if (zone_ == Zone::table) {
    placer_.row(cells, number);  // a repeated header row is recognised there
    return;
  }
  header_line(cells, number);
}

void DeclarationAssembler::set_text_field(std::optional<std::string>& field, std::string_view label,
                                          std::string_view value, std::uint32_t number) {
  if (value.empty()) return;  // reported as missing at the end
  if (field && *field != value) {
    report(codes::field_repeated,
           fmt::format("第{}行：{}再次出现，值「{}」与先前的「{}」不同；保留先前的值", number, label, excerpt(value), excerpt(*field)),
           number);
    return;
  }
  field = std::string(value);
}

void DeclarationAssembler::set_date_field(std::optional<Date>& field, std::string_view label, std::string_view value,
                                          std::uint32_t number) {
  if (value.empty()) return;
  const auto date = Date::parse(value);
  if (!date) {
    report(codes::date_invalid,
           fmt::format("第{}行：{}「{}」不是日期（应为 2024-01-01、2024/1/1、2024.01.01 或 2024年1月1日）", number,
                       label, excerpt(value)),
           number);
    invalid_fields_.emplace_back(label);
    return;
  }
  if (field && *field != *date) {
    report(codes::field_repeated,
           fmt::format("第{}行：{}再次出现，值「{}」与先前的 {} 不同；保留先前的值", number, label, excerpt(value),
                       field->to_iso()),
           number);
    return;
  }
  field = *date;
}

void DeclarationAssembler::header_line(const std::vector<GridCell>& cells, std::uint32_t number) {
  classes_.clear();
  std::size_t form_words = 0, labels = 0, texts = 0, header_words = 0;
  for (const auto& cell : cells) {
    classes_.push_back(classify_cell(cell.text));
    const auto& c = classes_.back();
    if (cell.text.empty()) continue;
    if (is_table_header(c.word)) ++header_words;
    if (c.is_form_word()) {
      if (c.word != FormWord::fragment) ++form_words;
    } else if (c.is_label()) {
      ++labels;
    } else {
      ++texts;
    }
  }

  // The indicator table's header row.
  if (header_words >= 2) {
    zone_ = Zone::table;
    expect_goals_ = false;
    placer_.header(cells, number);
    return;
  }

  // The goals' text, on the row after their labels.
  if (expect_goals_ && form_words == 0 && labels == 0 && texts > 0) {
    read_goals(cells, number);
    expect_goals_ = false;
    return;
  }

  // The year line: (2024 年度).
  if (form_words == 0 && labels == 0 && texts == 1) {
    for (const auto& cell : cells) {
      if (cell.text.empty()) continue;
      if (auto year = year_of(cell.text)) {
        if (!decl_.year) decl_.year = *year;
        return;
      }
    }
  }

  // Indicator rows without a header row above them.
  if (form_words == 0 && labels > 0 && texts >= 1) {
    report(codes::table_header_missing,
           fmt::format("第{}行：指标表没有表头（一级指标/二级指标/三级指标），从此行起按指标表读取", number), number);
    zone_ = Zone::table;
    expect_goals_ = false;
    placer_.row(cells, number);
    return;
  }

  if (form_words == 0) {
    if (texts > 0 || labels > 0) {
      std::string text;
      for (const auto& cell : cells) {
        if (cell.text.empty()) continue;
        if (!text.empty()) text += " | ";
        text += cell.text;
      }
      report(codes::text_ignored, fmt::format("第{}行：无法识别的内容未读入：{}", number, excerpt(text)), number);
    }
    return;
  }

  // Label–value pairs anywhere in the row. A value is the next non-empty cell,
  // unless that cell is itself a label (then the value is missing).
  auto value_after = [&](std::size_t i) -> std::pair<std::string_view, std::size_t> {
    for (std::size_t j = i + 1; j < cells.size(); ++j) {
      if (cells[j].text.empty()) continue;
      if (classes_[j].is_form_word() || classes_[j].is_label()) return {{}, i};
      return {cells[j].text, j};
    }
    return {{}, i};
  };
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const FormWord w = classes_[i].word;
    if (w == FormWord::none || w == FormWord::fragment || cells[i].text.empty()) continue;
    if (is_project_field(w)) {
      const auto [value, at] = value_after(i);
      const auto label = field_label(w);
      switch (w) {
        case FormWord::project_name: set_text_field(decl_.project.name, label, value, number); break;
        case FormWord::project_nature: set_text_field(decl_.project.nature, label, value, number); break;
        case FormWord::project_category: set_text_field(decl_.project.category, label, value, number); break;
        case FormWord::supervisor: set_text_field(decl_.project.supervisor, label, value, number); break;
        case FormWord::implementer: set_text_field(decl_.project.implementer, label, value, number); break;
        case FormWord::start_date: set_date_field(decl_.project.start_date, label, value, number); break;
        case FormWord::end_date: set_date_field(decl_.project.end_date, label, value, number); break;
        default: break;
      }
      i = at;
      continue;
    }
    if (is_funds_unit(w)) {
      if (!unit_word_) {
        unit_word_ = w;
        unit_line_ = number;
      }
      continue;
    }
    if (is_amount(w)) {
      Amount slot = total;
      switch (w) {
        case FormWord::amount_total:
          slot = total;
          left_column_ = cells[i].column;
          break;
        case FormWord::amount_total_fiscal: slot = total_fiscal; break;
        case FormWord::amount_annual:
          slot = annual;
          right_column_ = cells[i].column;
          break;
        case FormWord::amount_annual_appropriation: slot = annual_appropriation; break;
        case FormWord::amount_annual_carryover: slot = annual_carryover; break;
        default: {
          // 其他资金: the left or the right column, by where the column labels stand.
          const std::uint32_t col = cells[i].column;
          bool right = false;
          if (left_column_ && right_column_) {
            const auto dl = col > *left_column_ ? col - *left_column_ : *left_column_ - col;
            const auto dr = col > *right_column_ ? col - *right_column_ : *right_column_ - col;
            right = dr < dl;
          } else {
            right = amounts_[total_other].has_value();  // the second one seen
          }
          slot = right ? annual_other : total_other;
          break;
        }
      }
      const auto [value, at] = value_after(i);
      if (!value.empty()) {
        if (amounts_[slot] && amounts_[slot]->text != value) {
          report(codes::field_repeated,
                 fmt::format("第{}行：{}再次出现，值「{}」与先前的「{}」不同；保留先前的值", number,
                             amount_labels[slot], excerpt(value), excerpt(amounts_[slot]->text)),
                 number);
        } else if (!amounts_[slot]) {
          amounts_[slot] = RawAmount{std::string(value), number};
        }
      }
      i = at;
      continue;
    }
    if (w == FormWord::goal_overall || w == FormWord::goal_annual) {
      (w == FormWord::goal_overall ? overall_column_ : annual_column_) = cells[i].column;
      const auto [value, at] = value_after(i);
      if (!value.empty()) {  // the text beside its label, on the same row
        auto& goal = w == FormWord::goal_overall ? decl_.goals.overall : decl_.goals.annual;
        if (!goal) goal = strip_html(value);
        i = at;
      } else {
        expect_goals_ = true;
      }
      continue;
    }
  }
  if (decl_.goals.overall && decl_.goals.annual) expect_goals_ = false;
}

void DeclarationAssembler::read_goals(const std::vector<GridCell>& cells, std::uint32_t number) {
  std::vector<const GridCell*> texts;
  for (const auto& cell : cells)
    if (!cell.text.empty()) texts.push_back(&cell);
  auto put = [&](std::optional<std::string>& goal, const GridCell& cell) {
    if (!goal) goal = strip_html(cell.text);
  };
  if (texts.size() == 1) {
    // One text: it goes under the label whose column it stands nearer to.
    const std::uint32_t col = texts[0]->column;
    bool is_annual = false;
    if (annual_column_ && overall_column_) {
      const auto dov = col > *overall_column_ ? col - *overall_column_ : *overall_column_ - col;
      const auto dan = col > *annual_column_ ? col - *annual_column_ : *annual_column_ - col;
      is_annual = dan < dov;
    } else {
      is_annual = annual_column_.has_value() && !overall_column_;
    }
    put(is_annual ? decl_.goals.annual : decl_.goals.overall, *texts[0]);
    return;
  }
  if (!texts.empty()) put(decl_.goals.overall, *texts[0]);
  if (texts.size() >= 2) put(decl_.goals.annual, *texts[1]);
  if (texts.size() > 2) {
    std::string rest;
    for (std::size_t k = 2; k < texts.size(); ++k) {
      if (!rest.empty()) rest += " | ";
      rest += texts[k]->text;
    }
    report(codes::text_ignored, fmt::format("第{}行：两个目标之外的内容未读入：{}", number, excerpt(rest)), number);
  }
}

void DeclarationAssembler::convert_funds() {
  bool any = false;
  for (const auto& a : amounts_) any = any || a.has_value();
  if (unit_word_ == FormWord::funds_yuan) {
    decl_.funds.unit = "元";
  } else if (unit_word_ == FormWord::funds_wan) {
    decl_.funds.unit = "万元";
  } else if (any) {
    report(codes::funds_unit_undeclared,
           fmt::format("第{}行：项目资金没有声明单位（元或万元），金额未读入（不猜测单位）",
                       unit_line_.value_or(amounts_[total] ? amounts_[total]->line : first_line_)),
           unit_line_ ? unit_line_ : std::optional<std::uint32_t>(first_line_));
    return;
  }
  std::array<std::optional<Money>*, amount_count> fields{
      &decl_.funds.total,  &decl_.funds.total_fiscal,         &decl_.funds.total_other,    &decl_.funds.annual,
      &decl_.funds.annual_appropriation, &decl_.funds.annual_carryover, &decl_.funds.annual_other};
  const bool wan = unit_word_ == FormWord::funds_wan;
  for (std::size_t k = 0; k < amount_count; ++k) {
    if (!amounts_[k]) continue;
    NumberError error;
    const auto money = wan ? Money::try_parse_wan(amounts_[k]->text, &error) : Money::try_parse(amounts_[k]->text, &error);
    if (money) {
      *fields[k] = *money;
      continue;
    }
    invalid_fields_.emplace_back(amount_labels[k]);
    report(codes::amount_invalid,
           fmt::format("第{}行：{}「{}」不是{}金额：第 {} 字节处应为{}", amounts_[k]->line, amount_labels[k],
                       excerpt(amounts_[k]->text), wan ? "万元" : "元", error.offset, error.expected),
           amounts_[k]->line);
  }
}

Declaration DeclarationAssembler::finish(bool input_ended, std::uint32_t last_input_line) {
  if (!input_ended) {
    if (auto caption = placer_.take_trailing_caption()) {
      report(codes::text_ignored,
             fmt::format("第{}行：「{}」位于两个申报表之间，没有指标值，看作下一份文件的标题，未作为指标读入",
                         caption->line.value_or(0), excerpt(caption->name)),
             caption->line);
      if (last_line_ == caption->line) last_line_ = line_before_last_;
    }
  }
  placer_.finish();
  convert_funds();

  std::vector<std::string_view> missing;
  auto need = [&](bool present, std::string_view label) {
    if (present) return;
    for (const auto& invalid : invalid_fields_)
      if (invalid == label) return;
    missing.push_back(label);
  };
  need(decl_.year.has_value(), "年度");
  need(decl_.project.name.has_value(), "项目名称");
  need(decl_.project.nature.has_value(), "项目性质");
  need(decl_.project.category.has_value(), "项目类别");
  need(decl_.project.supervisor.has_value(), "主管部门");
  need(decl_.project.implementer.has_value(), "实施单位");
  need(decl_.project.start_date.has_value(), "计划开始日期");
  need(decl_.project.end_date.has_value(), "计划完成日期");
  const bool unit_reported = !decl_.funds.unit && unit_word_ != FormWord::funds_yuan;
  std::array<const std::optional<Money>*, amount_count> fields{
      &decl_.funds.total,  &decl_.funds.total_fiscal,         &decl_.funds.total_other,    &decl_.funds.annual,
      &decl_.funds.annual_appropriation, &decl_.funds.annual_carryover, &decl_.funds.annual_other};
  for (std::size_t k = 0; k < amount_count; ++k)
    need(fields[k]->has_value() || (unit_reported && amounts_[k].has_value()), amount_labels[k]);
  need(decl_.goals.overall.has_value(), "项目总目标");
  need(decl_.goals.annual.has_value(), "年度总体目标");
  need(zone_ == Zone::table, "绩效指标表");

  // Cut off: the input ends before the indicator table, or inside a row (a name
  // without its target). A table cut between two rows cannot be told from a
  // short one.
  const bool truncated = input_ended && (zone_ != Zone::table || placer_.last_row_incomplete());
  if (truncated) {
    report(codes::truncated,
           fmt::format("第{}行：输入在第 {} 个申报表（第{}行起）{}处结束；已读内容保留，缺失字段为空", last_input_line,
                       index_ + 1, first_line_,
                       zone_ != Zone::table ? "表头部分" : "指标表的一行中途"),
           last_input_line);
  }
  if (!missing.empty()) {
    std::string list;
    for (auto m : missing) {
      if (!list.empty()) list += "、";
      list += m;
    }
    report(codes::fields_missing, fmt::format("第{}行起的申报表缺少：{}", first_line_, list), first_line_);
  }
  if (decl_.indicators.empty() && zone_ == Zone::table) {
    const auto at = placer_.header_line().value_or(first_line_);
    report(codes::table_empty,
           placer_.header_seen() ? fmt::format("第{}行：指标表没有数据行", at)
                                 : fmt::format("第{}行起的申报表没有指标表", first_line_),
           at);
  }
  if (decl_.year) for (Indicator& indicator : decl_.indicators) resolve_year(indicator.target, *decl_.year);  // `11月底前`
  decl_.source = SourceSpan{first_line_, last_line_};
  return std::move(decl_);
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
