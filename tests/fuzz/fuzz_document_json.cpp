// SPDX-License-Identifier: Apache-2.0
// libFuzzer: document JSON (document_from_json, and read_document's detection).
// Only jixiao::Error (parse, format, limit) escapes; a syntax error's offset lies
// inside the input; nesting is bounded without recursion limits being hit; a
// document that reads writes back to JSON that reads to the same document.
#include <string>

#include "fuzz_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"

JIXIAO_FUZZER(document_json) {
  const std::string_view text = jixiao_fuzz::as_text(data, size);
  jixiao::JsonReadOptions options;
  options.source_name = "fuzz.json";
  options.max_depth = 64;
  jixiao::Document document;
  try {
    document = jixiao::document_from_json(text, options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::parse || e.kind() == jixiao::ErrorKind::format ||
               e.kind() == jixiao::ErrorKind::limit);
    FUZZ_CHECK(e.offset() == jixiao::Error::no_offset || e.offset() <= text.size());
    return 0;
  }
  const std::string json = jixiao::to_json(document);
  FUZZ_CHECK(jixiao::document_from_json(json) == document);
  const std::string pretty = jixiao::to_json(document, {.pretty = true});
  FUZZ_CHECK(jixiao::document_from_json(pretty) == document);
  jixiao::ReadOptions read_options;
  FUZZ_CHECK(jixiao::read_document(json, read_options) == document);
  return 0;
}
