// SPDX-License-Identifier: Apache-2.0
// jx_reader_*: the published layout read one declaration at a time, over the C++
// PublishedTextReader.

#include <optional>

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

struct ReaderHandle {
  std::string owned;  // the file's bytes (jx_reader_open_file); empty for jx_reader_open
  std::optional<PublishedTextReader> reader;
  std::unique_ptr<DocumentHandle> current;  // holds the declaration lent out last
  DiagnosticList diagnostics;
  bool failed = false;
};

JIXIAO_CAPI_HANDLE(jx_reader, ReaderHandle)

namespace {

IngestOptions ingest_options(const jx_read_options* options, std::string default_source) {
  const auto o = load_options(options, "jx_read_options");
  if (o.format != JX_FORMAT_AUTO && o.format != JX_FORMAT_PUBLISHED && o.format != JX_FORMAT_TEXT) {
    fail(JX_EINVAL, "read_options.format " + std::to_string(static_cast<int>(o.format)) +
                        ": the streaming reader reads JX_FORMAT_PUBLISHED (or JX_FORMAT_AUTO, JX_FORMAT_TEXT)");
  }
  const ReadOptions read = read_options_of(o, std::move(default_source));
  IngestOptions ingest;
  ingest.source_name = read.source_name;
  ingest.limits = read.limits;
  return ingest;
}

void open(std::unique_ptr<ReaderHandle> handle, std::string_view bytes, const IngestOptions& options,
          jx_reader** out) {
  handle->reader.emplace(bytes, options);
  handle->diagnostics.list = &handle->reader->diagnostics();
  *out = capi::out(handle.release());
}

const ReaderHandle& reader_of(const jx_reader* r) {
  require(r, "reader");
  return *in(r);
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_reader_open(const char* bytes, size_t length, const jx_read_options* options, jx_reader** out,
                                jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(bytes, length, "bytes");
    require(out, "out");
    const auto ingest = ingest_options(options, {});
    open(std::make_unique<ReaderHandle>(), input, ingest, out);
  });
}

JX_API jx_status jx_reader_open_file(const char* path, const jx_read_options* options, jx_reader** out,
                                     jx_error* err) {
  return guarded(err, [&] {
    require(path, "path");
    require(out, "out");
    const auto ingest = ingest_options(options, path);
    auto handle = std::make_unique<ReaderHandle>();
    handle->owned = read_whole_file(path, ingest.limits.max_input_bytes);
    const std::string_view bytes = handle->owned;
    open(std::move(handle), bytes, ingest, out);
  });
}

JX_API jx_status jx_reader_next(jx_reader* reader, const jx_declaration** out, jx_error* err) {
  return guarded(err, [&] {
    require(reader, "reader");
    require(out, "out");
    auto& r = *in(reader);
    if (r.failed) fail(JX_EINVAL, "jx_reader_next: the reader failed before and is finished");
    r.current.reset();
    std::optional<Declaration> next;
    try {
      next = r.reader->next();
    } catch (...) {
      r.failed = true;
      throw;
    }
    if (!next) {
      *out = nullptr;
      return;
    }
    Document one;
    one.declarations.push_back(std::move(*next));
    r.current = make_document(std::move(one));
    *out = capi::out(&r.current->declarations[0]);
  });
}

JX_API jx_status jx_reader_title(const jx_reader* reader, const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& r = reader_of(reader);
    require(length, "length");
    lend(lent(r.reader->title()), out, length);
  });
}

JX_API jx_status jx_reader_diagnostics(const jx_reader* reader, const jx_diagnostics** out) {
  return guarded(nullptr, [&] {
    const auto& r = reader_of(reader);
    require(out, "out");
    *out = capi::out(&r.diagnostics);
  });
}

JX_API void jx_reader_free(jx_reader* reader) { delete in(reader); }

}  // extern "C"
