"""Promise 3: concurrent use is safe.

The reader is open on a store (in this process, polling as it does for real)
while four real `briefs ingest` processes write 250 distinct articles each into
the same store. Every article is stored exactly once, no "database is locked"
reaches any user, and the reader's library shows the new briefs without a
restart.
"""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from briefs.store import Store

from .support import briefs_command, clean_env, write_articles

pytest.importorskip("tui.app", reason="the reader is not installed")

from tui.app import BriefsApp
from tui.settings import Settings
from tui.storeio import StoreRef
from tui.widgets.library_list import LibraryList

WRITERS = 4
EACH = 250


async def test_reader_open_while_four_ingests_write(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folders = []
    for w in range(WRITERS):
        folder = tmp_path / f"in-{w}"
        write_articles(folder, EACH, start=w * EACH, paragraphs=4)
        folders.append(folder)
    store = tmp_path / "briefs.db"
    with Store(store):
        pass  # the reader opens an existing (empty) store, as after `briefs sample`
    env = clean_env(tmp_path)

    app = BriefsApp(StoreRef(str(store)), settings=Settings(), poll_interval=0.5)
    async with app.run_test(size=(120, 40)) as pilot:
        # (the store watcher runs for the app's lifetime: never wait for all workers)
        await pilot.pause(0.5)
        procs = [
            subprocess.Popen(
                [*briefs_command(), "--store", str(store), "ingest", "--quiet", str(folder)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                stdin=subprocess.DEVNULL,
            )
            for folder in folders
        ]
        seen_totals: set[int] = set()
        library = app.screen.query_one(LibraryList)
        deadline = time.monotonic() + 300
        while any(p.poll() is None for p in procs) and time.monotonic() < deadline:
            await pilot.pause(0.25)
            seen_totals.add(library.total)
        outputs = [p.communicate(timeout=60) for p in procs]
        # The reader notices the last commits on its own (no key pressed, no restart).
        deadline = time.monotonic() + 30
        while library.total != WRITERS * EACH and time.monotonic() < deadline:
            await pilot.pause(0.25)
        await pilot.pause(1.0)  # the top bar counts in its own worker
        assert library.total == WRITERS * EACH, f"the library shows {library.total}"
        topbar = str(app.screen.query_one("#topbar").render())
        assert f"{WRITERS * EACH:,} briefs" in topbar, topbar
        shown = [r["title"] for r in library.rows_loaded()]
        assert shown and all(t.startswith("Item ") for t in shown[:5]), shown[:5]
        notes = " ".join(str(n.message) for n in app._notifications)
        assert "locked" not in notes.lower(), notes
        assert app.is_running

    assert len(seen_totals - {0, WRITERS * EACH}) >= 1, (
        f"the library never showed a partial count while ingests ran: {sorted(seen_totals)}")
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err.lower() and "busy" not in err.lower(), err
        assert "Traceback" not in err, err
    con = sqlite3.connect(store)
    try:
        assert con.execute("SELECT count(*) FROM briefs").fetchone()[0] == WRITERS * EACH
        assert con.execute("SELECT count(DISTINCT id) FROM briefs").fetchone()[0] == (
            WRITERS * EACH)
        titles = {r[0] for r in con.execute("SELECT title FROM briefs")}
        assert len(titles) == WRITERS * EACH  # each article once: titles are distinct
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
