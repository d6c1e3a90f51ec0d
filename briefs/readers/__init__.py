"""Readers: turn an input (file, folder, URL, feed, JSON, stdin) into Articles.

Minimal first version (plain text only); the full set lands with the readers work.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefs.article import Article
from briefs.errors import InputError


def read(source: str) -> Iterator[Article]:
    """Articles from one input as given on the command line."""
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file or directory")
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        raise InputError(source, "empty file")
    yield Article(text=text, source=source, raw=text)
