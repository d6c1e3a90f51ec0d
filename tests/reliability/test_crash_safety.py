"""Promise 4: a crash loses nothing.

`briefs ingest` killed with SIGKILL at random points (20 runs, into one store)
leaves a store that passes ``PRAGMA integrity_check``, where every brief is
whole (its JSON parses and the figures/quotes/sources rows match it) and no
brief stored earlier is lost; a rerun of the same ingest then completes the
set without duplicates. Ctrl-C prints how many were stored and exits with 130.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from briefs.models import Brief

from .support import briefs_command, clean_env, run_briefs, write_articles

RUNS = 20
ARTICLES = 1000


def _count(store: Path) -> int:
    if not store.exists():
        return 0
    try:
        con = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return int(con.execute("SELECT count(*) FROM briefs").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # not created yet, or mid-creation


def check_store(store: Path) -> set[str]:
    """Integrity, and every brief whole; returns the stored ids."""
    con = sqlite3.connect(store, timeout=30)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        if "briefs" not in tables:
            return set()  # killed before the schema was committed: nothing half-made
        ids: set[str] = set()
        rows = con.execute("SELECT id, json, n_figures, n_quotes, n_sources FROM briefs")
        for brief_id, text, nf, nq, ns in rows:
            data = json.loads(text)
            brief = Brief.model_validate(data)
            assert brief.id == brief_id
            assert (nf, nq, ns) == (len(brief.figures), len(brief.quotes), len(brief.sources))
            for table, expected in (("figures", nf), ("quotes", nq), ("sources", ns)):
                got = con.execute(f"SELECT count(*) FROM {table} WHERE brief_id = ?",
                                  (brief_id,)).fetchone()[0]
                assert got == expected, f"{brief_id}: {got} {table} rows, JSON has {expected}"
            ids.add(brief_id)
        fts = con.execute("SELECT count(*) FROM briefs_fts").fetchone()[0]
        assert fts == len(ids), f"{fts} full-text rows for {len(ids)} briefs"
        return ids
    finally:
        con.close()


def _reap_group(proc: subprocess.Popen, grace: float = 15.0) -> list[int]:
    """Wait for the killed ingest's worker processes to go; return any that stayed."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        left = _group_members(proc.pid)
        if not left:
            return []
        time.sleep(0.1)
    left = _group_members(proc.pid)
    for pid in left:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return left


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def test_sigkill_at_random_points_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, ARTICLES, paragraphs=4)
    store = tmp_path / "store" / "briefs.db"
    env = clean_env(tmp_path)
    rng = random.Random(5)
    kept: set[str] = set()
    completed_runs = 0
    for run in range(RUNS):
        before = _count(store)
        proc = subprocess.Popen(
            [*briefs_command(), "--store", str(store), "ingest", str(folder)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        if run % 2 == 0:
            # Anywhere: start-up, store creation, migration, building, writing.
            time.sleep(rng.uniform(0.05, 1.0))
        else:
            # While briefs are being written: after the store grew by a few.
            target = before + rng.randint(1, 12)
            deadline = time.monotonic() + 60
            while proc.poll() is None and time.monotonic() < deadline:
                if _count(store) >= target:
                    time.sleep(rng.uniform(0, 0.05))
                    break
                time.sleep(0.005)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        else:
            completed_runs += 1
        proc.wait(timeout=30)
        assert proc.stderr is not None
        stderr = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        assert "Traceback" not in stderr, stderr
        assert "locked" not in stderr, stderr
        stray = _reap_group(proc)
        assert not stray, f"run {run}: worker processes outlived the killed ingest: {stray}"
        if store.exists():
            ids = check_store(store)
            assert kept <= ids, f"run {run}: briefs stored earlier are gone: {kept - ids}"
            kept = ids
    print(f"{completed_runs} of {RUNS} runs finished before the kill")
    assert completed_runs < RUNS // 2, "most runs finished before the kill: kills were not random"

    final = run_briefs("--store", str(store), "ingest", str(folder), tmp=tmp_path, env=env,
                       timeout=300)
    assert final.returncode == 0, final.stderr
    ids = check_store(store)
    assert kept <= ids
    assert len(ids) == ARTICLES, f"{len(ids)} briefs for {ARTICLES} distinct articles"
    con = sqlite3.connect(store)
    assert con.execute("SELECT count(DISTINCT content_hash) FROM briefs").fetchone()[0] == ARTICLES
    con.close()
    match = re.search(r"added (\d+)", final.stdout)
    assert match and int(match.group(1)) == ARTICLES - len(kept), final.stdout


def test_ctrl_c_reports_what_was_stored_and_exits_130(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 400, paragraphs=4)
    store = tmp_path / "briefs.db"
    proc = subprocess.Popen(
        [*briefs_command(), "--store", str(store), "ingest", str(folder)],
        env=clean_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline and _count(store) < 20:
        time.sleep(0.01)
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (proc.returncode, out, err)
    assert "Traceback" not in err and "Traceback" not in out, err
    assert not _reap_group(proc), "workers outlived Ctrl-C"
    stored = _count(store)
    assert 20 <= stored < 400
    said = re.search(r"(\d+) briefs? stored", out + err)
    assert said, f"no count of stored briefs in: {out!r} {err!r}"
    assert int(said.group(1)) == stored, (said.group(0), stored)
    assert check_store(store) and len(check_store(store)) == stored
