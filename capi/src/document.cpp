// SPDX-License-Identifier: Apache-2.0
// jx_document_*, jx_declaration_*, jx_indicator_*: reading documents and walking
// the model.

#include <fstream>
#include <iterator>
#include <limits>

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/money.hpp"
#include "jixiao/read.hpp"
#include "jixiao/text_rows.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

ReadOptions read_options_of(const jx_read_options& o, std::string default_source) {
  ReadOptions options;
  options.source_name = name_arg(o.source_name, o.source_name_length).value_or(std::move(default_source));
  options.limits.max_input_bytes = limit_or(o.max_input_bytes, options.limits.max_input_bytes);
  options.limits.max_line_bytes = limit_or(o.max_line_bytes, options.limits.max_line_bytes);
  options.limits.max_rows = limit_or(o.max_rows, options.limits.max_rows);
  options.limits.max_declarations = limit_or(o.max_declarations, options.limits.max_declarations);
  options.max_json_depth = limit_or(o.max_json_depth, options.max_json_depth);
  if (o.serialization != nullptr && *o.serialization != '\0') {
    options.serialization = serialization_from_string(o.serialization);
    if (!options.serialization)
      fail(JX_EINVAL, std::string("read_options.serialization \"") + o.serialization +
                          "\": expected tabs, aligned, single_space, cell_per_line, pipes, markdown, pdf, xlsx, xls or "
                          "html");
  }
  return options;
}

namespace {

Document read_bytes(std::string_view bytes, jx_format format, const ReadOptions& options) {
  check_input_size(bytes.size(), options.limits.max_input_bytes, options.source_name);
  switch (format) {
    case JX_FORMAT_AUTO: return read_document(bytes, options);
    case JX_FORMAT_JSON: {
      JsonReadOptions json;
      json.max_depth = options.max_json_depth;
      json.source_name = options.source_name;
      json.check_targets = options.check_targets;
      return document_from_json(bytes, json);
    }
    case JX_FORMAT_PUBLISHED: {
      IngestOptions ingest;
      ingest.source_name = options.source_name;
      ingest.limits = options.limits;
      return read_published_text(bytes, ingest);
    }
    case JX_FORMAT_TEXT: {
      // Text in any serialization: the one given, or the one the text looks like (never JSON).
      ReadOptions text = options;
      if (!text.serialization) text.serialization = detect_text_serialization(bytes);
      if (!is_text_serialization(*text.serialization))
        fail(JX_EINVAL, "read_options.serialization \"" + std::string(to_string(*text.serialization)) +
                            "\" is no text serialization: JX_FORMAT_TEXT reads text");
      return read_document(bytes, text);
    }
    case JX_FORMAT_CSV:
    case JX_FORMAT_MARKDOWN:
    case JX_FORMAT_TABLE: break;
    case JX_FORMAT_XLSX: break;
  }
  fail(JX_EINVAL, "read_options.format " + std::to_string(static_cast<int>(format)) +
                      ": documents are read from JX_FORMAT_AUTO, JX_FORMAT_PUBLISHED, JX_FORMAT_TEXT or JX_FORMAT_JSON");
}

}  // namespace

std::string read_whole_file(const char* path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Error(ErrorKind::io, std::string(path) + ": cannot open the file", Error::no_offset, 0, {}, path);
  auto end = in.tellg();
  if (end < 0) throw Error(ErrorKind::io, std::string(path) + ": cannot read the file", Error::no_offset, 0, {}, path);
  auto size = static_cast<std::uint64_t>(end);
  if (size > max_bytes) {
    throw Error(ErrorKind::limit,
                std::string(path) + ": file of " + std::to_string(size) + " bytes exceeds max_input_bytes " +
                    std::to_string(max_bytes),
                Error::no_offset, 0, {}, path);
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!bytes.empty() && !in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
    throw Error(ErrorKind::io, std::string(path) + ": cannot read the file", Error::no_offset, 0, {}, path);
  }
  return bytes;
}

namespace {

const DocumentHandle& document_of(const jx_document* d) {
  require(d, "document");
  return *in(d);
}
const DeclarationView& declaration_of(const jx_declaration* d) {
  require(d, "declaration");
  return *in(d);
}
const IndicatorView& indicator_of(const jx_indicator* i) {
  require(i, "indicator");
  return *in(i);
}

const std::optional<Money>* funds_member(const Funds& funds, jx_funds_field field) {
  switch (field) {
    case JX_FUNDS_TOTAL: return &funds.total;
    case JX_FUNDS_TOTAL_FISCAL: return &funds.total_fiscal;
    case JX_FUNDS_TOTAL_OTHER: return &funds.total_other;
    case JX_FUNDS_ANNUAL: return &funds.annual;
    case JX_FUNDS_ANNUAL_APPROPRIATION: return &funds.annual_appropriation;
    case JX_FUNDS_ANNUAL_CARRYOVER: return &funds.annual_carryover;
    case JX_FUNDS_ANNUAL_OTHER: return &funds.annual_other;
  }
  fail(JX_EINVAL, "unknown funds field " + std::to_string(static_cast<int>(field)));
}


Lent declaration_field(const DeclarationView& view, jx_declaration_field field) {
  const Declaration& d = *view.declaration;
  switch (field) {
    case JX_PROJECT_NAME: return lent(d.project.name);
    case JX_PROJECT_NATURE: return lent(d.project.nature);
    case JX_PROJECT_CATEGORY: return lent(d.project.category);
    case JX_PROJECT_SUPERVISOR: return lent(d.project.supervisor);
    case JX_PROJECT_IMPLEMENTER: return lent(d.project.implementer);
    case JX_PROJECT_START_DATE: return lent(view.start_date);
    case JX_PROJECT_END_DATE: return lent(view.end_date);
    case JX_GOALS_OVERALL: return lent(d.goals.overall);
    case JX_GOALS_ANNUAL: return lent(d.goals.annual);
    case JX_FUNDS_UNIT: return lent(d.funds.unit);
    case JX_TAXONOMY: return lent(d.taxonomy == TaxonomyEdition::e2015 ? "2015" : "2021");
  }
  fail(JX_EINVAL, "unknown declaration field " + std::to_string(static_cast<int>(field)));
}

Lent indicator_field(const Indicator& i, jx_indicator_field field) {
  switch (field) {
    case JX_INDICATOR_LEVEL1: return lent(i.level1);
    case JX_INDICATOR_LEVEL2: return lent(i.level2);
    case JX_INDICATOR_NAME: return lent(i.name);
    case JX_INDICATOR_RAW: return lent(i.target.raw);
    case JX_INDICATOR_LABEL: return lent(i.label);
  }
  fail(JX_EINVAL, "unknown indicator field " + std::to_string(static_cast<int>(field)));
}

void build_indicators(const DeclarationView& view) {
  std::call_once(view.indicators_built, [&] {
    const auto& indicators = view.declaration->indicators;
    auto built = std::make_unique<IndicatorView[]>(indicators.size());
    for (std::size_t i = 0; i < indicators.size(); ++i) {
      built[i].indicator = &indicators[i];
      built[i].target.target = &indicators[i].target;
    }
    view.indicators = std::move(built);
  });
}

}  // namespace

std::unique_ptr<DocumentHandle> make_document(Document&& document) {
  auto handle = std::make_unique<DocumentHandle>();
  handle->document = std::move(document);
  const auto& declarations = handle->document.declarations;
  handle->declarations = std::make_unique<DeclarationView[]>(declarations.size());
  for (std::size_t i = 0; i < declarations.size(); ++i) {
    auto& view = handle->declarations[i];
    view.declaration = &declarations[i];
    if (declarations[i].project.start_date) view.start_date = declarations[i].project.start_date->to_iso();
    if (declarations[i].project.end_date) view.end_date = declarations[i].project.end_date->to_iso();
  }
  handle->diagnostics.list = &handle->document.diagnostics;
  return handle;
}

jx_severity to_c(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return JX_SEVERITY_ERROR;
    case Severity::warning: return JX_SEVERITY_WARNING;
    case Severity::info: return JX_SEVERITY_INFO;
  }
  return JX_SEVERITY_ERROR;
}

}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API void jx_read_options_init(jx_read_options* options) {
  if (options == nullptr) return;
  *options = jx_read_options{};
  options->struct_size = static_cast<uint32_t>(sizeof(jx_read_options));
}

JX_API jx_status jx_document_read(const char* bytes, size_t length, const jx_read_options* options,
                                  jx_document** out, jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(bytes, length, "bytes");
    require(out, "out");
    auto o = load_options(options, "jx_read_options");
    *out = capi::out(make_document(read_bytes(input, o.format, read_options_of(o, {}))).release());
  });
}

JX_API jx_status jx_document_read_file(const char* path, const jx_read_options* options, jx_document** out,
                                       jx_error* err) {
  return guarded(err, [&] {
    require(path, "path");
    require(out, "out");
    auto o = load_options(options, "jx_read_options");
    auto read = read_options_of(o, path);
    std::string bytes = read_whole_file(path, read.limits.max_input_bytes);
    *out = capi::out(make_document(read_bytes(bytes, o.format, read)).release());
  });
}

JX_API void jx_document_free(jx_document* document) { delete in(document); }

JX_API jx_status jx_document_title(const jx_document* document, const char** out) {
  return guarded(nullptr, [&] {
    const auto& d = document_of(document);
    require(out, "out");
    lend(lent(d.document.title), out, nullptr);
  });
}

JX_API jx_status jx_document_title_n(const jx_document* document, const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& d = document_of(document);
    require(length, "length");
    lend(lent(d.document.title), out, length);
  });
}

JX_API jx_status jx_document_declaration_count(const jx_document* document, size_t* out) {
  return guarded(nullptr, [&] {
    const auto& d = document_of(document);
    require(out, "out");
    *out = d.document.declarations.size();
  });
}

JX_API jx_status jx_document_declaration(const jx_document* document, size_t index, const jx_declaration** out) {
  return guarded(nullptr, [&] {
    const auto& d = document_of(document);
    require(out, "out");
    const auto count = d.document.declarations.size();
    if (index >= count) {
      fail(JX_ERANGE, "declaration index " + std::to_string(index) + " out of range (the document has " +
                          std::to_string(count) + ")");
    }
    *out = capi::out(&d.declarations[index]);
  });
}

JX_API jx_status jx_document_diagnostics(const jx_document* document, const jx_diagnostics** out) {
  return guarded(nullptr, [&] {
    const auto& d = document_of(document);
    require(out, "out");
    *out = capi::out(&d.diagnostics);
  });
}

JX_API jx_status jx_document_funds_total(const jx_document* document, jx_funds_field field, jx_money* out) {
  return guarded(nullptr, [&] {
    const auto& d = document_of(document);
    require(out, "out");
    Money total;
    for (const auto& declaration : d.document.declarations) {
      if (const auto& amount = *funds_member(declaration.funds, field)) total += *amount;
    }
    funds_member(Funds{}, field);  // an unknown field fails even for an empty document
    *out = jx_money{total.fen()};
  });
}

JX_API jx_status jx_declaration_text(const jx_declaration* declaration, jx_declaration_field field,
                                     const char** out) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    require(out, "out");
    lend(declaration_field(view, field), out, nullptr);
  });
}

JX_API jx_status jx_declaration_text_n(const jx_declaration* declaration, jx_declaration_field field,
                                       const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    require(out, "out");
    require(length, "length");
    lend(declaration_field(view, field), out, length);
  });
}

JX_API jx_status jx_declaration_funds(const jx_declaration* declaration, jx_funds_field field, jx_money* out,
                                      int* present) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    require(out, "out");
    require(present, "present");
    const auto& amount = *funds_member(view.declaration->funds, field);
    *present = amount ? 1 : 0;
    if (amount) *out = jx_money{amount->fen()};
  });
}

JX_API jx_status jx_declaration_year(const jx_declaration* declaration, int* year, int* present) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    require(year, "year");
    require(present, "present");
    *present = view.declaration->year ? 1 : 0;
    if (view.declaration->year) *year = *view.declaration->year;
  });
}

JX_API jx_status jx_declaration_lines(const jx_declaration* declaration, uint32_t* first_line, uint32_t* last_line) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    const auto& span = view.declaration->source;
    if (first_line != nullptr) *first_line = span ? span->first_line : 0;
    if (last_line != nullptr) *last_line = span ? span->last_line : 0;
  });
}

JX_API jx_status jx_declaration_indicator_count(const jx_declaration* declaration, size_t* out) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    require(out, "out");
    *out = view.declaration->indicators.size();
  });
}

JX_API jx_status jx_declaration_indicator(const jx_declaration* declaration, size_t index,
                                          const jx_indicator** out) {
  return guarded(nullptr, [&] {
    const auto& view = declaration_of(declaration);
    require(out, "out");
    const auto count = view.declaration->indicators.size();
    if (index >= count) {
      fail(JX_ERANGE, "indicator index " + std::to_string(index) + " out of range (the declaration has " +
                          std::to_string(count) + ")");
    }
    build_indicators(view);
    *out = capi::out(&view.indicators[index]);
  });
}

JX_API jx_status jx_indicator_text(const jx_indicator* indicator, jx_indicator_field field, const char** out) {
  return guarded(nullptr, [&] {
    const auto& i = *indicator_of(indicator).indicator;
    require(out, "out");
    lend(indicator_field(i, field), out, nullptr);
  });
}

JX_API jx_status jx_indicator_text_n(const jx_indicator* indicator, jx_indicator_field field, const char** out,
                                     size_t* length) {
  return guarded(nullptr, [&] {
    const auto& i = *indicator_of(indicator).indicator;
    require(out, "out");
    require(length, "length");
    lend(indicator_field(i, field), out, length);
  });
}

JX_API jx_status jx_indicator_line(const jx_indicator* indicator, uint32_t* out) {
  return guarded(nullptr, [&] {
    const auto& i = *indicator_of(indicator).indicator;
    require(out, "out");
    *out = i.line.value_or(0);
  });
}

JX_API jx_status jx_indicator_target(const jx_indicator* indicator, const jx_target** out) {
  return guarded(nullptr, [&] {
    const auto& i = indicator_of(indicator);
    require(out, "out");
    *out = capi::out(&i.target);
  });
}

}  // extern "C"
