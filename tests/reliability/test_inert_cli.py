"""Promise 2 (command line): article text is never obeyed.

A brief whose every field carries markup, escape sequences, bidi overrides and
zero-width characters is shown by the real `briefs show`, `show --markdown`,
`show --json`, `list`, `search`, `quotes` and `export`, piped and on a
pseudo-terminal with colour forced; the exact bytes written are checked.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import termios
from pathlib import Path

import pytest

from briefs.store import Store

from .hostile import assert_inert, hostile_brief, hostile_text_article, write_hostile_html
from .support import briefs_command, clean_env, drain_pty, run_briefs

BRIEF_ID = "badc0ffee000"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("inert") / "briefs.db"
    with Store(path) as s:
        s.add(hostile_brief(BRIEF_ID), raw=hostile_text_article(), raw_format="text")
    return path


def run_on_pty(args: list[str], env: dict[str, str], cols: int = 1000) -> tuple[int, str]:
    """Run the real `briefs` with stdout and stderr on a pseudo-terminal; all its bytes."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, cols, 0, 0))
    proc = subprocess.Popen(
        [*briefs_command(), *args], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
        env=env, close_fds=True,
    )
    os.close(slave)
    try:
        written = drain_pty(master)
    except AssertionError:
        proc.kill()
        raise
    finally:
        proc.wait(timeout=30)
    return proc.returncode, written.decode("utf-8", errors="strict")


def _pty_env(tmp: Path) -> dict[str, str]:
    return clean_env(tmp, TERM="xterm-256color", FORCE_COLOR="1", COLUMNS="1000", LINES="50",
                     COLORTERM="truecolor")


SHOWS = [
    ["show", BRIEF_ID],
    ["list"],
    ["search", "Quoted"],
    ["quotes"],
]


def _wide(tmp: Path) -> dict[str, str]:
    """Piped, but wide enough that table cells do not wrap the markup apart."""
    return clean_env(tmp, COLUMNS="1000")


@pytest.mark.parametrize("args", SHOWS, ids=lambda a: " ".join(a))
def test_piped_output_is_inert(store: Path, tmp_path: Path, args: list[str]) -> None:
    result = run_briefs("--store", str(store), *args, tmp=tmp_path, env=_wide(tmp_path))
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout)
    assert_inert(result.stderr, markup_visible=False)


@pytest.mark.parametrize("args", SHOWS, ids=lambda a: " ".join(a))
def test_terminal_output_is_inert(store: Path, tmp_path: Path, args: list[str]) -> None:
    code, out = run_on_pty(["--store", str(store), *args], _pty_env(tmp_path))
    assert code == 0, out
    assert "\x1b[" in out, "no styling on a forced-colour terminal: the test saw no real tty"
    assert_inert(out, styled=True, pty=True)


def test_markdown_is_inert(store: Path, tmp_path: Path) -> None:
    result = run_briefs("--store", str(store), "show", BRIEF_ID, "--markdown", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout.replace("\\", ""))
    code, out = run_on_pty(["--store", str(store), "show", BRIEF_ID, "--markdown"],
                           _pty_env(tmp_path))
    assert code == 0
    assert_inert(out.replace("\\", ""), styled=True, pty=True)


@pytest.mark.parametrize("args", [["show", BRIEF_ID, "--json"], ["export"],
                                  ["list", "--json"], ["quotes", "--json"]],
                         ids=lambda a: " ".join(a))
def test_json_output_is_inert_and_lossless(store: Path, tmp_path: Path, args: list[str]) -> None:
    """JSON keeps every character (escaped), and writes none of them raw."""
    result = run_briefs("--store", str(store), *args, tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout, markup_visible=True)
    first = json.loads(result.stdout.splitlines()[0])
    if "body" in first:
        assert first["title"] == hostile_brief()["title"], "export altered the article text"


def test_export_markdown_to_file_is_inert(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run_briefs("--store", str(store), "export", "--format", "markdown", "-o", str(out),
                        tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_inert(out.read_text(encoding="utf-8").replace("\\", ""))
    assert_inert(result.stderr, markup_visible=False)


@pytest.mark.parametrize("kind", ["txt", "html"])
def test_hostile_files_end_to_end(tmp_path: Path, kind: str) -> None:
    """Through the real readers, extractor and store: ingest, then show and export."""
    src = tmp_path / f"hostile.{kind}"
    if kind == "txt":
        src.write_text(hostile_text_article(), encoding="utf-8")
    else:
        write_hostile_html(src)
    store = tmp_path / "e2e.db"
    ingest = run_briefs("--store", str(store), "ingest", str(src), tmp=tmp_path)
    assert ingest.returncode == 0, ingest.stderr
    assert_inert(ingest.stdout + ingest.stderr, markup_visible=False)
    listed = run_briefs("--store", str(store), "list", "--json", tmp=tmp_path)
    brief_id = json.loads(listed.stdout.splitlines()[0])["id"]
    for args in (["show", brief_id], ["show", brief_id, "--json"], ["export"]):
        result = run_briefs("--store", str(store), *args, tmp=tmp_path)
        assert result.returncode == 0, result.stderr
        assert_inert(result.stdout)
    code, out = run_on_pty(["--store", str(store), "show", brief_id], _pty_env(tmp_path))
    assert code == 0
    assert_inert(out, styled=True, pty=True)
    # `show PATH` extracts on the fly, without the store.
    result = run_briefs("show", str(src), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout)


def test_error_messages_are_inert(tmp_path: Path) -> None:
    """An input name full of escapes, echoed in an error line, is shown inert."""
    name = tmp_path / "no-such-\x1b]0;PWN\x07-\u202efile\x1b[2J.txt"
    result = run_briefs("--store", str(tmp_path / "s.db"), "ingest", str(name), tmp=tmp_path)
    assert result.returncode != 0
    assert_inert(result.stderr, markup_visible=False)
    result = run_briefs("--store", str(tmp_path / "s.db"), "show", "\x1b]52;c;eA==\x07",
                        tmp=tmp_path)
    assert result.returncode != 0
    assert_inert(result.stdout + result.stderr, markup_visible=False)
