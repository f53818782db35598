// SPDX-License-Identifier: Apache-2.0
#pragma once
// The streaming JSON writer behind every JSON this library writes (documents,
// targets, diagnostics, score reports): appends to one std::string, tracks the
// commas and, when pretty, the indentation. Hand-rolled appends rather than a
// Boost.JSON DOM: it is on the `jixiao parse` hot path. Private to src/json/.

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include "jixiao/config.hpp"
#include "jixiao/date.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/money.hpp"
#include "text/decimal_print.hpp"
#include "text/json_escape.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace json_detail {

class JsonWriter {
 public:
  JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // The key of the next member. Keys are short ASCII identifiers (no escaping);
  // compact output gets the comma, key and colon in one append: this is the
  // most frequent call of `jixiao parse`.
  void key(std::string_view name) {
    if (pretty_ || name.size() > max_key) {
      separate();
      out_.push_back('"');
      out_.append(name);
      out_ += pretty_ ? "\": " : "\":";
    } else {
      char piece[max_key + 4];
      std::size_t n = 0;
      if (depth_ != 0 && !first_[depth_ - 1]) piece[n++] = ',';
      if (depth_ != 0) first_[depth_ - 1] = false;
      piece[n++] = '"';
      std::memcpy(piece + n, name.data(), name.size());
      n += name.size();
      piece[n++] = '"';
      piece[n++] = ':';
      out_.append(piece, n);
    }
    after_key_ = true;
  }

  // A key that is data (a level-1 name in a score report): escaped like a value.
  void text_key(std::string_view name) {
    separate();
    text::append_json_string(out_, name);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }

  void string(std::string_view text) {
    separate();
    text::append_json_string(out_, text);
  }
  void null() {
    separate();
    out_ += "null";
  }
  void boolean(bool value) {
    separate();
    out_ += value ? "true" : "false";
  }
  void unsigned_number(std::uint64_t value) {
    separate();
    text::append_unsigned(out_, value);
  }
  void signed_number(std::int64_t value) {
    separate();
    if (value < 0) {
      out_.push_back('-');
      text::append_unsigned(out_, ~static_cast<std::uint64_t>(value) + 1u);
    } else {
      text::append_unsigned(out_, static_cast<std::uint64_t>(value));
    }
  }
  void decimal(const Decimal& value) {
    separate();
    out_.push_back('"');
    text::append_decimal(out_, value.mantissa(), value.scale());
    out_.push_back('"');
  }
  void money(const Money& value) {
    separate();
    out_.push_back('"');
    text::append_decimal(out_, value.fen(), 2);
    out_.push_back('"');
  }

  // key + value, with null for an absent optional.
  void member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void member(std::string_view name, const std::string& text) {
    key(name);
    string(text);
  }
  void member(std::string_view name, const std::optional<std::string>& text) {
    key(name);
    if (text) string(*text);
    else null();
  }
  void member(std::string_view name, const std::optional<Money>& value) {
    key(name);
    if (value) money(*value);
    else null();
  }
  void member(std::string_view name, const std::optional<Date>& value) {
    key(name);
    if (value) string(value->to_iso());
    else null();
  }
  template <class Unsigned>
    requires std::is_unsigned_v<Unsigned>
  void member(std::string_view name, const std::optional<Unsigned>& value) {
    key(name);
    if (value) unsigned_number(*value);
    else null();
  }
  void member(std::string_view name, const Decimal& value) {
    key(name);
    decimal(value);
  }

 private:
  void open(char bracket) {
    separate();
    out_.push_back(bracket);
    if (depth_ == max_depth) throw std::logic_error("JSON writer: nesting deeper than max_depth");
    first_[depth_++] = true;
  }
  void close(char bracket) {
    const bool empty = first_[--depth_];
    if (pretty_ && !empty) newline();
    out_.push_back(bracket);
  }
  // Before a value or key: the comma and (pretty) the line break it needs.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;  // the top-level value
    if (!first_[depth_ - 1]) out_.push_back(',');
    first_[depth_ - 1] = false;
    if (pretty_) newline();
  }
  void newline() {
    out_.push_back('\n');
    out_.append(2 * depth_, ' ');
  }

  static constexpr std::size_t max_key = 28;
  static constexpr std::size_t max_depth = 16;  // the document model nests 7 deep

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::size_t depth_ = 0;
  std::array<bool, max_depth> first_{};  // per open container: nothing written in it yet
};

// A diagnostic as formats.md writes it: {"code", "severity", "message",
// "declaration", "indicator", "line"}.
inline void write_diagnostic(JsonWriter& w, const Diagnostic& d) {
  w.begin_object();
  w.member("code", d.code);
  w.member("severity", to_string(d.severity));
  w.member("message", d.message);
  w.member("declaration", d.declaration);
  w.member("indicator", d.indicator);
  w.member("line", d.line);
  w.end_object();
}

}  // namespace json_detail
JIXIAO_END_NAMESPACE
