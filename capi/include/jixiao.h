/* SPDX-License-Identifier: Apache-2.0 */
/*
 * jixiao.h — the stable C ABI of jixiao (libjixiao.so.0).
 *
 * jixiao reads Chinese budget performance-target declarations
 * (财政项目支出绩效目标申报表) into exact, checked data, validates them and scores
 * year-end self-evaluations (绩效自评) against them.
 *
 * C99. Every name starts with jx_ / JX_. See docs/c-api.md for a tour.
 *
 * Conventions that hold for every function below unless its comment says otherwise:
 *
 *  - Status.  Functions return jx_status: JX_OK (0) or a negative JX_E* code whose
 *    value is pinned forever.  Success is judged by the return code only.
 *
 *  - Error detail.  Functions that can fail for reasons other than a caller bug take
 *    an optional `jx_error *err` (may be NULL).  On failure it is filled with the
 *    code, byte offset, line and a message; on success its code is set to JX_OK.
 *    Independently, every failure is also recorded in a thread-local jx_error that
 *    jx_last_error() returns (never NULL).  Successful calls do not clear it.
 *
 *  - Arguments.  A NULL handle or NULL required pointer gives JX_EINVAL, never a
 *    crash.  Text goes in as (pointer, length) in UTF-8; a length of
 *    JX_NUL_TERMINATED means "up to the first NUL".  Out-parameters are written
 *    only on success.
 *
 *  - Handles.  Opaque.  Objects created by a jx_*_new/read/parse function are owned
 *    by the caller and released by the matching jx_*_free, which accepts NULL as a
 *    no-op.  Handles returned as `const` pointers (a document's declarations,
 *    indicators, targets, diagnostics) are borrowed: valid until their owner is freed
 *    and never passed to a _free function.
 *
 *  - Strings.  `const char *` results are owned by the library, NUL-terminated, and
 *    valid for as long as the handle they came from (stated per function).  `char *`
 *    results (the *_alloc and writer functions) belong to the caller and are released
 *    with jx_string_free() only, never free().  Hot paths also have a caller-buffer
 *    form: it writes the NUL-terminated text into (buf, size) and stores the size
 *    needed (length + 1) in *needed; when size is too small it returns JX_EBUFS and
 *    writes nothing but *needed (buf may then be NULL).
 *    Text is kept byte for byte: text passed with an explicit length may contain NUL
 *    bytes, and so may results that carry it (raw targets, names, canonical forms
 *    of qualitative terms, CSV and text renderings; JSON escapes them as \u0000).
 *    The sizes reported (*needed, *length) count every byte: use them, not strlen,
 *    when the input may hold NUL.
 *
 *  - Threads.  Every function may be called from any thread.  A handle may be read
 *    from several threads at once; freeing it while another thread uses it is the
 *    caller's bug.  No global state beyond the thread-local last error.
 *
 *  - Exceptions.  None cross this boundary: allocation failure is JX_ENOMEM, anything
 *    unexpected JX_EINTERNAL.
 *
 *  - Options.  Option structs start with `uint32_t struct_size`; initialise them with
 *    the JX_*_OPTIONS_INIT macro or jx_*_options_init().  Every member's zero value
 *    means "the default", so a program built against an older, shorter struct keeps
 *    working (the library zero-fills the tail); a longer struct from a newer header is
 *    accepted only if the members this library does not know are all zero (else
 *    JX_EINVAL).  A NULL options pointer means all defaults.
 *
 *  - Decimals.  Money is a jx_money (an exact count of 分).  Every other decimal
 *    (indicator values, rates, weights, scores) crosses the boundary as a decimal
 *    string ("90.00", "0.9700"), never as a binary floating-point number.
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include <stddef.h>
#include <stdint.h>

#include "jixiao/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- export macro ------------------------------------------------------------ */

#if defined(_WIN32)
#  if defined(JX_BUILDING_LIBRARY)
#    define JX_API __declspec(dllexport)
#  else
#    define JX_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define JX_API __attribute__((visibility("default")))
#else
#  define JX_API
#endif

/* ---- version ----------------------------------------------------------------- */

/* The release version of this header: JX_VERSION_MAJOR, _MINOR, _PATCH, _STRING and
 * _NUMBER (MAJOR * 10000 + MINOR * 100 + PATCH), defined in jixiao/version.h (included
 * above, installed with this header).  The shared library's SONAME (libjixiao.so.0)
 * moves only on an ABI break, independently of the release version. */

/* The library's release version at run time, as JX_VERSION_NUMBER computes it
 * (e.g. 100 for 0.1.0).  Compare with JX_VERSION_NUMBER to detect a header/library
 * mismatch.  Never fails. */
JX_API int jx_version_number(void);
/* "0.1.0".  Static storage.  Never fails. */
JX_API const char *jx_version_string(void);

/* ---- status codes and errors ------------------------------------------------- */

/* Values are pinned: never renumbered, never reused. */
typedef int jx_status;
enum {
  JX_OK = 0,
  JX_EINVAL = -1,     /* a caller error: NULL argument, bad option, unknown name */
  JX_EPARSE = -2,     /* text that does not follow its grammar (offset and line set) */
  JX_EOVERFLOW = -3,  /* a value outside the representable range */
  JX_ELIMIT = -4,     /* a configured limit was exceeded */
  JX_EIO = -5,        /* a file could not be read */
  JX_EFORMAT = -6,    /* well-formed input of the wrong shape (unknown JSON "format", missing field) */
  JX_ENOMEM = -7,     /* out of memory */
  JX_EBUFS = -8,      /* the caller's buffer is too small; *needed says how big */
  JX_ERANGE = -9,     /* an index out of range */
  JX_EINTERNAL = -10  /* a bug in jixiao: please report it */
};

/* "JX_EPARSE" etc. for a status; "JX_UNKNOWN" for a value not listed.  Static
 * storage.  Never fails. */
JX_API const char *jx_status_name(jx_status status);

/* Offset value meaning "not tied to a position". */
#define JX_NO_OFFSET UINT64_MAX

#define JX_ERROR_EXPECTED_SIZE 64
#define JX_ERROR_MESSAGE_SIZE 512

/* Detail of a failure.  A frozen value type: its layout never changes.  The texts
 * are NUL-terminated UTF-8, cut at a character boundary if too long. */
typedef struct jx_error {
  jx_status code;     /* JX_OK or the JX_E* status of the failed call */
  uint32_t line;      /* 1-based line in the input, 0 when unknown */
  uint64_t offset;    /* byte offset into the input, JX_NO_OFFSET when unknown */
  char expected[JX_ERROR_EXPECTED_SIZE]; /* what was expected at offset ("digit"), may be "" */
  char message[JX_ERROR_MESSAGE_SIZE];   /* one line, names the source, line and offset */
} jx_error;

/* The last failure on the calling thread (code JX_OK and message "" if none since
 * the thread started or since jx_error_clear()).  Never NULL; the storage is the
 * thread's own and stays valid until the thread exits; its content changes at the
 * next failing call on this thread. */
JX_API const jx_error *jx_last_error(void);
/* Resets the calling thread's last error to JX_OK.  Never fails. */
JX_API void jx_error_clear(void);

/* A string returned as `char *` by this library.  NULL is a no-op. */
JX_API void jx_string_free(char *string);

/* Length argument meaning "the text is NUL-terminated". */
#define JX_NUL_TERMINATED ((size_t)-1)

/* Rounding where digits may be dropped.  JX_ROUND_EXACT refuses to drop a non-zero
 * digit (the call fails with JX_EPARSE or JX_EINVAL instead). */
typedef enum jx_rounding {
  JX_ROUND_EXACT = 0,
  JX_ROUND_HALF_UP = 1,   /* 四舍五入, ties away from zero (money default) */
  JX_ROUND_HALF_EVEN = 2, /* GB/T 8170 修约, ties to even */
  JX_ROUND_DOWN = 3       /* toward zero */
} jx_rounding;

/* ---- money ------------------------------------------------------------------- */

/* An amount of 元, exact to the 分: fen = 元 × 100.  A frozen value type; copy it
 * freely.  Range ±92,233,720,368,547,758.07 元; arithmetic is checked. */
typedef struct jx_money {
  int64_t fen;
} jx_money;

/* Parses an amount: "12,780,000.00", "12780000", "-1,234.50", "¥1,409.50",
 * "￥1409.5", full-width digits, and 万元/亿元 amounts ("349.80万元").  More than 2
 * decimals in 元 (6 in 万元) is an error, never silently rounded.
 * Errors: JX_EINVAL (NULL text or out), JX_EPARSE (malformed: err->offset and
 * err->expected say where and what; a bad amount never becomes 0), JX_EOVERFLOW. */
JX_API jx_status jx_money_parse(const char *text, size_t length, jx_money *out, jx_error *err);
/* Parses a bare number from a column declared in 万元 ("89.974000" → 899,740.00 元).
 * Errors as jx_money_parse. */
JX_API jx_status jx_money_parse_wan(const char *text, size_t length, jx_money *out, jx_error *err);

/* Converts a decimal amount of 万元 ("1278", "0.123456") to money.  More than 6
 * decimals needs a rounding mode other than JX_ROUND_EXACT.  Errors: JX_EINVAL
 * (NULL, bad mode, digits lost with JX_ROUND_EXACT), JX_EPARSE, JX_EOVERFLOW. */
JX_API jx_status jx_money_from_wan(const char *wan, size_t length, jx_rounding mode, jx_money *out,
                                   jx_error *err);
/* Converts a decimal amount of 元 with any number of decimals ("12.345") to money,
 * rounding to the 分 by mode (JX_ROUND_EXACT: more than 2 non-zero decimals fail).
 * Errors as jx_money_from_wan. */
JX_API jx_status jx_money_from_yuan(const char *yuan, size_t length, jx_rounding mode, jx_money *out,
                                    jx_error *err);

/* Checked arithmetic.  Errors: JX_EINVAL (NULL out), JX_EOVERFLOW. */
JX_API jx_status jx_money_add(jx_money a, jx_money b, jx_money *out);
JX_API jx_status jx_money_subtract(jx_money a, jx_money b, jx_money *out);
/* Sum of count amounts (0 for count 0; items may be NULL only when count is 0). */
JX_API jx_status jx_money_sum(const jx_money *items, size_t count, jx_money *out);
/* amount × factor (a decimal string such as "0.15"), rounded to the 分 by mode
 * (JX_ROUND_EXACT fails when a digit would be lost).  Errors: JX_EINVAL, JX_EPARSE
 * (factor), JX_EOVERFLOW. */
JX_API jx_status jx_money_multiply(jx_money amount, const char *factor, size_t length, jx_rounding mode,
                                   jx_money *out, jx_error *err);
/* -1, 0 or 1 as a is less than, equal to or greater than b.  Never fails. */
JX_API int jx_money_compare(jx_money a, jx_money b);

typedef enum jx_money_style {
  JX_MONEY_PLAIN = 0,     /* "12780000.00", "-0.05" */
  JX_MONEY_THOUSANDS = 1, /* "12,780,000.00" */
  JX_MONEY_WAN = 2,       /* "1278.000000" (万元, exact, 6 decimals) */
  JX_MONEY_CHINESE = 3    /* "人民币壹仟肆佰零玖元伍角" (大写) */
} jx_money_style;

/* Formats money into a caller buffer (see "Strings" above: JX_EBUFS and *needed,
 * which counts the NUL).  needed may be NULL.  Errors: JX_EINVAL (bad style, NULL buf
 * with size > 0), JX_EBUFS. */
JX_API jx_status jx_money_format(jx_money amount, jx_money_style style, char *buf, size_t size,
                                 size_t *needed);
/* The same as a new string the caller frees with jx_string_free.  Errors: JX_EINVAL,
 * JX_ENOMEM. */
JX_API jx_status jx_money_format_alloc(jx_money amount, jx_money_style style, char **out);

/* ---- target values (指标值) -------------------------------------------------- */

/* A parsed target value.  Created by jx_target_parse (caller frees it) or borrowed
 * from an indicator (valid while its document lives). */
typedef struct jx_target jx_target;

/* Values pinned; the JSON names are "compare", "range", ... */
typedef enum jx_target_kind {
  JX_TARGET_COMPARE = 0,
  JX_TARGET_RANGE = 1,
  JX_TARGET_TREND = 2,
  JX_TARGET_DEADLINE = 3,
  JX_TARGET_PERIOD = 4,
  JX_TARGET_QUALITATIVE = 5,
  JX_TARGET_INVALID = 6,
  JX_TARGET_PLACEHOLDER = 7 /* `*`, `/`, `待定`: a cell left unfilled (JX_TARGET_TERM) */
} jx_target_kind;

typedef enum jx_compare_op {
  JX_OP_EQ = 0,
  JX_OP_NE = 1,
  JX_OP_GT = 2,
  JX_OP_GE = 3,
  JX_OP_LT = 4,
  JX_OP_LE = 5
} jx_compare_op;

typedef enum jx_trend_direction {
  JX_TREND_UP = 0,
  JX_TREND_DOWN = 1,
  JX_TREND_FLAT = 2,
  JX_TREND_NOT_UP = 3,
  JX_TREND_NOT_DOWN = 4
} jx_trend_direction;

typedef enum jx_trend_basis {
  JX_BASIS_NONE = 0,
  JX_BASIS_YOY = 1, /* 同比, 较上年 */
  JX_BASIS_MOM = 2  /* 环比 */
} jx_trend_basis;

/* Parses one 指标值.  Text that does not parse is not a failure: the target comes
 * back with kind JX_TARGET_INVALID and its error offset and expectation (the document
 * keeps such rows).  *out is the caller's; free it with jx_target_free.
 * Errors: JX_EINVAL (NULL text or out), JX_ENOMEM. */
JX_API jx_status jx_target_parse(const char *text, size_t length, jx_target **out, jx_error *err);
/* Frees a target from jx_target_parse.  NULL is a no-op.  Never pass a borrowed one. */
JX_API void jx_target_free(jx_target *target);

/* The target's family.  Errors: JX_EINVAL. */
JX_API jx_status jx_target_kind_of(const jx_target *target, jx_target_kind *out);

/* Text fields of a target.  Which apply depends on the kind; asking for one that
 * does not apply gives JX_EINVAL. */
typedef enum jx_target_field {
  JX_TARGET_RAW = 0,            /* any kind: the input, verbatim */
  JX_TARGET_KIND_NAME = 1,      /* any kind: "compare", "range", ... */
  JX_TARGET_OP = 2,             /* compare: "eq" "ne" "gt" "ge" "lt" "le" */
  JX_TARGET_VALUE = 3,          /* compare: decimal string as written ("90.00") */
  JX_TARGET_UNIT = 4,           /* compare, range: normalised unit, "" if none */
  JX_TARGET_NOTE = 5,           /* compare, range: trailing annotation, "" if none */
  JX_TARGET_LOW = 6,            /* range: decimal string */
  JX_TARGET_HIGH = 7,           /* range: decimal string */
  JX_TARGET_DIRECTION = 8,      /* trend: "up" "down" "flat" "not_up" "not_down" */
  JX_TARGET_BASIS = 9,          /* trend: "none" "yoy" "mom" */
  JX_TARGET_BY_VALUE = 10,      /* trend: decimal string, "" when there is no amount */
  JX_TARGET_BY_UNIT = 11,       /* trend: unit of the amount, "" if none */
  JX_TARGET_DATE = 12,          /* deadline: ISO "YYYY-MM-DD"; "" when no year is named (`11月底前`) */
  JX_TARGET_START = 13,         /* period: ISO date or "YYYY-MM" */
  JX_TARGET_END = 14,           /* period: ISO date or "YYYY-MM" */
  JX_TARGET_TERM = 15,          /* qualitative, placeholder: the text, trimmed */
  JX_TARGET_ERROR_EXPECTED = 16,/* invalid: what the grammar expected */
  JX_TARGET_ERROR_MESSAGE = 17  /* invalid: one-line message */
} jx_target_field;

/* A text field of the target; *out valid while the target lives.
 * Errors: JX_EINVAL (NULL, unknown field, field not of this kind). */
JX_API jx_status jx_target_text(const jx_target *target, jx_target_field field, const char **out);
/* compare: the operator.  Errors: JX_EINVAL (NULL, not a compare). */
JX_API jx_status jx_target_op(const jx_target *target, jx_compare_op *out);
/* trend: direction and basis; *has_by is 1 when an amount of change is given.
 * Any out pointer may be NULL.  Errors: JX_EINVAL (NULL target, not a trend). */
JX_API jx_status jx_target_trend(const jx_target *target, jx_trend_direction *direction,
                                 jx_trend_basis *basis, int *has_by);
/* invalid: the byte offset into the raw text where parsing failed.
 * Errors: JX_EINVAL (NULL, not invalid). */
JX_API jx_status jx_target_error_offset(const jx_target *target, uint64_t *out);

/* The canonical (Shanghai) rendering, e.g. "≥90.00(%)", into a caller buffer
 * (JX_EBUFS protocol of "Strings").  Parsing it again gives an equal value.  An
 * invalid target renders as its raw text.  Errors: JX_EINVAL, JX_EBUFS. */
JX_API jx_status jx_target_canonical(const jx_target *target, char *buf, size_t size, size_t *needed);
/* The same as a caller-owned string (jx_string_free). */
JX_API jx_status jx_target_canonical_alloc(const jx_target *target, char **out);
/* The canonical target JSON of target-values.md ({"raw":…,"kind":…,…}), compact,
 * as a caller-owned string; length (may be NULL) receives strlen.  Errors: JX_EINVAL,
 * JX_ENOMEM. */
JX_API jx_status jx_target_to_json(const jx_target *target, char **out, size_t *length);

/* Evaluation of an actual value against a target (target-values.md "Evaluation"). */
typedef enum jx_verdict {
  JX_VERDICT_MET = 0,
  JX_VERDICT_NOT_MET = 1,
  JX_VERDICT_NOT_COMPARABLE = 2 /* wrong kind of actual, unit mismatch, invalid target */
} jx_verdict;

/* The result of jx_target_evaluate.  Caller-owned; jx_evaluation_free. */
typedef struct jx_evaluation jx_evaluation;

/* Evaluates `actual` against the target.  The actual is text, read by the target's
 * kind: a number ("93.5", with `unit` — may be NULL or "" for none — checked against
 * the target's after normalisation, ％ = %) for compare/range; a trend word ("up",
 * "提升", …) or a pair "previous,current" of numbers for trend; an ISO date for
 * deadline; a grade ("achieved", "partial", "not_achieved") or the target's own text
 * for qualitative.  A well-formed actual that does not fit is a verdict of
 * JX_VERDICT_NOT_COMPARABLE with a reason, not a failure.
 * Errors: JX_EINVAL (NULL), JX_EPARSE (an actual number or date that does not parse,
 * with offset), JX_ENOMEM. */
JX_API jx_status jx_target_evaluate(const jx_target *target, const char *actual, size_t length,
                                    const char *unit, jx_evaluation **out, jx_error *err);
JX_API void jx_evaluation_free(jx_evaluation *evaluation);
/* The verdict.  Errors: JX_EINVAL. */
JX_API jx_status jx_evaluation_verdict(const jx_evaluation *evaluation, jx_verdict *out);
/* The degree of achievement as a decimal string ("0.9444…", actual/target for
 * positive targets), or NULL when none applies; valid while the evaluation lives.
 * Errors: JX_EINVAL. */
JX_API jx_status jx_evaluation_degree(const jx_evaluation *evaluation, const char **out);
/* The reason, one line of Chinese ("" when met without remark); valid while the
 * evaluation lives.  Errors: JX_EINVAL. */
JX_API jx_status jx_evaluation_reason(const jx_evaluation *evaluation, const char **out);

/* ---- documents ----------------------------------------------------------------- */

typedef struct jx_document jx_document;       /* caller-owned */
typedef struct jx_declaration jx_declaration; /* borrowed from its document */
typedef struct jx_indicator jx_indicator;     /* borrowed from its document */
typedef struct jx_diagnostic jx_diagnostic;   /* borrowed from its list */
typedef struct jx_diagnostics jx_diagnostics; /* a list: borrowed from a document, or caller-owned from jx_validate */

/* Input and output formats. */
typedef enum jx_format {
  JX_FORMAT_AUTO = 0,     /* reading: detect from the content */
  JX_FORMAT_TEXT = 1,     /* two meanings (kept): JX_FORMAT_PUBLISHED for documents, JX_FORMAT_TABLE for summary, score */
  JX_FORMAT_JSON = 2,     /* jixiao JSON (formats.md) */
  JX_FORMAT_CSV = 3,      /* RFC 4180 */
  JX_FORMAT_MARKDOWN = 4, /* a Markdown table (summary, score) */
  /* Added in 0.x: one meaning per constant.  JX_FORMAT_TEXT stays accepted with its
   * two old meanings (documents: JX_FORMAT_PUBLISHED; summary, score: JX_FORMAT_TABLE). */
  JX_FORMAT_PUBLISHED = 5, /* the published layout (reading, writing a document, jx_reader_*) */
  JX_FORMAT_TABLE = 6,     /* an aligned text table (summary, score report) */
  /* Added in 0.x: the fill-in 自评表 template (jx_score_template_write_file). */
  JX_FORMAT_XLSX = 7      /* an xlsx workbook (the fill-in 自评表 template) */
} jx_format;

/* How to read a document.  Zero members mean the defaults. */
typedef struct jx_read_options {
  uint32_t struct_size;       /* sizeof(jx_read_options) */
  jx_format format;           /* JX_FORMAT_AUTO (default), JX_FORMAT_PUBLISHED (or _TEXT) or JX_FORMAT_JSON */
  const char *source_name;    /* named in error messages; NULL → the file name or "<input>" */
  uint64_t max_input_bytes;   /* 0 → 1 GiB */
  uint64_t max_line_bytes;    /* 0 → 64 MiB */
  uint64_t max_rows;          /* indicator rows in the whole input; 0 → 50,000,000 */
  uint64_t max_declarations;  /* 0 → 5,000,000 */
  uint32_t max_json_depth;    /* JSON nesting; 0 → 256 */
  /* Added in 0.x (struct_size tells): the length of source_name in bytes (it may
   * then hold NUL); 0 → source_name is NUL-terminated. */
  size_t source_name_length;
  /* Added in 0.x (struct_size tells): how the input is serialized, as the CLI's
   * --from names it: "tabs", "aligned" (columns of spaces, pdftotext -layout),
   * "single_space", "cell_per_line" (plain pdftotext), "pipes", "markdown", or
   * "pdf", "xlsx", "xls", "html".  NULL or "" → detected from the content; any
   * other name is JX_EINVAL.  With JX_FORMAT_TEXT only the text names apply. */
  const char *serialization;
} jx_read_options;

#define JX_READ_OPTIONS_INIT { (uint32_t)sizeof(jx_read_options), JX_FORMAT_AUTO, NULL, 0, 0, 0, 0, 0, 0, NULL }
/* Sets *options to the defaults.  NULL is a no-op. */
JX_API void jx_read_options_init(jx_read_options *options);

/* Reads a document from memory: a declaration as text in any serialization (tabs,
 * aligned columns, single spaces, one cell per line, pipes, Markdown; LF or CRLF,
 * with or without BOM) of any layout (申报表, 自评表), jixiao document JSON, an xlsx
 * or xls workbook, an HTML page, or a PDF (with the optional PDF plugin).  Problems inside a readable document become
 * its diagnostics (jx_document_diagnostics); only input that cannot be read at all
 * fails.  Errors: JX_EINVAL (NULL, bad options), JX_EPARSE (JSON syntax, with offset
 * and line), JX_EFORMAT (JSON of the wrong shape), JX_ELIMIT, JX_ENOMEM. */
JX_API jx_status jx_document_read(const char *bytes, size_t length, const jx_read_options *options,
                                  jx_document **out, jx_error *err);
/* The same from a file (named in error messages).  Errors: as above and JX_EIO. */
JX_API jx_status jx_document_read_file(const char *path, const jx_read_options *options,
                                       jx_document **out, jx_error *err);
/* NULL is a no-op.  Invalidates every handle and string borrowed from the document. */
JX_API void jx_document_free(jx_document *document);

/* The document title, or NULL when the source has none.  Valid while the document
 * lives.  Errors: JX_EINVAL. */
JX_API jx_status jx_document_title(const jx_document *document, const char **out);
/* Number of declarations.  Errors: JX_EINVAL. */
JX_API jx_status jx_document_declaration_count(const jx_document *document, size_t *out);
/* The declaration at index (0-based), borrowed.  Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_document_declaration(const jx_document *document, size_t index,
                                         const jx_declaration **out);
/* The diagnostics the reader raised (placement guesses, unparsed targets…),
 * borrowed.  Errors: JX_EINVAL. */
JX_API jx_status jx_document_diagnostics(const jx_document *document, const jx_diagnostics **out);

/* Funds fields (amounts in 元). */
typedef enum jx_funds_field {
  JX_FUNDS_TOTAL = 0,                /* 项目资金总额 */
  JX_FUNDS_TOTAL_FISCAL = 1,         /* 其中：财政资金 */
  JX_FUNDS_TOTAL_OTHER = 2,          /* 其他资金 (left column) */
  JX_FUNDS_ANNUAL = 3,               /* 年度资金申请总额 */
  JX_FUNDS_ANNUAL_APPROPRIATION = 4, /* 其中：当年财政拨款 */
  JX_FUNDS_ANNUAL_CARRYOVER = 5,     /* 上年结转资金 */
  JX_FUNDS_ANNUAL_OTHER = 6          /* 其他资金 (right column) */
} jx_funds_field;

/* The checked sum of one funds field over every declaration that has it (the
 * 汇总表's total row).  Errors: JX_EINVAL, JX_EOVERFLOW. */
JX_API jx_status jx_document_funds_total(const jx_document *document, jx_funds_field field, jx_money *out);

/* Text fields of a declaration. */
typedef enum jx_declaration_field {
  JX_PROJECT_NAME = 0,        /* 项目名称 */
  JX_PROJECT_NATURE = 1,      /* 项目性质 */
  JX_PROJECT_CATEGORY = 2,    /* 项目类别 */
  JX_PROJECT_SUPERVISOR = 3,  /* 主管部门 */
  JX_PROJECT_IMPLEMENTER = 4, /* 实施单位 */
  JX_PROJECT_START_DATE = 5,  /* 计划开始日期, ISO "YYYY-MM-DD" */
  JX_PROJECT_END_DATE = 6,    /* 计划完成日期, ISO "YYYY-MM-DD" */
  JX_GOALS_OVERALL = 7,       /* 项目总目标 */
  JX_GOALS_ANNUAL = 8,        /* 年度总体目标 */
  JX_FUNDS_UNIT = 9,          /* the unit the source declared: "元", "万元" */
  JX_TAXONOMY = 10            /* "2021" or "2015" (the pre-2021 layout); always present */
} jx_declaration_field;

/* A text field; *out is NULL when the source lacks it (never invented).  Valid while
 * the document lives.  Errors: JX_EINVAL (NULL, unknown field). */
JX_API jx_status jx_declaration_text(const jx_declaration *declaration, jx_declaration_field field,
                                     const char **out);
/* A funds amount; *present is 0 (and *out untouched) when the source lacks it or it
 * was unreadable.  Errors: JX_EINVAL. */
JX_API jx_status jx_declaration_funds(const jx_declaration *declaration, jx_funds_field field,
                                      jx_money *out, int *present);
/* The budget year; *present 0 when unknown.  Errors: JX_EINVAL. */
JX_API jx_status jx_declaration_year(const jx_declaration *declaration, int *year, int *present);
/* First and last source line (1-based); both 0 when unknown (built in code).
 * Either pointer may be NULL.  Errors: JX_EINVAL. */
JX_API jx_status jx_declaration_lines(const jx_declaration *declaration, uint32_t *first_line,
                                      uint32_t *last_line);
/* Number of indicators.  Errors: JX_EINVAL. */
JX_API jx_status jx_declaration_indicator_count(const jx_declaration *declaration, size_t *out);
/* The indicator at index (0-based), borrowed.  Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_declaration_indicator(const jx_declaration *declaration, size_t index,
                                          const jx_indicator **out);

typedef enum jx_indicator_field {
  JX_INDICATOR_LEVEL1 = 0, /* canonical level-1 ("产出指标"), "" if unknown */
  JX_INDICATOR_LEVEL2 = 1, /* canonical level-2 ("数量指标"), "" if unknown */
  JX_INDICATOR_NAME = 2,   /* 三级指标, verbatim */
  JX_INDICATOR_RAW = 3,    /* the 指标值 as written */
  JX_INDICATOR_LABEL = 4   /* the source's level-2 label when it was an alias; NULL otherwise */
} jx_indicator_field;

/* A text field (NULL only for an absent JX_INDICATOR_LABEL).  Valid while the
 * document lives.  Errors: JX_EINVAL. */
JX_API jx_status jx_indicator_text(const jx_indicator *indicator, jx_indicator_field field,
                                   const char **out);
/* The 1-based source line, 0 when unknown.  Errors: JX_EINVAL. */
JX_API jx_status jx_indicator_line(const jx_indicator *indicator, uint32_t *out);
/* The parsed target, borrowed (never jx_target_free it).  Errors: JX_EINVAL. */
JX_API jx_status jx_indicator_target(const jx_indicator *indicator, const jx_target **out);

/* Flags for the writers. */
#define JX_WRITE_PRETTY 1u /* JSON: indented, one key per line */

/* Writes the document: JX_FORMAT_JSON (formats.md; flags: JX_WRITE_PRETTY),
 * JX_FORMAT_CSV (one row per indicator) or JX_FORMAT_PUBLISHED (or _TEXT: the published layout,
 * which the reader reads back to an equal document).  *out is the caller's
 * (jx_string_free); length (may be NULL) receives strlen.
 * Errors: JX_EINVAL (NULL, unsupported format or flag), JX_ENOMEM. */
JX_API jx_status jx_document_write(const jx_document *document, jx_format format, uint32_t flags,
                                   char **out, size_t *length);
/* The 汇总表: one row per declaration and a total row with exact sums, as
 * JX_FORMAT_TABLE (or _TEXT: aligned), JX_FORMAT_MARKDOWN, JX_FORMAT_CSV or JX_FORMAT_JSON.
 * Caller-owned result as jx_document_write.  Errors: JX_EINVAL, JX_EOVERFLOW, JX_ENOMEM. */
JX_API jx_status jx_document_summary(const jx_document *document, jx_format format, uint32_t flags,
                                     char **out, size_t *length);

/* ---- diagnostics and validation ------------------------------------------------ */

typedef enum jx_severity {
  JX_SEVERITY_ERROR = 0,
  JX_SEVERITY_WARNING = 1,
  JX_SEVERITY_INFO = 2
} jx_severity;

/* Number of diagnostics in the list.  Errors: JX_EINVAL. */
JX_API jx_status jx_diagnostics_count(const jx_diagnostics *list, size_t *out);
/* The diagnostic at index, borrowed from the list.  Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_diagnostics_get(const jx_diagnostics *list, size_t index, const jx_diagnostic **out);
/* Number of diagnostics of a severity.  Errors: JX_EINVAL. */
JX_API jx_status jx_diagnostics_count_severity(const jx_diagnostics *list, jx_severity severity,
                                               size_t *out);
/* The list as a JSON array of diagnostic objects (formats.md), caller-owned.
 * flags: JX_WRITE_PRETTY.  Errors: JX_EINVAL, JX_ENOMEM. */
JX_API jx_status jx_diagnostics_to_json(const jx_diagnostics *list, uint32_t flags, char **out,
                                        size_t *length);
/* Frees a list from jx_validate.  NULL is a no-op; never pass a document's list. */
JX_API void jx_diagnostics_free(jx_diagnostics *list);

/* The stable code ("FUNDS_TOTAL_SUM"), valid while the list lives.  Errors: JX_EINVAL. */
JX_API jx_status jx_diagnostic_code(const jx_diagnostic *diagnostic, const char **out);
/* The severity.  Errors: JX_EINVAL. */
JX_API jx_status jx_diagnostic_severity(const jx_diagnostic *diagnostic, jx_severity *out);
/* The message (Chinese, names the figures), valid while the list lives.
 * Errors: JX_EINVAL. */
JX_API jx_status jx_diagnostic_message(const jx_diagnostic *diagnostic, const char **out);
/* Where: 0-based declaration and indicator indexes (-1 when none) and the 1-based
 * source line (0 when none).  Any out pointer may be NULL.  Errors: JX_EINVAL. */
JX_API jx_status jx_diagnostic_location(const jx_diagnostic *diagnostic, int64_t *declaration,
                                        int64_t *indicator, uint32_t *line);

/* Validation options.  `rules` holds `rule_count` settings "CODE=off|on|error|warning|info"
 * (e.g. "TARGET_VAGUE=off", "INDICATOR_DUPLICATE=error"), applied in order. */
typedef struct jx_validate_options {
  uint32_t struct_size;      /* sizeof(jx_validate_options) */
  const char *const *rules;  /* may be NULL when rule_count is 0 */
  size_t rule_count;
  /* Added in 0.x (struct_size tells): the profile the rules start from, before `rules`
   * apply.  NULL or "national" → national (101号 defaults); "shanghai"; or the text
   * of a profile file (JSON starting with '{', docs/validation.md): a syntax error is
   * JX_EPARSE with its line. */
  const char *profile;
  /* Added in 0.x (struct_size tells): lengths in bytes.  rule_lengths (NULL → every
   * rule NUL-terminated) holds rule_count lengths, JX_NUL_TERMINATED allowed per rule;
   * profile_length 0 → profile is NUL-terminated. */
  const size_t *rule_lengths;
  size_t profile_length;
} jx_validate_options;

#define JX_VALIDATE_OPTIONS_INIT { (uint32_t)sizeof(jx_validate_options), NULL, 0, NULL, NULL, 0 }
/* Sets *options to the defaults (every rule on at its default severity).  NULL is a
 * no-op. */
JX_API void jx_validate_options_init(jx_validate_options *options);

/* Runs the review rules (validation.md) over the document.  *out (caller-owned,
 * jx_diagnostics_free) holds the rules' findings only; the reader's are in
 * jx_document_diagnostics.  Errors: JX_EINVAL (NULL; an unknown code or level in
 * options, named in the message), JX_ENOMEM. */
JX_API jx_status jx_validate(const jx_document *document, const jx_validate_options *options,
                             jx_diagnostics **out, jx_error *err);

/* The rule catalogue: number of rules, and rule index's code, default severity and
 * one-line description (static storage).  Any out pointer may be NULL.
 * Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_validation_rule_count(size_t *out);
JX_API jx_status jx_validation_rule(size_t index, const char **code, jx_severity *severity,
                                    const char **description);

/* ---- scoring (绩效自评) ---------------------------------------------------------- */

typedef struct jx_actuals jx_actuals;           /* caller-owned */
typedef struct jx_score_report jx_score_report; /* caller-owned */

/* Reads actuals JSON ("format": "jixiao.actuals/1", formats.md).  source_name (may be
 * NULL) is named in errors.  Errors: JX_EINVAL, JX_EPARSE (offset, line), JX_EFORMAT
 * (naming the JSON path), JX_ENOMEM. */
JX_API jx_status jx_actuals_read(const char *json, size_t length, const char *source_name,
                                 jx_actuals **out, jx_error *err);
/* The same from a file.  Errors: as above and JX_EIO. */
JX_API jx_status jx_actuals_read_file(const char *path, jx_actuals **out, jx_error *err);
JX_API void jx_actuals_free(jx_actuals *actuals);

typedef enum jx_reverse_formula {
  JX_REVERSE_RATIO = 0,  /* weight × target / actual (default) */
  JX_REVERSE_LINEAR = 1  /* weight × (1 − (actual − target) / target), down to 0 */
} jx_reverse_formula;

/* The words of the four grades (scoring.md "Grade schemes"). */
typedef enum jx_grade_scheme {
  JX_GRADES_NATIONAL = 0, /* 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 */
  JX_GRADES_SHANGHAI = 1  /* 优, 良, 合格, 不合格 (Shanghai's 决算 reports) */
} jx_grade_scheme;

/* Scoring options (scoring.md), mirroring the C++ ScoreOptions field by field.
 * Every decimal is a string ("10", "0.70"), parsed exactly; NULL (or 0 for the enum)
 * means the default of scoring.md, given in brackets.  Fractions and rates are
 * shares of 1 ("0.8"), not percentages.  Qualitative bands are [low, high), except
 * achieved's, which includes its high. */
typedef struct jx_score_options {
  uint32_t struct_size;               /* sizeof(jx_score_options) */
  const char *budget_weight;          /* 预算执行率 [10] */
  const char *output_cost_weight;     /* 产出指标 + 成本指标 together [50] */
  const char *effect_weight;          /* 效益指标 [30] */
  const char *satisfaction_weight;    /* 满意度指标 [10] */
  jx_reverse_formula reverse_formula; /* [JX_REVERSE_RATIO] */
  const char *achieved_low;           /* achieved band [0.80, 1] */
  const char *achieved_high;
  const char *achieved_default;       /* fraction when none is given [1] */
  const char *partial_low;            /* partial band [0.60, 0.80) */
  const char *partial_high;
  const char *partial_default;        /* [0.70] */
  const char *not_achieved_low;       /* not_achieved band [0, 0.60) */
  const char *not_achieved_high;
  const char *not_achieved_default;   /* [0.30] */
  const char *grade_excellent;        /* lowest total of 优 [90] */
  const char *grade_good;             /* 良 [80] */
  const char *grade_pass;             /* 中 [60]; below it 差 */
  const char *overshoot_threshold;    /* actual ≥ this × a positive target is OVERSHOOT [1.30] */
  const char *budget_rate_warning;    /* an execution rate below it is reported [0.90] */
  /* Added in 0.x (struct_size tells): the words of the grades [JX_GRADES_NATIONAL]. */
  jx_grade_scheme grade_scheme;
} jx_score_options;

#define JX_SCORE_OPTIONS_INIT { (uint32_t)sizeof(jx_score_options), NULL, NULL, NULL, NULL, \
    JX_REVERSE_RATIO, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, \
    JX_GRADES_NATIONAL }
/* Sets *options to the defaults.  NULL is a no-op. */
JX_API void jx_score_options_init(jx_score_options *options);

/* Scores the document against the actuals.  Per-indicator problems (a unit
 * mismatch, a missing actual, an out-of-band fraction) are in the report's
 * diagnostics, not failures.  *out is caller-owned (jx_score_report_free).
 * Errors: JX_EINVAL (NULL; a bad option value, named), JX_EPARSE (an option decimal),
 * JX_EFORMAT, JX_ENOMEM. */
JX_API jx_status jx_score(const jx_document *document, const jx_actuals *actuals,
                          const jx_score_options *options, jx_score_report **out, jx_error *err);
JX_API void jx_score_report_free(jx_score_report *report);

/* Number of scored declarations.  Errors: JX_EINVAL. */
JX_API jx_status jx_score_report_count(const jx_score_report *report, size_t *out);

typedef enum jx_score_field {
  JX_SCORE_PROJECT = 0,      /* project name */
  JX_SCORE_TOTAL = 1,        /* total, 2 decimals ("95.30") */
  JX_SCORE_GRADE = 2,        /* "优" "良" "中" "差" (JX_GRADES_SHANGHAI: "合格" "不合格" for the last two) */
  JX_SCORE_BUDGET_RATE = 3,  /* 预算执行率, 4 decimals ("0.9700"); NULL when not computable */
  JX_SCORE_BUDGET_SCORE = 4  /* its score, 2 decimals */
} jx_score_field;

/* A field of declaration index's score; valid while the report lives.  *out is NULL
 * when the field has no value.  Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_score_report_text(const jx_score_report *report, size_t index, jx_score_field field,
                                      const char **out);
/* The report's diagnostics (unmatched actuals, missing actuals, unit mismatches…),
 * borrowed from the report.  Errors: JX_EINVAL. */
JX_API jx_status jx_score_report_diagnostics(const jx_score_report *report, const jx_diagnostics **out);
/* The report as JX_FORMAT_JSON ("jixiao.score/1"; flags: JX_WRITE_PRETTY) or the
 * 自评表 as JX_FORMAT_TABLE (or _TEXT), JX_FORMAT_MARKDOWN or JX_FORMAT_CSV.  Caller-owned result.
 * Errors: JX_EINVAL, JX_ENOMEM. */
JX_API jx_status jx_score_report_write(const jx_score_report *report, jx_format format, uint32_t flags,
                                       char **out, size_t *length);

/* ---- added in 0.x: lengths of borrowed strings -------------------------------- */

/* Each is its function without _n, plus *length: the text's size in bytes, which
 * counts any NUL it holds (0 when *out is NULL).  Both out pointers are required.
 * Strings without an _n form never hold NUL: codes, decimals, dates, the rule
 * catalogue, names of enumerators (their length is strlen).  Paths are the
 * operating system's and NUL-terminated by its rule. */
JX_API jx_status jx_document_title_n(const jx_document *document, const char **out, size_t *length);
JX_API jx_status jx_declaration_text_n(const jx_declaration *declaration, jx_declaration_field field,
                                       const char **out, size_t *length);
JX_API jx_status jx_indicator_text_n(const jx_indicator *indicator, jx_indicator_field field,
                                     const char **out, size_t *length);
JX_API jx_status jx_target_text_n(const jx_target *target, jx_target_field field, const char **out,
                                  size_t *length);
JX_API jx_status jx_diagnostic_message_n(const jx_diagnostic *diagnostic, const char **out, size_t *length);
JX_API jx_status jx_evaluation_reason_n(const jx_evaluation *evaluation, const char **out, size_t *length);
JX_API jx_status jx_score_report_text_n(const jx_score_report *report, size_t index, jx_score_field field,
                                        const char **out, size_t *length);
/* jx_target_evaluate with the unit as (unit, unit_length): unit may be NULL (no
 * unit) or hold NUL; JX_NUL_TERMINATED as for any text. */
JX_API jx_status jx_target_evaluate_n(const jx_target *target, const char *actual, size_t length,
                                      const char *unit, size_t unit_length, jx_evaluation **out,
                                      jx_error *err);

/* ---- added in 0.x: reading actuals with options --------------------------------- */

/* How to read actuals JSON.  Zero members mean the defaults. */
typedef struct jx_actuals_options {
  uint32_t struct_size;       /* sizeof(jx_actuals_options) */
  const char *source_name;    /* named in errors; NULL → the file name or "<input>" */
  size_t source_name_length;  /* 0 → source_name is NUL-terminated */
  uint64_t max_input_bytes;   /* 0 → 1 GiB */
  uint32_t max_json_depth;    /* JSON nesting; 0 → 256 */
} jx_actuals_options;

#define JX_ACTUALS_OPTIONS_INIT { (uint32_t)sizeof(jx_actuals_options), NULL, 0, 0, 0 }
/* Sets *options to the defaults.  NULL is a no-op. */
JX_API void jx_actuals_options_init(jx_actuals_options *options);
/* jx_actuals_read and jx_actuals_read_file with options (NULL: the defaults).
 * Errors: as those, and JX_ELIMIT (input beyond max_input_bytes, nesting beyond
 * max_json_depth, named in the message). */
JX_API jx_status jx_actuals_read_v2(const char *json, size_t length, const jx_actuals_options *options,
                                    jx_actuals **out, jx_error *err);
JX_API jx_status jx_actuals_read_file_v2(const char *path, const jx_actuals_options *options,
                                         jx_actuals **out, jx_error *err);

/* ---- added in 0.x: streaming reader of the published layout --------------------- */

/* Reads a document one declaration at a time, so that a large input never has all
 * its declarations in memory (the C++ PublishedTextReader).  Caller-owned;
 * jx_reader_free.  The declarations it gives are those jx_document_read gives for
 * the same input, in order, with the same diagnostics.  jx_reader_next changes the
 * reader: use one reader from one thread at a time. */
typedef struct jx_reader jx_reader;

/* Opens a reader over (bytes, length), which must stay valid and unchanged until
 * jx_reader_free (they are not copied).  options as for jx_document_read; format
 * JX_FORMAT_AUTO, JX_FORMAT_PUBLISHED or JX_FORMAT_TEXT (anything else is JX_EINVAL:
 * JSON is read whole by jx_document_read).  Errors: JX_EINVAL, JX_ELIMIT
 * (max_input_bytes), JX_ENOMEM. */
JX_API jx_status jx_reader_open(const char *bytes, size_t length, const jx_read_options *options,
                                jx_reader **out, jx_error *err);
/* The same over a file, read into memory the reader owns.  Errors: as above, JX_EIO. */
JX_API jx_status jx_reader_open_file(const char *path, const jx_read_options *options, jx_reader **out,
                                     jx_error *err);
/* The next declaration, borrowed from the reader and valid until the next
 * jx_reader_next or jx_reader_free; *out is NULL (and the status JX_OK) at the end
 * of the input.  Its index in the document is the number of declarations given
 * before it (the index its diagnostics name).  Errors: JX_EINVAL (NULL, or the
 * reader failed before), JX_ELIMIT (a limit of the options: the reader is then
 * finished), JX_ENOMEM. */
JX_API jx_status jx_reader_next(jx_reader *reader, const jx_declaration **out, jx_error *err);
/* The document title and its length (NULL and 0 when there is none); final once
 * jx_reader_next has returned once.  Valid until jx_reader_free.  Errors: JX_EINVAL. */
JX_API jx_status jx_reader_title(const jx_reader *reader, const char **out, size_t *length);
/* The reader's diagnostics so far, borrowed (valid until the next jx_reader_next or
 * jx_reader_free); complete once jx_reader_next has given NULL.  Those about a
 * declaration are there when it is given.  Errors: JX_EINVAL. */
JX_API jx_status jx_reader_diagnostics(const jx_reader *reader, const jx_diagnostics **out);
/* NULL is a no-op.  Invalidates what the reader lent. */
JX_API void jx_reader_free(jx_reader *reader);

/* ---- added in 0.x: a document as columns (for data frames) ---------------------- */

/* Column data of a whole document in one call: one buffer per column instead of a
 * call per field (bindings build data frames from it).  Caller-owned; jx_columns_free. */
typedef struct jx_columns jx_columns;

typedef enum jx_rows {
  JX_ROWS_INDICATORS = 0,  /* one row per indicator, in document order */
  JX_ROWS_DECLARATIONS = 1 /* one row per declaration */
} jx_rows;

typedef enum jx_column_type {
  JX_COLUMN_TEXT = 0,    /* UTF-8 (decimals and dates as the document JSON writes them) */
  JX_COLUMN_INTEGER = 1, /* int64_t */
  JX_COLUMN_MONEY = 2,   /* int64_t 分 (exact) */
  JX_COLUMN_BOOL = 3     /* int64_t 0 or 1 */
} jx_column_type;

/* The columns of the document JSON (formats.md), named by its keys joined with dots
 * ("target.value", "funds.total"), each row a value or absent where the JSON has null
 * or no key.  Indicator rows lead with "declaration" and "indicator" (0-based
 * positions) and "project" (the declaration's project.name); declaration rows with
 * "declaration", and end with "indicators" (their count).  Errors: JX_EINVAL (NULL,
 * unknown rows), JX_ENOMEM. */
JX_API jx_status jx_document_columns(const jx_document *document, jx_rows rows, jx_columns **out,
                                     jx_error *err);
/* NULL is a no-op.  Invalidates every pointer it lent. */
JX_API void jx_columns_free(jx_columns *columns);
/* Number of rows and of columns; either pointer may be NULL.  Errors: JX_EINVAL. */
JX_API jx_status jx_columns_shape(const jx_columns *columns, size_t *rows, size_t *count);
/* Column index's name (ASCII, static storage) and type; either may be NULL.
 * Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_columns_info(const jx_columns *columns, size_t index, const char **name,
                                 jx_column_type *type);
/* Column index's data, borrowed while the columns live; any out pointer may be NULL.
 * present: one byte per row, 1 when the row has a value.  JX_COLUMN_TEXT: text holds
 * the values back to back (text_length bytes), offsets rows + 1 byte offsets (row i is
 * text[offsets[i], offsets[i + 1]), empty when absent), integers NULL.  Other types:
 * integers holds one value per row (0 when absent), text and offsets NULL,
 * text_length 0.  Errors: JX_EINVAL, JX_ERANGE. */
JX_API jx_status jx_columns_data(const jx_columns *columns, size_t index, const uint8_t **present,
                                 const int64_t **integers, const char **text, const uint64_t **offsets,
                                 size_t *text_length);

/* ---- published 自评表 and the fill-in template (scoring.md, formats.md additions) -- */

/* Scores every declaration of a document that holds its own actuals (a published
 * 自评表: each row's 实际完成值, 分值 and 偏差原因, the funds block), with its own
 * weights.  *out is caller-owned (jx_score_report_free).  Errors: as jx_score. */
JX_API jx_status jx_score_published(const jx_document *document, const jx_score_options *options,
                                    jx_score_report **out, jx_error *err);

/* Re-scores each published 自评表 of the document with its own weights and actuals and
 * lists every deviation: SELFEVAL_WEIGHT_SUM, SELFEVAL_TOTAL_SUM, SELFEVAL_SCORE_RULE
 * (the allowed value or band in the message), SELFEVAL_BUDGET_SCORE,
 * SELFEVAL_REASON_MISSING — each a diagnostic with its code, severity, message,
 * declaration index and row (jx_diagnostic_location's indicator: the 0-based row, -1
 * for the whole table).  An empty list: the tables follow the rules.  *out is
 * caller-owned (jx_diagnostics_free).  Errors: JX_EINVAL, JX_EPARSE (an option), JX_ENOMEM. */
JX_API jx_status jx_selfeval_check(const jx_document *document, const jx_score_options *options,
                                   jx_diagnostics **out, jx_error *err);

/* The 决算 figures over many scored self-evaluations (plain values; frozen layout). */
typedef struct jx_selfeval_summary {
  uint64_t projects;       /* declarations scored */
  char budget_wan[32];     /* Σ 全年预算数 in 万元, exact, 6 decimals ("215.040000") */
  char average[32];        /* mean 总分, 2 decimals half-up; "" without projects */
  uint64_t excellent;      /* count of 优 */
  uint64_t good;           /* 良 */
  uint64_t pass;           /* 中 (合格) */
  uint64_t fail;           /* 差 (不合格) */
} jx_selfeval_summary;

/* Sums `count` reports (from jx_score or jx_score_published) into *out.  reports may be
 * NULL when count is 0.  Errors: JX_EINVAL (NULL), JX_EOVERFLOW. */
JX_API jx_status jx_selfeval_summarize(const jx_score_report *const *reports, size_t count,
                                       jx_selfeval_summary *out);

/* 1 when this build writes xlsx templates (libxlsxwriter was found), else 0. */
JX_API int jx_score_template_xlsx_supported(void);

/* The fill-in 自评表 of the document (columns 项目名称 … 全年执行数, one budget row per
 * project, targets printed, 实际完成值 and 偏差原因 blank) as JX_FORMAT_CSV (UTF-8
 * with a BOM, CRLF).  *out is the caller's (jx_string_free).  Errors: JX_EINVAL
 * (NULL, another format), JX_ENOMEM. */
JX_API jx_status jx_score_template_write(const jx_document *document, jx_format format, char **out,
                                         size_t *length);
/* The same written to path, as JX_FORMAT_CSV or JX_FORMAT_XLSX.  Errors: JX_EINVAL
 * (NULL; JX_FORMAT_XLSX in a build without libxlsxwriter, said in the message),
 * JX_EIO, JX_ENOMEM. */
JX_API jx_status jx_score_template_write_file(const jx_document *document, jx_format format,
                                              const char *path, jx_error *err);
/* Reads a filled template (CSV or xlsx, told apart by content) as actuals for the
 * document; each 实际完成值 is read against its row's target.  Errors: JX_EINVAL,
 * JX_EPARSE (the message lists every bad cell, "Sheet1!F12: 「约90」不是数值", one per
 * line, as far as it fits), JX_EFORMAT (not the template's header), JX_ELIMIT,
 * JX_ENOMEM. */
JX_API jx_status jx_actuals_read_template(const jx_document *document, const char *bytes, size_t length,
                                          const char *source_name, jx_actuals **out, jx_error *err);

#ifdef __cplusplus
}
#endif

#endif /* JIXIAO_H */
