// SPDX-License-Identifier: Apache-2.0
// The JSON syntax checker of json_syntax.hpp: one iterative pass (an explicit
// stack, so deep nesting cannot overflow the call stack), O(n log n) overall.
#include "json/json_syntax.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/core.h>

#include "text/utf8.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

namespace {

struct Key {
  std::string_view text;  // as written, between the quotes
  std::size_t offset;     // of its opening quote
};

class Checker {
 public:
  Checker(std::string_view json, std::size_t max_depth) : s_(json), max_depth_(max_depth) {}

  std::optional<JsonSyntaxProblem> run() {
    bool expecting_value = true;
    for (;;) {
      if (expecting_value) {
        skip_space();
        if (at_end()) return problem("a JSON value");
        const char c = s_[pos_];
        if (c == '{' || c == '[') {
          if (stack_.size() >= max_depth_)
            return problem(fmt::format("nesting no deeper than {} levels", max_depth_));
          stack_.push_back(c);
          keys_.emplace_back();
          ++pos_;
          skip_space();
          const char close = c == '{' ? '}' : ']';
          if (!at_end() && s_[pos_] == close) {
            ++pos_;
            stack_.pop_back();
            keys_.pop_back();
            expecting_value = false;
            continue;
          }
          if (c == '{') {
            if (auto p = member_key(true)) return p;
          }
          continue;  // a value follows
        }
        if (c == '"') {
          if (auto p = string()) return p;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
          if (auto p = number()) return p;
        } else if (c == 't' || c == 'f' || c == 'n') {
          if (auto p = literal()) return p;
        } else {
          return problem("a JSON value");
        }
        expecting_value = false;
        continue;
      }
      // After a value.
      skip_space();
      if (stack_.empty()) {
        if (!at_end()) return problem("end of input");
        return std::nullopt;
      }
      const char top = stack_.back();
      const char close = top == '{' ? '}' : ']';
      const char* after = top == '{' ? "',' or '}'" : "',' or ']'";
      if (at_end()) return problem(after);
      const char c = s_[pos_];
      if (c == ',') {
        ++pos_;
        skip_space();
        if (top == '{') {
          if (auto p = member_key(false)) return p;
        }
        expecting_value = true;
        continue;
      }
      if (c == close) {
        if (top == '{') {
          if (auto p = duplicate_key(keys_.back())) return p;
        }
        ++pos_;
        stack_.pop_back();
        keys_.pop_back();
        continue;
      }
      return problem(after);
    }
  }

 private:
  bool at_end() const { return pos_ >= s_.size(); }
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  std::optional<JsonSyntaxProblem> problem(std::string expected) const {
    return JsonSyntaxProblem{pos_, std::move(expected)};
  }

  // A key, the ':' after it, and the space before the value.
  std::optional<JsonSyntaxProblem> member_key(bool may_close) {
    if (at_end() || s_[pos_] != '"') return problem(may_close ? "a string key or '}'" : "a string key");
    const std::size_t start = pos_;
    if (auto p = string()) return p;
    keys_.back().push_back(Key{s_.substr(start + 1, pos_ - start - 2), start});
    skip_space();
    if (at_end() || s_[pos_] != ':') return problem("':'");
    ++pos_;
    return std::nullopt;
  }

  static std::optional<JsonSyntaxProblem> duplicate_key(std::vector<Key>& keys) {
    if (keys.size() < 2) return std::nullopt;
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
      return a.text != b.text ? a.text < b.text : a.offset < b.offset;
    });
    std::optional<JsonSyntaxProblem> first;
    for (std::size_t i = 1; i < keys.size(); ++i) {
      if (keys[i].text == keys[i - 1].text && (!first || keys[i].offset < first->offset))
        first = JsonSyntaxProblem{
            keys[i].offset, fmt::format("a key not used before in this object (\"{}\" is repeated)", keys[i].text)};
    }
    return first;
  }

  static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // \uXXXX at pos_ (pointing at 'u'); the code unit in *unit.
  std::optional<JsonSyntaxProblem> hex4(unsigned* unit) {
    ++pos_;
    unsigned value = 0;
    for (int k = 0; k < 4; ++k) {
      if (at_end() || hex_value(s_[pos_]) < 0) return problem("hex digit");
      value = value * 16u + static_cast<unsigned>(hex_value(s_[pos_]));
      ++pos_;
    }
    *unit = value;
    return std::nullopt;
  }

  std::optional<JsonSyntaxProblem> string() {
    ++pos_;  // opening quote
    for (;;) {
      if (at_end()) return problem("closing '\"'");
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return std::nullopt;
      }
      if (c < 0x20u) return problem("an escaped control character (\\n, \\t, \\u00XX)");
      if (c >= 0x80u) {
        const std::size_t len = text::utf8_sequence_length(s_, pos_);
        if (len == 0) return problem("valid UTF-8");
        pos_ += len;
        continue;
      }
      if (c != '\\') {
        ++pos_;
        continue;
      }
      ++pos_;
      if (at_end()) return problem("an escape character");
      const char e = s_[pos_];
      if (e == 'u') {
        unsigned unit = 0;
        if (auto p = hex4(&unit)) return p;
        if (unit >= 0xDC00u && unit <= 0xDFFFu) {
          pos_ -= 6;
          return problem("a leading surrogate before a trailing one");
        }
        if (unit >= 0xD800u && unit <= 0xDBFFu) {
          if (pos_ + 1 >= s_.size() || s_[pos_] != '\\' || s_[pos_ + 1] != 'u')
            return problem("a trailing surrogate escape (\\uDC00-\\uDFFF)");
          pos_ += 1;
          unsigned trail = 0;
          if (auto p = hex4(&trail)) return p;
          if (trail < 0xDC00u || trail > 0xDFFFu) {
            pos_ -= 6;
            return problem("a trailing surrogate escape (\\uDC00-\\uDFFF)");
          }
        }
        continue;
      }
      if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
        ++pos_;
        continue;
      }
      return problem("an escape character (one of \" \\ / b f n r t u)");
    }
  }

  std::optional<JsonSyntaxProblem> digits() {
    if (at_end() || s_[pos_] < '0' || s_[pos_] > '9') return problem("digit");
    while (!at_end() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return std::nullopt;
  }

  std::optional<JsonSyntaxProblem> number() {
    if (s_[pos_] == '-') ++pos_;
    if (!at_end() && s_[pos_] == '0') {
      ++pos_;
    } else if (auto p = digits()) {
      return p;
    }
    if (!at_end() && s_[pos_] == '.') {
      ++pos_;
      if (auto p = digits()) return p;
    }
    if (!at_end() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (!at_end() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (auto p = digits()) return p;
    }
    return std::nullopt;
  }

  std::optional<JsonSyntaxProblem> literal() {
    for (std::string_view word : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
      if (word[0] != s_[pos_]) continue;
      for (std::size_t k = 0; k < word.size(); ++k) {
        if (at_end() || s_[pos_] != word[k]) return problem(fmt::format("\"{}\"", word));
        ++pos_;
      }
      return std::nullopt;
    }
    return problem("a JSON value");
  }

  std::string_view s_;
  std::size_t max_depth_;
  std::size_t pos_ = 0;
  std::string stack_;                    // open '{' and '['
  std::vector<std::vector<Key>> keys_;   // keys of each open container
};

}  // namespace

std::optional<JsonSyntaxProblem> find_json_syntax_problem(std::string_view json, std::size_t max_depth) {
  return Checker(json, std::min(max_depth, max_json_parser_depth)).run();
}

}  // namespace detail
JIXIAO_END_NAMESPACE
