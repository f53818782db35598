/* SPDX-License-Identifier: Apache-2.0 */
/* The C ABI as a C program sees it (compiled as C99 and as C11): every function,
 * its error paths and NULL arguments, checked against the Hongkou document's golden
 * reading (tests/data/golden) and the spec's figures. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "jixiao.h"

#ifndef JIXIAO_TEST_DATA
#error "JIXIAO_TEST_DATA must name tests/data"
#endif


/* ---- helpers --------------------------------------------------------------- */

char *read_whole_file(const char *path, size_t *length) {
  FILE *f = fopen(path, "rb");
  char *bytes;
  long size;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  size = ftell(f);
  fseek(f, 0, SEEK_SET);
  bytes = (char *)malloc((size_t)size + 1);
  if (bytes != NULL && fread(bytes, 1, (size_t)size, f) != (size_t)size) {
    free(bytes);
    bytes = NULL;
  }
  fclose(f);
  if (bytes != NULL) {
    bytes[size] = '\0';
    *length = (size_t)size;
  }
  return bytes;
}

jx_money fen(int64_t value) {
  jx_money m;
  m.fen = value;
  return m;
}

/* ---- version, status, errors ---------------------------------------------- */

void test_version_and_errors(void) {
  const jx_error *last;
  jx_error err;
  jx_money m;
  CHECK(jx_version_number() == JX_VERSION_NUMBER);
  CHECK(JX_VERSION_NUMBER == JX_VERSION_MAJOR * 10000 + JX_VERSION_MINOR * 100 + JX_VERSION_PATCH);
  CHECK_STR(jx_version_string(), JX_VERSION_STRING);

  /* Pinned values. */
  CHECK(JX_OK == 0 && JX_EINVAL == -1 && JX_EPARSE == -2 && JX_EOVERFLOW == -3 && JX_ELIMIT == -4);
  CHECK(JX_EIO == -5 && JX_EFORMAT == -6 && JX_ENOMEM == -7 && JX_EBUFS == -8 && JX_ERANGE == -9);
  CHECK(JX_EINTERNAL == -10);
  CHECK_STR(jx_status_name(JX_OK), "JX_OK");
  CHECK_STR(jx_status_name(JX_EINVAL), "JX_EINVAL");
  CHECK_STR(jx_status_name(JX_EPARSE), "JX_EPARSE");
  CHECK_STR(jx_status_name(JX_EOVERFLOW), "JX_EOVERFLOW");
  CHECK_STR(jx_status_name(JX_ELIMIT), "JX_ELIMIT");
  CHECK_STR(jx_status_name(JX_EIO), "JX_EIO");
  CHECK_STR(jx_status_name(JX_EFORMAT), "JX_EFORMAT");
  CHECK_STR(jx_status_name(JX_ENOMEM), "JX_ENOMEM");
  CHECK_STR(jx_status_name(JX_EBUFS), "JX_EBUFS");
  CHECK_STR(jx_status_name(JX_ERANGE), "JX_ERANGE");
  CHECK_STR(jx_status_name(JX_EINTERNAL), "JX_EINTERNAL");
  CHECK_STR(jx_status_name(-999), "JX_UNKNOWN");
  CHECK_STR(jx_status_name(5), "JX_UNKNOWN");

  jx_error_clear();
  last = jx_last_error();
  CHECK(last != NULL);
  CHECK(last->code == JX_OK);
  CHECK_STR(last->message, "");
  CHECK(last->offset == JX_NO_OFFSET);

  /* A failure fills both the per-call struct and the thread's last error. */
  CHECK_STATUS(jx_money_parse("12..5", JX_NUL_TERMINATED, &m, &err), JX_EPARSE);
  CHECK(err.code == JX_EPARSE);
  CHECK(err.offset == 3);
  CHECK(strlen(err.expected) > 0);
  CHECK(strlen(err.message) > 0);
  last = jx_last_error();
  CHECK(last->code == JX_EPARSE);
  CHECK(last->offset == 3);
  CHECK_STR(last->message, err.message);

  /* Success resets the per-call struct but leaves the last error alone. */
  CHECK_OK(jx_money_parse("1.00", JX_NUL_TERMINATED, &m, &err));
  CHECK(err.code == JX_OK);
  CHECK_STR(err.message, "");
  CHECK(jx_last_error()->code == JX_EPARSE);
  jx_error_clear();
  CHECK(jx_last_error()->code == JX_OK);

  /* The message is cut at a character boundary: a long Chinese target's error fits. */
  CHECK(sizeof(err.message) == JX_ERROR_MESSAGE_SIZE);
  CHECK(sizeof(err.expected) == JX_ERROR_EXPECTED_SIZE);

  jx_string_free(NULL);
}

/* ---- money ------------------------------------------------------------------- */

static void check_format(jx_money m, jx_money_style style, const char *expected) {
  char buf[256];
  char *allocated = NULL;
  size_t needed = 0;
  CHECK_OK(jx_money_format(m, style, buf, sizeof buf, &needed));
  CHECK_STR(buf, expected);
  CHECK(needed == strlen(expected) + 1);
  CHECK_OK(jx_money_format_alloc(m, style, &allocated));
  CHECK_STR(allocated, expected);
  jx_string_free(allocated);
}

void test_money(void) {
  jx_money m, sum;
  jx_error err;
  char buf[64];
  size_t needed = 0;
  jx_money items[3];

  /* Parsing every form of money.md. */
  CHECK_OK(jx_money_parse("12,780,000.00", JX_NUL_TERMINATED, &m, NULL));
  CHECK(m.fen == 1278000000);
  CHECK_OK(jx_money_parse("12780000", JX_NUL_TERMINATED, &m, NULL));
  CHECK(m.fen == 1278000000);
  CHECK_OK(jx_money_parse("-1,234.50", JX_NUL_TERMINATED, &m, NULL));
  CHECK(m.fen == -123450);
  CHECK_OK(jx_money_parse("\xC2\xA5" "1,409.50", JX_NUL_TERMINATED, &m, NULL)); /* ¥ */
  CHECK(m.fen == 140950);
  CHECK_OK(jx_money_parse("\xEF\xBF\xA5" "1409.5", JX_NUL_TERMINATED, &m, NULL)); /* ￥ */
  CHECK(m.fen == 140950);
  CHECK_OK(jx_money_parse("349.80\xE4\xB8\x87\xE5\x85\x83", JX_NUL_TERMINATED, &m, NULL)); /* 万元 */
  CHECK(m.fen == 349800000);
  CHECK_OK(jx_money_parse("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93", JX_NUL_TERMINATED, &m, NULL)); /* １２３ */
  CHECK(m.fen == 12300);
  /* An explicit length stops before the junk. */
  CHECK_OK(jx_money_parse("100.00xyz", 6, &m, NULL));
  CHECK(m.fen == 10000);
  CHECK_OK(jx_money_parse_wan("89.974000", JX_NUL_TERMINATED, &m, NULL));
  CHECK(m.fen == 89974000);

  /* Malformed amounts are errors with an offset, never 0. */
  m.fen = 777;
  CHECK_STATUS(jx_money_parse("1,2,3", JX_NUL_TERMINATED, &m, &err), JX_EPARSE);
  CHECK(err.offset != JX_NO_OFFSET && err.offset < 5);
  CHECK(m.fen == 777);
  CHECK_STATUS(jx_money_parse("1e5", JX_NUL_TERMINATED, &m, &err), JX_EPARSE);
  CHECK(err.offset == 1);
  CHECK_STATUS(jx_money_parse("", JX_NUL_TERMINATED, &m, &err), JX_EPARSE);
  CHECK(err.offset == 0);
  CHECK_STATUS(jx_money_parse("1.001", JX_NUL_TERMINATED, &m, &err), JX_EPARSE);
  CHECK_STATUS(jx_money_parse_wan("1..2", JX_NUL_TERMINATED, &m, &err), JX_EPARSE);
  CHECK_STATUS(jx_money_parse("99999999999999999999", JX_NUL_TERMINATED, &m, &err), JX_EOVERFLOW);
  CHECK(m.fen == 777);

  /* Conversions. */
  CHECK_OK(jx_money_from_wan("1278", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL));
  CHECK(m.fen == 1278000000);
  CHECK_OK(jx_money_from_wan("0.123456", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL));
  CHECK(m.fen == 123456);
  CHECK_STATUS(jx_money_from_wan("0.1234567", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, &err), JX_EINVAL);
  CHECK(err.code == JX_EINVAL);
  CHECK_CONTAINS(err.message, "0.1234567");
  CHECK_OK(jx_money_from_wan("0.1234567", JX_NUL_TERMINATED, JX_ROUND_HALF_UP, &m, NULL)); /* 1234.567 元 */
  CHECK(m.fen == 123457);
  CHECK_OK(jx_money_from_wan("0.1234567", JX_NUL_TERMINATED, JX_ROUND_DOWN, &m, NULL));
  CHECK(m.fen == 123456);
  CHECK_STATUS(jx_money_from_wan("x", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, &err), JX_EPARSE);
  CHECK_STATUS(jx_money_from_wan("1", JX_NUL_TERMINATED, (jx_rounding)99, &m, &err), JX_EINVAL);
  CHECK_OK(jx_money_from_yuan("12.34", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL));
  CHECK(m.fen == 1234);
  CHECK_STATUS(jx_money_from_yuan("12.345", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL), JX_EINVAL);
  CHECK_OK(jx_money_from_yuan("12.345", JX_NUL_TERMINATED, JX_ROUND_HALF_UP, &m, NULL));
  CHECK(m.fen == 1235);
  CHECK_OK(jx_money_from_yuan("12.345", JX_NUL_TERMINATED, JX_ROUND_HALF_EVEN, &m, NULL));
  CHECK(m.fen == 1234);
  CHECK_OK(jx_money_from_yuan("12.355", JX_NUL_TERMINATED, JX_ROUND_HALF_EVEN, &m, NULL));
  CHECK(m.fen == 1236);
  CHECK_OK(jx_money_from_yuan("-12.345", JX_NUL_TERMINATED, JX_ROUND_HALF_UP, &m, NULL));
  CHECK(m.fen == -1235);
  CHECK_STATUS(jx_money_from_yuan("1", JX_NUL_TERMINATED, (jx_rounding)-1, &m, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_from_yuan("1.2.3", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL), JX_EPARSE);

  /* Checked arithmetic. */
  CHECK_OK(jx_money_add(fen(30000000), fen(1278000000), &m));
  CHECK(m.fen == 1308000000);
  CHECK_STATUS(jx_money_add(fen(INT64_MAX), fen(1), &m), JX_EOVERFLOW);
  CHECK(m.fen == 1308000000);
  CHECK_OK(jx_money_subtract(fen(5), fen(7), &m));
  CHECK(m.fen == -2);
  CHECK_STATUS(jx_money_subtract(fen(INT64_MIN), fen(1), &m), JX_EOVERFLOW);
  items[0] = fen(30000000);
  items[1] = fen(1278000000);
  items[2] = fen(-5);
  CHECK_OK(jx_money_sum(items, 3, &sum));
  CHECK(sum.fen == 1307999995);
  CHECK_OK(jx_money_sum(NULL, 0, &sum));
  CHECK(sum.fen == 0);
  items[0] = fen(INT64_MAX);
  items[1] = fen(1);
  CHECK_STATUS(jx_money_sum(items, 2, &sum), JX_EOVERFLOW);
  CHECK_STATUS(jx_money_sum(NULL, 2, &sum), JX_EINVAL);
  CHECK_OK(jx_money_multiply(fen(30000000), "0.15", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL));
  CHECK(m.fen == 4500000);
  CHECK_STATUS(jx_money_multiply(fen(1), "0.5", JX_NUL_TERMINATED, JX_ROUND_EXACT, &m, NULL), JX_EINVAL);
  CHECK_OK(jx_money_multiply(fen(1), "0.5", JX_NUL_TERMINATED, JX_ROUND_HALF_UP, &m, NULL));
  CHECK(m.fen == 1);
  CHECK_OK(jx_money_multiply(fen(1), "0.5", JX_NUL_TERMINATED, JX_ROUND_HALF_EVEN, &m, NULL));
  CHECK(m.fen == 0);
  CHECK_STATUS(jx_money_multiply(fen(1), "half", JX_NUL_TERMINATED, JX_ROUND_HALF_UP, &m, &err), JX_EPARSE);
  CHECK_STATUS(jx_money_multiply(fen(INT64_MAX), "2", JX_NUL_TERMINATED, JX_ROUND_HALF_UP, &m, &err), JX_EOVERFLOW);
  CHECK(jx_money_compare(fen(1), fen(2)) == -1);
  CHECK(jx_money_compare(fen(2), fen(2)) == 0);
  CHECK(jx_money_compare(fen(3), fen(2)) == 1);
  CHECK(jx_money_compare(fen(INT64_MIN), fen(INT64_MAX)) == -1);

  /* Formatting: the official 大写 examples of money.md. */
  check_format(fen(140950), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE5\xA3\xB9\xE4\xBB\x9F\xE8\x82\x86\xE4\xBD\xB0\xE9\x9B\xB6"
               "\xE7\x8E\x96\xE5\x85\x83\xE4\xBC\x8D\xE8\xA7\x92"); /* 人民币壹仟肆佰零玖元伍角 */
  check_format(fen(600714), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE9\x99\x86\xE4\xBB\x9F\xE9\x9B\xB6\xE6\x9F\x92\xE5\x85\x83"
               "\xE5\xA3\xB9\xE8\xA7\x92\xE8\x82\x86\xE5\x88\x86"); /* 人民币陆仟零柒元壹角肆分 */
  check_format(fen(168032), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE5\xA3\xB9\xE4\xBB\x9F\xE9\x99\x86\xE4\xBD\xB0\xE6\x8D\x8C"
               "\xE6\x8B\xBE\xE5\x85\x83\xE9\x9B\xB6\xE5\x8F\x81\xE8\xA7\x92\xE8\xB4\xB0\xE5\x88\x86"); /* 人民币壹仟陆佰捌拾元零叁角贰分 */
  check_format(fen(10700053), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE5\xA3\xB9\xE6\x8B\xBE\xE4\xB8\x87\xE6\x9F\x92\xE4\xBB\x9F"
               "\xE5\x85\x83\xE9\x9B\xB6\xE4\xBC\x8D\xE8\xA7\x92\xE5\x8F\x81\xE5\x88\x86"); /* 人民币壹拾万柒仟元零伍角叁分 */
  check_format(fen(1640902), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE5\xA3\xB9\xE4\xB8\x87\xE9\x99\x86\xE4\xBB\x9F\xE8\x82\x86"
               "\xE4\xBD\xB0\xE9\x9B\xB6\xE7\x8E\x96\xE5\x85\x83\xE9\x9B\xB6\xE8\xB4\xB0\xE5\x88\x86"); /* 人民币壹万陆仟肆佰零玖元零贰分 */
  check_format(fen(32504), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE5\x8F\x81\xE4\xBD\xB0\xE8\xB4\xB0\xE6\x8B\xBE\xE4\xBC\x8D"
               "\xE5\x85\x83\xE9\x9B\xB6\xE8\x82\x86\xE5\x88\x86"); /* 人民币叁佰贰拾伍元零肆分 */
  check_format(fen(0), JX_MONEY_CHINESE,
               "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81\xE9\x9B\xB6\xE5\x85\x83\xE6\x95\xB4"); /* 人民币零元整 */
  check_format(fen(1278000000), JX_MONEY_PLAIN, "12780000.00");
  check_format(fen(-5), JX_MONEY_PLAIN, "-0.05");
  check_format(fen(1278000000), JX_MONEY_THOUSANDS, "12,780,000.00");
  check_format(fen(3337861500), JX_MONEY_THOUSANDS, "33,378,615.00");
  check_format(fen(1278000000), JX_MONEY_WAN, "1278.000000");
  check_format(fen(140950), JX_MONEY_WAN, "0.140950");

  /* The caller-buffer protocol. */
  CHECK_STATUS(jx_money_format(fen(1278000000), JX_MONEY_THOUSANDS, NULL, 0, &needed), JX_EBUFS);
  CHECK(needed == 14); /* "12,780,000.00" + NUL */
  memset(buf, 'x', sizeof buf);
  CHECK_STATUS(jx_money_format(fen(1278000000), JX_MONEY_THOUSANDS, buf, 13, &needed), JX_EBUFS);
  CHECK(buf[0] == 'x'); /* nothing written */
  CHECK_OK(jx_money_format(fen(1278000000), JX_MONEY_THOUSANDS, buf, 14, NULL));
  CHECK_STR(buf, "12,780,000.00");
  CHECK_STATUS(jx_money_format(fen(1), JX_MONEY_PLAIN, NULL, 10, &needed), JX_EINVAL);
  CHECK_STATUS(jx_money_format(fen(1), (jx_money_style)42, buf, sizeof buf, &needed), JX_EINVAL);
  CHECK_STATUS(jx_money_format_alloc(fen(1), (jx_money_style)42, NULL), JX_EINVAL);
  {
    char *s = NULL;
    CHECK_STATUS(jx_money_format_alloc(fen(1), (jx_money_style)42, &s), JX_EINVAL);
    CHECK(s == NULL);
  }

  /* NULL arguments. */
  CHECK_STATUS(jx_money_parse(NULL, 0, &m, &err), JX_EINVAL);
  CHECK(err.code == JX_EINVAL);
  CHECK_STATUS(jx_money_parse("1", 1, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_parse_wan(NULL, 0, &m, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_parse_wan("1", 1, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_from_wan(NULL, 0, JX_ROUND_EXACT, &m, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_from_wan("1", 1, JX_ROUND_EXACT, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_from_yuan(NULL, 0, JX_ROUND_EXACT, &m, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_from_yuan("1", 1, JX_ROUND_EXACT, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_add(fen(1), fen(1), NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_subtract(fen(1), fen(1), NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_sum(items, 1, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_multiply(fen(1), NULL, 0, JX_ROUND_HALF_UP, &m, NULL), JX_EINVAL);
  CHECK_STATUS(jx_money_multiply(fen(1), "1", 1, JX_ROUND_HALF_UP, NULL, NULL), JX_EINVAL);
}

/* ---- targets ------------------------------------------------------------------- */

static const char *field(const jx_target *t, jx_target_field f) {
  const char *out = NULL;
  if (jx_target_text(t, f, &out) != JX_OK) return "(failed)";
  return out;
}

static void check_verdict(const jx_target *t, const char *actual, const char *unit, jx_verdict expected) {
  jx_evaluation *e = NULL;
  jx_verdict verdict = (jx_verdict)-1;
  const char *reason = NULL;
  CHECK_OK(jx_target_evaluate(t, actual, JX_NUL_TERMINATED, unit, &e, NULL));
  CHECK_OK(jx_evaluation_verdict(e, &verdict));
  if (verdict != expected) fprintf(stderr, "  actual \"%s\" against \"%s\"\n", actual, field(t, JX_TARGET_RAW));
  CHECK(verdict == expected);
  CHECK_OK(jx_evaluation_reason(e, &reason));
  CHECK(reason != NULL);
  jx_evaluation_free(e);
}

void test_targets(void) {
  jx_target *t = NULL;
  jx_target_kind kind;
  jx_compare_op op;
  jx_trend_direction direction;
  jx_trend_basis basis;
  int has_by = -1;
  uint64_t offset = 0;
  char buf[64];
  size_t needed = 0;
  char *s = NULL;
  size_t length = 0;
  const char *text = NULL;
  jx_evaluation *e = NULL;
  jx_verdict verdict;
  jx_error err;

  /* compare */
  CHECK_OK(jx_target_parse("\xE2\x89\xA5" "90.00 (%)", JX_NUL_TERMINATED, &t, NULL)); /* ≥90.00 (%) */
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_COMPARE);
  CHECK_OK(jx_target_op(t, &op));
  CHECK(op == JX_OP_GE);
  CHECK_STR(field(t, JX_TARGET_RAW), "\xE2\x89\xA5" "90.00 (%)");
  CHECK_STR(field(t, JX_TARGET_KIND_NAME), "compare");
  CHECK_STR(field(t, JX_TARGET_OP), "ge");
  CHECK_STR(field(t, JX_TARGET_VALUE), "90.00");
  CHECK_STR(field(t, JX_TARGET_UNIT), "%");
  CHECK_STR(field(t, JX_TARGET_NOTE), "");
  CHECK_STATUS(jx_target_text(t, JX_TARGET_LOW, &text), JX_EINVAL);
  CHECK_STATUS(jx_target_text(t, JX_TARGET_TERM, &text), JX_EINVAL);
  CHECK_STATUS(jx_target_text(t, (jx_target_field)99, &text), JX_EINVAL);
  CHECK_STATUS(jx_target_trend(t, &direction, &basis, &has_by), JX_EINVAL);
  CHECK_STATUS(jx_target_error_offset(t, &offset), JX_EINVAL);
  /* canonical print, both forms */
  CHECK_OK(jx_target_canonical(t, buf, sizeof buf, &needed));
  CHECK_STR(buf, "\xE2\x89\xA5" "90.00(%)");
  CHECK(needed == strlen("\xE2\x89\xA5" "90.00(%)") + 1);
  CHECK_STATUS(jx_target_canonical(t, NULL, 0, &needed), JX_EBUFS);
  CHECK(needed == strlen("\xE2\x89\xA5" "90.00(%)") + 1);
  CHECK_STATUS(jx_target_canonical(t, buf, 3, &needed), JX_EBUFS);
  CHECK_OK(jx_target_canonical_alloc(t, &s));
  CHECK_STR(s, "\xE2\x89\xA5" "90.00(%)");
  jx_string_free(s);
  CHECK_OK(jx_target_to_json(t, &s, &length));
  CHECK(length == strlen(s));
  CHECK_CONTAINS(s, "\"kind\":\"compare\"");
  CHECK_CONTAINS(s, "\"op\":\"ge\"");
  CHECK_CONTAINS(s, "\"value\":\"90.00\"");
  jx_string_free(s);
  CHECK_OK(jx_target_to_json(t, &s, NULL));
  jx_string_free(s);
  /* evaluate: exact decimal comparisons */
  check_verdict(t, "93.5", "%", JX_VERDICT_MET);
  check_verdict(t, "90.00", NULL, JX_VERDICT_MET);
  check_verdict(t, "89.99", "%", JX_VERDICT_NOT_MET);
  check_verdict(t, "93.5", "\xE4\xBB\xB6", JX_VERDICT_NOT_COMPARABLE); /* 件 */
  CHECK_OK(jx_target_evaluate(t, "85.5", JX_NUL_TERMINATED, "", &e, NULL));
  CHECK_OK(jx_evaluation_degree(e, &text));
  CHECK_STR(text, "0.9500000000"); /* 85.5 / 90 */
  jx_evaluation_free(e);
  /* "9x" would be 9 of the unit x (not comparable); "x9" is no number at all */
  CHECK_STATUS(jx_target_evaluate(t, "x9", JX_NUL_TERMINATED, NULL, &e, &err), JX_EPARSE);
  CHECK(err.offset == 0);
  jx_target_free(t);

  /* range */
  CHECK_OK(jx_target_parse("45%-60%", JX_NUL_TERMINATED, &t, NULL));
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_RANGE);
  CHECK_STR(field(t, JX_TARGET_LOW), "45");
  CHECK_STR(field(t, JX_TARGET_HIGH), "60");
  CHECK_STR(field(t, JX_TARGET_UNIT), "%");
  CHECK_STATUS(jx_target_op(t, &op), JX_EINVAL);
  CHECK_STATUS(jx_target_text(t, JX_TARGET_VALUE, &text), JX_EINVAL);
  check_verdict(t, "50", "%", JX_VERDICT_MET);
  check_verdict(t, "61", "%", JX_VERDICT_NOT_MET);
  jx_target_free(t);

  /* trend */
  CHECK_OK(jx_target_parse("\xE5\x90\x8C\xE6\xAF\x94\xE4\xB8\x8A\xE5\x8D\x87", JX_NUL_TERMINATED, &t, NULL)); /* 同比上升 */
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_TREND);
  CHECK_OK(jx_target_trend(t, &direction, &basis, &has_by));
  CHECK(direction == JX_TREND_UP);
  CHECK(basis == JX_BASIS_YOY);
  CHECK(has_by == 0);
  CHECK_OK(jx_target_trend(t, NULL, NULL, NULL));
  CHECK_STR(field(t, JX_TARGET_DIRECTION), "up");
  CHECK_STR(field(t, JX_TARGET_BASIS), "yoy");
  CHECK_STR(field(t, JX_TARGET_BY_VALUE), "");
  CHECK_STR(field(t, JX_TARGET_BY_UNIT), "");
  check_verdict(t, "up", NULL, JX_VERDICT_MET);
  check_verdict(t, "\xE4\xB8\x8B\xE9\x99\x8D", NULL, JX_VERDICT_NOT_MET); /* 下降 */
  check_verdict(t, "1,2", NULL, JX_VERDICT_MET);
  check_verdict(t, "2,1", NULL, JX_VERDICT_NOT_MET);
  CHECK_STATUS(jx_target_evaluate(t, "sideways", JX_NUL_TERMINATED, NULL, &e, &err), JX_EPARSE);
  jx_target_free(t);
  CHECK_OK(jx_target_parse("\xE5\x90\x8C\xE6\xAF\x94\xE5\xA2\x9E\xE9\x95\xBF" "5%", JX_NUL_TERMINATED, &t, NULL)); /* 同比增长5% */
  CHECK_OK(jx_target_trend(t, &direction, &basis, &has_by));
  CHECK(direction == JX_TREND_UP && basis == JX_BASIS_YOY && has_by == 1);
  CHECK_STR(field(t, JX_TARGET_BY_VALUE), "5");
  CHECK_STR(field(t, JX_TARGET_BY_UNIT), "%");
  jx_target_free(t);

  /* deadline */
  CHECK_OK(jx_target_parse("2024\xE5\xB9\xB4" "12\xE6\x9C\x88" "31\xE6\x97\xA5\xE5\x89\x8D\xE5\xAE\x8C\xE6\x88\x90",
                           JX_NUL_TERMINATED, &t, NULL)); /* 2024年12月31日前完成 */
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_DEADLINE);
  CHECK_STR(field(t, JX_TARGET_DATE), "2024-12-31");
  check_verdict(t, "2024-12-01", NULL, JX_VERDICT_MET);
  check_verdict(t, "2025-01-05", NULL, JX_VERDICT_NOT_MET);
  CHECK_STATUS(jx_target_evaluate(t, "soon", JX_NUL_TERMINATED, NULL, &e, &err), JX_EPARSE);
  jx_target_free(t);

  /* period */
  CHECK_OK(jx_target_parse("2023.07-2024.01", JX_NUL_TERMINATED, &t, NULL));
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_PERIOD);
  CHECK_STR(field(t, JX_TARGET_START), "2023-07");
  CHECK_STR(field(t, JX_TARGET_END), "2024-01");
  jx_target_free(t);

  /* qualitative */
  CHECK_OK(jx_target_parse("\xE5\x90\x88\xE8\xA7\x84", JX_NUL_TERMINATED, &t, NULL)); /* 合规 */
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_QUALITATIVE);
  CHECK_STR(field(t, JX_TARGET_TERM), "\xE5\x90\x88\xE8\xA7\x84");
  check_verdict(t, "achieved", NULL, JX_VERDICT_MET);
  check_verdict(t, "\xE5\x90\x88\xE8\xA7\x84", NULL, JX_VERDICT_MET);
  check_verdict(t, "not_achieved", NULL, JX_VERDICT_NOT_MET);
  jx_target_free(t);

  /* invalid: data with an offset, not a failure */
  CHECK_OK(jx_target_parse("90%-", JX_NUL_TERMINATED, &t, NULL));
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_INVALID);
  CHECK_STR(field(t, JX_TARGET_KIND_NAME), "invalid");
  CHECK_OK(jx_target_error_offset(t, &offset));
  CHECK(offset == 4);
  CHECK(strlen(field(t, JX_TARGET_ERROR_EXPECTED)) > 0);
  CHECK(strlen(field(t, JX_TARGET_ERROR_MESSAGE)) > 0);
  CHECK_OK(jx_target_canonical_alloc(t, &s));
  CHECK_STR(s, "90%-");
  jx_string_free(s);
  CHECK_OK(jx_target_to_json(t, &s, NULL));
  CHECK_CONTAINS(s, "\"kind\":\"invalid\"");
  jx_string_free(s);
  CHECK_OK(jx_target_evaluate(t, "achieved", JX_NUL_TERMINATED, NULL, &e, NULL));
  CHECK_OK(jx_evaluation_verdict(e, &verdict));
  CHECK(verdict == JX_VERDICT_NOT_COMPARABLE);
  jx_evaluation_free(e);
  jx_target_free(t);
  CHECK_OK(jx_target_parse("", 0, &t, NULL));
  CHECK_OK(jx_target_kind_of(t, &kind));
  CHECK(kind == JX_TARGET_INVALID);
  CHECK_OK(jx_target_error_offset(t, &offset));
  CHECK(offset == 0);
  jx_target_free(t);

  /* NULL arguments */
  t = NULL;
  CHECK_STATUS(jx_target_parse(NULL, 0, &t, &err), JX_EINVAL);
  CHECK(t == NULL);
  CHECK_STATUS(jx_target_parse("1", 1, NULL, NULL), JX_EINVAL);
  jx_target_free(NULL);
  CHECK_STATUS(jx_target_kind_of(NULL, &kind), JX_EINVAL);
  CHECK_STATUS(jx_target_text(NULL, JX_TARGET_RAW, &text), JX_EINVAL);
  CHECK_STATUS(jx_target_op(NULL, &op), JX_EINVAL);
  CHECK_STATUS(jx_target_trend(NULL, &direction, &basis, &has_by), JX_EINVAL);
  CHECK_STATUS(jx_target_error_offset(NULL, &offset), JX_EINVAL);
  CHECK_STATUS(jx_target_canonical(NULL, buf, sizeof buf, &needed), JX_EINVAL);
  CHECK_STATUS(jx_target_canonical_alloc(NULL, &s), JX_EINVAL);
  CHECK_STATUS(jx_target_to_json(NULL, &s, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_evaluate(NULL, "1", 1, NULL, &e, NULL), JX_EINVAL);
  CHECK_OK(jx_target_parse("1", 1, &t, NULL));
  CHECK_STATUS(jx_target_kind_of(t, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_text(t, JX_TARGET_RAW, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_op(t, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_canonical(t, NULL, 5, &needed), JX_EINVAL);
  CHECK_STATUS(jx_target_canonical_alloc(t, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_to_json(t, NULL, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_evaluate(t, NULL, 0, NULL, &e, NULL), JX_EINVAL);
  CHECK_STATUS(jx_target_evaluate(t, "1", 1, NULL, NULL, NULL), JX_EINVAL);
  jx_target_free(t);
  jx_evaluation_free(NULL);
  CHECK_STATUS(jx_evaluation_verdict(NULL, &verdict), JX_EINVAL);
  CHECK_STATUS(jx_evaluation_degree(NULL, &text), JX_EINVAL);
  CHECK_STATUS(jx_evaluation_reason(NULL, &text), JX_EINVAL);

  /* Text given with a length may hold a NUL byte: it is kept, and the sizes
   * reported count it (jixiao.h, "Strings"); the JSON escapes it. */
  {
    static const char term[] = "\xE5\x90\x88\0\xE8\xA7\x84"; /* 合 NUL 规 */
    const size_t term_length = sizeof term - 1;                 /* 7 bytes */
    CHECK_OK(jx_target_parse(term, term_length, &t, NULL));
    CHECK_OK(jx_target_canonical(t, buf, sizeof buf, &needed));
    CHECK(needed == term_length + 1);
    CHECK(memcmp(buf, term, term_length + 1) == 0);
    CHECK_OK(jx_target_to_json(t, &s, &length));
    CHECK(length == strlen(s));
    CHECK_CONTAINS(s, "\\u0000");
    jx_string_free(s);
    jx_target_free(t);
  }
}

int check_count = 0;
int check_failures = 0;

int check_report(const char *program) {
  if (check_failures == 0) {
    printf("%s: all %d checks passed\n", program, check_count);
    return 0;
  }
  fprintf(stderr, "%s: %d of %d checks failed\n", program, check_failures, check_count);
  return 1;
}

int main(int argc, char **argv) {
  /* An optional argument names one group, so each can run as its own ctest test. */
  const char *only = argc > 1 ? argv[1] : NULL;
#define RUN(group) if (only == NULL || strcmp(only, #group) == 0) test_##group()
  RUN(version_and_errors);
  RUN(money);
  RUN(targets);
  RUN(documents);
  RUN(validation);
  RUN(scoring);
  RUN(lengths);
  RUN(formats);
  RUN(actuals_options);
  RUN(reader);
  RUN(columns);
  RUN(selfeval);
#undef RUN
  return check_report(argv[0]);
}
