# SPDX-License-Identifier: Apache-2.0
"""Target values (指标值, target-values.md): :func:`parse_target` and :class:`Target`.

A :class:`Target` is a plain value: its fields are copied out of the C handle when it
is made, so it can be kept, compared and pickled after its document is gone.  The
C handle is needed only for :meth:`Target.canonical`, :meth:`Target.evaluate` and
:meth:`Target.to_json`; a target copied out of a document re-parses its raw text for
those (parsing is deterministic, so the result is the same target).
"""

import ctypes
import datetime
import threading
from contextlib import contextmanager
from decimal import Decimal
from typing import Optional, Union

from . import _ffi
from ._handle import Handle
from .errors import ClosedError
from .money import decimal_text

__all__ = ["Target", "Evaluation", "parse_target"]

# The fields each kind carries, besides kind and raw (target-values.md).
_KIND_FIELDS = {
    "compare": ("op", "value", "unit", "note"),
    "range": ("low", "high", "unit", "note"),
    "trend": ("direction", "basis", "by", "by_unit"),
    "deadline": ("date",),
    "period": ("start", "end"),
    "qualitative": ("term",),
    "placeholder": ("term",),
    "invalid": ("error", "error_offset", "expected"),
}
_ALL_FIELDS = ("op", "value", "unit", "note", "low", "high", "direction", "basis", "by",
               "by_unit", "date", "start", "end", "term", "error", "error_offset", "expected")


class _TargetHandle(Handle):
    __slots__ = ()
    _kind = "target"


class _DocumentTarget:
    """The jx_target of indicator ``indicator`` of declaration ``declaration`` in a
    document: borrowed, never freed here, found when first used.  Holding the
    document's handle keeps the document alive for as long as the target lives."""

    __slots__ = ("_document", "_declaration", "_indicator")

    def __init__(self, document: Handle, declaration: int, indicator: int) -> None:
        self._document = document
        self._declaration = declaration
        self._indicator = indicator

    @property
    def closed(self) -> bool:
        return self._document.closed

    def close(self) -> None:
        self._document = _CLOSED  # drop the link; the document itself stays as it is

    @contextmanager
    def _use(self):
        with self._document._use() as document:
            out = ctypes.c_void_p()
            _ffi.check(_ffi.lib.jx_document_declaration(document, self._declaration, ctypes.byref(out)))
            _ffi.check(_ffi.lib.jx_declaration_indicator(out.value, self._indicator, ctypes.byref(out)))
            _ffi.check(_ffi.lib.jx_indicator_target(out.value, ctypes.byref(out)))
            yield out.value


class _Closed:
    closed = True

    @contextmanager
    def _use(self):
        raise ClosedError("closed")
        yield  # pragma: no cover


_CLOSED = _Closed()


def _copy_fields(pointer, out: Optional[_ffi.OutParams] = None) -> dict:
    """Every field of a jx_target (owned or borrowed) as Python values."""
    out = out or _ffi.OutParams()
    string = out.lent_string
    accessor = _ffi.lib.jx_target_text_n

    def field(which):
        return string(accessor, pointer, which)

    _ffi.check(_ffi.lib.jx_target_kind_of(pointer, out.int_ref))
    name = _ffi.TARGET_KINDS[out.int.value]
    values = {"kind": name, "raw": field(_ffi.TARGET_RAW)}
    if name == "compare":
        values.update(op=field(_ffi.TARGET_OP),
                      value=Decimal(field(_ffi.TARGET_VALUE)),
                      unit=field(_ffi.TARGET_UNIT),
                      note=field(_ffi.TARGET_NOTE))
    elif name == "range":
        values.update(low=Decimal(field(_ffi.TARGET_LOW)),
                      high=Decimal(field(_ffi.TARGET_HIGH)),
                      unit=field(_ffi.TARGET_UNIT),
                      note=field(_ffi.TARGET_NOTE))
    elif name == "trend":
        by = field(_ffi.TARGET_BY_VALUE)
        values.update(direction=field(_ffi.TARGET_DIRECTION),
                      basis=field(_ffi.TARGET_BASIS),
                      by=Decimal(by) if by else None,
                      by_unit=field(_ffi.TARGET_BY_UNIT) if by else None)
    elif name == "deadline":  # no date when no year is named (`11月底前`)
        date = field(_ffi.TARGET_DATE)
        values["date"] = datetime.date.fromisoformat(date) if date else None
    elif name == "period":  # None for `1-12月` (no year named)
        values.update(start=field(_ffi.TARGET_START) or None, end=field(_ffi.TARGET_END) or None)
    elif name in ("qualitative", "placeholder"):
        values["term"] = field(_ffi.TARGET_TERM)
    else:
        _ffi.check(_ffi.lib.jx_target_error_offset(pointer, out.u64_ref))
        values.update(error=field(_ffi.TARGET_ERROR_MESSAGE),
                      error_offset=int(out.u64.value),
                      expected=field(_ffi.TARGET_ERROR_EXPECTED))
    return values


def fields_from_json(data: dict) -> dict:
    """The fields of a target from its canonical JSON (target-values.md), with the
    same values the C accessors give: decimals as Decimal, absent text as ""."""
    kind = data["kind"]
    values = {"kind": kind, "raw": data["raw"]}
    if kind == "compare":
        values.update(op=data["op"], value=Decimal(data["value"]), unit=data.get("unit") or "",
                      note=data.get("note") or "")
    elif kind == "range":
        values.update(low=Decimal(data["low"]), high=Decimal(data["high"]), unit=data.get("unit") or "",
                      note=data.get("note") or "")
    elif kind == "trend":
        by = data.get("by")
        values.update(direction=data["direction"], basis=data.get("basis") or "none",
                      by=Decimal(by["value"]) if by else None,
                      by_unit=(by.get("unit") or "") if by else None)
    elif kind == "deadline":
        values["date"] = datetime.date.fromisoformat(data["date"]) if data.get("date") else None
    elif kind == "period":
        values.update(start=data.get("start") or None, end=data.get("end") or None)
    elif kind in ("qualitative", "placeholder"):
        values["term"] = data["term"]
    elif kind == "invalid":
        values.update(error=data.get("error") or "", error_offset=int(data.get("offset") or 0),
                      expected=data.get("expected") or "")
    else:
        raise ValueError(f"unknown target kind {kind!r}")
    return values


def _parse_handle(text: bytes) -> _TargetHandle:
    out = ctypes.c_void_p()
    error = _ffi.Error()
    _ffi.check(_ffi.lib.jx_target_parse(text, len(text), ctypes.byref(out), ctypes.byref(error)), error)
    return _TargetHandle(out.value, _ffi.lib.jx_target_free)


class Evaluation:
    """Whether an actual value meets a target, and how far (a plain value).

    >>> parse_target("≥90.00(%)").evaluate(Decimal("93.5"))
    Evaluation(verdict='met', degree=Decimal('1.0388888889'), reason='实际值 93.5% 达到目标 ≥90.00(%)')
    """

    __slots__ = ("verdict", "degree", "reason")

    def __init__(self, verdict: str, degree: Optional[Decimal], reason: str) -> None:
        self.verdict = verdict  # "met", "not_met" or "not_comparable"
        self.degree = degree    # actual/target (positive), target/actual (reverse), ...; or None
        self.reason = reason    # one line of Chinese, "" when met without remark

    @property
    def met(self) -> bool:
        """True when the verdict is ``"met"``.

        >>> parse_target("合规").evaluate("achieved").met
        True
        """
        return self.verdict == "met"

    def __eq__(self, other):
        if not isinstance(other, Evaluation):
            return NotImplemented
        return (self.verdict, self.degree, self.reason) == (other.verdict, other.degree, other.reason)

    def __repr__(self):
        return f"Evaluation(verdict={self.verdict!r}, degree={self.degree!r}, reason={self.reason!r})"


def _actual_text(actual) -> bytes:
    if isinstance(actual, (datetime.date, datetime.datetime)):
        if isinstance(actual, datetime.datetime):
            actual = actual.date()
        return actual.isoformat().encode("ascii")
    if isinstance(actual, (tuple, list)):
        if len(actual) != 2:
            raise ValueError("a trend actual pair is (previous, current)")
        previous, current = (decimal_text(v, "a trend actual") for v in actual)
        return previous + b"," + current
    if isinstance(actual, (Decimal, int, float, bool)):
        return decimal_text(actual, "actual")
    return _ffi.encode(actual, "actual")


class Target:
    """One parsed 指标值.  ``kind`` is one of compare, range, trend, deadline, period,
    qualitative, invalid; the fields of other kinds are None.

    compare: ``op`` (eq ne gt ge lt le), ``value`` (Decimal, digits as written),
    ``unit``, ``note``; range: ``low``, ``high``, ``unit``, ``note``; trend:
    ``direction`` (up down flat not_up not_down), ``basis`` (none yoy mom), ``by`` and
    ``by_unit``; deadline: ``date`` (datetime.date); period: ``start``, ``end``;
    qualitative: ``term``; invalid: ``error``, ``error_offset``, ``expected``.

    >>> target = parse_target("≥26000.00(件)")
    >>> target.kind, target.op, target.value, target.unit
    ('compare', 'ge', Decimal('26000.00'), '件')
    """

    # Fields of other kinds read as None (class defaults: a target copied out of a
    # large document sets only its own kind's fields).
    kind = raw = None
    op = value = unit = note = low = high = direction = basis = by = by_unit = None
    date = start = end = term = error = error_offset = expected = None
    _closed = False

    def __init__(self, fields: dict, handle: Optional[_TargetHandle] = None) -> None:
        unknown = set(fields) - set(_ALL_FIELDS) - {"kind", "raw"}
        if unknown:
            raise TypeError(f"unknown target fields: {', '.join(sorted(unknown))}")
        self.__dict__.update(fields)
        self._handle = handle
        self._lock = threading.Lock()

    @classmethod
    def _in_document(cls, fields: dict, document: Handle, declaration: int, indicator: int) -> "Target":
        """A target copied out of a document.  It keeps the document's handle alive
        (pygit2-style) and works on the document's own jx_target while the document
        is open; after ``Document.close()`` it re-parses its raw text."""
        return cls(fields, _DocumentTarget(document, declaration, indicator))

    @property
    def valid(self) -> bool:
        """False for a target that did not parse (``kind == "invalid"``).

        >>> parse_target("合规").valid, parse_target("≥").valid
        (True, False)
        """
        return self.kind != "invalid"

    def _with_pointer(self, work):
        """Run work(pointer) on a live jx_target, under its owner's lock."""
        while True:
            with self._lock:
                if self._closed:
                    raise ClosedError("this target was closed; its canonical form and evaluation are gone")
                handle = self._handle
                if handle is None or (isinstance(handle, _DocumentTarget) and handle.closed):
                    # Never made, or borrowed from a document closed since: own one.
                    handle = self._handle = _parse_handle(self.raw.encode("utf-8", "surrogateescape"))
            try:
                with handle._use() as pointer:
                    return work(pointer)
            except ClosedError:
                if not isinstance(handle, _DocumentTarget):
                    raise
                # The document closed between the check and the call: go round again.

    def canonical(self) -> str:
        """The canonical (Shanghai) rendering: ``≥90.00(%)``; parsing it gives an equal value.

        >>> parse_target("不低于90%").canonical()
        '≥90(%)'
        """
        def work(pointer):
            out = ctypes.c_void_p()
            _ffi.check(_ffi.lib.jx_target_canonical_alloc(pointer, ctypes.byref(out)))
            return _ffi.take_string(out)

        return self._with_pointer(work)

    def to_json(self) -> str:
        """The canonical target JSON of target-values.md (compact).

        >>> parse_target("提升").to_json()
        '{"raw":"提升","kind":"trend","direction":"up","basis":"none"}'
        """
        def work(pointer):
            out = ctypes.c_void_p()
            length = ctypes.c_size_t()
            _ffi.check(_ffi.lib.jx_target_to_json(pointer, ctypes.byref(out), ctypes.byref(length)))
            return _ffi.take_string(out, length.value)

        return self._with_pointer(work)

    def evaluate(self, actual: Union[str, Decimal, int, datetime.date, tuple], unit: Optional[str] = None) -> Evaluation:
        """Evaluate an actual value: a number (Decimal, int or text, with an optional
        ``unit``) for compare/range; a trend word or a (previous, current) pair for
        trend; a date for deadline; ``"achieved"``/``"partial"``/``"not_achieved"``
        or the target's own text for qualitative.

        A well-formed actual that does not fit gives verdict ``"not_comparable"``;
        a number or date that does not parse raises :class:`ParseError`.

        >>> target = parse_target("≥90.00(%)")
        >>> target.evaluate(Decimal("93.5")).verdict, target.evaluate("85", unit="%").met
        ('met', False)
        """
        data = _actual_text(actual)
        unit_bytes = None if unit is None else _ffi.encode(unit, "unit")
        def work(pointer):
            out = ctypes.c_void_p()
            error = _ffi.Error()
            _ffi.check(_ffi.lib.jx_target_evaluate_n(pointer, data, len(data), unit_bytes,
                                                     0 if unit_bytes is None else len(unit_bytes),
                                                     ctypes.byref(out), ctypes.byref(error)), error)
            return out.value

        evaluation = self._with_pointer(work)
        try:
            verdict = ctypes.c_int()
            _ffi.check(_ffi.lib.jx_evaluation_verdict(evaluation, ctypes.byref(verdict)))
            degree = ctypes.c_char_p()
            _ffi.check(_ffi.lib.jx_evaluation_degree(evaluation, ctypes.byref(degree)))
            reason, length = ctypes.c_void_p(), ctypes.c_size_t()
            _ffi.check(_ffi.lib.jx_evaluation_reason_n(evaluation, ctypes.byref(reason), ctypes.byref(length)))
            return Evaluation(_ffi.VERDICTS[verdict.value],
                              None if degree.value is None else Decimal(degree.value.decode("ascii")),
                              _ffi.lent(reason, length) or "")
        finally:
            _ffi.lib.jx_evaluation_free(evaluation)

    def close(self) -> None:
        """Free the C handle now (the fields stay readable).

        >>> target = parse_target("及时")
        >>> target.close(); target.closed, target.term
        (True, '及时')
        """
        with self._lock:
            self._closed = True
            if self._handle is not None:
                self._handle.close()  # a borrowed one only drops its document link
                self._handle = None

    @property
    def closed(self) -> bool:
        """True after :meth:`close`.

        >>> with parse_target("及时") as target:
        ...     pass
        >>> target.closed
        True
        """
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False

    def _key(self):
        return (self.kind, self.raw) + tuple(getattr(self, name) for name in _KIND_FIELDS[self.kind])

    def fields(self) -> dict:
        """kind, raw and the fields of this kind, as a dict.

        >>> parse_target("45%-60%").fields()
        {'kind': 'range', 'raw': '45%-60%', 'low': Decimal('45'), 'high': Decimal('60'), 'unit': '%', 'note': ''}
        """
        return {"kind": self.kind, "raw": self.raw,
                **{name: getattr(self, name) for name in _KIND_FIELDS[self.kind]}}

    def __eq__(self, other):
        if not isinstance(other, Target):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.fields().items())
        return f"Target({inner})"

    def __reduce__(self):  # picklable as plain data
        return (Target, (self.fields(),))


def parse_target(text: Union[str, bytes]) -> Target:
    """Parse one 指标值.  Text that does not parse is not an exception: the target
    has ``kind == "invalid"`` with ``error``, ``error_offset`` and ``expected``.

    >>> parse_target("2024年12月31日前完成").date
    datetime.date(2024, 12, 31)
    >>> bad = parse_target("≥%")
    >>> bad.kind, bad.error_offset
    ('invalid', 3)
    """
    handle = _parse_handle(_ffi.encode(text, "text"))
    with handle._use() as pointer:
        fields = _copy_fields(pointer)
    return Target(fields, handle)
