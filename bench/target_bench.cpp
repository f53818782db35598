// SPDX-License-Identifier: Apache-2.0
// parse_target over the 100 targets of the Hongkou court 2024 document (read from
// the golden TSV). Goal: ≥ 20 M targets/s on one core (issue 3; aim ≥ 25 M/s, so
// that it holds on a busy machine).
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "jixiao/evaluate.hpp"
#include "jixiao/target.hpp"

namespace {

std::vector<std::string> golden_targets() {
  std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/golden/hongkou-court-2024.indicators.tsv");
  std::vector<std::string> targets;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::size_t start = 0;
    for (int column = 0; column < 5; ++column) start = line.find('\t', start) + 1;
    targets.push_back(line.substr(start, line.find('\t', start) - start));
  }
  if (targets.size() != 100) throw std::runtime_error("expected the 100 golden targets");
  return targets;
}

void BM_parse_target_hongkou(benchmark::State& state) {
  const auto targets = golden_targets();
  for (auto _ : state) {
    for (const auto& text : targets) {
      jixiao::Target t = jixiao::parse_target(text);
      benchmark::DoNotOptimize(t);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(targets.size()));
  state.SetBytesProcessed(state.iterations() * [&] {
    std::int64_t bytes = 0;
    for (const auto& t : targets) bytes += static_cast<std::int64_t>(t.size());
    return bytes;
  }());
}
BENCHMARK(BM_parse_target_hongkou);

void BM_canonical_hongkou(benchmark::State& state) {
  std::vector<jixiao::Target> parsed;
  for (const auto& text : golden_targets()) parsed.push_back(jixiao::parse_target(text));
  for (auto _ : state)
    for (const auto& t : parsed) benchmark::DoNotOptimize(jixiao::canonical(t));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(parsed.size()));
}
BENCHMARK(BM_canonical_hongkou);

void BM_target_to_json_hongkou(benchmark::State& state) {
  std::vector<jixiao::Target> parsed;
  for (const auto& text : golden_targets()) parsed.push_back(jixiao::parse_target(text));
  for (auto _ : state)
    for (const auto& t : parsed) benchmark::DoNotOptimize(jixiao::target_to_json(t));
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(parsed.size()));
}
BENCHMARK(BM_target_to_json_hongkou);

// The per-line work of `jixiao target` (bench/compare_target.sh): parse, then the
// JSON line appended to a buffer that is reused.
void BM_target_line_hongkou(benchmark::State& state) {
  const auto targets = golden_targets();
  std::string out;
  out.reserve(1u << 16);
  for (auto _ : state) {
    out.clear();
    for (const auto& text : targets) {
      jixiao::append_target_json(out, jixiao::parse_target(text));
      out += '\n';
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(targets.size()));
}
BENCHMARK(BM_target_line_hongkou);

void BM_evaluate_compare(benchmark::State& state) {
  const jixiao::Target target = jixiao::parse_target("≥90.00(%)");
  const jixiao::Actual actual = jixiao::ActualNumber{jixiao::Decimal::parse("93.5"), "%"};
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::evaluate(target, actual));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_evaluate_compare);

}  // namespace
