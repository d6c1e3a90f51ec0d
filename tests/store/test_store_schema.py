"""Schema versioning, forward migrations with a backup, and concurrent creation."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from briefs.errors import StoreError
from briefs.store import Store, db, schema
from tests.store.conftest import make_brief


def test_fresh_store_is_current(tmp_path):
    with Store(tmp_path / "a" / "b" / "briefs.db") as s:
        assert s.info()["schema_version"] == schema.SCHEMA_VERSION == len(schema.MIGRATIONS)


def test_forward_migration_backs_up_first(tmp_path, monkeypatch):
    path = tmp_path / "briefs.db"
    with Store(path) as s:
        s.add(make_brief("Parks open", "The city opened 12 new parks."))
    v2 = "CREATE TABLE notes (brief_id TEXT, note TEXT);"
    monkeypatch.setattr(db, "MIGRATIONS", [*schema.MIGRATIONS, v2])
    monkeypatch.setattr(db, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with Store(path) as s:
        assert s.count() == 1
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION + 1
    con.execute("SELECT * FROM notes")
    con.close()
    backup = tmp_path / f"briefs.db.bak-v{schema.SCHEMA_VERSION}"
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM briefs").fetchone()[0] == 1
    con.close()


def test_failed_migration_leaves_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "briefs.db"
    with Store(path) as s:
        s.add(make_brief("Parks open", "The city opened 12 new parks."))
    monkeypatch.setattr(db, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE t (x); BROKEN"])
    monkeypatch.setattr(db, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError):
        Store(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert con.execute("SELECT name FROM sqlite_master WHERE name = 't'").fetchone() is None
    con.close()


def test_newer_store_is_refused(tmp_path):
    path = tmp_path / "briefs.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


WRITER = textwrap.dedent("""
    import sys, time
    from briefs.article import Article
    from briefs.pipeline import build_brief
    from briefs.store import Store
    path, who, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    briefs = [build_brief(Article(text=f"Story {i}\\n\\nCouncil item {i} passed.\\n"))
              for i in range(20)]
    mine = [build_brief(Article(text=f"Own {who} {i}\\n\\nOnly {who} wrote {i}.\\n"))
            for i in range(5)]
    while time.time() < start:
        time.sleep(0.001)
    with Store(path) as s:  # every process creates the store at once
        for b in briefs + mine:
            s.add(b)
    print("ok")
""")


def test_processes_create_and_write_one_store_at_once(tmp_path):
    path = tmp_path / "new" / "briefs.db"
    start = time.time() + 1.5
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(w), str(start)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(4)
    ]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert "locked" not in err and out.strip() == "ok"
    with Store(path) as s:
        assert s.count() == 20 + 4 * 5  # shared stories once, own stories each
        assert s.info()["schema_version"] == schema.SCHEMA_VERSION
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_every_older_version_migrates_to_current(tmp_path, monkeypatch):
    """A store made at each earlier version upgrades with its briefs intact."""
    for version in range(1, schema.SCHEMA_VERSION):
        path = tmp_path / f"v{version}" / "briefs.db"
        monkeypatch.setattr(db, "MIGRATIONS", schema.MIGRATIONS[:version])
        monkeypatch.setattr(db, "SCHEMA_VERSION", version)
        with Store(path) as s:
            s.add(make_brief("Parks open", "The city opened 12 new parks."))
        monkeypatch.undo()
        with Store(path) as s:
            assert s.info()["schema_version"] == schema.SCHEMA_VERSION
            assert [r["title"] for r in s.list(sort="outlet")] == ["Parks open"]
            assert s.count("parks") == 1
        assert (path.parent / f"briefs.db.bak-v{version}").exists()
