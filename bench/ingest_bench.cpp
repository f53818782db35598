// SPDX-License-Identifier: Apache-2.0
// Reading the published layout, text → model: the Hongkou court document repeated
// to at least 20 MB (about 9,000 declarations, 130,000 indicators).
// Goal: ≥ 200 MB/s on one core. On a shared machine run it with
// --benchmark_repetitions=5 and read the median (CPU time).
//
// BM_ReadRows/<serialization>: the same document in every text serialization
// (tests/data/serializations), repeated to at least 20 MB, detected and read by
// open_text_rows + read_rows. Goal (issue 14): ≥ 100 MB/s each, beside the seed's
// tab path (BM_ReadPublishedText, ≥ 200 MB/s) in the same run.

#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

#include "jixiao/ingest.hpp"
#include "jixiao/text_rows.hpp"

namespace {

std::string test_data(const std::string& relative) {
  const std::string path = std::string(JIXIAO_TEST_DATA) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string hongkou() { return test_data("corpus/hongkou-court-2024.txt"); }

std::string repeated(const std::string& one_document) {
  const std::string one = one_document + "\n";
  std::string all;
  all.reserve(21u << 20);
  while (all.size() < (20u << 20)) all += one;
  return all;
}

const std::string& big_input() {
  static const std::string text = repeated(hongkou());
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

// Text in a serialization → model through the text front end and read_rows.
void BM_ReadRows(benchmark::State& state, const char* file) {
  static std::map<std::string, std::string> inputs;
  auto it = inputs.find(file);
  if (it == inputs.end()) it = inputs.emplace(file, repeated(test_data(file))).first;
  const std::string& input = it->second;
  auto read = [&] {
    auto rows = jixiao::open_text_rows(input);
    return jixiao::read_rows(*rows);
  };
  jixiao::Document doc;
  for (auto _ : state) {
    doc = read();
    benchmark::DoNotOptimize(doc);
    state.PauseTiming();
    doc = jixiao::Document{};
    state.ResumeTiming();
  }
  report(state, input, Counts(read()));
}
BENCHMARK_CAPTURE(BM_ReadRows, tabs, "corpus/hongkou-court-2024.txt")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, aligned, "serializations/hongkou.aligned.txt")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, single_space, "serializations/hongkou.single-space.txt")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, cell_per_line, "serializations/hongkou.cell-per-line.txt")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, pipes, "serializations/hongkou.pipes.txt")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, markdown, "serializations/hongkou.md")->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, pdftotext_layout, "serializations/hongkou.pdftotext-layout.txt")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);
BENCHMARK_CAPTURE(BM_ReadRows, pdftotext, "serializations/hongkou.pdftotext.txt")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

}  // namespace
