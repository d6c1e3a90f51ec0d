"""Promise 6: the store survives its own upgrades and damage.

- An older store is migrated on open, after a backup copy is written.
- A truncated or corrupted store is reported with what to do, never replaced:
  its bytes are the same afterwards.
- A read-only store opens read-only: reads work, writes fail with a clear error.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from briefs.errors import StoreError
from briefs.store import Store, schema
from briefs.store import db as store_db

from .support import briefs_command, clean_env, run_briefs

NEXT_MIGRATION = """
ALTER TABLE briefs ADD COLUMN reliability_note TEXT;
CREATE INDEX briefs_by_note ON briefs (reliability_note);
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _brief(i: int) -> dict:
    """A small, complete brief dict (contract JSON) written for these tests."""
    return {
        "id": f"feed{i:08x}",
        "source": f"made-up-{i}.txt",
        "title": f"Harbour Authority Buys {i + 2} Cranes",
        "outlet": "Coast Gazette",
        "authors": ["Lena Marsh"],
        "published": "2024-03-05",
        "url": None,
        "credit": None,
        "summary": f"The harbour authority bought {i + 2} cranes.",
        "body": [f"The harbour authority bought {i + 2} cranes.",
                 "“They pay for themselves,” said Daniel Ferreira."],
        "figures": [{"text": f"{i + 2} cranes", "value": i + 2, "unit": None,
                     "label": "cranes", "qualifier": None, "sentence": "", "paragraph": 0,
                     "key": True}],
        "quotes": [{"text": "They pay for themselves", "speaker": "Daniel Ferreira",
                    "mention": "Daniel Ferreira", "role": None, "cue": "said",
                    "paragraph": 1}],
        "sources": [{"name": "Daniel Ferreira", "kind": "person", "mentions": 1,
                     "evidence": ["said Daniel Ferreira"]}],
        "extractor_version": "1",
    }


def _filled_store(path: Path, n: int = 30) -> None:
    """A real store written by the current code, checkpointed into the main file."""
    with Store(path) as store:
        for i in range(n):
            assert store.add(_brief(i)) == "added"
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to damage
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _v1_store(path: Path) -> None:
    """A store as the first schema version wrote it, built by hand from migration 1."""
    con = sqlite3.connect(path, isolation_level=None)
    for statement in store_db._statements(schema.MIGRATIONS[0]):
        con.execute(statement)
    data = _brief(7)
    con.execute(
        "INSERT INTO briefs (n, id, url, content_hash, title, outlet, published, added_at,"
        " updated_at, sort_date, json, raw, raw_format, source, extractor_version,"
        " n_figures, n_quotes, n_sources) VALUES (1, ?, NULL, 'h', ?, ?, ?, "
        "'2024-03-05T00:00:00Z', '2024-03-05T00:00:00Z', ?, ?, 'raw', 'text', ?, '1', 1, 1, 1)",
        (data["id"], data["title"], data["outlet"], data["published"], data["published"],
         json.dumps(data), data["source"]),
    )
    con.execute("INSERT INTO figures VALUES (?, 0, '9 cranes', 9, NULL, 'cranes', NULL, 1, 0)",
                (data["id"],))
    con.execute("INSERT INTO briefs_fts (rowid, title, summary, body, quotes, speakers) "
                "VALUES (1, ?, '', '', '', '')", (data["title"],))
    con.execute("PRAGMA user_version = 1")
    con.close()


def _backups(folder: Path, store: Path) -> list[Path]:
    return [p for p in folder.iterdir()
            if p.name.startswith(store.name) and "bak" in p.name and p.is_file()]


# ------------------------------------------------------------- upgrades ---


@pytest.mark.skipif(schema.SCHEMA_VERSION < 2, reason="only one schema version exists so far")
def test_first_schema_version_is_migrated_after_backup(tmp_path: Path) -> None:
    path = tmp_path / "briefs.db"
    _v1_store(path)
    before = _digest(path)
    with Store(path) as store:
        assert store.info()["schema_version"] == schema.SCHEMA_VERSION
        assert store.get("feed00000007")["title"] == _brief(7)["title"]
    backups = _backups(tmp_path, path)
    assert backups, "no backup written before migrating"
    con = sqlite3.connect(f"{backups[0].resolve().as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT id FROM briefs").fetchall() == [("feed00000007",)]
    con.close()
    assert before  # the original's content lives on in the backup


def test_store_of_this_version_is_migrated_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next release adds a migration: a store written today is backed up, then upgraded."""
    path = tmp_path / "briefs.db"
    _filled_store(path, n=12)
    old_version = schema.SCHEMA_VERSION
    monkeypatch.setattr(store_db, "MIGRATIONS", [*schema.MIGRATIONS, NEXT_MIGRATION])
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", old_version + 1)

    with Store(path) as store:
        assert store.count() == 12
        assert store.get(_brief(3)["id"])["title"] == _brief(3)["title"]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
    columns = {r[1] for r in con.execute("PRAGMA table_info(briefs)")}
    assert "reliability_note" in columns
    con.close()

    backups = _backups(tmp_path, path)
    assert backups, f"no backup beside the store: {sorted(p.name for p in tmp_path.iterdir())}"
    con = sqlite3.connect(f"{backups[0].resolve().as_uri()}?mode=ro", uri=True)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert con.execute("SELECT count(*) FROM briefs").fetchone()[0] == 12
    con.close()


def test_failed_migration_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "briefs.db"
    _filled_store(path, n=5)
    old_version = schema.SCHEMA_VERSION
    broken = "ALTER TABLE briefs ADD COLUMN half_done TEXT;\nALTER TABLE no_such_table ADD x;"
    monkeypatch.setattr(store_db, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", old_version + 1)
    with pytest.raises(StoreError):
        Store(path)
    monkeypatch.undo()
    with Store(path) as store:  # this release still opens it, whole
        assert store.info()["schema_version"] == old_version
        assert store.count() == 5
    con = sqlite3.connect(path)
    assert "half_done" not in {r[1] for r in con.execute("PRAGMA table_info(briefs)")}
    con.close()


def test_store_from_a_newer_briefs_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "briefs.db"
    _filled_store(path, n=3)
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    con.close()
    before = _digest(path)
    with pytest.raises(StoreError, match=r"(?i)newer|upgrade"):
        Store(path)
    assert _digest(path) == before


# --------------------------------------------------------------- damage ---


def _truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _bad_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"NotSQLiteAtAll!\0"
    path.write_bytes(bytes(data))


def _scribbled_pages(path: Path) -> None:
    """Every page after the first two overwritten: tables and indexes are gone."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for offset in range(2 * page, len(data), page):
        data[offset : offset + page] = os.urandom(min(page, len(data) - offset))
    path.write_bytes(bytes(data))


DAMAGE = {
    "truncated": _truncate_half,
    "random bytes": _garbage,
    "bad header": _bad_header,
    "scribbled pages": _scribbled_pages,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_store_is_reported_never_replaced(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "briefs.db"
    _filled_store(path, n=60)
    DAMAGE[damage](path)
    before = _digest(path)
    siblings = sorted(p.name for p in tmp_path.iterdir())

    # Detected at open, or at the latest on the first read.
    with pytest.raises(StoreError) as caught, Store(path) as store:
        store.count()
        store.list(limit=100)
    message = str(caught.value)
    assert str(path) in message or path.name in message, message
    assert any(w in message.lower() for w in ("restore", "move it", "backup", "delete",
                                              "rename", "remove")), message

    with pytest.raises(StoreError), Store(path, readonly=True) as store:
        store.count()
        store.list(limit=100)

    assert _digest(path) == before, "the damaged store file was modified"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(
        ("-wal", "-shm", "-journal"))) == [s for s in siblings if not s.endswith(
            ("-wal", "-shm", "-journal"))]


@pytest.mark.parametrize("damage", ["truncated", "random bytes"])
def test_cli_reports_damaged_store_with_what_to_do(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "briefs.db"
    _filled_store(path, n=60)
    DAMAGE[damage](path)
    before = _digest(path)
    for args in (["list"], ["list", "--json"], ["show", _brief(1)["id"]]):
        result = run_briefs("--store", str(path), *args, tmp=tmp_path)
        assert result.returncode != 0, (args, result.stdout)
        assert "Traceback" not in result.stderr, result.stderr
        err = result.stderr.strip()
        assert len(err.splitlines()) <= 2, err
        assert any(w in err.lower() for w in ("restore", "move it", "backup", "rename")), err
    src = tmp_path / "new.txt"
    src.write_text("Ferries Return\n\nFerries will run every 40 minutes, the operator said.\n")
    result = run_briefs("--store", str(path), "ingest", str(src), tmp=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr
    assert _digest(path) == before, "briefs changed a damaged store file"


# ------------------------------------------------------------ read-only ---


def test_readonly_store_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "briefs.db"
    _filled_store(path, n=8)
    before = _digest(path)
    with Store(path, readonly=True) as store:
        assert store.count() == 8
        assert len(store.list(limit=None)) == 8
        assert store.get(_brief(2)["id"])["title"] == _brief(2)["title"]
        with pytest.raises(StoreError):
            store.add(_brief(99))
        with pytest.raises(StoreError):
            store.set_starred(_brief(2)["id"])
        with pytest.raises(StoreError):
            store.delete(_brief(2)["id"])
    assert _digest(path) == before


def _unprivileged() -> list[str]:
    """A command prefix under which file permission bits bind, even for root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: chmod cannot stop root's writes")
    # Root keeps its uid but loses the capabilities that bypass permission bits.
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


@pytest.mark.parametrize("how", ["file 0444", "folder 0555"])
def test_cli_on_readonly_store(tmp_path: Path, how: str) -> None:
    prefix = _unprivileged()
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "briefs.db"
    _filled_store(path, n=8)
    # A store left in WAL mode, as briefs leaves it, is the realistic case.
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    before = _digest(path)
    if how == "file 0444":
        path.chmod(0o444)
    else:
        folder.chmod(0o555)
    try:
        env = clean_env(tmp_path)

        def briefs(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([*prefix, *briefs_command(), "--store", str(path), *args],
                                  env=env, capture_output=True, text=True, timeout=60,
                                  stdin=subprocess.DEVNULL)

        listed = briefs("list", "--json")
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == 8
        shown = briefs("show", _brief(2)["id"])
        assert shown.returncode == 0, shown.stderr
        assert _brief(2)["title"] in shown.stdout
        src = tmp_path / "new.txt"
        src.write_text("Ferries Return\n\nFerries will run every 40 minutes, the operator said.\n")
        ingest = briefs("ingest", str(src))
        assert ingest.returncode != 0
        assert "Traceback" not in ingest.stderr, ingest.stderr
        assert "read-only" in ingest.stderr.lower() or "readonly" in ingest.stderr.lower() \
            or "permission" in ingest.stderr.lower(), ingest.stderr
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert _digest(path) == before


def test_reader_opens_readonly_store_read_only(tmp_path: Path) -> None:
    """The real reader on a 0444 store: it opens, says read-only, and refuses to write."""
    import re

    from .support import PtySession

    prefix = _unprivileged()
    path = tmp_path / "briefs.db"
    _filled_store(path, n=3)
    before = _digest(path)
    path.chmod(0o444)
    env = clean_env(tmp_path, TERM="xterm-256color")
    session = PtySession(["--store", str(path)], env, size=(120, 40), prefix=prefix)
    try:
        session.read(20, until=b"read-only")
        session.read(1.0)
        session.send("s")  # star: a write
        session.read(2.0, until=b"is read-only.")
    finally:
        code = session.close()
        path.chmod(0o644)
    screen = re.sub(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)", "",
                    bytes(session.output).decode("utf-8", "replace"))
    assert "Traceback" not in screen, screen[-2000:]
    assert _brief(2)["title"] in screen, "the library did not show the store's briefs"
    assert "read-only" in screen, "no read-only notice"
    assert "The store is read-only." in screen, "a write was not refused with a notice"
    assert code == 0
    assert _digest(path) == before


def test_readonly_sidecars_are_named(tmp_path: Path) -> None:
    """A store whose -wal/-shm files belong to someone else and are read-only (SQLite
    repairs its own user's modes) says which files block writes."""
    prefix = _unprivileged()
    if os.geteuid() != 0:
        pytest.skip("needs root to give the -wal/-shm files to another user")
    path = tmp_path / "briefs.db"
    _filled_store(path, n=3)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    for tail in ("-wal", "-shm"):
        side = Path(f"{path}{tail}")
        side.touch()
        os.chown(side, 65534, 65534)
        side.chmod(0o444)
    try:
        src = tmp_path / "new.txt"
        src.write_text("Ferries Return\n\nFerries will run every 40 minutes, the operator said.\n")
        ingest = subprocess.run([*prefix, *briefs_command(), "--store", str(path), "ingest",
                                 str(src)], env=clean_env(tmp_path), capture_output=True,
                                text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert ingest.returncode != 0
        assert "Traceback" not in ingest.stderr, ingest.stderr
        assert "briefs.db-shm" in ingest.stderr or "briefs.db-wal" in ingest.stderr, \
            ingest.stderr
    finally:
        for tail in ("-wal", "-shm"):
            Path(f"{path}{tail}").chmod(0o644)
