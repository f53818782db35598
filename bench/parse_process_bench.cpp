// SPDX-License-Identifier: Apache-2.0
// `jixiao parse big.txt > /dev/null` as a whole process: start-up, reading the
// file, writing all the JSON. The Hongkou document repeated to ≥ 20 MB. Goals
// (issue 4): ≥ 100 MB/s of input, wall time; peak resident memory ≤ 3× the input
// (the counter peak_x_input).
//
// A program of its own, because a child's peak memory as the kernel reports it
// (ru_maxrss) includes what it inherited from this process at fork: this
// process writes the input file and frees its copy before the first run, so it
// stays small and the figure is the child's own.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <benchmark/benchmark.h>

namespace {

struct Input {
  std::string path;
  std::size_t bytes = 0;
};

// The title once, then the seven forms again and again until ≥ 20 MB, written to
// a temporary file.
const Input& input() {
  static const Input in = [] {
    std::ifstream corpus_file(std::string(JIXIAO_TEST_DATA) + "/corpus/hongkou-court-2024.txt", std::ios::binary);
    std::ostringstream ss;
    ss << corpus_file.rdbuf();
    const std::string corpus = ss.str();
    const std::size_t first_form = corpus.find("财政项目支出绩效目标申报表");
    const std::string forms = corpus.substr(first_form) + "\n";
    Input result;
    result.path = "/tmp/jixiao_parse_process_bench_" + std::to_string(::getpid()) + ".txt";
    std::ofstream out(result.path, std::ios::binary);
    out << corpus.substr(0, first_form);
    result.bytes = first_form;
    while (result.bytes < (std::size_t{20} << 20)) {
      out << forms;
      result.bytes += forms.size();
    }
    return result;
  }();
  return in;
}

// Removes the file at exit (constructed after the Input, so destroyed before it).
struct RemoveInput {
  const Input& in;
  ~RemoveInput() { std::remove(in.path.c_str()); }
};

void BM_ParseProcess(benchmark::State& state) {
  const Input& in = input();
  static const RemoveInput cleanup{in};
  long peak_kb = 0;
  for (auto _ : state) {
    const pid_t child = ::fork();
    if (child == 0) {
      const int null = ::open("/dev/null", O_WRONLY);
      ::dup2(null, 1);
      ::execl(JIXIAO_CLI, "jixiao", "parse", in.path.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    ::wait4(child, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
      state.SkipWithError("jixiao parse failed");
      break;
    }
    peak_kb = usage.ru_maxrss;
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(in.bytes));
  state.counters["peak_x_input"] = static_cast<double>(peak_kb) * 1024.0 / static_cast<double>(in.bytes);
}
BENCHMARK(BM_ParseProcess)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

}  // namespace
