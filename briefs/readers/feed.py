"""RSS and Atom feeds with feedparser: one article per entry.

feedparser is given a byte stream, never a string: a string that looks like a
URL or a file name would make it fetch or open that itself. An entry's HTML
(content, else summary) becomes paragraphs through the light fragment path.
Each article's ``raw`` is that one entry as JSON (``raw_format="feed"``): a
feed holds many articles, and re-extraction needs only its own entry.
"""

from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Iterator
from typing import Any

from briefs.article import Article
from briefs.errors import InputError
from briefs.readers.html import fragment_paragraphs, looks_like_html
from briefs.readers.meta import author_list, iso_date

_XML_DECL_ENCODING = re.compile(
    r"""(\A\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'])[^"']{1,40}(["'])"""
)


def _entry_date(entry: Any) -> str | None:
    # dict.get skips feedparser's deprecated updated->published key mapping (and its warning)
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return iso_date(dict.get(entry, "published") or dict.get(entry, "updated"))


def _entry_html(entry: Any) -> str:
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary") or entry.get("description") or "")


# Numeric character references to surrogates or past U+10FFFF crash feedparser's
# loose parser (chr/encode errors): they become U+FFFD before parsing.
_CHARREF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def _valid_charref(m: re.Match[str]) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return m.group(0) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "&#xFFFD;"


_EMAIL_THEN_NAME = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")
_NAME_THEN_EMAIL = re.compile(r"^\s*(.+?)\s*<\S+@\S+>\s*$")


def _entry_authors(entry: Any) -> list[str]:
    """Names only: RSS writes "mara@x.example (Mara Lindqvist)", which we parse ourselves."""
    raw = entry.get("author")
    if isinstance(raw, str) and "@" in raw:
        m = _EMAIL_THEN_NAME.match(raw) or _NAME_THEN_EMAIL.match(raw)
        return author_list(m.group(1)) if m else []
    authors = author_list([a for a in entry.get("authors") or [] if isinstance(a, dict)])
    return authors or author_list(raw)


def entry_record(entry: Any, outlet: str | None) -> dict[str, Any]:
    """The parts of a feed entry an article needs, as plain JSON-able data."""
    return {
        "title": entry.get("title"),
        "link": entry.get("link"),
        "authors": _entry_authors(entry),
        "published": _entry_date(entry),
        "outlet": outlet,
        "content": _entry_html(entry),
    }


def from_record(record: dict[str, Any], source: str, raw: str | None = None) -> Article:
    """One article from an entry record (see :func:`entry_record`)."""
    content = str(record.get("content") or "")
    paragraphs = fragment_paragraphs(content) if looks_like_html(content) else [
        " ".join(p.split()) for p in content.split("\n\n") if p.strip()
    ]
    if not paragraphs:
        raise InputError(source, "feed entry has no text")
    title = record.get("title")
    return Article(
        text="\n\n".join(paragraphs),
        source=source,
        title=" ".join(str(title).split()) if title else None,
        outlet=record.get("outlet") or None,
        authors=[str(a) for a in record.get("authors") or []],
        published=record.get("published"),
        url=record.get("link") or None,
        raw=raw if raw is not None else json.dumps(record, ensure_ascii=False),
        raw_format="feed",
        title_in_text=False,
    )


def _bozo_cause(parsed: Any) -> str:
    lines = str(parsed.get("bozo_exception") or "not well-formed").splitlines() or ["?"]
    return lines[0][:120]


def from_feed(raw: str, source: str) -> Iterator[Article | InputError]:
    """One article per entry; an entry without text is an error item, not the end."""
    import feedparser

    # ``raw`` is already decoded: make the XML declaration say so.
    utf8 = _XML_DECL_ENCODING.sub(r"\1utf-8\2", raw, count=1)
    utf8 = _CHARREF.sub(_valid_charref, utf8)
    try:
        parsed = feedparser.parse(io.BytesIO(utf8.encode("utf-8", "replace")))
    except (ValueError, OverflowError, UnicodeError, RecursionError) as exc:
        raise InputError(source, f"malformed feed ({type(exc).__name__})") from exc
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise InputError(source, f"malformed feed ({_bozo_cause(parsed)})")
        if parsed.get("version") or parsed.get("feed"):
            raise InputError(source, "feed has no entries")
        raise InputError(source, "not an RSS or Atom feed")
    outlet = parsed.get("feed", {}).get("title") or None
    outlet = " ".join(outlet.split()) if outlet else None
    items: list[Article | InputError] = []
    for n, entry in enumerate(entries, 1):
        try:
            items.append(from_record(entry_record(entry, outlet), source))
        except InputError as e:
            items.append(InputError(f"{source}#{n}", e.cause))
    if parsed.get("bozo") and all(isinstance(item, InputError) for item in items):
        raise InputError(source, f"malformed feed ({_bozo_cause(parsed)})")
    yield from items
