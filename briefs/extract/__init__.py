"""Extraction: pure functions from a Document to figures, quotes and sources."""

from briefs.extract.figures import extract_figures
from briefs.extract.quotes import extract_quotes
from briefs.extract.sources import extract_sources

__all__ = ["extract_figures", "extract_quotes", "extract_sources"]
