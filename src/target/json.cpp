// SPDX-License-Identifier: Apache-2.0
// target_to_json(): the canonical target JSON of target-values.md, written by
// hand: it is the whole output of `jixiao target`, so it is built in a stack
// buffer with fixed fragments of known length and appended to `out` once.
#include <cstring>
#include <string>

#include "jixiao/target.hpp"
#include "text/decimal_print.hpp"
#include "text/json_escape.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// Writes into a buffer the caller sized with bound() (no checks on the way).
// Each method works on a local copy of the write position: stores through a
// char* may alias the member, so the compiler would reload and store the member
// around every byte written.
class JsonWriter {
 public:
  explicit JsonWriter(char* buffer) : p_(buffer) {}
  char* end() const { return p_; }

  // A fixed fragment: a constant-size copy the compiler inlines.
  template <std::size_t N>
  void put(const char (&fragment)[N]) {
    std::memcpy(p_, fragment, N - 1);
    p_ += N - 1;
  }
  // A short name ("compare", "ge", "none"): a byte loop beats a memcpy call here.
  void put(std::string_view text) {
    char* p = p_;
    for (char c : text) *p++ = c;
    p_ = p;
  }

  // The text layer's writers write through a cursor into the buffer.
  struct Cursor {
    char* p;
    void push_back(char c) { *p++ = c; }
    void append(const char* s, std::size_t n) {  // short runs: a byte loop beats a memcpy call
      for (std::size_t i = 0; i < n; ++i) *p++ = s[i];
    }
  };

  void string(std::string_view text) {
    Cursor cursor{p_};
    text::write_json_string(cursor, text);
    p_ = cursor.p;
  }

  // A Decimal as Decimal::to_string() prints it ("-12.50", "0.05"), quoted.
  void decimal(const Decimal& value) {
    char* p = p_;
    *p++ = '"';
    p = text::write_decimal(p, value.mantissa(), value.scale());
    *p++ = '"';
    p_ = p;
  }

  void unsigned_number(std::size_t value) { p_ = text::write_unsigned(p_, value); }

 private:
  char* p_;
};

// An upper bound of the JSON's length: escaped strings take at most 6 bytes a byte
// (text::max_json_string_bytes).
std::size_t bound(const Target& target) {
  std::size_t strings = target.raw.size();
  std::visit(
      [&](const auto& t) {
        using T = std::decay_t<decltype(t)>;
        if constexpr (std::is_same_v<T, CompareTarget> || std::is_same_v<T, RangeTarget>) {
          strings += t.unit.size() + t.note.size();
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          if (t.by) strings += t.by->unit.size();
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          strings += t.start.size() + t.end.size();
        } else if constexpr (std::is_same_v<T, QualitativeTarget> || std::is_same_v<T, PlaceholderTarget>) {
          strings += t.term.size();
        } else if constexpr (std::is_same_v<T, InvalidTarget>) {
          strings += t.message.size() + t.expected.size();
        }
      },
      target.value);
  return 200 + 6 * strings;  // the fixed fragments, numbers and dates fit in 200
}

void write(JsonWriter& w, const Target& target) {
  w.put("{\"raw\":");
  w.string(target.raw);
  w.put(",\"kind\":\"");
  w.put(to_string(target.kind()));
  w.put("\"");
  std::visit(
      [&](const auto& t) {
        using T = std::decay_t<decltype(t)>;
        if constexpr (std::is_same_v<T, CompareTarget>) {
          w.put(",\"op\":\"");
          w.put(to_string(t.op));
          w.put("\",\"value\":");
          w.decimal(t.value);
          w.put(",\"unit\":");
          w.string(t.unit);
          if (!t.note.empty()) {
            w.put(",\"note\":");
            w.string(t.note);
          }
        } else if constexpr (std::is_same_v<T, RangeTarget>) {
          w.put(",\"low\":");
          w.decimal(t.low);
          w.put(",\"high\":");
          w.decimal(t.high);
          w.put(",\"unit\":");
          w.string(t.unit);
          if (!t.note.empty()) {
            w.put(",\"note\":");
            w.string(t.note);
          }
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          w.put(",\"direction\":\"");
          w.put(to_string(t.direction));
          w.put("\",\"basis\":\"");
          w.put(to_string(t.basis));
          w.put("\"");
          if (t.by) {
            w.put(",\"by\":{\"value\":");
            w.decimal(t.by->value);
            w.put(",\"unit\":");
            w.string(t.by->unit);
            w.put("}");
          }
        } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
          if (t.has_year()) {
            w.put(",\"date\":\"");
            w.put(t.date.to_iso());
            w.put("\"");
          } else {  // `11月底前`: "month_day" "11-30"
            w.put(",\"date\":null,\"month_day\":\"");
            w.put(t.date.to_iso().substr(5));
            w.put("\"");
          }
          if (t.recurring) w.put(",\"recurring\":true");
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          if (t.first_month != 0) {  // `1-12月`
            w.put(",\"start\":null,\"end\":null,\"first_month\":");
            w.unsigned_number(static_cast<std::size_t>(t.first_month));
            w.put(",\"last_month\":");
            w.unsigned_number(static_cast<std::size_t>(t.last_month));
          } else {
            w.put(",\"start\":");
            w.string(t.start);
            w.put(",\"end\":");
            w.string(t.end);
          }
        } else if constexpr (std::is_same_v<T, QualitativeTarget> || std::is_same_v<T, PlaceholderTarget>) {
          w.put(",\"term\":");
          w.string(t.term);
        } else {
          w.put(",\"error\":");
          w.string(t.message);
          w.put(",\"offset\":");
          w.unsigned_number(t.offset);
          w.put(",\"expected\":");
          w.string(t.expected);
        }
      },
      target.value);
  w.put("}");
}

}  // namespace

void append_target_json(std::string& out, const Target& target) {
  const std::size_t size = bound(target);
  if (size <= 512) {  // the common case: no allocation, one append
    char buffer[512];
    JsonWriter w(buffer);
    write(w, target);
    out.append(buffer, static_cast<std::size_t>(w.end() - buffer));
    return;
  }
  const std::size_t old = out.size();
  out.resize(old + size);
  JsonWriter w(out.data() + old);
  write(w, target);
  out.resize(static_cast<std::size_t>(w.end() - out.data()));
}

std::string target_to_json(const Target& target) {
  std::string out;
  append_target_json(out, target);
  return out;
}

JIXIAO_END_NAMESPACE
