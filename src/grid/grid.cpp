// SPDX-License-Identifier: Apache-2.0
#include "jixiao/grid.hpp"

#include <array>
#include <utility>

#include <fmt/format.h>

JIXIAO_BEGIN_NAMESPACE

namespace {
constexpr std::array<std::pair<Serialization, std::string_view>, 10> kNames{{
    {Serialization::tabs, "tabs"},
    {Serialization::aligned, "aligned"},
    {Serialization::single_space, "single_space"},
    {Serialization::cell_per_line, "cell_per_line"},
    {Serialization::pipes, "pipes"},
    {Serialization::markdown, "markdown"},
    {Serialization::pdf, "pdf"},
    {Serialization::xlsx, "xlsx"},
    {Serialization::xls, "xls"},
    {Serialization::html, "html"},
}};

// "A" for 1, "Z" for 26, "AA" for 27: the spreadsheet's column letters.
std::string column_letters(std::uint32_t column) {
  std::string letters;
  while (column > 0) {
    --column;
    letters.insert(letters.begin(), static_cast<char>('A' + column % 26));
    column /= 26;
  }
  return letters;
}
bool latin(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

std::string joined_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      out += text[i];
      continue;
    }
    const bool before = !out.empty() && latin(static_cast<unsigned char>(out.back()));
    const bool after = i + 1 < text.size() && latin(static_cast<unsigned char>(text[i + 1]));
    if (before || after) out += ' ';
  }
  return out;
}

std::string_view to_string(Serialization s) noexcept {
  for (const auto& [value, name] : kNames)
    if (value == s) return name;
  return "unknown";
}

std::optional<Serialization> serialization_from_string(std::string_view name) noexcept {
  for (const auto& [value, n] : kNames)
    if (n == name) return value;
  return std::nullopt;
}

std::string describe(const CellOrigin& origin) {
  if (!origin.sheet.empty() || origin.sheet_row != 0)
    return fmt::format("{}!{}{}", origin.sheet, column_letters(origin.sheet_column), origin.sheet_row);
  if (origin.page != 0) return fmt::format("page {}", origin.page);
  return fmt::format("line {}, byte {}", origin.line, origin.byte);
}

JIXIAO_END_NAMESPACE
