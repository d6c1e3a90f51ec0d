"""Keep briefs' own modules compiled where ``PYTHONDONTWRITEBYTECODE`` is set.

Container and CI images often set ``PYTHONDONTWRITEBYTECODE=1``. With an
editable or source install, Python then recompiles every briefs module on every
run and never keeps the result: about 85 ms of each start-up on the reference
machine, more than ``briefs show`` needs for everything else. So the command
line compiles *its own* packages (``briefs``, ``tui``) into their usual
``__pycache__`` when a file is missing or stale, and leaves every other package
alone. Where the package directory is read-only nothing is written and nothing
fails. Checking costs one ``stat`` pair per module (about a millisecond).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGES = ("briefs", "tui")


def ensure_compiled(root: Path | None = None) -> None:
    """Compile stale or missing bytecode of briefs' packages (only when Python won't).

    ``root`` is the folder holding the packages (default: where briefs is installed).
    """
    if not sys.dont_write_bytecode:
        return  # Python writes bytecode itself as it imports
    root = root or Path(__file__).resolve().parent.parent
    for package in _PACKAGES:
        folder = root / package
        if (folder / "__init__.py").is_file():
            _compile_folder(folder)


def _compile_folder(folder: Path) -> None:
    from importlib.util import cache_from_source

    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = [d for d in dirnames if d != "__pycache__" and not d.startswith(".")]
        for name in filenames:
            if not name.endswith(".py"):
                continue
            source = os.path.join(dirpath, name)
            cached = cache_from_source(source)
            try:
                if os.stat(cached).st_mtime >= os.stat(source).st_mtime:
                    continue
            except OSError:
                pass  # no bytecode yet
            if not _compile(source, cached):
                return  # read-only install: leave it as it is


def _compile(source: str, cached: str) -> bool:
    import py_compile

    try:
        py_compile.compile(source, cached, doraise=True)
    except (OSError, py_compile.PyCompileError):
        return False
    return True
