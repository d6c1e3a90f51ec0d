"""The Store: briefs in a SQLite file, and the query API the reader and CLI share.

Writes (:mod:`briefs.store.writes`) take a Brief or its JSON; reads
(:mod:`briefs.store.reads`) return plain dicts, so the read path never imports
pydantic. One connection per Store; SQLite connections belong to one thread,
so open a Store per thread.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from briefs.errors import StoreError
from briefs.store.db import connect
from briefs.store.guard import guard
from briefs.store.reads import Reads
from briefs.store.schema import SCHEMA_VERSION
from briefs.store.writes import Writes


class Store(Writes, Reads):
    """A briefs store file. ``Store()`` opens the default one (``BRIEFS_STORE``…).

    A store the user may not write is opened read-only (``self.readonly``).
    """

    def __init__(self, path: str | Path | None = None, *, readonly: bool = False) -> None:
        if path is None:
            from briefs.paths import default_store_path

            path = default_store_path()
        self.path = Path(path).expanduser()
        self.readonly = readonly
        try:
            self._con = connect(self.path, readonly=readonly)
        except StoreError as exc:
            # A store we may read but not write (file or folder permissions) opens
            # read-only: reads work, writes say why they cannot.
            if readonly or not self.path.exists() or "read-only" not in str(exc):
                raise
            self.readonly = True
            self._con = connect(self.path, readonly=True)
        self._con.row_factory = sqlite3.Row

    # ----------------------------------------------------------- lifecycle ---

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @guard
    def data_version(self) -> int:
        """Changes when another connection commits: cheap polling for the reader."""
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    @guard
    def info(self) -> dict[str, Any]:
        con = self._con

        def n(table: str) -> int:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        size = sum(
            p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists()
        )
        return {
            "path": str(self.path),
            "schema_version": int(con.execute("PRAGMA user_version").fetchone()[0]),
            "briefs": n("briefs"), "quotes": n("quotes"), "figures": n("figures"),
            "sources": n("sources"), "size": size,
        }

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION
