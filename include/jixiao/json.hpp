// SPDX-License-Identifier: Apache-2.0
#pragma once
// JSON of the document model (formats.md, target-values.md): documents,
// declarations, indicators, targets and diagnostics, written and read back.
//
// Writing never fails for a valid model. Every decimal and money value is a JSON
// string (exact); absent fields are null. Reading is strict about shape: a syntax
// error is Error(parse) with byte offset, line and what was expected; a missing or
// mistyped field, or an unknown "format", is Error(format) naming the JSON path
// (e.g. "declarations[2].funds.total"). read(write(d)) == d for every document.

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/error.hpp"
#include "jixiao/target.hpp"
#include "jixiao/validate.hpp"

JIXIAO_BEGIN_NAMESPACE

// The "format" tag of a document (formats.md).
inline constexpr std::string_view document_json_format = "jixiao.document/1";

// A JSON string literal (with the quotes) for UTF-8 text, escaped per RFC 8259:
// '"', '\\' and control characters are escaped; other characters pass through.
// A byte that is not part of valid UTF-8 becomes U+FFFD, so the output is always
// valid JSON (the one case where text does not survive a round trip unchanged).
std::string json_quote(std::string_view utf8);
// The same, appended to `out` (no temporary string on hot paths).
void append_json_quoted(std::string& out, std::string_view utf8);

struct JsonWriteOptions {
  bool pretty = false;  // indented, one key per line; compact (one line) otherwise
};

// The canonical target JSON of target-values.md: {"raw", "kind", fields...}.
// An invalid target: {"raw", "kind": "invalid", "error", "offset", "expected"}.
std::string to_json(const Target& target, const JsonWriteOptions& options = {});
std::string to_json(const Diagnostic& diagnostic, const JsonWriteOptions& options = {});
std::string to_json(const Indicator& indicator, const JsonWriteOptions& options = {});
std::string to_json(const Declaration& declaration, const JsonWriteOptions& options = {});
// {"format": "jixiao.document/1", "title", "declarations", "diagnostics"}; no
// trailing newline.
std::string to_json(const Document& document, const JsonWriteOptions& options = {});
// The same, appended to `out`.
void append_json(std::string& out, const Document& document, const JsonWriteOptions& options = {});
// The same, handed to `sink` in pieces of about 1 MiB (so a large document's JSON
// is never held whole in memory); the pieces concatenated equal to_json().
void write_json(const Document& document, const std::function<void(std::string_view)>& sink,
                const JsonWriteOptions& options = {});

// The document JSON written while the document is read (PublishedTextReader):
// begin() with the title, declaration() for each declaration, end() with the
// diagnostics. The pieces handed to `sink` (about 1 MiB each; end() flushes the
// rest) concatenated equal to_json() of the whole document.
class DocumentJsonWriter {
 public:
  explicit DocumentJsonWriter(std::function<void(std::string_view)> sink, const JsonWriteOptions& options = {});
  ~DocumentJsonWriter();
  DocumentJsonWriter(const DocumentJsonWriter&) = delete;
  DocumentJsonWriter& operator=(const DocumentJsonWriter&) = delete;

  void begin(const std::optional<std::string>& title);
  void declaration(const Declaration& declaration);
  void end(const std::vector<Diagnostic>& diagnostics);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

struct JsonReadOptions {
  std::size_t max_depth = 256;  // deepest nesting of arrays/objects accepted
  std::string source_name;      // named in errors ("" → "<input>")
  // Check that a target's fields agree with what its "raw" text parses to (for
  // every kind but "invalid"); a disagreement is Error(format) naming the path.
  bool check_targets = true;
};

// Reads what to_json(Document) writes. Throws jixiao::Error (parse, format, limit).
Document document_from_json(std::string_view json, const JsonReadOptions& options = {});

// A validation profile file (docs/validation.md "Profiles"):
//   {"base": "national"|"shanghai", "rules": {"CODE": "off"|"on"|"error"|"warning"|"info"},
//    "satisfaction_floor": "90", "placeholders": ["见附件", …]}
// Every key is optional; `base` defaults to national. A syntax error throws
// Error(parse) naming `source`, the line and the column; a wrong member throws
// Error(format) naming it.
ValidateOptions validation_profile_from_json(std::string_view json, std::string_view source = "profile");
// Single objects, as to_json writes them (for tools and bindings).
Target target_from_json(std::string_view json, const JsonReadOptions& options = {});
Diagnostic diagnostic_from_json(std::string_view json, const JsonReadOptions& options = {});
Declaration declaration_from_json(std::string_view json, const JsonReadOptions& options = {});

JIXIAO_END_NAMESPACE
