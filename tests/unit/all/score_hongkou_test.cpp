// SPDX-License-Identifier: Apache-2.0
// The Hongkou court's 2024 declarations scored against a full actuals file
// (tests/data/score/hongkou-court-2024.actuals.json: all 7 declarations, all 100
// indicators). The declarations are built from the hand-checked golden TSV (no
// reader, no target parser), so this checks the scoring alone; the totals and
// grades below were computed by hand, the arithmetic is in the comments.
//
// Part weights (scoring.md): budget 10; 产出+成本 50; 效益 30; 满意度 10, shared
// equally inside a part. "w" is an indicator's share; "×r" the share it earned.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao/evaluate.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"

namespace jixiao::test {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(slurp(path));
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
      std::size_t tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cells));
  }
  return rows;
}

// A target from the golden columns kind, op_or_term, value_or_basis, unit.
Target golden_target(const std::vector<std::string>& row) {
  const std::string& raw = row.at(5);
  const std::string& kind = row.at(6);
  if (kind == "compare") {
    CompareOp op = CompareOp::eq;
    if (row[7] == "ge") op = CompareOp::ge;
    else if (row[7] == "le") op = CompareOp::le;
    else if (row[7] == "gt") op = CompareOp::gt;
    else if (row[7] == "lt") op = CompareOp::lt;
    else EXPECT_EQ(row[7], "eq");
    return Target{raw, CompareTarget{op, Decimal::parse(row.at(8)), row.at(9), ""}};
  }
  if (kind == "trend") {
    TrendDirection d = TrendDirection::up;
    if (row[7] == "down") d = TrendDirection::down;
    else if (row[7] == "flat") d = TrendDirection::flat;
    else if (row[7] == "not_up") d = TrendDirection::not_up;
    else if (row[7] == "not_down") d = TrendDirection::not_down;
    else EXPECT_EQ(row[7], "up");
    return Target{raw, TrendTarget{d, row[8] == "yoy" ? TrendBasis::yoy : TrendBasis::none, std::nullopt}};
  }
  EXPECT_EQ(kind, "qualitative");
  return Target{raw, QualitativeTarget{row.at(7)}};
}

Document golden_document() {
  Document doc;
  for (const auto& row : read_tsv(std::string(JIXIAO_TEST_DATA) + "/golden/hongkou-court-2024.declarations.tsv")) {
    Declaration d;
    d.year = 2024;
    d.project.name = row.at(1);
    d.funds.annual = Money::parse(row.at(12));
    doc.declarations.push_back(std::move(d));
  }
  for (const auto& row : read_tsv(std::string(JIXIAO_TEST_DATA) + "/golden/hongkou-court-2024.indicators.tsv")) {
    std::size_t doc_index = std::stoul(row.at(0)) - 1;
    Indicator i;
    i.level1 = row.at(2);
    i.level2 = row.at(3);
    i.name = row.at(4);
    i.target = golden_target(row);
    doc.declarations.at(doc_index).indicators.push_back(std::move(i));
  }
  return doc;
}

Actuals hongkou_actuals() {
  JsonReadOptions options;
  options.source_name = "hongkou-court-2024.actuals.json";
  return actuals_from_json(slurp(std::string(JIXIAO_TEST_DATA) + "/score/hongkou-court-2024.actuals.json"), options);
}

std::string reported(const Decimal& value) { return rounded_for_report(value).to_string(); }

std::vector<std::string> codes(const std::vector<Diagnostic>& list) {
  std::vector<std::string> out;
  for (const auto& d : list) out.push_back(d.code);
  return out;
}

std::vector<Diagnostic> except(const std::vector<Diagnostic>& list, std::string_view code) {
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : list)
    if (d.code != code) out.push_back(d);
  return out;
}

struct Expected {
  const char* project;
  std::size_t indicators;
  const char* budget;  // budget score, reported
  const char* exact;   // the exact total, rounded (the hand computation below)
  const char* total;   // 总分: the sum of the printed (rounded) rows and budget score
  ScoreGrade grade;    // of 总分
  std::vector<std::string> diagnostics;
};

// The hand computation, declaration by declaration.
const Expected expected[] = {
    // 1 专业设备购置及更新: budget 291000/300000 = 0.97 → 9.70.
    //   产出+成本 7 indicators, w = 50/7: six met, 法警设备采购完成率 95/100 → 50/7 × 6.95 = 49.642857…
    //   效益 4, w = 7.5: 设备使用率 98/100 → 7.35; 2 trends up met 15; 机制 partial 70% → 5.25: 27.60
    //   满意度 93.5 ≥ 90: 10.  Total 9.7 + 49.642857… + 27.6 + 10 = 96.942857… → 96.94 优
    {"专业设备购置及更新", 12, "9.70", "96.94", "96.93", ScoreGrade::excellent, {}},
    // 2 政府聘用辅助人员经费: budget 11502000/12780000 = 0.90 exactly → 9.00 (not below 90%: no note).
    //   产出+成本 7, w = 50/7: 5 met; 到位率 96/100; 培训及时性 partial with fraction 0.75
    //   → 50/7 × (5 + 0.96 + 0.75) = 335.5/7 = 47.928571…
    //   效益 5, w = 6: 4 met (24); 人员流失率 ≤5%, actual 6.25 → 6 × 5/6.25 = 4.8: 28.80
    //   满意度 2, w = 5: 92 ≥ 90 → 5; 88 < 90 → 5 × 88/90 = 4.888…: 9.888…
    //   Total 9 + 47.928571… + 28.8 + 9.888… = 95.617460… → 95.62 优
    {"政府聘用辅助人员经费", 14, "9.00", "95.62", "95.61", ScoreGrade::excellent, {}},
    // 3 信息化建设项目: budget 2754094.40/3442618 = 0.80 → 8.00, below 90%: SCORE_BUDGET_LOW.
    //   产出+成本 6, w = 50/6: 4 met; 音视频采集 80/100; 建设及时性 not_achieved 30%
    //   → 50/6 × 5.1 = 42.5
    //   效益 5, w = 6: 信息安全事故 =0, actual 0 → 6; 培训完成率 90/100 → 5.4; 3 more met: 29.40
    //   满意度 91.2 ≥ 90: 10.  Total 8 + 42.5 + 29.4 + 10 = 89.90 良 (just under 优)
    {"信息化建设项目", 12, "8.00", "89.90", "89.89", ScoreGrade::good, {"SCORE_BUDGET_LOW"}},
    // 4 审判执行业务费: budget 100% → 10.
    //   产出+成本 11, w = 50/11: 8 met (结案平均经费成本 not_up by 下降; 收案 27850 ≥ 26000;
    //   宣传内容审核通过率 质量指标 named by level2: 100; 长期未结 86 → 71 down);
    //   结案数 25480/26000 = 0.98; 宣传内容审核通过率 数量指标 (the unnamed one) 97/100;
    //   业务资料 achieved with 0.9 → 50/11 × (8 + 0.98 + 0.97 + 0.9) = 542.5/11 = 49.318181…
    //   效益 9, w = 30/9: 6 met (关注人数 12000 → 15800 up; 庭审直播率 3.1 ≥ 1.3 × 2 = 2.6:
    //   OVERSHOOT, full); 结收比 98.6/100 = 0.986; 服判息诉 90.5/91.9 = 0.984766…;
    //   参审率 97.02/98 = 0.99 → 10/3 × (6 + 0.986 + 0.984766… + 0.99) = 29.869220…
    //   满意度 95.3: 10.  Total 10 + 49.318181… + 29.869220… + 10 = 99.187401… → 99.19 优
    {"审判执行业务费", 21, "10.00", "99.19", "99.20", ScoreGrade::excellent, {"OVERSHOOT"}},
    // 5 审判执行业务工作经费: budget 25500/30000 = 0.85 → 8.50, SCORE_BUDGET_LOW.
    //   产出+成本 5, w = 10: 4 met, 经费支出及时性 partial 70% → 47
    //   效益 5, w = 6: 办案业务效率 提升 vs 持平 → 0; 结案率 84.6/90 → 5.64; 2 met (12);
    //   管理制度 not_achieved with 0.5 → 3: 20.64
    //   满意度 86.4/90 → 9.6.  Total 8.5 + 47 + 20.64 + 9.6 = 85.74 良
    {"审判执行业务工作经费", 11, "8.50", "85.74", "85.74", ScoreGrade::good, {"SCORE_BUDGET_LOW"}},
    // 6 信息化运维项目: budget 100% → 10.
    //   产出+成本 9, w = 50/9: 7 met; 故障排除率 99/100; 故障响应时间 ≤6 小时, actual 7.5 →
    //   6/7.5 = 0.8 → 50/9 × 8.79 = 48.833…
    //   效益 6, w = 5: 信息安全事故 =0, actual 1 → 0; 4 met (20); 应急处置 achieved 0.8 → 4: 24
    //   满意度 94: 10.  Total 10 + 48.833… + 24 + 10 = 92.833… → 92.83 优
    {"信息化运维项目", 16, "10.00", "92.83", "92.86", ScoreGrade::excellent, {}},
    // 7 交通工具购置及更新: budget 298800/360000 = 0.83 → 8.30, SCORE_BUDGET_LOW.
    //   产出+成本 8, w = 6.25: 车辆维护成本 持平 vs 上升 → 0; 报废及时性 partial 70%; 6 met
    //   → 6.25 × 6.7 = 41.875
    //   效益 5, w = 6: 车辆使用率 92/100 → 5.52; 4 met: 29.52
    //   满意度 91: 10.  Total 8.3 + 41.875 + 29.52 + 10 = 89.695 → 89.70 (half-up) 良
    {"交通工具购置及更新", 14, "8.30", "89.70", "89.70", ScoreGrade::good, {"SCORE_BUDGET_LOW"}},
};

TEST(ScoreHongkou, ActualsFileHasEveryIndicator) {
  Actuals actuals = hongkou_actuals();
  ASSERT_EQ(actuals.declarations.size(), 7u);
  std::size_t n = 0;
  for (const auto& d : actuals.declarations) n += d.indicators.size();
  EXPECT_EQ(n, 100u);
  // The pair forms of the file: an object and an array.
  EXPECT_EQ(actuals.declarations[3].indicators[10].pair, (TrendPair{Decimal::parse("86"), Decimal::parse("71")}));
  EXPECT_EQ(actuals.declarations[3].indicators[13].pair, (TrendPair{Decimal::parse("12000"), Decimal::parse("15800")}));
  EXPECT_EQ(actuals.declarations[1].indicators[6].fraction, Decimal::parse("0.75"));
  EXPECT_EQ(actuals.declarations[0].budget.executed, Money::parse("291000.00"));
}

TEST(ScoreHongkou, TotalsAndGradesMatchTheHandComputation) {
  Document doc = golden_document();
  ScoreReport report = score(doc, hongkou_actuals());
  ASSERT_EQ(report.declarations.size(), 7u);
  EXPECT_TRUE(report.diagnostics.empty());
  EXPECT_FALSE(report.has_errors());
  std::size_t indicators = 0;
  for (std::size_t i = 0; i < 7; ++i) {
    const DeclarationScore& d = report.declarations[i];
    const Expected& e = expected[i];
    SCOPED_TRACE(e.project);
    EXPECT_EQ(d.project, e.project);
    ASSERT_EQ(d.indicators.size(), e.indicators);
    EXPECT_EQ(reported(d.budget.score), e.budget);
    EXPECT_EQ(reported(d.exact_total), e.exact);
    EXPECT_EQ(d.total.to_string(), e.total);
    EXPECT_EQ(d.grade, e.grade);
    EXPECT_EQ(codes(except(d.diagnostics, "SCORE_REASON_MISSING")), e.diagnostics);
    // The 自评表 adds up: 总分 = the budget's printed 得分 + Σ the rows' printed 得分.
    Decimal sum = d.budget.score;
    std::size_t shortfalls = 0;
    for (const auto& s : d.indicators) {
      EXPECT_EQ(s.status, ScoreStatus::scored) << s.name;
      EXPECT_LE(s.exact_score, s.weight) << s.name;
      EXPECT_EQ(s.score, rounded_for_report(s.exact_score)) << s.name;
      sum = sum + s.score;
      if (s.exact_score < s.weight || s.overshoot) ++shortfalls;  // the actuals give no 偏差原因
    }
    EXPECT_EQ(sum, d.total);
    EXPECT_EQ(codes(d.diagnostics).size() - e.diagnostics.size(), shortfalls);
    indicators += d.indicators.size();
  }
  EXPECT_EQ(indicators, 100u);
}

TEST(ScoreHongkou, IndicatorDetailsOfTheCourtsBusinessExpenses) {
  ScoreReport report = score(golden_document(), hongkou_actuals());
  const DeclarationScore& d = report.declarations.at(3);  // 审判执行业务费
  // The repeated 宣传内容审核通过率: row 5 is 数量指标 (got the unnamed 97), row 6 质量指标 (100).
  EXPECT_EQ(d.indicators[5].level2, "数量指标");
  EXPECT_EQ(d.indicators[5].actual, "97%");
  EXPECT_EQ(reported(d.indicators[5].score), "4.41");  // 50/11 × 0.97 = 4.409090…
  EXPECT_EQ(d.indicators[6].level2, "质量指标");
  EXPECT_EQ(d.indicators[6].actual, "100%");
  EXPECT_EQ(reported(d.indicators[6].score), "4.55");  // 50/11 = 4.545454…
  // 庭审直播率 ≥2%: 3.1 ≥ 2.6 → full 10/3 = 3.33 and OVERSHOOT.
  EXPECT_EQ(d.indicators[16].name, "庭审直播率");
  EXPECT_TRUE(d.indicators[16].overshoot);
  EXPECT_EQ(reported(d.indicators[16].score), "3.33");
  // 一审服判息诉率 90.5 < 91.9: 10/3 × 90.5/91.9 = 3.282553… → 3.28
  EXPECT_EQ(reported(d.indicators[14].score), "3.28");
  EXPECT_EQ(d.indicators[14].reason, "实际值 90.5% 未达到目标 ≥91.90(%)");
  // Level-1 subtotals: 成本 1 share of 50/11; 产出 10 shares.
  ASSERT_EQ(d.level1.size(), 4u);
  EXPECT_EQ(d.level1[0].level1, "成本指标");
  EXPECT_EQ(reported(d.level1[0].weight), "4.55");
  EXPECT_EQ(d.level1[1].level1, "产出指标");
  EXPECT_EQ(reported(d.level1[1].weight), "45.45");  // 10 × 50/11 = 45.4545…
  // 产出 score: the printed rows 7 × 4.55 + 4.45 + 4.41 + 4.09 = 44.80 (exactly
  // 50/11 × 9.85 = 44.772727…: a subtotal of printed rows adds up like 总分)
  EXPECT_EQ(reported(d.level1[1].score), "44.80");
  EXPECT_EQ(d.level1[2].level1, "效益指标");
  EXPECT_EQ(reported(d.level1[2].score), "29.85");  // 6 × 3.33 + 3.29 + 3.28 + 3.30 (exactly 29.869220…)
}

// The same through the reader: the published text read by read_published_text (and
// its targets by the parser) gives the same totals and grades.
TEST(ScoreHongkou, SameTotalsThroughTheReader) {
  IngestOptions options;
  options.source_name = "hongkou-court-2024.txt";
  Document doc = read_published_text(slurp(std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt"), options);
  ScoreReport report = score(doc, hongkou_actuals());
  ASSERT_EQ(report.declarations.size(), 7u);
  EXPECT_TRUE(report.diagnostics.empty());
  for (std::size_t i = 0; i < 7; ++i) {
    const DeclarationScore& d = report.declarations[i];
    SCOPED_TRACE(expected[i].project);
    EXPECT_EQ(d.project, expected[i].project);
    EXPECT_EQ(d.indicators.size(), expected[i].indicators);
    EXPECT_EQ(d.total.to_string(), expected[i].total);
    EXPECT_EQ(d.grade, expected[i].grade);
    EXPECT_EQ(codes(except(d.diagnostics, "SCORE_REASON_MISSING")), expected[i].diagnostics);
  }
}

// One semantics: on every row of the fixture, the score's met is evaluate()'s
// verdict for the actual as read_actual() reads it, and a proportional row's score
// is weight × evaluate()'s degree.
TEST(ScoreHongkou, ScoringAgreesWithEvaluateOnEveryRow) {
  const Document doc = golden_document();
  const Actuals actuals = hongkou_actuals();
  const ScoreReport report = score(doc, actuals);
  std::size_t compared = 0, proportional = 0;
  for (std::size_t d = 0; d < doc.declarations.size(); ++d) {
    const Declaration& decl = doc.declarations[d];
    const ActualDeclaration& a = actuals.declarations[d];
    ASSERT_EQ(a.project, decl.project.name.value_or(""));
    for (const IndicatorScore& s : report.declarations[d].indicators) {
      const Indicator& indicator = decl.indicators[s.indicator];
      const ActualIndicator* given = nullptr;
      std::size_t same_name = 0;
      for (const ActualIndicator& x : a.indicators)
        if (x.name == indicator.name && same_name++ == 0) given = &x;
      ASSERT_NE(given, nullptr) << indicator.name;
      if (same_name > 1) continue;  // a repeated name is matched by level2 and order (tested above)
      if (given->pair) continue;  // read as a pair, not as text
      SCOPED_TRACE(indicator.name);
      auto read = read_actual(indicator.target, given->value, given->unit.value_or(""));
      ASSERT_TRUE(read.has_value());
      const Evaluation e = evaluate(indicator.target, *read);
      ASSERT_NE(e.verdict, Verdict::not_comparable);
      EXPECT_EQ(s.met, e.verdict == Verdict::met);
      ++compared;
      const TargetKind kind = indicator.target.kind();
      if (!s.met && !s.graded && (kind == TargetKind::compare || kind == TargetKind::range) && e.degree &&
          e.degree->is_negative() == false && *e.degree > Decimal()) {
        ASSERT_TRUE(e.exact_degree.has_value());
        const Quotient& q = *e.exact_degree;
        const Decimal share = s.weight.rescale(8, Rounding::half_up).multiply(q.numerator, 8, Rounding::half_up).divide(q.denominator, 8, Rounding::half_up);
        EXPECT_EQ(s.score, rounded_for_report(share)) << e.degree->to_string();
        ++proportional;
      }
    }
  }
  EXPECT_GE(compared, 90u);
  EXPECT_GE(proportional, 10u);
}

}  // namespace
}  // namespace jixiao::test
