"""Every test runs with its own store and settings: never the user's real ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point the default store and the reader's settings at a fresh temp folder.

    Tests that need a particular store still pass ``--store``/``BRIEFS_STORE``
    themselves; this only guarantees that nothing leaks into ``~/.config`` or
    ``~/.local/share`` when a test forgets (subprocesses inherit the variables).
    """
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFS_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    if "BRIEFS_STORE" not in __import__("os").environ:
        monkeypatch.setenv("BRIEFS_STORE", str(Path(home) / "default-store.db"))
    yield
