// SPDX-License-Identifier: Apache-2.0
// Scoring speed: the Hongkou document (7 declarations, 100 indicators) and its full
// actuals file repeated to 10,000 declarations (~143,000 indicators), scored in one
// call; and the same table as a published 自评表 (its actuals, 分值 and 得分 printed
// in it) checked by check_selfeval(). Goal for both: ≥ 1 M indicators per second
// (Release build; issue 17).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "jixiao/ingest.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/selfeval.hpp"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Workload {
  jixiao::Document document;
  jixiao::Actuals actuals;
  std::size_t indicators = 0;
};

const Workload& workload() {
  static const Workload w = [] {
    const std::string data = JIXIAO_TEST_DATA;
    jixiao::Document one = jixiao::read_published_text(slurp(data + "/corpus/hongkou-court-2024.txt"));
    jixiao::Actuals one_actuals = jixiao::actuals_from_json(slurp(data + "/score/hongkou-court-2024.actuals.json"));
    Workload out;
    constexpr std::size_t declarations = 10'000;
    for (std::size_t i = 0; i < declarations; ++i) {
      const auto& d = one.declarations[i % one.declarations.size()];
      out.indicators += d.indicators.size();
      out.document.declarations.push_back(d);
      out.actuals.declarations.push_back(one_actuals.declarations[i % one_actuals.declarations.size()]);
    }
    return out;
  }();
  return w;
}

void BM_ScoreDocument(benchmark::State& state) {
  const Workload& w = workload();
  for (auto _ : state) {
    jixiao::ScoreReport report = jixiao::score(w.document, w.actuals);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(w.indicators));
  state.counters["declarations"] = static_cast<double>(w.document.declarations.size());
}
BENCHMARK(BM_ScoreDocument)->Unit(benchmark::kMillisecond);

// The workload as published 自评表: 分值 printed to 2 decimals (the last row takes
// the rounding so that they add up to 90 with the budget's 10), the table scored with
// those weights, and each row's 实际完成值 (as the unit wrote it), 得分 and a 偏差原因
// printed, the funds block and 总分 in the declaration's funds unit. The table follows
// the rules: the checker finds nothing.
const jixiao::Document& published() {
  static const jixiao::Document document = [] {
    const Workload& w = workload();
    jixiao::Document out = w.document;
    const jixiao::ScoreReport shares = jixiao::score(w.document, w.actuals);
    for (std::size_t d = 0; d < out.declarations.size(); ++d) {
      auto& rows = out.declarations[d].indicators;
      jixiao::Decimal sum;
      for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].weight = jixiao::rounded_for_report(shares.declarations[d].indicators[i].weight);
        sum = sum + *rows[i].weight;
      }
      if (!rows.empty()) rows.back().weight = *rows.back().weight + (jixiao::Decimal::from_int(90) - sum);
    }
    const jixiao::ScoreReport report = jixiao::score(out, w.actuals);
    for (std::size_t d = 0; d < out.declarations.size(); ++d) {
      jixiao::Declaration& declaration = out.declarations[d];
      const jixiao::DeclarationScore& scored = report.declarations[d];
      const jixiao::ActualDeclaration& actual = w.actuals.declarations[d % w.actuals.declarations.size()];
      // Each row's actual as score() matched it: one naming the row's level2 first, then in order.
      std::vector<const jixiao::ActualIndicator*> row_actual(declaration.indicators.size(), nullptr);
      std::vector<bool> taken(actual.indicators.size(), false);
      for (bool with_level2 : {true, false})
        for (std::size_t i = 0; i < declaration.indicators.size(); ++i)
          for (std::size_t k = 0; k < actual.indicators.size() && !row_actual[i]; ++k) {
            const jixiao::ActualIndicator& a = actual.indicators[k];
            if (taken[k] || a.level2.has_value() != with_level2 || a.name != declaration.indicators[i].name) continue;
            if (a.level2 && *a.level2 != declaration.indicators[i].level2) continue;
            row_actual[i] = &a;
            taken[k] = true;
          }
      for (std::size_t i = 0; i < declaration.indicators.size(); ++i) {
        jixiao::Indicator& indicator = declaration.indicators[i];
        if (const jixiao::ActualIndicator* a = row_actual[i]) {
          // As a 自评表 prints it: a pair as "previous,current", the unit after the
          // figure, the adjusted 年度指标值 in place of the declared one.
          indicator.actual = a->pair ? a->pair->previous.to_string() + "," + a->pair->current.to_string()
                                     : a->value + a->unit.value_or("");
          if (a->target) indicator.target = jixiao::parse_target(*a->target);
        }
        if (!indicator.actual) continue;
        const jixiao::IndicatorScore& s = scored.indicators[i];
        indicator.score = s.score;
        indicator.reason = s.stated_reason ? *s.stated_reason : std::string("按计划实施");
      }
      const bool wan = declaration.funds.unit && *declaration.funds.unit == "万元";
      auto printed = [&](const std::optional<jixiao::Money>& m) -> std::optional<std::string> {
        if (!m) return std::nullopt;
        return (wan ? m->wan() : m->yuan()).to_string();
      };
      jixiao::SelfEvaluation self;
      self.budget.annual = printed(scored.budget.annual);
      self.budget.executed = printed(scored.budget.executed);
      self.budget.weight = "10";
      self.budget.score = scored.budget.score.to_string();
      self.total = scored.total.to_string();
      declaration.selfeval = self;
    }
    return out;
  }();
  return document;
}

void BM_CheckPublished(benchmark::State& state) {
  const jixiao::Document& document = published();
  std::size_t deviations = 0;
  for (auto _ : state) {
    std::vector<jixiao::Diagnostic> found = jixiao::check_selfeval(document);
    deviations = found.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(workload().indicators));
  state.counters["deviations"] = static_cast<double>(deviations);
}
BENCHMARK(BM_CheckPublished)->Unit(benchmark::kMillisecond);

void BM_ScoreReportJson(benchmark::State& state) {
  const Workload& w = workload();
  const jixiao::ScoreReport report = jixiao::score(w.document, w.actuals);
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string json = jixiao::to_json(report);
    bytes += json.size();
    benchmark::DoNotOptimize(json);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(w.indicators));
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_ScoreReportJson)->Unit(benchmark::kMillisecond);

}  // namespace
