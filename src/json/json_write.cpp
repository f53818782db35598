// Writing the document model as JSON (formats.md). Hand-rolled appends into one
// string rather than a Boost.JSON DOM: the writer is on the `jixiao parse` hot
// path (goal: ≥ 100 MB/s of input as a whole process).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "jixiao/json.hpp"
#include "json/quote.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// A tiny streaming writer: tracks commas and, when pretty, indentation.
class Writer {
 public:
  Writer(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // The key of the next member.
  void key(std::string_view name) {
    separate();
    out_.push_back('"');
    out_.append(name);  // keys are ASCII identifiers: no escaping needed
    out_ += pretty_ ? "\": " : "\":";
    after_key_ = true;
  }

  void string(std::string_view text) {
    separate();
    detail::append_json_string(out_, text);
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
    detail::append_unsigned(out_, value);
  }
  void signed_number(std::int64_t value) {
    separate();
    if (value < 0) {
      out_.push_back('-');
      detail::append_unsigned(out_, ~static_cast<std::uint64_t>(value) + 1u);
    } else {
      detail::append_unsigned(out_, static_cast<std::uint64_t>(value));
    }
  }
  void decimal(const Decimal& value) {
    separate();
    out_.push_back('"');
    detail::append_decimal(out_, value.mantissa(), value.scale());
    out_.push_back('"');
  }
  void money(const Money& value) {
    separate();
    out_.push_back('"');
    detail::append_decimal(out_, value.fen(), 2);
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
    first_.push_back(true);
  }
  void close(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (pretty_ && !empty) newline();
    out_.push_back(bracket);
  }
  // Before a value or key: the comma and (pretty) the line break it needs.
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (first_.empty()) return;  // the top-level value
    if (!first_.back()) out_.push_back(',');
    first_.back() = false;
    if (pretty_) newline();
  }
  void newline() {
    out_.push_back('\n');
    out_.append(2 * first_.size(), ' ');
  }

  std::string& out_;
  bool pretty_;
  bool after_key_ = false;
  std::vector<bool> first_;  // per open container: nothing written in it yet
};

void write_target(Writer& w, const Target& target) {
  w.begin_object();
  w.member("raw", target.raw);
  w.member("kind", to_string(target.kind()));
  std::visit(
      [&](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, CompareTarget>) {
          w.member("op", to_string(value.op));
          w.member("value", value.value);
          w.member("unit", value.unit);
          if (!value.note.empty()) w.member("note", value.note);
        } else if constexpr (std::is_same_v<T, RangeTarget>) {
          w.member("low", value.low);
          w.member("high", value.high);
          w.member("unit", value.unit);
          if (!value.note.empty()) w.member("note", value.note);
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          w.member("direction", to_string(value.direction));
          w.member("basis", to_string(value.basis));
          if (value.by) {  // only when there is one (as target_to_json of target.hpp)
            w.key("by");
            w.begin_object();
            w.member("value", value.by->value);
            w.member("unit", value.by->unit);
            w.end_object();
          }
        } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
          w.member("date", value.date.to_iso());
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          w.member("start", value.start);
          w.member("end", value.end);
        } else if constexpr (std::is_same_v<T, QualitativeTarget>) {
          w.member("term", value.term);
        } else {
          static_assert(std::is_same_v<T, InvalidTarget>);
          w.member("error", value.message);
          w.key("offset");
          w.unsigned_number(value.offset);
          w.member("expected", value.expected);
        }
      },
      target.value);
  w.end_object();
}

void write_diagnostic(Writer& w, const Diagnostic& d) {
  w.begin_object();
  w.member("code", d.code);
  w.member("severity", to_string(d.severity));
  w.member("message", d.message);
  w.member("declaration", d.declaration);
  w.member("indicator", d.indicator);
  w.member("line", d.line);
  w.end_object();
}

void write_indicator(Writer& w, const Indicator& indicator) {
  w.begin_object();
  w.member("level1", indicator.level1);
  w.member("level2", indicator.level2);
  w.member("name", indicator.name);
  w.key("target");
  write_target(w, indicator.target);
  w.member("line", indicator.line);
  w.member("label", indicator.label);
  w.end_object();
}

void write_declaration(Writer& w, const Declaration& d) {
  w.begin_object();
  w.key("year");
  if (d.year) w.signed_number(*d.year);
  else w.null();
  w.member("taxonomy", to_string(d.taxonomy));

  w.key("project");
  w.begin_object();
  w.member("name", d.project.name);
  w.member("nature", d.project.nature);
  w.member("category", d.project.category);
  w.member("supervisor", d.project.supervisor);
  w.member("implementer", d.project.implementer);
  w.member("start_date", d.project.start_date);
  w.member("end_date", d.project.end_date);
  w.end_object();

  w.key("funds");
  w.begin_object();
  w.member("unit", d.funds.unit);
  w.member("total", d.funds.total);
  w.member("total_fiscal", d.funds.total_fiscal);
  w.member("total_other", d.funds.total_other);
  w.member("annual", d.funds.annual);
  w.member("annual_appropriation", d.funds.annual_appropriation);
  w.member("annual_carryover", d.funds.annual_carryover);
  w.member("annual_other", d.funds.annual_other);
  w.end_object();

  w.key("goals");
  w.begin_object();
  w.member("overall", d.goals.overall);
  w.member("annual", d.goals.annual);
  w.end_object();

  w.key("indicators");
  w.begin_array();
  for (const auto& indicator : d.indicators) write_indicator(w, indicator);
  w.end_array();

  if (d.source) {  // absent for declarations built in code (formats.md)
    w.key("source");
    w.begin_object();
    w.key("first_line");
    w.unsigned_number(d.source->first_line);
    w.key("last_line");
    w.unsigned_number(d.source->last_line);
    w.end_object();
  }
  w.end_object();
}

// A rough size of the output, so the string grows once or twice, not dozens of times.
std::size_t estimated_json_size(const Document& document) {
  std::size_t size = 256;
  for (const auto& d : document.declarations) {
    size += 1024;
    if (d.goals.overall) size += d.goals.overall->size();
    if (d.goals.annual) size += d.goals.annual->size();
    for (const auto& indicator : d.indicators)
      size += 160 + indicator.name.size() + 2 * indicator.target.raw.size() + indicator.level1.size() +
              indicator.level2.size();
  }
  size += 200 * document.diagnostics.size();
  return size;
}

}  // namespace

std::string json_quote(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 2);
  detail::append_json_string(out, utf8);
  return out;
}

void append_json_quoted(std::string& out, std::string_view utf8) { detail::append_json_string(out, utf8); }

std::string to_json(const Target& target, const JsonWriteOptions& options) {
  std::string out;
  Writer w(out, options.pretty);
  write_target(w, target);
  return out;
}

std::string to_json(const Diagnostic& diagnostic, const JsonWriteOptions& options) {
  std::string out;
  Writer w(out, options.pretty);
  write_diagnostic(w, diagnostic);
  return out;
}

std::string to_json(const Indicator& indicator, const JsonWriteOptions& options) {
  std::string out;
  Writer w(out, options.pretty);
  write_indicator(w, indicator);
  return out;
}

std::string to_json(const Declaration& declaration, const JsonWriteOptions& options) {
  std::string out;
  Writer w(out, options.pretty);
  write_declaration(w, declaration);
  return out;
}

namespace {

// The document; `flush` is called after each declaration and may empty `out`.
template <class Flush>
void write_document(std::string& out, const Document& document, const JsonWriteOptions& options, Flush flush) {
  Writer w(out, options.pretty);
  w.begin_object();
  w.member("format", document_json_format);
  w.member("title", document.title);
  w.key("declarations");
  w.begin_array();
  for (const auto& declaration : document.declarations) {
    write_declaration(w, declaration);
    flush();
  }
  w.end_array();
  w.key("diagnostics");
  w.begin_array();
  for (const auto& diagnostic : document.diagnostics) write_diagnostic(w, diagnostic);
  w.end_array();
  w.end_object();
}

}  // namespace

void append_json(std::string& out, const Document& document, const JsonWriteOptions& options) {
  out.reserve(out.size() + estimated_json_size(document));
  write_document(out, document, options, [] {});
}

void write_json(const Document& document, const std::function<void(std::string_view)>& sink,
                const JsonWriteOptions& options) {
  constexpr std::size_t piece = std::size_t{1} << 20;
  std::string buffer;
  buffer.reserve(piece + (piece >> 2));
  write_document(buffer, document, options, [&] {
    if (buffer.size() >= piece) {
      sink(buffer);
      buffer.clear();
    }
  });
  if (!buffer.empty()) sink(buffer);
}

std::string to_json(const Document& document, const JsonWriteOptions& options) {
  std::string out;
  append_json(out, document, options);
  return out;
}

JIXIAO_END_NAMESPACE
