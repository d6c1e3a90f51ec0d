"""The real ``briefs`` command in a real terminal (tmux): start, navigate, read the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None,
                                reason="tmux is not installed: cannot drive a real terminal")


def briefs_command() -> str:
    exe = Path(sys.executable).with_name("briefs")
    return str(exe) if exe.exists() else f"{sys.executable} -m briefs"


class Tmux:
    def __init__(self, command: str, env: dict[str, str]) -> None:
        self.name = f"briefs-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={v!s}" for k, v in env.items())
        # tmux opens the pane at its default size and resizes it to -x/-y a moment
        # later; a program that starts inside that moment can miss the resize, so
        # the command waits until the pane has the asked-for size. COLUMNS/LINES
        # inherited from whoever started the tmux server would override the pane's.
        wait = 'until [ "$(stty size)" = "30 100" ]; do sleep 0.05; done'
        program = f"env -u COLUMNS -u LINES {exports} {command}"
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "100", "-y", "30",
                        f"sh -c '{wait}; exec {program}'"], check=True)

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name],
                              capture_output=True, text=True, check=False).stdout

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], check=False,
                       capture_output=True)


def test_briefs_in_tmux(store_path: Path, config_dir: Path) -> None:
    env = {"BRIEFS_STORE": str(store_path), "BRIEFS_CONFIG_DIR": str(config_dir),
           "TERM": "xterm-256color", "PATH": os.environ.get("PATH", "")}
    tmux = Tmux(briefs_command(), env)
    try:
        tmux.wait_for("6 briefs")
        tmux.wait_for("Harbour City approves $420 million tram line")
        tmux.wait_for("BY THE NUMBERS")  # the preview pane beside the list
        tmux.keys("Enter")
        tmux.wait_for("5 Article")
        tmux.keys("f")
        tmux.wait_for("Qualifier")
        tmux.wait_for("35,000 riders")
        tmux.keys("j", "Enter")
        tmux.wait_for("evidence 1 of 1")
        tmux.wait_for("14 kilometres from the ferry terminal")  # its paragraph, in view
        tmux.keys("Escape", "Escape", "/")
        tmux.keys(*"apple")
        tmux.wait_for("1 match")
        tmux.wait_for("Farmers report record apple harvest")
        tmux.keys("Escape", "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "6 briefs" in tmux.screen():
            time.sleep(0.1)
        assert "6 briefs" not in tmux.screen()
    finally:
        tmux.close()
