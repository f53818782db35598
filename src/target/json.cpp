// target_to_json(): the canonical target JSON of target-values.md, written by
// hand (one small object, on the hot path of `jixiao target`).
#include <string>

#include <fmt/core.h>

#include "jixiao/target.hpp"
#include "target/text.hpp"

JIXIAO_BEGIN_NAMESPACE

namespace {

// A JSON string as Python's json.dumps(ensure_ascii=False) writes it; bytes that
// are not UTF-8 (only an invalid target's raw can have them) become U+FFFD.
void append_string(std::string& out, std::string_view text) {
  out += '"';
  const std::size_t bad_from = target_detail::find_invalid_utf8(text);
  std::size_t run = 0;  // start of the bytes not yet copied: copied in runs, not byte by byte
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x80 || bad_from == std::string_view::npos)) continue;
    out.append(text.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          // Only when the text has bad bytes: copy well-formed code points, U+FFFD for the rest.
          const std::size_t len = target_detail::code_point_length(c);
          if (len <= text.size() - i && target_detail::find_invalid_utf8(text.substr(i, len)) == std::string_view::npos) {
            out.append(text.substr(i, len));
            i += len - 1;
            run = i + 1;
          } else {
            out += "\xEF\xBF\xBD";  // U+FFFD
          }
        }
    }
  }
  out.append(text.substr(run));
  out += '"';
}

void field(std::string& out, std::string_view name, std::string_view value) {
  out += ",\"";
  out += name;
  out += "\":";
  append_string(out, value);
}

}  // namespace

std::string target_to_json(const Target& target) {
  std::string out;
  out.reserve(96 + 2 * target.raw.size());
  append_target_json(out, target);
  return out;
}

void append_target_json(std::string& out, const Target& target) {
  out += "{\"raw\":";
  append_string(out, target.raw);
  field(out, "kind", to_string(target.kind()));
  std::visit(
      [&](const auto& t) {
        using T = std::decay_t<decltype(t)>;
        if constexpr (std::is_same_v<T, CompareTarget>) {
          field(out, "op", to_string(t.op));
          field(out, "value", t.value.to_string());
          field(out, "unit", t.unit);
          if (!t.note.empty()) field(out, "note", t.note);
        } else if constexpr (std::is_same_v<T, RangeTarget>) {
          field(out, "low", t.low.to_string());
          field(out, "high", t.high.to_string());
          field(out, "unit", t.unit);
          if (!t.note.empty()) field(out, "note", t.note);
        } else if constexpr (std::is_same_v<T, TrendTarget>) {
          field(out, "direction", to_string(t.direction));
          field(out, "basis", to_string(t.basis));
          if (t.by) {
            out += ",\"by\":{\"value\":";
            append_string(out, t.by->value.to_string());
            field(out, "unit", t.by->unit);
            out += '}';
          }
        } else if constexpr (std::is_same_v<T, DeadlineTarget>) {
          field(out, "date", t.date.to_iso());
        } else if constexpr (std::is_same_v<T, PeriodTarget>) {
          field(out, "start", t.start);
          field(out, "end", t.end);
        } else if constexpr (std::is_same_v<T, QualitativeTarget>) {
          field(out, "term", t.term);
        } else {
          field(out, "error", t.message);
          out += fmt::format(",\"offset\":{}", t.offset);
          field(out, "expected", t.expected);
        }
      },
      target.value);
  out += '}';
}

JIXIAO_END_NAMESPACE
