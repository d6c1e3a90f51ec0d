"""Issue 2's "done means" on real articles: ingest part of PolNeAR dev, list, search, show.

Reads ../shared beside the project and skips cleanly when it is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "polnear" / "dev" / "text"

pytestmark = pytest.mark.shared


@pytest.fixture
def dev_files() -> list[Path]:
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/polnear/dev/text is not beside the project")
    files = sorted(DEV.glob("*.txt"))[:25]
    if not files:
        pytest.skip("no dev articles")
    return files


def test_ingest_list_search_show_real_articles(briefs, dev_files):
    r = briefs("ingest", *map(str, dev_files))
    assert r.returncode == 0, r.stderr
    assert f"added {len(dev_files)}, updated 0, unchanged 0, failed 0" in r.stdout
    rows = [json.loads(x) for x in briefs("list", "--json", "-n", "0").stdout.splitlines()]
    assert len(rows) == len(dev_files)
    hits = [json.loads(x) for x in briefs("search", "clinton", "--json").stdout.splitlines()]
    assert hits and all("clinton" in h["snippet"].lower() for h in hits)
    shown = briefs("show", hits[0]["id"])
    assert shown.returncode == 0 and hits[0]["title"][:20] in shown.stdout
    assert briefs("ingest", *map(str, dev_files)).stdout.startswith(
        f"added 0, updated 0, unchanged {len(dev_files)}")
