// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private helpers shared by the JSON readers (documents, actuals): where a value
// sits, for error messages naming a JSON path, and how to name a value's kind.

#include <cstddef>
#include <string>
#include <string_view>

#include <boost/json.hpp>
#include <fmt/core.h>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace json_detail {

// Where a value sits in the document, as a chain of parents on the stack; only
// rendered when an error names it.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // member name; empty for an array element
  std::size_t index = 0;

  Path member(std::string_view name) const { return Path{this, name, 0}; }
  Path element(std::size_t i) const { return Path{this, {}, i}; }

  std::string str() const {
    if (parent == nullptr) return "(top level)";
    std::string out = parent->parent == nullptr ? std::string() : parent->str();
    if (key.empty()) {
      out += fmt::format("[{}]", index);
    } else {
      if (!out.empty()) out += '.';
      out.append(key);
    }
    return out;
  }
};

inline std::string_view kind_name(const boost::json::value& v) {
  switch (v.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::object: return "an object";
  }
  return "a value";
}

inline std::string_view as_view(const boost::json::string& s) { return {s.data(), s.size()}; }

}  // namespace json_detail
JIXIAO_END_NAMESPACE
