"""The briefs reader: a Textual app over the store (imports textual lazily)."""

from __future__ import annotations


def run(store_path: str | None = None) -> int:
    """Open the reader on ``store_path``; the exit status for the command line."""
    from tui.app import run as _run

    return _run(store_path)
