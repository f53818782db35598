# SPDX-License-Identifier: Apache-2.0
"""pandas DataFrames with the columns of the document and score JSON (formats.md).

Columns are the JSON keys, nested objects flattened with dots (``project.name``,
``funds.total``, ``target.value``), as :func:`pandas.json_normalize` names them.
Every key formats.md lists is a column even when no row has it (so frames of
different documents line up); a key the library adds later comes after them.
Decimal strings become :class:`decimal.Decimal` (exact; never float), money either
Decimal 元 or, with ``money="fen"``, exact integer 分 (pandas ``Int64``); dates are
:class:`datetime.date`; integers that may be absent are ``Int64``; absent is
``None`` (``<NA>`` in ``Int64`` columns).

pandas is imported only when a frame is asked for, so the package works without it.
"""

import codecs
import datetime
from decimal import Decimal
from itertools import repeat
from typing import Any, Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from .money import fen_to_decimal

__all__ = ["pandas", "MONEY", "document_frame", "native_frame", "NativeColumn", "score_frame"]

#: The spellings of ``money=``: Decimal 元 (default) or integer 分.
MONEY = ("decimal", "fen")

_PANDAS_HINT = ("jixiao: DataFrames need pandas, which is not installed "
                "(Debian: apt install python3-pandas; elsewhere: pip install pandas). "
                "Everything else in jixiao works without it.")


def pandas() -> Any:
    """The pandas module, or an ImportError that says how to get it."""
    try:
        import pandas as module
    except ImportError as error:
        raise ImportError(_PANDAS_HINT, name="pandas") from error
    return module


# ---- value kinds ----------------------------------------------------------------

def _decimals(values: List[Any]) -> List[Optional[Decimal]]:
    return [None if value is None else Decimal(value) for value in values]


def _fen(text: str) -> int:
    amount = Decimal(text).scaleb(2)
    if amount != amount.to_integral_value():
        raise ValueError(f"jixiao: the amount {text} is not a whole number of 分")
    return int(amount)


def _dates(values: List[Any]) -> List[Optional[datetime.date]]:
    # Periods may be "2024-01" (a month): kept as text, as the JSON has them.
    return [value if value is None or len(value) != 10 else datetime.date.fromisoformat(value)
            for value in values]


# kind → how a column of JSON values becomes a pandas column.
TEXT, INT, INDEX, DECIMAL, MONEY_KIND, DATE, BOOL, RAW = ("text", "int", "index", "decimal", "money", "date",
                                                         "bool", "raw")

# (column, kind). The column's JSON path is its name split at the dots.
DECLARATION_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("year", INT), ("taxonomy", TEXT),
    ("project.name", TEXT), ("project.nature", TEXT), ("project.category", TEXT),
    ("project.supervisor", TEXT), ("project.implementer", TEXT),
    ("project.start_date", DATE), ("project.end_date", DATE),
    ("funds.unit", TEXT), ("funds.total", MONEY_KIND), ("funds.total_fiscal", MONEY_KIND),
    ("funds.total_other", MONEY_KIND), ("funds.annual", MONEY_KIND),
    ("funds.annual_appropriation", MONEY_KIND), ("funds.annual_carryover", MONEY_KIND),
    ("funds.annual_other", MONEY_KIND),
    ("goals.overall", TEXT), ("goals.annual", TEXT),
    ("source.first_line", INT), ("source.last_line", INT), ("source.page", INT), ("source.bbox", RAW),
    # a published 自评表 (formats.md additions): figures as printed
    ("selfeval.budget.year_start", DECIMAL), ("selfeval.budget.annual", DECIMAL),
    ("selfeval.budget.executed", DECIMAL), ("selfeval.budget.weight", DECIMAL),
    ("selfeval.budget.rate", DECIMAL), ("selfeval.budget.score", DECIMAL),
    ("selfeval.total", DECIMAL), ("selfeval.grade", TEXT), ("selfeval.achieved", TEXT),
)

INDICATOR_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("level1", TEXT), ("level2", TEXT), ("name", TEXT),
    ("target.raw", TEXT), ("target.kind", TEXT),
    ("target.op", TEXT), ("target.value", DECIMAL), ("target.unit", TEXT), ("target.note", TEXT),
    ("target.low", DECIMAL), ("target.high", DECIMAL),
    ("target.direction", TEXT), ("target.basis", TEXT), ("target.by.value", DECIMAL),
    ("target.by.unit", TEXT),
    ("target.date", DATE), ("target.month_day", TEXT), ("target.recurring", BOOL),
    ("target.start", TEXT), ("target.end", TEXT), ("target.term", TEXT),
    ("target.error", TEXT), ("target.offset", INT), ("target.expected", TEXT),
    ("line", INT), ("label", TEXT),
    # formats.md additions: present only when the source has them
    ("weight", DECIMAL), ("nature", TEXT), ("note", TEXT), ("actual", TEXT),
    ("score", DECIMAL), ("reason", TEXT),
)

DIAGNOSTIC_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("code", TEXT), ("severity", TEXT), ("message", TEXT),
    ("declaration", INT), ("indicator", INT), ("line", INT),
)

SCORE_DECLARATION_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("project", TEXT),
    ("budget.annual", MONEY_KIND), ("budget.executed", MONEY_KIND), ("budget.rate", DECIMAL),
    ("budget.weight", DECIMAL), ("budget.score", DECIMAL), ("budget.status", TEXT),
    ("budget.reason", TEXT), ("total", DECIMAL), ("grade", TEXT),
)

SCORE_INDICATOR_COLUMNS: Tuple[Tuple[str, str], ...] = (
    ("level1", TEXT), ("level2", TEXT), ("name", TEXT), ("target", TEXT), ("actual", TEXT),
    ("weight", DECIMAL), ("met", BOOL), ("score", DECIMAL), ("reason", TEXT), ("status", TEXT),
    ("overshoot", BOOL),
)

# Keys that are not columns of their rows: the nested lists become frames of their own.
_NOT_COLUMNS = {"indicators", "diagnostics", "level1", "declaration"}


_EMPTY: dict = {}  # stands for an absent object, so every lookup is one dict.get


class _Table:
    """Columns built from a list of JSON objects (rows), one pass per column.

    Going column by column (``map(dict.get, …)`` per key, a loop in C) is several
    times faster than building a dict per row, and pandas gets one list per column."""

    def __init__(self, rows: List[dict], money: str) -> None:
        if money not in MONEY:
            raise ValueError(f"money must be one of {', '.join(MONEY)}, not {money!r}")
        self.rows = rows
        self.money = money
        self._objects: Dict[str, List[dict]] = {"": rows}  # dotted prefix → the objects there
        self.columns: Dict[str, Any] = {}

    def _at(self, prefix: str) -> List[dict]:
        if prefix not in self._objects:
            parent, _, key = prefix.rpartition(".")
            found = list(map(dict.get, self._at(parent), repeat(key), repeat(_EMPTY)))
            # null in the JSON (not just absent) is no object either
            self._objects[prefix] = [_EMPTY if item is None else item for item in found] \
                if None in found else found
        return self._objects[prefix]

    def _values(self, name: str) -> List[Any]:
        prefix, _, key = name.rpartition(".")
        return list(map(dict.get, self._at(prefix), repeat(key)))

    def add(self, name: str, values: List[Any], kind: str) -> None:
        pd = pandas()
        absent = values.count(None) == len(values)
        if kind == DECIMAL or (kind == MONEY_KIND and self.money == "decimal"):
            self.columns[name] = _objects(values if absent else _decimals(values))
        elif kind == MONEY_KIND:
            self.columns[name] = pd.array([None if value is None else _fen(value) for value in values],
                                          dtype="Int64")
        elif kind == INT:
            self.columns[name] = _nullable_ints(values, absent)
        elif kind == INDEX:  # positions and counts: never absent
            self.columns[name] = np().array(values, dtype="int64")
        elif kind == DATE:
            self.columns[name] = _objects(values if absent else _dates(values))
        elif kind == BOOL:
            self.columns[name] = pd.array(values, dtype="boolean")
        else:
            self.columns[name] = _objects(values)

    def add_spec(self, spec: Sequence[Tuple[str, str]]) -> None:
        for name, kind in spec:
            self.add(name, self._values(name), kind)
        self._add_unknown(spec)

    def _add_unknown(self, spec: Sequence[Tuple[str, str]]) -> None:
        """Keys the library writes that formats.md did not list yet: kept, as they come."""
        known = {name for name, _ in spec}
        prefixes = {""} | {name.rpartition(".")[0] for name in known}
        for prefix in sorted(prefixes, key=len):
            keys: Dict[str, None] = {}
            # Rows of one kind share their key order: look at each distinct shape once.
            for shape in set(map(tuple, self._at(prefix))):
                keys.update(dict.fromkeys(shape))
            for key in keys:
                name = f"{prefix}.{key}" if prefix else key
                if name in known or name in prefixes or (not prefix and key in _NOT_COLUMNS):
                    continue
                self.columns[name] = _objects(self._values(name))

    def frame(self) -> Any:
        pd = pandas()
        return pd.DataFrame(self.columns, index=pd.RangeIndex(len(self.rows)), copy=False)


def np() -> Any:
    import numpy
    return numpy


def _nullable_ints(values: List[Any], absent: bool) -> Any:
    """An Int64 column (pandas' nullable integers), built from numpy arrays: much
    faster than pandas.array() over a list with None in it."""
    pd = pandas()
    numpy = np()
    if absent:
        return pd.arrays.IntegerArray(numpy.zeros(len(values), dtype="int64"),
                                      numpy.ones(len(values), dtype=bool))
    if None not in values:
        return pd.arrays.IntegerArray(numpy.array(values, dtype="int64"), numpy.zeros(len(values), dtype=bool))
    mask = numpy.array([value is None for value in values], dtype=bool)
    data = numpy.array([0 if value is None else value for value in values], dtype="int64")
    return pd.arrays.IntegerArray(data, mask)


def _objects(values: List[Any]) -> Any:
    # fromiter: a list inside (source.bbox) stays one object, not a second dimension
    return np().fromiter(values, dtype=object, count=len(values))


def _lead(table: _Table, lead: Sequence[Tuple[str, List[Any], str]]) -> None:
    for name, values, kind in lead:
        table.add(name, values, kind)


def document_frame(documents: Iterable[Tuple[Optional[str], dict]], rows: str, money: str = "decimal") -> Any:
    """One frame over the document JSONs of ``documents`` ((path or None, data) pairs):
    ``rows`` is ``"declarations"``, ``"indicators"`` or ``"diagnostics"``.  With paths,
    the first column is ``path``; then the 0-based ``declaration`` (and ``indicator``)
    index, and, for indicators, ``project`` (the declaration's project.name)."""
    all_rows: List[dict] = []
    paths: List[Optional[str]] = []
    declaration: List[Optional[int]] = []
    indicator: List[int] = []
    project: List[Optional[str]] = []
    with_paths = False
    for path, data in documents:
        with_paths = with_paths or path is not None
        if rows == "diagnostics":
            found = data.get("diagnostics") or []
            all_rows.extend(found)
            paths.extend([path] * len(found))
            continue
        for index, item in enumerate(data["declarations"]):
            if rows == "declarations":
                all_rows.append(item)
                paths.append(path)
                declaration.append(index)
                indicator.append(len(item["indicators"]))
                continue
            items = item["indicators"]
            all_rows.extend(items)
            count = len(items)
            paths.extend([path] * count)
            declaration.extend([index] * count)
            indicator.extend(range(count))
            project.extend([item["project"]["name"]] * count)
    table = _Table(all_rows, money)
    if with_paths:
        table.add("path", paths, TEXT)
    if rows == "declarations":
        _lead(table, [("declaration", declaration, INDEX)])
        table.add_spec(DECLARATION_COLUMNS)
        table.add("indicators", indicator, INDEX)  # the count; the rows are indicators_frame()
    elif rows == "indicators":
        _lead(table, [("declaration", declaration, INDEX), ("indicator", indicator, INDEX),
                      ("project", project, TEXT)])
        table.add_spec(INDICATOR_COLUMNS)
    elif rows == "diagnostics":
        table.add_spec(DIAGNOSTIC_COLUMNS)
    else:
        raise ValueError(f"rows must be declarations, indicators or diagnostics, not {rows!r}")
    return table.frame()


# ---- frames from the library's columns (jx_document_columns) ---------------------

class NativeColumn(NamedTuple):
    """One column as jx_columns_data lends it, copied: ``type`` is a jx_column_type,
    ``present`` a bool array, ``integers`` an int64 array (not text), ``text`` the
    UTF-8 values back to back and ``offsets`` their rows + 1 byte offsets (text)."""
    type: int
    present: Any
    integers: Any = None
    text: bytes = b""
    offsets: Any = None


COLUMN_TEXT, COLUMN_INTEGER, COLUMN_MONEY, COLUMN_BOOL = range(4)  # jx_column_type


def _fffd_per_byte(error: UnicodeDecodeError) -> Tuple[str, int]:
    # As the JSON writer: one U+FFFD for each byte that is not UTF-8.
    return "\ufffd" * (error.end - error.start), error.end


codecs.register_error("jixiao.fffd_per_byte", _fffd_per_byte)


def _texts(column: NativeColumn) -> Any:
    """An object array of str (None where absent): one decode of the whole buffer,
    then a slice per value at character offsets computed with numpy."""
    numpy = np()
    present = column.present
    out = numpy.empty(len(present), dtype=object)
    where = numpy.flatnonzero(present)
    if not len(where):
        return out
    buffer, offsets = column.text, column.offsets
    try:
        text = buffer.decode("utf-8")
    except UnicodeDecodeError:  # rare: raw text that is not UTF-8
        out[where] = [buffer[a:b].decode("utf-8", "jixiao.fffd_per_byte")
                      for a, b in zip(offsets[where].tolist(), offsets[where + 1].tolist())]
        return out
    if len(text) != len(buffer):  # not all ASCII: byte offsets → character offsets
        lead = (numpy.frombuffer(buffer, dtype=numpy.uint8) & 0xC0) != 0x80
        chars = numpy.zeros(len(buffer) + 1, dtype=numpy.int64)
        numpy.cumsum(lead, out=chars[1:])
        offsets = chars[offsets]
    starts, ends = offsets[:-1], offsets[1:]
    if len(where) == len(present):
        out[:] = [text[a:b] for a, b in zip(starts.tolist(), ends.tolist())]
    else:
        out[where] = [text[a:b] for a, b in zip(starts[where].tolist(), ends[where].tolist())]
    return out


def _converted(values: Any, present: Any, convert: Callable[[Any], Any]) -> Any:
    """values (an object array) with convert applied once per distinct present value:
    analysts' columns repeat (units, 100.00, …) and Decimal/date are immutable."""
    numpy = np()
    where = numpy.flatnonzero(present)
    if not len(where):
        return values
    items = values[where].tolist()
    cache = {item: convert(item) for item in set(items)}
    out = numpy.empty(len(values), dtype=object)
    out[where] = [cache[item] for item in items]
    return out


def _date_or_text(text: str) -> Any:
    return datetime.date.fromisoformat(text) if len(text) == 10 else text


def _native_values(column: NativeColumn, kind: str, money: str) -> Any:
    pd = pandas()
    numpy = np()
    if column.type == COLUMN_TEXT:
        texts = _texts(column)
        if kind == DECIMAL:
            return _converted(texts, column.present, Decimal)
        if kind == RAW:  # source.bbox: the coordinates, space-separated, as the JSON's list
            return _converted(texts, column.present, str.split)
        if kind == DATE:
            return _converted(texts, column.present, _date_or_text)
        return texts
    mask = ~column.present
    if column.type == COLUMN_MONEY:
        if money == "fen":
            return pd.arrays.IntegerArray(column.integers, mask)
        objects = numpy.empty(len(mask), dtype=object)
        where = numpy.flatnonzero(column.present)
        objects[where] = [fen_to_decimal(fen) for fen in column.integers[where].tolist()]
        return objects
    if column.type == COLUMN_BOOL:
        return pd.arrays.BooleanArray(column.integers.astype(bool), mask)
    if kind == INDEX:
        return column.integers
    if kind == INT:
        return pd.arrays.IntegerArray(column.integers, mask)
    # a column formats.md does not list yet: Python ints, as the JSON path gives them
    objects = numpy.empty(len(mask), dtype=object)
    where = numpy.flatnonzero(column.present)
    objects[where] = column.integers[where].tolist()
    return objects


def concat_columns(parts: Sequence[Tuple[Dict[str, NativeColumn], int]]) -> Tuple[Dict[str, NativeColumn], int]:
    """Several documents' columns as one (the library gives every document of a kind
    of rows the same columns): arrays joined, text offsets shifted."""
    numpy = np()
    if len(parts) == 1:
        return parts[0]
    total = sum(count for _, count in parts)
    if not parts:
        return {}, 0
    joined: Dict[str, NativeColumn] = {}
    for name, first in parts[0][0].items():
        columns = [part[name] for part, _ in parts]
        present = numpy.concatenate([column.present for column in columns])
        if first.type != COLUMN_TEXT:
            joined[name] = NativeColumn(first.type, present,
                                        integers=numpy.concatenate([column.integers for column in columns]))
            continue
        shifts = numpy.cumsum([0] + [len(column.text) for column in columns[:-1]])
        offsets = numpy.concatenate([columns[0].offsets[:1]] +
                                    [column.offsets[1:] + shift for column, shift in zip(columns, shifts)])
        joined[name] = NativeColumn(first.type, present, text=b"".join(column.text for column in columns),
                                    offsets=offsets)
    return joined, total


def native_frame(columns: Dict[str, NativeColumn], count: int, rows: str, money: str = "decimal",
                 paths: Optional[Any] = None) -> Any:
    """The frame document_frame makes (same columns, order, dtypes and values),
    built from the library's columns instead of the document JSON.  ``paths``: one
    per row (an object array), the leading ``path`` column of several documents."""
    if rows == "indicators":
        lead: Sequence[Tuple[str, str]] = (("declaration", INDEX), ("indicator", INDEX), ("project", TEXT))
        spec: Sequence[Tuple[str, str]] = INDICATOR_COLUMNS
        trail: Sequence[Tuple[str, str]] = ()
    elif rows == "declarations":
        lead, spec, trail = (("declaration", INDEX),), DECLARATION_COLUMNS, (("indicators", INDEX),)
    else:
        raise ValueError(f"rows must be declarations or indicators, not {rows!r}")
    table = _Table([_EMPTY] * count, money)
    absent = [None] * count
    if paths is not None:
        table.columns["path"] = paths

    def add(name: str, kind: str) -> None:
        column = columns.get(name)
        if column is None:  # a key the library never writes for these rows: all absent
            table.add(name, absent, kind)
        else:
            table.columns[name] = _native_values(column, kind, money)

    for name, kind in (*lead, *spec):
        add(name, kind)
    known = {name for name, _ in (*lead, *spec, *trail)}
    for name, column in columns.items():  # keys formats.md does not list: only when some row has one
        if name not in known and column.present.any():
            add(name, RAW)
    for name, kind in trail:
        add(name, kind)
    return table.frame()


def score_frame(data: dict, rows: str, money: str = "decimal") -> Any:
    """The score report JSON as a frame: ``rows="indicators"`` (the 自评表, one row
    per indicator) or ``"declarations"`` (budget, level-1 subtotals, total, grade)."""
    declarations = data.get("declarations") or []
    if rows == "indicators":
        all_rows: List[dict] = []
        declaration: List[int] = []
        project: List[Optional[str]] = []
        for index, item in enumerate(declarations):
            items = item.get("indicators") or []
            all_rows.extend(items)
            declaration.extend([item.get("declaration", index)] * len(items))
            project.extend([item.get("project")] * len(items))
        table = _Table(all_rows, money)
        _lead(table, [("declaration", declaration, INDEX), ("project", project, TEXT)])
        table.add_spec(SCORE_INDICATOR_COLUMNS)
        return table.frame()
    if rows == "declarations":
        table = _Table(list(declarations), money)
        _lead(table, [("declaration", [item.get("declaration", index) for index, item in enumerate(declarations)],
                       INDEX)])
        table.add_spec(SCORE_DECLARATION_COLUMNS)
        # Level-1 subtotals, one weight and one score column per level-1 name, in
        # the order the report gives them.
        names: Dict[str, None] = {}
        for item in declarations:
            names.update(dict.fromkeys(item.get("level1") or {}))
        for name in names:
            parts = [(item.get("level1") or {}).get(name) or {} for item in declarations]
            table.add(f"level1.{name}.weight", [part.get("weight") for part in parts], DECIMAL)
            table.add(f"level1.{name}.score", [part.get("score") for part in parts], DECIMAL)
        return table.frame()
    raise ValueError(f"rows must be indicators or declarations, not {rows!r}")
