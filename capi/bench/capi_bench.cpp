// SPDX-License-Identifier: Apache-2.0
// What the C ABI costs over calling the C++ core directly: each pair runs the same
// work through both. Goal (set for the C ABI): at most 10% overhead where the call
// hands back values (money parse and format, reading a document); a call that
// returns a new handle (jx_target_parse) adds one allocation and free, and nothing
// else (decimals are rendered only when a field asks for them).

#include <benchmark/benchmark.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "jixiao.h"
#include "jixiao/ingest.hpp"
#include "jixiao/money.hpp"
#include "jixiao/target.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string& corpus() {
  static const std::string text = read_file(JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt");
  return text;
}

// The 100 targets of the golden reading (column "raw").
const std::vector<std::string>& targets() {
  static const std::vector<std::string> all = [] {
    std::vector<std::string> out;
    std::istringstream in(read_file(JIXIAO_TEST_DATA "/golden/hongkou-court-2024.indicators.tsv"));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      std::vector<std::string> cells;
      std::string cell;
      std::istringstream row(line);
      while (std::getline(row, cell, '\t')) cells.push_back(cell);
      if (cells.size() > 5) out.push_back(cells[5]);
    }
    return out;
  }();
  return all;
}

const char* const amounts[] = {"12,780,000.00", "300000.00", "3,442,618.00", "0.00", "-1,234.50", "349.80万元"};

void BM_money_parse_cpp(benchmark::State& state) {
  std::int64_t sum = 0;
  for (auto _ : state) {
    for (const char* a : amounts) sum += jixiao::Money::parse(a).fen();
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 6);
}
BENCHMARK(BM_money_parse_cpp);

void BM_money_parse_capi(benchmark::State& state) {
  std::int64_t sum = 0;
  for (auto _ : state) {
    for (const char* a : amounts) {
      jx_money m;
      jx_money_parse(a, JX_NUL_TERMINATED, &m, nullptr);
      sum += m.fen;
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * 6);
}
BENCHMARK(BM_money_parse_capi);

void BM_money_format_cpp(benchmark::State& state) {
  std::size_t n = 0;
  for (auto _ : state) n += jixiao::Money::from_fen(1278000000).to_thousands().size();
  benchmark::DoNotOptimize(n);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_money_format_cpp);

void BM_money_format_capi_buffer(benchmark::State& state) {
  char buf[64];
  std::size_t n = 0;
  for (auto _ : state) {
    jx_money_format(jx_money{1278000000}, JX_MONEY_THOUSANDS, buf, sizeof buf, &n);
    benchmark::DoNotOptimize(buf);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_money_format_capi_buffer);

void BM_target_parse_cpp(benchmark::State& state) {
  const auto& all = targets();
  for (auto _ : state) {
    for (const auto& t : all) benchmark::DoNotOptimize(jixiao::parse_target(t));
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
}
BENCHMARK(BM_target_parse_cpp);

void BM_target_parse_capi(benchmark::State& state) {
  const auto& all = targets();
  for (auto _ : state) {
    for (const auto& t : all) {
      jx_target* target = nullptr;
      jx_target_parse(t.data(), t.size(), &target, nullptr);
      benchmark::DoNotOptimize(target);
      jx_target_free(target);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(all.size()));
}
BENCHMARK(BM_target_parse_capi);

void BM_document_read_cpp(benchmark::State& state) {
  const auto& text = corpus();
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::read_published_text(text));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_document_read_cpp);

void BM_document_read_capi(benchmark::State& state) {
  const auto& text = corpus();
  for (auto _ : state) {
    jx_document* doc = nullptr;
    jx_document_read(text.data(), text.size(), nullptr, &doc, nullptr);
    benchmark::DoNotOptimize(doc);
    jx_document_free(doc);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_document_read_capi);

// Reading plus visiting every indicator's name and target value through handles
// (the first visit of a declaration builds its indicator views).
void BM_document_read_and_walk_capi(benchmark::State& state) {
  const auto& text = corpus();
  std::size_t bytes = 0;
  for (auto _ : state) {
    jx_document* doc = nullptr;
    jx_document_read(text.data(), text.size(), nullptr, &doc, nullptr);
    std::size_t count = 0;
    jx_document_declaration_count(doc, &count);
    for (std::size_t d = 0; d < count; ++d) {
      const jx_declaration* decl = nullptr;
      std::size_t n = 0;
      jx_document_declaration(doc, d, &decl);
      jx_declaration_indicator_count(decl, &n);
      for (std::size_t i = 0; i < n; ++i) {
        const jx_indicator* ind = nullptr;
        const jx_target* t = nullptr;
        const char* name = nullptr;
        jx_declaration_indicator(decl, i, &ind);
        jx_indicator_text(ind, JX_INDICATOR_NAME, &name);
        jx_indicator_target(ind, &t);
        bytes += std::char_traits<char>::length(name);
      }
    }
    jx_document_free(doc);
  }
  benchmark::DoNotOptimize(bytes);
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_document_read_and_walk_capi);

}  // namespace
