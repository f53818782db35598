# SPDX-License-Identifier: Apache-2.0
"""Many files at once: :func:`read_many` and its :class:`ReadResult`.

Files are read by a pool of threads.  That is parallel: the C library releases the
GIL for the whole read (ctypes drops it around every call into a ``CDLL``), and it
is thread-safe (docs/c-api.md: any function from any thread).  A file that cannot be
read is recorded in :attr:`ReadResult.errors` and the batch goes on.
"""

import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple,
                    Union)

from . import frames
from . import _ffi
from .document import Document, _native_columns, _read_options, parse_document

if TYPE_CHECKING:  # pandas is optional: imported only when a frame is asked for
    import pandas

__all__ = ["read_many", "ReadResult", "ReadError"]

PathLike = Union[str, "os.PathLike[str]"]


class ReadError:
    """A file :func:`read_many` could not read: ``path`` (str) and ``error`` (the
    exception :func:`parse_document` raised: a :class:`JixiaoError`, an
    :class:`OSError`, …).

    >>> result = read_many(["tests/data/corpus/no-such-file.txt"], progress=False)
    >>> result.errors[0]
    <ReadError tests/data/corpus/no-such-file.txt: MissingFileError [Errno 2] No such file or directory: 'tests/data/corpus/no-such-file.txt'>
    """

    __slots__ = ("path", "error")

    def __init__(self, path: str, error: BaseException) -> None:
        self.path = path
        self.error = error

    def __repr__(self) -> str:
        return f"<ReadError {self.path}: {type(self.error).__name__} {self.error}>"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (ReadError, (self.path, self.error))


class ReadResult:
    """What :func:`read_many` read: ``documents`` (``{path: Document}``, in the order
    the paths were given) and ``errors`` (a list of :class:`ReadError`, same order).
    The frames have the columns of :class:`Document`'s, with ``path`` first.  A
    context manager: leaving it closes every document.

    >>> with read_many("tests/data/corpus", pattern="hongkou-*.txt", progress=False) as result:
    ...     print(result)
    ...     frame = result.declarations_frame()
    <ReadResult 1 documents, 0 errors>
    >>> frame.loc[1, ["path", "project.name"]].tolist()
    ['tests/data/corpus/hongkou-court-2024.txt', '政府聘用辅助人员经费']
    """

    __slots__ = ("documents", "errors", "__weakref__")

    def __init__(self, documents: Dict[str, Document], errors: List[ReadError]) -> None:
        self.documents = documents
        self.errors = errors

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Tuple[str, Document]]:
        return iter(self.documents.items())

    def close(self) -> None:
        """Close every document (frames and values already taken stay valid).

        >>> result = read_many(["tests/data/corpus/hongkou-court-2024.txt"], progress=False)
        >>> result.close(); [document.closed for document in result.documents.values()]
        [True]
        """
        for document in self.documents.values():
            document.close()

    def __enter__(self) -> "ReadResult":
        return self

    def __exit__(self, *exc_info: Any) -> bool:
        self.close()
        return False

    def _frame(self, rows: str, money: str = "decimal") -> "pandas.DataFrame":
        frames.pandas()  # the ImportError that says how to get pandas, before any work
        if rows == "diagnostics":
            return frames.document_frame(((path, document._data()) for path, document in self.documents.items()),
                                         rows, money)
        if money not in frames.MONEY:
            raise ValueError(f"money must be one of {', '.join(frames.MONEY)}, not {money!r}")
        # The library's columns of each document, joined (as Document's frames).
        numpy = frames.np()
        code = _ffi.ROWS_INDICATORS if rows == "indicators" else _ffi.ROWS_DECLARATIONS
        parts = []
        for document in self.documents.values():
            with document._use() as pointer:
                parts.append(_native_columns(pointer, code))
        columns, count = frames.concat_columns(parts)
        paths = numpy.empty(count, dtype=object)
        start = 0
        for path, (_, rows_of_document) in zip(self.documents, parts):
            paths[start:start + rows_of_document] = path
            start += rows_of_document
        if not parts:  # no document: the JSON path's empty frame has the columns
            return frames.document_frame((), rows, money)
        return frames.native_frame(columns, count, rows, money, paths)

    def indicators_frame(self) -> "pandas.DataFrame":
        """Every document's :meth:`Document.indicators_frame`, in one frame with
        ``path`` first.

        >>> with read_many(["tests/data/corpus/hongkou-court-2024.txt"], progress=False) as result:
        ...     frame = result.indicators_frame()
        >>> len(frame), frame.columns[:4].tolist()
        (100, ['path', 'declaration', 'indicator', 'project'])
        """
        return self._frame("indicators")

    def declarations_frame(self, money: str = "decimal") -> "pandas.DataFrame":
        """Every document's :meth:`Document.declarations_frame`, in one frame with
        ``path`` first (``money="fen"`` for integer 分).

        >>> with read_many(["tests/data/corpus/hongkou-court-2024.txt"], progress=False) as result:
        ...     frame = result.declarations_frame(money="fen")
        >>> int(frame["funds.total"].sum())
        3337861500
        """
        return self._frame("declarations", money)

    def diagnostics_frame(self) -> "pandas.DataFrame":
        """Every document's reader diagnostics, in one frame with ``path`` first.

        >>> with read_many(["tests/data/corpus/hongkou-court-2024.txt"], progress=False) as result:
        ...     frame = result.diagnostics_frame()
        >>> frame.columns[:3].tolist()
        ['path', 'code', 'severity']
        """
        return self._frame("diagnostics")

    def errors_frame(self) -> "pandas.DataFrame":
        """The files that could not be read: ``path``, ``error`` (the exception's
        class name), ``message``, ``line`` and ``offset`` (when the error has them).

        >>> result = read_many(["tests/data/corpus/no-such-file.txt"], progress=False)
        >>> result.errors_frame().loc[0, ["path", "error"]].tolist()
        ['tests/data/corpus/no-such-file.txt', 'MissingFileError']
        """
        pd = frames.pandas()
        return pd.DataFrame({
            "path": pd.Series([item.path for item in self.errors], dtype=object),
            "error": pd.Series([type(item.error).__name__ for item in self.errors], dtype=object),
            "message": pd.Series([str(item.error) for item in self.errors], dtype=object),
            "line": pd.array([getattr(item.error, "line", None) for item in self.errors], dtype="Int64"),
            "offset": pd.array([getattr(item.error, "offset", None) for item in self.errors], dtype="Int64"),
        })

    def __repr__(self) -> str:
        return f"<ReadResult {len(self.documents)} documents, {len(self.errors)} errors>"


def _paths(paths_or_dir: Union[PathLike, Iterable[PathLike]], pattern: str) -> List[str]:
    if isinstance(paths_or_dir, (str, os.PathLike)):
        directory = Path(paths_or_dir)
        if not directory.is_dir():
            raise NotADirectoryError(f"{directory}: not a directory (give a directory or a list of paths)")
        return [str(path) for path in sorted(directory.glob(pattern)) if path.is_file()]
    if isinstance(paths_or_dir, (bytes, bytearray)):
        raise TypeError("paths_or_dir must be a directory or an iterable of paths, not bytes")
    return [os.fspath(path) for path in paths_or_dir]


def _progress_bar(enabled: bool, total: int) -> Optional[Any]:
    """A tqdm bar on standard error when asked for, shown on a terminal, and tqdm is
    installed; otherwise None (no bar, no error)."""
    if not enabled or not getattr(sys.stderr, "isatty", lambda: False)():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="file", desc="jixiao", file=sys.stderr)


def read_many(paths_or_dir: Union[PathLike, Iterable[PathLike]], *, workers: Optional[int] = None,
              progress: bool = True, pattern: str = "*", format: str = "auto",
              **limits: int) -> ReadResult:
    """Read many files in parallel; a file that fails is collected, never raised.

    ``paths_or_dir`` is a directory (its files matching the glob ``pattern``, sorted;
    ``pattern="**/*"`` walks subdirectories) or an iterable of paths (each read
    once).  ``workers``
    threads (default: the CPUs this process may use) read at once.  With
    ``progress`` a bar is shown on standard error when it is a terminal and tqdm is
    installed.  ``format`` and the limits are :func:`parse_document`'s.

    >>> result = read_many(["tests/data/corpus/hongkou-court-2024.txt", "nowhere.txt"], workers=2,
    ...                    progress=False)
    >>> result
    <ReadResult 1 documents, 1 errors>
    >>> [len(document.declarations) for document in result.documents.values()], result.errors[0].path
    ([7], 'nowhere.txt')
    """
    paths = list(dict.fromkeys(_paths(paths_or_dir, pattern)))  # each file once, first order kept
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int, not {workers!r}")
    # Options are checked once, before any file is read (a bad one is the caller's bug).
    _read_options(format, None, limits)

    results: List[Union[Document, BaseException, None]] = [None] * len(paths)
    bar = _progress_bar(progress, len(paths))
    lock = threading.Lock()

    def read(index: int) -> None:
        try:
            results[index] = parse_document(paths[index], format=format, **limits)
        except Exception as error:  # noqa: BLE001 — collected per file, by design
            results[index] = error
        if bar is not None:
            with lock:
                bar.update(1)

    try:
        if workers == 1 or len(paths) <= 1:
            for index in range(len(paths)):
                read(index)
        else:
            with ThreadPoolExecutor(max_workers=min(workers, len(paths)),
                                    thread_name_prefix="jixiao-read") as pool:
                # list(): wait for all, and re-raise what only a bug in read() could raise.
                list(pool.map(read, range(len(paths))))
    finally:
        if bar is not None:
            bar.close()

    documents: Dict[str, Document] = {}
    errors: List[ReadError] = []
    for path, outcome in zip(paths, results):
        if isinstance(outcome, Document):
            documents[path] = outcome
        else:
            errors.append(ReadError(path, outcome))  # type: ignore[arg-type]
    return ReadResult(documents, errors)
