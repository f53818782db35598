"""Year-end self-evaluation scoring (绩效自评, scoring.md): :func:`score`.

The report's per-declaration figures come from the C accessors; its indicator rows
and level-1 subtotals from the report JSON ("jixiao.score/1"), which the C ABI gives
for exactly that.  Every figure is a :class:`decimal.Decimal`.
"""

import ctypes
import json
import os
import threading
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, Union

from . import _ffi, frames
from ._handle import Handle
from .diagnostic import Diagnostic, copy_list
from .money import decimal_text

if TYPE_CHECKING:  # pandas is optional: imported only when a frame is asked for
    import pandas

    from .document import Document

__all__ = ["score", "ScoreReport", "DeclarationScore", "IndicatorScore", "Level1Score"]

_DECIMAL_OPTIONS = _ffi.SCORE_DECIMAL_OPTIONS_BEFORE + _ffi.SCORE_DECIMAL_OPTIONS_AFTER
_FORMATS = {"text": _ffi.FORMAT_TEXT, "markdown": _ffi.FORMAT_MARKDOWN, "csv": _ffi.FORMAT_CSV,
            "json": _ffi.FORMAT_JSON}


def _decimal(value) -> Optional[Decimal]:
    return None if value is None else Decimal(str(value))


@dataclass(frozen=True)
class IndicatorScore:
    """One row of the 自评表.

    >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
    >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
    ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
    ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
    >>> row = report.declarations[0].indicators[1]
    >>> row.name, row.met, row.score, row.reason
    ('水泵更完成率', True, Decimal('7.14'), '实际值 100% 达到目标 =100.00(%)')
    """

    level1: str
    level2: str
    name: str
    weight: Optional[Decimal]
    met: Optional[bool]
    score: Optional[Decimal]
    reason: str
    target: Optional[str] = None   # the 年度指标值 as written, when the report gives it
    actual: Optional[str] = None   # the 实际完成值, when the report gives it


@dataclass(frozen=True)
class Level1Score:
    """A level-1 subtotal of a declaration's score: ``weight`` and ``score``.

    >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
    >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
    ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
    ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
    >>> report.declarations[0].level1["产出指标"]
    Level1Score(weight=Decimal('42.86'), score=Decimal('7.14'))
    """

    weight: Optional[Decimal]
    score: Optional[Decimal]


@dataclass(frozen=True, repr=False)
class DeclarationScore:
    """One declaration's score: total, grade, budget execution and indicator rows.

    >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
    >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
    ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
    ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
    >>> report.declarations[0]
    <DeclarationScore 专业设备购置及更新 16.84 差 (budget 0.9700 → 9.70)>
    """

    project: Optional[str]
    total: Optional[Decimal]
    grade: Optional[str]                 # 优 良 中 差
    budget_rate: Optional[Decimal]       # 预算执行率, None when not computable
    budget_weight: Optional[Decimal]
    budget_score: Optional[Decimal]
    indicators: Tuple[IndicatorScore, ...]
    level1: Dict[str, Level1Score]
    diagnostics: Tuple[dict, ...] = ()   # this declaration's findings, as in the JSON

    def __repr__(self) -> str:
        return (f"<DeclarationScore {self.project} {self.total} {self.grade} "
                f"(budget {self.budget_rate} → {self.budget_score})>")


class _ReportHandle(Handle):
    __slots__ = ()
    _kind = "score report"


class _ActualsHandle(Handle):
    __slots__ = ()
    _kind = "actuals"


def _written(pointer, code: int, flags: int = 0) -> str:
    out = ctypes.c_void_p()
    length = ctypes.c_size_t()
    _ffi.check(_ffi.lib.jx_score_report_write(pointer, code, flags, ctypes.byref(out), ctypes.byref(length)))
    return _ffi.take_string(out, length.value)


def _raw(target):
    if isinstance(target, dict):  # a target object in the report: keep its raw text
        return target.get("raw")
    return None if target is None else str(target)


class ScoreReport:
    """The result of :func:`score`: ``declarations`` (totals, grades, indicator rows),
    ``diagnostics``, and ``to_json()``, ``to_markdown()``, ``to_text()``, ``to_csv()``
    (the 自评表).  A context manager, like :class:`Document`.

    >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
    >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
    ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
    ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
    >>> report
    <ScoreReport 7 declarations: 专业设备购置及更新 16.84 差, …>
    """

    __slots__ = ("_handle", "_cache", "_cache_lock", "__weakref__")

    def __init__(self, handle: _ReportHandle) -> None:
        self._handle = handle
        self._cache = {}
        self._cache_lock = threading.Lock()

    def close(self) -> None:
        """Free the C memory now (the values taken out stay valid).

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> rows = report.declarations
        >>> report.close(); report.closed, len(rows)
        (True, 7)
        """
        self._handle.close()

    @property
    def closed(self) -> bool:
        """True after :meth:`close` or the end of its ``with`` block.

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> report.closed
        False
        """
        return self._handle.closed

    def __enter__(self) -> "ScoreReport":
        self._handle.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> bool:
        self.close()
        return False

    def _cached(self, key, make):
        with self._cache_lock:
            if key not in self._cache:
                with self._handle._use() as pointer:
                    self._cache[key] = make(pointer)
            return self._cache[key]

    @property
    def declarations(self) -> Tuple[DeclarationScore, ...]:
        """Each declaration's score, in the document's order.

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> [(d.total, d.grade) for d in report.declarations][:1]
        [(Decimal('16.84'), '差')]
        """
        def make(pointer):
            count = ctypes.c_size_t()
            _ffi.check(_ffi.lib.jx_score_report_count(pointer, ctypes.byref(count)))
            text = _written(pointer, _ffi.FORMAT_JSON)
            with _ffi.no_gc():
                data = json.loads(text)
            rows = data.get("declarations", [])
            if len(rows) != count.value:
                raise RuntimeError("jixiao: the score report JSON and its count disagree")
            result = []
            for index, row in enumerate(rows):
                def field(which):
                    out, length = ctypes.c_void_p(), ctypes.c_size_t()
                    _ffi.check(_ffi.lib.jx_score_report_text_n(pointer, index, which, ctypes.byref(out),
                                                               ctypes.byref(length)))
                    return _ffi.lent(out, length)

                budget = row.get("budget") or {}
                result.append(DeclarationScore(
                    project=field(_ffi.SCORE_PROJECT),
                    total=_decimal(field(_ffi.SCORE_TOTAL)),
                    grade=field(_ffi.SCORE_GRADE),
                    budget_rate=_decimal(field(_ffi.SCORE_BUDGET_RATE)),
                    budget_weight=_decimal(budget.get("weight")),
                    budget_score=_decimal(field(_ffi.SCORE_BUDGET_SCORE)),
                    indicators=tuple(
                        IndicatorScore(
                            level1=item.get("level1") or "",
                            level2=item.get("level2") or "",
                            name=item.get("name") or "",
                            weight=_decimal(item.get("weight")),
                            met=item.get("met"),
                            score=_decimal(item.get("score")),
                            reason=item.get("reason") or "",
                            target=_raw(item.get("target")),
                            actual=_raw(item.get("actual")),
                        )
                        for item in row.get("indicators", [])
                    ),
                    level1={name: Level1Score(_decimal(part.get("weight")), _decimal(part.get("score")))
                            for name, part in (row.get("level1") or {}).items()},
                    diagnostics=tuple(row.get("diagnostics") or ()),
                ))
            return tuple(result)

        return self._cached("declarations", make)

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """Unmatched or missing actuals, unit mismatches, OVERSHOOT notes, ...

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> report.diagnostics[0].code
        'SCORE_ACTUAL_MISSING'
        """
        def make(pointer):
            items = ctypes.c_void_p()
            _ffi.check(_ffi.lib.jx_score_report_diagnostics(pointer, ctypes.byref(items)))
            return tuple(copy_list(items.value))

        return list(self._cached("diagnostics", make))

    def frame(self, rows: str = "indicators", money: str = "decimal") -> "pandas.DataFrame":
        """The report as a pandas DataFrame with the columns of the report JSON.

        ``rows="indicators"`` (the 自评表): ``declaration``, ``project``, ``level1``,
        ``level2``, ``name``, ``target``, ``actual``, ``weight``, ``met``, ``score``,
        ``reason``, ``status``, ``overshoot``.  ``rows="declarations"``:
        ``declaration``, ``project``, ``budget.annual``, ``budget.executed`` (money:
        Decimal 元, or integer 分 with ``money="fen"``), ``budget.rate``,
        ``budget.weight``, ``budget.score``, ``budget.status``, ``budget.reason``,
        ``total``, ``grade``, and ``level1.<name>.weight`` / ``.score`` per level-1.

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> actuals = {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]}
        >>> with score(document, actuals) as report:
        ...     rows = report.frame()
        ...     totals = report.frame("declarations", money="fen")
        >>> rows.loc[1, ["name", "actual", "met", "score"]].tolist()
        ['水泵更完成率', '100%', True, Decimal('7.14')]
        >>> totals.loc[0, ["budget.executed", "budget.rate", "total", "grade"]].tolist()
        [29100000, Decimal('0.9700'), Decimal('16.84'), '差']
        """
        with self._handle._use() as pointer:
            text = _written(pointer, _ffi.FORMAT_JSON)
        with _ffi.no_gc():
            data = json.loads(text)
        return frames.score_frame(data, rows, money)

    def to_json(self, pretty: bool = False) -> str:
        """The report JSON of formats.md ("jixiao.score/1").

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> report.to_json()[:26]
        '{"format":"jixiao.score/1"'
        """
        with self._handle._use() as pointer:
            return _written(pointer, _ffi.FORMAT_JSON, _ffi.WRITE_PRETTY if pretty else 0)

    def to_markdown(self) -> str:
        """The 自评表 as a Markdown table.

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> report.to_markdown().count("水泵更完成率")
        1
        """
        with self._handle._use() as pointer:
            return _written(pointer, _ffi.FORMAT_MARKDOWN)

    def to_text(self) -> str:
        """The 自评表 as an aligned text table.

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> "16.84" in report.to_text()
        True
        """
        with self._handle._use() as pointer:
            return _written(pointer, _ffi.FORMAT_TEXT)

    def to_csv(self) -> str:
        """The 自评表 as CSV.

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
        ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
        ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
        >>> "水泵更完成率" in report.to_csv()
        True
        """
        with self._handle._use() as pointer:
            return _written(pointer, _ffi.FORMAT_CSV)

    def __repr__(self) -> str:
        if self.closed:
            return "<ScoreReport (closed)>"
        declarations = self.declarations
        first = f": {declarations[0].project} {declarations[0].total} {declarations[0].grade}" if declarations else ""
        more = ", …" if len(declarations) > 1 else ""
        return f"<ScoreReport {len(declarations)} declarations{first}{more}>"


def _json_default(value):
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} into actuals JSON")


def _reject_floats(value, path="actuals"):
    # A float is not an exact figure; say so instead of writing 93.49999999.
    if isinstance(value, float):
        raise TypeError(f"{path} is a float; give decimal.Decimal or str")
    if isinstance(value, dict):
        for key, item in value.items():
            _reject_floats(item, f"{path}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _reject_floats(item, f"{path}[{index}]")


def _read_actuals(actuals) -> _ActualsHandle:
    out = ctypes.c_void_p()
    error = _ffi.Error()
    if isinstance(actuals, str):
        # JSON text starts with "{" (or "["); anything else names a file, so that a
        # missing file is reported as missing, not as bad JSON.
        is_path = not actuals.lstrip().startswith(("{", "[")) and "\n" not in actuals
    else:
        is_path = isinstance(actuals, (PurePath, os.PathLike)) and not isinstance(actuals, bytes)
    if is_path:
        status = _ffi.lib.jx_actuals_read_file(os.fsencode(actuals), ctypes.byref(out), ctypes.byref(error))
    else:
        if isinstance(actuals, Mapping):
            _reject_floats(actuals)
            data = dict(actuals)
            data.setdefault("format", "jixiao.actuals/1")
            text = json.dumps(data, ensure_ascii=False, default=_json_default).encode("utf-8")
            source = b"<actuals dict>"
        elif isinstance(actuals, (str, bytes, bytearray, memoryview)):
            text = _ffi.encode(actuals, "actuals")
            source = None
        else:
            raise TypeError(f"actuals must be a dict, JSON text or a path, not {type(actuals).__name__}")
        status = _ffi.lib.jx_actuals_read(text, len(text), source, ctypes.byref(out), ctypes.byref(error))
    _ffi.check(status, error)
    return _ActualsHandle(out.value, _ffi.lib.jx_actuals_free)


def _score_options(options: dict) -> _ffi.ScoreOptions:
    result = _ffi.ScoreOptions()
    _ffi.lib.jx_score_options_init(ctypes.byref(result))
    for name, value in options.items():
        if value is None:
            continue
        if name == "reverse_formula":
            if value not in _ffi.REVERSE_FORMULAS:
                raise ValueError(f"reverse_formula must be one of {', '.join(_ffi.REVERSE_FORMULAS)}, not {value!r}")
            result.reverse_formula = _ffi.REVERSE_FORMULAS.index(value)
        elif name in _DECIMAL_OPTIONS:
            setattr(result, name, decimal_text(value, name))
        else:
            raise TypeError(f"score() got an unexpected keyword argument {name!r}")
    return result


def score(document: Union["Document", str, "os.PathLike[str]"], actuals: Union[Mapping[str, Any], str, bytes, "os.PathLike[str]"],
          **options: Union[Decimal, int, str]) -> ScoreReport:
    """Score ``document`` against year-end ``actuals`` (scoring.md).

    ``actuals`` is a dict in the shape of formats.md's actuals (``"format"`` may be
    left out), JSON text, or a path to a JSON file.  ``options`` override the
    defaults of scoring.md (Decimal, int or str): weights ``budget_weight`` [10],
    ``output_cost_weight`` [50], ``effect_weight`` [30], ``satisfaction_weight``
    [10]; qualitative bands ``achieved_low``/``_high``/``_default``,
    ``partial_low``/``_high``/``_default``, ``not_achieved_low``/``_high``/``_default``;
    grade bands ``grade_excellent`` [90], ``grade_good`` [80], ``grade_pass`` [60];
    ``overshoot_threshold`` [1.30], ``budget_rate_warning`` [0.90]; and ``reverse_formula``
    (``"ratio"`` or ``"linear"``).

    >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
    >>> report = score(document, {"declarations": [{"project": "专业设备购置及更新",
    ...     "budget": {"annual": "300000.00", "executed": "291000.00"},
    ...     "indicators": [{"name": "水泵更完成率", "actual": "100", "unit": "%"}]}]})
    >>> report.declarations[0].budget_rate, score(document, {"declarations": []}, grade_pass=10).declarations[0].grade
    (Decimal('0.9700'), '差')
    """
    from .document import Document, parse_document

    if not isinstance(document, Document):
        with parse_document(document) as parsed:
            return score(parsed, actuals, **options)
    score_options = _score_options(options)
    actuals_handle = _read_actuals(actuals)
    try:
        out = ctypes.c_void_p()
        error = _ffi.Error()
        with document._use() as pointer, actuals_handle._use() as actuals_pointer:
            _ffi.check(_ffi.lib.jx_score(pointer, actuals_pointer, ctypes.byref(score_options),
                                         ctypes.byref(out), ctypes.byref(error)), error)
    finally:
        actuals_handle.close()
    return ScoreReport(_ReportHandle(out.value, _ffi.lib.jx_score_report_free))
