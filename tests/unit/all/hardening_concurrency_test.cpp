// SPDX-License-Identifier: Apache-2.0
// Concurrency (docs/hardening.md), label `concurrency` (run by the tsan preset):
// many threads reading, validating, scoring and writing at once — different
// documents, and one shared read-only Document — get exactly what one thread gets.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/render.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/target.hpp"
#include "jixiao/validate.hpp"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every published-layout input of the test data.
std::vector<std::string> inputs() {
  const fs::path data = JIXIAO_TEST_DATA;
  std::vector<std::string> texts{slurp(data / "corpus" / "hongkou-court-2024.txt")};
  for (const char* dir : {"ingest", "validate"}) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(data / dir))
      if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) texts.push_back(slurp(f));
  }
  return texts;
}

// Everything one thread computes from one input, as comparable values.
struct Outcome {
  jixiao::Document document;
  std::vector<jixiao::Diagnostic> findings;
  std::string json;
  std::string rendered;
  std::string score_json;
  friend bool operator==(const Outcome&, const Outcome&) = default;
};

Outcome work(const std::string& text, const jixiao::Actuals& actuals) {
  Outcome o;
  o.document = jixiao::read_document(text);
  o.findings = jixiao::validate(o.document);
  o.json = jixiao::to_json(o.document);
  o.rendered = jixiao::render_published_text(o.document);
  o.score_json = jixiao::to_json(jixiao::score(o.document, actuals));
  return o;
}

unsigned thread_count() { return std::max(8u, std::thread::hardware_concurrency() * 2); }

TEST(HardeningConcurrency, ManyThreadsOnDifferentDocumentsMatchOneThread) {
  const auto texts = inputs();
  ASSERT_GE(texts.size(), 5u);
  const auto actuals =
      jixiao::actuals_from_json(slurp(fs::path(JIXIAO_TEST_DATA) / "score" / "hongkou-court-2024.actuals.json"));
  std::vector<Outcome> expected;
  for (const auto& t : texts) expected.push_back(work(t, actuals));

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (unsigned k = 0; k < thread_count(); ++k) {
    threads.emplace_back([&, k] {
      for (std::size_t round = 0; round < 3; ++round) {
        for (std::size_t i = 0; i < texts.size(); ++i) {
          const std::size_t which = (i + k) % texts.size();  // threads out of step
          if (!(work(texts[which], actuals) == expected[which])) ++mismatches;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(HardeningConcurrency, OneSharedReadOnlyDocument) {
  const std::string text = slurp(fs::path(JIXIAO_TEST_DATA) / "corpus" / "hongkou-court-2024.txt");
  const jixiao::Document shared = jixiao::read_published_text(text);
  const auto actuals =
      jixiao::actuals_from_json(slurp(fs::path(JIXIAO_TEST_DATA) / "score" / "hongkou-court-2024.actuals.json"));
  const auto findings = jixiao::validate(shared);
  const auto report = jixiao::score(shared, actuals);
  const std::string json = jixiao::to_json(shared);
  const std::string rendered = jixiao::render_published_text(shared);
  std::vector<std::string> canonical;
  for (const auto& d : shared.declarations)
    for (const auto& i : d.indicators) canonical.push_back(jixiao::canonical(i.target));

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (unsigned k = 0; k < thread_count(); ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 4; ++round) {
        switch ((k + static_cast<unsigned>(round)) % 4) {
          case 0: mismatches += jixiao::validate(shared) != findings; break;
          case 1: mismatches += jixiao::score(shared, actuals) != report; break;
          case 2: mismatches += jixiao::to_json(shared) != json || jixiao::document_from_json(json) != shared; break;
          default: {
            mismatches += jixiao::render_published_text(shared) != rendered;
            std::size_t n = 0;
            for (const auto& d : shared.declarations)
              for (const auto& i : d.indicators) mismatches += jixiao::canonical(i.target) != canonical[n++];
          }
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
