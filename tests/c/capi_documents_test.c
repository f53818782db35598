/* SPDX-License-Identifier: Apache-2.0 */
/* Documents and validation through the C ABI, checked field by field against the
 * Hongkou document's golden reading (tests/data/golden). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#define CORPUS JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt"
#define GOLDEN JIXIAO_TEST_DATA "/golden/hongkou-court-2024."
#define SERIALIZATIONS JIXIAO_TEST_DATA "/serializations/hongkou."

/* A TSV file split in place: rows of tab-separated fields. */
#define MAX_ROWS 128
#define MAX_FIELDS 20
typedef struct tsv {
  char *bytes;
  size_t rows;
  char *field[MAX_ROWS][MAX_FIELDS];
  size_t fields[MAX_ROWS];
} tsv;

static int tsv_read(tsv *t, const char *path) {
  size_t length = 0;
  char *p;
  memset(t, 0, sizeof *t);
  t->bytes = read_whole_file(path, &length);
  if (t->bytes == NULL) return 0;
  p = t->bytes;
  while (*p != '\0' && t->rows < MAX_ROWS) {
    char *end = strchr(p, '\n');
    size_t n = 0;
    if (end != NULL) *end = '\0';
    if (*p != '\0') {
      char *cell = p;
      for (;;) {
        char *tab = strchr(cell, '\t');
        if (tab != NULL) *tab = '\0';
        if (n < MAX_FIELDS) t->field[t->rows][n++] = cell;
        if (tab == NULL) break;
        cell = tab + 1;
      }
      t->fields[t->rows] = n;
      t->rows++;
    }
    if (end == NULL) break;
    p = end + 1;
  }
  return 1;
}

/* The field of `row` under the header `name`, or NULL. */
static const char *tsv_get(const tsv *t, size_t row, const char *name) {
  size_t c;
  for (c = 0; c < t->fields[0]; ++c) {
    if (strcmp(t->field[0][c], name) == 0) return c < t->fields[row] ? t->field[row][c] : "";
  }
  return NULL;
}

static void money_plain(jx_money m, char *buf, size_t size) {
  if (jx_money_format(m, JX_MONEY_PLAIN, buf, size, NULL) != JX_OK) buf[0] = '\0';
}


static const char *decl_text(const jx_declaration *d, jx_declaration_field f) {
  const char *out = "(failed)";
  if (jx_declaration_text(d, f, &out) != JX_OK) return "(failed)";
  return out;
}

static const char *ind_text(const jx_indicator *i, jx_indicator_field f) {
  const char *out = "(failed)";
  if (jx_indicator_text(i, f, &out) != JX_OK) return "(failed)";
  return out;
}

static const char *target_text(const jx_target *t, jx_target_field f) {
  const char *out = "(failed)";
  if (jx_target_text(t, f, &out) != JX_OK) return "(failed)";
  return out;
}

static const jx_funds_field funds_fields[7] = {
    JX_FUNDS_TOTAL, JX_FUNDS_TOTAL_FISCAL, JX_FUNDS_TOTAL_OTHER, JX_FUNDS_ANNUAL,
    JX_FUNDS_ANNUAL_APPROPRIATION, JX_FUNDS_ANNUAL_CARRYOVER, JX_FUNDS_ANNUAL_OTHER};
static const char *const funds_columns[7] = {
    "funds.total", "funds.total_fiscal", "funds.total_other", "funds.annual",
    "funds.annual_appropriation", "funds.annual_carryover", "funds.annual_other"};

/* Every declaration field and every indicator against the golden TSVs. */
static void check_against_golden(const jx_document *doc) {
  tsv decls, goals, inds;
  size_t count = 0, row, f, indicator_row = 1, total_indicators = 0;
  CHECK(tsv_read(&decls, GOLDEN "declarations.tsv"));
  CHECK(tsv_read(&goals, GOLDEN "goals.tsv"));
  CHECK(tsv_read(&inds, GOLDEN "indicators.tsv"));
  CHECK_OK(jx_document_declaration_count(doc, &count));
  CHECK(count == 7);
  CHECK(decls.rows == 8);
  for (row = 1; row < decls.rows && row - 1 < count; ++row) {
    const jx_declaration *d = NULL;
    size_t n = 0, i;
    int year = 0, present = 0;
    char plain[64];
    CHECK_OK(jx_document_declaration(doc, row - 1, &d));
    CHECK_STR(decl_text(d, JX_PROJECT_NAME), tsv_get(&decls, row, "name"));
    CHECK_STR(decl_text(d, JX_PROJECT_NATURE), tsv_get(&decls, row, "nature"));
    CHECK_STR(decl_text(d, JX_PROJECT_CATEGORY), tsv_get(&decls, row, "category"));
    CHECK_STR(decl_text(d, JX_PROJECT_SUPERVISOR), tsv_get(&decls, row, "supervisor"));
    CHECK_STR(decl_text(d, JX_PROJECT_IMPLEMENTER), tsv_get(&decls, row, "implementer"));
    CHECK_STR(decl_text(d, JX_PROJECT_START_DATE), tsv_get(&decls, row, "start_date"));
    CHECK_STR(decl_text(d, JX_PROJECT_END_DATE), tsv_get(&decls, row, "end_date"));
    CHECK_STR(decl_text(d, JX_GOALS_OVERALL), tsv_get(&goals, row, "overall"));
    CHECK_STR(decl_text(d, JX_GOALS_ANNUAL), tsv_get(&goals, row, "annual"));
    CHECK_STR(decl_text(d, JX_FUNDS_UNIT), "\xE5\x85\x83"); /* 元 */
    CHECK_STR(decl_text(d, JX_TAXONOMY), "2021");
    CHECK_OK(jx_declaration_year(d, &year, &present));
    CHECK(present == 1);
    CHECK(year == atoi(tsv_get(&decls, row, "year")));
    for (f = 0; f < 7; ++f) {
      jx_money m = fen(-1);
      present = 0;
      CHECK_OK(jx_declaration_funds(d, funds_fields[f], &m, &present));
      CHECK(present == 1);
      money_plain(m, plain, sizeof plain);
      CHECK_STR(plain, tsv_get(&decls, row, funds_columns[f]));
    }
    CHECK_OK(jx_declaration_indicator_count(d, &n));
    CHECK(n == (size_t)atoi(tsv_get(&decls, row, "indicators")));
    total_indicators += n;
    for (i = 0; i < n && indicator_row < inds.rows; ++i, ++indicator_row) {
      const jx_indicator *ind = NULL;
      const jx_target *t = NULL;
      const char *kind = tsv_get(&inds, indicator_row, "kind");
      const char *op_or_term = tsv_get(&inds, indicator_row, "op_or_term");
      const char *value_or_basis = tsv_get(&inds, indicator_row, "value_or_basis");
      const char *also = tsv_get(&inds, indicator_row, "also_accepted");
      char placed[256];
      uint32_t line = 0;
      CHECK(atoi(tsv_get(&inds, indicator_row, "doc")) == (int)row);
      CHECK_OK(jx_declaration_indicator(d, i, &ind));
      /* level1/level2: the primary placement, or the one alternative golden allows */
      snprintf(placed, sizeof placed, "%s/%s", ind_text(ind, JX_INDICATOR_LEVEL1), ind_text(ind, JX_INDICATOR_LEVEL2));
      if (!(strcmp(ind_text(ind, JX_INDICATOR_LEVEL1), tsv_get(&inds, indicator_row, "level1")) == 0 &&
            strcmp(ind_text(ind, JX_INDICATOR_LEVEL2), tsv_get(&inds, indicator_row, "level2")) == 0)) {
        CHECK_STR(placed, also);
      }
      CHECK_STR(ind_text(ind, JX_INDICATOR_NAME), tsv_get(&inds, indicator_row, "name"));
      CHECK_STR(ind_text(ind, JX_INDICATOR_RAW), tsv_get(&inds, indicator_row, "raw"));
      CHECK_OK(jx_indicator_line(ind, &line));
      CHECK(line > 0);
      CHECK_OK(jx_indicator_target(ind, &t));
      CHECK_STR(target_text(t, JX_TARGET_RAW), tsv_get(&inds, indicator_row, "raw"));
      CHECK_STR(target_text(t, JX_TARGET_KIND_NAME), kind);
      if (strcmp(kind, "compare") == 0) {
        CHECK_STR(target_text(t, JX_TARGET_OP), op_or_term);
        CHECK_STR(target_text(t, JX_TARGET_VALUE), value_or_basis);
        CHECK_STR(target_text(t, JX_TARGET_UNIT), tsv_get(&inds, indicator_row, "unit"));
      } else if (strcmp(kind, "trend") == 0) {
        CHECK_STR(target_text(t, JX_TARGET_DIRECTION), op_or_term);
        CHECK_STR(target_text(t, JX_TARGET_BASIS), value_or_basis);
      } else if (strcmp(kind, "qualitative") == 0) {
        CHECK_STR(target_text(t, JX_TARGET_TERM), op_or_term);
      }
    }
  }
  CHECK(total_indicators == 100);
  CHECK(indicator_row == inds.rows);
  free(decls.bytes);
  free(goals.bytes);
  free(inds.bytes);
}

static size_t indicator_total(const jx_document *doc) {
  size_t count = 0, i, total = 0;
  if (jx_document_declaration_count(doc, &count) != JX_OK) return 0;
  for (i = 0; i < count; ++i) {
    const jx_declaration *d = NULL;
    size_t n = 0;
    if (jx_document_declaration(doc, i, &d) == JX_OK && jx_declaration_indicator_count(d, &n) == JX_OK) total += n;
  }
  return total;
}

static void test_read_options(const char *bytes, size_t length) {
  jx_document *doc = NULL;
  jx_read_options options = JX_READ_OPTIONS_INIT;
  jx_read_options from_init;
  jx_error err;
  /* A longer struct, as a newer header would have it. */
  struct {
    jx_read_options known;
    uint64_t newer_member;
  } longer;

  jx_read_options_init(&from_init);
  CHECK(from_init.struct_size == sizeof(jx_read_options));
  /* member by member: the padding of a struct initialised with {...} is unspecified */
  CHECK(from_init.format == options.format && options.format == JX_FORMAT_AUTO);
  CHECK(from_init.source_name == NULL && options.source_name == NULL);
  CHECK(from_init.max_input_bytes == 0 && options.max_input_bytes == 0);
  CHECK(from_init.max_line_bytes == 0 && options.max_line_bytes == 0);
  CHECK(from_init.max_rows == 0 && options.max_rows == 0);
  CHECK(from_init.max_declarations == 0 && options.max_declarations == 0);
  CHECK(from_init.max_json_depth == 0 && options.max_json_depth == 0);
  CHECK(from_init.serialization == NULL && options.serialization == NULL);
  CHECK(options.struct_size == sizeof(jx_read_options));
  jx_read_options_init(NULL);

  /* limits */
  options.max_input_bytes = 100;
  CHECK_STATUS(jx_document_read(bytes, length, &options, &doc, &err), JX_ELIMIT);
  CHECK(doc == NULL);
  CHECK_STATUS(jx_document_read_file(CORPUS, &options, &doc, &err), JX_ELIMIT);
  CHECK_CONTAINS(err.message, "hongkou-court-2024.txt");
  options.max_input_bytes = 0;
  options.max_declarations = 3;
  CHECK_STATUS(jx_document_read(bytes, length, &options, &doc, &err), JX_ELIMIT);
  options.max_declarations = 0;

  /* explicit formats */
  options.format = JX_FORMAT_TEXT;
  CHECK_OK(jx_document_read(bytes, length, &options, &doc, NULL));
  CHECK(indicator_total(doc) == 100);
  jx_document_free(doc);
  doc = NULL;
  options.format = JX_FORMAT_JSON;
  CHECK_STATUS(jx_document_read(bytes, length, &options, &doc, &err), JX_EPARSE);
  options.format = JX_FORMAT_CSV;
  CHECK_STATUS(jx_document_read(bytes, length, &options, &doc, &err), JX_EINVAL);
  options.format = JX_FORMAT_AUTO;

  /* size-versioned struct: shorter is zero-filled, longer needs a zero tail */
  options.struct_size = (uint32_t)offsetof(jx_read_options, source_name);
  options.max_input_bytes = 100; /* beyond the declared size: ignored */
  CHECK_OK(jx_document_read(bytes, length, &options, &doc, NULL));
  jx_document_free(doc);
  doc = NULL;
  options.struct_size = 2;
  CHECK_STATUS(jx_document_read(bytes, length, &options, &doc, &err), JX_EINVAL);
  memset(&longer, 0, sizeof longer);
  jx_read_options_init(&longer.known);
  longer.known.struct_size = (uint32_t)sizeof longer;
  CHECK_OK(jx_document_read(bytes, length, &longer.known, &doc, NULL));
  jx_document_free(doc);
  doc = NULL;
  longer.newer_member = 1;
  CHECK_STATUS(jx_document_read(bytes, length, &longer.known, &doc, &err), JX_EINVAL);
  CHECK(doc == NULL);

  /* source_name is named in errors */
  jx_read_options_init(&options);
  options.source_name = "named-input.json";
  CHECK_STATUS(jx_document_read("{\"format\": ", JX_NUL_TERMINATED, &options, &doc, &err), JX_EPARSE);
  CHECK_CONTAINS(err.message, "named-input.json");
  CHECK(err.line == 1);
  CHECK(err.offset != JX_NO_OFFSET);
}

/* The Hongkou document in other serializations reads as the golden says, like the
 * seed: aligned columns detected and forced, pipe rows detected, Markdown forced. */
static void test_serializations(void) {
  jx_document *doc = NULL;
  jx_read_options options = JX_READ_OPTIONS_INIT;
  jx_error err;
  char *bytes;
  size_t length = 0;

  CHECK_OK(jx_document_read_file(SERIALIZATIONS "aligned.txt", NULL, &doc, &err));
  if (doc != NULL) check_against_golden(doc);
  jx_document_free(doc);
  doc = NULL;
  options.serialization = "aligned";
  CHECK_OK(jx_document_read_file(SERIALIZATIONS "aligned.txt", &options, &doc, &err));
  if (doc != NULL) check_against_golden(doc);
  jx_document_free(doc);
  doc = NULL;
  options.serialization = NULL;
  bytes = read_whole_file(SERIALIZATIONS "pipes.txt", &length);
  CHECK(bytes != NULL);
  CHECK_OK(jx_document_read(bytes, length, &options, &doc, &err));
  if (doc != NULL) check_against_golden(doc);
  jx_document_free(doc);
  doc = NULL;
  /* JX_FORMAT_TEXT reads any text serialization, detected or given */
  options.format = JX_FORMAT_TEXT;
  CHECK_OK(jx_document_read(bytes, length, &options, &doc, &err));
  CHECK(indicator_total(doc) == 100);
  jx_document_free(doc);
  doc = NULL;
  free(bytes);
  options.serialization = "markdown";
  CHECK_OK(jx_document_read_file(SERIALIZATIONS "md", &options, &doc, &err));
  if (doc != NULL) check_against_golden(doc);
  jx_document_free(doc);
  doc = NULL;
  /* a file format is no text serialization; an unknown name is refused, naming it */
  options.serialization = "xlsx";
  CHECK_STATUS(jx_document_read_file(SERIALIZATIONS "md", &options, &doc, &err), JX_EINVAL);
  CHECK(doc == NULL);
  options.format = JX_FORMAT_AUTO;
  options.serialization = "spaces";
  CHECK_STATUS(jx_document_read_file(SERIALIZATIONS "md", &options, &doc, &err), JX_EINVAL);
  CHECK_CONTAINS(err.message, "spaces");
  CHECK(doc == NULL);
  /* "" is the default: detected */
  options.serialization = "";
  CHECK_OK(jx_document_read_file(SERIALIZATIONS "aligned.txt", &options, &doc, &err));
  CHECK(indicator_total(doc) == 100);
  jx_document_free(doc);
}

static void test_writers(const jx_document *doc) {
  char *out = NULL;
  size_t length = 0;
  jx_document *back = NULL;
  jx_money total;
  const char *title = NULL, *title_back = NULL;
  jx_read_options json = JX_READ_OPTIONS_INIT;

  /* JSON round trip */
  CHECK_OK(jx_document_write(doc, JX_FORMAT_JSON, 0, &out, &length));
  CHECK(length == strlen(out));
  CHECK_CONTAINS(out, "\"format\":\"jixiao.document/1\"");
  CHECK(strchr(out, '\n') == NULL);
  json.format = JX_FORMAT_JSON;
  CHECK_OK(jx_document_read(out, length, &json, &back, NULL));
  CHECK(indicator_total(back) == 100);
  CHECK_OK(jx_document_funds_total(back, JX_FUNDS_TOTAL, &total));
  CHECK(total.fen == 3337861500);
  CHECK_OK(jx_document_title(doc, &title));
  CHECK_OK(jx_document_title(back, &title_back));
  CHECK_STR(title_back, title);
  check_against_golden(back);
  jx_document_free(back);
  back = NULL;
  jx_string_free(out);
  CHECK_OK(jx_document_write(doc, JX_FORMAT_JSON, JX_WRITE_PRETTY, &out, NULL));
  CHECK(strchr(out, '\n') != NULL);
  CHECK_OK(jx_document_read(out, JX_NUL_TERMINATED, NULL, &back, NULL)); /* detected as JSON */
  CHECK(indicator_total(back) == 100);
  jx_document_free(back);
  back = NULL;
  jx_string_free(out);

  /* the published layout reads back to the same declarations */
  CHECK_OK(jx_document_write(doc, JX_FORMAT_TEXT, 0, &out, &length));
  CHECK_CONTAINS(out, "\xE8\xB4\xA2\xE6\x94\xBF\xE9\xA1\xB9\xE7\x9B\xAE\xE6\x94\xAF\xE5\x87\xBA"); /* 财政项目支出 */
  CHECK_OK(jx_document_read(out, length, NULL, &back, NULL));
  check_against_golden(back);
  jx_document_free(back);
  back = NULL;
  jx_string_free(out);

  /* CSV: a header and one row per indicator */
  CHECK_OK(jx_document_write(doc, JX_FORMAT_CSV, 0, &out, &length));
  {
    size_t lines = 0;
    const char *p;
    for (p = out; *p != '\0'; ++p) lines += *p == '\n';
    CHECK(lines == 101);
  }
  CHECK_CONTAINS(out, "\xE8\xAE\xBE\xE5\xA4\x87\xE5\x8D\x95\xE4\xBB\xB7\xE5\x90\x88\xE8\xA7\x84\xE6\x80\xA7"); /* 设备单价合规性 */
  jx_string_free(out);

  /* unsupported format or flag */
  out = NULL;
  CHECK_STATUS(jx_document_write(doc, JX_FORMAT_AUTO, 0, &out, NULL), JX_EINVAL);
  CHECK_STATUS(jx_document_write(doc, JX_FORMAT_JSON, 0x100, &out, NULL), JX_EINVAL);
  CHECK(out == NULL);

  /* the summary, in each format, with the exact total */
  CHECK_OK(jx_document_summary(doc, JX_FORMAT_TEXT, 0, &out, &length));
  CHECK_CONTAINS(out, "33,378,615.00");
  CHECK_CONTAINS(out, "\xE4\xBF\xA1\xE6\x81\xAF\xE5\x8C\x96\xE5\xBB\xBA\xE8\xAE\xBE\xE9\xA1\xB9\xE7\x9B\xAE"); /* 信息化建设项目 */
  jx_string_free(out);
  CHECK_OK(jx_document_summary(doc, JX_FORMAT_MARKDOWN, 0, &out, NULL));
  CHECK_CONTAINS(out, "33,378,615.00");
  CHECK_CONTAINS(out, "|");
  jx_string_free(out);
  CHECK_OK(jx_document_summary(doc, JX_FORMAT_CSV, 0, &out, NULL));
  CHECK_CONTAINS(out, "33378615.00");
  jx_string_free(out);
  CHECK_OK(jx_document_summary(doc, JX_FORMAT_JSON, 0, &out, NULL));
  CHECK_CONTAINS(out, "\"33378615.00\"");
  jx_string_free(out);
  out = NULL;
  CHECK_STATUS(jx_document_summary(doc, JX_FORMAT_AUTO, 0, &out, NULL), JX_EINVAL);
  CHECK(out == NULL);
}

void test_documents(void) {
  jx_document *doc = NULL, *from_memory = NULL;
  const jx_declaration *d = NULL;
  const jx_indicator *ind = NULL;
  const jx_target *t = NULL;
  const jx_diagnostics *diagnostics = NULL;
  const char *text = NULL;
  size_t count = 0, length = 0;
  jx_money m;
  int present = 0, year = 0;
  uint32_t first = 0, last = 0;
  jx_error err;
  char *bytes = read_whole_file(CORPUS, &length);

  CHECK(bytes != NULL);
  if (bytes == NULL) return;
  CHECK_OK(jx_document_read_file(CORPUS, NULL, &doc, &err));
  CHECK(err.code == JX_OK);
  if (doc == NULL) {
    free(bytes);
    return;
  }
  CHECK_OK(jx_document_title(doc, &text));
  CHECK_STR(text, "\xE4\xB8\x8A\xE6\xB5\xB7\xE5\xB8\x82\xE8\x99\xB9\xE5\x8F\xA3\xE5\x8C\xBA\xE4\xBA\xBA\xE6\xB0\x91"
                  "\xE6\xB3\x95\xE9\x99\xA2 2024 \xE5\xB9\xB4\xE5\xBA\xA6\xE9\xA1\xB9\xE7\x9B\xAE\xE7\xBB\xA9\xE6\x95\x88"
                  "\xE7\x9B\xAE\xE6\xA0\x87\xE6\xB1\x87\xE6\x80\xBB\xE8\xA1\xA8"); /* 上海市虹口区人民法院 2024 年度项目绩效目标汇总表 */
  check_against_golden(doc);
  CHECK(indicator_total(doc) == 100);

  /* the 汇总表 totals: 33,378,615.00 元 */
  CHECK_OK(jx_document_funds_total(doc, JX_FUNDS_TOTAL, &m));
  CHECK(m.fen == 3337861500);
  CHECK_OK(jx_document_funds_total(doc, JX_FUNDS_ANNUAL, &m));
  CHECK(m.fen == 3337861500);
  CHECK_OK(jx_document_funds_total(doc, JX_FUNDS_ANNUAL_CARRYOVER, &m));
  CHECK(m.fen == 0);
  CHECK_STATUS(jx_document_funds_total(doc, (jx_funds_field)7, &m), JX_EINVAL);

  /* the same bytes from memory */
  CHECK_OK(jx_document_read(bytes, length, NULL, &from_memory, NULL));
  CHECK_OK(jx_document_declaration_count(from_memory, &count));
  CHECK(count == 7);
  jx_document_free(from_memory);

  /* source lines, indexes out of range, unknown fields */
  CHECK_OK(jx_document_declaration(doc, 0, &d));
  CHECK_OK(jx_declaration_lines(d, &first, &last));
  CHECK(first == 5); /* the first 申报表 line of the corpus */
  CHECK(last > first);
  CHECK_OK(jx_declaration_lines(d, NULL, NULL));
  CHECK_STATUS(jx_document_declaration(doc, 7, &d), JX_ERANGE);
  CHECK(jx_last_error()->code == JX_ERANGE);
  CHECK_STATUS(jx_document_declaration(doc, (size_t)-1, &d), JX_ERANGE);
  CHECK_OK(jx_document_declaration(doc, 0, &d));
  CHECK_STATUS(jx_declaration_indicator(d, 12, &ind), JX_ERANGE);
  CHECK_STATUS(jx_declaration_text(d, (jx_declaration_field)42, &text), JX_EINVAL);
  CHECK_STATUS(jx_declaration_funds(d, (jx_funds_field)42, &m, &present), JX_EINVAL);
  CHECK_OK(jx_declaration_indicator(d, 0, &ind));
  CHECK_STATUS(jx_indicator_text(ind, (jx_indicator_field)42, &text), JX_EINVAL);
  CHECK_OK(jx_indicator_text(ind, JX_INDICATOR_LABEL, &text));
  CHECK(text == NULL);
  /* a borrowed target is the indicator's */
  CHECK_OK(jx_indicator_target(ind, &t));
  {
    const jx_target *again = NULL;
    CHECK_OK(jx_indicator_target(ind, &again));
    CHECK(again == t);
  }

  /* the reader's diagnostics */
  CHECK_OK(jx_document_diagnostics(doc, &diagnostics));
  CHECK_OK(jx_diagnostics_count(diagnostics, &count));
  {
    size_t i, errors = 0, warnings = 0, infos = 0;
    for (i = 0; i < count; ++i) {
      const jx_diagnostic *diag = NULL;
      const char *code = NULL, *message = NULL;
      int64_t decl = -2, indicator = -2;
      uint32_t line = 0;
      CHECK_OK(jx_diagnostics_get(diagnostics, i, &diag));
      CHECK_OK(jx_diagnostic_code(diag, &code));
      CHECK(strncmp(code, "INGEST_", 7) == 0);
      CHECK_OK(jx_diagnostic_message(diag, &message));
      CHECK(strlen(message) > 0);
      CHECK_OK(jx_diagnostic_location(diag, &decl, &indicator, &line));
      CHECK(decl >= -1 && decl < 7);
      CHECK(indicator >= -1);
    }
    CHECK_OK(jx_diagnostics_count_severity(diagnostics, JX_SEVERITY_ERROR, &errors));
    CHECK_OK(jx_diagnostics_count_severity(diagnostics, JX_SEVERITY_WARNING, &warnings));
    CHECK_OK(jx_diagnostics_count_severity(diagnostics, JX_SEVERITY_INFO, &infos));
    CHECK(errors == 0); /* the real document reads without errors */
    CHECK(errors + warnings + infos == count);
    CHECK_STATUS(jx_diagnostics_get(diagnostics, count, NULL), JX_EINVAL);
    {
      const jx_diagnostic *diag = NULL;
      CHECK_STATUS(jx_diagnostics_get(diagnostics, count, &diag), JX_ERANGE);
    }
  }

  test_read_options(bytes, length);
  test_serializations();
  test_writers(doc);

  /* unreadable input */
  {
    jx_document *bad = NULL;
    jx_read_options json = JX_READ_OPTIONS_INIT;
    CHECK_STATUS(jx_document_read_file(JIXIAO_TEST_DATA "/no-such-file.txt", NULL, &bad, &err), JX_EIO);
    CHECK_CONTAINS(err.message, "no-such-file.txt");
    CHECK(bad == NULL);
    CHECK_STATUS(jx_document_read("{\"format\":\"jixiao.nope/9\",\"declarations\":[]}", JX_NUL_TERMINATED, NULL,
                                  &bad, &err),
                 JX_EFORMAT);
    CHECK(bad == NULL);
    CHECK_STATUS(jx_document_read("{\n  \"format\": @", JX_NUL_TERMINATED, NULL, &bad, &err), JX_EPARSE);
    CHECK(err.line == 2);
    CHECK(err.offset == 14);
    json.max_json_depth = 2;
    CHECK_STATUS(jx_document_read("{\"format\":\"jixiao.document/1\",\"title\":null,\"declarations\":[[[[]]]],"
                                  "\"diagnostics\":[]}",
                                  JX_NUL_TERMINATED, &json, &bad, &err),
                 JX_EPARSE);
    CHECK(err.offset == 59); /* the third level of nesting */
    CHECK(bad == NULL);
  }

  /* NULL arguments */
  {
    jx_document *none = NULL;
    const jx_declaration *nd = NULL;
    const jx_indicator *ni = NULL;
    const jx_diagnostics *nl = NULL;
    const jx_diagnostic *ndg = NULL;
    char *s = NULL;
    jx_severity severity;
    int64_t i64;
    uint32_t u32;
    CHECK_STATUS(jx_document_read(NULL, 0, NULL, &none, &err), JX_EINVAL);
    CHECK_STATUS(jx_document_read("x", 1, NULL, NULL, &err), JX_EINVAL);
    CHECK_STATUS(jx_document_read_file(NULL, NULL, &none, &err), JX_EINVAL);
    CHECK_STATUS(jx_document_read_file(CORPUS, NULL, NULL, &err), JX_EINVAL);
    jx_document_free(NULL);
    CHECK_STATUS(jx_document_title(NULL, &text), JX_EINVAL);
    CHECK_STATUS(jx_document_title(doc, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_declaration_count(NULL, &count), JX_EINVAL);
    CHECK_STATUS(jx_document_declaration_count(doc, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_declaration(NULL, 0, &nd), JX_EINVAL);
    CHECK_STATUS(jx_document_declaration(doc, 0, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_diagnostics(NULL, &nl), JX_EINVAL);
    CHECK_STATUS(jx_document_diagnostics(doc, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_funds_total(NULL, JX_FUNDS_TOTAL, &m), JX_EINVAL);
    CHECK_STATUS(jx_document_funds_total(doc, JX_FUNDS_TOTAL, NULL), JX_EINVAL);
    CHECK_STATUS(jx_declaration_text(NULL, JX_PROJECT_NAME, &text), JX_EINVAL);
    CHECK_STATUS(jx_declaration_text(d, JX_PROJECT_NAME, NULL), JX_EINVAL);
    CHECK_STATUS(jx_declaration_funds(NULL, JX_FUNDS_TOTAL, &m, &present), JX_EINVAL);
    CHECK_STATUS(jx_declaration_funds(d, JX_FUNDS_TOTAL, NULL, &present), JX_EINVAL);
    CHECK_STATUS(jx_declaration_funds(d, JX_FUNDS_TOTAL, &m, NULL), JX_EINVAL);
    CHECK_STATUS(jx_declaration_year(NULL, &year, &present), JX_EINVAL);
    CHECK_STATUS(jx_declaration_year(d, NULL, &present), JX_EINVAL);
    CHECK_STATUS(jx_declaration_year(d, &year, NULL), JX_EINVAL);
    CHECK_STATUS(jx_declaration_lines(NULL, &first, &last), JX_EINVAL);
    CHECK_STATUS(jx_declaration_indicator_count(NULL, &count), JX_EINVAL);
    CHECK_STATUS(jx_declaration_indicator_count(d, NULL), JX_EINVAL);
    CHECK_STATUS(jx_declaration_indicator(NULL, 0, &ni), JX_EINVAL);
    CHECK_STATUS(jx_declaration_indicator(d, 0, NULL), JX_EINVAL);
    CHECK_STATUS(jx_indicator_text(NULL, JX_INDICATOR_NAME, &text), JX_EINVAL);
    CHECK_STATUS(jx_indicator_text(ind, JX_INDICATOR_NAME, NULL), JX_EINVAL);
    CHECK_STATUS(jx_indicator_line(NULL, &u32), JX_EINVAL);
    CHECK_STATUS(jx_indicator_line(ind, NULL), JX_EINVAL);
    CHECK_STATUS(jx_indicator_target(NULL, &t), JX_EINVAL);
    CHECK_STATUS(jx_indicator_target(ind, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_write(NULL, JX_FORMAT_JSON, 0, &s, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_write(doc, JX_FORMAT_JSON, 0, NULL, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_summary(NULL, JX_FORMAT_TEXT, 0, &s, NULL), JX_EINVAL);
    CHECK_STATUS(jx_document_summary(doc, JX_FORMAT_TEXT, 0, NULL, NULL), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_count(NULL, &count), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_count(diagnostics, NULL), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_get(NULL, 0, &ndg), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_count_severity(NULL, JX_SEVERITY_INFO, &count), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_count_severity(diagnostics, JX_SEVERITY_INFO, NULL), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_count_severity(diagnostics, (jx_severity)9, &count), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_to_json(NULL, 0, &s, NULL), JX_EINVAL);
    CHECK_STATUS(jx_diagnostics_to_json(diagnostics, 0, NULL, NULL), JX_EINVAL);
    CHECK_STATUS(jx_diagnostic_code(NULL, &text), JX_EINVAL);
    CHECK_STATUS(jx_diagnostic_severity(NULL, &severity), JX_EINVAL);
    CHECK_STATUS(jx_diagnostic_message(NULL, &text), JX_EINVAL);
    CHECK_STATUS(jx_diagnostic_location(NULL, &i64, &i64, &u32), JX_EINVAL);
    jx_diagnostics_free(NULL);
  }

  jx_document_free(doc);
  free(bytes);
}

/* ---- validation ---------------------------------------------------------------- */

/* How many diagnostics of the list carry `code`, and the severity of the last one. */
static size_t count_code(const jx_diagnostics *list, const char *code, jx_severity *severity) {
  size_t count = 0, i, found = 0;
  if (jx_diagnostics_count(list, &count) != JX_OK) return 0;
  for (i = 0; i < count; ++i) {
    const jx_diagnostic *d = NULL;
    const char *c = NULL;
    if (jx_diagnostics_get(list, i, &d) == JX_OK && jx_diagnostic_code(d, &c) == JX_OK && strcmp(c, code) == 0) {
      ++found;
      if (severity != NULL) jx_diagnostic_severity(d, severity);
    }
  }
  return found;
}

void test_validation(void) {
  jx_document *doc = NULL;
  jx_diagnostics *list = NULL;
  jx_validate_options options = JX_VALIDATE_OPTIONS_INIT, from_init;
  jx_severity severity = JX_SEVERITY_INFO;
  jx_error err;
  size_t count = 0, errors = 0;
  const char *code = NULL, *description = NULL;
  char *json = NULL;

  jx_validate_options_init(&from_init);
  CHECK(from_init.struct_size == sizeof(jx_validate_options) && options.struct_size == sizeof(jx_validate_options));
  CHECK(from_init.rules == NULL && options.rules == NULL);
  CHECK(from_init.rule_count == 0 && options.rule_count == 0);
  jx_validate_options_init(NULL);

  CHECK_OK(jx_document_read_file(CORPUS, NULL, &doc, NULL));
  if (doc == NULL) return;

  /* Defaults: what a reviewer expects of the real document — the duplicated
   * 宣传内容审核通过率 and 设备维护成本 filed under 时效, and no errors. */
  CHECK_OK(jx_validate(doc, NULL, &list, &err));
  CHECK(count_code(list, "INDICATOR_DUPLICATE", &severity) == 1);
  CHECK(severity == JX_SEVERITY_WARNING);
  CHECK(count_code(list, "CATEGORY_MISPLACED", &severity) >= 1);
  CHECK(severity == JX_SEVERITY_INFO);
  CHECK(count_code(list, "FUNDS_TOTAL_SUM", NULL) == 0);
  CHECK_OK(jx_diagnostics_count_severity(list, JX_SEVERITY_ERROR, &errors));
  CHECK(errors == 0);
  {
    const jx_diagnostic *d = NULL;
    size_t i;
    CHECK_OK(jx_diagnostics_count(list, &count));
    for (i = 0; i < count; ++i) {
      const char *c = NULL;
      CHECK_OK(jx_diagnostics_get(list, i, &d));
      CHECK_OK(jx_diagnostic_code(d, &c));
      if (strcmp(c, "INDICATOR_DUPLICATE") == 0) {
        int64_t decl = -1, indicator = -1;
        uint32_t line = 0;
        const char *message = NULL;
        CHECK_OK(jx_diagnostic_location(d, &decl, &indicator, &line));
        CHECK(decl >= 0 && decl < 7);
        CHECK(indicator >= 0);
        CHECK(line > 0);
        CHECK_OK(jx_diagnostic_location(d, NULL, NULL, NULL));
        CHECK_OK(jx_diagnostic_message(d, &message));
        CHECK_CONTAINS(message, "\xE5\xAE\xA3\xE4\xBC\xA0\xE5\x86\x85\xE5\xAE\xB9"); /* 宣传内容 */
      }
    }
  }
  CHECK_OK(jx_diagnostics_to_json(list, 0, &json, &count));
  CHECK(count == strlen(json));
  CHECK(json[0] == '[');
  CHECK_CONTAINS(json, "\"code\":\"INDICATOR_DUPLICATE\"");
  jx_string_free(json);
  CHECK_OK(jx_diagnostics_to_json(list, JX_WRITE_PRETTY, &json, NULL));
  CHECK(strchr(json, '\n') != NULL);
  jx_string_free(json);
  json = NULL;
  CHECK_STATUS(jx_diagnostics_to_json(list, 0x80, &json, NULL), JX_EINVAL);
  jx_diagnostics_free(list);
  list = NULL;

  /* Options: off, and a severity change. */
  {
    const char *const rules[] = {"INDICATOR_DUPLICATE=error", "CATEGORY_MISPLACED=off"};
    options.rules = rules;
    options.rule_count = 2;
    CHECK_OK(jx_validate(doc, &options, &list, NULL));
    CHECK(count_code(list, "INDICATOR_DUPLICATE", &severity) == 1);
    CHECK(severity == JX_SEVERITY_ERROR);
    CHECK(count_code(list, "CATEGORY_MISPLACED", NULL) == 0);
    CHECK_OK(jx_diagnostics_count_severity(list, JX_SEVERITY_ERROR, &errors));
    CHECK(errors == 1);
    jx_diagnostics_free(list);
    list = NULL;
  }
  {
    const char *const rules[] = {"NO_SUCH_RULE=off"};
    options.rules = rules;
    options.rule_count = 1;
    CHECK_STATUS(jx_validate(doc, &options, &list, &err), JX_EINVAL);
    CHECK_CONTAINS(err.message, "NO_SUCH_RULE");
    CHECK(list == NULL);
  }
  {
    const char *const rules[] = {"INDICATOR_DUPLICATE=loud"};
    options.rules = rules;
    CHECK_STATUS(jx_validate(doc, &options, &list, &err), JX_EINVAL);
    CHECK_CONTAINS(err.message, "loud");
  }
  {
    const char *const rules[] = {NULL};
    options.rules = rules;
    CHECK_STATUS(jx_validate(doc, &options, &list, &err), JX_EINVAL);
  }
  options.rules = NULL;
  options.rule_count = 1;
  CHECK_STATUS(jx_validate(doc, &options, &list, &err), JX_EINVAL);
  options.rule_count = 0;
  CHECK_OK(jx_validate(doc, &options, &list, NULL));
  jx_diagnostics_free(list);
  list = NULL;

  /* The catalogue: every rule of validation.md. */
  CHECK_OK(jx_validation_rule_count(&count));
  CHECK(count == 28);
  CHECK_OK(jx_validation_rule(0, &code, &severity, &description));
  CHECK_STR(code, "FUNDS_TOTAL_SUM");
  CHECK(severity == JX_SEVERITY_ERROR);
  CHECK(strlen(description) > 0);
  CHECK_OK(jx_validation_rule(count - 1, &code, NULL, NULL));
  CHECK_STR(code, "REVIEW_GRADE");
  CHECK_STATUS(jx_validation_rule(count, &code, &severity, &description), JX_ERANGE);

  /* NULL arguments */
  CHECK_STATUS(jx_validate(NULL, NULL, &list, &err), JX_EINVAL);
  CHECK_STATUS(jx_validate(doc, NULL, NULL, &err), JX_EINVAL);
  CHECK_STATUS(jx_validation_rule_count(NULL), JX_EINVAL);
  jx_diagnostics_free(NULL);

  jx_document_free(doc);
}
