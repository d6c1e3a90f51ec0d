"""Where a figure, quote or source sits in the article: spans to highlight.

Pure functions over the stored brief dict, so they are tested without a screen.
A span is ``(paragraph, start, end)`` in the cleaned body; the highlighted
sentence is the one that contains the span's start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefs.text import split_sentences

Span = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Target:
    """Something the reader can jump to: a label and all its evidence spans."""

    kind: str  # figure | quote | source
    index: int
    label: str
    spans: tuple[Span, ...]


def _clamp(body: list[str], span: Span) -> Span | None:
    """The span limited to the body; None when its paragraph does not exist."""
    paragraph, start, end = span
    if not 0 <= paragraph < len(body):
        return None
    size = len(body[paragraph])
    start = max(0, min(start, size))
    end = max(start, min(end, size))
    return paragraph, start, end


def _locate(body: list[str], paragraph: int, needle: str | None) -> Span | None:
    """Fallback when a stored item has no offsets: find its text in the paragraph."""
    if not needle or not 0 <= paragraph < len(body):
        return None
    at = body[paragraph].find(needle)
    if at < 0:
        return None
    return paragraph, at, at + len(needle)


def figure_spans(body: list[str], figure: dict[str, Any]) -> tuple[Span, ...]:
    paragraph = int(figure.get("paragraph") or 0)
    start, end = int(figure.get("start") or 0), int(figure.get("end") or 0)
    span = _clamp(body, (paragraph, start, end)) if end > start else None
    span = span or _locate(body, paragraph, figure.get("text"))
    span = span or _locate(body, paragraph, figure.get("sentence"))
    return (span,) if span else ()


def _span_list(body: list[str], item: dict[str, Any]) -> list[Span]:
    spans = []
    for raw in item.get("spans") or []:
        try:
            span = _clamp(body, (int(raw["paragraph"]), int(raw["start"]), int(raw["end"])))
        except (KeyError, TypeError, ValueError):
            continue
        if span and span[2] > span[1]:
            spans.append(span)
    return spans


def quote_spans(body: list[str], quote: dict[str, Any]) -> tuple[Span, ...]:
    spans = _span_list(body, quote)
    if not spans:
        located = _locate(body, int(quote.get("paragraph") or 0), quote.get("text"))
        spans = [located] if located else []
    return tuple(spans)


def source_spans(body: list[str], source: dict[str, Any]) -> tuple[Span, ...]:
    spans = _span_list(body, source)
    if not spans:
        name = source.get("name")
        spans = [s for p in range(len(body)) if (s := _locate(body, p, name))]
    return tuple(sorted(set(spans)))


def targets(brief: dict[str, Any]) -> dict[str, list[Target]]:
    """Every jumpable item of a brief, by kind, in display order."""
    body = list(brief.get("body") or [])
    figures = [
        Target("figure", i, str(f.get("text") or f.get("value")), figure_spans(body, f))
        for i, f in enumerate(brief.get("figures") or [])
    ]
    quotes = [
        Target("quote", i, str(q.get("speaker") or "unattributed"), quote_spans(body, q))
        for i, q in enumerate(brief.get("quotes") or [])
    ]
    sources = [
        Target("source", i, str(s.get("name")), source_spans(body, s))
        for i, s in enumerate(brief.get("sources") or [])
    ]
    return {"figure": figures, "quote": quotes, "source": sources}


def sentence_around(paragraph_text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) covering ``start..end`` — what the Article view highlights."""
    sentences = split_sentences(paragraph_text) or [(0, len(paragraph_text))]
    first = next((a for a, b in sentences if a <= start < b), start)
    last = next((b for a, b in sentences if a < end <= b), end)
    return min(first, start), max(last, end)
