// SPDX-License-Identifier: Apache-2.0
// Writers: document → JSON, JSON → document, the summary and the published layout,
// over the Hongkou document repeated to ≥ 20 MB of text. Bytes/s are of the
// published-text input (the goal of the issue: ≥ 100 MB/s for text → JSON as a
// whole process is measured by parse_process_bench).
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/render.hpp"
#include "jixiao/summary.hpp"

namespace {

using namespace jixiao;

// The title once, then the seven forms again and again until ≥ 20 MB.
const std::string& big_text() {
  static const std::string text = [] {
    std::ifstream in(std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt", std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string corpus = ss.str();
    const std::size_t first_form = corpus.find("财政项目支出绩效目标申报表");
    const std::string forms = corpus.substr(first_form) + "\n";
    std::string out = corpus.substr(0, first_form);
    while (out.size() < (std::size_t{20} << 20)) out += forms;
    return out;
  }();
  return text;
}

// Bytes/s of `bytes` per iteration.
void set_bytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
}

const Document& big_document() {
  static const Document doc = read_published_text(big_text());
  return doc;
}

void BM_DocumentToJson(benchmark::State& state) {
  const Document& doc = big_document();
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    std::string json = to_json(doc);
    json_bytes = json.size();
    benchmark::DoNotOptimize(json.data());
  }
  set_bytes(state, big_text().size());
  state.counters["json_MB"] = static_cast<double>(json_bytes) / 1e6;
  state.counters["declarations"] = static_cast<double>(doc.declarations.size());
}
BENCHMARK(BM_DocumentToJson)->Unit(benchmark::kMillisecond);

void BM_DocumentToJsonPretty(benchmark::State& state) {
  const Document& doc = big_document();
  for (auto _ : state) {
    std::string json = to_json(doc, JsonWriteOptions{true});
    benchmark::DoNotOptimize(json.data());
  }
  set_bytes(state, big_text().size());
}
BENCHMARK(BM_DocumentToJsonPretty)->Unit(benchmark::kMillisecond);

// Reading and writing in one process, as `jixiao parse` does.
void BM_TextToJson(benchmark::State& state) {
  const std::string& text = big_text();
  for (auto _ : state) {
    std::string json = to_json(read_published_text(text));
    benchmark::DoNotOptimize(json.data());
  }
  set_bytes(state, text.size());
}
BENCHMARK(BM_TextToJson)->Unit(benchmark::kMillisecond);

// The same, read and written one declaration at a time (PublishedTextReader +
// DocumentJsonWriter), as `jixiao parse` does since it streams.
void BM_TextToJsonStreaming(benchmark::State& state) {
  const std::string& text = big_text();
  std::size_t json_bytes = 0;
  for (auto _ : state) {
    json_bytes = 0;
    PublishedTextReader reader(text);
    DocumentJsonWriter writer([&](std::string_view piece) {
      json_bytes += piece.size();
      benchmark::DoNotOptimize(piece.data());
    });
    auto declaration = reader.next();
    writer.begin(reader.title());
    for (; declaration; declaration = reader.next()) writer.declaration(*declaration);
    writer.end(reader.diagnostics());
  }
  set_bytes(state, text.size());
  state.counters["json_MB"] = static_cast<double>(json_bytes) / 1e6;
}
BENCHMARK(BM_TextToJsonStreaming)->Unit(benchmark::kMillisecond);


void BM_JsonToDocument(benchmark::State& state) {
  const std::string json = to_json(big_document());
  JsonReadOptions options;
  for (auto _ : state) {
    Document doc = document_from_json(json, options);
    benchmark::DoNotOptimize(doc.declarations.data());
  }
  set_bytes(state, json.size());
}
BENCHMARK(BM_JsonToDocument)->Unit(benchmark::kMillisecond);

void BM_Summary(benchmark::State& state) {
  const Document& doc = big_document();
  for (auto _ : state) {
    const Summary summary = summarize(doc);
    std::string text = render_summary_text(summary);
    benchmark::DoNotOptimize(text.data());
  }
  set_bytes(state, big_text().size());
  state.counters["rows"] = static_cast<double>(doc.declarations.size());
}
BENCHMARK(BM_Summary)->Unit(benchmark::kMillisecond);

void BM_SummaryTotalsOnly(benchmark::State& state) {
  const Document& doc = big_document();
  for (auto _ : state) {
    const Summary summary = summarize(doc);
    benchmark::DoNotOptimize(summary.total);
  }
  set_bytes(state, big_text().size());
}
BENCHMARK(BM_SummaryTotalsOnly)->Unit(benchmark::kMillisecond);

void BM_RenderPublishedText(benchmark::State& state) {
  const Document& doc = big_document();
  for (auto _ : state) {
    std::string text = render_published_text(doc);
    benchmark::DoNotOptimize(text.data());
  }
  set_bytes(state, big_text().size());
}
BENCHMARK(BM_RenderPublishedText)->Unit(benchmark::kMillisecond);

}  // namespace
