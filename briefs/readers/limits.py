"""Every limit the readers enforce, in one place (README "Guarantees" quotes them).

Readers look these up at call time (``limits.MAX_BYTES``), so tests and callers
can lower them without touching code.
"""

from __future__ import annotations

MAX_BYTES = 20_000_000
"""Largest file, stdin or HTTP body read (after decompression too), in bytes."""

TIMEOUT = 15.0
"""Seconds to connect, and to wait for each piece of a response."""

TOTAL_DEADLINE = 60.0
"""Seconds for a whole fetch, redirects included: a server dripping bytes stops here."""

MAX_REDIRECTS = 5
"""Redirects followed before giving up (a loop is reported as soon as it repeats)."""

MAX_HTML_ELEMENTS = 60_000
"""Elements in a page handed to trafilatura (news pages have a few thousand): its time
grows with the element count, so a page of half a million empty tags is refused."""

SNIFF_BYTES = 8192
"""Bytes looked at to tell binary from text and to guess a format."""

CONTROL_SHARE = 0.05
"""Share of control bytes above which content is binary, not text."""


def megabytes(n: int) -> str:
    """``20 MB`` for 20_000_000: how sizes are written in messages."""
    return f"{n / 1_000_000:.3g} MB"
