"""What a reader hands to the pipeline: text plus what the input says about itself."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Article:
    """One article as read from its input, before cleaning and extraction.

    ``text`` holds the body with paragraphs separated by blank lines. Metadata is
    whatever the input carried (HTML meta tags, feed fields, JSON keys); the text
    cleaner may still find a title or outlet in ``text`` when these are empty.
    ``raw`` keeps the original input so ``briefs reextract`` can rebuild briefs.
    """

    text: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    raw: str | None = None
    raw_format: str = "text"  # text | markdown | html | feed | json
    title_in_text: bool = True  # the first line of ``text`` is the title (plain text)
