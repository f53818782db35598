# SPDX-License-Identifier: Apache-2.0
"""Diagnostics: findings of the reader (INGEST_*), the review rules and scoring.

:class:`Diagnostic` is a plain value copied out of the C list, so it outlives the
document or report it came from.
"""

import ctypes
from typing import List, Optional

from . import _ffi

__all__ = ["Diagnostic"]


class Diagnostic:
    """One finding: ``code`` ("FUNDS_TOTAL_SUM"), ``severity`` ("error", "warning",
    "info"), ``message`` (Chinese, names the figures), and where: ``declaration`` and
    ``indicator`` (0-based indexes or None) and ``line`` (1-based or None).

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     print(document.diagnostics[0])
    line 21: info INGEST_FRAGMENT_SKIPPED: 第21行：分页残片「绩效 指标」不是数据，已跳过
    """

    __slots__ = ("code", "severity", "message", "declaration", "indicator", "line")

    def __init__(self, code: str, severity: str, message: str, declaration: Optional[int] = None,
                 indicator: Optional[int] = None, line: Optional[int] = None) -> None:
        self.code = code
        self.severity = severity
        self.message = message
        self.declaration = declaration
        self.indicator = indicator
        self.line = line

    def _key(self):
        return (self.code, self.severity, self.message, self.declaration, self.indicator, self.line)

    def __eq__(self, other):
        if not isinstance(other, Diagnostic):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return ("Diagnostic(code={!r}, severity={!r}, message={!r}, declaration={!r}, "
                "indicator={!r}, line={!r})").format(*self._key())

    def __str__(self):
        where = "" if self.line is None else f"line {self.line}: "
        return f"{where}{self.severity} {self.code}: {self.message}"

    def __reduce__(self):
        return (Diagnostic, self._key())


def copy_list(pointer) -> List[Diagnostic]:
    """Every diagnostic of a jx_diagnostics list, copied out (the list is not freed)."""
    count = ctypes.c_size_t()
    _ffi.check(_ffi.lib.jx_diagnostics_count(pointer, ctypes.byref(count)))
    result = []
    for index in range(count.value):
        item = ctypes.c_void_p()
        _ffi.check(_ffi.lib.jx_diagnostics_get(pointer, index, ctypes.byref(item)))
        code = ctypes.c_char_p()
        _ffi.check(_ffi.lib.jx_diagnostic_code(item, ctypes.byref(code)))
        severity = ctypes.c_int()
        _ffi.check(_ffi.lib.jx_diagnostic_severity(item, ctypes.byref(severity)))
        message, length = ctypes.c_void_p(), ctypes.c_size_t()
        _ffi.check(_ffi.lib.jx_diagnostic_message_n(item, ctypes.byref(message), ctypes.byref(length)))
        declaration = ctypes.c_int64()
        indicator = ctypes.c_int64()
        line = ctypes.c_uint32()
        _ffi.check(_ffi.lib.jx_diagnostic_location(item, ctypes.byref(declaration),
                                                   ctypes.byref(indicator), ctypes.byref(line)))
        result.append(Diagnostic(
            _ffi.text(code.value),
            _ffi.SEVERITIES[severity.value],
            _ffi.lent(message, length) or "",
            None if declaration.value < 0 else declaration.value,
            None if indicator.value < 0 else indicator.value,
            line.value or None,
        ))
    return result
