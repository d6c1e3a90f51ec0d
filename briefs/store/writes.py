"""Writing briefs: each one whole or not at all, in its own short transaction.

Writes validate nothing themselves: they take a ``Brief`` (built where data
entered), its ``model_dump()`` dict, or its JSON text.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefs.errors import StoreError
from briefs.store.db import retry
from briefs.store.guard import writes

if TYPE_CHECKING:
    from briefs.models import Brief


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(brief: Mapping[str, Any]) -> str:
    """What "identical content" means: the title and body, whitespace-normalised."""
    import hashlib

    parts = [brief.get("title") or "", *(brief.get("body") or [])]
    text = "\n".join(" ".join(p.split()) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()



class Writes:
    """The write half of :class:`briefs.store.Store`."""

    _con: sqlite3.Connection
    path: Path
    readonly: bool

    @writes
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

    @writes
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

    @writes
    def set_read(self, brief_id: str, value: bool = True) -> None:
        self._exec("UPDATE briefs SET read = ? WHERE id = ?", (int(value), brief_id))

    @writes
    def set_starred(self, brief_id: str, value: bool = True) -> None:
        self._exec("UPDATE briefs SET starred = ? WHERE id = ?", (int(value), brief_id))

    @writes
    def add_tag(self, brief_id: str, tag: str) -> None:
        tag = " ".join(tag.split())
        if not tag:
            raise StoreError("a tag cannot be empty")
        self._exec(
            "INSERT OR IGNORE INTO tags (brief_id, tag) SELECT id, ? FROM briefs WHERE id = ?",
            (tag, brief_id),
        )

    @writes
    def remove_tag(self, brief_id: str, tag: str) -> None:
        self._exec("DELETE FROM tags WHERE brief_id = ? AND tag = ?", (brief_id, tag.strip()))
