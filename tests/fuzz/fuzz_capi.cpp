// SPDX-License-Identifier: Apache-2.0
// libFuzzer: the C ABI (capi/include/jixiao.h) driven with fuzzed arguments. The
// first byte selects an entry point family, the second chooses enum values, buffer
// sizes and options (kept inside each enum's value range), the rest is the text.
// Every call returns a pinned status; a failure fills jx_error consistently (code,
// NUL-terminated message) and the thread's jx_last_error; success hands back what
// the documentation promises; every handle and string is freed (ASan checks leaks).
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "jixiao.h"

namespace jixiao_fuzz::capi {

void check(jx_status status, const jx_error* err = nullptr) {
  FUZZ_CHECK(status <= JX_OK && status >= JX_EINTERNAL);
  FUZZ_CHECK(status != JX_EINTERNAL);
  FUZZ_CHECK(std::strcmp(jx_status_name(status), "JX_UNKNOWN") != 0);
  if (status != JX_OK && status != JX_EBUFS && status != JX_ERANGE && err != nullptr) {
    FUZZ_CHECK(err->code == status);
    FUZZ_CHECK(std::memchr(err->message, '\0', sizeof err->message) != nullptr);
    FUZZ_CHECK(std::memchr(err->expected, '\0', sizeof err->expected) != nullptr);
    FUZZ_CHECK(err->message[0] != '\0');
    FUZZ_CHECK(jx_last_error()->code == status);
  }
}

void check_string(const char* s) {
  if (s != nullptr) (void)std::strlen(s);
}

void write_all_formats(const jx_document* document, unsigned flags) {
  for (int f = 0; f < 8; ++f) {
    char* out = nullptr;
    size_t length = 0;
    jx_status s = jx_document_write(document, static_cast<jx_format>(f), flags & 1u, &out, &length);
    check(s);
    // JSON escapes every control character; CSV and the text layout carry text
    // verbatim, so a NUL byte the input held is inside the length.
    if (s == JX_OK) FUZZ_CHECK(f == JX_FORMAT_JSON ? std::strlen(out) == length : std::strlen(out) <= length);
    if (s == JX_OK) FUZZ_CHECK(out[length] == '\0');
    jx_string_free(out);
    out = nullptr;
    s = jx_document_summary(document, static_cast<jx_format>(f), flags & 1u, &out, &length);
    check(s);
    jx_string_free(out);
  }
}

void walk_diagnostics(const jx_diagnostics* list) {
  size_t count = 0;
  check(jx_diagnostics_count(list, &count));
  for (size_t i = 0; i <= count; ++i) {
    const jx_diagnostic* d = nullptr;
    const jx_status s = jx_diagnostics_get(list, i, &d);
    if (i == count) {
      FUZZ_CHECK(s == JX_ERANGE);
      continue;
    }
    check(s);
    const char* text = nullptr;
    check(jx_diagnostic_code(d, &text));
    FUZZ_CHECK(text != nullptr && text[0] != '\0');
    check(jx_diagnostic_message(d, &text));
    check_string(text);
    jx_severity severity{};
    check(jx_diagnostic_severity(d, &severity));
    int64_t declaration = 0, indicator = 0;
    uint32_t line = 0;
    check(jx_diagnostic_location(d, &declaration, &indicator, &line));
  }
  size_t by_severity = 0;
  for (int sv = 0; sv < 3; ++sv) {
    size_t n = 0;
    check(jx_diagnostics_count_severity(list, static_cast<jx_severity>(sv), &n));
    by_severity += n;
  }
  FUZZ_CHECK(by_severity == count);
  char* json = nullptr;
  size_t length = 0;
  check(jx_diagnostics_to_json(list, 0, &json, &length));
  jx_string_free(json);
}

void walk_target(const jx_target* target, std::string_view actual, unsigned flags) {
  jx_target_kind kind{};
  check(jx_target_kind_of(target, &kind));
  for (int f = 0; f < 32; ++f) {
    const char* text = nullptr;
    check(jx_target_text(target, static_cast<jx_target_field>(f), &text));
    check_string(text);
  }
  jx_compare_op op{};
  check(jx_target_op(target, &op));
  jx_trend_direction direction{};
  jx_trend_basis basis{};
  int has_by = 0;
  check(jx_target_trend(target, &direction, &basis, &has_by));
  uint64_t offset = 0;
  check(jx_target_error_offset(target, &offset));
  char small[16];
  size_t needed = 0;
  const size_t size = flags % sizeof small;
  const jx_status s = jx_target_canonical(target, size == 0 ? nullptr : small, size, &needed);
  check(s);
  // needed counts the NUL; text with a NUL byte of its own (an invalid target's raw
  // text) is carried whole, so strlen may stop earlier.
  if (s == JX_OK) FUZZ_CHECK(needed <= size && std::strlen(small) < needed && small[needed - 1] == '\0');
  if (s == JX_EBUFS) FUZZ_CHECK(needed > size);
  char* out = nullptr;
  check(jx_target_canonical_alloc(target, &out));
  jx_string_free(out);
  out = nullptr;
  size_t length = 0;
  check(jx_target_to_json(target, &out, &length));
  jx_string_free(out);
  jx_error err{};
  jx_evaluation* evaluation = nullptr;
  const std::string unit = (flags & 2u) ? "%" : "";
  const jx_status es = jx_target_evaluate(target, actual.data(), actual.size(),
                                          (flags & 4u) ? unit.c_str() : nullptr, &evaluation, &err);
  check(es, &err);
  if (es == JX_OK) {
    jx_verdict verdict{};
    check(jx_evaluation_verdict(evaluation, &verdict));
    const char* text = nullptr;
    check(jx_evaluation_degree(evaluation, &text));
    check_string(text);
    check(jx_evaluation_reason(evaluation, &text));
    check_string(text);
  }
  jx_evaluation_free(evaluation);
}

void walk_document(const jx_document* document, unsigned flags) {
  const char* title = nullptr;
  check(jx_document_title(document, &title));
  check_string(title);
  for (int f = 0; f < 8; ++f) {
    jx_money total{};
    check(jx_document_funds_total(document, static_cast<jx_funds_field>(f), &total));
  }
  size_t count = 0;
  check(jx_document_declaration_count(document, &count));
  for (size_t i = 0; i <= count; ++i) {
    const jx_declaration* declaration = nullptr;
    const jx_status s = jx_document_declaration(document, i, &declaration);
    if (i == count) {
      FUZZ_CHECK(s == JX_ERANGE);
      break;
    }
    check(s);
    for (int f = 0; f < 16; ++f) {
      const char* text = nullptr;
      check(jx_declaration_text(declaration, static_cast<jx_declaration_field>(f), &text));
      check_string(text);
    }
    for (int f = 0; f < 8; ++f) {
      jx_money m{};
      int present = 0;
      check(jx_declaration_funds(declaration, static_cast<jx_funds_field>(f), &m, &present));
    }
    int year = 0, present = 0;
    check(jx_declaration_year(declaration, &year, &present));
    uint32_t first = 0, last = 0;
    check(jx_declaration_lines(declaration, &first, &last));
    size_t indicators = 0;
    check(jx_declaration_indicator_count(declaration, &indicators));
    for (size_t k = 0; k < indicators; ++k) {
      const jx_indicator* indicator = nullptr;
      check(jx_declaration_indicator(declaration, k, &indicator));
      for (int f = 0; f < 8; ++f) {
        const char* text = nullptr;
        check(jx_indicator_text(indicator, static_cast<jx_indicator_field>(f), &text));
        check_string(text);
      }
      uint32_t line = 0;
      check(jx_indicator_line(indicator, &line));
      const jx_target* target = nullptr;
      check(jx_indicator_target(indicator, &target));
      if (k < 4) walk_target(target, "95", flags);
    }
  }
  const jx_diagnostics* diagnostics = nullptr;
  check(jx_document_diagnostics(document, &diagnostics));
  walk_diagnostics(diagnostics);
  write_all_formats(document, flags);
  jx_diagnostics* found = nullptr;
  jx_error err{};
  check(jx_validate(document, nullptr, &found, &err), &err);
  if (found != nullptr) walk_diagnostics(found);
  jx_diagnostics_free(found);
}

const jx_document* hongkou() {
  static jx_document* document = [] {
    std::ifstream in(JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt", std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::string text = bytes.str();
    jx_document* d = nullptr;
    jx_document_read(text.data(), text.size(), nullptr, &d, nullptr);
    return d;
  }();
  return document;
}

std::vector<std::string> split(std::string_view text, char separator, std::size_t max_parts) {
  std::vector<std::string> parts;
  while (parts.size() + 1 < max_parts) {
    const auto at = text.find(separator);
    if (at == std::string_view::npos) break;
    parts.emplace_back(text.substr(0, at));
    text.remove_prefix(at + 1);
  }
  parts.emplace_back(text);
  return parts;
}

void money(std::string_view text, unsigned flags) {
  jx_error err{};
  jx_money m{};
  const std::string owned(text);  // NUL-terminated copy for JX_NUL_TERMINATED
  const bool nul = (flags & 8u) != 0;
  const char* p = nul ? owned.c_str() : text.data();
  const size_t n = nul ? JX_NUL_TERMINATED : text.size();
  const auto rounding = static_cast<jx_rounding>(flags & 3u);
  std::vector<jx_money> parsed;
  for (int op = 0; op < 4; ++op) {
    jx_status s = JX_OK;
    switch (op) {
      case 0: s = jx_money_parse(p, n, &m, &err); break;
      case 1: s = jx_money_parse_wan(p, n, &m, &err); break;
      case 2: s = jx_money_from_wan(p, n, rounding, &m, &err); break;
      default: s = jx_money_from_yuan(p, n, rounding, &m, &err); break;
    }
    check(s, &err);
    if (s == JX_EPARSE) FUZZ_CHECK(err.offset != JX_NO_OFFSET && err.offset <= text.size());
    if (s == JX_OK) parsed.push_back(m);
  }
  for (const jx_money amount : parsed) {
    for (int style = 0; style < 4; ++style) {
      char buf[24];
      size_t needed = 0;
      const size_t size = (flags >> 4) % sizeof buf;
      const jx_status s = jx_money_format(amount, static_cast<jx_money_style>(style),
                                          size == 0 ? nullptr : buf, size, &needed);
      check(s);
      char* out = nullptr;
      check(jx_money_format_alloc(amount, static_cast<jx_money_style>(style), &out));
      if (s == JX_OK) FUZZ_CHECK(std::strcmp(out, buf) == 0);
      if (style == JX_MONEY_PLAIN) {
        jx_money back{};
        check(jx_money_parse(out, JX_NUL_TERMINATED, &back, &err), &err);
        FUZZ_CHECK(back.fen == amount.fen);
      }
      jx_string_free(out);
    }
    jx_money r{};
    check(jx_money_add(amount, amount, &r));
    check(jx_money_subtract(amount, r, &r));
    check(jx_money_multiply(amount, p, n, rounding, &r, &err), &err);
    FUZZ_CHECK(jx_money_compare(amount, amount) == 0);
  }
  check(jx_money_sum(parsed.data(), parsed.size(), &m));
}

void document(std::string_view text, unsigned flags) {
  jx_read_options options;
  jx_read_options_init(&options);
  options.format = static_cast<jx_format>(flags & 7u);
  options.source_name = (flags & 8u) ? "fuzz" : nullptr;
  options.max_rows = (flags & 16u) ? 5 : 0;
  options.max_declarations = (flags & 32u) ? 2 : 0;
  options.max_json_depth = (flags & 64u) ? 4 : 0;
  options.max_line_bytes = (flags & 128u) ? 64 : 0;
  jx_document* d = nullptr;
  jx_error err{};
  const jx_status s = jx_document_read(text.data(), text.size(), &options, &d, &err);
  check(s, &err);
  if (s == JX_OK) walk_document(d, flags);
  jx_document_free(d);
}

void scoring(std::string_view text, unsigned flags) {
  jx_actuals* actuals = nullptr;
  jx_error err{};
  const jx_status s = jx_actuals_read(text.data(), text.size(), (flags & 1u) ? "a.json" : nullptr,
                                      &actuals, &err);
  check(s, &err);
  if (s != JX_OK) return;
  jx_score_report* report = nullptr;
  const jx_status ss = jx_score(hongkou(), actuals, nullptr, &report, &err);
  check(ss, &err);
  if (ss == JX_OK) {
    size_t count = 0;
    check(jx_score_report_count(report, &count));
    for (size_t i = 0; i < count; ++i) {
      for (int f = 0; f < 8; ++f) {
        const char* t = nullptr;
        check(jx_score_report_text(report, i, static_cast<jx_score_field>(f), &t));
        check_string(t);
      }
    }
    const jx_diagnostics* diagnostics = nullptr;
    check(jx_score_report_diagnostics(report, &diagnostics));
    walk_diagnostics(diagnostics);
    for (int f = 0; f < 8; ++f) {
      char* out = nullptr;
      size_t length = 0;
      check(jx_score_report_write(report, static_cast<jx_format>(f), flags & 1u, &out, &length));
      jx_string_free(out);
    }
  }
  jx_score_report_free(report);
  jx_actuals_free(actuals);
}

// Option strings from the fuzzer: validation rule settings and score option decimals.
void options(std::string_view text, unsigned flags) {
  const auto parts = split(text, '\n', 20);
  std::vector<const char*> rules;
  for (const auto& part : parts) rules.push_back(part.c_str());
  jx_validate_options vo;
  jx_validate_options_init(&vo);
  vo.rules = rules.data();
  vo.rule_count = rules.size();
  jx_diagnostics* found = nullptr;
  jx_error err{};
  check(jx_validate(hongkou(), &vo, &found, &err), &err);
  jx_diagnostics_free(found);

  jx_score_options so;
  jx_score_options_init(&so);
  const char** fields[] = {&so.budget_weight, &so.output_cost_weight, &so.effect_weight,
                           &so.satisfaction_weight, &so.achieved_low, &so.achieved_high,
                           &so.achieved_default, &so.partial_low, &so.partial_high,
                           &so.partial_default, &so.not_achieved_low, &so.not_achieved_high,
                           &so.not_achieved_default, &so.grade_excellent, &so.grade_good,
                           &so.grade_pass, &so.overshoot_threshold, &so.budget_rate_warning};
  for (std::size_t i = 0; i < parts.size() && i < std::size(fields); ++i) {
    *fields[(i + flags) % std::size(fields)] = parts[i].c_str();
  }
  so.reverse_formula = static_cast<jx_reverse_formula>(flags & 1u);
  jx_actuals* actuals = nullptr;
  static const char empty[] = R"({"format":"jixiao.actuals/1","declarations":[]})";
  check(jx_actuals_read(empty, sizeof empty - 1, nullptr, &actuals, &err), &err);
  jx_score_report* report = nullptr;
  check(jx_score(hongkou(), actuals, &so, &report, &err), &err);
  jx_score_report_free(report);
  jx_actuals_free(actuals);

  size_t rule_count = 0;
  check(jx_validation_rule_count(&rule_count));
  const char* code = nullptr;
  jx_severity severity{};
  const char* description = nullptr;
  const jx_status s = jx_validation_rule(flags, &code, &severity, &description);
  FUZZ_CHECK((s == JX_OK) == (flags < rule_count));
}

}  // namespace jixiao_fuzz::capi

JIXIAO_FUZZER(capi) {
  using namespace jixiao_fuzz::capi;
  if (size < 2) return 0;
  const unsigned selector = data[0];
  const unsigned flags = data[1];
  const std::string_view text = jixiao_fuzz::as_text(data + 2, size - 2);
  switch (selector % 5) {
    case 0: money(text, flags); break;
    case 1: {
      jx_target* target = nullptr;
      jx_error err{};
      const auto parts = split(text, '\n', 2);
      check(jx_target_parse(parts[0].data(), parts[0].size(), &target, &err), &err);
      walk_target(target, parts.size() > 1 ? std::string_view(parts[1]) : std::string_view("90"), flags);
      jx_target_free(target);
      break;
    }
    case 2: document(text, flags); break;
    case 3: scoring(text, flags); break;
    default: options(text, flags); break;
  }
  return 0;
}
