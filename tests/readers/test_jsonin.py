"""JSON and JSON Lines: briefs, article objects with common aliases, arrays, lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefs.article import Article
from briefs.errors import InputError
from briefs.pipeline import build_brief
from briefs.readers import from_raw, iter_inputs, read


def _write(tmp_path: Path, name: str, value: object | str) -> Path:
    path = tmp_path / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def _one(path: Path) -> Article:
    [article] = list(read(str(path)))
    return article


def test_object_with_title_and_text(tmp_path: Path) -> None:
    obj = {"title": "Bridge reopens", "text": "The bridge reopened.\n\nTraffic was light.",
           "url": "https://gazette.example/bridge", "author": "Tom Brandt",
           "date": "2021-03-01T09:15:00Z", "publisher": {"name": "Valley Gazette"}}
    article = _one(_write(tmp_path, "a.json", obj))
    assert article.title == "Bridge reopens" and article.title_in_text is False
    assert article.text == "The bridge reopened.\n\nTraffic was light."
    assert article.url == "https://gazette.example/bridge"
    assert article.authors == ["Tom Brandt"] and article.published == "2021-03-01"
    assert article.outlet == "Valley Gazette" and article.raw_format == "json"


@pytest.mark.parametrize(
    "obj",
    [
        {"headline": "T", "content": "Body text here.", "link": "https://x.example/1",
         "authors": ["A One", "B Two"], "published": "2020-02-02"},
        {"headline": "T", "articleBody": "Body text here.", "link": "https://x.example/1",
         "author": [{"name": "A One"}, {"name": "B Two"}], "datePublished": "2020-02-02"},
        {"title": {"rendered": "T"}, "content": {"rendered": "<p>Body text <em>here</em>.</p>"},
         "link": "https://x.example/1", "byline": "By A One and B Two",
         "date": "Sun, 02 Feb 2020 10:00:00 GMT"},
    ],
)
def test_common_aliases(tmp_path: Path, obj: dict) -> None:
    article = _one(_write(tmp_path, "alias.json", obj))
    assert (article.title, article.text, article.url, article.authors, article.published) == (
        "T", "Body text here.", "https://x.example/1", ["A One", "B Two"], "2020-02-02")


def test_news_api_shape(tmp_path: Path) -> None:
    obj = {"source": {"id": None, "name": "Valley Gazette"}, "author": "Tom Brandt",
           "title": "Bridge reopens", "url": "https://gazette.example/bridge",
           "publishedAt": "2021-03-01T09:15:00Z", "content": "The bridge reopened on Monday."}
    article = _one(_write(tmp_path, "api.json", obj))
    assert (article.outlet, article.published, article.authors) == (
        "Valley Gazette", "2021-03-01", ["Tom Brandt"])


def test_a_brief_is_rebuilt_from_its_body(tmp_path: Path) -> None:
    source = Article(
        text="News\n\nTown Votes on Wall – The Courier\n\nThe council voted 9-2 on Tuesday, "
             "the clerk said.\n\nWork starts in spring.\n\nCopyright 2024 The Courier",
        source="wall.txt", authors=["Mara Lindqvist"], published="2024-03-01",
        url="https://courier.example/wall")
    brief = build_brief(source)
    path = _write(tmp_path, "brief.json", brief.to_json())
    article = _one(path)
    assert article.title == "Town Votes on Wall" and article.outlet == "The Courier"
    assert article.authors == ["Mara Lindqvist"] and article.published == "2024-03-01"
    assert article.url == "https://courier.example/wall"
    again = build_brief(article)
    assert (again.id, again.title, again.outlet, again.body, again.credit) == (
        brief.id, brief.title, brief.outlet, brief.body, brief.credit)


def test_array_and_wrapper_object(tmp_path: Path) -> None:
    items = [{"title": "One", "text": "First body."}, {"title": "Two", "text": "Second body."}]
    assert [a.title for a in read(str(_write(tmp_path, "arr.json", items)))] == ["One", "Two"]
    wrapped = {"articles": items}
    assert [a.title for a in read(str(_write(tmp_path, "w.json", wrapped)))] == ["One", "Two"]


def test_bad_array_item_does_not_stop_the_rest(tmp_path: Path) -> None:
    items = [{"title": "One", "text": "First body."}, {"title": "No text"}, 42,
             {"title": "Three", "text": "Third body."}]
    path = _write(tmp_path, "mixed.json", items)
    got = list(iter_inputs([str(path)]))
    assert [label for label, _ in got] == [str(path), f"{path}[1]", f"{path}[2]", str(path)]
    assert isinstance(got[1][1], InputError) and "no article text" in got[1][1].cause
    assert isinstance(got[2][1], InputError) and got[2][1].cause.startswith("not an article")
    third = got[3][1]
    assert isinstance(third, Article) and third.title == "Three"
    assert json.loads(third.raw or "") == items[3]  # raw is the item alone
    assert from_raw(third.raw or "", "json", str(path)).text == "Third body."


def test_json_lines(tmp_path: Path) -> None:
    lines = ('{"title": "A", "text": "Alpha body."}\n\n{"title": "B", "text": "Beta body."}\n'
             '{"title": "C", "text": \n{"title": "D", "text": "Delta body."}\n')
    for suffix in ("jsonl", "ndjson"):
        path = _write(tmp_path, f"lines.{suffix}", lines)
        got = list(iter_inputs([str(path)]))
        assert [getattr(item, "title", None) for _, item in got] == ["A", "B", None, "D"]
        error = got[2][1]
        assert isinstance(error, InputError) and error.source == f"{path}:4"
        assert error.cause.startswith("malformed JSON at column")


def test_json_lines_in_a_json_file_are_read_as_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.json", '{"title": "A", "text": "a."}\n{"title": "B", "text": "b."}')
    assert [a.title for a in read(str(path))] == ["A", "B"]


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        ('{"title": "T",\n  "text": "unclosed}', "malformed JSON at line 2, column 11"),
        ('{"title": "T" "text": "x"}', "malformed JSON at line 1, column 15"),
        ("[]", "JSON array holds no articles"),
        ('"just a string"', "not an article"),
        ('{"title": "Only a title"}', "no article text"),
        ("[" * 100_000 + "]" * 100_000, "malformed JSON (nested too deeply)"),
    ],
)
def test_malformed_json(tmp_path: Path, content: str, cause: str) -> None:
    with pytest.raises(InputError) as err:
        list(read(str(_write(tmp_path, "bad.json", content))))
    assert err.value.cause.startswith(cause)
    assert "\n" not in str(err.value)
