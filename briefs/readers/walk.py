"""Folders: the readable files under a directory, recursively, in sorted order.

Hidden files and directories (a leading dot) are skipped, symlinked directories
are not followed (no cycles), and only files whose suffix names a format the
readers know are taken, so a folder of articles may also hold images or notes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from briefs.errors import InputError
from briefs.readers.detect import FORMAT_BY_SUFFIX


def walk(folder: Path, source: str) -> Iterator[str | InputError]:
    """Paths (as strings, under ``source``) of readable files; unreadable dirs as errors."""
    found = False
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        while errors:
            e = errors.pop(0)
            yield InputError(str(e.filename or root), f"cannot list folder ({e.strerror})")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or Path(name).suffix.lower() not in FORMAT_BY_SUFFIX:
                continue
            found = True
            rel = os.path.relpath(os.path.join(root, name), folder)
            yield os.path.join(source, rel)
    for e in errors:
        yield InputError(str(e.filename or source), f"cannot list folder ({e.strerror})")
    if not found:
        suffixes = " ".join(sorted(FORMAT_BY_SUFFIX))
        yield InputError(source, f"no readable files in folder (looked for {suffixes})")
