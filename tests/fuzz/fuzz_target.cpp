// SPDX-License-Identifier: Apache-2.0
// libFuzzer: the target grammar (target-values.md). Properties beyond "no crash,
// no hang": parse_target never throws and keeps raw verbatim; an invalid target
// names an offset inside the text, what was expected and a message; canonical()
// round trips (parse_target(canonical(t)).value == t.value, digits as written
// included); the JSON is one object. Seeds: tests/fuzz/corpus/target/.
#include <string>
#include <string_view>
#include <variant>

#include "fuzz_support.hpp"
#include "jixiao/target.hpp"

JIXIAO_FUZZER(target) {
  const std::string_view text = jixiao_fuzz::as_text(data, size);
  const jixiao::Target target = jixiao::parse_target(text);
  FUZZ_CHECK(target.raw == text);
  if (const auto* error = std::get_if<jixiao::InvalidTarget>(&target.value)) {
    FUZZ_CHECK(error->offset <= size);
    FUZZ_CHECK(!error->expected.empty());
    FUZZ_CHECK(!error->message.empty());
  }
  const std::string printed = jixiao::canonical(target);
  const jixiao::Target again = jixiao::parse_target(printed);
  FUZZ_CHECK(again.value == target.value);
  FUZZ_CHECK(jixiao::canonical(again) == printed);
  const std::string json = jixiao::target_to_json(target);
  FUZZ_CHECK(!json.empty() && json.front() == '{' && json.back() == '}');
  return 0;
}
