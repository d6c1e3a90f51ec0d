"""Reading briefs: plain dicts decoded from the stored JSON (no pydantic here).

``list``/``count`` take the search-box language of :mod:`briefs.store.query`;
library pages read straight off indexes, and per-row extras (tags, snippets)
are fetched for the page only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefs.errors import StoreError
from briefs.store import query as q
from briefs.store.guard import guard

SORTS = {
    "date": "b.sort_date DESC, b.n DESC",
    "outlet": "b.outlet IS NULL, b.outlet COLLATE NOCASE, b.sort_date DESC, b.n DESC",
    "title": "b.title IS NULL, b.title COLLATE NOCASE, b.n DESC",
}
_ROW = (
    "b.id, b.title, b.outlet, b.published, b.added_at, b.n_figures, b.n_quotes, "
    "b.n_sources, b.read, b.starred"
)
# Snippet match markers: control characters cleaning removes from article text.
_OPEN, _CLOSE = "\x02", "\x03"



class Reads:
    """The read half of :class:`briefs.store.Store`."""

    _con: sqlite3.Connection
    path: Path

    @guard
    def resolve(self, ref: str) -> str:
        """The full id for an id or unique id prefix (StoreError otherwise)."""
        ref = ref.strip().lower()
        if not ref:
            raise StoreError("no brief id given")
        rows = self._con.execute(
            "SELECT id FROM briefs WHERE id >= ? AND id < ? ORDER BY id LIMIT 6",
            (ref, ref + "\uffff"),
        ).fetchall()
        if not rows:
            raise StoreError(f"{ref}: no brief with this id in {self.path}")
        if len(rows) > 1 and rows[0][0] != ref:
            ids = ", ".join(r[0] for r in rows[:5])
            raise StoreError(f"{ref}: ambiguous id prefix (matches {ids}…)")
        return rows[0][0]

    @guard
    def get(self, ref: str) -> dict[str, Any] | None:
        """The brief JSON dict plus ``state`` (read, starred, tags, added_at), or None."""
        try:
            brief_id = self.resolve(ref)
        except StoreError:
            return None
        row = self._con.execute(
            "SELECT json, read, starred, added_at, updated_at, "
            "(SELECT group_concat(tag, char(31)) FROM tags WHERE brief_id = id) AS tags "
            "FROM briefs WHERE id = ?", (brief_id,),
        ).fetchone()
        if row is None:
            return None
        brief = json.loads(row["json"])
        brief["state"] = {
            "read": bool(row["read"]), "starred": bool(row["starred"]),
            "tags": _tags(row["tags"]), "added_at": row["added_at"],
            "updated_at": row["updated_at"],
        }
        return brief

    def _select(self, query: str, sort: str, limit: int | None, offset: int) -> list[dict]:
        parsed = q.parse(query)
        match = parsed.match
        params: list[object] = []
        where = list(parsed.where)
        if match is not None:
            sql = f"SELECT {_ROW}, b.n FROM briefs_fts JOIN briefs b ON b.n = briefs_fts.rowid"
            where.insert(0, "briefs_fts MATCH ?")
            params.append(match)
            order = "bm25(briefs_fts, 10.0, 3.0, 1.0, 2.0, 5.0), b.n DESC" if sort in (
                "rank", "relevance") else SORTS.get(sort, SORTS["date"])
        else:
            sql = f"SELECT {_ROW} FROM briefs b"
            order = SORTS.get(sort, SORTS["date"])
        params += parsed.params
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), max(0, int(offset))]
        rows = [_row(r) for r in self._con.execute(sql, params)]
        self._add_tags(rows)
        if match is not None:
            self._add_snippets(rows, match)
        return rows

    def _add_snippets(self, rows: list[dict[str, Any]], match: str) -> None:
        """Snippets for one page only: snippet() over every match costs far more."""
        by_n = {r.pop("n"): r for r in rows}
        for start in range(0, len(rows), 500):
            ns = list(by_n)[start:start + 500]
            marks = ",".join("?" * len(ns))
            for n, snippet in self._con.execute(
                f"SELECT rowid, snippet(briefs_fts, -1, '{_OPEN}', '{_CLOSE}', '…', 16) "
                f"FROM briefs_fts WHERE briefs_fts MATCH ? AND rowid IN ({marks})",
                [match, *ns],
            ):
                by_n[n]["snippet"], by_n[n]["snippet_marks"] = split_snippet(snippet or "")
        for r in rows:
            r.setdefault("snippet", "")
            r.setdefault("snippet_marks", [])

    def _add_tags(self, rows: list[dict[str, Any]]) -> None:
        """Tags for one page of rows in one query (not a subquery per sorted row)."""
        by_id = {r["id"]: r for r in rows}
        for r in rows:
            r["tags"] = []
        for start in range(0, len(rows), 500):
            ids = list(by_id)[start:start + 500]
            marks = ",".join("?" * len(ids))
            for brief_id, tag in self._con.execute(
                f"SELECT brief_id, tag FROM tags WHERE brief_id IN ({marks})", ids
            ):
                by_id[brief_id]["tags"].append(tag)
        for r in rows:
            r["tags"].sort(key=str.lower)

    @guard
    def list(
        self, query: str = "", *, sort: str = "date", limit: int | None = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Library rows matching a search-box query (see ``briefs.store.query``)."""
        return self._select(query, sort, limit, offset)

    @guard
    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Rows ranked by relevance, each with a ``snippet`` of the match."""
        return self._select(text, "rank", limit, 0)

    @guard
    def count(self, query: str = "") -> int:
        parsed = q.parse(query)
        match = parsed.match
        where = list(parsed.where)
        params: list[object] = []
        if match is not None:
            sql = "SELECT count(*) FROM briefs_fts JOIN briefs b ON b.n = briefs_fts.rowid"
            where.insert(0, "briefs_fts MATCH ?")
            params.append(match)
        else:
            sql = "SELECT count(*) FROM briefs b"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return int(self._con.execute(sql, params + parsed.params).fetchone()[0])

    @guard
    def quotes(self, speaker: str | None = None) -> list[dict[str, Any]]:
        """Every quote (or those whose speaker/mention contains ``speaker``), by speaker."""
        sql = ("SELECT q.brief_id, b.title, b.outlet, b.published, q.speaker, q.mention, "
               "q.role, q.cue, q.text, q.paragraph FROM quotes q JOIN briefs b ON "
               "b.id = q.brief_id")
        params: list[object] = []
        if speaker:
            like = q._like(speaker.strip())
            sql += " WHERE q.speaker LIKE ? ESCAPE '\\' OR q.mention LIKE ? ESCAPE '\\'"
            params = [like, like]
        sql += (" ORDER BY q.speaker IS NULL, q.speaker COLLATE NOCASE, b.sort_date DESC, "
                "q.brief_id, q.idx")
        return [dict(r) for r in self._con.execute(sql, params)]

    def iter_raw(self, exclude_version: str | None = None) -> Iterator[
            tuple[str, str | None, str | None, str | None]]:
        """(id, raw, raw_format, source) of each brief, optionally skipping a version.

        Ids are read first and rows fetched one by one, so callers may write to
        the store while iterating and memory stays flat.
        """
        sql = "SELECT id FROM briefs"
        params: tuple[object, ...] = ()
        if exclude_version is not None:
            sql += " WHERE extractor_version IS NOT ?"
            params = (exclude_version,)
        ids = [r[0] for r in self._con.execute(sql + " ORDER BY n", params)]
        for brief_id in ids:
            row = self._con.execute(
                "SELECT raw, raw_format, source FROM briefs WHERE id = ?", (brief_id,)
            ).fetchone()
            if row is not None:
                yield brief_id, row["raw"], row["raw_format"], row["source"]


def _tags(joined: str | None) -> list[str]:
    return sorted(joined.split("\x1f"), key=str.lower) if joined else []


def _row(r: sqlite3.Row) -> dict[str, Any]:
    row = dict(r)
    row["read"] = bool(row["read"])
    row["starred"] = bool(row["starred"])
    return row


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain snippet text and the (start, end) spans of the matched words."""
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    start = None
    for ch in marked:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            if start is not None:
                marks.append((start, pos))
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), marks
