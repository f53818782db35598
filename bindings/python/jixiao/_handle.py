# SPDX-License-Identifier: Apache-2.0
"""Owning wrappers of C handles (llvmlite ``ObjectRef``, pygit2 parent links).

A handle is freed exactly once: by ``close()``, by leaving its ``with`` block, or by
the garbage collector through :func:`weakref.finalize` (also at interpreter exit).
Using it afterwards raises :class:`~jixiao.errors.ClosedError` instead of touching
freed memory.  A child that borrows from a parent keeps a reference to it, so the
parent outlives the child, and refuses to work once the parent was closed.

Threads: the C library lets several threads read one handle at once, so calls are
not serialised.  Each call counts itself as a user of the handle; ``close()`` while
calls are running takes effect at once for new calls, and the memory is freed when
the last running call returns.
"""

import threading
import weakref
from contextlib import contextmanager

from .errors import ClosedError

__all__ = ["Handle"]


class Handle:
    """Owns (or, with ``free=None``, borrows from ``parent``) one C handle."""

    __slots__ = ("_pointer", "_parent", "_lock", "_users", "_finalizer", "__weakref__")

    _kind = "object"  # for messages: "document", "target", ...

    def __init__(self, pointer, free, parent=None):
        if not pointer:
            raise ValueError(f"null {self._kind} handle")
        self._pointer = pointer
        self._parent = parent
        self._lock = threading.Lock()
        self._users = 0
        # The finalizer must not reference self; it holds the raw pointer only.
        self._finalizer = weakref.finalize(self, free, pointer) if free is not None else None

    @property
    def closed(self) -> bool:
        """True once this handle or a parent it borrows from was closed."""
        if self._pointer is None:
            return True
        return self._parent is not None and self._parent.closed

    def _free(self) -> None:
        if self._finalizer is not None:
            self._finalizer()  # runs at most once, whoever calls it

    def close(self) -> None:
        """Free the C handle (now, or when the calls running on it return).
        Closing twice is a no-op."""
        with self._lock:
            if self._pointer is None:
                return
            self._pointer = None
            free_now = self._users == 0
        if free_now:
            self._free()

    def _raise_closed(self):
        raise ClosedError(f"this {self._kind} was closed; it cannot be used any more")

    @contextmanager
    def _use(self):
        """Yield the live pointer for the duration of one call, or raise ClosedError."""
        with self._lock:
            if self.closed:
                self._raise_closed()
            pointer = self._pointer
            self._users += 1
        try:
            if self._parent is not None:
                with self._parent._use():
                    yield pointer
            else:
                yield pointer
        finally:
            with self._lock:
                self._users -= 1
                free_now = self._users == 0 and self._pointer is None
            if free_now:
                self._free()

    def __enter__(self):
        if self.closed:
            self._raise_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False
