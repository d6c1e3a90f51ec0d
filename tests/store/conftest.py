"""Briefs for store tests: built by the real pipeline from sentences written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefs.article import Article
from briefs.models import Brief
from briefs.pipeline import build_brief
from briefs.store import Store


def make_brief(title: str, *paragraphs: str, url: str | None = None,
               published: str | None = None, outlet: str | None = None) -> Brief:
    body = "\n\n".join(paragraphs or ("The committee met on Tuesday to discuss the budget.",))
    text = f"{title}\n\n{body}\n"
    article = Article(text=text, source="test", url=url, published=published, outlet=outlet,
                      raw=text)
    return build_brief(article)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "briefs.db") as s:
        yield s


@pytest.fixture
def brief() -> Callable[..., Brief]:
    return make_brief
