// SPDX-License-Identifier: Apache-2.0
// Writing the document model as JSON (formats.md), with the JsonWriter of
// json/json_writer.hpp (the `jixiao parse` hot path: goal ≥ 100 MB/s of input as
// a whole process).
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "jixiao/json.hpp"
#include "json/json_writer.hpp"
#include "text/json_escape.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

using json_detail::JsonWriter;
using json_detail::write_diagnostic;

void write_target(JsonWriter& w, const Target& target) {
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
          if (value.has_year()) {
            w.member("date", value.date.to_iso());
          } else {  // as target_to_json: `11月底前` → null + "month_day"
            w.key("date");
            w.null();
            w.member("month_day", value.date.to_iso().substr(5));
          }
          if (value.recurring) {
            w.key("recurring");
            w.boolean(true);
          }
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          if (value.first_month != 0) {  // `1-12月`
            w.key("start");
            w.null();
            w.key("end");
            w.null();
            w.key("first_month");
            w.unsigned_number(static_cast<std::uint64_t>(value.first_month));
            w.key("last_month");
            w.unsigned_number(static_cast<std::uint64_t>(value.last_month));
          } else {
            w.member("start", value.start);
            w.member("end", value.end);
          }
        } else if constexpr (std::is_same_v<T, QualitativeTarget> || std::is_same_v<T, PlaceholderTarget>) {
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


void write_indicator(JsonWriter& w, const Indicator& indicator) {
  w.begin_object();
  w.member("level1", indicator.level1);
  w.member("level2", indicator.level2);
  w.member("name", indicator.name);
  w.key("target");
  write_target(w, indicator.target);
  w.member("line", indicator.line);
  w.member("label", indicator.label);
  // formats.md, additions 2026-12: present only when the source has them.
  if (indicator.weight) w.member("weight", *indicator.weight);
  if (indicator.nature) w.member("nature", *indicator.nature);
  if (indicator.note) w.member("note", *indicator.note);
  if (indicator.actual) w.member("actual", *indicator.actual);
  if (indicator.score) w.member("score", *indicator.score);
  if (indicator.reason) w.member("reason", *indicator.reason);
  w.end_object();
}

// A coordinate as a decimal string (formats.md: no decimal is a JSON number), the
// shortest text that reads back to the same double.
void write_coordinate(JsonWriter& w, double value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof text, value).ptr;
  w.string(std::string_view(text, static_cast<std::size_t>(end - text)));
}

void write_selfeval(JsonWriter& w, const SelfEvaluation& s) {
  w.begin_object();
  w.key("budget");
  w.begin_object();
  w.member("year_start", s.budget.year_start);
  w.member("annual", s.budget.annual);
  w.member("executed", s.budget.executed);
  w.member("weight", s.budget.weight);
  w.member("rate", s.budget.rate);
  w.member("score", s.budget.score);
  w.end_object();
  w.member("total", s.total);
  w.member("grade", s.grade);
  w.member("achieved", s.achieved);
  w.end_object();
}

void write_declaration(JsonWriter& w, const Declaration& d) {
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
    if (d.source->page) {  // read from PDF
      w.key("page");
      w.unsigned_number(*d.source->page);
    }
    if (d.source->bbox) {
      const Box& b = *d.source->bbox;
      w.key("bbox");
      w.begin_array();
      for (const double c : {b.x0, b.y0, b.x1, b.y1}) write_coordinate(w, c);
      w.end_array();
    }
    w.end_object();
  }
  if (d.selfeval) {  // a published 自评表
    w.key("selfeval");
    write_selfeval(w, *d.selfeval);
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
  text::append_json_string(out, utf8);
  return out;
}

void append_json_quoted(std::string& out, std::string_view utf8) { text::append_json_string(out, utf8); }

std::string to_json(const Target& target, const JsonWriteOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  write_target(w, target);
  return out;
}

std::string to_json(const Diagnostic& diagnostic, const JsonWriteOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  write_diagnostic(w, diagnostic);
  return out;
}

std::string to_json(const Indicator& indicator, const JsonWriteOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  write_indicator(w, indicator);
  return out;
}

std::string to_json(const Declaration& declaration, const JsonWriteOptions& options) {
  std::string out;
  JsonWriter w(out, options.pretty);
  write_declaration(w, declaration);
  return out;
}

namespace {

// The document in three parts, so it can also be written as it is read.
void write_document_head(JsonWriter& w, const std::optional<std::string>& title) {
  w.begin_object();
  w.member("format", document_json_format);
  w.member("title", title);
  w.key("declarations");
  w.begin_array();
}

// `flush` is called after each diagnostic (a document can have many).
template <class Flush>
void write_document_tail(JsonWriter& w, const std::vector<Diagnostic>& diagnostics, Flush flush) {
  w.end_array();
  w.key("diagnostics");
  w.begin_array();
  for (const auto& diagnostic : diagnostics) {
    write_diagnostic(w, diagnostic);
    flush();
  }
  w.end_array();
  w.end_object();
}

constexpr std::size_t piece_size = std::size_t{1} << 20;

}  // namespace

void append_json(std::string& out, const Document& document, const JsonWriteOptions& options) {
  out.reserve(out.size() + estimated_json_size(document));
  JsonWriter w(out, options.pretty);
  write_document_head(w, document.title);
  for (const auto& declaration : document.declarations) write_declaration(w, declaration);
  write_document_tail(w, document.diagnostics, [] {});
}

struct DocumentJsonWriter::State {
  State(std::function<void(std::string_view)> s, const JsonWriteOptions& options)
      : sink(std::move(s)), writer(buffer, options.pretty) {
    buffer.reserve(piece_size + (piece_size >> 2));
  }
  void flush(std::size_t at_least) {
    if (buffer.size() < at_least || buffer.empty()) return;
    sink(buffer);
    buffer.clear();
  }
  std::function<void(std::string_view)> sink;
  std::string buffer;
  JsonWriter writer;
};

DocumentJsonWriter::DocumentJsonWriter(std::function<void(std::string_view)> sink, const JsonWriteOptions& options)
    : state_(std::make_unique<State>(std::move(sink), options)) {}
DocumentJsonWriter::~DocumentJsonWriter() = default;

void DocumentJsonWriter::begin(const std::optional<std::string>& title) { write_document_head(state_->writer, title); }

void DocumentJsonWriter::declaration(const Declaration& declaration) {
  write_declaration(state_->writer, declaration);
  state_->flush(piece_size);
}

void DocumentJsonWriter::end(const std::vector<Diagnostic>& diagnostics) {
  write_document_tail(state_->writer, diagnostics, [&] { state_->flush(piece_size); });
  state_->flush(0);
}

void write_json(const Document& document, const std::function<void(std::string_view)>& sink,
                const JsonWriteOptions& options) {
  DocumentJsonWriter writer(sink, options);
  writer.begin(document.title);
  for (const auto& declaration : document.declarations) writer.declaration(declaration);
  writer.end(document.diagnostics);
}

std::string to_json(const Document& document, const JsonWriteOptions& options) {
  std::string out;
  append_json(out, document, options);
  return out;
}

JIXIAO_END_NAMESPACE
