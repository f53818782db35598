// SPDX-License-Identifier: Apache-2.0
// jx_actuals_*, jx_score and jx_score_report_*: self-evaluation scoring.

#include <fstream>
#include <limits>

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/decimal.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/score.hpp"
#include "jixiao/score_json.hpp"
#include "jixiao/score_report.hpp"
#include "jixiao/score_template.hpp"
#include "jixiao/selfeval.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

struct ActualsHandle {
  Actuals actuals;
};

// The report plus the strings the C ABI hands out, rendered once.
struct ReportHandle {
  struct Row {
    std::string total;
    std::string grade;
    std::optional<std::string> budget_rate;
    std::string budget_score;
  };
  ScoreReport report;
  std::vector<Row> rows;
  DiagnosticList diagnostics;  // every declaration's, then the report's own
};

JIXIAO_CAPI_HANDLE(jx_actuals, ActualsHandle)
JIXIAO_CAPI_HANDLE(jx_score_report, ReportHandle)

namespace {

const ReportHandle& report_of(const jx_score_report* r) {
  require(r, "report");
  return *in(r);
}

// An option decimal, or the default when NULL; a bad one names its field.
void read_decimal(const char* text, const char* field, Decimal& target) {
  if (text == nullptr) return;
  NumberError error;
  auto value = Decimal::try_parse(text, &error);
  if (!value) {
    throw Error(ErrorKind::parse,
                std::string("jx_score_options.") + field + " \"" + text + "\": expected " + error.expected +
                    " at byte " + std::to_string(error.offset),
                error.offset, 0, error.expected);
  }
  target = *value;
}

ScoreOptions score_options_of(const jx_score_options& o) {
  ScoreOptions options;
  read_decimal(o.budget_weight, "budget_weight", options.weights.budget);
  read_decimal(o.output_cost_weight, "output_cost_weight", options.weights.output_and_cost);
  read_decimal(o.effect_weight, "effect_weight", options.weights.effect);
  read_decimal(o.satisfaction_weight, "satisfaction_weight", options.weights.satisfaction);
  switch (o.reverse_formula) {
    case JX_REVERSE_RATIO: options.reverse_formula = ReverseFormula::ratio; break;
    case JX_REVERSE_LINEAR: options.reverse_formula = ReverseFormula::linear; break;
    default:
      fail(JX_EINVAL, "jx_score_options.reverse_formula: unknown value " +
                          std::to_string(static_cast<int>(o.reverse_formula)));
  }
  auto& q = options.qualitative;
  read_decimal(o.achieved_low, "achieved_low", q.achieved.low);
  read_decimal(o.achieved_high, "achieved_high", q.achieved.high);
  read_decimal(o.achieved_default, "achieved_default", q.achieved.default_fraction);
  read_decimal(o.partial_low, "partial_low", q.partial.low);
  read_decimal(o.partial_high, "partial_high", q.partial.high);
  read_decimal(o.partial_default, "partial_default", q.partial.default_fraction);
  read_decimal(o.not_achieved_low, "not_achieved_low", q.not_achieved.low);
  read_decimal(o.not_achieved_high, "not_achieved_high", q.not_achieved.high);
  read_decimal(o.not_achieved_default, "not_achieved_default", q.not_achieved.default_fraction);
  read_decimal(o.grade_excellent, "grade_excellent", options.grades.excellent);
  read_decimal(o.grade_good, "grade_good", options.grades.good);
  read_decimal(o.grade_pass, "grade_pass", options.grades.pass);
  read_decimal(o.overshoot_threshold, "overshoot_threshold", options.overshoot_threshold);
  read_decimal(o.budget_rate_warning, "budget_rate_warning", options.budget_rate_warning);
  switch (o.grade_scheme) {
    case JX_GRADES_NATIONAL: options.grade_scheme = GradeScheme::national; break;
    case JX_GRADES_SHANGHAI: options.grade_scheme = GradeScheme::shanghai; break;
    default:
      fail(JX_EINVAL, "jx_score_options.grade_scheme: unknown value " + std::to_string(static_cast<int>(o.grade_scheme)));
  }
  check_options(options);
  return options;
}

// The default input limit of jx_read_options (1 GiB), for actuals as for documents.
constexpr std::size_t default_max_input_bytes = IngestLimits{}.max_input_bytes;

Actuals read_actuals(std::string_view json, const jx_actuals_options& o, const char* default_source) {
  JsonReadOptions options;
  options.source_name = name_arg(o.source_name, o.source_name_length).value_or(default_source);
  options.max_depth = limit_or(o.max_json_depth, options.max_depth);
  check_input_size(json.size(), limit_or(o.max_input_bytes, default_max_input_bytes), options.source_name);
  return actuals_from_json(json, options);
}

jx_actuals_options actuals_options_named(const char* source_name) {
  jx_actuals_options o{};
  o.struct_size = sizeof o;
  o.source_name = source_name;
  return o;
}

Lent report_field(const ReportHandle& r, std::size_t index, jx_score_field field) {
  if (index >= r.rows.size()) {
    fail(JX_ERANGE, "declaration index " + std::to_string(index) + " out of range (the report has " +
                        std::to_string(r.rows.size()) + ")");
  }
  const auto& row = r.rows[index];
  switch (field) {
    case JX_SCORE_PROJECT: return lent(r.report.declarations[index].project);
    case JX_SCORE_TOTAL: return lent(row.total);
    case JX_SCORE_GRADE: return lent(row.grade);
    case JX_SCORE_BUDGET_RATE: return lent(row.budget_rate);
    case JX_SCORE_BUDGET_SCORE: return lent(row.budget_score);
  }
  fail(JX_EINVAL, "unknown score field " + std::to_string(static_cast<int>(field)));
}

std::unique_ptr<ReportHandle> make_report(ScoreReport&& report) {
  auto handle = std::make_unique<ReportHandle>();
  handle->report = std::move(report);
  for (const auto& d : handle->report.declarations) {
    ReportHandle::Row row;
    row.total = rounded_for_report(d.total).to_string();
    row.grade = std::string(to_string(d.grade, d.grade_scheme));
    if (d.budget.rate) row.budget_rate = d.budget.rate->rescale(4, Rounding::half_up).to_string();
    row.budget_score = rounded_for_report(d.budget.score).to_string();
    handle->rows.push_back(std::move(row));
    handle->diagnostics.owned.insert(handle->diagnostics.owned.end(), d.diagnostics.begin(), d.diagnostics.end());
  }
  handle->diagnostics.owned.insert(handle->diagnostics.owned.end(), handle->report.diagnostics.begin(),
                                   handle->report.diagnostics.end());
  handle->diagnostics.list = &handle->diagnostics.owned;
  return handle;
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_actuals_read(const char* json, size_t length, const char* source_name, jx_actuals** out,
                                 jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(json, length, "json");
    require(out, "out");
    auto actuals = std::make_unique<ActualsHandle>();
    actuals->actuals = read_actuals(input, actuals_options_named(source_name), "");
    *out = capi::out(actuals.release());
  });
}

JX_API jx_status jx_actuals_read_file(const char* path, jx_actuals** out, jx_error* err) {
  return guarded(err, [&] {
    require(path, "path");
    require(out, "out");
    auto actuals = std::make_unique<ActualsHandle>();
    const auto o = actuals_options_named(nullptr);
    actuals->actuals = read_actuals(read_whole_file(path, default_max_input_bytes), o, path);
    *out = capi::out(actuals.release());
  });
}

JX_API void jx_actuals_options_init(jx_actuals_options* options) {
  if (options == nullptr) return;
  *options = jx_actuals_options{};
  options->struct_size = static_cast<uint32_t>(sizeof(jx_actuals_options));
}

JX_API jx_status jx_actuals_read_v2(const char* json, size_t length, const jx_actuals_options* options,
                                    jx_actuals** out, jx_error* err) {
  return guarded(err, [&] {
    auto input = text_arg(json, length, "json");
    require(out, "out");
    const auto o = load_options(options, "jx_actuals_options");
    auto actuals = std::make_unique<ActualsHandle>();
    actuals->actuals = read_actuals(input, o, "");
    *out = capi::out(actuals.release());
  });
}

JX_API jx_status jx_actuals_read_file_v2(const char* path, const jx_actuals_options* options, jx_actuals** out,
                                         jx_error* err) {
  return guarded(err, [&] {
    require(path, "path");
    require(out, "out");
    const auto o = load_options(options, "jx_actuals_options");
    auto actuals = std::make_unique<ActualsHandle>();
    actuals->actuals = read_actuals(read_whole_file(path, limit_or(o.max_input_bytes, default_max_input_bytes)), o, path);
    *out = capi::out(actuals.release());
  });
}

JX_API void jx_actuals_free(jx_actuals* actuals) { delete in(actuals); }

JX_API void jx_score_options_init(jx_score_options* options) {
  if (options == nullptr) return;
  *options = jx_score_options{};
  options->struct_size = static_cast<uint32_t>(sizeof(jx_score_options));
}

JX_API jx_status jx_score(const jx_document* document, const jx_actuals* actuals, const jx_score_options* options,
                          jx_score_report** out, jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    require(actuals, "actuals");
    require(out, "out");
    auto o = load_options(options, "jx_score_options");
    *out = capi::out(make_report(score(in(document)->document, in(actuals)->actuals, score_options_of(o))).release());
  });
}

JX_API void jx_score_report_free(jx_score_report* report) { delete in(report); }

JX_API jx_status jx_score_report_count(const jx_score_report* report, size_t* out) {
  return guarded(nullptr, [&] {
    const auto& r = report_of(report);
    require(out, "out");
    *out = r.report.declarations.size();
  });
}

JX_API jx_status jx_score_report_text(const jx_score_report* report, size_t index, jx_score_field field,
                                      const char** out) {
  return guarded(nullptr, [&] {
    const auto& r = report_of(report);
    require(out, "out");
    lend(report_field(r, index, field), out, nullptr);
  });
}

JX_API jx_status jx_score_report_text_n(const jx_score_report* report, size_t index, jx_score_field field,
                                        const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& r = report_of(report);
    require(out, "out");
    require(length, "length");
    lend(report_field(r, index, field), out, length);
  });
}

JX_API jx_status jx_score_report_diagnostics(const jx_score_report* report, const jx_diagnostics** out) {
  return guarded(nullptr, [&] {
    const auto& r = report_of(report);
    require(out, "out");
    *out = capi::out(&r.diagnostics);
  });
}

JX_API jx_status jx_score_report_write(const jx_score_report* report, jx_format format, uint32_t flags, char** out,
                                       size_t* length) {
  return guarded(nullptr, [&] {
    const auto& r = report_of(report);
    require(out, "out");
    if ((flags & ~JX_WRITE_PRETTY) != 0) fail(JX_EINVAL, "unknown flags " + std::to_string(flags));
    switch (format) {
      case JX_FORMAT_JSON: {
        JsonWriteOptions options;
        options.pretty = (flags & JX_WRITE_PRETTY) != 0;
        give_string(to_json(r.report, options), out, length);
        return;
      }
      case JX_FORMAT_TEXT:
      case JX_FORMAT_TABLE: give_string(render_score_text(r.report), out, length); return;
      case JX_FORMAT_MARKDOWN: give_string(render_score_markdown(r.report), out, length); return;
      case JX_FORMAT_CSV: give_string(render_score_csv(r.report), out, length); return;
      case JX_FORMAT_AUTO:
      case JX_FORMAT_PUBLISHED: break;
      case JX_FORMAT_XLSX: break;
    }
    fail(JX_EINVAL, "score reports are written as JX_FORMAT_JSON, JX_FORMAT_TABLE (JX_FORMAT_TEXT), JX_FORMAT_MARKDOWN or JX_FORMAT_CSV");
  });
}

JX_API jx_status jx_score_published(const jx_document* document, const jx_score_options* options,
                                    jx_score_report** out, jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    require(out, "out");
    auto o = load_options(options, "jx_score_options");
    *out = capi::out(make_report(score_published(in(document)->document, score_options_of(o))).release());
  });
}

JX_API jx_status jx_selfeval_check(const jx_document* document, const jx_score_options* options, jx_diagnostics** out,
                                   jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    require(out, "out");
    auto o = load_options(options, "jx_score_options");
    auto list = std::make_unique<DiagnosticList>();
    list->owned = check_selfeval(in(document)->document, score_options_of(o));
    list->list = &list->owned;
    *out = capi::out(list.release());
  });
}

JX_API jx_status jx_selfeval_summarize(const jx_score_report* const* reports, size_t count, jx_selfeval_summary* out) {
  return guarded(nullptr, [&] {
    require(out, "out");
    if (count > 0) require(reports, "reports");
    std::vector<ScoreReport> all;
    all.reserve(count);
    for (size_t i = 0; i < count; ++i) all.push_back(report_of(reports[i]).report);
    const SelfEvalSummary s = summarize(all);
    jx_selfeval_summary result{};
    result.projects = s.projects;
    auto copy = [](const std::string& text, char (&target)[32]) {
      if (text.size() >= sizeof target) fail(JX_EOVERFLOW, "summary figure " + text + " does not fit 31 bytes");
      text.copy(target, text.size());
    };
    copy(s.budget_wan.to_string(), result.budget_wan);
    copy(s.average ? s.average->to_string() : std::string(), result.average);
    result.excellent = s.excellent;
    result.good = s.good;
    result.pass = s.pass;
    result.fail = s.fail;
    *out = result;
  });
}

JX_API int jx_score_template_xlsx_supported(void) { return score_template_xlsx_supported() ? 1 : 0; }

JX_API jx_status jx_score_template_write(const jx_document* document, jx_format format, char** out, size_t* length) {
  return guarded(nullptr, [&] {
    require(document, "document");
    require(out, "out");
    if (format != JX_FORMAT_CSV)
      fail(JX_EINVAL, "jx_score_template_write writes JX_FORMAT_CSV (xlsx: jx_score_template_write_file)");
    give_string(score_template_csv(in(document)->document), out, length);
  });
}

JX_API jx_status jx_score_template_write_file(const jx_document* document, jx_format format, const char* path,
                                              jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    require(path, "path");
    if (format == JX_FORMAT_XLSX) {
      write_score_template_xlsx(in(document)->document, path);
      return;
    }
    if (format != JX_FORMAT_CSV) fail(JX_EINVAL, "templates are written as JX_FORMAT_CSV or JX_FORMAT_XLSX");
    const std::string csv = score_template_csv(in(document)->document);
    std::ofstream file(path, std::ios::binary);
    if (!file || !file.write(csv.data(), static_cast<std::streamsize>(csv.size())) || !file.flush())
      throw Error(ErrorKind::io, std::string(path) + ": cannot write the template", Error::no_offset, 0, {}, path);
  });
}

JX_API jx_status jx_actuals_read_template(const jx_document* document, const char* bytes, size_t length,
                                          const char* source_name, jx_actuals** out, jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    auto input = text_arg(bytes, length, "bytes");
    require(out, "out");
    TemplateReadOptions options;
    if (source_name != nullptr) options.source_name = source_name;
    auto actuals = std::make_unique<ActualsHandle>();
    actuals->actuals = actuals_from_template(input, in(document)->document, options);
    *out = capi::out(actuals.release());
  });
}

}  // extern "C"
