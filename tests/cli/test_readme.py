"""README opens with exactly two set-up commands, and .ci/run runs the second one."""

from __future__ import annotations

import re
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def commands() -> list[str]:
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    head = text.split("## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", head)


def test_readme_opens_with_exactly_two_setup_commands():
    cmds = commands()
    assert len(cmds) == 2
    assert all(c.startswith("python3 -m venv .venv && .venv/bin/pip install") for c in cmds)
    assert cmds[0].endswith(".venv/bin/briefs sample && .venv/bin/briefs")
    assert cmds[1].endswith(".venv/bin/pytest")


def test_ci_runs_the_readme_test_command():
    ci = (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in ci
    assert commands()[1] + " || status=$?" in ci
    assert "-eq 5" in ci
    assert (PROJECT / ".ci" / "run").stat().st_mode & 0o111
