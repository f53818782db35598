# SPDX-License-Identifier: Apache-2.0
"""The exception hierarchy: one class per C ABI status family (pygit2 ``check_error``).

Every error the library reports is a :class:`JixiaoError`.  Text that does not follow
its grammar (an amount, a target, the published layout, JSON) is a :class:`ParseError`
carrying the byte offset, the 1-based line and what was expected there.
"""

import errno
import os
from typing import Optional

__all__ = [
    "JixiaoError",
    "ParseError",
    "FormatError",
    "LimitError",
    "RangeError",
    "ClosedError",
    "InvalidArgumentError",
    "FileError",
    "MissingFileError",
    "LibraryNotFoundError",
]


class JixiaoError(Exception):
    """An error reported by libjixiao.

    ``status`` is the C ABI status code (negative), ``offset`` the byte offset into
    the input or None, ``line`` the 1-based line or None, ``expected`` what the
    reader expected there ("" when not applicable).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int = 0,
        offset: Optional[int] = None,
        line: Optional[int] = None,
        expected: str = "",
        source: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.offset = offset
        self.line = line
        self.expected = expected
        self.source = source

    def __reduce__(self):  # picklable, so errors survive multiprocessing
        return (_rebuild, (type(self), self.message, self.status, self.offset,
                           self.line, self.expected, self.source))


def _rebuild(cls, message, status, offset, line, expected, source):
    return cls(message, status=status, offset=offset, line=line, expected=expected, source=source)


class ParseError(JixiaoError, ValueError):
    """Text that does not follow its grammar; ``offset``, ``line``, ``expected`` say where and why."""


class FormatError(JixiaoError, ValueError):
    """Well-formed input of the wrong shape (unknown JSON ``format``, a missing field)."""


class LimitError(JixiaoError):
    """A configured limit (input size, rows, nesting depth) was exceeded."""


class RangeError(JixiaoError, OverflowError):
    """A value outside the representable range (money beyond ±10^15 元, an index)."""


class InvalidArgumentError(JixiaoError, ValueError):
    """An argument the library refused (an unknown rule code, a bad option value)."""


class ClosedError(JixiaoError, ValueError):
    """An object was used after ``close()`` (or after its ``with`` block)."""


class LibraryNotFoundError(JixiaoError, ImportError):
    """libjixiao.so.0 could not be loaded, or is too old for this package."""


class FileError(JixiaoError, OSError):
    """A file could not be read or written."""


class MissingFileError(FileError, FileNotFoundError):
    """A file that does not exist: ``except FileNotFoundError`` and ``except
    jixiao.FileError`` both catch it; ``errno``, ``strerror`` and ``filename`` are
    set as :func:`open` sets them.

    >>> error = MissingFileError("no/such.txt")
    >>> isinstance(error, FileNotFoundError), error.filename
    (True, 'no/such.txt')
    """

    def __init__(self, filename: str) -> None:
        strerror = os.strerror(errno.ENOENT)
        super().__init__(f"[Errno {errno.ENOENT}] {strerror}: {filename!r}", status=-5, source=filename)
        self.errno = errno.ENOENT
        self.strerror = strerror
        self.filename = filename

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):
        return (MissingFileError, (self.filename,))
