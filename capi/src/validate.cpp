// SPDX-License-Identifier: Apache-2.0
// jx_diagnostics_*, jx_diagnostic_*, jx_validate and the rule catalogue.

#include "common.hpp"
#include "handles.hpp"
#include "jixiao/json.hpp"
#include "jixiao/validate.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {
namespace {

const std::vector<Diagnostic>& list_of(const jx_diagnostics* d) {
  require(d, "list");
  return *in(d)->list;
}

const Diagnostic& one(const jx_diagnostic* d) {
  require(d, "diagnostic");
  return *in(d);
}

Severity severity_of(jx_severity s) {
  switch (s) {
    case JX_SEVERITY_ERROR: return Severity::error;
    case JX_SEVERITY_WARNING: return Severity::warning;
    case JX_SEVERITY_INFO: return Severity::info;
  }
  fail(JX_EINVAL, "unknown severity " + std::to_string(static_cast<int>(s)));
}

// The catalogue's codes and descriptions with a NUL after them (static storage).
struct Catalogue {
  std::vector<std::string> codes;
  std::vector<std::string> descriptions;
};
const Catalogue& catalogue() {
  static const Catalogue c = [] {
    Catalogue built;
    for (const auto& rule : validation_rules()) {
      built.codes.emplace_back(rule.code);
      built.descriptions.emplace_back(rule.description);
    }
    return built;
  }();
  return c;
}

}  // namespace
}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao;
using namespace jixiao::capi;

extern "C" {

JX_API jx_status jx_diagnostics_count(const jx_diagnostics* list, size_t* out) {
  return guarded(nullptr, [&] {
    const auto& l = list_of(list);
    require(out, "out");
    *out = l.size();
  });
}

JX_API jx_status jx_diagnostics_get(const jx_diagnostics* list, size_t index, const jx_diagnostic** out) {
  return guarded(nullptr, [&] {
    const auto& l = list_of(list);
    require(out, "out");
    if (index >= l.size()) {
      fail(JX_ERANGE, "diagnostic index " + std::to_string(index) + " out of range (the list has " +
                          std::to_string(l.size()) + ")");
    }
    *out = capi::out(&l[index]);
  });
}

JX_API jx_status jx_diagnostics_count_severity(const jx_diagnostics* list, jx_severity severity, size_t* out) {
  return guarded(nullptr, [&] {
    const auto& l = list_of(list);
    require(out, "out");
    const Severity wanted = severity_of(severity);
    size_t n = 0;
    for (const auto& d : l) n += d.severity == wanted ? 1 : 0;
    *out = n;
  });
}

JX_API jx_status jx_diagnostics_to_json(const jx_diagnostics* list, uint32_t flags, char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& l = list_of(list);
    require(out, "out");
    if ((flags & ~JX_WRITE_PRETTY) != 0) fail(JX_EINVAL, "unknown flags " + std::to_string(flags));
    const bool pretty = (flags & JX_WRITE_PRETTY) != 0;
    std::string json = "[";
    for (size_t i = 0; i < l.size(); ++i) {
      if (i > 0) json += ",";
      if (pretty) json += "\n  ";
      json += to_json(l[i]);
    }
    if (pretty && !l.empty()) json += "\n";
    json += "]";
    give_string(json, out, length);
  });
}

JX_API void jx_diagnostics_free(jx_diagnostics* list) { delete in(list); }

JX_API jx_status jx_diagnostic_code(const jx_diagnostic* diagnostic, const char** out) {
  return guarded(nullptr, [&] {
    const auto& d = one(diagnostic);
    require(out, "out");
    *out = d.code.c_str();
  });
}

JX_API jx_status jx_diagnostic_severity(const jx_diagnostic* diagnostic, jx_severity* out) {
  return guarded(nullptr, [&] {
    const auto& d = one(diagnostic);
    require(out, "out");
    *out = to_c(d.severity);
  });
}

JX_API jx_status jx_diagnostic_message(const jx_diagnostic* diagnostic, const char** out) {
  return guarded(nullptr, [&] {
    const auto& d = one(diagnostic);
    require(out, "out");
    *out = d.message.c_str();
  });
}

JX_API jx_status jx_diagnostic_message_n(const jx_diagnostic* diagnostic, const char** out, size_t* length) {
  return guarded(nullptr, [&] {
    const auto& d = one(diagnostic);
    require(out, "out");
    require(length, "length");
    lend(lent(d.message), out, length);
  });
}

JX_API jx_status jx_diagnostic_location(const jx_diagnostic* diagnostic, int64_t* declaration, int64_t* indicator,
                                        uint32_t* line) {
  return guarded(nullptr, [&] {
    const auto& d = one(diagnostic);
    if (declaration != nullptr) *declaration = d.declaration ? static_cast<int64_t>(*d.declaration) : -1;
    if (indicator != nullptr) *indicator = d.indicator ? static_cast<int64_t>(*d.indicator) : -1;
    if (line != nullptr) *line = d.line.value_or(0);
  });
}

JX_API void jx_validate_options_init(jx_validate_options* options) {
  if (options == nullptr) return;
  *options = jx_validate_options{};
  options->struct_size = static_cast<uint32_t>(sizeof(jx_validate_options));
}

JX_API jx_status jx_validate(const jx_document* document, const jx_validate_options* options, jx_diagnostics** out,
                             jx_error* err) {
  return guarded(err, [&] {
    require(document, "document");
    require(out, "out");
    auto o = load_options(options, "jx_validate_options");
    if (o.rule_count > 0) require(o.rules, "jx_validate_options.rules");
    ValidateOptions settings;
    if (o.profile != nullptr) {
      const std::string_view profile(o.profile, o.profile_length == 0 || o.profile_length == JX_NUL_TERMINATED
                                                    ? std::strlen(o.profile)
                                                    : o.profile_length);
      settings = !profile.empty() && profile.front() == '{' ? validation_profile_from_json(profile, "jx_validate_options.profile")
                                                            : validation_profile(profile);
    }
    for (size_t i = 0; i < o.rule_count; ++i) {
      if (o.rules[i] == nullptr) fail(JX_EINVAL, "jx_validate_options.rules[" + std::to_string(i) + "] is NULL");
      const std::size_t length = o.rule_lengths != nullptr ? o.rule_lengths[i] : JX_NUL_TERMINATED;
      settings.apply(length == JX_NUL_TERMINATED ? std::string_view(o.rules[i]) : std::string_view(o.rules[i], length));
    }
    auto list = std::make_unique<DiagnosticList>();
    list->owned = validate(in(document)->document, settings);
    list->list = &list->owned;
    *out = capi::out(list.release());
  });
}

JX_API jx_status jx_validation_rule_count(size_t* out) {
  return guarded(nullptr, [&] {
    require(out, "out");
    *out = validation_rules().size();
  });
}

JX_API jx_status jx_validation_rule(size_t index, const char** code, jx_severity* severity,
                                    const char** description) {
  return guarded(nullptr, [&] {
    auto rules = validation_rules();
    if (index >= rules.size()) {
      fail(JX_ERANGE, "rule index " + std::to_string(index) + " out of range (there are " +
                          std::to_string(rules.size()) + " rules)");
    }
    const auto& c = catalogue();
    if (code != nullptr) *code = c.codes[index].c_str();
    if (severity != nullptr) *severity = to_c(rules[index].severity);
    if (description != nullptr) *description = c.descriptions[index].c_str();
  });
}

}  // extern "C"
