// SPDX-License-Identifier: Apache-2.0
// jx_document_write and jx_document_summary: documents out as JSON, CSV, the
// published layout, and the 汇总表.

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/csv.hpp"
#include "jixiao/json.hpp"
#include "jixiao/render.hpp"
#include "jixiao/summary.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {
namespace {

const Document& document_of(const jx_document* d) {
  require(d, "document");
  return in(d)->document;
}

void check_flags(std::uint32_t flags) {
  if ((flags & ~JX_WRITE_PRETTY) != 0) fail(JX_EINVAL, "unknown flags " + std::to_string(flags));
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_document_write(const jx_document* document, jx_format format, uint32_t flags, char** out,
                                   size_t* length) {
  return guarded(nullptr, [&] {
    const Document& d = document_of(document);
    require(out, "out");
    check_flags(flags);
    switch (format) {
      case JX_FORMAT_JSON: {
        JsonWriteOptions options;
        options.pretty = (flags & JX_WRITE_PRETTY) != 0;
        give_string(to_json(d, options), out, length);
        return;
      }
      case JX_FORMAT_CSV: give_string(indicators_csv(d), out, length); return;
      case JX_FORMAT_TEXT:
      case JX_FORMAT_PUBLISHED: give_string(render_published_text(d), out, length); return;
      case JX_FORMAT_AUTO:
      case JX_FORMAT_MARKDOWN:
      case JX_FORMAT_TABLE: break;
      case JX_FORMAT_XLSX: break;
    }
    fail(JX_EINVAL, "documents are written as JX_FORMAT_JSON, JX_FORMAT_CSV or JX_FORMAT_PUBLISHED (JX_FORMAT_TEXT)");
  });
}

JX_API jx_status jx_document_summary(const jx_document* document, jx_format format, uint32_t flags, char** out,
                                     size_t* length) {
  return guarded(nullptr, [&] {
    const Document& d = document_of(document);
    require(out, "out");
    check_flags(flags);
    if (format != JX_FORMAT_TEXT && format != JX_FORMAT_TABLE && format != JX_FORMAT_MARKDOWN && format != JX_FORMAT_CSV &&
        format != JX_FORMAT_JSON) {
      fail(JX_EINVAL, "the summary is written as JX_FORMAT_TABLE (JX_FORMAT_TEXT), JX_FORMAT_MARKDOWN, JX_FORMAT_CSV or JX_FORMAT_JSON");
    }
    const Summary summary = summarize(d);
    switch (format) {
      case JX_FORMAT_TEXT:
      case JX_FORMAT_TABLE: give_string(render_summary_text(summary), out, length); return;
      case JX_FORMAT_MARKDOWN: give_string(render_summary_markdown(summary), out, length); return;
      case JX_FORMAT_CSV: give_string(render_summary_csv(summary), out, length); return;
      case JX_FORMAT_JSON:
        give_string(render_summary_json(summary, (flags & JX_WRITE_PRETTY) != 0), out, length);
        return;
      case JX_FORMAT_AUTO:
      case JX_FORMAT_PUBLISHED: break;
      case JX_FORMAT_XLSX: break;
    }
  });
}

}  // extern "C"
