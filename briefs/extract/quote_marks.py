"""Quotation marks in a paragraph, paired into the stretches they quote.

Typographic, ASCII, single and NYT-style '' marks are told apart from
apostrophes and inch marks by what stands on either side of them; an opening
mark never closed in its paragraph leaves the segment open (it may continue in
the next paragraph). One pass over the paragraph: linear in its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.text import fold_char

_OPEN_CONTEXT = " ([{—–-/\u00a0"
QUOTE_MARK = re.compile("[\"'<“”„‟«»″‘’‚‛′`]")
"""Any character that may open or close a quotation (or start embedded markup)."""
_DOUBLE = re.compile("[\"“”„‟«»″]")
# The marks that count once a paragraph has a double mark: single marks then matter only
# in pairs ('' and `` stand for a double mark), so lone apostrophes are not visited. (Led
# by one class of every mark, which a search scans for fast; only the start is used.)
_WITH_DOUBLES = re.compile("[\"'<“”„‟«»″‘’‚‛′`](?:(?<=[\"<“”„‟«»″])|(?=['‘’‚‛′`]))")


class _Folded:
    """Folded characters of a paragraph on demand (fold() of the whole is costly)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __getitem__(self, i: int) -> str:
        return fold_char(self.text[i])

    def __len__(self) -> int:
        return len(self.text)


# ------------------------------------------------------------------ marks ---


@dataclass(slots=True)
class Segment:
    """Text between a pair of marks in one paragraph: [start, end) inside the marks."""

    paragraph: int
    start: int
    end: int
    open_at: int  # index of the opening mark
    close_at: int | None  # index just past the closing mark, None when it runs to the end
    open_width: int = 1


def _kind(p: str, f: _Folded, i: int, width: int) -> str:
    """open | close | toggle for a double mark at ``i`` (``f`` is the folded text)."""
    c = p[i]
    if c in "“„«":
        return "open"
    if c in "”»":
        return "close"
    if c == "`":
        return "open"
    prev = f[i - 1] if i else " "
    nxt = f[i + width] if i + width < len(f) else " "
    if (prev.isspace() or prev in _OPEN_CONTEXT) and not nxt.isspace():
        return "open"
    if not prev.isspace() and (nxt.isspace() or not nxt.isalnum()):
        return "close"
    return "toggle"


def find_segments(paragraph: str, index: int) -> list[Segment]:
    """Quoted segments of one paragraph (double marks; single marks only without them)."""
    if QUOTE_MARK.search(paragraph) is None:
        return []  # no mark at all (most paragraphs): nothing to fold or scan
    f = _Folded(paragraph)
    n = len(paragraph)
    segs: list[Segment] = []
    open_at: int | None = None
    open_w = 1
    has_double = bool(_DOUBLE.search(paragraph)) or "''" in paragraph or "``" in paragraph
    marks = _WITH_DOUBLES if has_double else QUOTE_MARK
    i = 0
    while i < n:
        hit = marks.search(paragraph, i)
        if hit is None:
            break
        i = hit.start()
        c = f[i]
        if c == "<" and i + 1 < n and (f[i + 1].isalpha() or f[i + 1] == "/"):
            close = paragraph.find(">", i, i + 300)
            if close != -1:  # embedded markup (<tweet id="…">): no quotes inside tags
                i = close + 1
                continue
        width = 0
        if c == '"':
            width = 1
        elif c == "'" and i + 1 < n and f[i + 1] == "'":
            width = 2
        elif c == "'" and not has_double:
            width = _single(paragraph, f, i)
        if not width:
            i += 1
            continue
        kind = _kind(paragraph, f, i, width) if width != -1 else "close"
        if width == -1:
            width = 1
        if (kind == "open" and open_at is not None and c == '"' and i > 0
                and not paragraph[i - 1].isspace()
                and (i + 1 >= n or not paragraph[i + 1].isalnum())):
            kind = "close"  # “ typed for ”: "It's unusual,“ said …"
        if kind == "toggle":
            kind = "open" if open_at is None else "close"
        elif kind == "close" and open_at is None and paragraph[i] == "”" and _opens_word(f, i):
            kind = "open"  # ” typed for “ at a paragraph's or a word's start: ”Fear. I …”
        if (kind == "open" and open_at is not None and paragraph[i] == "“"
                and paragraph[open_at] == "“"):
            close = _nested_close(paragraph, i)
            if close is not None:
                # “… he calls “hell” than …”: a quote inside the quote, both closed later
                i = close + 1
                continue
        if kind == "open":
            if open_at is not None and i - (open_at + open_w) > 0:
                # an open inside an open quote: the first one was never closed
                segs.append(Segment(index, open_at + open_w, i, open_at, None, open_w))
            open_at, open_w = i, width
        elif open_at is not None:
            segs.append(Segment(index, open_at + open_w, i, open_at, i + width - 1, open_w))
            open_at = None
        i += width
    if open_at is not None and n - (open_at + open_w) > 0:
        segs.append(Segment(index, open_at + open_w, n, open_at, None, open_w))
    return [s for s in segs if _has_word(paragraph, s.start, s.end)]


def _opens_word(f: _Folded, i: int) -> bool:
    """A mark with a space (or nothing) before it and a letter or digit after it."""
    prev = f[i - 1] if i else " "
    return (prev.isspace() or prev in _OPEN_CONTEXT) and i + 1 < len(f) and f[i + 1].isalnum()


_TYPOGRAPHIC = re.compile("[“”]")


def _nested_close(p: str, i: int) -> int | None:
    """Index of the ” closing a “ opened at ``i`` inside an open “ quote, when the
    next two typographic marks both close (the inner quote, then the outer one).

    Looks at two marks only, so a paragraph of many marks stays linear.
    """
    first = _TYPOGRAPHIC.search(p, i + 1)
    if first is None or first[0] != "”":
        return None
    second = _TYPOGRAPHIC.search(p, first.end())
    return first.start() if second is not None and second[0] == "”" else None


def _single(p: str, f: _Folded, i: int) -> int:
    """Width 1 for a single mark that opens (1) or closes (-1) a quote; 0 for apostrophes."""
    prev = f[i - 1] if i else " "
    nxt = f[i + 1] if i + 1 < len(f) else " "
    if prev.isalnum() and nxt.isalnum():
        return 0
    if nxt.isdigit() and p[i + 2 : i + 3].isdigit() and not p[i + 3 : i + 4].isdigit():
        return 0  # a year cut short: "‘16 And President", "the ’90s"
    if p[i] in "‘‚" or (not prev.isalnum() and nxt.isalpha() and prev in _OPEN_CONTEXT):
        return 1
    if not prev.isspace() and not nxt.isalnum() and prev.isalpha() is not None:
        # a closing mark after a word; "voters'" plural possessives are rare in quotes
        return -1 if p[i] == "’" or p[i] == "'" else 0
    return 0


def _has_word(text: str, a: int, b: int) -> bool:
    return any(ch.isalnum() for ch in text[a:b])


def has_double_mark(text: str) -> bool:
    """Does ``text`` hold a double quotation mark (an unmasked quote)?"""
    return bool(_DOUBLE.search(text))
