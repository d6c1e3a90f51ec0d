"""Run the real ``briefs`` command as a subprocess against a store in tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SHARED = PROJECT / ".." / "shared"
SAMPLE = PROJECT / "briefs" / "data" / "sample.txt"


def _env(store: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env["BRIEFS_STORE"] = str(store)
    env["COLUMNS"] = "100"
    env.update(extra or {})
    return env


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store" / "briefs.db"


@pytest.fixture
def briefs(store: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """``briefs(*args, input=None, env=None)`` -> CompletedProcess (text, not raising)."""

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "briefs", *args], input=input, capture_output=True,
            text=True, encoding="utf-8", env=_env(store, env), cwd=cwd, timeout=120,
        )

    return run
