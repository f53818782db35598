// SPDX-License-Identifier: Apache-2.0
#include "unit/validate/model_builders.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "jixiao/taxonomy.hpp"

namespace jixiao::test {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    auto end = text.find(separator, start);
    if (end == std::string_view::npos) {
      parts.emplace_back(text.substr(start));
      return parts;
    }
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
}

// Rows of a golden TSV as column-name → value maps (header row first).
struct Tsv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  const std::string& at(std::size_t row, std::string_view column) const {
    for (std::size_t c = 0; c < header.size(); ++c)
      if (header[c] == column) return rows.at(row).at(c);
    throw std::runtime_error("no column " + std::string(column));
  }
};

Tsv read_tsv(const std::string& name) {
  std::string text = read_file(std::string(JIXIAO_TEST_DATA) + "/golden/" + name);
  Tsv tsv;
  for (auto& line : split(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (tsv.header.empty()) tsv.header = split(line, '\t');
    else tsv.rows.push_back(split(line, '\t'));
  }
  return tsv;
}

std::optional<Money> optional_money(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return Money::parse(text);
}

Target golden_target(const Tsv& tsv, std::size_t row) {
  const std::string& raw = tsv.at(row, "raw");
  const std::string& kind = tsv.at(row, "kind");
  const std::string& op_or_term = tsv.at(row, "op_or_term");
  const std::string& value_or_basis = tsv.at(row, "value_or_basis");
  const std::string& unit = tsv.at(row, "unit");
  Target t;
  t.raw = raw;
  if (kind == "compare") {
    t.value = CompareTarget{*compare_op_from_string(op_or_term), Decimal::parse(value_or_basis), unit, {}};
  } else if (kind == "trend") {
    t.value = TrendTarget{*trend_direction_from_string(op_or_term), *trend_basis_from_string(value_or_basis), {}};
  } else if (kind == "qualitative") {
    t.value = QualitativeTarget{op_or_term};
  } else {
    throw std::runtime_error("unexpected golden kind " + kind);
  }
  return t;
}

}  // namespace

Money yuan(std::string_view text) { return Money::parse(text); }

Date date(int year, int month, int day) { return Date{year, month, day}; }

Target compare(CompareOp op, std::string_view value, std::string_view unit, std::string_view raw) {
  return Target{std::string(raw), CompareTarget{op, Decimal::parse(value), std::string(unit), {}}};
}

Target range(std::string_view low, std::string_view high, std::string_view unit, std::string_view raw) {
  return Target{std::string(raw), RangeTarget{Decimal::parse(low), Decimal::parse(high), std::string(unit), {}}};
}

Target qualitative(std::string_view term) { return Target{std::string(term), QualitativeTarget{std::string(term)}}; }

Target trend(TrendDirection direction, std::string_view raw, TrendBasis basis) {
  return Target{std::string(raw), TrendTarget{direction, basis, {}}};
}

Target invalid(std::string_view raw, std::size_t offset, std::string_view expected) {
  return Target{std::string(raw),
                InvalidTarget{offset, std::string(expected), "expected " + std::string(expected)}};
}

Indicator indicator(std::string_view level1, std::string_view level2, std::string_view name, Target target,
                    std::optional<std::uint32_t> line) {
  Indicator i;
  i.level1 = level1;
  i.level2 = level2;
  i.name = name;
  i.target = std::move(target);
  i.line = line;
  return i;
}

Declaration clean_declaration() {
  Declaration d;
  d.year = 2024;
  d.project.name = "专业设备购置及更新";
  d.project.nature = "其他一次性项目";
  d.project.category = "特定目标类";
  d.project.supervisor = "上海市虹口区人民法院";
  d.project.implementer = "上海市虹口区人民法院";
  d.project.start_date = date(2024, 1, 1);
  d.project.end_date = date(2024, 12, 31);
  d.funds.unit = "元";
  d.funds.total = yuan("300,000.00");
  d.funds.total_fiscal = yuan("300,000.00");
  d.funds.total_other = yuan("0.00");
  d.funds.annual = yuan("300,000.00");
  d.funds.annual_appropriation = yuan("300,000.00");
  d.funds.annual_carryover = yuan("0.00");
  d.funds.annual_other = yuan("0.00");
  d.goals.overall = "根据司法办案业务工作需要，完成水泵更新和法警装备的采购、验收、安装和配发使用工作。";
  d.goals.annual = "根据司法办案业务工作需要，完成水泵更新和法警装备的采购、验收、安装和配发使用工作。";
  using enum CompareOp;
  d.indicators = {
      indicator("成本指标", "经济成本指标", "设备单价合规性", qualitative("合规"), 21),
      indicator("产出指标", "数量指标", "水泵更完成率", compare(eq, "100.00", "%", "=100.00(%)"), 22),
      indicator("产出指标", "数量指标", "法警设备采购完成率", compare(eq, "100.00", "%", "=100.00(%)"), 23),
      indicator("产出指标", "质量指标", "设备验收合格率", compare(eq, "100.00", "%", "=100.00(%)"), 24),
      indicator("产出指标", "质量指标", "入库登记完成率", compare(eq, "100.00", "%", "=100.00(%)"), 25),
      indicator("产出指标", "时效指标", "设备采购及时性", qualitative("及时"), 26),
      indicator("成本指标", "经济成本指标", "设备维护成本", trend(TrendDirection::flat, "持平"), 27),
      indicator("效益指标", "社会效益指标", "设备使用率", compare(eq, "100.00", "%", "=100.00 (%)"), 29),
      indicator("效益指标", "社会效益指标", "法院办案效率", trend(TrendDirection::up, "提升"), 30),
      indicator("效益指标", "社会效益指标", "办案场所安全性", trend(TrendDirection::up, "提升"), 31),
      indicator("效益指标", "可持续影响指标", "专用设备长效管理机制", qualitative("健全"), 32),
      indicator("满意度指标", "服务对象满意度指标", "办案人员满意度", compare(ge, "90.00", "%", "≥90.00 (%)"), 33),
  };
  d.source = SourceSpan{5, 33};
  return d;
}

Document golden_hongkou_document() {
  Tsv decls = read_tsv("hongkou-court-2024.declarations.tsv");
  Tsv goals = read_tsv("hongkou-court-2024.goals.tsv");
  Tsv inds = read_tsv("hongkou-court-2024.indicators.tsv");
  std::string corpus = read_file(std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt");
  std::vector<std::string> lines = split(corpus, '\n');

  // Declaration spans: from each 申报表 line to the last non-blank line before the next.
  std::vector<std::uint32_t> starts;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].find("财政项目支出绩效目标申报表") != std::string::npos) starts.push_back(static_cast<std::uint32_t>(i + 1));

  Document doc;
  doc.title = "上海市虹口区人民法院 2024 年度项目绩效目标汇总表";
  for (std::size_t r = 0; r < decls.rows.size(); ++r) {
    Declaration d;
    d.year = std::stoi(decls.at(r, "year"));
    d.project.name = decls.at(r, "name");
    d.project.nature = decls.at(r, "nature");
    d.project.category = decls.at(r, "category");
    d.project.supervisor = decls.at(r, "supervisor");
    d.project.implementer = decls.at(r, "implementer");
    d.project.start_date = Date::parse(decls.at(r, "start_date"));
    d.project.end_date = Date::parse(decls.at(r, "end_date"));
    d.funds.unit = "元";
    d.funds.total = optional_money(decls.at(r, "funds.total"));
    d.funds.total_fiscal = optional_money(decls.at(r, "funds.total_fiscal"));
    d.funds.total_other = optional_money(decls.at(r, "funds.total_other"));
    d.funds.annual = optional_money(decls.at(r, "funds.annual"));
    d.funds.annual_appropriation = optional_money(decls.at(r, "funds.annual_appropriation"));
    d.funds.annual_carryover = optional_money(decls.at(r, "funds.annual_carryover"));
    d.funds.annual_other = optional_money(decls.at(r, "funds.annual_other"));
    d.goals.overall = goals.at(r, "overall");
    d.goals.annual = goals.at(r, "annual");
    std::uint32_t first = starts.at(r);
    std::uint32_t end = r + 1 < starts.size() ? starts[r + 1] - 1 : static_cast<std::uint32_t>(lines.size());
    std::uint32_t last = end;
    while (last > first && lines[last - 1].find_first_not_of(" \t\r") == std::string::npos) --last;
    d.source = SourceSpan{first, last};
    doc.declarations.push_back(std::move(d));
  }

  // Indicators in golden order; each one's line is the next line of its
  // declaration that has a cell equal to its name.
  std::vector<std::uint32_t> cursor(starts.begin(), starts.end());
  for (std::size_t r = 0; r < inds.rows.size(); ++r) {
    std::size_t k = static_cast<std::size_t>(std::stoi(inds.at(r, "doc")) - 1);
    Declaration& d = doc.declarations.at(k);
    Indicator i = indicator(inds.at(r, "level1"), inds.at(r, "level2"), inds.at(r, "name"), golden_target(inds, r));
    for (std::uint32_t n = cursor[k] + 1; n <= d.source->last_line; ++n) {
      auto cells = split(lines[n - 1], '\t');
      bool found = false;
      for (auto& cell : cells) {
        if (!cell.empty() && cell.back() == '\r') cell.pop_back();
        found = found || cell == i.name;
      }
      if (found) {
        i.line = n;
        cursor[k] = n;
        break;
      }
    }
    if (!i.line) throw std::runtime_error("golden indicator not found in the corpus: " + i.name);
    d.indicators.push_back(std::move(i));
  }
  return doc;
}

std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics)
    if (d.code != "REVIEW_GRADE") out.push_back(d.code);  // one per declaration: review_rules_test checks it
  return out;
}

std::vector<Diagnostic> without_review_grade(const std::vector<Diagnostic>& diagnostics) {
  std::vector<Diagnostic> out;
  for (const auto& d : diagnostics)
    if (d.code != "REVIEW_GRADE") out.push_back(d);
  return out;
}

std::vector<Diagnostic> with_code(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  std::vector<Diagnostic> out;
  for (const auto& d : diagnostics)
    if (d.code == code) out.push_back(d);
  return out;
}

}  // namespace jixiao::test
