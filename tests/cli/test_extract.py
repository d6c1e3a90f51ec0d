"""``briefs extract --json``: JSON Lines in input order, errors on stderr, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "briefs" / "data" / "sample.txt"


def _articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"a{i:02d}.txt"
        p.write_text(
            f"Headline number {i}\n\nThe council approved {i + 3} new parks on Monday, "
            f"the mayor said.\n\n“We did it,” said Jane Roe {i}.\n",
            encoding="utf-8",
        )
        paths.append(p)
    return paths


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_lines_in_input_order(briefs, tmp_path, jobs):
    paths = _articles(tmp_path / "in", 12)
    order = [str(p) for p in reversed(paths)]
    r = briefs("extract", *order, "--json", "--jobs", jobs)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == order
    brief = json.loads(lines[0])
    for key in ("id", "title", "outlet", "summary", "body", "figures", "quotes", "sources"):
        assert key in brief
    assert brief["title"] == "Headline number 11"


def test_failures_one_line_each_others_still_printed(briefs, tmp_path):
    good = _articles(tmp_path / "in", 3)
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    r = briefs("extract", str(good[0]), str(missing), str(empty), str(good[1]), "--json")
    assert r.returncode == 1
    assert [json.loads(x)["source"] for x in r.stdout.splitlines()] == [
        str(good[0]), str(good[1])]
    errors = r.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"briefs: {missing}: ")
    assert errors[1].startswith(f"briefs: {empty}: ")


def test_stdin_among_files_keeps_its_place_with_workers(briefs, tmp_path):
    paths = [str(p) for p in _articles(tmp_path / "in", 20)]
    order = [*paths[:11], "-", *paths[11:]]
    r = briefs("extract", *order, "--json", "--jobs", "2",
               input="Read from standard input\n\nThe port hired 4 pilots, the mayor said.\n")
    assert r.returncode == 0, r.stderr
    briefs_ = [json.loads(line) for line in r.stdout.splitlines()]
    assert [b["source"] for b in briefs_] == order
    assert briefs_[11]["title"] == "Read from standard input"


def test_folder_is_expanded_in_order(briefs, tmp_path):
    _articles(tmp_path / "in" / "sub", 2)
    _articles(tmp_path / "in", 2)
    r = briefs("extract", str(tmp_path / "in"), "--json", "-j", "2")
    assert r.returncode == 0, r.stderr
    names = [Path(json.loads(x)["source"]).relative_to(tmp_path / "in").as_posix()
             for x in r.stdout.splitlines()]
    assert names == ["a00.txt", "a01.txt", "sub/a00.txt", "sub/a01.txt"]


def test_sample_extracts(briefs):
    r = briefs("extract", str(SAMPLE), "--json")
    assert r.returncode == 0, r.stderr
    brief = json.loads(r.stdout)
    assert brief["outlet"] == "The Stream"


def test_one_bad_record_in_a_multi_article_input(briefs, tmp_path):
    path = tmp_path / "items.jsonl"
    good = {"title": "Ferries return", "text": "Ferries will run every 40 minutes again, "
            "the operator said on Monday."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(good | {
        "title": "Buses too"}) + "\n", encoding="utf-8")
    r = briefs("extract", str(path), "--json")
    assert r.returncode == 1
    titles = [json.loads(x)["title"] for x in r.stdout.splitlines()]
    assert "Ferries return" in titles
    assert r.stderr.startswith("briefs: ") and len(r.stderr.strip().splitlines()) >= 1
    assert "Traceback" not in r.stderr


def test_an_article_that_cannot_be_written_as_json_does_not_stop_its_feed(briefs, tmp_path):
    """A lone surrogate ("\\ud800", legal in JSON input, not in UTF-8) fails its own
    article only: the records after it in the same file are still extracted."""
    path = tmp_path / "items.jsonl"
    records = [{"title": "Ferries return", "text": "Ferries will run every 40 minutes."},
               {"title": "Bad \ud800 title", "text": "Trams will run every 5 minutes."},
               {"title": "Buses too", "text": "Buses will run every 10 minutes."}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    r = briefs("extract", str(path), "--json")
    assert r.returncode == 1
    assert [json.loads(x)["title"] for x in r.stdout.splitlines()] == [
        "Ferries return", "Buses too"]
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
