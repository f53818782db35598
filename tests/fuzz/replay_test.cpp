// SPDX-License-Identifier: Apache-2.0
// Replays every seed (corpus/<fuzzer>/) and every input that once failed
// (regressions/<fuzzer>/) through the fuzzer's own body, in the normal build: the
// same properties the fuzzers check, under whatever sanitizers this build has.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

namespace fs = std::filesystem;
using FuzzBody = int (*)(const std::uint8_t*, std::size_t);

struct Fuzzer {
  const char* name;
  FuzzBody body;
};

const Fuzzer fuzzers[] = {
    {"amount", jixiao_fuzz::fuzz_amount},
    {"target", jixiao_fuzz::fuzz_target},
    {"published_text", jixiao_fuzz::fuzz_published_text},
    {"document_json", jixiao_fuzz::fuzz_document_json},
    {"actuals_json", jixiao_fuzz::fuzz_actuals_json},
    {"capi", jixiao_fuzz::fuzz_capi},
    {"text_rows", jixiao_fuzz::fuzz_text_rows},
    {"xlsx", jixiao_fuzz::fuzz_xlsx},
    {"xls", jixiao_fuzz::fuzz_xls},
    {"html", jixiao_fuzz::fuzz_html},
#ifdef JIXIAO_FUZZ_PDF
    {"pdf", jixiao_fuzz::fuzz_pdf},
#endif
    {"score_template", jixiao_fuzz::fuzz_score_template},
};

std::vector<fs::path> inputs(const fs::path& dir) {
  std::vector<fs::path> files;
  if (fs::is_directory(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs the body on one file; a broken property or an escaped exception fails.
void replay(const Fuzzer& fuzzer, const fs::path& file) {
  const std::string bytes = slurp(file);
  try {
    fuzzer.body(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  } catch (const jixiao_fuzz::FuzzFailure& failure) {
    ADD_FAILURE() << file << ": " << failure.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << file << ": exception escaped: " << e.what();
  }
}

class FuzzReplay : public ::testing::TestWithParam<Fuzzer> {};

TEST_P(FuzzReplay, SeedCorpus) {
  const auto files = inputs(fs::path(JIXIAO_FUZZ_DIR) / "corpus" / GetParam().name);
  ASSERT_GE(files.size(), 3u) << "the seed corpus of " << GetParam().name << " is missing";
  for (const auto& file : files) replay(GetParam(), file);
}

TEST_P(FuzzReplay, Regressions) {
  for (const auto& file : inputs(fs::path(JIXIAO_FUZZ_DIR) / "regressions" / GetParam().name)) {
    replay(GetParam(), file);
  }
}

INSTANTIATE_TEST_SUITE_P(AllFuzzers, FuzzReplay, ::testing::ValuesIn(fuzzers),
                         [](const ::testing::TestParamInfo<Fuzzer>& param_info) {
                           return std::string(param_info.param.name);
                         });

}  // namespace
