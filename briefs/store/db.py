"""Opening the SQLite file: pragmas, migrations, and retries so "locked" never leaks.

WAL lets readers work while one writer commits; ``busy_timeout`` makes SQLite
wait for the lock, and :func:`retry` covers the few cases where SQLite reports
SQLITE_BUSY without waiting (e.g. while another process switches to WAL).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from briefs.errors import StoreError
from briefs.store.schema import MIGRATIONS, SCHEMA_VERSION

T = TypeVar("T")

BUSY_TIMEOUT_S = 30.0
RETRY_FOR_S = 60.0


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in text or "busy" in text
    )


def retry(fn: Callable[[], T], *, what: str = "the store") -> T:
    """Run ``fn``, retrying while SQLite reports the database busy or locked."""
    deadline = time.monotonic() + RETRY_FOR_S
    delay = 0.005
    while True:
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            if time.monotonic() > deadline:
                raise StoreError(
                    f"{what} is busy: another briefs process kept it locked for over "
                    f"{RETRY_FOR_S:.0f} s"
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def unwritable(path: Path) -> list[str]:
    """The store's files (and its folder) this process may not write: SQLite needs the
    database, its -wal and -shm files and the folder that holds them."""
    out = [str(p) for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))
           if p.exists() and not _writable(p)]
    folder = path.parent
    if folder.exists() and not _writable(folder):
        out.append(f"{folder}/ (the folder)")
    return out


def _writable(p: Path) -> bool:
    """Write access, judged by the mode bits too: root without its capabilities still
    passes ``os.access``."""
    try:
        return os.access(p, os.W_OK) and bool(p.stat().st_mode & 0o222)
    except OSError:
        return False


def store_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """One line a user can act on, for any SQLite failure."""
    msg = str(exc)
    low = msg.lower()
    if is_busy(exc):
        return StoreError(f"{path}: the store is busy ({msg}); try again")
    if "readonly" in low or "read-only" in low:
        blocked = unwritable(path)
        where = ("not writable: " + ", ".join(blocked)) if blocked \
            else "check the file's permissions"
        return StoreError(f"{path}: the store is read-only ({msg}); {where}")
    if "unable to open" in low:
        return StoreError(
            f"{path}: cannot open the store ({msg}); check the path and its permissions")
    if any(w in low for w in ("malformed", "not a database", "corrupt", "disk image",
                              "encrypted", "no such table", "no such column")):
        return StoreError(
            f"{path}: not a usable briefs store ({msg}); move it aside and ingest again, "
            "or restore a backup (briefs.db.bak-vN)")
    return StoreError(f"{path}: store error ({msg})")


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """A connection with briefs' pragmas, the schema migrated to the current version."""
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no store here yet (ingest something first)")
        try:
            return _connect(path, readonly=True, uri_flags="mode=ro")
        except StoreError:
            if not _frozen(path):
                raise
            # A WAL store in a folder nobody can write: SQLite cannot create its
            # -shm there, but nothing can change the store either, so read it as
            # immutable.
            return _connect(path, readonly=True, uri_flags="mode=ro&immutable=1")
    return _connect(path, readonly=False)


def _frozen(path: Path) -> bool:
    """No -wal beside the store and its folder unwritable: no writer can exist."""
    import os

    return not Path(f"{path}-wal").exists() and not os.access(path.parent, os.W_OK)


def _connect(path: Path, *, readonly: bool, uri_flags: str = "") -> sqlite3.Connection:
    if readonly:
        uri = f"{path.resolve().as_uri()}?{uri_flags}"
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its folder ({exc.strerror})") from exc
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        con.execute("PRAGMA foreign_keys = ON")
        # Nothing is written before the store is known to be readable and not newer.
        version = retry(lambda: con.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: store schema version {version} is newer than this briefs "
                f"understands ({SCHEMA_VERSION}); upgrade briefs"
            )
        if readonly:
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"{path}: store schema version {version}, this briefs needs "
                    f"{SCHEMA_VERSION}; open it once without read-only to upgrade it"
                )
            return con
        if retry(lambda: con.execute("PRAGMA journal_mode").fetchone()[0]) != "wal":
            # First open by briefs (or a copied store): check it before converting it.
            if version > 0:
                check = con.execute("PRAGMA quick_check(1)").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
            retry(lambda: con.execute("PRAGMA journal_mode = WAL"))
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA wal_autocheckpoint = 4000")  # ~16 MB: fewer fsyncs per ingest
        if version < SCHEMA_VERSION:
            retry(lambda: migrate(con, path))
    except sqlite3.Error as exc:
        con.close()
        raise store_error(path, exc) from exc
    except BaseException:
        con.close()
        raise
    return con


def migrate(con: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date in one transaction, serialised across processes.

    The version is re-read under the write lock: another process may have done
    the work meanwhile, and then this is a no-op. An existing store is backed up
    (``briefs.db.bak-vN``) before its first migration.
    """
    con.execute("BEGIN IMMEDIATE")
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            con.execute("COMMIT")
            return
        if version > 0:
            backup(path, path.with_name(f"{path.name}.bak-v{version}"))
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                con.execute(statement)
        con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def backup(path: Path, target: Path) -> None:
    """A consistent copy of the store, read through a second connection.

    The caller holds the write lock, so nobody changes the store meanwhile; WAL
    lets this reader see the committed state.
    """
    if target.exists():
        import shutil

        shutil.copy2(target, target.with_name(target.name + ".old"))
    source = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would COMMIT early)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
