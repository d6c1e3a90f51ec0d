"""Ctrl-C during ingest: exit 130, and the count it prints is exactly what is stored."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.reliability.support import write_articles


def stored(path) -> int:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM briefs").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_ctrl_c_reports_what_was_stored(tmp_path, store):
    folder = tmp_path / "many"
    write_articles(folder, 1500, paragraphs=1)
    env = dict(os.environ, BRIEFS_STORE=str(store))
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "briefs", "ingest", str(folder)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while stored(store) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("ingest finished before the interrupt arrived")
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    line = err.strip().splitlines()[-1]
    assert line.startswith("briefs: interrupted; ")
    n = int(line.split("; ", 1)[1].split()[0])
    assert n == stored(store) > 0
    con = sqlite3.connect(store)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
