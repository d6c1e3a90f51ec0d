"""briefs compiles its own modules where PYTHONDONTWRITEBYTECODE stops Python doing it."""

from __future__ import annotations

import os
import sys
from importlib.util import cache_from_source
from pathlib import Path

from briefs.bytecode import ensure_compiled


def _package(root: Path) -> tuple[Path, Path]:
    pkg = root / "briefs"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    module = pkg / "sub" / "words.py"
    module.write_text("WORDS = 1\n", encoding="utf-8")
    return module, Path(cache_from_source(str(module)))


def test_missing_and_stale_bytecode_is_written(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    module, cached = _package(tmp_path)
    ensure_compiled(tmp_path)
    first = cached.read_bytes()
    module.write_text("WORDS = 2\n", encoding="utf-8")
    later = cached.stat().st_mtime + 10
    os.utime(module, (later, later))
    ensure_compiled(tmp_path)
    assert cached.read_bytes() != first  # recompiled from the edited source
    again = cached.read_bytes()
    ensure_compiled(tmp_path)
    assert cached.read_bytes() == again  # fresh bytecode is left as it is


def test_nothing_is_written_when_python_caches_itself(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _, cached = _package(tmp_path)
    ensure_compiled(tmp_path)
    assert not cached.exists()


def test_a_folder_that_cannot_hold_bytecode_is_left_alone(tmp_path, monkeypatch) -> None:
    """As in a read-only install: compiling fails quietly and the command goes on."""
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _, cached = _package(tmp_path)
    cached.parent.write_text("not a folder", encoding="utf-8")  # __pycache__ is a file
    ensure_compiled(tmp_path)  # no exception
    assert cached.parent.is_file()
