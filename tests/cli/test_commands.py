"""The store commands end to end, as a user runs them (subprocess, store in tmp_path)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "briefs" / "data" / "sample.txt"


def write_articles(folder: Path, n: int, offset: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(offset, offset + n):
        p = folder / f"story{i:02d}.txt"
        p.write_text(
            f"Ferry service story {i}\n\nThe ferry company added {i + 2} boats to the "
            f"harbour route, its director said.\n\n“Demand has doubled,” said Olga "
            f"Marsh, the director of Blue Ferries.\n",
            encoding="utf-8",
        )
        out.append(p)
    return out


@pytest.fixture
def sample_id(briefs) -> str:
    r = briefs("sample")
    assert r.returncode == 0, r.stderr
    return r.stdout.split("sample brief ", 1)[1].split()[0]


def test_version_and_help(briefs):
    r = briefs("--version")
    assert r.returncode == 0 and r.stdout.startswith("briefs ")
    for cmd in ("", "ingest", "extract", "show", "list", "search", "quotes", "export", "rm",
                "reextract", "info", "sample"):
        r = briefs(*([cmd] if cmd else []), "--help")
        assert r.returncode == 0, (cmd, r.stderr)
        assert "usage: briefs" in r.stdout


def test_sample_then_show_list_info(briefs, sample_id, store):
    r = briefs("show", sample_id[:6])
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Dark Web" in out and "The Stream" in out
    assert "\x1b" not in out  # piped: plain text
    r = briefs("list", "--json")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == [sample_id]
    assert {"id", "title", "outlet", "published", "n_figures", "n_quotes",
            "n_sources"} <= set(rows[0])
    r = briefs("info", "--json")
    info = json.loads(r.stdout)
    assert info["briefs"] == 1 and info["path"] == str(store)
    assert briefs("sample").stdout.startswith("unchanged")


def test_ingest_folder_with_broken_file(briefs, tmp_path):
    folder = tmp_path / "news"
    write_articles(folder, 3)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    r = briefs("ingest", str(folder))
    assert r.returncode == 1
    assert "added 3, updated 0, unchanged 0, failed 1" in r.stdout
    errors = r.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"briefs: {folder / 'empty.txt'}: ")
    assert len(briefs("list", "--json").stdout.splitlines()) == 3
    # idempotent: nothing new, nothing duplicated
    r = briefs("ingest", *map(str, sorted(folder.glob("story*.txt"))))
    assert r.returncode == 0, r.stderr
    assert "added 0, updated 0, unchanged 3, failed 0" in r.stdout
    assert len(briefs("list", "--json").stdout.splitlines()) == 3


def test_missing_input_and_unknown_id(briefs, sample_id, tmp_path):
    r = briefs("ingest", str(tmp_path / "nope.txt"))
    assert r.returncode == 1 and r.stderr.startswith(f"briefs: {tmp_path / 'nope.txt'}: ")
    r = briefs("show", "ffffffffff")
    assert r.returncode == 1 and r.stderr.startswith("briefs: ")
    assert "Traceback" not in r.stderr


def test_show_formats_and_on_the_fly(briefs, sample_id):
    stored = json.loads(briefs("show", sample_id, "--json").stdout)
    assert stored["id"] == sample_id and "state" in stored
    md = briefs("show", sample_id, "--markdown").stdout
    assert md.startswith("# Hundreds Arrested")
    fly = briefs("show", str(SAMPLE), "--json")
    assert fly.returncode == 0, fly.stderr
    assert json.loads(fly.stdout)["id"] == sample_id
    assert len(briefs("list", "--json").stdout.splitlines()) == 1  # not stored


def test_search_quotes_export_rm(briefs, tmp_path, sample_id):
    write_articles(tmp_path / "news", 2)
    briefs("ingest", str(tmp_path / "news"))
    r = briefs("search", "fentanyl", "--json")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == [sample_id]
    assert "fentanyl" in rows[0]["snippet"].lower()
    assert "ferry" in briefs("search", "ferry").stdout.lower()
    assert briefs("search", "zebra", "--json").stdout == ""
    r = briefs("quotes", "--json")
    assert r.returncode == 0
    for q in map(json.loads, r.stdout.splitlines()):
        assert {"brief_id", "title", "speaker", "role", "text"} <= set(q)
    assert briefs("quotes", "--speaker", "nobody at all", "--json").stdout == ""
    out = tmp_path / "all.jsonl"
    r = briefs("export", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    md = briefs("export", "--format", "markdown", "fentanyl").stdout
    assert md.count("\n# ") + md.startswith("# ") == 1
    r = briefs("rm", sample_id)
    assert r.returncode == 0 and sample_id in r.stdout
    assert briefs("rm", sample_id).returncode == 1
    assert len(briefs("list", "--json").stdout.splitlines()) == 2


def test_reextract(briefs, sample_id, store):
    import sqlite3

    con = sqlite3.connect(store)
    con.execute("UPDATE briefs SET extractor_version = 'old', json = json_set(json, "
                "'$.figures', json('[]'))")
    con.commit()
    con.close()
    r = briefs("reextract")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("rebuilt 1,")
    got = json.loads(briefs("show", sample_id, "--json").stdout)
    assert got["extractor_version"] != "old"
    assert briefs("reextract").stdout.startswith("rebuilt 0,")
    assert briefs("reextract", "--all").returncode == 0


def test_no_store_yet_says_what_to_do(briefs):
    r = briefs("list")
    assert r.returncode == 1 and "briefs sample" in r.stderr


def test_store_option_overrides_env(briefs, tmp_path, store):
    other = tmp_path / "other.db"
    assert briefs("--store", str(other), "sample").returncode == 0
    assert other.exists() and not store.exists()
