"""Opening the store from reader threads.

SQLite connections belong to the thread that opened them, so every thread worker
opens its own :class:`~briefs.store.Store` through :func:`opened` and closes it
when done. The app only keeps the path and whether the store is read-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class StoreRef:
    """How to (re)open the reader's store in any thread."""

    path: str | None = None
    readonly: bool = False

    def open(self) -> Any:
        from briefs.store import Store

        return Store(self.path, readonly=self.readonly)


@contextmanager
def opened(ref: StoreRef) -> Iterator[Any]:
    """A Store for this thread, closed afterwards."""
    store = ref.open()
    try:
        yield store
    finally:
        close = getattr(store, "close", None)
        if callable(close):
            close()
