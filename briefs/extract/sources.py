"""Sources: who and what the article relies on, with mention counts and evidence."""

from __future__ import annotations

from briefs.models import Quote, Source
from briefs.text import Document


def extract_sources(doc: Document, quotes: list[Quote]) -> list[Source]:
    """People, organisations, documents, the syndicator and anonymous sourcing."""
    return []
