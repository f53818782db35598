// SPDX-License-Identifier: Apache-2.0
// libFuzzer: the published text layout (read_published_text). Whatever the bytes,
// the reader returns a document or throws jixiao::Error(limit); every diagnostic's
// line lies inside the input; the document survives JSON and back unchanged, and
// validation and the summary run on it without throwing anything but Error.
#include <algorithm>
#include <string>

#include "fuzz_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/validate.hpp"

JIXIAO_FUZZER(published_text) {
  const std::string_view text = jixiao_fuzz::as_text(data, size);
  jixiao::IngestOptions options;
  options.source_name = "fuzz.txt";
  options.limits.max_rows = 2000;  // small limits: the limit paths are fuzzed too
  options.limits.max_declarations = 200;
  options.limits.max_line_bytes = 16 << 10;
  jixiao::Document document;
  try {
    document = jixiao::read_published_text(text, options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::limit);
    return 0;
  }
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (const auto& d : document.diagnostics) {
    FUZZ_CHECK(!d.code.empty());
    if (d.line) FUZZ_CHECK(*d.line >= 1 && *d.line <= lines);
  }
  for (const auto& declaration : document.declarations) {
    for (const auto& indicator : declaration.indicators) {
      if (indicator.line) FUZZ_CHECK(*indicator.line >= 1 && *indicator.line <= lines);
    }
  }
  const std::string json = jixiao::to_json(document);
  FUZZ_CHECK(jixiao::document_from_json(json) == document);
  (void)jixiao::validate(document);
  return 0;
}
