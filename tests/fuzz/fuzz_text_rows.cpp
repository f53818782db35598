// SPDX-License-Identifier: Apache-2.0
// libFuzzer: the text front ends and the form interpreter (open_text_rows +
// read_rows). The first byte chooses the serialization: 0-5 force tabs, aligned,
// single spaces, one cell per line, pipes, Markdown; anything else detects it.
// Whatever the bytes, both return or throw jixiao::Error(limit) (an Error of any
// other kind, such as the interpreter's no-progress guard, is a failure); every
// cell's origin lies inside the input; every diagnostic's and indicator's line
// too; the document survives JSON and back unchanged and validates without
// throwing. Seeds: corpus/text_rows/ (pieces of tests/data/serializations and
// tests/data/corpus/real, each behind a selector byte).
#include <algorithm>
#include <optional>
#include <string>

#include "fuzz_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/text_rows.hpp"
#include "jixiao/validate.hpp"

JIXIAO_FUZZER(text_rows) {
  if (size == 0) return 0;
  constexpr jixiao::Serialization forced_kinds[] = {
      jixiao::Serialization::tabs,          jixiao::Serialization::aligned, jixiao::Serialization::single_space,
      jixiao::Serialization::cell_per_line, jixiao::Serialization::pipes,   jixiao::Serialization::markdown};
  std::optional<jixiao::Serialization> forced;
  if (data[0] < 6) forced = forced_kinds[data[0]];
  const std::string_view text = jixiao_fuzz::as_text(data + 1, size - 1);
  jixiao::IngestOptions options;
  options.source_name = "fuzz.txt";
  options.limits.max_rows = 2000;  // small limits: the limit paths are fuzzed too
  options.limits.max_declarations = 200;
  options.limits.max_line_bytes = 16 << 10;
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  jixiao::Document document;
  try {
    {
      auto rows = jixiao::open_text_rows(text, forced, options);
      while (const auto* row = rows->next())
        for (const auto& cell : row->cells) {
          FUZZ_CHECK(cell.origin.line >= 1 && cell.origin.line <= lines);
          FUZZ_CHECK(cell.origin.byte <= text.size());
        }
    }
    auto rows = jixiao::open_text_rows(text, forced, options);
    document = jixiao::read_rows(*rows, options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::limit);
    return 0;
  }
  for (const auto& d : document.diagnostics) {
    FUZZ_CHECK(!d.code.empty());
    if (d.line) FUZZ_CHECK(*d.line >= 1 && *d.line <= lines);
  }
  for (const auto& declaration : document.declarations)
    for (const auto& indicator : declaration.indicators)
      if (indicator.line) FUZZ_CHECK(*indicator.line >= 1 && *indicator.line <= lines);
  const std::string json = jixiao::to_json(document);
  FUZZ_CHECK(jixiao::document_from_json(json) == document);
  (void)jixiao::validate(document);
  return 0;
}
