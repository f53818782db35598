/* SPDX-License-Identifier: Apache-2.0 */
/* Reads a declaration document (the published text layout or jixiao JSON) and
 * prints its 汇总表 (one row per declaration, a total row with exact sums), then
 * the review's findings per severity.
 *
 *   summary FILE [text|markdown|csv|json]
 *
 * Exit status: 0 success, 1 the review found errors, 2 the file could not be read. */
#include <stdio.h>
#include <string.h>

#include <jixiao.h>

static jx_format format_named(const char *name) {
  if (strcmp(name, "markdown") == 0) return JX_FORMAT_MARKDOWN;
  if (strcmp(name, "csv") == 0) return JX_FORMAT_CSV;
  if (strcmp(name, "json") == 0) return JX_FORMAT_JSON;
  return JX_FORMAT_TEXT;
}

int main(int argc, char **argv) {
  jx_document *document = NULL;
  jx_diagnostics *findings = NULL;
  jx_error error;
  jx_money total;
  char total_text[64];
  char *summary = NULL;
  size_t declarations = 0, errors = 0, warnings = 0;
  int status = 0;

  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE [text|markdown|csv|json]\n", argv[0]);
    return 2;
  }
  if (jx_version_number() / 100 != JX_VERSION_NUMBER / 100) {
    fprintf(stderr, "libjixiao %s does not match jixiao.h %s\n", jx_version_string(), JX_VERSION_STRING);
    return 2;
  }
  /* Every call returns a status; the jx_error says where and why. */
  if (jx_document_read_file(argv[1], NULL, &document, &error) != JX_OK) {
    fprintf(stderr, "%s\n", error.message);
    return 2;
  }
  if (jx_document_summary(document, format_named(argc > 2 ? argv[2] : "text"), 0, &summary, NULL) != JX_OK ||
      jx_document_declaration_count(document, &declarations) != JX_OK ||
      jx_document_funds_total(document, JX_FUNDS_TOTAL, &total) != JX_OK ||
      jx_money_format(total, JX_MONEY_THOUSANDS, total_text, sizeof total_text, NULL) != JX_OK ||
      jx_validate(document, NULL, &findings, &error) != JX_OK ||
      jx_diagnostics_count_severity(findings, JX_SEVERITY_ERROR, &errors) != JX_OK ||
      jx_diagnostics_count_severity(findings, JX_SEVERITY_WARNING, &warnings) != JX_OK) {
    fprintf(stderr, "%s\n", jx_last_error()->message);
    status = 2;
  } else {
    fputs(summary, stdout);
    printf("\n%zu declarations, 项目资金总额 %s 元; review: %zu errors, %zu warnings\n", declarations, total_text,
           errors, warnings);
    status = errors > 0 ? 1 : 0;
  }
  jx_string_free(summary); /* never free(): the library's allocator */
  jx_diagnostics_free(findings);
  jx_document_free(document);
  return status;
}
