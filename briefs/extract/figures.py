"""Figures: the numbers an article reports, with value, unit, label and qualifier."""

from __future__ import annotations

from briefs.models import Figure
from briefs.text import Document


def extract_figures(doc: Document) -> list[Figure]:
    """Every figure in reading order; the few that belong in "By the numbers" get key=True."""
    return []
