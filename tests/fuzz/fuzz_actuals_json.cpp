// SPDX-License-Identifier: Apache-2.0
// libFuzzer: the actuals JSON of self-evaluation (actuals_from_json), then scoring
// the Hongkou document against whatever was read. Only jixiao::Error escapes the
// reader; read actuals write back to JSON that reads the same; scoring never throws
// anything but Error(overflow) and its report writes out.
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"

namespace jixiao_fuzz::actuals {

const jixiao::Document& hongkou() {
  static const jixiao::Document document = [] {
    std::ifstream in(JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return jixiao::read_published_text(bytes.str());
  }();
  return document;
}

}  // namespace jixiao_fuzz::actuals

JIXIAO_FUZZER(actuals_json) {
  const std::string_view text = jixiao_fuzz::as_text(data, size);
  jixiao::JsonReadOptions options;
  options.max_depth = 64;
  jixiao::Actuals actuals;
  try {
    actuals = jixiao::actuals_from_json(text, options);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::parse || e.kind() == jixiao::ErrorKind::format ||
               e.kind() == jixiao::ErrorKind::limit || e.kind() == jixiao::ErrorKind::overflow);
    FUZZ_CHECK(e.offset() == jixiao::Error::no_offset || e.offset() <= text.size());
    return 0;
  }
  FUZZ_CHECK(jixiao::actuals_from_json(jixiao::to_json(actuals)) == actuals);
  try {
    const jixiao::ScoreReport report = jixiao::score(jixiao_fuzz::actuals::hongkou(), actuals);
    (void)jixiao::to_json(report);
  } catch (const jixiao::Error& e) {
    FUZZ_CHECK(e.kind() == jixiao::ErrorKind::overflow);
  }
  return 0;
}
