"""The search-box language, shared by the reader and the CLI, compiled to SQL.

Free text becomes an FTS5 query in which every user term is a quoted string
(so ``AND``, ``*``, ``:`` or a stray quote can never be a syntax error); the
last term also matches as a prefix, for search as you type. Filters:
``outlet:X speaker:X tag:X after:YYYY-MM-DD before:YYYY-MM-DD is:unread
is:read is:starred is:unstarred``; values may be quoted (``speaker:"Jane Roe"``).
``after:`` is inclusive and ``before:`` exclusive, by published date (else the
date added). An unknown ``key:value`` is searched as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r'(?:(\w+):)?(?:"([^"]*)"?|(\S+))')
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_FTS_WORD = re.compile(r"\w+")
_KEYS = {"outlet", "speaker", "tag", "after", "before", "is"}


@dataclass(slots=True)
class Query:
    """A parsed query: FTS terms and SQL conditions with their parameters."""

    terms: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    prefix_last: bool = True

    @property
    def match(self) -> str | None:
        """The FTS5 MATCH expression, or None when there is no free text."""
        words = [w for t in self.terms for w in _FTS_WORD.findall(t)]
        if not words:
            return None
        quoted = ['"' + w.replace('"', '""') + '"' for w in words]
        if self.prefix_last:
            quoted[-1] += "*"
        return " ".join(quoted)


def _like(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, with its wildcards escaped."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def parse(text: str) -> Query:
    """Split a query into free text and filters (never raises on user input)."""
    q = Query(prefix_last=not text.endswith((" ", '"')))
    for m in _TOKEN.finditer(text or ""):
        key, quoted, bare = m.group(1), m.group(2), m.group(3)
        value = quoted if quoted is not None else (bare or "")
        if key is None:
            if value.endswith(":") and value[:-1].lower() in _KEYS:
                continue  # a filter still being typed
            if value:
                q.terms.append(value)
            continue
        if not _filter(q, key.lower(), value):
            q.terms.append(f"{key} {value}")
    return q


def _filter(q: Query, key: str, value: str) -> bool:
    """Add one filter to ``q``; False when ``key:value`` is not a filter."""
    if key == "is":
        cond = {
            "unread": "b.read = 0", "read": "b.read = 1",
            "starred": "b.starred = 1", "unstarred": "b.starred = 0",
        }.get(value.lower())
        if cond is None:
            return False
        q.where.append(cond)
        return True
    if not value:
        return key in {"outlet", "speaker", "tag", "after", "before"}
    if key == "outlet":
        q.where.append("b.outlet LIKE ? ESCAPE '\\'")
        q.params.append(_like(value))
    elif key == "speaker":
        q.where.append(
            "EXISTS (SELECT 1 FROM quotes q WHERE q.brief_id = b.id "
            "AND (q.speaker LIKE ? ESCAPE '\\' OR q.mention LIKE ? ESCAPE '\\'))"
        )
        q.params += [_like(value), _like(value)]
    elif key == "tag":
        q.where.append("EXISTS (SELECT 1 FROM tags t WHERE t.brief_id = b.id AND t.tag = ?)")
        q.params.append(value)
    elif key in {"after", "before"} and _DATE.match(value):
        q.where.append("b.sort_date >= ?" if key == "after" else "b.sort_date < ?")
        q.params.append(value)
    else:
        return False
    return True
