"""HTML pages: trafilatura's main text, metadata, the headline as displayed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefs.errors import InputError
from briefs.pipeline import build_brief
from briefs.readers import read
from briefs.readers.html import clean_title, fragment_paragraphs
from tests.readers.pages import (
    ARTICLE_HTML,
    BODY_SENTENCES,
    INDEX_HTML,
    NOT_BODY,
    WIRE_BODY,
    WIRE_HTML,
    WIRE_NOT_BODY,
)


def _one(path: Path):
    [article] = list(read(str(path)))
    return article


def test_realistic_page_body_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    article = _one(path)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == len(BODY_SENTENCES)
    for paragraph, start in zip(paragraphs, BODY_SENTENCES, strict=True):
        assert paragraph.lstrip("“").startswith(start)
    for junk in NOT_BODY:
        assert junk not in article.text, junk
    assert "“We have patched this wall" in article.text  # characters as written


def test_wire_style_page(tmp_path: Path) -> None:
    """Another layout: divs not <article>, caption in a div, inline "Read more", sign-off."""
    path = tmp_path / "wire.html"
    path.write_text(WIRE_HTML, encoding="utf-8")
    article = _one(path)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == len(WIRE_BODY)
    for paragraph, start in zip(paragraphs, WIRE_BODY, strict=True):
        assert paragraph.startswith(start)
    for junk in WIRE_NOT_BODY:
        assert junk not in article.text, junk
    assert (article.title, article.outlet) == ("Dock workers end strike after pay deal",
                                               "Northwire")
    assert article.authors == ["Kofi Mensah", "Lea Stein"]
    assert article.published == "2023-06-14"


def test_realistic_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    article = _one(path)
    assert article.title == "Harbour town votes to rebuild its old sea wall"
    assert article.outlet == "Coastal Courier"
    assert article.authors == ["Mara Lindqvist"]
    assert article.published == "2020-01-19"
    assert article.url == "https://courier.example/news/sea-wall-vote"
    assert article.title_in_text is False
    assert article.raw == ARTICLE_HTML and article.raw_format == "html"
    brief = build_brief(article)
    assert brief.title == article.title and brief.outlet == "Coastal Courier"
    assert brief.body[0].startswith("Councillors in the harbour town")


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Germany's coalition wobbles | DW | 19.01.2020", "DW", ("Germany's coalition wobbles",
                                                               "DW")),
        ("Germany eyes new rules for drones - Reuters", None, ("Germany eyes new rules for drones",
                                                             "Reuters")),
        ("Germany eyes new rules for drones - Reuters", "reuters.com",
         ("Germany eyes new rules for drones", "Reuters")),
        ("Valley Gazette | Bridge reopens after six weeks", "Valley Gazette",
         ("Bridge reopens after six weeks", "Valley Gazette")),
        ("EXCLUSIVE – Roger Stone says he will testify", None,
         ("EXCLUSIVE – Roger Stone says he will testify", None)),
        ("A plain headline with no site", "Somewhere", ("A plain headline with no site", None)),
    ],
)
def test_title_suffixes(title: str, site: str | None, expected: tuple[str, str | None]) -> None:
    assert clean_title(title, site) == expected


def test_h1_wins_over_a_title_tag_with_extra_segments(tmp_path: Path) -> None:
    page = ("<html><head><title>Mayor quits over budget row :: Vellmar News :: Home</title></head>"
            "<body><article><h1>Mayor quits over budget row</h1><p>The mayor of Vellmar resigned "
            "on Monday after a long row over the budget for the sea wall.</p></article></body>"
            "</html>")
    path = tmp_path / "m.html"
    path.write_text(page)
    article = _one(path)
    assert article.title == "Mayor quits over budget row"
    assert article.text == ("The mayor of Vellmar resigned on Monday after a long row over the "
                            "budget for the sea wall.")


def test_small_page_with_one_sentence_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "tiny.html"
    path.write_text("<html><body><p>The mayor resigned on Monday.</p></body></html>")
    assert _one(path).text == "The mayor resigned on Monday."


@pytest.mark.parametrize(
    "page",
    [
        INDEX_HTML,
        "<html><body><div class='paywall'><p>Subscribe to continue reading.</p>"
        "<p>Already a subscriber? Log in.</p></div></body></html>",
        "<html><head><title>Empty</title></head><body></body></html>",
    ],
)
def test_no_article_text_says_so(tmp_path: Path, page: str) -> None:
    path = tmp_path / "index.html"
    path.write_text(page)
    with pytest.raises(InputError) as err:
        _one(path)
    assert err.value.cause == "no article text (paywall or index page?)"


def test_malformed_html_is_one_error_or_an_article(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>The council met on Tuesday and agreed the plan<div><p></b>"
                    "<<<>>></html></html><p")
    try:
        _one(path)
    except InputError as e:
        assert "\n" not in str(e)


def test_page_with_too_many_elements_is_refused(tmp_path: Path) -> None:
    """trafilatura's time grows with the element count: half a million tags are refused."""
    path = tmp_path / "tags.html"
    path.write_text("<html><body>" + "<p>" * 500_000 + "</body></html>")
    with pytest.raises(InputError) as err:
        _one(path)
    assert err.value.cause == "page too complex (more than 60,000 HTML elements)"


def test_fragment_paragraphs() -> None:
    assert fragment_paragraphs(
        "<p>One <b>two</b></p><p>Three<br>four</p>intro<div>x<p>y</p></div>"
        "<script>bad()</script><figure><img src=a><figcaption>Caption</figcaption></figure>"
    ) == ["One two", "Three four", "intro", "x", "y"]
    assert fragment_paragraphs("") == []
    assert fragment_paragraphs("Plain &amp; simple") == ["Plain & simple"]


def test_importing_readers_stays_light() -> None:
    code = ("import sys, briefs.readers, briefs.readers.detect, briefs.readers.limits;"
            "heavy = [m for m in ('trafilatura', 'feedparser', 'lxml', 'charset_normalizer',"
            " 'urllib.request', 'textual', 'pydantic') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
