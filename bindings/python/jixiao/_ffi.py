# SPDX-License-Identifier: Apache-2.0
"""Loading libjixiao.so.0 and declaring every C function it exports (ctypes).

This is the only module that knows the C ABI (capi/include/jixiao.h).  Every function
used anywhere in the package is declared in ``PROTOTYPES`` with its ``restype`` and
``argtypes``; tests/python/test_header_drift.py checks them against the header.

Where the library is found, in order (python-zstandard, llvmlite):
  1. the path in the ``JIXIAO_LIBRARY`` environment variable;
  2. ``libjixiao.so.0`` beside this package (``jixiao/libjixiao.so.0``);
  3. the system loader (``ctypes.util.find_library("jixiao")``, then the SONAME).
"""

import contextlib
import ctypes
import ctypes.util
import gc
import os
from pathlib import Path

from . import errors

__all__ = ["lib", "library_path", "MIN_VERSION", "check", "Error", "Money"]

SONAME = "libjixiao.so.0"
# The oldest library release this package works with (JX_VERSION_NUMBER: 0.1.0).
MIN_VERSION = 100
# Releases of one major version keep the ABI (the SONAME only moves on a break).
_MAJOR = MIN_VERSION // 10000

# ---- C types -------------------------------------------------------------------

c_status = ctypes.c_int
c_enum = ctypes.c_int
c_handle = ctypes.c_void_p  # every opaque pointer: jx_document *, const jx_target *, ...
c_text_out = ctypes.POINTER(ctypes.c_char_p)  # const char **: library-owned text
c_owned_out = ctypes.POINTER(ctypes.c_void_p)  # char **: caller-owned, jx_string_free
c_lent_out = ctypes.POINTER(ctypes.c_void_p)  # const char ** with a length: may hold NUL
c_size_p = ctypes.POINTER(ctypes.c_size_t)
c_int_p = ctypes.POINTER(ctypes.c_int)
c_handle_p = ctypes.POINTER(ctypes.c_void_p)

NO_OFFSET = 2**64 - 1
NUL_TERMINATED = ctypes.c_size_t(-1).value

# Status codes (pinned in jixiao.h).
OK = 0
EINVAL = -1
EPARSE = -2
EOVERFLOW = -3
ELIMIT = -4
EIO = -5
EFORMAT = -6
ENOMEM = -7
EBUFS = -8
ERANGE = -9
EINTERNAL = -10

# jx_format (FORMAT_TEXT is both FORMAT_PUBLISHED and FORMAT_TABLE, kept for old callers)
FORMAT_AUTO, FORMAT_TEXT, FORMAT_JSON, FORMAT_CSV, FORMAT_MARKDOWN, FORMAT_PUBLISHED, FORMAT_TABLE = range(7)
# jx_rows, jx_column_type
ROWS_INDICATORS, ROWS_DECLARATIONS = range(2)
COLUMN_TEXT, COLUMN_INTEGER, COLUMN_MONEY, COLUMN_BOOL = range(4)
WRITE_PRETTY = 1

# jx_money_style
MONEY_PLAIN, MONEY_THOUSANDS, MONEY_WAN, MONEY_CHINESE = range(4)

# jx_rounding
ROUND_EXACT, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN = range(4)

# jx_target_kind (index = value)
TARGET_KINDS = ("compare", "range", "trend", "deadline", "period", "qualitative", "invalid", "placeholder")
# jx_target_field
(TARGET_RAW, TARGET_KIND_NAME, TARGET_OP, TARGET_VALUE, TARGET_UNIT, TARGET_NOTE, TARGET_LOW,
 TARGET_HIGH, TARGET_DIRECTION, TARGET_BASIS, TARGET_BY_VALUE, TARGET_BY_UNIT, TARGET_DATE,
 TARGET_START, TARGET_END, TARGET_TERM, TARGET_ERROR_EXPECTED, TARGET_ERROR_MESSAGE) = range(18)

# jx_verdict
VERDICTS = ("met", "not_met", "not_comparable")

# jx_funds_field
FUNDS_FIELDS = ("total", "total_fiscal", "total_other", "annual", "annual_appropriation",
                "annual_carryover", "annual_other")
# jx_declaration_field
(PROJECT_NAME, PROJECT_NATURE, PROJECT_CATEGORY, PROJECT_SUPERVISOR, PROJECT_IMPLEMENTER,
 PROJECT_START_DATE, PROJECT_END_DATE, GOALS_OVERALL, GOALS_ANNUAL, FUNDS_UNIT, TAXONOMY) = range(11)
# jx_indicator_field
INDICATOR_LEVEL1, INDICATOR_LEVEL2, INDICATOR_NAME, INDICATOR_RAW, INDICATOR_LABEL = range(5)

# jx_severity (index = value)
SEVERITIES = ("error", "warning", "info")

# jx_reverse_formula
REVERSE_FORMULAS = ("ratio", "linear")
# jx_grade_scheme
GRADE_SCHEMES = ("national", "shanghai")
# jx_format: the template's xlsx (FORMAT_CSV above)
FORMAT_XLSX = 7
# jx_score_field
SCORE_PROJECT, SCORE_TOTAL, SCORE_GRADE, SCORE_BUDGET_RATE, SCORE_BUDGET_SCORE = range(5)


class Error(ctypes.Structure):
    """jx_error: a frozen value type."""

    _fields_ = [
        ("code", ctypes.c_int),
        ("line", ctypes.c_uint32),
        ("offset", ctypes.c_uint64),
        ("expected", ctypes.c_char * 64),
        ("message", ctypes.c_char * 512),
    ]


class Money(ctypes.Structure):
    """jx_money: an exact count of 分."""

    _fields_ = [("fen", ctypes.c_int64)]


class ReadOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("format", c_enum),
        ("source_name", ctypes.c_char_p),
        ("max_input_bytes", ctypes.c_uint64),
        ("max_line_bytes", ctypes.c_uint64),
        ("max_rows", ctypes.c_uint64),
        ("max_declarations", ctypes.c_uint64),
        ("max_json_depth", ctypes.c_uint32),
        ("source_name_length", ctypes.c_size_t),
        ("serialization", ctypes.c_char_p),  # added in 0.x: --from
    ]


class ValidateOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("rules", ctypes.POINTER(ctypes.c_char_p)),
        ("rule_count", ctypes.c_size_t),
        ("profile", ctypes.c_char_p),
        ("rule_lengths", ctypes.POINTER(ctypes.c_size_t)),
        ("profile_length", ctypes.c_size_t),
    ]


class ActualsOptions(ctypes.Structure):
    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("source_name", ctypes.c_char_p),
        ("source_name_length", ctypes.c_size_t),
        ("max_input_bytes", ctypes.c_uint64),
        ("max_json_depth", ctypes.c_uint32),
    ]


# The decimal members of jx_score_options, in order, and their Python keyword names.
SCORE_DECIMAL_OPTIONS_BEFORE = ("budget_weight", "output_cost_weight", "effect_weight",
                                "satisfaction_weight")
SCORE_DECIMAL_OPTIONS_AFTER = ("achieved_low", "achieved_high", "achieved_default",
                               "partial_low", "partial_high", "partial_default",
                               "not_achieved_low", "not_achieved_high", "not_achieved_default",
                               "grade_excellent", "grade_good", "grade_pass",
                               "overshoot_threshold", "budget_rate_warning")


class ScoreOptions(ctypes.Structure):
    _fields_ = (
        [("struct_size", ctypes.c_uint32)]
        + [(name, ctypes.c_char_p) for name in SCORE_DECIMAL_OPTIONS_BEFORE]
        + [("reverse_formula", c_enum)]
        + [(name, ctypes.c_char_p) for name in SCORE_DECIMAL_OPTIONS_AFTER]
        + [("grade_scheme", c_enum)]
    )


class SelfEvalSummary(ctypes.Structure):
    """jx_selfeval_summary: plain values, frozen layout."""

    _fields_ = [
        ("projects", ctypes.c_uint64),
        ("budget_wan", ctypes.c_char * 32),
        ("average", ctypes.c_char * 32),
        ("excellent", ctypes.c_uint64),
        ("good", ctypes.c_uint64),
        ("pass", ctypes.c_uint64),
        ("fail", ctypes.c_uint64),
    ]


_ErrorP = ctypes.POINTER(Error)
_MoneyP = ctypes.POINTER(Money)
_u32p = ctypes.POINTER(ctypes.c_uint32)
_u64p = ctypes.POINTER(ctypes.c_uint64)
_i64p = ctypes.POINTER(ctypes.c_int64)
_text = ctypes.c_char_p  # const char * input (bytes)

# name: (restype, argtypes).  Keep in the order of jixiao.h.
PROTOTYPES = {
    # version
    "jx_version_number": (ctypes.c_int, []),
    "jx_version_string": (ctypes.c_char_p, []),
    # status and errors
    "jx_status_name": (ctypes.c_char_p, [c_status]),
    "jx_last_error": (_ErrorP, []),
    "jx_error_clear": (None, []),
    "jx_string_free": (None, [ctypes.c_void_p]),
    # money
    "jx_money_parse": (c_status, [_text, ctypes.c_size_t, _MoneyP, _ErrorP]),
    "jx_money_parse_wan": (c_status, [_text, ctypes.c_size_t, _MoneyP, _ErrorP]),
    "jx_money_from_wan": (c_status, [_text, ctypes.c_size_t, c_enum, _MoneyP, _ErrorP]),
    "jx_money_from_yuan": (c_status, [_text, ctypes.c_size_t, c_enum, _MoneyP, _ErrorP]),
    "jx_money_add": (c_status, [Money, Money, _MoneyP]),
    "jx_money_subtract": (c_status, [Money, Money, _MoneyP]),
    "jx_money_sum": (c_status, [_MoneyP, ctypes.c_size_t, _MoneyP]),
    "jx_money_multiply": (c_status, [Money, _text, ctypes.c_size_t, c_enum, _MoneyP, _ErrorP]),
    "jx_money_compare": (ctypes.c_int, [Money, Money]),
    "jx_money_format": (c_status, [Money, c_enum, ctypes.c_char_p, ctypes.c_size_t, c_size_p]),
    "jx_money_format_alloc": (c_status, [Money, c_enum, c_owned_out]),
    # targets
    "jx_target_parse": (c_status, [_text, ctypes.c_size_t, c_handle_p, _ErrorP]),
    "jx_target_free": (None, [c_handle]),
    "jx_target_kind_of": (c_status, [c_handle, c_int_p]),
    "jx_target_text": (c_status, [c_handle, c_enum, c_text_out]),
    "jx_target_op": (c_status, [c_handle, c_int_p]),
    "jx_target_trend": (c_status, [c_handle, c_int_p, c_int_p, c_int_p]),
    "jx_target_error_offset": (c_status, [c_handle, _u64p]),
    "jx_target_canonical": (c_status, [c_handle, ctypes.c_char_p, ctypes.c_size_t, c_size_p]),
    "jx_target_canonical_alloc": (c_status, [c_handle, c_owned_out]),
    "jx_target_to_json": (c_status, [c_handle, c_owned_out, c_size_p]),
    "jx_target_evaluate": (c_status, [c_handle, _text, ctypes.c_size_t, _text, c_handle_p, _ErrorP]),
    "jx_evaluation_free": (None, [c_handle]),
    "jx_evaluation_verdict": (c_status, [c_handle, c_int_p]),
    "jx_evaluation_degree": (c_status, [c_handle, c_text_out]),
    "jx_evaluation_reason": (c_status, [c_handle, c_text_out]),
    # documents
    "jx_read_options_init": (None, [ctypes.POINTER(ReadOptions)]),
    "jx_document_read": (c_status, [_text, ctypes.c_size_t, ctypes.POINTER(ReadOptions), c_handle_p, _ErrorP]),
    "jx_document_read_file": (c_status, [_text, ctypes.POINTER(ReadOptions), c_handle_p, _ErrorP]),
    "jx_document_free": (None, [c_handle]),
    "jx_document_title": (c_status, [c_handle, c_text_out]),
    "jx_document_declaration_count": (c_status, [c_handle, c_size_p]),
    "jx_document_declaration": (c_status, [c_handle, ctypes.c_size_t, c_handle_p]),
    "jx_document_diagnostics": (c_status, [c_handle, c_handle_p]),
    "jx_document_funds_total": (c_status, [c_handle, c_enum, _MoneyP]),
    "jx_declaration_text": (c_status, [c_handle, c_enum, c_text_out]),
    "jx_declaration_funds": (c_status, [c_handle, c_enum, _MoneyP, c_int_p]),
    "jx_declaration_year": (c_status, [c_handle, c_int_p, c_int_p]),
    "jx_declaration_lines": (c_status, [c_handle, _u32p, _u32p]),
    "jx_declaration_indicator_count": (c_status, [c_handle, c_size_p]),
    "jx_declaration_indicator": (c_status, [c_handle, ctypes.c_size_t, c_handle_p]),
    "jx_indicator_text": (c_status, [c_handle, c_enum, c_text_out]),
    "jx_indicator_line": (c_status, [c_handle, _u32p]),
    "jx_indicator_target": (c_status, [c_handle, c_handle_p]),
    "jx_document_write": (c_status, [c_handle, c_enum, ctypes.c_uint32, c_owned_out, c_size_p]),
    "jx_document_summary": (c_status, [c_handle, c_enum, ctypes.c_uint32, c_owned_out, c_size_p]),
    # diagnostics and validation
    "jx_diagnostics_count": (c_status, [c_handle, c_size_p]),
    "jx_diagnostics_get": (c_status, [c_handle, ctypes.c_size_t, c_handle_p]),
    "jx_diagnostics_count_severity": (c_status, [c_handle, c_enum, c_size_p]),
    "jx_diagnostics_to_json": (c_status, [c_handle, ctypes.c_uint32, c_owned_out, c_size_p]),
    "jx_diagnostics_free": (None, [c_handle]),
    "jx_diagnostic_code": (c_status, [c_handle, c_text_out]),
    "jx_diagnostic_severity": (c_status, [c_handle, c_int_p]),
    "jx_diagnostic_message": (c_status, [c_handle, c_text_out]),
    "jx_diagnostic_location": (c_status, [c_handle, _i64p, _i64p, _u32p]),
    "jx_validate_options_init": (None, [ctypes.POINTER(ValidateOptions)]),
    "jx_validate": (c_status, [c_handle, ctypes.POINTER(ValidateOptions), c_handle_p, _ErrorP]),
    "jx_validation_rule_count": (c_status, [c_size_p]),
    "jx_validation_rule": (c_status, [ctypes.c_size_t, c_text_out, c_int_p, c_text_out]),
    # scoring
    "jx_actuals_read": (c_status, [_text, ctypes.c_size_t, _text, c_handle_p, _ErrorP]),
    "jx_actuals_read_file": (c_status, [_text, c_handle_p, _ErrorP]),
    "jx_actuals_free": (None, [c_handle]),
    "jx_score_options_init": (None, [ctypes.POINTER(ScoreOptions)]),
    "jx_score": (c_status, [c_handle, c_handle, ctypes.POINTER(ScoreOptions), c_handle_p, _ErrorP]),
    "jx_score_report_free": (None, [c_handle]),
    "jx_score_report_count": (c_status, [c_handle, c_size_p]),
    "jx_score_report_text": (c_status, [c_handle, ctypes.c_size_t, c_enum, c_text_out]),
    "jx_score_report_diagnostics": (c_status, [c_handle, c_handle_p]),
    "jx_score_report_write": (c_status, [c_handle, c_enum, ctypes.c_uint32, c_owned_out, c_size_p]),
    # added in 0.x: lengths of borrowed strings (text may hold NUL: read with ctypes.string_at)
    "jx_document_title_n": (c_status, [c_handle, c_lent_out, c_size_p]),
    "jx_declaration_text_n": (c_status, [c_handle, c_enum, c_lent_out, c_size_p]),
    "jx_indicator_text_n": (c_status, [c_handle, c_enum, c_lent_out, c_size_p]),
    "jx_target_text_n": (c_status, [c_handle, c_enum, c_lent_out, c_size_p]),
    "jx_diagnostic_message_n": (c_status, [c_handle, c_lent_out, c_size_p]),
    "jx_evaluation_reason_n": (c_status, [c_handle, c_lent_out, c_size_p]),
    "jx_score_report_text_n": (c_status, [c_handle, ctypes.c_size_t, c_enum, c_lent_out, c_size_p]),
    "jx_target_evaluate_n": (c_status, [c_handle, _text, ctypes.c_size_t, _text, ctypes.c_size_t, c_handle_p,
                                        _ErrorP]),
    # added in 0.x: actuals with options
    "jx_actuals_options_init": (None, [ctypes.POINTER(ActualsOptions)]),
    "jx_actuals_read_v2": (c_status, [_text, ctypes.c_size_t, ctypes.POINTER(ActualsOptions), c_handle_p,
                                      _ErrorP]),
    "jx_actuals_read_file_v2": (c_status, [_text, ctypes.POINTER(ActualsOptions), c_handle_p, _ErrorP]),
    # added in 0.x: the streaming reader
    "jx_reader_open": (c_status, [_text, ctypes.c_size_t, ctypes.POINTER(ReadOptions), c_handle_p, _ErrorP]),
    "jx_reader_open_file": (c_status, [_text, ctypes.POINTER(ReadOptions), c_handle_p, _ErrorP]),
    "jx_reader_next": (c_status, [c_handle, c_handle_p, _ErrorP]),
    "jx_reader_title": (c_status, [c_handle, c_lent_out, c_size_p]),
    "jx_reader_diagnostics": (c_status, [c_handle, c_handle_p]),
    "jx_reader_free": (None, [c_handle]),
    # added in 0.x: a document as columns
    "jx_document_columns": (c_status, [c_handle, c_enum, c_handle_p, _ErrorP]),
    "jx_columns_free": (None, [c_handle]),
    "jx_columns_shape": (c_status, [c_handle, c_size_p, c_size_p]),
    "jx_columns_info": (c_status, [c_handle, ctypes.c_size_t, c_text_out, c_int_p]),
    "jx_columns_data": (c_status, [c_handle, ctypes.c_size_t, ctypes.POINTER(ctypes.c_void_p),
                                   ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p),
                                   ctypes.POINTER(ctypes.c_void_p), c_size_p]),
    # published 自评表 and the fill-in template
    "jx_score_published": (c_status, [c_handle, ctypes.POINTER(ScoreOptions), c_handle_p, _ErrorP]),
    "jx_selfeval_check": (c_status, [c_handle, ctypes.POINTER(ScoreOptions), c_handle_p, _ErrorP]),
    "jx_selfeval_summarize": (c_status, [ctypes.POINTER(ctypes.c_void_p), ctypes.c_size_t,
                                         ctypes.POINTER(SelfEvalSummary)]),
    "jx_score_template_xlsx_supported": (ctypes.c_int, []),
    "jx_score_template_write": (c_status, [c_handle, c_enum, c_owned_out, c_size_p]),
    "jx_score_template_write_file": (c_status, [c_handle, c_enum, _text, _ErrorP]),
    "jx_actuals_read_template": (c_status, [c_handle, _text, ctypes.c_size_t, _text, c_handle_p, _ErrorP]),
}


# ---- loading -------------------------------------------------------------------

_HINT = (
    "Build it (cmake --build <build-dir> --target jixiao_capi) and point JIXIAO_LIBRARY at "
    "<build-dir>/libjixiao.so.0, copy libjixiao.so.0 into the installed jixiao package "
    "directory, or install it where the system loader finds it (cmake --install; ldconfig). "
    "See bindings/python/README.md."
)


def _candidates():
    """(description, path or name) in the order they are tried."""
    env = os.environ.get("JIXIAO_LIBRARY")
    if env:
        # Set explicitly: use it or fail, never fall back to another copy silently.
        return [("JIXIAO_LIBRARY", env)]
    found = [("beside the package", str(Path(__file__).resolve().parent / SONAME))]
    system = ctypes.util.find_library("jixiao")
    if system:
        found.append(("system loader", system))
    found.append(("system loader", SONAME))
    return found


def _load():
    tried = []
    for where, name in _candidates():
        if where == "beside the package" and not os.path.exists(name):
            tried.append(f"{name} ({where}): not there")
            continue
        try:
            return ctypes.CDLL(name), name
        except OSError as exc:
            tried.append(f"{name} ({where}): {exc}")
    raise errors.LibraryNotFoundError(
        "jixiao: cannot load libjixiao.so.0. Tried:\n  " + "\n  ".join(tried) + "\n" + _HINT
    )


def _declare(library, path):
    missing = []
    for name, (restype, argtypes) in PROTOTYPES.items():
        try:
            function = getattr(library, name)
        except AttributeError:
            missing.append(name)
            continue
        function.restype = restype
        function.argtypes = argtypes
    if missing:
        raise errors.LibraryNotFoundError(
            f"jixiao: {path} lacks {', '.join(missing)}; it is older than this package "
            f"needs (release {MIN_VERSION // 10000}.{MIN_VERSION // 100 % 100}.{MIN_VERSION % 100} "
            f"or newer). " + _HINT
        )


def _check_version(library, path):
    try:
        number = library.jx_version_number
    except AttributeError:
        raise errors.LibraryNotFoundError(
            f"jixiao: {path} is not libjixiao (no jx_version_number). " + _HINT
        ) from None
    number.restype = ctypes.c_int
    number.argtypes = []
    version = number()
    if version < MIN_VERSION or version // 10000 != _MAJOR:
        raise errors.LibraryNotFoundError(
            f"jixiao: {path} is release {version // 10000}.{version // 100 % 100}.{version % 100}; "
            f"this package needs {MIN_VERSION // 10000}.{MIN_VERSION // 100 % 100}.x "
            f"(≥ {MIN_VERSION // 10000}.{MIN_VERSION // 100 % 100}.{MIN_VERSION % 100}). " + _HINT
        )
    return version


lib, library_path = _load()
version_number = _check_version(lib, library_path)
_declare(lib, library_path)


# ---- helpers used by every module ---------------------------------------------

_STATUS_CLASSES = {
    EPARSE: errors.ParseError,
    EFORMAT: errors.FormatError,
    ELIMIT: errors.LimitError,
    EIO: errors.FileError,
    EOVERFLOW: errors.RangeError,
    ERANGE: errors.RangeError,
    EINVAL: errors.InvalidArgumentError,
}


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def make_error(status: int, detail: Error = None) -> Exception:
    """The Python exception for a failed call; detail is the call's jx_error, if any."""
    if status == ENOMEM:
        return MemoryError("jixiao: out of memory")
    if detail is None or detail.code != status:
        # Functions without a jx_error parameter record it thread-locally.
        last = lib.jx_last_error()
        detail = last.contents if last else None
    message = _decode(detail.message) if detail is not None and detail.code == status else ""
    name = _decode(lib.jx_status_name(status) or b"JX_UNKNOWN")
    if not message:
        message = f"jixiao call failed with {name}"
    cls = _STATUS_CLASSES.get(status, errors.JixiaoError)
    offset = line = None
    expected = ""
    if detail is not None and detail.code == status:
        offset = None if detail.offset == NO_OFFSET else int(detail.offset)
        line = int(detail.line) or None
        expected = _decode(detail.expected)
    return cls(message, status=status, offset=offset, line=line, expected=expected)


def check(status: int, detail: Error = None) -> None:
    """Raise the matching JixiaoError when status is not JX_OK."""
    if status != OK:
        raise make_error(status, detail)


def take_string(pointer: ctypes.c_void_p, length: int = None) -> str:
    """Copy a caller-owned ``char *`` into a str and free it with jx_string_free."""
    address = pointer.value if isinstance(pointer, ctypes.c_void_p) else pointer
    if not address:
        return ""
    try:
        data = ctypes.string_at(address, length) if length is not None else ctypes.string_at(address)
    finally:
        lib.jx_string_free(address)
    return data.decode("utf-8")


def text(value) -> str:
    """A library-owned ``const char *`` (bytes or None from ctypes) as str or None.

    Bytes that are not UTF-8 (a target's raw text is kept verbatim, even when it is
    invalid) become lone surrogates, so ``encode("utf-8", "surrogateescape")`` gives
    the original bytes back.
    """
    return None if value is None else value.decode("utf-8", "surrogateescape")


def lent(pointer: ctypes.c_void_p, length: ctypes.c_size_t):
    """A library-owned text lent with its length (the _n accessors) as str or None:
    every byte, NUL included; bytes that are not UTF-8 as :func:`text` makes them."""
    if not pointer.value:
        return None
    return ctypes.string_at(pointer.value, length.value).decode("utf-8", "surrogateescape")


class OutParams:
    """Reusable out-parameters for copying many values out in one thread.

    Copying a large document out is the hot path of the bindings; making two ctypes
    objects per call (the value and its byref) costs more than the call itself.
    """

    __slots__ = ("text", "text_ref", "handle", "handle_ref", "int", "int_ref", "int2",
                 "int2_ref", "u32", "u32_ref", "u32b", "u32b_ref", "u64", "u64_ref",
                 "size", "size_ref", "money", "money_ref")

    def __init__(self):
        for name, kind in (("text", ctypes.c_char_p), ("handle", ctypes.c_void_p),
                           ("int", ctypes.c_int), ("int2", ctypes.c_int),
                           ("u32", ctypes.c_uint32), ("u32b", ctypes.c_uint32),
                           ("u64", ctypes.c_uint64), ("size", ctypes.c_size_t), ("money", Money)):
            value = kind()
            setattr(self, name, value)
            setattr(self, name + "_ref", ctypes.byref(value))

    def string(self, function, pointer, field):
        """str or None from a ``jx_status f(handle, field, const char **)`` accessor."""
        status = function(pointer, field, self.text_ref)
        if status:
            check(status)
        value = self.text.value
        return None if value is None else value.decode("utf-8", "surrogateescape")

    def lent_string(self, function, pointer, field):
        """str or None from a ``jx_status f(handle, field, const char **, size_t *)``
        accessor (an _n form): every byte, NUL included."""
        status = function(pointer, field, self.handle_ref, self.size_ref)
        if status:
            check(status)
        return lent(self.handle, self.size)


@contextlib.contextmanager
def no_gc():
    """Pause the cyclic garbage collector while building many objects that form no
    cycles (Mercurial's ``util.nogc``): collections triggered by the allocations
    would walk the growing result again and again, which more than doubles the time
    of copying a large document out.  Restores the previous state; if another thread
    pauses it at the same time, the worst outcome is a collection that runs."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def encode(value, what: str) -> bytes:
    """Text for the C side: str as UTF-8, bytes as they are."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")
