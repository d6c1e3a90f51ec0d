"""The Store: briefs in a SQLite file, and the query API the reader and CLI share.

Writes validate nothing themselves: they take a ``Brief`` (built where data
entered) or its ``model_dump()`` dict. Reads return plain dicts decoded from the
stored JSON, so the read path never imports pydantic. One connection per
Store; SQLite connections belong to one thread, so open a Store per thread.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from briefs.errors import StoreError
from briefs.store import query as q
from briefs.store.db import connect, retry, store_error
from briefs.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from briefs.models import Brief

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


F = TypeVar("F", bound=Callable[..., Any])


def _guard(fn: F) -> F:
    """SQLite failures become one-line StoreErrors that say what to do."""

    @functools.wraps(fn)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise store_error(self.path, exc) from exc

    return wrapper  # type: ignore[return-value]


def _writes(fn: F) -> F:
    """A write: refused up front on a read-only store, SQLite errors translated."""

    @functools.wraps(fn)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        if self.readonly:
            raise StoreError(f"{self.path}: the store is open read-only; cannot change it")
        return fn(self, *args, **kwargs)

    return _guard(wrapper)  # type: ignore[return-value]


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(brief: Mapping[str, Any]) -> str:
    """What "identical content" means: the title and body, whitespace-normalised."""
    import hashlib

    parts = [brief.get("title") or "", *(brief.get("body") or [])]
    text = "\n".join(" ".join(p.split()) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A briefs store file. ``Store()`` opens the default one (``BRIEFS_STORE``…).

    A store the user may not write is opened read-only (``self.readonly``).
    """

    def __init__(self, path: str | Path | None = None, *, readonly: bool = False) -> None:
        if path is None:
            from briefs.paths import default_store_path

            path = default_store_path()
        self.path = Path(path).expanduser()
        self.readonly = readonly
        try:
            self._con = connect(self.path, readonly=readonly)
        except StoreError as exc:
            # A store we may read but not write (file or folder permissions) opens
            # read-only: reads work, writes say why they cannot.
            if readonly or not self.path.exists() or "read-only" not in str(exc):
                raise
            self.readonly = True
            self._con = connect(self.path, readonly=True)
        self._con.row_factory = sqlite3.Row

    # ----------------------------------------------------------- lifecycle ---

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -------------------------------------------------------------- writes ---

    @_writes
    def add(
        self, brief: Brief | Mapping[str, Any] | str, raw: str | None = None,
        raw_format: str = "text",
    ) -> str:
        """Store one brief, whole or not at all: "added", "updated" or "unchanged".

        Identity is the brief id (canonical URL, else normalised text). The same
        id with other content, or a different extractor version, updates the
        brief and keeps its read/starred/tags state; identical content under any
        id is "unchanged". ``brief`` may also be the dict or JSON text of a Brief
        built by the pipeline (how parallel ingest hands briefs over).
        """
        text: str | None = None
        if isinstance(brief, str):
            text, data = brief, json.loads(brief)
        elif isinstance(brief, Mapping):
            data = brief
        else:
            data = brief.model_dump(mode="json")
        digest = content_hash(data)
        version = data.get("extractor_version")
        status = self._check(data["id"], digest, version)
        if status == "unchanged":
            return status
        return retry(lambda: self._write(data, digest, raw, raw_format, text))

    def _check(self, brief_id: str, digest: str, version: str | None) -> str:
        row = self._con.execute(
            "SELECT content_hash, extractor_version FROM briefs WHERE id = ?", (brief_id,)
        ).fetchone()
        if row is None:
            dup = self._con.execute(
                "SELECT 1 FROM briefs WHERE content_hash = ? LIMIT 1", (digest,)
            ).fetchone()
            return "unchanged" if dup else "added"
        same = row["content_hash"] == digest and row["extractor_version"] == version
        return "unchanged" if same else "updated"

    def _write(
        self, data: Mapping[str, Any], digest: str, raw: str | None, raw_format: str,
        text: str | None,
    ) -> str:
        con = self._con
        con.execute("BEGIN IMMEDIATE")
        try:
            status = self._check(data["id"], digest, data.get("extractor_version"))
            if status != "unchanged":
                self._upsert(data, digest, raw, raw_format, status, text)
            con.execute("COMMIT")
            return status
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise

    def _upsert(
        self, d: Mapping[str, Any], digest: str, raw: str | None, raw_format: str,
        status: str, text: str | None,
    ) -> None:
        con = self._con
        now = _now()
        figures = d.get("figures") or []
        quotes = d.get("quotes") or []
        sources = d.get("sources") or []
        values = {
            "id": d["id"], "url": d.get("url"), "content_hash": digest,
            "title": d.get("title"), "outlet": d.get("outlet"),
            "published": d.get("published"), "now": now,
            "json": text or json.dumps(d, ensure_ascii=False, separators=(",", ":")),
            "raw": raw, "raw_format": raw_format, "source": d.get("source"),
            "version": d.get("extractor_version"),
            "nf": len(figures), "nq": len(quotes), "ns": len(sources),
        }
        if status == "added":
            cur = con.execute(
                "INSERT INTO briefs (id, url, content_hash, title, outlet, published, "
                "added_at, updated_at, sort_date, json, raw, raw_format, source, "
                "extractor_version, n_figures, n_quotes, n_sources) VALUES (:id, :url, "
                ":content_hash, :title, :outlet, :published, :now, :now, "
                "coalesce(:published, :now), :json, :raw, :raw_format, :source, :version, "
                ":nf, :nq, :ns)", values,
            )
            rowid = cur.lastrowid
        else:
            con.execute(
                "UPDATE briefs SET url = :url, content_hash = :content_hash, title = :title,"
                " outlet = :outlet, published = :published, updated_at = :now, "
                "sort_date = coalesce(:published, added_at), json = :json, "
                "raw = coalesce(:raw, raw), raw_format = CASE WHEN :raw IS NULL THEN "
                "raw_format ELSE :raw_format END, source = coalesce(:source, source), "
                "extractor_version = :version, n_figures = :nf, n_quotes = :nq, "
                "n_sources = :ns WHERE id = :id", values,
            )
            rowid = con.execute("SELECT n FROM briefs WHERE id = ?", (d["id"],)).fetchone()[0]
            for table in ("figures", "quotes", "sources"):
                con.execute(f"DELETE FROM {table} WHERE brief_id = ?", (d["id"],))
            con.execute("DELETE FROM briefs_fts WHERE rowid = ?", (rowid,))
        bid = d["id"]
        con.executemany(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(bid, i, f.get("text") or "", f.get("value"), f.get("unit"), f.get("label"),
              f.get("qualifier"), int(bool(f.get("key"))), f.get("paragraph"))
             for i, f in enumerate(figures)],
        )
        con.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(bid, i, x.get("speaker"), x.get("mention"), x.get("role"), x.get("cue"),
              x.get("text") or "", x.get("paragraph")) for i, x in enumerate(quotes)],
        )
        con.executemany(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?)",
            [(bid, i, s.get("name") or "", s.get("kind") or "organization",
              int(s.get("mentions") or 1)) for i, s in enumerate(sources)],
        )
        speakers = sorted({x.get("speaker") for x in quotes if x.get("speaker")})
        con.execute(
            "INSERT INTO briefs_fts (rowid, title, summary, body, quotes, speakers) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (rowid, d.get("title") or "", d.get("summary") or "",
             "\n\n".join(d.get("body") or []),
             "\n".join(x.get("text") or "" for x in quotes), "\n".join(speakers)),
        )

    @_writes
    def delete(self, brief_id: str) -> bool:
        """Remove a brief and everything about it; False when there was none."""

        def run() -> bool:
            con = self._con
            con.execute("BEGIN IMMEDIATE")
            try:
                row = con.execute("SELECT n FROM briefs WHERE id = ?", (brief_id,)).fetchone()
                if row is not None:
                    con.execute("DELETE FROM briefs_fts WHERE rowid = ?", (row[0],))
                    for table in ("figures", "quotes", "sources", "tags"):
                        con.execute(f"DELETE FROM {table} WHERE brief_id = ?", (brief_id,))
                    con.execute("DELETE FROM briefs WHERE n = ?", (row[0],))
                con.execute("COMMIT")
                return row is not None
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise

        return retry(run)

    def _exec(self, sql: str, params: tuple[object, ...]) -> int:
        def run() -> int:
            return self._con.execute(sql, params).rowcount

        return retry(run)

    @_writes
    def set_read(self, brief_id: str, value: bool = True) -> None:
        self._exec("UPDATE briefs SET read = ? WHERE id = ?", (int(value), brief_id))

    @_writes
    def set_starred(self, brief_id: str, value: bool = True) -> None:
        self._exec("UPDATE briefs SET starred = ? WHERE id = ?", (int(value), brief_id))

    @_writes
    def add_tag(self, brief_id: str, tag: str) -> None:
        tag = " ".join(tag.split())
        if not tag:
            raise StoreError("a tag cannot be empty")
        self._exec(
            "INSERT OR IGNORE INTO tags (brief_id, tag) SELECT id, ? FROM briefs WHERE id = ?",
            (tag, brief_id),
        )

    @_writes
    def remove_tag(self, brief_id: str, tag: str) -> None:
        self._exec("DELETE FROM tags WHERE brief_id = ? AND tag = ?", (brief_id, tag.strip()))

    # --------------------------------------------------------------- reads ---

    @_guard
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

    @_guard
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

    @_guard
    def list(
        self, query: str = "", *, sort: str = "date", limit: int | None = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Library rows matching a search-box query (see ``briefs.store.query``)."""
        return self._select(query, sort, limit, offset)

    @_guard
    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Rows ranked by relevance, each with a ``snippet`` of the match."""
        return self._select(text, "rank", limit, 0)

    @_guard
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

    @_guard
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

    @_guard
    def data_version(self) -> int:
        """Changes when another connection commits: cheap polling for the reader."""
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    @_guard
    def info(self) -> dict[str, Any]:
        con = self._con

        def n(table: str) -> int:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        size = sum(
            p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists()
        )
        return {
            "path": str(self.path),
            "schema_version": int(con.execute("PRAGMA user_version").fetchone()[0]),
            "briefs": n("briefs"), "quotes": n("quotes"), "figures": n("figures"),
            "sources": n("sources"), "size": size,
        }

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

    @property
    def schema_version(self) -> int:
        return SCHEMA_VERSION


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
