"""briefs: news articles in, briefs out — figures, quotes and sources.

Kept import-light on purpose: ``briefs show`` must start about as fast as Rich,
so the public names below are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefs.version import __version__

if TYPE_CHECKING:
    from briefs.article import Article
    from briefs.models import Brief, Figure, Quote, Source
    from briefs.pipeline import build_brief
    from briefs.store import Store

__all__ = [
    "Article", "Brief", "Figure", "Quote", "Source", "Store", "__version__", "build_brief",
]

_LAZY = {
    "Article": "briefs.article",
    "Brief": "briefs.models",
    "Figure": "briefs.models",
    "Quote": "briefs.models",
    "Source": "briefs.models",
    "build_brief": "briefs.pipeline",
    "Store": "briefs.store",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
