# SPDX-License-Identifier: Apache-2.0
"""Documents: :func:`parse_document` and the plain values copied out of them.

A :class:`Document` owns a C handle (free it with ``close()`` or a ``with`` block; the
garbage collector frees it otherwise).  Its :attr:`~Document.declarations` are plain,
immutable values (dataclasses) copied out once, so they stay valid after the
document is closed.  Money is :class:`decimal.Decimal` in 元, dates are
:class:`datetime.date`, an absent field is None (never invented).
"""

import ctypes
import datetime
import json
import os
import threading
import warnings
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple, Union

from . import _ffi, frames
from ._handle import Handle
from .diagnostic import Diagnostic, copy_list
from .errors import MissingFileError
from .money import fen_to_decimal
from .target import Target, fields_from_json

if TYPE_CHECKING:  # pandas is optional: imported only when a frame is asked for
    import pandas

__all__ = ["Document", "Declaration", "Project", "Funds", "Goals", "Indicator", "parse_document",
           "parse_text", "loads"]


@dataclass(frozen=True)
class Project:
    """项目基本信息 of a declaration; dates are :class:`datetime.date`.

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     project = document.declarations[0].project
    >>> project.name, project.category, project.start_date
    ('专业设备购置及更新', '特定目标类', datetime.date(2024, 1, 1))
    """

    name: Optional[str] = None          # 项目名称
    nature: Optional[str] = None        # 项目性质
    category: Optional[str] = None      # 项目类别
    supervisor: Optional[str] = None    # 主管部门
    implementer: Optional[str] = None   # 实施单位
    start_date: Optional[datetime.date] = None  # 计划开始日期
    end_date: Optional[datetime.date] = None    # 计划完成日期


@dataclass(frozen=True)
class Funds:
    """Amounts in 元 (Decimal, two places) or None when the source lacks them.
    ``unit`` is the unit the source declared ("元", "万元" or None).

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     funds = document.declarations[1].funds
    >>> funds.total, funds.annual_carryover, funds.unit
    (Decimal('12780000.00'), Decimal('0.00'), '元')
    """

    unit: Optional[str] = None
    total: Optional[Decimal] = None                 # 项目资金总额
    total_fiscal: Optional[Decimal] = None          # 其中：财政资金
    total_other: Optional[Decimal] = None           # 其他资金 (left column)
    annual: Optional[Decimal] = None                # 年度资金申请总额
    annual_appropriation: Optional[Decimal] = None  # 其中：当年财政拨款
    annual_carryover: Optional[Decimal] = None      # 上年结转资金
    annual_other: Optional[Decimal] = None          # 其他资金 (right column)


@dataclass(frozen=True)
class Goals:
    """项目总目标 (``overall``) and 年度总体目标 (``annual``), verbatim.

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     document.declarations[0].goals.annual[:8]
    '根据司法办案业务'
    """

    overall: Optional[str] = None  # 项目总目标
    annual: Optional[str] = None   # 年度总体目标


@dataclass(frozen=True, repr=False)
class Indicator:
    """One 三级指标 row: its level-1 and level-2 names, its name and its parsed target.

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     indicator = document.declarations[0].indicators[1]
    >>> indicator
    <Indicator 产出指标/数量指标 水泵更完成率 =100.00(%)>
    >>> indicator.target.kind, indicator.target.value, indicator.line
    ('compare', Decimal('100.00'), 22)
    """

    level1: str            # canonical level-1 ("产出指标"), "" if unknown
    level2: str            # canonical level-2 ("数量指标"), "" if unknown
    name: str              # 三级指标, verbatim
    target: Target         # 指标值, parsed (target.raw is the text as written)
    line: Optional[int] = None   # 1-based source line
    label: Optional[str] = None  # the source's level-2 label when it was an alias

    def __repr__(self) -> str:
        return f"<Indicator {self.level1}/{self.level2} {self.name} {self.target.raw}>"


@dataclass(frozen=True, repr=False)
class Declaration:
    """One 申报表: year, taxonomy, project, funds, goals and indicators.

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     declaration = document.declarations[0]
    >>> declaration
    <Declaration 专业设备购置及更新 300,000.00元 12 indicators>
    >>> declaration.year, declaration.taxonomy, declaration.first_line
    (2024, '2021', 5)
    """

    year: Optional[int]
    taxonomy: str                       # "2021" or "2015"
    project: Project
    funds: Funds
    goals: Goals
    indicators: Tuple[Indicator, ...]
    first_line: Optional[int] = None    # source span, None when built in code
    last_line: Optional[int] = None

    def __repr__(self) -> str:
        total = self.funds.total
        money = "no total" if total is None else f"{total:,.2f}元"
        return f"<Declaration {self.project.name} {money} {len(self.indicators)} indicators>"


_FORMATS_IN = {"auto": _ffi.FORMAT_AUTO, "text": _ffi.FORMAT_TEXT, "json": _ffi.FORMAT_JSON}
_SUMMARY_FORMATS = {"text": _ffi.FORMAT_TEXT, "markdown": _ffi.FORMAT_MARKDOWN,
                    "csv": _ffi.FORMAT_CSV, "json": _ffi.FORMAT_JSON}
_LIMITS = ("max_input_bytes", "max_line_bytes", "max_rows", "max_declarations", "max_json_depth")


class _DocumentHandle(Handle):
    __slots__ = ()
    _kind = "document"


def _date(text: Optional[str]) -> Optional[datetime.date]:
    return None if text is None else datetime.date.fromisoformat(text)


def _decimal(text: Optional[str]) -> Optional[Decimal]:
    return None if text is None else Decimal(text)


def _declaration_from_json(data: dict, index: int, document: Handle) -> Declaration:
    project = data["project"]
    funds = data["funds"]
    goals = data["goals"]
    source = data.get("source") or {}
    indicators = tuple(
        Indicator(
            level1=item["level1"] or "",
            level2=item["level2"] or "",
            name=item["name"] or "",
            target=Target._in_document(fields_from_json(item["target"]), document, index, position),
            line=item.get("line") or None,
            label=item.get("label"),
        )
        for position, item in enumerate(data["indicators"])
    )
    return Declaration(
        year=data.get("year"),
        taxonomy=data.get("taxonomy"),
        project=Project(
            name=project["name"],
            nature=project["nature"],
            category=project["category"],
            supervisor=project["supervisor"],
            implementer=project["implementer"],
            start_date=_date(project["start_date"]),
            end_date=_date(project["end_date"]),
        ),
        funds=Funds(unit=funds["unit"], **{name: _decimal(funds[name]) for name in _ffi.FUNDS_FIELDS}),
        goals=Goals(overall=goals["overall"], annual=goals["annual"]),
        indicators=indicators,
        first_line=source.get("first_line") or None,
        last_line=source.get("last_line") or None,
    )


def _written(function, pointer, *args) -> str:
    out = ctypes.c_void_p()
    length = ctypes.c_size_t()
    _ffi.check(function(pointer, *args, ctypes.byref(out), ctypes.byref(length)))
    return _ffi.take_string(out, length.value)


def _native_columns(pointer, rows: int) -> Tuple[Dict[str, "frames.NativeColumn"], int]:
    """The document's columns (jx_document_columns), copied into numpy arrays."""
    numpy = frames.np()
    lib = _ffi.lib
    handle = ctypes.c_void_p()
    error = _ffi.Error()
    _ffi.check(lib.jx_document_columns(pointer, rows, ctypes.byref(handle), ctypes.byref(error)), error)
    try:
        count, width = ctypes.c_size_t(), ctypes.c_size_t()
        _ffi.check(lib.jx_columns_shape(handle, ctypes.byref(count), ctypes.byref(width)))
        n = count.value
        columns = {}
        name, kind = ctypes.c_char_p(), ctypes.c_int()
        present, integers, text, offsets = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
        length = ctypes.c_size_t()
        for index in range(width.value):
            _ffi.check(lib.jx_columns_info(handle, index, ctypes.byref(name), ctypes.byref(kind)))
            _ffi.check(lib.jx_columns_data(handle, index, ctypes.byref(present), ctypes.byref(integers),
                                           ctypes.byref(text), ctypes.byref(offsets), ctypes.byref(length)))
            mask = numpy.frombuffer(ctypes.string_at(present, n), dtype=numpy.uint8).astype(bool) \
                if n else numpy.zeros(0, dtype=bool)
            if kind.value == frames.COLUMN_TEXT:
                column = frames.NativeColumn(
                    kind.value, mask,
                    text=ctypes.string_at(text, length.value) if length.value else b"",
                    offsets=numpy.frombuffer(ctypes.string_at(offsets, 8 * (n + 1)), dtype=numpy.uint64)
                    .astype(numpy.int64))
            else:
                column = frames.NativeColumn(
                    kind.value, mask,
                    integers=numpy.frombuffer(ctypes.string_at(integers, 8 * n), dtype=numpy.int64).copy()
                    if n else numpy.zeros(0, dtype=numpy.int64))
            columns[name.value.decode("ascii")] = column
        return columns, n
    finally:
        lib.jx_columns_free(handle)


class Document:
    """A read document: ``title``, ``declarations``, ``diagnostics`` (the reader's),
    and writers ``to_json()``, ``to_csv()``, ``to_text()``, ``summary()``.

    Use it as a context manager, or call ``close()``; using it afterwards raises
    :class:`~jixiao.ClosedError`.  The values it gives out stay valid after closing.
    Safe to share between threads.

    >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
    >>> document
    <Document 上海市虹口区人民法院 2024 年度项目绩效目标汇总表: 7 declarations, 100 indicators>
    >>> document.close(); document
    <Document (closed)>
    """

    __slots__ = ("_handle", "_cache", "_cache_lock", "__weakref__")

    def __init__(self, handle: _DocumentHandle) -> None:
        self._handle = handle
        self._cache = {}
        self._cache_lock = threading.Lock()

    # ---- lifetime ----
    def close(self) -> None:
        """Free the C memory now (closing twice is a no-op).

        >>> document = parse_document("tests/data/corpus/hongkou-court-2024.txt")
        >>> declarations = document.declarations
        >>> document.close(); len(declarations)
        7
        """
        self._handle.close()

    @property
    def closed(self) -> bool:
        """True after :meth:`close` (or the end of its ``with`` block).

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     pass
        >>> document.closed
        True
        """
        return self._handle.closed

    def __enter__(self) -> "Document":
        self._handle.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> bool:
        self.close()
        return False

    def _use(self):
        """The live jx_document pointer under the handle's lock (for validate, score)."""
        return self._handle._use()

    def _cached(self, key, make):
        with self._cache_lock:
            if key not in self._cache:
                with self._handle._use() as pointer:
                    self._cache[key] = make(pointer)
            return self._cache[key]

    # ---- contents ----
    @property
    def title(self) -> Optional[str]:
        """The document title, or None when the source has none.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     document.title
        '上海市虹口区人民法院 2024 年度项目绩效目标汇总表'
        """
        def make(pointer):
            out, length = ctypes.c_void_p(), ctypes.c_size_t()
            _ffi.check(_ffi.lib.jx_document_title_n(pointer, ctypes.byref(out), ctypes.byref(length)))
            return _ffi.lent(out, length)

        return self._cached("title", make)

    @property
    def declarations(self) -> Tuple[Declaration, ...]:
        """Every declaration, in source order (copied out once, then cached).

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     [d.project.name for d in document.declarations][:2]
        ['专业设备购置及更新', '政府聘用辅助人员经费']
        """
        def make(pointer):
            # One bulk transfer: the document JSON (formats.md) is written by the C
            # library and parsed by the json module in C, 4× faster than a ctypes
            # call per field.  Amounts come as exact decimal strings.
            text = _written(_ffi.lib.jx_document_write, pointer, _ffi.FORMAT_JSON, 0)
            count = ctypes.c_size_t()
            _ffi.check(_ffi.lib.jx_document_declaration_count(pointer, ctypes.byref(count)))
            with _ffi.no_gc():
                declarations = json.loads(text)["declarations"]
                if len(declarations) != count.value:
                    raise RuntimeError("jixiao: the document JSON and its declaration count disagree")
                return tuple(_declaration_from_json(item, index, self._handle)
                             for index, item in enumerate(declarations))

        return self._cached("declarations", make)

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """What the reader noticed (INGEST_* and unparsed targets), as plain values.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     print(document.diagnostics[0].code, document.diagnostics[0].line)
        INGEST_FRAGMENT_SKIPPED 21
        """
        def make(pointer):
            items = ctypes.c_void_p()
            _ffi.check(_ffi.lib.jx_document_diagnostics(pointer, ctypes.byref(items)))
            return tuple(copy_list(items.value))

        return list(self._cached("diagnostics", make))

    def funds_total(self, field: str = "total") -> Decimal:
        """The exact sum of one funds field over every declaration that has it.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     document.funds_total(), document.funds_total("annual_carryover")
        (Decimal('33378615.00'), Decimal('0.00'))
        """
        try:
            which = _ffi.FUNDS_FIELDS.index(field)
        except ValueError:
            raise ValueError(f"field must be one of {', '.join(_ffi.FUNDS_FIELDS)}, not {field!r}") from None
        with self._handle._use() as pointer:
            money = _ffi.Money()
            _ffi.check(_ffi.lib.jx_document_funds_total(pointer, which, ctypes.byref(money)))
        return fen_to_decimal(money.fen)

    # ---- DataFrames (pandas, imported when first asked for) ----
    def _data(self) -> dict:
        """The document JSON, parsed (one bulk transfer, as for ``declarations``)."""
        with self._handle._use() as pointer:
            text = _written(_ffi.lib.jx_document_write, pointer, _ffi.FORMAT_JSON, 0)
        with _ffi.no_gc():
            return json.loads(text)

    def _native_frame(self, rows: int, name: str, money: str) -> "pandas.DataFrame":
        # One C call per column (jx_document_columns) instead of the document JSON
        # parsed by Python: what makes indicators_frame() meet issue 19's goal.
        frames.pandas()  # the ImportError that says how to get pandas, before any work
        with self._handle._use() as pointer:
            columns, count = _native_columns(pointer, rows)
        return frames.native_frame(columns, count, name, money)

    def indicators_frame(self) -> "pandas.DataFrame":
        """One row per indicator: ``declaration`` and ``indicator`` (0-based
        positions), ``project`` (its declaration's project name), then the indicator
        JSON's keys (``level1``, ``level2``, ``name``, ``target.raw``,
        ``target.kind``, ``target.value`` …, ``line``; see jixiao.frames).
        Decimals are :class:`~decimal.Decimal`.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     frame = document.indicators_frame()
        >>> len(frame), frame.loc[1, "target.value"], frame.loc[1, "target.unit"]
        (100, Decimal('100.00'), '%')
        >>> frame.groupby("level1").size()["产出指标"]
        45
        """
        return self._native_frame(_ffi.ROWS_INDICATORS, "indicators", "decimal")

    def declarations_frame(self, money: str = "decimal") -> "pandas.DataFrame":
        """One row per declaration: ``declaration`` (0-based), then the declaration
        JSON's keys (``year``, ``project.name`` …, ``funds.total`` …, ``goals.*``,
        ``source.*``, ``selfeval.*``) and ``indicators`` (how many).  Money is
        :class:`~decimal.Decimal` 元, or exact integer 分 with ``money="fen"``.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     frame = document.declarations_frame()
        ...     in_fen = document.declarations_frame(money="fen")
        >>> frame.loc[0, "project.name"], frame.loc[0, "funds.total"], in_fen.loc[0, "funds.total"]
        ('专业设备购置及更新', Decimal('300000.00'), 30000000)
        >>> sum(frame["funds.total"])
        Decimal('33378615.00')
        """
        if money not in frames.MONEY:
            raise ValueError(f"money must be one of {', '.join(frames.MONEY)}, not {money!r}")
        return self._native_frame(_ffi.ROWS_DECLARATIONS, "declarations", money)

    def diagnostics_frame(self) -> "pandas.DataFrame":
        """The reader's diagnostics, one row each: ``code``, ``severity``,
        ``message``, ``declaration``, ``indicator``, ``line``.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     frame = document.diagnostics_frame()
        >>> list(frame.columns)
        ['code', 'severity', 'message', 'declaration', 'indicator', 'line']
        >>> frame.loc[0, "code"], frame.loc[0, "line"]
        ('INGEST_FRAGMENT_SKIPPED', 21)
        """
        return frames.document_frame([(None, self._data())], "diagnostics")

    # ---- writers ----
    def to_json(self, pretty: bool = False) -> str:
        """The document JSON of formats.md ("jixiao.document/1").

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     document.to_json()[:40]
        '{"format":"jixiao.document/1","title":"上'
        """
        with self._handle._use() as pointer:
            return _written(_ffi.lib.jx_document_write, pointer, _ffi.FORMAT_JSON,
                            _ffi.WRITE_PRETTY if pretty else 0)

    def to_csv(self) -> str:
        """One RFC 4180 row per indicator, with a header row.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     document.to_csv().splitlines()[2]
        '0,专业设备购置及更新,产出指标,数量指标,水泵更完成率,=100.00(%),compare,eq,100.00,,%,,,,22'
        """
        with self._handle._use() as pointer:
            return _written(_ffi.lib.jx_document_write, pointer, _ffi.FORMAT_CSV, 0)

    def to_text(self) -> str:
        """The published layout (申报表), which reads back to an equal document.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document, parse_text(document.to_text()) as again:
        ...     [d.funds for d in again.declarations] == [d.funds for d in document.declarations]
        True
        """
        with self._handle._use() as pointer:
            return _written(_ffi.lib.jx_document_write, pointer, _ffi.FORMAT_TEXT, 0)

    def summary(self, format: str = "text") -> str:
        """The 汇总表 as ``"text"`` (aligned), ``"markdown"``, ``"csv"`` or ``"json"``.

        >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
        ...     "专业设备购置及更新" in document.summary("markdown")
        True
        """
        try:
            code = _SUMMARY_FORMATS[format]
        except KeyError:
            raise ValueError(f"format must be one of {', '.join(_SUMMARY_FORMATS)}, not {format!r}") from None
        with self._handle._use() as pointer:
            return _written(_ffi.lib.jx_document_summary, pointer, code, 0)

    def __repr__(self) -> str:
        if self.closed:
            return "<Document (closed)>"
        declarations = self.declarations
        indicators = sum(len(declaration.indicators) for declaration in declarations)
        title = self.title or "(untitled)"
        return f"<Document {title}: {len(declarations)} declarations, {indicators} indicators>"


def _read_options(format: str, source_name: Optional[str], limits: dict,
                  from_: Optional[str] = None) -> _ffi.ReadOptions:
    options = _ffi.ReadOptions()
    _ffi.lib.jx_read_options_init(ctypes.byref(options))
    try:
        options.format = _FORMATS_IN[format]
    except KeyError:
        raise ValueError(f"format must be one of {', '.join(_FORMATS_IN)}, not {format!r}") from None
    if source_name is not None:
        options.source_name = _ffi.encode(source_name, "source_name")
    if from_ is not None:
        # The library checks the name (InvalidArgumentError names the choices).
        options.serialization = _ffi.encode(from_, "from_")
    for name, value in limits.items():
        if name not in _LIMITS:
            raise TypeError(f"parse_document() got an unexpected keyword argument {name!r}")
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"{name} must be a positive int, not {value!r}")
            setattr(options, name, value)
    return options


# A str handed to parse_document is read as document text (deprecated) only when it
# cannot be a file name: it holds a line break, a tab or a NUL, it begins (after
# white space) with "{" or "[" as JSON does, or it is longer than PATH_MAX.  Every
# document in the published layout has line breaks, so no real text is mistaken for a
# path; a str that names an existing file is always that file.
_PATH_MAX = 4096
_TEXT_MARKS = ("\n", "\r", "\t", "\0")


def _is_document_text(source: str) -> bool:
    if len(source) >= _PATH_MAX or any(mark in source for mark in _TEXT_MARKS):
        return True
    return source.lstrip().startswith(("{", "["))


def _deprecated_text(what: str) -> None:
    warnings.warn(f"parse_document() given {what} is deprecated and will read it as a path; "
                  "pass document text to jixiao.parse_text() (or jixiao.loads())",
                  DeprecationWarning, stacklevel=3)


def _read_text(data: bytes, options: _ffi.ReadOptions) -> Document:
    out = ctypes.c_void_p()
    error = _ffi.Error()
    _ffi.check(_ffi.lib.jx_document_read(data, len(data), ctypes.byref(options), ctypes.byref(out),
                                         ctypes.byref(error)), error)
    return Document(_DocumentHandle(out.value, _ffi.lib.jx_document_free))


def _read_file(path: str, options: _ffi.ReadOptions) -> Document:
    if not os.path.exists(path):
        # Said before the library is asked, so the error is the one Python code expects.
        raise MissingFileError(path)
    out = ctypes.c_void_p()
    error = _ffi.Error()
    _ffi.check(_ffi.lib.jx_document_read_file(os.fsencode(path), ctypes.byref(options), ctypes.byref(out),
                                              ctypes.byref(error)), error)
    return Document(_DocumentHandle(out.value, _ffi.lib.jx_document_free))


def parse_document(path: Union[str, "os.PathLike[str]"], *, format: str = "auto",
                   source_name: Optional[str] = None, from_: Optional[str] = None, **limits: int) -> Document:
    """Read the document in the file ``path`` (a :class:`pathlib.Path` or a str), in
    any format the library reads; the library detects the format from the content
    (not the file name) unless ``format`` names one (``"text"`` or ``"json"``):

    - text: the published layout, a 汇总表 or 申报表 extracted to text with its
      cells tab-separated (LF or CRLF, with or without BOM);
    - PDF: the 申报表 PDF itself, read by the optional plugin ``libjixiao_pdf.so``
      (GPL, over poppler), found beside ``libjixiao.so.0`` or at
      ``$JIXIAO_PDF_PLUGIN``; without it a PDF raises :class:`FileError` naming it;
    - Excel workbooks: ``.xlsx`` and the older binary ``.xls``, every sheet;
    - HTML: the tables of a web page (a 公开 page of the forms);
    - JSON: the document JSON this library writes (formats.md,
      ``"format": "jixiao.document/1"``), e.g. :meth:`Document.to_json`.

    Every format reads to the same document (the published Hongkou forms here):

    >>> for name in ("corpus/hongkou-court-2024.txt", "corpus/hongkou-court-2024.pdf",
    ...              "published/hongkou-form.xlsx", "published/hongkou-form.xls",
    ...              "published/hongkou-form.html"):
    ...     with parse_document("tests/data/" + name) as document:
    ...         print(name.rsplit(".")[-1], len(document.declarations), document.funds_total())
    txt 7 33378615.00
    pdf 7 33378615.00
    xlsx 7 33378615.00
    xls 7 33378615.00
    html 7 33378615.00
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as directory:
    ...     path = pathlib.Path(directory) / "hongkou.json"
    ...     with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...         _ = path.write_text(document.to_json(), encoding="utf-8")
    ...     with parse_document(path, format="json") as again:
    ...         print(len(again.declarations), again.funds_total())
    7 33378615.00

    Text is read in any serialization — tabs, columns aligned with spaces
    (``pdftotext -layout``), single spaces, one cell per line (plain ``pdftotext``),
    pipe rows, Markdown — and any layout (申报表, 自评表); ``from_`` forces one, by the
    CLI's ``--from`` names: ``"tabs"``, ``"aligned"``, ``"single_space"``,
    ``"cell_per_line"``, ``"pipes"``, ``"markdown"``, or ``"pdf"``, ``"xlsx"``,
    ``"xls"``, ``"html"`` (another name raises :class:`InvalidArgumentError`).

    >>> with parse_document("tests/data/serializations/hongkou.cell-per-line.txt", from_="cell_per_line") as document:
    ...     len(document.declarations)
    7

    Limits (``max_input_bytes``, ``max_line_bytes``, ``max_rows``,
    ``max_declarations``, ``max_json_depth``) guard against hostile input; the
    defaults are far above any real document.

    >>> with parse_document("tests/data/corpus/hongkou-court-2024.txt") as document:
    ...     print(len(document.declarations), document.declarations[1].funds.total)
    7 12780000.00
    >>> parse_document("tests/data/corpus/no-such-file.txt")
    Traceback (most recent call last):
      ...
    jixiao.errors.MissingFileError: [Errno 2] No such file or directory: 'tests/data/corpus/no-such-file.txt'

    A file that does not exist raises :class:`MissingFileError` (both a
    :class:`FileNotFoundError` and a :class:`FileError`).  Unreadable content raises
    :class:`ParseError` (with offset and line), :class:`FormatError`,
    :class:`LimitError` or :class:`FileError`.

    Deprecated: a str holding document text (it has a line break, a tab or a NUL,
    or starts with ``{`` or ``[``, and names no file), or bytes, is still read as
    the text, with a :class:`DeprecationWarning`; use :func:`parse_text`.
    """
    options = _read_options(format, source_name, limits, from_)
    if isinstance(path, (bytes, bytearray, memoryview)):
        _deprecated_text("bytes")
        return _read_text(bytes(path), options)
    if isinstance(path, str):
        if _is_document_text(path) and not os.path.isfile(path):
            _deprecated_text("document text")
            return _read_text(_ffi.encode(path, "text"), options)
        return _read_file(path, options)
    if isinstance(path, os.PathLike):
        return _read_file(os.fspath(path), options)
    raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")


def parse_text(text: Union[str, bytes], *, format: str = "auto", source_name: Optional[str] = None,
               from_: Optional[str] = None, **limits: int) -> Document:
    """Read a document from text in memory (str, or bytes in UTF-8): the published
    layout, jixiao document JSON, or whatever else the library detects.  Options as
    in :func:`parse_document`; ``source_name`` names the text in error messages,
    ``from_`` forces its serialization.

    >>> with parse_text('{"format": "jixiao.document/1", "title": "汇总表", "declarations": [], "diagnostics": []}') as document:
    ...     document.title
    '汇总表'
    >>> parse_text('{"format": "jixiao.document/1", "title": }')
    Traceback (most recent call last):
      ...
    jixiao.errors.ParseError: <input>:1: invalid JSON at byte 41 (column 42): expected a JSON value
    """
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    return _read_text(_ffi.encode(text, "text"), _read_options(format, source_name, limits, from_))


#: ``loads(text)`` is :func:`parse_text` (the json module's name for it).
loads = parse_text
