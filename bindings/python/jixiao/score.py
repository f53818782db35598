# SPDX-License-Identifier: Apache-2.0
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


def _is_template_file(path) -> bool:
    # The filled 自评表 template: an xlsx (zip) workbook, or CSV whose first cell is 项目名称.
    try:
        with open(path, "rb") as f:
            head = f.read(32)
    except OSError:
        return False  # reported by the JSON reader, which names the file
    return head.startswith(b"PK\x03\x04") or head.lstrip(b"\xef\xbb\xbf\"").startswith("项目名称".encode())


def _read_actuals(actuals, document_pointer=None) -> _ActualsHandle:
    out = ctypes.c_void_p()
    error = _ffi.Error()
    if isinstance(actuals, str):
        # JSON text starts with "{" (or "["); anything else names a file, so that a
        # missing file is reported as missing, not as bad JSON.
        is_path = not actuals.lstrip().startswith(("{", "[")) and "\n" not in actuals
    else:
        is_path = isinstance(actuals, (PurePath, os.PathLike)) and not isinstance(actuals, bytes)
    if is_path and document_pointer is not None and _is_template_file(actuals):
        with open(actuals, "rb") as f:
            data = f.read()
        status = _ffi.lib.jx_actuals_read_template(document_pointer, data, len(data), os.fsencode(actuals),
                                                   ctypes.byref(out), ctypes.byref(error))
    elif is_path:
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
        if name == "grade_scheme":
            if value not in _ffi.GRADE_SCHEMES:
                raise ValueError(f"grade_scheme must be one of {', '.join(_ffi.GRADE_SCHEMES)}, not {value!r}")
            result.grade_scheme = _ffi.GRADE_SCHEMES.index(value)
        elif name == "reverse_formula":
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
    ``overshoot_threshold`` [1.20], ``budget_rate_warning`` [0.90]; ``reverse_formula``
    (``"ratio"`` or ``"linear"``); and ``grade_scheme`` (``"national"`` or ``"shanghai"``).
    ``actuals`` may also be the path of a filled template (:func:`write_template`, CSV or
    xlsx); a bad cell raises :class:`jixiao.ParseError` naming it ("Sheet1!F12: …").

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
    with document._use() as pointer:
        actuals_handle = _read_actuals(actuals, pointer)
        try:
            out = ctypes.c_void_p()
            error = _ffi.Error()
            with actuals_handle._use() as actuals_pointer:
                _ffi.check(_ffi.lib.jx_score(pointer, actuals_pointer, ctypes.byref(score_options),
                                             ctypes.byref(out), ctypes.byref(error)), error)
        finally:
            actuals_handle.close()
    return ScoreReport(_ReportHandle(out.value, _ffi.lib.jx_score_report_free))


def _document(document):
    from .document import Document, parse_document

    return (document, False) if isinstance(document, Document) else (parse_document(document), True)


def score_published(document: Union["Document", str, "os.PathLike[str]"], **options: Union[Decimal, int, str]) -> ScoreReport:
    """Score published 自评表 with their own weights and actuals (each row's 实际完成值, 分值,
    偏差原因 and the funds block as printed).  ``options`` as :func:`score`, plus
    ``grade_scheme`` (``"national"`` 优/良/中/差 or ``"shanghai"`` 优/良/合格/不合格).

    >>> report = score_published("tests/data/corpus/hongkou-court-2024.txt", grade_scheme="shanghai")
    >>> report.declarations[0].grade  # the Hongkou declarations publish no actuals: 0 分
    '不合格'
    """
    document, owned = _document(document)
    try:
        score_options = _score_options(options)
        out = ctypes.c_void_p()
        error = _ffi.Error()
        with document._use() as pointer:
            _ffi.check(_ffi.lib.jx_score_published(pointer, ctypes.byref(score_options), ctypes.byref(out),
                                                   ctypes.byref(error)), error)
        return ScoreReport(_ReportHandle(out.value, _ffi.lib.jx_score_report_free))
    finally:
        if owned:
            document.close()


def check_selfeval(document: Union["Document", str, "os.PathLike[str]"], **options: Union[Decimal, int, str]) -> List[Diagnostic]:
    """Every deviation of the document's published 自评表 from the rules (SELFEVAL_WEIGHT_SUM,
    SELFEVAL_TOTAL_SUM, SELFEVAL_SCORE_RULE, SELFEVAL_BUDGET_SCORE, SELFEVAL_REASON_MISSING),
    each a :class:`Diagnostic` (code, severity, message, declaration, indicator = the row).

    >>> check_selfeval("tests/data/corpus/hongkou-court-2024.txt")  # nothing published
    []
    """
    document, owned = _document(document)
    try:
        score_options = _score_options(options)
        out = ctypes.c_void_p()
        error = _ffi.Error()
        with document._use() as pointer:
            _ffi.check(_ffi.lib.jx_selfeval_check(pointer, ctypes.byref(score_options), ctypes.byref(out),
                                                  ctypes.byref(error)), error)
        try:
            return copy_list(out.value)
        finally:
            _ffi.lib.jx_diagnostics_free(out.value)
    finally:
        if owned:
            document.close()


@dataclass(frozen=True)
class SelfEvalSummary:
    """The 决算 figures over many self-evaluations: projects, Σ 全年预算数 in 万元, the
    average 总分 (None without projects) and the count per grade (:func:`summarize`).

    >>> summarize([]).projects, summarize([]).average
    (0, None)
    """

    projects: int
    budget_wan: Decimal
    average: Optional[Decimal]
    excellent: int
    good: int
    passed: int
    failed: int


def summarize(reports: "List[ScoreReport]") -> SelfEvalSummary:
    """The 决算 figures of scored reports (from :func:`score` or :func:`score_published`).

    >>> summarize([score_published("tests/data/corpus/hongkou-court-2024.txt")])
    SelfEvalSummary(projects=7, budget_wan=Decimal('3337.861500'), average=Decimal('0.00'), excellent=0, good=0, passed=0, failed=7)
    """
    reports = list(reports)
    result = _ffi.SelfEvalSummary()
    handles = [report._handle for report in reports]
    pointers = (ctypes.c_void_p * max(len(handles), 1))()
    from contextlib import ExitStack

    with ExitStack() as stack:
        for i, handle in enumerate(handles):
            pointers[i] = stack.enter_context(handle._use())
        _ffi.check(_ffi.lib.jx_selfeval_summarize(pointers, len(handles), ctypes.byref(result)))
    average = result.average.decode("utf-8")
    return SelfEvalSummary(int(result.projects), Decimal(result.budget_wan.decode("utf-8")),
                           Decimal(average) if average else None, int(result.excellent), int(result.good),
                           int(getattr(result, "pass")), int(result.fail))


def xlsx_template_supported() -> bool:
    """Whether this build writes xlsx templates (libxlsxwriter at configure time).

    >>> xlsx_template_supported()  # bootstrap installs libxlsxwriter
    True
    """
    return _ffi.lib.jx_score_template_xlsx_supported() == 1


def write_template(document: Union["Document", str, "os.PathLike[str]"], path: Union[None, str, "os.PathLike[str]"] = None,
                   format: str = "csv") -> Optional[str]:
    """The fill-in 自评表 (targets printed; 实际完成值, 偏差原因 and 全年执行数 to fill):
    returned as CSV text when ``path`` is None, else written to ``path`` as ``"csv"``
    (UTF-8 with a BOM) or ``"xlsx"``.  Filled in, it is the ``actuals`` of :func:`score`.

    >>> write_template("tests/data/corpus/hongkou-court-2024.txt").splitlines()[1]
    '专业设备购置及更新,预算执行率,,年度资金总额,,,,,300000.00,'
    """
    if format not in ("csv", "xlsx"):
        raise ValueError(f"format must be 'csv' or 'xlsx', not {format!r}")
    document, owned = _document(document)
    try:
        with document._use() as pointer:
            if path is None:
                if format != "csv":
                    raise ValueError("an xlsx template needs a path")
                out = ctypes.c_void_p()
                length = ctypes.c_size_t()
                _ffi.check(_ffi.lib.jx_score_template_write(pointer, _ffi.FORMAT_CSV, ctypes.byref(out),
                                                            ctypes.byref(length)))
                return _ffi.take_string(out, length.value).lstrip("\ufeff")
            error = _ffi.Error()
            code = _ffi.FORMAT_CSV if format == "csv" else _ffi.FORMAT_XLSX
            _ffi.check(_ffi.lib.jx_score_template_write_file(pointer, code, os.fsencode(path), ctypes.byref(error)),
                       error)
            return None
    finally:
        if owned:
            document.close()
