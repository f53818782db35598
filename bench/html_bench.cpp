// SPDX-License-Identifier: Apache-2.0
// An HTML page → model (read_document: gumbo, the tables as Grids, the form read
// from them), issue 15. Goal: ≥ 50 MB/s. Pages: the Hongkou form page
// (tests/data/published/hongkou-form.html, 28 KB, 7 declarations) and the same
// tables repeated to about 2.8 MB (700 declarations). On a shared machine run
// with --benchmark_repetitions=5 and read the median CPU time.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "jixiao/html_tables.hpp"
#include "jixiao/read.hpp"

namespace {

std::string hongkou_page() {
  const std::string path = std::string(JIXIAO_TEST_DATA) + "/published/hongkou-form.html";
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The page's tables a hundred times over, inside one <body>.
std::string big_page() {
  const std::string page = hongkou_page();
  const std::size_t first = page.find("<table");
  const std::size_t last = page.rfind("</table>") + 8;
  std::string out = page.substr(0, first);
  for (int i = 0; i < 100; ++i) out += page.substr(first, last - first) + "\n";
  return out + page.substr(last);
}

void read_page(benchmark::State& state, const std::string& page) {
  jixiao::ReadOptions options;
  options.source_name = "page.html";
  std::size_t declarations = 0;
  for (auto _ : state) {
    const jixiao::Document doc = jixiao::read_document(page, options);
    declarations = doc.declarations.size();
    benchmark::DoNotOptimize(declarations);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * page.size()));
  state.counters["declarations"] = static_cast<double>(declarations);
}

void BM_HtmlPageToModel(benchmark::State& state) {
  static const std::string page = hongkou_page();
  read_page(state, page);
}
BENCHMARK(BM_HtmlPageToModel)->Unit(benchmark::kMicrosecond);

void BM_BigHtmlPageToModel(benchmark::State& state) {
  static const std::string page = big_page();
  read_page(state, page);
}
BENCHMARK(BM_BigHtmlPageToModel)->Unit(benchmark::kMillisecond);

// The front end alone (gumbo and the table model), for where the time goes.
void BM_HtmlPageToGrids(benchmark::State& state) {
  static const std::string page = big_page();
  jixiao::HtmlOptions options;
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::read_html_tables(page, options).size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * page.size()));
}
BENCHMARK(BM_HtmlPageToGrids)->Unit(benchmark::kMillisecond);

}  // namespace
