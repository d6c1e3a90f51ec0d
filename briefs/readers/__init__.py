"""Readers: turn an input (file, folder, URL, feed, JSON, stdin) into Articles.

Public entry points:

- ``iter_inputs(sources)`` — for the command line: yields ``(label, item)``
  pairs where ``item`` is an :class:`Article` or an :class:`InputError`, never
  raising for bad input, so one missing file, bad feed entry or dead URL in a
  batch is reported (``label: cause``) while everything else is still read.
  ``label`` is the input as typed, a file inside a folder, or an item inside a
  container (``feed.xml#3``, ``items.json[2]``, ``items.jsonl:7``).
- ``read(source)`` — one input as typed (path, folder, URL, ``-`` for stdin):
  yields its Articles and raises the first :class:`InputError` (strict).
- ``expand(sources)`` — the inputs with folders listed as their files, cheap,
  for a progress bar's total.
- ``from_raw(raw, raw_format, source)`` — rebuild the Article from the stored
  ``Article.raw``/``raw_format`` (``briefs reextract``).

Formats come from the file suffix (see ``detect.FORMAT_BY_SUFFIX``), the HTTP
content type, or — for stdin and unknown suffixes — the content itself. Limits
live in :mod:`briefs.readers.limits`. Importing this package stays cheap:
trafilatura, feedparser, lxml and charset-normalizer load only when needed.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefs.article import Article
from briefs.errors import InputError
from briefs.readers import detect

__all__ = ["FORMATS", "InputError", "expand", "from_raw", "is_url", "iter_inputs", "read"]

FORMATS = ("text", "markdown", "html", "feed", "json")
"""Values of ``Article.raw_format``."""

Item = Article | InputError

_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(source: str) -> bool:
    """True for http(s) URLs, the only kind fetched."""
    return bool(_URL.match(source))


# ------------------------------------------------------------------ parsing ---


def parse(text: str, fmt: str, source: str, url: str | None = None) -> Iterator[Item]:
    """Articles from decoded ``text`` in format ``fmt`` (multi-article formats per item)."""
    if fmt == "xml":
        fmt = detect.sniff_xml(text)
    if fmt in ("text", "markdown", "html"):
        from briefs.readers import text as plain

        if fmt == "html":
            from briefs.readers.html import from_html

            article = from_html(text, source, url)
        elif fmt == "markdown":
            article = plain.from_markdown(text, source)
        else:
            article = plain.from_text(text, source)
        article.url = article.url or url
        yield article
    elif fmt == "feed":
        from briefs.readers.feed import from_feed

        yield from from_feed(text, source)
    elif fmt in ("json", "jsonl"):
        from briefs.readers import jsonin

        items = list((jsonin.from_json if fmt == "json" else jsonin.from_jsonl)(text, source))
        if url and len(items) == 1 and isinstance(items[0], Article):
            items[0].url = items[0].url or url  # one article fetched from its own URL
        yield from items
    else:
        raise InputError(source, f"unknown format {fmt}")


def _parse_bytes(data: bytes, source: str, fmt: str | None, charset: str | None = None,
                 url: str | None = None) -> Iterator[Item]:
    empty = "empty input" if source == "-" else "empty file"
    if not data.strip():
        raise InputError(source, empty)
    reason = detect.binary_reason(data)
    if reason:
        raise InputError(source, reason)
    if charset is None and fmt in (None, "html", "xml", "feed"):
        charset = detect.declared_charset(data)
    text = detect.decode(data, charset)
    if not text.strip():
        raise InputError(source, empty)
    yield from parse(text, fmt or detect.sniff(text), source, url)


# ------------------------------------------------------------------- inputs ---


def _read_file(path: Path, source: str) -> Iterator[Item]:
    data = detect.read_path(path, source)
    yield from _parse_bytes(data, source, detect.FORMAT_BY_SUFFIX.get(path.suffix.lower()))


def _read_url(url: str) -> Iterator[Item]:
    from briefs.readers.fetch import fetch

    response = fetch(url)
    yield from _parse_bytes(response.body, url, response.format, response.charset, response.url)


def _read_one(source: str) -> Iterator[Item]:
    """Items of one input as typed; every InputError is yielded, not raised."""
    try:
        if source == "-":
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                raise InputError(source, "no standard input to read")
            yield from _parse_bytes(detect.read_stream(stdin, source), source, None)
            return
        if is_url(source):
            yield from _read_url(source)
            return
        path = Path(source)
        if path.is_dir():
            from briefs.readers.walk import walk

            for entry in walk(path, source):
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield from _read_one(entry)
            return
        if not path.exists():
            raise InputError(source, "not found")
        yield from _read_file(path, source)
    except InputError as e:
        yield e


def iter_inputs(sources: Iterable[str]) -> Iterator[tuple[str, Item]]:
    """``(label, Article | InputError)`` for every article or failure, in input order."""
    for source in sources:
        for item in _read_one(source):
            label = item.source if isinstance(item, InputError) else (item.source or source)
            yield label, item


def read(source: str) -> Iterator[Article]:
    """Articles from one input as typed on the command line; raises the first InputError."""
    for _label, item in iter_inputs([source]):
        if isinstance(item, InputError):
            raise item
        yield item


def expand(sources: str | Iterable[str]) -> list[str]:
    """The inputs (one, or several) with each folder replaced by the files in it.

    A folder with nothing readable stays as itself, so reading it reports why.
    """
    out: list[str] = []
    for source in [sources] if isinstance(sources, str) else sources:
        if source != "-" and not is_url(source) and Path(source).is_dir():
            from briefs.readers.walk import walk

            files = [e for e in walk(Path(source), source) if isinstance(e, str)]
            out.extend(files or [source])
        else:
            out.append(source)
    return out


def from_raw(raw: str, raw_format: str | None, source: str | None) -> Article:
    """The Article again from a stored raw input, for re-extraction."""
    source = source or "stored input"
    raw_format = raw_format or "text"
    url = source if is_url(source) else None
    if raw_format == "feed" and raw.lstrip().startswith("{"):
        from briefs.readers.feed import from_record

        try:
            record = json.loads(raw)
        except ValueError:
            raise InputError(source, "stored feed entry is not valid JSON") from None
        return from_record(record, source, raw)
    fmt = raw_format if raw_format in FORMATS else detect.sniff(raw)
    for item in parse(raw, fmt, source, url):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(source, "no article in stored input")
