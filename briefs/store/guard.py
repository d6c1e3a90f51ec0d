"""SQLite failures as one-line StoreErrors, and read-only stores refusing writes."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from briefs.errors import StoreError
from briefs.store.db import store_error

F = TypeVar("F", bound=Callable[..., Any])


def guard(fn: F) -> F:
    """SQLite failures become one-line StoreErrors that say what to do."""

    @functools.wraps(fn)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise store_error(self.path, exc) from exc

    return wrapper  # type: ignore[return-value]


def writes(fn: F) -> F:
    """A write: refused up front on a read-only store, SQLite errors translated."""

    @functools.wraps(fn)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if self.readonly:
            raise StoreError(f"{self.path}: the store is open read-only; cannot change it")
        return fn(self, *args, **kwargs)

    return guard(wrapper)  # type: ignore[return-value]
