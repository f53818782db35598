/* SPDX-License-Identifier: Apache-2.0 */
/* Scoring through the C ABI: actuals JSON in, a report handle out, its totals and
 * grades checked against figures computed by hand (arithmetic in the comments). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#define CORPUS JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt"

/* Declaration 1 of the Hongkou document (专业设备购置及更新): 12 indicators —
 * 成本 1 + 产出 6 share 50, 效益 4 share 30, 满意度 1 has 10.
 *   budget: 291,000 / 300,000 = 0.97 → 0.97 × 10 = 9.70
 *   法警设备采购完成率 =100.00(%) with 95: positive, missed → 95/100 × 50/7
 *   专用设备长效管理机制 健全, "partial": 0.70 × 30/4 = 5.25
 *   everything else met (full weight).
 * total = 9.70 + (50 − 0.05 × 50/7) + (30 − 0.30 × 7.5) + 10
 *       = 9.70 + 49.642857… + 27.75 + 10 = 97.092857… exactly; the printed rows
 *       (9.70 + 6 × 7.14 + 6.79 + 27.75 + 10) give 总分 "97.08", 优. */
static const char actuals_json[] =
    "{\"format\": \"jixiao.actuals/1\", \"declarations\": [\n"
    " {\"project\": \"\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0\",\n"
    "  \"budget\": {\"annual\": \"300000.00\", \"executed\": \"291000.00\"},\n"
    "  \"indicators\": [\n"
    "   {\"name\": \"\xE8\xAE\xBE\xE5\xA4\x87\xE5\x8D\x95\xE4\xBB\xB7\xE5\x90\x88\xE8\xA7\x84\xE6\x80\xA7\", \"actual\": \"achieved\"},\n"
    "   {\"name\": \"\xE6\xB0\xB4\xE6\xB3\xB5\xE6\x9B\xB4\xE5\xAE\x8C\xE6\x88\x90\xE7\x8E\x87\", \"actual\": \"100\", \"unit\": \"%\"},\n"
    "   {\"name\": \"\xE6\xB3\x95\xE8\xAD\xA6\xE8\xAE\xBE\xE5\xA4\x87\xE9\x87\x87\xE8\xB4\xAD\xE5\xAE\x8C\xE6\x88\x90\xE7\x8E\x87\", \"actual\": \"95\", \"unit\": \"%\"},\n"
    "   {\"name\": \"\xE8\xAE\xBE\xE5\xA4\x87\xE9\xAA\x8C\xE6\x94\xB6\xE5\x90\x88\xE6\xA0\xBC\xE7\x8E\x87\", \"actual\": \"100\", \"unit\": \"%\"},\n"
    "   {\"name\": \"\xE5\x85\xA5\xE5\xBA\x93\xE7\x99\xBB\xE8\xAE\xB0\xE5\xAE\x8C\xE6\x88\x90\xE7\x8E\x87\", \"actual\": \"100\", \"unit\": \"%\"},\n"
    "   {\"name\": \"\xE8\xAE\xBE\xE5\xA4\x87\xE9\x87\x87\xE8\xB4\xAD\xE5\x8F\x8A\xE6\x97\xB6\xE6\x80\xA7\", \"actual\": \"achieved\"},\n"
    "   {\"name\": \"\xE8\xAE\xBE\xE5\xA4\x87\xE7\xBB\xB4\xE6\x8A\xA4\xE6\x88\x90\xE6\x9C\xAC\", \"actual\": \"flat\"},\n"
    "   {\"name\": \"\xE8\xAE\xBE\xE5\xA4\x87\xE4\xBD\xBF\xE7\x94\xA8\xE7\x8E\x87\", \"actual\": \"100\", \"unit\": \"%\"},\n"
    "   {\"name\": \"\xE6\xB3\x95\xE9\x99\xA2\xE5\x8A\x9E\xE6\xA1\x88\xE6\x95\x88\xE7\x8E\x87\", \"actual\": \"up\"},\n"
    "   {\"name\": \"\xE5\x8A\x9E\xE6\xA1\x88\xE5\x9C\xBA\xE6\x89\x80\xE5\xAE\x89\xE5\x85\xA8\xE6\x80\xA7\", \"actual\": \"up\"},\n"
    "   {\"name\": \"\xE4\xB8\x93\xE7\x94\xA8\xE8\xAE\xBE\xE5\xA4\x87\xE9\x95\xBF\xE6\x95\x88\xE7\xAE\xA1\xE7\x90\x86\xE6\x9C\xBA\xE5\x88\xB6\", \"actual\": \"partial\"},\n"
    "   {\"name\": \"\xE5\x8A\x9E\xE6\xA1\x88\xE4\xBA\xBA\xE5\x91\x98\xE6\xBB\xA1\xE6\x84\x8F\xE5\xBA\xA6\", \"actual\": \"93.5\", \"unit\": \"%\"},\n"
    "   {\"name\": \"\xE4\xB8\x8D\xE5\xAD\x98\xE5\x9C\xA8\xE7\x9A\x84\xE6\x8C\x87\xE6\xA0\x87\", \"actual\": \"1\"}\n" /* 不存在的指标 */
    "  ]},\n"
    " {\"project\": \"\xE4\xB8\x8D\xE5\xAD\x98\xE5\x9C\xA8\xE7\x9A\x84\xE9\xA1\xB9\xE7\x9B\xAE\", \"indicators\": []}\n" /* 不存在的项目 */
    "]}\n";

static const char *score_text(const jx_score_report *r, size_t i, jx_score_field f) {
  const char *out = "(failed)";
  if (jx_score_report_text(r, i, f, &out) != JX_OK) return "(failed)";
  return out;
}

static int has_code(const jx_diagnostics *list, const char *code) {
  size_t count = 0, i;
  if (jx_diagnostics_count(list, &count) != JX_OK) return 0;
  for (i = 0; i < count; ++i) {
    const jx_diagnostic *d = NULL;
    const char *c = NULL;
    if (jx_diagnostics_get(list, i, &d) == JX_OK && jx_diagnostic_code(d, &c) == JX_OK && strcmp(c, code) == 0) return 1;
  }
  return 0;
}

void test_scoring(void) {
  jx_document *doc = NULL;
  jx_actuals *actuals = NULL;
  jx_score_report *report = NULL;
  jx_score_options options = JX_SCORE_OPTIONS_INIT, from_init;
  const jx_diagnostics *diagnostics = NULL;
  const char *text = NULL;
  size_t count = 0, length = 0;
  char *out = NULL;
  jx_error err;

  jx_score_options_init(&from_init);
  CHECK(from_init.struct_size == sizeof(jx_score_options) && options.struct_size == sizeof(jx_score_options));
  CHECK(from_init.reverse_formula == JX_REVERSE_RATIO && options.reverse_formula == JX_REVERSE_RATIO);
  {
    /* every decimal member is NULL (the defaults) in both */
    const char *const *a = &from_init.budget_weight, *const *b = &options.budget_weight;
    size_t i;
    for (i = 0; i < 4; ++i) CHECK(a[i] == NULL && b[i] == NULL);
    a = &from_init.achieved_low;
    b = &options.achieved_low;
    for (i = 0; i < 14; ++i) CHECK(a[i] == NULL && b[i] == NULL);
    CHECK(&options.achieved_low + 13 == &options.budget_rate_warning);
  }
  jx_score_options_init(NULL);

  CHECK_OK(jx_document_read_file(CORPUS, NULL, &doc, NULL));
  CHECK_OK(jx_actuals_read(actuals_json, JX_NUL_TERMINATED, "inline.json", &actuals, &err));
  if (doc == NULL || actuals == NULL) {
    jx_document_free(doc);
    jx_actuals_free(actuals);
    return;
  }

  /* Defaults. */
  CHECK_OK(jx_score(doc, actuals, NULL, &report, &err));
  CHECK_OK(jx_score_report_count(report, &count));
  CHECK(count == 7); /* one per declaration of the document */
  CHECK_STR(score_text(report, 0, JX_SCORE_PROJECT),
            "\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0");
  CHECK_STR(score_text(report, 0, JX_SCORE_BUDGET_RATE), "0.9700");
  CHECK_STR(score_text(report, 0, JX_SCORE_BUDGET_SCORE), "9.70");
  CHECK_STR(score_text(report, 0, JX_SCORE_TOTAL), "97.08"); /* the sum of the printed rows */
  CHECK_STR(score_text(report, 0, JX_SCORE_GRADE), "\xE4\xBC\x98"); /* 优 */
  CHECK_STATUS(jx_score_report_text(report, 7, JX_SCORE_TOTAL, &text), JX_ERANGE);
  CHECK_STATUS(jx_score_report_text(report, 0, (jx_score_field)9, &text), JX_EINVAL);

  /* Nothing dropped: the unknown indicator and project, the unscored declarations. */
  CHECK_OK(jx_score_report_diagnostics(report, &diagnostics));
  CHECK(has_code(diagnostics, "SCORE_ACTUAL_UNMATCHED"));
  CHECK(has_code(diagnostics, "SCORE_DECLARATION_UNMATCHED"));
  CHECK(has_code(diagnostics, "SCORE_DECLARATION_MISSING") || has_code(diagnostics, "SCORE_ACTUAL_MISSING"));

  /* Renderings. */
  CHECK_OK(jx_score_report_write(report, JX_FORMAT_JSON, 0, &out, &length));
  CHECK(length == strlen(out));
  CHECK_CONTAINS(out, "jixiao.score/1");
  CHECK_CONTAINS(out, "\"97.08\"");
  jx_string_free(out);
  CHECK_OK(jx_score_report_write(report, JX_FORMAT_JSON, JX_WRITE_PRETTY, &out, NULL));
  CHECK(strchr(out, '\n') != NULL);
  jx_string_free(out);
  CHECK_OK(jx_score_report_write(report, JX_FORMAT_TEXT, 0, &out, NULL));
  CHECK_CONTAINS(out, "\xE5\x81\x8F\xE5\xB7\xAE\xE5\x8E\x9F\xE5\x9B\xA0"); /* 偏差原因 */
  CHECK_CONTAINS(out, "97.08");
  jx_string_free(out);
  CHECK_OK(jx_score_report_write(report, JX_FORMAT_MARKDOWN, 0, &out, NULL));
  CHECK_CONTAINS(out, "|");
  CHECK_CONTAINS(out, "97.08");
  jx_string_free(out);
  CHECK_OK(jx_score_report_write(report, JX_FORMAT_CSV, 0, &out, NULL));
  CHECK_CONTAINS(out, "97.08");
  jx_string_free(out);
  out = NULL;
  CHECK_STATUS(jx_score_report_write(report, JX_FORMAT_AUTO, 0, &out, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score_report_write(report, JX_FORMAT_JSON, 4, &out, NULL), JX_EINVAL);
  CHECK(out == NULL);
  jx_score_report_free(report);
  report = NULL;

  /* Options: partial gives 0.60 of its weight instead of 0.70 (0.10 × 7.5 = 0.75
   * less, and 5.25 → 4.50 printed: 97.08 − 0.75 = 96.33), and 优 needs 98 (→ 良). */
  options.partial_default = "0.60";
  options.grade_excellent = "98";
  CHECK_OK(jx_score(doc, actuals, &options, &report, NULL));
  CHECK_STR(score_text(report, 0, JX_SCORE_TOTAL), "96.33");
  CHECK_STR(score_text(report, 0, JX_SCORE_GRADE), "\xE8\x89\xAF"); /* 良 */
  jx_score_report_free(report);
  report = NULL;
  /* Budget weight 20 instead of 10: 0.97 × 20 = 19.40; 总分 96.33 − 9.70 + 19.40 = 106.03. */
  options.budget_weight = "20";
  CHECK_OK(jx_score(doc, actuals, &options, &report, NULL));
  CHECK_STR(score_text(report, 0, JX_SCORE_BUDGET_SCORE), "19.40");
  CHECK_STR(score_text(report, 0, JX_SCORE_TOTAL), "106.03");
  jx_score_report_free(report);
  report = NULL;
  jx_score_options_init(&options);

  /* Bad options: not a decimal, a default outside its band, an unknown formula. */
  options.overshoot_threshold = "1.3x";
  CHECK_STATUS(jx_score(doc, actuals, &options, &report, &err), JX_EPARSE);
  CHECK_CONTAINS(err.message, "overshoot_threshold");
  CHECK(report == NULL);
  jx_score_options_init(&options);
  options.partial_default = "0.90";
  CHECK_STATUS(jx_score(doc, actuals, &options, &report, &err), JX_EINVAL);
  jx_score_options_init(&options);
  options.reverse_formula = (jx_reverse_formula)7;
  CHECK_STATUS(jx_score(doc, actuals, &options, &report, &err), JX_EINVAL);
  jx_score_options_init(&options);
  options.reverse_formula = JX_REVERSE_LINEAR;
  CHECK_OK(jx_score(doc, actuals, &options, &report, NULL));
  jx_score_report_free(report);
  report = NULL;
  options.struct_size = 1;
  CHECK_STATUS(jx_score(doc, actuals, &options, &report, &err), JX_EINVAL);

  /* Actuals that cannot be read. */
  {
    jx_actuals *bad = NULL;
    CHECK_STATUS(jx_actuals_read("{\"format\": \"jixiao.actuals/1\",\n \"declarations\": [}", JX_NUL_TERMINATED,
                                 "broken.json", &bad, &err),
                 JX_EPARSE);
    CHECK(err.line == 2);
    CHECK_CONTAINS(err.message, "broken.json");
    CHECK(bad == NULL);
    CHECK_STATUS(jx_actuals_read("{\"format\": \"jixiao.document/1\", \"declarations\": []}", JX_NUL_TERMINATED, NULL,
                                 &bad, &err),
                 JX_EFORMAT);
    CHECK_STATUS(jx_actuals_read_file(JIXIAO_TEST_DATA "/no-such-actuals.json", &bad, &err), JX_EIO);
    CHECK_CONTAINS(err.message, "no-such-actuals.json");
    CHECK(bad == NULL);
  }

  /* NULL arguments. */
  CHECK_STATUS(jx_actuals_read(NULL, 0, NULL, &actuals, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read("{}", 2, NULL, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read_file(NULL, &actuals, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read_file("x.json", NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score(NULL, actuals, NULL, &report, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score(doc, NULL, NULL, &report, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score(doc, actuals, NULL, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score_report_count(NULL, &count), JX_EINVAL);
  CHECK_STATUS(jx_score_report_text(NULL, 0, JX_SCORE_TOTAL, &text), JX_EINVAL);
  CHECK_STATUS(jx_score_report_diagnostics(NULL, &diagnostics), JX_EINVAL);
  CHECK_STATUS(jx_score_report_write(NULL, JX_FORMAT_JSON, 0, &out, NULL), JX_EINVAL);
  jx_actuals_free(NULL);
  jx_score_report_free(NULL);

  jx_actuals_free(actuals);
  jx_document_free(doc);
}

/* Published 自评表, the 决算 summary, grade schemes and the fill-in template through
 * the C ABI (issue 17). The Hongkou document publishes no 得分: its check finds
 * nothing (no false alarm), and scored as published (no actuals: every row 0) its 7
 * projects are 差 / 不合格 over Σ 年度资金申请总额 3,337.8615 万元. */
static const char template_header[] =
    "\xEF\xBB\xBF" "\xE9\xA1\xB9\xE7\x9B\xAE\xE5\x90\x8D\xE7\xA7\xB0,\xE4\xB8\x80\xE7\xBA\xA7\xE6\x8C\x87\xE6\xA0\x87,\xE4\xBA\x8C\xE7\xBA\xA7\xE6\x8C\x87\xE6\xA0\x87,\xE4\xB8\x89\xE7\xBA\xA7\xE6\x8C\x87\xE6\xA0\x87,\xE5\xB9\xB4\xE5\xBA\xA6\xE6\x8C\x87\xE6\xA0\x87\xE5\x80\xBC,\xE5\xAE\x9E\xE9\x99\x85\xE5\xAE\x8C\xE6\x88\x90\xE5\x80\xBC,\xE5\x88\x86\xE5\x80\xBC,\xE5\x81\x8F\xE5\xB7\xAE\xE5\x8E\x9F\xE5\x9B\xA0\xE5\x88\x86\xE6\x9E\x90\xE5\x8F\x8A\xE6\x94\xB9\xE8\xBF\x9B\xE6\x8E\xAA\xE6\x96\xBD,\xE5\x85\xA8\xE5\xB9\xB4\xE9\xA2\x84\xE7\xAE\x97\xE6\x95\xB0,\xE5\x85\xA8\xE5\xB9\xB4\xE6\x89\xA7\xE8\xA1\x8C\xE6\x95\xB0\r\n";
static const char filled_rows[] =
    "\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0,\xE9\xA2\x84\xE7\xAE\x97\xE6\x89\xA7\xE8\xA1\x8C\xE7\x8E\x87,,\xE5\xB9\xB4\xE5\xBA\xA6\xE8\xB5\x84\xE9\x87\x91\xE6\x80\xBB\xE9\xA2\x9D,,,,,300000.00,291000.00\r\n"
    "\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0,\xE4\xBA\xA7\xE5\x87\xBA\xE6\x8C\x87\xE6\xA0\x87,\xE6\x95\xB0\xE9\x87\x8F\xE6\x8C\x87\xE6\xA0\x87,\xE6\xB3\x95\xE8\xAD\xA6\xE8\xAE\xBE\xE5\xA4\x87\xE9\x87\x87\xE8\xB4\xAD\xE5\xAE\x8C\xE6\x88\x90\xE7\x8E\x87,=100.00(%),95%,,,,\r\n";
static const char bad_row[] =
    "\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0,\xE4\xBA\xA7\xE5\x87\xBA\xE6\x8C\x87\xE6\xA0\x87,\xE6\x95\xB0\xE9\x87\x8F\xE6\x8C\x87\xE6\xA0\x87,\xE6\xB3\x95\xE8\xAD\xA6\xE8\xAE\xBE\xE5\xA4\x87\xE9\x87\x87\xE8\xB4\xAD\xE5\xAE\x8C\xE6\x88\x90\xE7\x8E\x87,=100.00(%),\xE7\xBA\xA6" "90,,,,\r\n";

void test_selfeval(void) {
  jx_document *doc = NULL;
  jx_diagnostics *found = NULL;
  jx_score_report *reports[2] = {NULL, NULL};
  jx_score_options options = JX_SCORE_OPTIONS_INIT, from_init;
  jx_selfeval_summary summary;
  jx_actuals *actuals = NULL;
  char *csv = NULL;
  char filled[2048];
  size_t count = 99, length = 0;
  jx_error err;

  jx_score_options_init(&from_init);
  CHECK(options.grade_scheme == JX_GRADES_NATIONAL && from_init.grade_scheme == JX_GRADES_NATIONAL);
  CHECK_OK(jx_document_read_file(CORPUS, NULL, &doc, NULL));
  if (doc == NULL) return;

  /* Checking: nothing published, nothing found. */
  CHECK_OK(jx_selfeval_check(doc, NULL, &found, &err));
  CHECK_OK(jx_diagnostics_count(found, &count));
  CHECK(count == 0);
  jx_diagnostics_free(found);
  found = NULL;
  options.grade_scheme = (jx_grade_scheme)9;
  CHECK_STATUS(jx_selfeval_check(doc, &options, &found, &err), JX_EINVAL);
  CHECK_CONTAINS(err.message, "grade_scheme");
  CHECK(found == NULL);
  CHECK_STATUS(jx_selfeval_check(NULL, NULL, &found, NULL), JX_EINVAL);
  CHECK_STATUS(jx_selfeval_check(doc, NULL, NULL, NULL), JX_EINVAL);

  /* Scored as published, national and shanghai words; the summary of both reports. */
  jx_score_options_init(&options);
  CHECK_OK(jx_score_published(doc, &options, &reports[0], &err));
  options.grade_scheme = JX_GRADES_SHANGHAI;
  CHECK_OK(jx_score_published(doc, &options, &reports[1], &err));
  CHECK_STR(score_text(reports[0], 0, JX_SCORE_GRADE), "\xE5\xB7\xAE");
  CHECK_STR(score_text(reports[1], 0, JX_SCORE_GRADE), "\xE4\xB8\x8D\xE5\x90\x88\xE6\xA0\xBC");
  CHECK_STR(score_text(reports[1], 6, JX_SCORE_TOTAL), "0.00");
  CHECK_OK(jx_selfeval_summarize((const jx_score_report *const *)reports, 2, &summary));
  CHECK(summary.projects == 14);
  CHECK_STR(summary.budget_wan, "6675.723000"); /* 2 × 3337.8615 */
  CHECK_STR(summary.average, "0.00");
  CHECK(summary.excellent == 0 && summary.good == 0 && summary.pass == 0 && summary.fail == 14);
  CHECK_OK(jx_selfeval_summarize(NULL, 0, &summary));
  CHECK(summary.projects == 0);
  CHECK_STR(summary.average, "");
  CHECK_STR(summary.budget_wan, "0.000000");
  CHECK_STATUS(jx_selfeval_summarize(NULL, 1, &summary), JX_EINVAL);
  CHECK_STATUS(jx_selfeval_summarize((const jx_score_report *const *)reports, 1, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score_published(NULL, NULL, &reports[0], NULL), JX_EINVAL);
  jx_score_report_free(reports[0]);
  jx_score_report_free(reports[1]);

  /* The template: BOM, header, the first project's budget row with 全年预算数 printed. */
  CHECK_OK(jx_score_template_write(doc, JX_FORMAT_CSV, &csv, &length));
  if (csv != NULL) {
    CHECK(length == strlen(csv));
    CHECK(strncmp(csv, template_header, strlen(template_header)) == 0);
    CHECK_CONTAINS(csv, "\r\n\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0,\xE9\xA2\x84\xE7\xAE\x97\xE6\x89\xA7\xE8\xA1\x8C\xE7\x8E\x87,,\xE5\xB9\xB4\xE5\xBA\xA6\xE8\xB5\x84\xE9\x87\x91\xE6\x80\xBB\xE9\xA2\x9D,,,,,300000.00,\r\n");
    CHECK_CONTAINS(csv, "\r\n\xE4\xB8\x93\xE4\xB8\x9A\xE8\xAE\xBE\xE5\xA4\x87\xE8\xB4\xAD\xE7\xBD\xAE\xE5\x8F\x8A\xE6\x9B\xB4\xE6\x96\xB0,\xE4\xBA\xA7\xE5\x87\xBA\xE6\x8C\x87\xE6\xA0\x87,\xE6\x95\xB0\xE9\x87\x8F\xE6\x8C\x87\xE6\xA0\x87,\xE6\xB3\x95\xE8\xAD\xA6\xE8\xAE\xBE\xE5\xA4\x87\xE9\x87\x87\xE8\xB4\xAD\xE5\xAE\x8C\xE6\x88\x90\xE7\x8E\x87,=100.00(%),,,,,\r\n");
  }
  jx_string_free(csv);
  CHECK_STATUS(jx_score_template_write(doc, JX_FORMAT_JSON, &csv, NULL), JX_EINVAL);
  CHECK_STATUS(jx_score_template_write(NULL, JX_FORMAT_CSV, &csv, NULL), JX_EINVAL);
  CHECK(jx_score_template_xlsx_supported() == 1); /* bootstrap installs libxlsxwriter */
  CHECK_OK(jx_score_template_write_file(doc, JX_FORMAT_XLSX, JIXIAO_BINARY_DIR "/capi-template.xlsx", &err));
  CHECK_OK(jx_score_template_write_file(doc, JX_FORMAT_CSV, JIXIAO_BINARY_DIR "/capi-template.csv", &err));
  CHECK_STATUS(jx_score_template_write_file(doc, JX_FORMAT_CSV, JIXIAO_BINARY_DIR "/no/such/dir/t.csv", &err), JX_EIO);
  CHECK_STATUS(jx_score_template_write_file(doc, JX_FORMAT_TEXT, JIXIAO_BINARY_DIR "/t.txt", &err), JX_EINVAL);

  /* Filled and read back: the budget row and one figure, scored as from JSON. */
  snprintf(filled, sizeof filled, "%s%s", template_header, filled_rows);
  CHECK_OK(jx_actuals_read_template(doc, filled, JX_NUL_TERMINATED, "filled.csv", &actuals, &err));
  if (actuals != NULL) {
    jx_score_report *report = NULL;
    CHECK_OK(jx_score(doc, actuals, NULL, &report, &err));
    CHECK_STR(score_text(report, 0, JX_SCORE_BUDGET_RATE), "0.9700");
    CHECK_STR(score_text(report, 0, JX_SCORE_BUDGET_SCORE), "9.70");
    CHECK_STR(score_text(report, 0, JX_SCORE_TOTAL), "16.49"); /* 9.70 + 95/100 × 50/7 = 6.79 */
    jx_score_report_free(report);
  }
  jx_actuals_free(actuals);
  actuals = NULL;
  snprintf(filled, sizeof filled, "%s%s", template_header, bad_row);
  CHECK_STATUS(jx_actuals_read_template(doc, filled, JX_NUL_TERMINATED, "bad.csv", &actuals, &err), JX_EPARSE);
  CHECK_CONTAINS(err.message, "line 2, column F: \xE3\x80\x8C\xE7\xBA\xA6" "90\xE3\x80\x8D\xE4\xB8\x8D\xE6\x98\xAF\xE6\x95\xB0\xE5\x80\xBC");
  CHECK(actuals == NULL);
  CHECK_STATUS(jx_actuals_read_template(doc, "a,b\r\n", JX_NUL_TERMINATED, NULL, &actuals, &err), JX_EFORMAT);
  CHECK_STATUS(jx_actuals_read_template(NULL, filled, JX_NUL_TERMINATED, NULL, &actuals, NULL), JX_EINVAL);
  CHECK_STATUS(jx_actuals_read_template(doc, NULL, 0, NULL, &actuals, NULL), JX_EINVAL);

  jx_document_free(doc);
}
