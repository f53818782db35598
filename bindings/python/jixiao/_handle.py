"""Owning wrappers of C handles (llvmlite ``ObjectRef``, pygit2 parent links).

A handle is freed exactly once: by ``close()``, by leaving its ``with`` block, or by
the garbage collector through :func:`weakref.finalize` (also at interpreter exit).
Using it afterwards raises :class:`~jixiao.errors.ClosedError` instead of touching
freed memory.  A child that borrows from a parent keeps a reference to it, so the
parent outlives the child, and refuses to work once the parent was closed.

Each handle carries a lock: strings the C library owns are valid only until the next
call on the same handle, so a call and the copy of its result happen under the lock.
That also makes one handle safe to share between threads.
"""

import threading
import weakref
from contextlib import contextmanager

from .errors import ClosedError

__all__ = ["Handle"]


class Handle:
    """Owns (or borrows, with ``free=None``) one C handle."""

    __slots__ = ("_pointer", "_parent", "_lock", "_finalizer", "__weakref__")

    _kind = "object"  # for messages: "document", "target", ...

    def __init__(self, pointer, free, parent=None):
        if not pointer:
            raise ValueError(f"null {self._kind} handle")
        self._pointer = pointer
        self._parent = parent
        self._lock = threading.RLock()
        # The finalizer must not reference self; it holds the raw pointer only.
        self._finalizer = weakref.finalize(self, free, pointer) if free is not None else None

    @property
    def closed(self) -> bool:
        """True once this handle or a parent it borrows from was closed."""
        if self._pointer is None:
            return True
        return self._parent is not None and self._parent.closed

    def close(self) -> None:
        """Free the C handle now.  Closing twice is a no-op."""
        with self._lock:
            if self._finalizer is not None:
                self._finalizer()
            self._pointer = None

    @contextmanager
    def _use(self):
        """Hold the lock and yield the live pointer, or raise ClosedError."""
        with self._lock:
            if self.closed:
                raise ClosedError(f"this {self._kind} was closed; it cannot be used any more")
            if self._parent is not None:
                with self._parent._use():
                    yield self._pointer
            else:
                yield self._pointer

    def __enter__(self):
        if self.closed:
            raise ClosedError(f"this {self._kind} was closed; it cannot be used any more")
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False
