// SPDX-License-Identifier: Apache-2.0
// libFuzzer: the filled 自评表 template (actuals_from_template: CSV or xlsx, told apart
// by content) against the Hongkou document, then scoring what was read. Only
// jixiao::Error escapes the reader, a parse error names at least one cell, and
// scoring never throws anything but Error(overflow).
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_template.hpp"

namespace jixiao_fuzz::score_template {

const jixiao::Document& hongkou() {
  static const jixiao::Document document = [] {
    std::ifstream in(JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return jixiao::read_published_text(bytes.str());
  }();
  return document;
}

}  // namespace jixiao_fuzz::score_template

JIXIAO_FUZZER(score_template) {
  const std::string_view bytes = jixiao_fuzz::as_text(data, size);
  jixiao::Actuals actuals;
  try {
    actuals = jixiao::actuals_from_template(bytes, jixiao_fuzz::score_template::hongkou());
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::parse || e.kind() == jixiao::ErrorKind::format ||
               e.kind() == jixiao::ErrorKind::limit || e.kind() == jixiao::ErrorKind::overflow);
    if (e.kind() == jixiao::ErrorKind::parse) FUZZ_CHECK(std::string_view(e.what()).find("<input>") == 0);
    return 0;
  }
  try {
    (void)jixiao::score(jixiao_fuzz::score_template::hongkou(), actuals);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::overflow);
  }
  return 0;
}
