/* SPDX-License-Identifier: Apache-2.0 */
/* A tiny check framework for the C tests: every CHECK counts, failures print the
 * expression and, for statuses, the library's last error. */
#ifndef JIXIAO_TEST_CHECK_H
#define JIXIAO_TEST_CHECK_H

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "jixiao.h"

extern int check_count;
extern int check_failures;

#define CHECK(cond)                                                              \
  do {                                                                           \
    ++check_count;                                                               \
    if (!(cond)) {                                                               \
      ++check_failures;                                                          \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);  \
    }                                                                            \
  } while (0)

#define CHECK_STATUS(expr, expected)                                             \
  do {                                                                           \
    jx_status check_s_ = (expr);                                                 \
    ++check_count;                                                               \
    if (check_s_ != (expected)) {                                                \
      ++check_failures;                                                          \
      fprintf(stderr, "%s:%d: %s gave %s, expected %s (last error: %s)\n",      \
              __FILE__, __LINE__, #expr, jx_status_name(check_s_),               \
              jx_status_name(expected), jx_last_error()->message);               \
    }                                                                            \
  } while (0)

#define CHECK_OK(expr) CHECK_STATUS(expr, JX_OK)

/* Both NULL, or both strings and equal. */
#define CHECK_STR(actual, expected)                                              \
  do {                                                                           \
    const char *check_a_ = (actual);                                             \
    const char *check_e_ = (expected);                                           \
    ++check_count;                                                               \
    if (!((check_a_ == NULL && check_e_ == NULL) ||                              \
          (check_a_ != NULL && check_e_ != NULL && strcmp(check_a_, check_e_) == 0))) { \
      ++check_failures;                                                          \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__,       \
              __LINE__, #actual, check_a_ ? check_a_ : "(null)",                  \
              check_e_ ? check_e_ : "(null)");                                   \
    }                                                                            \
  } while (0)

#define CHECK_CONTAINS(haystack, needle)                                         \
  do {                                                                           \
    const char *check_h_ = (haystack);                                           \
    ++check_count;                                                               \
    if (check_h_ == NULL || strstr(check_h_, (needle)) == NULL) {                \
      ++check_failures;                                                          \
      fprintf(stderr, "%s:%d: %s does not contain \"%s\"\n", __FILE__, __LINE__, \
              #haystack, (needle));                                              \
    }                                                                            \
  } while (0)

int check_report(const char *program);

/* The test groups (one file each), run by capi_test.c's main. */
void test_version_and_errors(void);
void test_money(void);
void test_targets(void);
void test_documents(void);
void test_validation(void);
void test_scoring(void);
/* The 0.x additions (capi_parity_test.c). */
void test_lengths(void);
void test_formats(void);
void test_actuals_options(void);
void test_reader(void);
void test_columns(void);
void test_selfeval(void);

/* Helpers shared by the groups (capi_test.c). */
char *read_whole_file(const char *path, size_t *length);
jx_money fen(int64_t value);

#endif
