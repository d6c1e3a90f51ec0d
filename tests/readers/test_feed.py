"""RSS and Atom feeds: one article per entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefs.errors import InputError
from briefs.readers import from_raw, iter_inputs, read
from tests.readers.pages import ATOM_FEED, RSS_FEED


def test_rss_one_article_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "courier.rss"
    path.write_text(RSS_FEED)
    first, second = list(read(str(path)))
    assert first.title == "Harbour town votes to rebuild its old sea wall"
    assert first.url == "https://courier.example/news/sea-wall-vote"
    assert first.outlet == "Coastal Courier"
    assert first.published == "2020-01-19"
    assert first.authors == ["Mara Lindqvist"]
    assert first.text == ("Councillors voted on Tuesday to spend 4.2 million euros on the sea "
                          "wall.\n\nWork starts in the spring.")
    assert first.title_in_text is False and first.raw_format == "feed"
    assert second.text == "The ferry will run twice a day until March, the operator said."
    assert second.published == "2020-01-20"


def test_atom_entry_with_html_content(tmp_path: Path) -> None:
    path = tmp_path / "gazette.atom"
    path.write_text(ATOM_FEED)
    [entry] = list(read(str(path)))
    assert entry.title == "Bridge reopens after six weeks"
    assert entry.url == "https://gazette.example/bridge"
    assert entry.authors == ["Tom Brandt"]
    assert entry.published == "2021-03-01"
    assert entry.text.split("\n\n") == ["The bridge over the Aller reopened on Monday.",
                                        "“It feels like spring,” said one commuter."]


def test_xml_suffix_is_sniffed_as_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM_FEED)
    assert len(list(read(str(path)))) == 1


def test_legacy_encoding_declared_in_the_feed(tmp_path: Path) -> None:
    feed = RSS_FEED.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace(
        "Coastal Courier", "Côte Courier")
    path = tmp_path / "latin.rss"
    path.write_bytes(feed.encode("latin-1"))
    first = next(iter(read(str(path))))
    assert first.outlet == "Côte Courier"


def test_raw_is_the_entry_and_reextracts(tmp_path: Path) -> None:
    path = tmp_path / "courier.rss"
    path.write_text(RSS_FEED)
    first = next(iter(read(str(path))))
    record = json.loads(first.raw or "")
    assert record["link"] == first.url
    again = from_raw(first.raw or "", first.raw_format, str(path))
    assert (again.text, again.title, again.url, again.authors, again.published, again.outlet) == (
        first.text, first.title, first.url, first.authors, first.published, first.outlet)


def test_entry_without_text_is_an_error_item_not_the_end(tmp_path: Path) -> None:
    feed = RSS_FEED.replace(
        "<description>The ferry will run twice a day until March, the operator said."
        "</description>", "")
    path = tmp_path / "gappy.rss"
    path.write_text(feed)
    items = [item for _label, item in iter_inputs([str(path)])]
    assert items[0].title == "Harbour town votes to rebuild its old sea wall"  # type: ignore[union-attr]
    assert isinstance(items[1], InputError)
    assert str(items[1]) == f"{path}#2: feed entry has no text"


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>x',
         "malformed feed"),
        ("<rss><channel><title>Nothing here</title></channel></rss>", "feed has no entries"),
        ("<?xml version='1.0'?><note><to>A</to></note>", "not an RSS or Atom feed"),
    ],
)
def test_malformed_or_empty_feed(tmp_path: Path, content: str, cause: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(content)
    with pytest.raises(InputError) as err:
        list(read(str(path)))
    assert err.value.cause.startswith(cause)
    assert "\n" not in str(err.value)


def test_feed_string_is_never_fetched_or_opened(tmp_path: Path) -> None:
    """feedparser fetches URLs and opens paths given as strings; we hand it bytes."""
    path = tmp_path / "url.rss"
    path.write_text("http://127.0.0.1:9/feed.xml")
    with pytest.raises(InputError):
        list(read(str(path)))
