// Scoring speed: the Hongkou document (7 declarations, 100 indicators) and its full
// actuals file repeated to 10,000 declarations (~143,000 indicators), scored in one
// call. Goal: ≥ 1 M indicators scored per second (Release build).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "jixiao/ingest.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"

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
