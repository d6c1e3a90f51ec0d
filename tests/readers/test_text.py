"""Plain text and Markdown readers: text as written, first line as title."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.errors import InputError
from briefs.pipeline import build_brief
from briefs.readers import read
from briefs.readers.text import front_matter, strip_markdown

SAMPLE = Path(__file__).resolve().parents[2] / "briefs" / "data" / "sample.txt"


def _one(path: Path):
    [article] = list(read(str(path)))
    return article


def test_plain_text_keeps_text_as_written(tmp_path: Path) -> None:
    text = ("News\n\nTown Votes to Rebuild Sea Wall – The Coastal Courier\n\n"
            "“We build it properly,” said Ines Halvorsen.\n\nWork starts in spring.\n")
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = _one(path)
    assert article.text == text
    assert article.raw == text and article.raw_format == "text"
    assert article.title_in_text and article.source == str(path)
    brief = build_brief(article)
    assert brief.title == "Town Votes to Rebuild Sea Wall"
    assert brief.outlet == "The Coastal Courier"
    assert brief.body[0].startswith("“We build it properly,”")  # curly quotes kept


def test_bundled_sample_reads(tmp_path: Path) -> None:
    brief = build_brief(_one(SAMPLE))
    assert brief.outlet == "The Stream"
    assert brief.title and brief.title.startswith("Hundreds Arrested")
    assert brief.credit and brief.credit.startswith("Copyright")


def test_one_sentence_article_is_still_an_article(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("The mayor of Vellmar resigned on Monday.\n")
    brief = build_brief(_one(path))
    assert brief.body == ["The mayor of Vellmar resigned on Monday."]
    assert brief.title == "The mayor of Vellmar resigned on Monday."


def test_one_long_paragraph_is_body_with_its_first_sentence_as_title(tmp_path: Path) -> None:
    path = tmp_path / "oneline.txt"
    path.write_text("The council met on Tuesday. It voted 9-2 to rebuild the wall. Work starts "
                    "in spring.")
    brief = build_brief(_one(path))
    assert brief.title == "The council met on Tuesday."
    assert len(brief.body) == 1 and brief.body[0].endswith("Work starts in spring.")


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        list(read(str(tmp_path / "nope.txt")))
    assert err.value.cause == "not found"
    assert str(err.value) == f"{tmp_path / 'nope.txt'}: not found"


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "story.article"
    path.write_text("# Bridge Reopens\n\nThe **bridge** reopened on [Monday](https://x.example).")
    article = _one(path)
    assert article.raw_format == "markdown"
    assert "The bridge reopened on Monday." in article.text


MARKDOWN = """---
title: "Bridge reopens after six weeks"
author: Tom Brandt and Ana Ruiz
date: 2021-03-01T09:15:00Z
---

# Bridge reopens after six weeks

![The bridge](https://img.example/bridge.jpg)

The **bridge** over the _Aller_ reopened on *Monday*, [the council](https://c.example) said.
Traffic was light at first.

> “It feels like spring,” said one commuter.

- Buses return to their old route.
- The ferry stops on Friday.

Snake_case_words and 5 * 3 and a lone * star stay as they are. See [the map][m].

[m]: https://maps.example/bridge
"""


def test_markdown_markup_is_stripped_minimally(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(MARKDOWN)
    article = _one(path)
    assert article.raw == MARKDOWN and article.raw_format == "markdown"
    assert article.title == "Bridge reopens after six weeks"
    assert article.authors == ["Tom Brandt", "Ana Ruiz"]
    assert article.published == "2021-03-01"
    brief = build_brief(article)
    assert brief.title == "Bridge reopens after six weeks"
    assert brief.body == [
        "The bridge over the Aller reopened on Monday, the council said. Traffic was light at "
        "first.",
        "“It feels like spring,” said one commuter.",
        "Buses return to their old route.",
        "The ferry stops on Friday.",
        "Snake_case_words and 5 * 3 and a lone * star stay as they are. See the map.",
    ]


def test_markdown_heading_is_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "plain.markdown"
    path.write_text("News\n\n## Ferry Timetable Cut – Valley Gazette ##\n\nThe ferry will run "
                    "twice a day, the operator said.\n")
    brief = build_brief(_one(path))
    assert brief.title == "Ferry Timetable Cut"
    assert brief.outlet == "Valley Gazette"
    assert brief.body == ["The ferry will run twice a day, the operator said."]


def test_markdown_strip_details() -> None:
    assert strip_markdown("Setext Title\n============\n\nBody.") .split() == ["Setext", "Title",
                                                                           "Body."]
    assert strip_markdown("`code` and ~~gone~~ and \\*literal\\*") == "code and gone and *literal*"
    assert strip_markdown("<!-- note -->Kept <https://a.example>") == "Kept https://a.example"
    assert front_matter("no front matter") == {}


def test_markdown_patterns_take_hostile_lines() -> None:
    """Long unclosed markup on one line: bounded patterns finish (a quadratic one would hang)."""
    for hostile in ("[" * 200_000, "**a " * 50_000, "<!--" * 50_000, "_x " * 70_000,
                    "# " + " " * 200_000 + "x", "![" * 100_000, "`" * 100_000):
        assert len(strip_markdown(hostile)) <= len(hostile) + 2
