"""The store against a real SQLite file: identity, updates, state, deletion, info."""

from __future__ import annotations

import json
import sqlite3

import pytest

from briefs.errors import StoreError
from briefs.store import SCHEMA_VERSION, Store
from tests.store.conftest import make_brief

PARKS = "The city opened 12 new parks on Monday, the mayor said."
ROADS = "Road repairs will cost $4 million over two years, officials said."


def test_add_then_identical_is_unchanged(store):
    b = make_brief("Parks open", PARKS)
    assert store.add(b, raw="raw text") == "added"
    assert store.add(b, raw="raw text") == "unchanged"
    assert store.count() == 1


def test_identity_is_normalised_text_without_url(store):
    a = make_brief("Parks open", PARKS)
    b = make_brief("Parks   open", PARKS.replace(" new ", "  new  "))
    assert a.id == b.id
    store.add(a)
    assert store.add(b) == "unchanged"
    assert store.count() == 1


def test_same_url_changed_text_updates_and_keeps_state(store):
    url = "https://news.example/parks?utm_source=x"
    first = make_brief("Parks open", PARKS, url=url)
    store.add(first)
    store.set_starred(first.id, True)
    store.add_tag(first.id, "city")
    second = make_brief("Parks open", PARKS, ROADS, url="https://news.example/parks")
    assert second.id == first.id
    assert store.add(second) == "updated"
    got = store.get(first.id)
    assert got["body"][-1] == ROADS
    assert got["state"]["starred"] is True
    assert got["state"]["tags"] == ["city"]
    assert store.count() == 1
    assert store.count("repairs") == 1  # FTS follows the update


def test_identical_content_under_another_id_is_not_duplicated(store):
    store.add(make_brief("Parks open", PARKS))
    assert store.add(make_brief("Parks open", PARKS, url="https://news.example/p")) == (
        "unchanged")
    assert store.count() == 1


def test_new_extractor_version_updates(store):
    b = make_brief("Parks open", PARKS)
    store.add(b)
    newer = b.model_copy(update={"extractor_version": "999"})
    assert store.add(newer) == "updated"
    assert [x[0] for x in store.iter_raw(exclude_version="999")] == []


def test_get_returns_plain_json_dict_with_state(store):
    b = make_brief("Parks open", PARKS)
    store.add(b)
    got = store.get(b.id[:5])
    assert got is not None
    state = got.pop("state")
    assert state["read"] is False and state["starred"] is False and state["tags"] == []
    assert state["added_at"].endswith("Z")
    assert got == json.loads(b.to_json())


def test_resolve_prefix_unknown_and_ambiguous(store):
    ids = set()
    i = 0
    while True:  # two briefs whose ids share a first character
        b = make_brief(f"Story {i}", PARKS)
        store.add(b)
        if b.id[0] in ids:
            prefix = b.id[0]
            break
        ids.add(b.id[0])
        i += 1
    with pytest.raises(StoreError, match="ambiguous"):
        store.resolve(prefix)
    with pytest.raises(StoreError, match="no brief"):
        store.resolve("zzzz")
    assert store.get("zzzz") is None
    assert store.resolve(b.id) == b.id


def test_state_read_starred_tags(store):
    b = make_brief("Parks open", PARKS)
    store.add(b)
    store.set_read(b.id, True)
    store.set_starred(b.id, True)
    store.add_tag(b.id, "city")
    store.add_tag(b.id, "City")  # tags are case-insensitive
    store.add_tag(b.id, "parks")
    assert store.get(b.id)["state"]["tags"] == ["city", "parks"]
    store.remove_tag(b.id, "parks")
    store.set_read(b.id, False)
    row = store.list()[0]
    assert row["read"] is False and row["starred"] is True and row["tags"] == ["city"]
    with pytest.raises(StoreError):
        store.add_tag(b.id, "  ")


def test_rows_are_structured_per_part(store):
    b = make_brief("Parks open", PARKS, "“We listened,” said Jane Roe, the mayor.")
    store.add(b)
    con = sqlite3.connect(store.path)
    nq = con.execute("SELECT count(*) FROM quotes WHERE brief_id = ?", (b.id,)).fetchone()[0]
    nf = con.execute("SELECT count(*) FROM figures WHERE brief_id = ?", (b.id,)).fetchone()[0]
    ns = con.execute("SELECT count(*) FROM sources WHERE brief_id = ?", (b.id,)).fetchone()[0]
    assert (nq, nf, ns) == (len(b.quotes), len(b.figures), len(b.sources))
    row = store.list()[0]
    assert (row["n_quotes"], row["n_figures"], row["n_sources"]) == (nq, nf, ns)
    con.close()


def test_delete_removes_everything(store):
    b = make_brief("Parks open", PARKS, "“We listened,” said Jane Roe, the mayor.")
    store.add(b)
    store.add_tag(b.id, "x")
    assert store.delete(b.id) is True
    assert store.delete(b.id) is False
    assert store.count() == 0 and store.count("parks") == 0
    con = sqlite3.connect(store.path)
    for table in ("figures", "quotes", "sources", "tags", "briefs_fts"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    con.close()


def test_raw_kept_for_reextract(store):
    b = make_brief("Parks open", PARKS)
    store.add(b, raw="<p>raw</p>", raw_format="html")
    assert list(store.iter_raw()) == [(b.id, "<p>raw</p>", "html", "test")]


def test_info_and_schema_version(store):
    store.add(make_brief("Parks open", PARKS))
    info = store.info()
    assert info["schema_version"] == SCHEMA_VERSION
    assert info["briefs"] == 1 and info["size"] > 0
    con = sqlite3.connect(store.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_data_version_changes_when_another_connection_writes(tmp_path):
    with Store(tmp_path / "s.db") as reader, Store(tmp_path / "s.db") as writer:
        before = reader.data_version()
        writer.add(make_brief("Parks open", PARKS))
        assert reader.data_version() != before
        assert reader.count() == 1


def test_readonly_store(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "none.db", readonly=True)
    with Store(tmp_path / "s.db") as s:
        s.add(make_brief("Parks open", PARKS))
    with Store(tmp_path / "s.db", readonly=True) as ro:
        assert ro.count() == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.add(make_brief("Roads", ROADS))


def test_not_a_database_is_reported_not_replaced(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable briefs store"):
        Store(bad)
    assert bad.read_bytes().startswith(b"this is not sqlite")


def test_write_is_whole_or_nothing(store):
    b = make_brief("Parks open", PARKS, "“We listened,” said Jane Roe, the mayor.")
    data = json.loads(b.to_json())
    # valid JSON, but a quote that is not an object: fails after the brief row is written
    data["quotes"] = [{"text": "fine"}, ["not", "an", "object"]]
    with pytest.raises(AttributeError):
        store.add(json.dumps(data))
    assert store.count() == 0
    con = sqlite3.connect(store.path)
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] == 0
    con.close()
