// SPDX-License-Identifier: Apache-2.0
#pragma once
// The declaration assembler: everything between one form heading
// (财政项目支出绩效目标申报表) and the next. It reads the year, the header block's
// label–value pairs, the funds block (unit from its label, amounts by label and
// column), the goals, and hands the indicator table's rows to the RowPlacer.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/cells.hpp"
#include "ingest/codes.hpp"
#include "ingest/placer.hpp"
#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

class DeclarationAssembler {
 public:
  DeclarationAssembler(std::size_t index, std::uint32_t heading_line, std::string_view heading,
                       DiagnosticSink& sink, RowBudget& budget);

  // A non-blank line of this declaration, already split into cells.
  void line(const std::vector<GridCell>& cells, std::uint32_t number);
  void blank_line();
  // Done: converts the amounts, reports what is missing. `input_ended` is true
  // for the last declaration of the input (a missing table then means truncation).
  Declaration finish(bool input_ended, std::uint32_t last_input_line);

  std::size_t index() const noexcept { return index_; }

 private:
  enum class Zone { header, table };
  enum Amount : std::size_t {
    total, total_fiscal, total_other, annual, annual_appropriation, annual_carryover, annual_other, amount_count
  };
  struct RawAmount {
    std::string text;
    std::uint32_t line = 0;
  };

  void header_line(const std::vector<GridCell>& cells, std::uint32_t number);
  void read_goals(const std::vector<GridCell>& cells, std::uint32_t number);
  void set_text_field(std::optional<std::string>& field, std::string_view label, std::string_view value,
                      std::uint32_t number);
  void set_date_field(std::optional<Date>& field, std::string_view label, std::string_view value,
                      std::uint32_t number);
  void convert_funds();
  void report(const Code& code, std::string message, std::optional<std::uint32_t> line);

  std::size_t index_;
  DiagnosticSink& sink_;
  Declaration decl_;
  RowPlacer placer_;
  Zone zone_ = Zone::header;
  std::uint32_t first_line_;
  std::uint32_t last_line_;
  std::uint32_t line_before_last_ = 0;  // the source span without a trailing caption

  // Funds.
  std::optional<FormWord> unit_word_;
  std::optional<std::uint32_t> unit_line_;
  std::array<std::optional<RawAmount>, amount_count> amounts_;
  std::optional<std::uint32_t> left_column_;   // column of 项目资金总额
  std::optional<std::uint32_t> right_column_;  // column of 年度资金申请总额
  std::vector<std::string> invalid_fields_;    // reported already; not "missing"

  // Goals.
  bool expect_goals_ = false;
  std::optional<std::uint32_t> overall_column_, annual_column_;

  std::vector<CellClass> classes_;
};

}  // namespace ingest
JIXIAO_END_NAMESPACE
