// Reading the published layout, text → model: the Hongkou court document repeated
// to at least 20 MB (about 9,000 declarations, 130,000 indicators).
// Goal: ≥ 200 MB/s on one core. On a shared machine run it with
// --benchmark_repetitions=5 and read the median (CPU time).

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "jixiao/ingest.hpp"

namespace {

std::string hongkou() {
  const std::string path = std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& big_input() {
  static const std::string text = [] {
    const std::string one = hongkou() + "\n";
    std::string all;
    all.reserve(21u << 20);
    while (all.size() < (20u << 20)) all += one;
    return all;
  }();
  return text;
}

struct Counts {
  std::size_t declarations = 0, indicators = 0, diagnostics = 0;
  explicit Counts(const jixiao::Document& doc)
      : declarations(doc.declarations.size()), diagnostics(doc.diagnostics.size()) {
    for (const auto& d : doc.declarations) indicators += d.indicators.size();
  }
};

void report(benchmark::State& state, const std::string& input, const Counts& c) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(input.size()));
  state.counters["MB"] = static_cast<double>(input.size()) / 1e6;
  state.counters["declarations"] = static_cast<double>(c.declarations);
  state.counters["indicators"] = static_cast<double>(c.indicators);
  state.counters["diagnostics"] = static_cast<double>(c.diagnostics);
}

// Text → model: the Document is freed outside the timed region.
void BM_ReadPublishedText(benchmark::State& state) {
  const std::string& input = big_input();
  jixiao::IngestOptions options;
  jixiao::Document doc;
  for (auto _ : state) {
    doc = jixiao::read_published_text(input, options);
    benchmark::DoNotOptimize(doc);
    state.PauseTiming();
    doc = jixiao::Document{};
    state.ResumeTiming();
  }
  report(state, input, Counts(jixiao::read_published_text(input, options)));
}
BENCHMARK(BM_ReadPublishedText)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same, with freeing the model inside the timed region.
void BM_ReadAndFree(benchmark::State& state) {
  const std::string& input = big_input();
  for (auto _ : state) {
    auto doc = jixiao::read_published_text(input);
    benchmark::DoNotOptimize(doc);
  }
  report(state, input, Counts(jixiao::read_published_text(input)));
}
BENCHMARK(BM_ReadAndFree)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// One document, as a caller reading files one by one sees it.
void BM_ReadOneDocument(benchmark::State& state) {
  const std::string input = hongkou();
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::read_published_text(input));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(input.size()));
}
BENCHMARK(BM_ReadOneDocument)->Unit(benchmark::kMicrosecond);

}  // namespace
