"""Promise 7 (the visible part): ingesting many inputs shows progress with an ETA.

Flat memory is measured by ``benchmarks/ingest_memory.py`` (1,000 vs 10,000
articles), not here: it needs minutes, not seconds.
"""

from __future__ import annotations

import re
from pathlib import Path

from .support import PtySession, clean_env, write_articles


def test_ingest_on_a_terminal_shows_progress_with_eta(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_articles(folder, 150, paragraphs=3)
    env = clean_env(tmp_path, TERM="xterm-256color")
    session = PtySession(["--store", str(tmp_path / "b.db"), "ingest", str(folder)], env,
                         size=(120, 30))
    try:
        session.read(120, until=b"added 150")
    finally:
        code = session.close()
    out = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", bytes(session.output).decode("utf-8", "replace"))
    assert code == 0, out[-1000:]
    assert "ETA" in out, out[-1000:]
    assert re.search(r"ETA\s+(?:\d+:\d\d:\d\d|-:--:--)", out), out[-1000:]
    assert re.search(r"\b\d+/150\b", out), "no count of inputs done"
    assert "added 150" in out
