// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private: a JSON syntax checker that says where the first problem is and what
// was expected there ("',' or '}'", "a string key", "hex digit"...), which
// Boost.JSON's error codes do not. It also rejects duplicate object keys, which
// Boost.JSON would silently collapse (the last one wins): losing data silently is
// not allowed here.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

struct JsonSyntaxProblem {
  std::size_t offset = 0;  // byte offset of the problem
  std::string expected;    // what was expected there
};

// Boost.JSON's parser recurses once per nesting level: deeper input would
// overflow the stack, so no caller's max_depth goes beyond this.
inline constexpr std::size_t max_json_parser_depth = 2048;

// nullopt when `json` is one well-formed JSON value (RFC 8259, UTF-8) nested at
// most min(`max_depth`, max_json_parser_depth) deep, with no object holding the
// same key twice.
std::optional<JsonSyntaxProblem> find_json_syntax_problem(std::string_view json, std::size_t max_depth);

}  // namespace detail
JIXIAO_END_NAMESPACE
