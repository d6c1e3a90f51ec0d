"""Output conventions and hostile text: colour only on a terminal, NO_COLOR, inert text."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.support import drain_pty, write_articles

HOSTILE = (
    "[bold]Mayor[/bold] \x1b]0;pwned\x07 wins \x1b[31mred\x1b[0m vote [link=https://evil.example]x[/link]\n\n"
    "The council [@click=app.quit]voted[/] 7 to 2 on Monday \u202eevil\u202c, the clerk said.\n\n"
    "“[blink]Vote[/blink] \x1b]52;c;cHduZWQ=\x07 now,” said [red]Jo Ray[/red], the clerk.\n"
)


def on_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """Run ``briefs`` with stdout on a pseudo-terminal; return every byte written."""
    main, sub = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "briefs", *args], stdout=sub,
                            stderr=subprocess.PIPE, env=env)
    os.close(sub)
    written = drain_pty(main)
    proc.wait(timeout=60)
    return written


@pytest.fixture
def hostile_id(briefs, tmp_path) -> str:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    r = briefs("ingest", str(path))
    assert r.returncode == 0, r.stderr
    return briefs("list", "--json").stdout.split('"id":"', 1)[1].split('"', 1)[0]


def _env(store: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env.update(BRIEFS_STORE=str(store), COLUMNS="100", TERM="xterm-256color", **extra)
    return env


def test_piped_output_has_no_escape_sequences(briefs, hostile_id):
    for args in (["show", hostile_id], ["list"], ["search", "council"], ["quotes"],
                 ["show", hostile_id, "--markdown"], ["info"]):
        r = briefs(*args)
        assert r.returncode == 0, (args, r.stderr)
        assert "\x1b" not in r.stdout, args
        assert "\u202e" not in r.stdout, args


def test_markup_in_article_is_shown_not_obeyed(briefs, hostile_id):
    out = briefs("show", hostile_id).stdout
    assert "[bold]Mayor[/bold]" in out
    md = briefs("show", hostile_id, "--markdown").stdout
    assert "\\[bold\\]Mayor\\[/bold\\]" in md


def test_terminal_gets_colour_but_never_article_escapes(store, hostile_id):
    raw = on_terminal(["show", hostile_id], _env(store))
    assert b"\x1b[" in raw  # styled for a terminal
    assert b"[bold]Mayor[/bold]" in raw
    for bad in (b"\x1b]0;", b"\x1b]52;", b"\x1b[31mred", b"\x07", "\u202e".encode()):
        assert bad not in raw
    assert b"\x1b]8;" not in raw  # no hyperlinks smuggled in from [link=]


def test_no_color_on_terminal(store, hostile_id):
    raw = on_terminal(["show", hostile_id], _env(store, NO_COLOR="1"))
    assert b"[bold]Mayor[/bold]" in raw
    import re

    colours = re.findall(rb"\x1b\[([0-9;]*)m", raw)
    for codes in colours:  # bold/italic/underline may stay; no colour codes
        for code in codes.split(b";"):
            assert not code or int(code) < 30 or int(code) in (39, 49), codes


def test_progress_bar_with_eta_on_a_terminal(store, tmp_path):
    folder = tmp_path / "batch"
    write_articles(folder, 40, paragraphs=1)
    main, sub = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "briefs", "ingest", str(folder)],
                            stdout=subprocess.PIPE, stderr=sub, env=_env(store), text=True)
    os.close(sub)
    bar = drain_pty(main)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert b"ingesting" in bar and b"ETA" in bar
    assert "added 40, updated 0, unchanged 0, failed 0" in out
