// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private: a JSON text to a Boost.JSON value, syntax first (json_syntax.hpp names
// the byte and what was expected there), then the DOM. A UTF-8 byte-order mark is
// skipped. The one parse step of every JSON reader (documents, actuals).

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/json.hpp>
#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "json/json_syntax.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace json_detail {

// Error(parse) at `offset` of `json`, with its line and column.
[[noreturn]] inline void throw_json_syntax_error(std::string_view json, std::size_t offset, const std::string& expected,
                                                 const std::string& source) {
  const std::string_view before = json.substr(0, offset);
  const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  throw Error(ErrorKind::parse,
              fmt::format("{}:{}: invalid JSON at byte {} (column {}): expected {}", source, line, offset,
                          offset - line_start + 1, expected),
              offset, line, expected, source);
}

inline boost::json::value parse_checked(std::string_view json, boost::json::storage_ptr storage, std::size_t max_depth,
                                        const std::string& source) {
  std::size_t skipped = 0;
  if (json.substr(0, 3) == "\xEF\xBB\xBF") skipped = 3;  // a UTF-8 byte-order mark
  const std::string_view body = json.substr(skipped);
  // Boost.JSON's parser recurses once per level, so its depth is capped whatever
  // the option says (no jixiao format nests more than 7 levels).
  const std::size_t depth = std::min(max_depth, detail::max_json_parser_depth);
  if (auto problem = detail::find_json_syntax_problem(body, depth))
    throw_json_syntax_error(json, skipped + problem->offset, problem->expected, source);
  boost::json::parse_options parse_options;
  parse_options.max_depth = depth;
  boost::json::parser parser(std::move(storage), parse_options);
  boost::system::error_code ec;
  const std::size_t consumed = parser.write(body.data(), body.size(), ec);
  if (ec) throw_json_syntax_error(json, skipped + std::min(consumed, body.size()), ec.message(), source);
  return parser.release();
}

}  // namespace json_detail
JIXIAO_END_NAMESPACE
