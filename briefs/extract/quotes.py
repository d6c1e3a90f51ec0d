"""Quotes: direct quotations with their speaker, role and cue."""

from __future__ import annotations

from briefs.models import Quote
from briefs.text import Document


def extract_quotes(doc: Document) -> list[Quote]:
    """Every direct quote in reading order, one per utterance."""
    return []
