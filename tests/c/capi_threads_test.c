/* SPDX-License-Identifier: Apache-2.0 */
/* Several threads parse and fail at once: each sees its own jx_last_error, and a
 * document shared between them reads the same everywhere. Run under TSan by the
 * tsan preset (label "concurrency"). */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "jixiao.h"

#define THREADS 4
#define ROUNDS 2000
#define CORPUS JIXIAO_TEST_DATA "/corpus/hongkou-court-2024.txt"

typedef struct job {
  int id;
  const jx_document *shared;
  int failures;
} job;

static void *work(void *arg) {
  job *j = (job *)arg;
  char bad[32];
  int round;
  /* Thread k's bad amount fails at byte k + 1: "1", "11", ... then 'x'. */
  memset(bad, '1', (size_t)j->id + 1);
  bad[j->id + 1] = 'x';
  bad[j->id + 2] = '\0';
  for (round = 0; round < ROUNDS; ++round) {
    jx_money m;
    jx_target *t = NULL;
    const jx_error *last;
    size_t count = 0;
    if (jx_money_parse(bad, JX_NUL_TERMINATED, &m, NULL) != JX_EPARSE) ++j->failures;
    /* Other threads fail meanwhile: this thread's last error stays its own. */
    if (jx_money_parse("1,000.00", JX_NUL_TERMINATED, &m, NULL) != JX_OK || m.fen != 100000) ++j->failures;
    if (jx_target_parse("\xE2\x89\xA5" "90.00(%)", JX_NUL_TERMINATED, &t, NULL) != JX_OK) ++j->failures;
    jx_target_free(t);
    last = jx_last_error();
    if (last->code != JX_EPARSE || last->offset != (uint64_t)j->id + 1) {
      ++j->failures;
      fprintf(stderr, "thread %d round %d: last error %d at %llu: %s\n", j->id, round, last->code,
              (unsigned long long)last->offset, last->message);
    }
    /* Thread-specific NULL failures. */
    if (j->id % 2 == 0) {
      if (jx_document_declaration_count(NULL, &count) != JX_EINVAL || jx_last_error()->code != JX_EINVAL) ++j->failures;
    } else {
      const jx_declaration *d = NULL;
      if (jx_document_declaration(j->shared, 99, &d) != JX_ERANGE || jx_last_error()->code != JX_ERANGE) ++j->failures;
    }
    /* Borrowed views of a shared document, first touched by several threads at once. */
    if (round < 8) {
      size_t decl = (size_t)(round % 7), n = 0;
      const jx_declaration *d = NULL;
      const jx_indicator *ind = NULL;
      const char *name = NULL;
      if (jx_document_declaration(j->shared, decl, &d) != JX_OK || jx_declaration_indicator_count(d, &n) != JX_OK ||
          n == 0 || jx_declaration_indicator(d, n - 1, &ind) != JX_OK ||
          jx_indicator_text(ind, JX_INDICATOR_NAME, &name) != JX_OK || strlen(name) == 0) {
        ++j->failures;
      }
    }
    jx_error_clear();
  }
  return NULL;
}

int main(void) {
  pthread_t threads[THREADS];
  job jobs[THREADS];
  jx_document *doc = NULL;
  int i, failures = 0;
  if (jx_document_read_file(CORPUS, NULL, &doc, NULL) != JX_OK) {
    fprintf(stderr, "cannot read %s: %s\n", CORPUS, jx_last_error()->message);
    return 1;
  }
  for (i = 0; i < THREADS; ++i) {
    jobs[i].id = i;
    jobs[i].shared = doc;
    jobs[i].failures = 0;
    if (pthread_create(&threads[i], NULL, work, &jobs[i]) != 0) return 1;
  }
  for (i = 0; i < THREADS; ++i) {
    pthread_join(threads[i], NULL);
    failures += jobs[i].failures;
  }
  jx_document_free(doc);
  if (failures != 0) {
    fprintf(stderr, "capi_threads: %d failures\n", failures);
    return 1;
  }
  printf("capi_threads: %d threads x %d rounds, each with its own last error\n", THREADS, ROUNDS);
  return 0;
}
