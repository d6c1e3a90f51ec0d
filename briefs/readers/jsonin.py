"""JSON and JSON Lines: a brief, an article object, an array of them, one per line.

Accepted shapes: a brief (``id`` and a ``body`` list, as ``briefs extract --json``
prints: its text is rebuilt from ``body``); an object with a title and a text
under a common name (``text``/``content``/``body``/``articleBody``…, with
``url``/``link``, ``author``/``authors``, ``date``/``published``… aliases;
WordPress-style ``{"rendered": …}`` values and HTML text are understood); an
array of such objects, or an object holding one under ``articles``/``items``.
Malformed JSON is reported with its line and column. One bad item of many is
an error item (``file.json[3]``, ``file.jsonl:7``), the rest are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from briefs.article import Article
from briefs.errors import InputError
from briefs.readers.html import fragment_paragraphs, looks_like_html
from briefs.readers.meta import author_list, iso_date, name_of
from briefs.readers.text import first_sentence

TEXT_KEYS = ("text", "content", "body", "articleBody", "article_body", "article_text",
             "full_text", "maintext", "article")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "canonical_url", "canonical", "href")
AUTHOR_KEYS = ("authors", "author", "byline", "creator", "creators")
DATE_KEYS = ("published", "date", "published_at", "publishedAt", "datePublished", "pubDate",
             "publication_date", "date_publish", "created_at")
OUTLET_KEYS = ("outlet", "publisher", "site_name", "sitename", "site", "publication")
LIST_KEYS = ("articles", "items", "entries", "data", "results")
NO_TEXT = 'no article text (expected a "text", "content" or "body" field)'


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, dict) and "rendered" in value:
            value = value["rendered"]
        if value not in (None, "", [], {}):
            return value
    return None


def _as_str(value: Any) -> str | None:
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    return name_of(value) if isinstance(value, dict) else None


def _source_name(obj: dict[str, Any]) -> str | None:
    """News APIs write the publisher as ``"source": {"name": …}``; a string source is a path."""
    source = obj.get("source")
    return name_of(source) if isinstance(source, dict) else None


def _paragraphs(value: Any) -> list[str]:
    """Body paragraphs from a string (plain or HTML) or a list of strings."""
    if isinstance(value, list):
        return [p for item in value if isinstance(item, str) for p in _paragraphs(item)]
    if not isinstance(value, str) or not value.strip():
        return []
    if looks_like_html(value):
        return fragment_paragraphs(value)
    return [value.strip()]


def is_brief(obj: dict[str, Any]) -> bool:
    """A brief as briefs prints it (contract JSON), rather than an article object."""
    return "id" in obj and isinstance(obj.get("body"), list) and any(
        k in obj for k in ("figures", "quotes", "sources", "extractor_version", "summary")
    )


def from_object(obj: Any, source: str, raw: str) -> Article:
    """One article from one JSON value (a brief or an article object)."""
    if not isinstance(obj, dict):
        raise InputError(source, 'not an article (expected an object with "title" and "text")')
    brief = is_brief(obj)
    body = obj.get("body") if brief else _first(obj, TEXT_KEYS)
    paragraphs = _paragraphs(body)
    if brief and isinstance(obj.get("credit"), str) and obj["credit"].strip():
        paragraphs.append(obj["credit"].strip())  # the cleaner finds it again as the credit
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise InputError(source, NO_TEXT)
    title = _as_str(_first(obj, TITLE_KEYS))
    single = len(paragraphs) == 1
    if title is None and single:
        title = first_sentence(paragraphs[0])
    return Article(
        text=text,
        source=source,
        title=title,
        outlet=_as_str(_first(obj, OUTLET_KEYS)) or _source_name(obj),
        authors=author_list(_first(obj, AUTHOR_KEYS)),
        published=iso_date(_first(obj, DATE_KEYS)),
        url=_as_str(_first(obj, URL_KEYS)),
        raw=raw,
        raw_format="json",
        title_in_text=title is None,
    )


def _loads(text: str, source: str, where: str = "") -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        at = f"column {e.colno}" if where else f"line {e.lineno}, column {e.colno}"
        raise InputError(source, f"malformed JSON at {at} ({e.msg})") from None
    except RecursionError:
        raise InputError(source, "malformed JSON (nested too deeply)") from None
    except ValueError as e:  # e.g. an integer literal longer than Python accepts
        raise InputError(source, f"malformed JSON ({str(e).splitlines()[0][:80]})") from None


def _items(value: Any, source: str) -> Iterator[Article | InputError]:
    """Articles from an array (or a wrapper object holding one), errors per item."""
    for n, item in enumerate(value):
        label = f"{source}[{n}]"
        try:
            raw = json.dumps(item, ensure_ascii=False)
            article = from_object(item, label, raw)
            article.source = source
            yield article
        except InputError as e:
            yield e


def from_json(raw: str, source: str) -> Iterator[Article | InputError]:
    """Articles from a JSON document (JSON Lines mistaken for JSON is read as such)."""
    if not raw.strip():
        raise InputError(source, "empty file")
    try:
        value = _loads(raw, source)
    except InputError as e:
        if "Extra data" in e.cause and raw.lstrip().startswith("{"):
            yield from from_jsonl(raw, source)
            return
        raise
    if isinstance(value, dict) and _first(value, TEXT_KEYS) is None and not is_brief(value):
        for key in LIST_KEYS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
    if isinstance(value, list):
        if not value:
            raise InputError(source, "JSON array holds no articles")
        yield from _items(value, source)
    else:
        yield from_object(value, source, raw)


def from_jsonl(raw: str, source: str) -> Iterator[Article | InputError]:
    """One article per non-empty line; a bad line is an error item naming its number."""
    if not raw.strip():
        raise InputError(source, "empty file")
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        label = f"{source}:{lineno}"
        try:
            article = from_object(_loads(line, label, where="line"), label, line.strip())
            article.source = source
            yield article
        except InputError as e:
            yield e
