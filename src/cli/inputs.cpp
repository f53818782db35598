// SPDX-License-Identifier: Apache-2.0
// inputs.hpp: inputs, statuses and the ordered fan-out over a thread pool.
#include "cli/inputs.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>
#include <variant>

#include <fmt/core.h>

#include "jixiao/read.hpp"

namespace jixiao::cli {

namespace {

bool is_input_file(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::string name = path.filename().string();
  return !name.empty() && name[0] != '.' &&
         (ext == ".txt" || ext == ".json" || ext == ".pdf" || ext == ".xlsx" || ext == ".xls" || ext == ".html" ||
          ext == ".htm");
}

// Progress on standard error: "[#####.....] 12/40 files", redrawn in place.
class ProgressBar {
 public:
  ProgressBar(std::size_t total, bool enabled)
      : total_(total), enabled_(enabled && isatty(fileno(stderr)) != 0), start_(Clock::now()) {}
  ~ProgressBar() { clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void update(std::size_t done) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(1)) return;
    if (shown_ && now - last_ < std::chrono::milliseconds(100) && done != total_) return;
    last_ = now;
    constexpr std::size_t width = 30;
    const std::size_t filled = total_ == 0 ? width : done * width / total_;
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now - start_).count();
    fmt::print(stderr, "\r[{}{}] {}/{} files  {} s", std::string(filled, '#'), std::string(width - filled, '.'),
               done, total_, seconds);
    std::fflush(stderr);
    shown_ = true;
  }
  // Removes the bar (before other messages, and at the end).
  void clear() {
    if (!shown_) return;
    fmt::print(stderr, "\r{}\r", std::string(60, ' '));
    std::fflush(stderr);
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::size_t total_;
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool shown_ = false;
};

InputOutcome run_one(const std::string& path, const std::function<InputOutcome(const std::string&)>& work) {
  try {
    return work(path);
  } catch (const Error& e) {
    return InputOutcome{{}, describe(e, path) + "\n", exit_usage};
  }
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments) {
  if (arguments.empty()) throw UsageError{"needs a FILE ('-' for standard input, or a directory)"};
  std::vector<std::string> inputs;
  bool stdin_seen = false;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      if (stdin_seen) throw UsageError{"'-' (standard input) can be given only once"};
      stdin_seen = true;
      inputs.push_back(argument);
      continue;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(argument, ec)) {
      inputs.push_back(argument);
      continue;
    }
    std::vector<std::string> found;
    std::filesystem::recursive_directory_iterator it(argument, std::filesystem::directory_options::skip_permission_denied,
                                                     ec);
    if (ec) throw UsageError{fmt::format("{}: cannot list the directory: {}", argument, ec.message())};
    for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) throw UsageError{fmt::format("{}: cannot list the directory: {}", argument, ec.message())};
      std::error_code file_ec;
      if (it->is_regular_file(file_ec) && is_input_file(it->path())) found.push_back(it->path().string());
    }
    if (found.empty()) throw UsageError{fmt::format("{}: the directory holds no .txt or .json file", argument)};
    std::sort(found.begin(), found.end());
    inputs.insert(inputs.end(), found.begin(), found.end());
  }
  return inputs;
}

std::string display_name(const std::string& path) { return path == "-" ? std::string("<stdin>") : path; }

std::optional<Serialization> forced_serialization(const Args& args) {
  const std::optional<std::string> name = args.option("from");
  if (!name) return std::nullopt;
  if (const auto s = serialization_from_string(*name)) return s;
  throw UsageError{fmt::format(
      "--from {}: expected tabs, aligned, single_space, cell_per_line, pipes, markdown, pdf, xlsx, xls or html",
      *name)};
}

ReadOptions read_options_for(const std::string& path, std::optional<Serialization> from) {
  ReadOptions options;
  options.source_name = display_name(path);
  options.serialization = from;
  return options;
}

int document_status(const Document& document) {
  for (const auto& d : document.diagnostics)
    if (d.severity == Severity::error) return exit_input_errors;
  for (const auto& declaration : document.declarations)
    for (const auto& indicator : declaration.indicators)
      if (!indicator.target.valid()) return exit_input_errors;
  return exit_ok;
}

std::string diagnostic_error_lines(const std::string& name, std::span<const Diagnostic> diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    if (d.severity != Severity::error) continue;
    out += name;
    if (d.line) out += fmt::format(":{}", *d.line);
    out += fmt::format(": {} {}\n", d.code, d.message);
  }
  return out;
}

std::string invalid_target_lines(const std::string& name, std::size_t index, const Declaration& declaration,
                                 std::span<const Diagnostic> diagnostics) {
  // Invalid targets are errors for the exit status even where the reader filed
  // them as warnings; each gets a line unless an error diagnostic names it already.
  std::string out;
  const auto& indicators = declaration.indicators;
  for (std::size_t ii = 0; ii < indicators.size(); ++ii) {
    const Indicator& indicator = indicators[ii];
    const auto* invalid = std::get_if<InvalidTarget>(&indicator.target.value);
    if (invalid == nullptr) continue;
    const bool named = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
      return d.severity == Severity::error && d.declaration == index && d.indicator == ii;
    });
    if (named) continue;
    out += name;
    if (indicator.line) out += fmt::format(":{}", *indicator.line);
    out += fmt::format(": invalid target \"{}\" of {}: {}", indicator.target.raw, indicator.name, invalid->message);
    if (!invalid->expected.empty() && invalid->message.find(invalid->expected) == std::string::npos)
      out += fmt::format(" (expected {})", invalid->expected);
    out += '\n';
  }
  return out;
}

std::string error_lines(const std::string& path, const Document& document) {
  const std::string name = display_name(path);
  std::string out = diagnostic_error_lines(name, document.diagnostics);
  for (std::size_t di = 0; di < document.declarations.size(); ++di)
    out += invalid_target_lines(name, di, document.declarations[di], document.diagnostics);
  return out;
}

std::string describe(const Error& error, const std::string& path) {
  // The library's messages already start with the source name; add it only when
  // they do not.
  std::string message = error.what();
  const std::string name = display_name(path);
  if (message.rfind(name, 0) != 0 && (error.source().empty() || message.rfind(error.source(), 0) != 0))
    message = name + ": " + message;
  if (error.kind() != ErrorKind::io && !error.expected().empty() && message.find(error.expected()) == std::string::npos)
    message += fmt::format(" (expected {})", error.expected());
  return message;
}

int run_inputs(const std::vector<std::string>& inputs, Output& out, bool quiet,
               const std::function<InputOutcome(const std::string& path)>& work) {
  int status = exit_ok;
  const auto emit = [&](const InputOutcome& outcome) {
    if (!outcome.output.empty()) out.write(outcome.output);
    if (!outcome.messages.empty() && !quiet) {
      std::fflush(out.file());  // keep stdout and stderr in order on a shared terminal
      std::fwrite(outcome.messages.data(), 1, outcome.messages.size(), stderr);
    }
    status = std::max(status, outcome.status);
  };
  if (inputs.size() == 1) {
    emit(run_one(inputs[0], work));
    return status;
  }

  const std::size_t workers =
      std::min<std::size_t>(inputs.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::optional<InputOutcome>> results(inputs.size());
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::condition_variable ready;
  std::exception_ptr failure;  // std::bad_alloc from a worker
  std::atomic<bool> stop{false};

  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (std::size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&] {
      for (;;) {
        if (stop.load()) return;
        const std::size_t i = next.fetch_add(1);
        if (i >= inputs.size()) return;
        std::optional<InputOutcome> outcome;
        std::exception_ptr error;
        try {
          outcome = run_one(inputs[i], work);
        } catch (...) {
          error = std::current_exception();
        }
        {
          const std::lock_guard lock(mutex);
          if (error) {
            if (!failure) failure = error;
            stop = true;
          } else {
            results[i] = std::move(outcome);
          }
        }
        ready.notify_one();
        if (error) return;
      }
    });
  }

  ProgressBar progress(inputs.size(), !quiet);
  std::size_t written = 0;
  while (written < inputs.size()) {
    std::optional<InputOutcome> outcome;
    {
      std::unique_lock lock(mutex);
      ready.wait_for(lock, std::chrono::milliseconds(100), [&] { return results[written].has_value() || failure; });
      if (failure) break;
      if (!results[written]) {
        lock.unlock();
        progress.update(written);
        continue;
      }
      outcome = std::move(results[written]);
      results[written].reset();
    }
    if (!outcome->messages.empty() && !quiet) progress.clear();
    try {
      emit(*outcome);
    } catch (...) {  // the output cannot be written: stop the pool, then rethrow
      const std::lock_guard lock(mutex);
      failure = std::current_exception();
      stop = true;
      break;
    }
    ++written;
    progress.update(written);
  }
  for (auto& thread : pool) thread.join();
  progress.clear();
  if (failure) std::rethrow_exception(failure);
  return status;
}

int run_documents(const std::vector<std::string>& inputs, std::optional<Serialization> from, Output& out, bool quiet,
                  const std::function<std::string(const std::string& path, const Document& document)>& render,
                  const std::function<std::string(const std::string& path, const Error& error)>& unreadable) {
  return run_inputs(inputs, out, quiet, [&](const std::string& path) {
    InputOutcome outcome;
    Document doc;
    try {
      doc = read_document_file(path, read_options_for(path, from));
    } catch (const Error& e) {
      outcome.messages = describe(e, path) + "\n";
      outcome.status = exit_usage;
      if (unreadable) outcome.output = unreadable(path, e);
      return outcome;
    }
    outcome.output = render(path, doc);
    outcome.status = document_status(doc);
    outcome.messages = error_lines(path, doc);
    return outcome;
  });
}

}  // namespace jixiao::cli
