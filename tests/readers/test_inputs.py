"""Inputs as typed: folders, stdin, batches that keep going, re-reading stored raw input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from briefs.article import Article
from briefs.errors import InputError
from briefs.readers import expand, from_raw, iter_inputs, read
from tests.readers.pages import ARTICLE_HTML, ATOM_FEED, RSS_FEED

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    (root / "b-sub" / "deeper").mkdir(parents=True)
    (root / ".hidden-dir").mkdir()
    (root / "a.txt").write_text("Alpha Title\n\nAlpha body sentence.\n")
    (root / "c.md").write_text("# Gamma\n\nGamma body sentence.\n")
    (root / "b-sub" / "page.html").write_text(ARTICLE_HTML)
    (root / "b-sub" / "deeper" / "feed.rss").write_text(RSS_FEED)
    (root / "b-sub" / "empty.txt").write_text("")
    (root / "b-sub" / "binary.json").write_bytes(b"\x00\x01\x02" * 100)
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff" + b"\x00" * 100)  # not a reader suffix
    (root / ".secret.txt").write_text("Hidden\n\nNot to be read.\n")
    (root / ".hidden-dir" / "x.txt").write_text("Hidden\n\nNot to be read.\n")
    return root


def test_folder_is_walked_recursively_sorted_with_per_file_errors(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    got = list(iter_inputs([str(root)]))
    labels = [label for label, _ in got]
    assert labels == [
        f"{root}/a.txt",
        f"{root}/c.md",
        f"{root}/b-sub/binary.json",
        f"{root}/b-sub/empty.txt",
        f"{root}/b-sub/page.html",
        f"{root}/b-sub/deeper/feed.rss",
        f"{root}/b-sub/deeper/feed.rss",
    ]
    kinds = [type(item).__name__ for _, item in got]
    assert kinds == ["Article", "Article", "InputError", "InputError", "Article", "Article",
                     "Article"]
    assert str(got[2][1]) == f"{root}/b-sub/binary.json: binary file (NUL bytes)"
    assert str(got[3][1]) == f"{root}/b-sub/empty.txt: empty file"
    assert expand([str(root), "-"]) == [*dict.fromkeys(labels), "-"]
    assert expand(str(root)) == list(dict.fromkeys(labels))  # one input as a plain string


def test_batch_keeps_going_after_failures(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Title\n\nBody sentence here.\n")
    got = list(iter_inputs([str(tmp_path / "missing.txt"), str(good), str(tmp_path / "none")]))
    assert [type(item).__name__ for _, item in got] == ["InputError", "Article", "InputError"]
    assert got[0][0] == str(tmp_path / "missing.txt")


def test_read_is_strict_for_one_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        list(read(str(tmp_path / "gone.md")))


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    assert expand(str(tmp_path)) == [str(tmp_path)]  # kept, so reading it says why
    with pytest.raises(InputError) as err:
        list(read(str(tmp_path)))
    assert err.value.cause.startswith("no readable files in folder")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("data", "fmt", "count"),
    [
        (b"Title line\n\nBody sentence.\n", "text", 1),
        (b"# Title\n\nBody with *emphasis*.\n", "markdown", 1),
        (ARTICLE_HTML.encode(), "html", 1),
        (RSS_FEED.encode(), "feed", 2),
        (ATOM_FEED.encode("utf-16"), "feed", 1),
        (b'{"title": "T", "text": "Body."}', "json", 1),
        (b'{"title": "A", "text": "a."}\n{"title": "B", "text": "b."}\n', "json", 2),
    ],
)
def test_stdin_format_is_sniffed(monkeypatch: pytest.MonkeyPatch, data: bytes, fmt: str,
                                 count: int) -> None:
    _stdin(monkeypatch, data)
    articles = list(read("-"))
    assert len(articles) == count
    assert all(a.raw_format == fmt and a.source == "-" for a in articles)


@pytest.mark.parametrize(
    ("data", "cause"),
    [(b"", "empty input"), (b" \n\n", "empty input"),
     (b"\x00\x01binary", "binary file (NUL bytes)")],
)
def test_stdin_errors(monkeypatch: pytest.MonkeyPatch, data: bytes, cause: str) -> None:
    _stdin(monkeypatch, data)
    with pytest.raises(InputError) as err:
        list(read("-"))
    assert (err.value.source, err.value.cause) == ("-", cause)


def test_stdin_above_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefs.readers import limits

    monkeypatch.setattr(limits, "MAX_BYTES", 1000)
    _stdin(monkeypatch, b"word " * 1000)
    with pytest.raises(InputError, match=r"larger than the 0\.001 MB cap"):
        list(read("-"))


def _fields(a: Article) -> tuple:
    return (a.text, a.title, a.outlet, a.authors, a.published, a.url, a.raw_format,
            a.title_in_text)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", "Title\n\nBody sentence.\n"),
        ("b.md", "# Title\n\nBody *sentence*.\n"),
        ("c.html", ARTICLE_HTML),
        ("d.atom", ATOM_FEED),
        ("e.json", json.dumps({"title": "T", "text": "Body.", "url": "https://x.example/e"})),
        ("f.jsonl", '{"title": "A", "text": "a."}\n'),
    ],
)
def test_from_raw_rebuilds_the_same_article(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    [article] = list(read(str(path)))
    assert article.raw is not None
    again = from_raw(article.raw, article.raw_format, str(path))
    assert _fields(again) == _fields(article)


def test_from_raw_rejects_bad_stored_input() -> None:
    with pytest.raises(InputError):
        from_raw("   ", "text", "stored")
    with pytest.raises(InputError):
        from_raw("{not json", "feed", "stored")


@pytest.mark.skipif(not (SHARED / "corpus" / "polnear" / "dev" / "text").is_dir(),
                    reason="../shared corpus not present")
def test_corpus_folder_reads_whole(tmp_path: Path) -> None:
    folder = SHARED / "corpus" / "polnear" / "dev" / "text"
    items = [item for _, item in iter_inputs([str(folder)])]
    assert items and all(isinstance(item, Article) for item in items)
    assert len(items) == len(list(folder.glob("*.txt")))
