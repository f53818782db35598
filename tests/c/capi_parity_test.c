/* SPDX-License-Identifier: Apache-2.0 */
/* The 0.x additions of the C ABI (issue 13, "C ABI parity"): lengths of borrowed
 * strings (NUL bytes inside), one meaning per format constant, actuals read with
 * options and limits, the streaming reader, and a document as columns. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#define CORPUS JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt"
#define ACTUALS JIXIAO_TEST_DATA "/score/hongkou-court-2024.actuals.json"

/* A document whose title, project name and indicator name hold a NUL byte. */
static const char nul_document[] =
    "{\"format\":\"jixiao.document/1\",\"title\":\"T\\u0000itle\",\"declarations\":[{\"year\":2024,"
    "\"taxonomy\":\"2021\",\"project\":{\"name\":\"A\\u0000B\",\"nature\":null,\"category\":null,"
    "\"supervisor\":null,\"implementer\":null,\"start_date\":null,\"end_date\":null},"
    "\"funds\":{\"unit\":null,\"total\":null,\"total_fiscal\":null,\"total_other\":null,\"annual\":null,"
    "\"annual_appropriation\":null,\"annual_carryover\":null,\"annual_other\":null},"
    "\"goals\":{\"overall\":null,\"annual\":null},\"indicators\":[{\"level1\":\"\",\"level2\":\"\","
    "\"name\":\"n\\u0000m\",\"target\":{\"raw\":\"ok\",\"kind\":\"qualitative\",\"term\":\"ok\"},"
    "\"line\":null,\"label\":null}]}],\"diagnostics\":[]}";

/* Both (text, length) equal to the expected bytes. */
#define CHECK_BYTES(text, length, expected, expected_length) \
  CHECK((text) != NULL && (length) == (expected_length) && memcmp((text), (expected), (expected_length)) == 0)

static jx_document *read_corpus(void) {
  jx_document *doc = NULL;
  CHECK_OK(jx_document_read_file(CORPUS, NULL, &doc, NULL));
  return doc;
}

void test_lengths(void) {
  jx_document *doc = NULL;
  const jx_declaration *d = NULL;
  const jx_indicator *ind = NULL;
  const jx_target *target = NULL;
  const char *s = NULL;
  size_t n = 99;

  CHECK_OK(jx_document_read(nul_document, sizeof nul_document - 1, NULL, &doc, NULL));
  CHECK_OK(jx_document_title_n(doc, &s, &n));
  CHECK_BYTES(s, n, "T\0itle", 6);
  CHECK_OK(jx_document_title(doc, &s));
  CHECK(strlen(s) == 1); /* the old form: a C string, cut at the NUL */
  CHECK_OK(jx_document_declaration(doc, 0, &d));
  CHECK_OK(jx_declaration_text_n(d, JX_PROJECT_NAME, &s, &n));
  CHECK_BYTES(s, n, "A\0B", 3);
  n = 99;
  CHECK_OK(jx_declaration_text_n(d, JX_PROJECT_NATURE, &s, &n)); /* absent: NULL and 0 */
  CHECK(s == NULL && n == 0);
  CHECK_OK(jx_declaration_text_n(d, JX_TAXONOMY, &s, &n));
  CHECK_BYTES(s, n, "2021", 4);
  CHECK_STATUS(jx_declaration_text_n(d, (jx_declaration_field)99, &s, &n), JX_EINVAL);
  CHECK_STATUS(jx_declaration_text_n(d, JX_PROJECT_NAME, &s, NULL), JX_EINVAL);
  CHECK_STATUS(jx_declaration_text_n(NULL, JX_PROJECT_NAME, &s, &n), JX_EINVAL);
  CHECK_OK(jx_declaration_indicator(d, 0, &ind));
  CHECK_OK(jx_indicator_text_n(ind, JX_INDICATOR_NAME, &s, &n));
  CHECK_BYTES(s, n, "n\0m", 3);
  CHECK_OK(jx_indicator_text_n(ind, JX_INDICATOR_LABEL, &s, &n));
  CHECK(s == NULL && n == 0);
  CHECK_STATUS(jx_indicator_text_n(ind, JX_INDICATOR_NAME, NULL, &n), JX_EINVAL);
  CHECK_OK(jx_indicator_target(ind, &target));
  CHECK_OK(jx_target_text_n(target, JX_TARGET_TERM, &s, &n));
  CHECK_BYTES(s, n, "ok", 2);
  CHECK_STATUS(jx_document_title_n(doc, &s, NULL), JX_EINVAL);
  jx_document_free(doc);

  { /* a target's raw text keeps its NUL; a placeholder's kind name */
    jx_target *t = NULL;
    CHECK_OK(jx_target_parse("90%\0x", 5, &t, NULL));
    CHECK_OK(jx_target_text_n(t, JX_TARGET_RAW, &s, &n));
    CHECK_BYTES(s, n, "90%\0x", 5);
    CHECK_STATUS(jx_target_text_n(t, JX_TARGET_DIRECTION, &s, &n), JX_EINVAL);
    jx_target_free(t);
    CHECK_OK(jx_target_parse("\xE5\xBE\x85\xE5\xAE\x9A", JX_NUL_TERMINATED, &t, NULL)); /* 待定 */
    CHECK_OK(jx_target_text_n(t, JX_TARGET_KIND_NAME, &s, &n));
    CHECK_BYTES(s, n, "placeholder", 11);
    CHECK_OK(jx_target_text(t, JX_TARGET_KIND_NAME, &s));
    CHECK_STR(s, "placeholder");
    jx_target_free(t);
  }

  { /* the unit of an actual by length: "%" meets, "%\0x" is another unit */
    jx_target *t = NULL;
    jx_evaluation *e = NULL;
    jx_verdict verdict = JX_VERDICT_NOT_MET;
    CHECK_OK(jx_target_parse("\xE2\x89\xA5" "90%", JX_NUL_TERMINATED, &t, NULL)); /* ≥90% */
    CHECK_OK(jx_target_evaluate_n(t, "95", 2, "%\0x", 1, &e, NULL));
    CHECK_OK(jx_evaluation_verdict(e, &verdict));
    CHECK(verdict == JX_VERDICT_MET);
    jx_evaluation_free(e);
    CHECK_OK(jx_target_evaluate_n(t, "95", 2, "%\0x", 3, &e, NULL));
    CHECK_OK(jx_evaluation_verdict(e, &verdict));
    CHECK(verdict == JX_VERDICT_NOT_COMPARABLE);
    CHECK_OK(jx_evaluation_reason_n(e, &s, &n));
    /* the reason quotes the actual's unit, NUL and all: longer than strlen */
    CHECK(s != NULL && n == strlen(s) + 5 &&
          memcmp(s + strlen(s), "\0x\xE2\x80\x9D", 5) == 0); /* …“%\0x” */
    CHECK_STATUS(jx_evaluation_reason_n(e, &s, NULL), JX_EINVAL);
    jx_evaluation_free(e);
    CHECK_OK(jx_target_evaluate_n(t, "95", 2, NULL, 0, &e, NULL)); /* no unit */
    CHECK_OK(jx_evaluation_verdict(e, &verdict));
    jx_evaluation_free(e);
    CHECK_STATUS(jx_target_evaluate_n(NULL, "95", 2, "%", 1, &e, NULL), JX_EINVAL);
    jx_target_free(t);
  }

  { /* source_name by length: the error names the first 10 bytes only */
    jx_read_options options = JX_READ_OPTIONS_INIT;
    jx_error err;
    options.format = JX_FORMAT_JSON;
    options.source_name = "broken.txtXYZ";
    options.source_name_length = 10;
    CHECK_STATUS(jx_document_read("{", 1, &options, &doc, &err), JX_EPARSE);
    CHECK_CONTAINS(err.message, "broken.txt");
    CHECK(strstr(err.message, "XYZ") == NULL);
    options.source_name_length = 0; /* NUL-terminated */
    CHECK_STATUS(jx_document_read("{", 1, &options, &doc, &err), JX_EPARSE);
    CHECK_CONTAINS(err.message, "broken.txtXYZ");
  }

  { /* rules and profile by length */
    const char *rules[] = {"TARGET_VAGUE=offXXXX"};
    size_t lengths[] = {16};
    jx_validate_options options = JX_VALIDATE_OPTIONS_INIT;
    jx_diagnostics *found = NULL;
    const jx_diagnostic *first = NULL;
    jx_error err;
    doc = read_corpus();
    options.rules = rules;
    options.rule_count = 1;
    CHECK_STATUS(jx_validate(doc, &options, &found, &err), JX_EINVAL); /* "offXXXX" */
    options.rule_lengths = lengths;
    CHECK_OK(jx_validate(doc, &options, &found, NULL));
    CHECK_OK(jx_diagnostics_get(found, 0, &first));
    CHECK_OK(jx_diagnostic_message_n(first, &s, &n));
    CHECK(s != NULL && n > 0 && n == strlen(s));
    CHECK_STATUS(jx_diagnostic_message_n(first, &s, NULL), JX_EINVAL);
    jx_diagnostics_free(found);
    options.profile = "shanghaiZZZ";
    CHECK_STATUS(jx_validate(doc, &options, &found, &err), JX_EINVAL);
    options.profile_length = 8;
    CHECK_OK(jx_validate(doc, &options, &found, NULL));
    jx_diagnostics_free(found);
    jx_document_free(doc);
  }
}

static char *written_summary(const jx_document *doc, jx_format format, size_t *length) {
  char *out = NULL;
  if (jx_document_summary(doc, format, 0, &out, length) != JX_OK) return NULL;
  return out;
}

void test_formats(void) {
  jx_document *doc = read_corpus();
  char *a = NULL, *b = NULL;
  size_t na = 0, nb = 0;

  /* JX_FORMAT_TABLE is the aligned summary JX_FORMAT_TEXT gave, byte for byte */
  a = written_summary(doc, JX_FORMAT_TEXT, &na);
  b = written_summary(doc, JX_FORMAT_TABLE, &nb);
  CHECK(a != NULL && b != NULL && na == nb && na > 0 && memcmp(a, b, na) == 0);
  jx_string_free(a);
  jx_string_free(b);
  CHECK_STATUS(jx_document_summary(doc, JX_FORMAT_PUBLISHED, 0, &a, NULL), JX_EINVAL);
  CHECK_STATUS(jx_document_summary(doc, (jx_format)7, 0, &a, NULL), JX_EINVAL);

  /* JX_FORMAT_PUBLISHED is the published layout JX_FORMAT_TEXT wrote and read */
  CHECK_OK(jx_document_write(doc, JX_FORMAT_TEXT, 0, &a, &na));
  CHECK_OK(jx_document_write(doc, JX_FORMAT_PUBLISHED, 0, &b, &nb));
  CHECK(na == nb && memcmp(a, b, na) == 0);
  {
    jx_read_options options = JX_READ_OPTIONS_INIT;
    jx_document *again = NULL;
    char *text = NULL;
    size_t declarations = 0, text_length = 0;
    options.format = JX_FORMAT_PUBLISHED;
    CHECK_OK(jx_document_read(b, nb, &options, &again, NULL));
    CHECK_OK(jx_document_declaration_count(again, &declarations));
    CHECK(declarations == 7);
    CHECK_OK(jx_document_write(again, JX_FORMAT_PUBLISHED, 0, &text, &text_length));
    CHECK(text_length == nb && memcmp(text, b, nb) == 0);
    jx_string_free(text);
    jx_document_free(again);
    options.format = JX_FORMAT_TABLE;
    CHECK_STATUS(jx_document_read(b, nb, &options, &again, NULL), JX_EINVAL);
  }
  jx_string_free(a);
  jx_string_free(b);
  CHECK_STATUS(jx_document_write(doc, JX_FORMAT_TABLE, 0, &a, NULL), JX_EINVAL);

  { /* the score report: JX_FORMAT_TABLE is JX_FORMAT_TEXT's 自评表 */
    jx_actuals *actuals = NULL;
    jx_score_report *report = NULL;
    const char *s = NULL;
    size_t n = 0;
    CHECK_OK(jx_actuals_read_file(ACTUALS, &actuals, NULL));
    CHECK_OK(jx_score(doc, actuals, NULL, &report, NULL));
    CHECK_OK(jx_score_report_write(report, JX_FORMAT_TEXT, 0, &a, &na));
    CHECK_OK(jx_score_report_write(report, JX_FORMAT_TABLE, 0, &b, &nb));
    CHECK(na == nb && na > 0 && memcmp(a, b, na) == 0);
    jx_string_free(a);
    jx_string_free(b);
    CHECK_STATUS(jx_score_report_write(report, JX_FORMAT_PUBLISHED, 0, &a, NULL), JX_EINVAL);
    CHECK_OK(jx_score_report_text_n(report, 0, JX_SCORE_PROJECT, &s, &n));
    CHECK_BYTES(s, n, "\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0",
                27); /* 专业设备购置及更新 */
    CHECK_STATUS(jx_score_report_text_n(report, 99, JX_SCORE_PROJECT, &s, &n), JX_ERANGE);
    CHECK_STATUS(jx_score_report_text_n(report, 0, JX_SCORE_PROJECT, &s, NULL), JX_EINVAL);
    jx_score_report_free(report);
    jx_actuals_free(actuals);
  }
  jx_document_free(doc);
}

void test_actuals_options(void) {
  size_t length = 0;
  char *json = read_whole_file(ACTUALS, &length);
  jx_actuals *actuals = NULL;
  jx_actuals_options options = JX_ACTUALS_OPTIONS_INIT, from_init;
  jx_error err;
  CHECK(json != NULL);
  jx_actuals_options_init(&from_init);
  CHECK(from_init.struct_size == sizeof(jx_actuals_options) && from_init.max_input_bytes == 0 &&
        from_init.source_name == NULL);
  jx_actuals_options_init(NULL);

  CHECK_OK(jx_actuals_read_v2(json, length, NULL, &actuals, NULL));
  jx_actuals_free(actuals);
  actuals = NULL;
  options.max_input_bytes = length; /* exactly the size: read */
  CHECK_OK(jx_actuals_read_v2(json, length, &options, &actuals, NULL));
  jx_actuals_free(actuals);
  actuals = NULL;
  options.max_input_bytes = length - 1;
  options.source_name = "actuals.jsonQQ";
  options.source_name_length = 12;
  CHECK_STATUS(jx_actuals_read_v2(json, length, &options, &actuals, &err), JX_ELIMIT);
  CHECK(actuals == NULL);
  CHECK_CONTAINS(err.message, "actuals.json:");
  CHECK_CONTAINS(err.message, "max_input_bytes");
  options.max_input_bytes = 0;
  options.max_json_depth = 2; /* the file nests 4 deep */
  CHECK_STATUS(jx_actuals_read_v2(json, length, &options, &actuals, &err), JX_EPARSE);
  CHECK_CONTAINS(err.message, "nesting");
  options.max_json_depth = 0;
  CHECK_STATUS(jx_actuals_read_v2("{", 1, &options, &actuals, &err), JX_EPARSE);
  CHECK_CONTAINS(err.message, "actuals.json");
  CHECK(strstr(err.message, "QQ") == NULL);

  CHECK_OK(jx_actuals_read_file_v2(ACTUALS, NULL, &actuals, NULL));
  jx_actuals_free(actuals);
  actuals = NULL;
  options.source_name = NULL;
  options.max_input_bytes = 10;
  CHECK_STATUS(jx_actuals_read_file_v2(ACTUALS, &options, &actuals, &err), JX_ELIMIT);
  CHECK_CONTAINS(err.message, "hongkou-court-2024.actuals.json");
  CHECK_STATUS(jx_actuals_read_file_v2(JIXIAO_TEST_DATA "/no-such-file.json", NULL, &actuals, &err), JX_EIO);
  CHECK_CONTAINS(err.message, "no-such-file.json");
  options.struct_size = 2;
  CHECK_STATUS(jx_actuals_read_v2(json, length, &options, &actuals, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read_v2(NULL, 0, NULL, &actuals, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read_v2(json, length, NULL, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read_file_v2(NULL, NULL, &actuals, NULL), JX_EINVAL);
  free(json);
}

/* Text of a declaration field, "" when absent (for comparing two readings). */
static const char *field(const jx_declaration *d, jx_declaration_field f) {
  const char *s = NULL;
  size_t n = 0;
  if (jx_declaration_text_n(d, f, &s, &n) != JX_OK) return "(failed)";
  return s == NULL ? "" : s;
}

void test_reader(void) {
  size_t length = 0, count = 0, i = 0, expected_count = 0;
  char *bytes = read_whole_file(CORPUS, &length);
  jx_document *whole = read_corpus();
  jx_reader *reader = NULL;
  const jx_declaration *d = NULL;
  const jx_diagnostics *diagnostics = NULL;
  jx_read_options options = JX_READ_OPTIONS_INIT;
  jx_error err;
  const char *title = NULL, *whole_title = NULL;
  size_t title_length = 0, whole_title_length = 0, diagnostic_count = 0, whole_diagnostic_count = 0;

  CHECK(bytes != NULL);
  CHECK_OK(jx_document_declaration_count(whole, &expected_count));
  CHECK(expected_count == 7);
  CHECK_OK(jx_reader_open(bytes, length, NULL, &reader, NULL));
  /* declaration by declaration, the same as the whole reading */
  for (;;) {
    const jx_declaration *w = NULL;
    size_t n = 0, wn = 0;
    uint32_t first = 0, last = 0, wfirst = 0, wlast = 0;
    CHECK_OK(jx_reader_next(reader, &d, NULL));
    if (d == NULL) break;
    if (jx_document_declaration(whole, count, &w) != JX_OK) {
      CHECK(0);
      break;
    }
    CHECK_STR(field(d, JX_PROJECT_NAME), field(w, JX_PROJECT_NAME));
    CHECK_STR(field(d, JX_GOALS_ANNUAL), field(w, JX_GOALS_ANNUAL));
    CHECK_OK(jx_declaration_indicator_count(d, &n));
    CHECK_OK(jx_declaration_indicator_count(w, &wn));
    CHECK(n == wn && n > 0);
    CHECK_OK(jx_declaration_lines(d, &first, &last));
    CHECK_OK(jx_declaration_lines(w, &wfirst, &wlast));
    CHECK(first == wfirst && last == wlast);
    for (i = 0; i < n; ++i) {
      const jx_indicator *a = NULL, *b = NULL;
      const char *sa = NULL, *sb = NULL;
      size_t la = 0, lb = 0;
      CHECK_OK(jx_declaration_indicator(d, i, &a));
      CHECK_OK(jx_declaration_indicator(w, i, &b));
      CHECK_OK(jx_indicator_text_n(a, JX_INDICATOR_RAW, &sa, &la));
      CHECK_OK(jx_indicator_text_n(b, JX_INDICATOR_RAW, &sb, &lb));
      CHECK(la == lb && memcmp(sa, sb, la) == 0);
    }
    ++count;
  }
  CHECK(count == expected_count);
  CHECK_OK(jx_reader_next(reader, &d, NULL)); /* the end stays the end */
  CHECK(d == NULL);
  CHECK_OK(jx_reader_title(reader, &title, &title_length));
  CHECK_OK(jx_document_title_n(whole, &whole_title, &whole_title_length));
  CHECK_BYTES(title, title_length, whole_title, whole_title_length);
  CHECK_OK(jx_reader_diagnostics(reader, &diagnostics));
  CHECK_OK(jx_diagnostics_count(diagnostics, &diagnostic_count));
  CHECK_OK(jx_document_diagnostics(whole, &diagnostics));
  CHECK_OK(jx_diagnostics_count(diagnostics, &whole_diagnostic_count));
  CHECK(diagnostic_count == whole_diagnostic_count && diagnostic_count > 0);
  jx_reader_free(reader);
  reader = NULL;

  /* a limit: the third declaration fails, the reader is then finished */
  /* (the reader sees the third heading while it finishes the second declaration) */
  options.max_declarations = 2;
  CHECK_OK(jx_reader_open(bytes, length, &options, &reader, NULL));
  CHECK_OK(jx_reader_next(reader, &d, NULL));
  CHECK(d != NULL);
  CHECK_STATUS(jx_reader_next(reader, &d, &err), JX_ELIMIT);
  CHECK_CONTAINS(err.message, "max_declarations");
  CHECK_STATUS(jx_reader_next(reader, &d, &err), JX_EINVAL);
  jx_reader_free(reader);
  reader = NULL;

  /* from a file: the same count; errors name the file */
  CHECK_OK(jx_reader_open_file(CORPUS, NULL, &reader, NULL));
  count = 0;
  while (jx_reader_next(reader, &d, NULL) == JX_OK && d != NULL) ++count;
  CHECK(count == expected_count);
  jx_reader_free(reader);
  reader = NULL;
  CHECK_STATUS(jx_reader_open_file(JIXIAO_TEST_DATA "/no-such.txt", NULL, &reader, &err), JX_EIO);
  CHECK_CONTAINS(err.message, "no-such.txt");
  options.max_declarations = 0;
  options.max_input_bytes = 100;
  CHECK_STATUS(jx_reader_open_file(CORPUS, &options, &reader, &err), JX_ELIMIT);
  options.max_input_bytes = 0;
  options.format = JX_FORMAT_JSON;
  CHECK_STATUS(jx_reader_open(bytes, length, &options, &reader, &err), JX_EINVAL);
  options.format = JX_FORMAT_PUBLISHED;
  CHECK_OK(jx_reader_open(bytes, length, &options, &reader, NULL));
  jx_reader_free(reader);
  reader = NULL;
  jx_reader_free(NULL);
  CHECK_STATUS(jx_reader_open(NULL, 0, NULL, &reader, NULL), JX_EINVAL);
  CHECK_STATUS(jx_reader_next(NULL, &d, NULL), JX_EINVAL);
  CHECK_STATUS(jx_reader_title(NULL, &title, &title_length), JX_EINVAL);
  CHECK_STATUS(jx_reader_diagnostics(NULL, &diagnostics), JX_EINVAL);
  jx_document_free(whole);
  free(bytes);
}

/* The index of a named column, or (size_t)-1. */
static size_t column(const jx_columns *columns, const char *name, jx_column_type expected) {
  size_t count = 0, i;
  jx_columns_shape(columns, NULL, &count);
  for (i = 0; i < count; ++i) {
    const char *n = NULL;
    jx_column_type type = JX_COLUMN_TEXT;
    if (jx_columns_info(columns, i, &n, &type) == JX_OK && strcmp(n, name) == 0) {
      CHECK(type == expected);
      return i;
    }
  }
  CHECK(0 && "column not found");
  return (size_t)-1;
}

void test_columns(void) {
  jx_document *doc = read_corpus();
  jx_columns *columns = NULL;
  size_t rows = 0, count = 0, declarations = 0, d, i, row = 0;
  const uint8_t *present = NULL, *name_present = NULL, *value_present = NULL, *line_present = NULL;
  const int64_t *lines = NULL, *decl_index = NULL, *ind_index = NULL;
  const char *names = NULL, *values = NULL;
  const uint64_t *name_offsets = NULL, *value_offsets = NULL;
  size_t names_length = 0;

  CHECK_OK(jx_document_columns(doc, JX_ROWS_INDICATORS, &columns, NULL));
  CHECK_OK(jx_columns_shape(columns, &rows, &count));
  CHECK(rows == 100 && count == 37);
  CHECK_OK(jx_columns_data(columns, column(columns, "name", JX_COLUMN_TEXT), &name_present, NULL, &names,
                           &name_offsets, &names_length));
  CHECK(name_offsets[0] == 0 && name_offsets[rows] == names_length);
  CHECK_OK(jx_columns_data(columns, column(columns, "target.value", JX_COLUMN_TEXT), &value_present, NULL, &values,
                           &value_offsets, NULL));
  CHECK_OK(jx_columns_data(columns, column(columns, "line", JX_COLUMN_INTEGER), &line_present, &lines, NULL, NULL,
                           NULL));
  CHECK_OK(jx_columns_data(columns, column(columns, "declaration", JX_COLUMN_INTEGER), NULL, &decl_index, NULL,
                           NULL, NULL));
  CHECK_OK(jx_columns_data(columns, column(columns, "indicator", JX_COLUMN_INTEGER), &present, &ind_index, NULL,
                           NULL, NULL));
  column(columns, "target.recurring", JX_COLUMN_BOOL);
  /* row by row against the accessors */
  CHECK_OK(jx_document_declaration_count(doc, &declarations));
  for (d = 0; d < declarations; ++d) {
    const jx_declaration *decl = NULL;
    size_t n = 0;
    CHECK_OK(jx_document_declaration(doc, d, &decl));
    CHECK_OK(jx_declaration_indicator_count(decl, &n));
    for (i = 0; i < n && row < rows; ++i, ++row) {
      const jx_indicator *ind = NULL;
      const jx_target *target = NULL;
      jx_target_kind kind = JX_TARGET_INVALID;
      const char *s = NULL;
      size_t len = 0;
      uint32_t line = 0;
      CHECK_OK(jx_declaration_indicator(decl, i, &ind));
      CHECK(decl_index[row] == (int64_t)d && ind_index[row] == (int64_t)i && present[row] == 1);
      CHECK_OK(jx_indicator_text_n(ind, JX_INDICATOR_NAME, &s, &len));
      CHECK(name_present[row] == 1 && name_offsets[row + 1] - name_offsets[row] == len &&
            memcmp(names + name_offsets[row], s, len) == 0);
      CHECK_OK(jx_indicator_line(ind, &line));
      CHECK(line_present[row] == (line != 0) && lines[row] == (int64_t)line);
      CHECK_OK(jx_indicator_target(ind, &target));
      CHECK_OK(jx_target_kind_of(target, &kind));
      if (kind == JX_TARGET_COMPARE) {
        CHECK_OK(jx_target_text_n(target, JX_TARGET_VALUE, &s, &len));
        CHECK(value_present[row] == 1 && value_offsets[row + 1] - value_offsets[row] == len &&
              memcmp(values + value_offsets[row], s, len) == 0);
      } else {
        CHECK(value_present[row] == 0 && value_offsets[row + 1] == value_offsets[row]);
      }
    }
  }
  CHECK(row == rows);
  CHECK(memcmp(values + value_offsets[1], "100.00", 6) == 0);
  CHECK_STATUS(jx_columns_info(columns, count, NULL, NULL), JX_ERANGE);
  CHECK_STATUS(jx_columns_data(columns, count, &present, NULL, NULL, NULL, NULL), JX_ERANGE);
  {
    const int64_t *integers = (const int64_t *)1;
    CHECK_OK(jx_columns_data(columns, column(columns, "name", JX_COLUMN_TEXT), NULL, &integers, NULL, NULL, NULL));
    CHECK(integers == NULL);
  }
  jx_columns_free(columns);
  columns = NULL;

  /* declarations: money as exact 分, summing to the document's total */
  CHECK_OK(jx_document_columns(doc, JX_ROWS_DECLARATIONS, &columns, NULL));
  CHECK_OK(jx_columns_shape(columns, &rows, &count));
  CHECK(rows == 7 && count == 34);
  {
    const int64_t *fen = NULL, *indicators = NULL;
    jx_money total;
    int64_t sum = 0, indicator_sum = 0;
    CHECK_OK(jx_columns_data(columns, column(columns, "funds.total", JX_COLUMN_MONEY), &present, &fen, NULL, NULL,
                             NULL));
    CHECK_OK(jx_columns_data(columns, column(columns, "indicators", JX_COLUMN_INTEGER), NULL, &indicators, NULL,
                             NULL, NULL));
    for (i = 0; i < rows; ++i) {
      CHECK(present[i] == 1);
      sum += fen[i];
      indicator_sum += indicators[i];
    }
    CHECK_OK(jx_document_funds_total(doc, JX_FUNDS_TOTAL, &total));
    CHECK(sum == total.fen && sum == 3337861500);
    CHECK(indicator_sum == 100);
  }
  jx_columns_free(columns);
  columns = NULL;
  jx_columns_free(NULL);
  CHECK_STATUS(jx_document_columns(doc, (jx_rows)5, &columns, NULL), JX_EINVAL);
  CHECK_STATUS(jx_document_columns(NULL, JX_ROWS_INDICATORS, &columns, NULL), JX_EINVAL);
  CHECK_STATUS(jx_document_columns(doc, JX_ROWS_INDICATORS, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_columns_shape(NULL, &rows, &count), JX_EINVAL);
  jx_document_free(doc);
}
