// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and their replay test.
//
// Each fuzz_<name>.cpp defines its body with JIXIAO_FUZZER(name). In a fuzz build
// that is libFuzzer's entry point; with JIXIAO_FUZZ_REPLAY defined (the normal
// build's replay_test.cpp includes every fuzz_*.cpp) it is the plain function
// jixiao_fuzz::fuzz_<name>, so an input that once failed is replayed through the
// very same code under GoogleTest. A broken property is FUZZ_CHECK: an abort the
// fuzzer records in a fuzz build, a FuzzFailure exception the replay test reports.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jixiao_fuzz {

struct FuzzFailure : std::logic_error {
  using std::logic_error::logic_error;
};

[[noreturn]] inline void fail(const char* condition, const char* file, int line) {
#ifdef JIXIAO_FUZZ_REPLAY
  throw FuzzFailure(std::string(file) + ":" + std::to_string(line) + ": " + condition);
#else
  std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", file, line, condition);
  std::abort();
#endif
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace jixiao_fuzz

#define FUZZ_CHECK(condition) \
  ((condition) ? void(0) : ::jixiao_fuzz::fail(#condition, __FILE__, __LINE__))

#ifdef JIXIAO_FUZZ_REPLAY
#define JIXIAO_FUZZER(name) \
  int jixiao_fuzz::fuzz_##name([[maybe_unused]] const std::uint8_t* data, [[maybe_unused]] std::size_t size)
#else
#define JIXIAO_FUZZER(name) \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
#endif

// Every fuzzer, declared for the replay test.
namespace jixiao_fuzz {
int fuzz_amount(const std::uint8_t* data, std::size_t size);
int fuzz_target(const std::uint8_t* data, std::size_t size);
int fuzz_published_text(const std::uint8_t* data, std::size_t size);
int fuzz_document_json(const std::uint8_t* data, std::size_t size);
int fuzz_actuals_json(const std::uint8_t* data, std::size_t size);
int fuzz_capi(const std::uint8_t* data, std::size_t size);
int fuzz_text_rows(const std::uint8_t* data, std::size_t size);
int fuzz_xlsx(const std::uint8_t* data, std::size_t size);
int fuzz_xls(const std::uint8_t* data, std::size_t size);
int fuzz_html(const std::uint8_t* data, std::size_t size);
int fuzz_pdf(const std::uint8_t* data, std::size_t size);
int fuzz_score_template(const std::uint8_t* data, std::size_t size);
}  // namespace jixiao_fuzz
