// SPDX-License-Identifier: Apache-2.0
// The WebAssembly side of the `jixiao` npm package: the target parser, evaluate()
// and Money behind a few C functions that index.js calls. Text crosses as UTF-8
// in one input buffer the module owns; results come back in one output buffer,
// as the target JSON of target-values.md (the bytes `jixiao target` prints) or as
// fields separated by U+001F for the small records (amounts, evaluations).
#include <emscripten/emscripten.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "jixiao/error.hpp"
#include "jixiao/evaluate.hpp"
#include "jixiao/money.hpp"
#include "jixiao/target.hpp"

namespace {

using namespace jixiao;

std::string input;
std::string output;

constexpr char field = '\x1f';

void put_error(const Error& e) {
  output = "error";
  output += field;
  output += e.what();
  output += field;
  if (e.offset() != Error::no_offset) output += std::to_string(e.offset());
  output += field;
  output += e.expected();
}

}  // namespace

extern "C" {

// The input buffer, grown to hold `size` bytes; valid until the next call.
EMSCRIPTEN_KEEPALIVE char* jxw_input(std::size_t size) {
  if (input.size() < size) input.resize(size);
  return input.data();
}

EMSCRIPTEN_KEEPALIVE const char* jxw_output() { return output.data(); }

// input[0, size) is one target: its JSON object, then '\n' and its canonical form.
EMSCRIPTEN_KEEPALIVE std::size_t jxw_target(std::size_t size) {
  const Target target = parse_target(std::string_view(input.data(), size));
  output.clear();
  append_target_json(output, target);
  output += '\n';
  output += canonical(target);
  return output.size();
}

// input[0, size) is targets separated by '\n': one JSON array of their objects.
EMSCRIPTEN_KEEPALIVE std::size_t jxw_targets(std::size_t size) {
  output.clear();
  output += '[';
  const std::string_view all(input.data(), size);
  std::size_t begin = 0;
  for (;;) {
    const std::size_t end = all.find('\n', begin);
    append_target_json(output, parse_target(all.substr(begin, end - begin)));
    if (end == std::string_view::npos) break;
    output += ',';
    begin = end + 1;
  }
  output += ']';
  return output.size();
}

// input holds the target, the actual and its unit, of the given sizes, in a row:
// "ok" verdict degree grade reason, or "error" message offset expected.
EMSCRIPTEN_KEEPALIVE std::size_t jxw_evaluate(std::size_t target_size, std::size_t actual_size,
                                              std::size_t unit_size) {
  const std::string_view all(input.data(), target_size + actual_size + unit_size);
  try {
    const Target target = parse_target(all.substr(0, target_size));
    std::string problem;
    const auto actual = read_actual(target, all.substr(target_size, actual_size),
                                    all.substr(target_size + actual_size, unit_size), &problem);
    if (!actual) throw Error(ErrorKind::parse, "actual: " + problem, 0, 0, std::string(to_string(target.kind())) + " actual");
    const Evaluation e = evaluate(target, *actual);
    output = "ok";
    output += field;
    output += to_string(e.verdict);
    output += field;
    if (e.degree) output += e.degree->to_string();
    output += field;
    if (e.grade) output += to_string(*e.grade);
    output += field;
    output += e.reason;
  } catch (const Error& e) {
    put_error(e);
  }
  return output.size();
}

// input[0, size) is an amount (in 万元 when `wan`): "ok" value wan chinese, or
// "error" message offset expected.
EMSCRIPTEN_KEEPALIVE std::size_t jxw_amount(std::size_t size, int wan) {
  const std::string_view text(input.data(), size);
  try {
    const Money money = wan ? Money::parse_wan(text) : Money::parse(text);
    output = "ok";
    output += field;
    output += money.to_string();
    output += field;
    output += money.to_wan_string();
    output += field;
    output += money.to_chinese();
  } catch (const Error& e) {
    put_error(e);
  }
  return output.size();
}

}  // extern "C"
