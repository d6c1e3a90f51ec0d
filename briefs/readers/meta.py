"""Metadata helpers shared by the readers: dates to ISO, author lists, titles."""

from __future__ import annotations

import re
from typing import Any

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO string, an RFC 822 date or a Unix time; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    # imported here: email.utils alone costs a third of Python's start-up, and most
    # inputs (plain text) never carry a date
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3])).date().isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def name_of(value: Any) -> str | None:
    """A person's or publisher's name from a string or a ``{"name": …}`` object."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return None


_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|&)\s*")


def author_list(value: Any) -> list[str]:
    """Authors from a string ("A and B", "A; B"), a list, or objects with a name."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = name_of(item)
        if not name:
            continue
        name = re.sub(r"^by\s+", "", name, flags=re.IGNORECASE)
        for part in _AUTHOR_SPLIT.split(name):
            pieces = [p.strip() for p in part.split(",")]
            # "A Smith, B Jones" lists people; "Smith, John" is one name
            if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
                parts = pieces
            else:
                parts = [part.strip(" ,")]
            for p in parts:
                if p and p not in names:
                    names.append(p)
    return names
