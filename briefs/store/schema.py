"""The store's schema as a list of forward migrations (``PRAGMA user_version``).

Migration *n* (1-based) takes a store from version n-1 to n. Never edit a
released migration: append a new one. Each runs inside the caller's
``BEGIN IMMEDIATE`` transaction, so creation by several processes at once is
serialised and idempotent.
"""

from __future__ import annotations

V1 = """
CREATE TABLE briefs (
    n INTEGER PRIMARY KEY,              -- stable rowid, shared with briefs_fts
    id TEXT NOT NULL UNIQUE,            -- briefs.pipeline.brief_id
    url TEXT,
    content_hash TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    published TEXT,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sort_date TEXT NOT NULL,            -- published, else added_at: the library order
    json TEXT NOT NULL,                 -- the whole brief (contract JSON)
    raw TEXT,
    raw_format TEXT,
    source TEXT,
    extractor_version TEXT,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    n_figures INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX briefs_by_date ON briefs (sort_date DESC, n DESC);
CREATE INDEX briefs_by_added ON briefs (added_at DESC);
CREATE INDEX briefs_by_outlet ON briefs (outlet COLLATE NOCASE, sort_date DESC);
CREATE INDEX briefs_by_title ON briefs (title COLLATE NOCASE);
CREATE INDEX briefs_by_url ON briefs (url);
CREATE INDEX briefs_by_hash ON briefs (content_hash);
CREATE INDEX briefs_by_version ON briefs (extractor_version);

CREATE TABLE figures (
    brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    label TEXT,
    qualifier TEXT,
    key INTEGER NOT NULL DEFAULT 0,
    paragraph INTEGER,
    PRIMARY KEY (brief_id, idx)
);
CREATE TABLE quotes (
    brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker TEXT,
    mention TEXT,
    role TEXT,
    cue TEXT,
    text TEXT NOT NULL,
    paragraph INTEGER,
    PRIMARY KEY (brief_id, idx)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker COLLATE NOCASE);
CREATE TABLE sources (
    brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (brief_id, idx)
);
CREATE INDEX sources_by_name ON sources (name COLLATE NOCASE);
CREATE TABLE tags (
    brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (brief_id, tag)
);
CREATE INDEX tags_by_tag ON tags (tag);

CREATE VIRTUAL TABLE briefs_fts USING fts5 (
    title, summary, body, quotes, speakers,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Library sorts by outlet/title read straight off an index (no sort of 100k rows):
# the index expressions match ``briefs.store.core.SORTS`` exactly. FTS merges
# less eagerly: one-brief transactions otherwise spend most of their commit there.
V2 = """
DROP INDEX briefs_by_outlet;
DROP INDEX briefs_by_title;
CREATE INDEX briefs_by_outlet ON briefs (
    outlet IS NULL, outlet COLLATE NOCASE, sort_date DESC, n DESC);
CREATE INDEX briefs_by_title ON briefs (title IS NULL, title COLLATE NOCASE, n DESC);
INSERT INTO briefs_fts (briefs_fts, rank) VALUES ('automerge', 8);
"""

# is:unread / is:starred (the reader's most used filters) read off small partial
# indexes in library order instead of scanning every brief.
V3 = """
CREATE INDEX briefs_unread ON briefs (sort_date DESC, n DESC) WHERE read = 0;
CREATE INDEX briefs_starred ON briefs (sort_date DESC, n DESC) WHERE starred = 1;
"""

MIGRATIONS: list[str] = [V1, V2, V3]
SCHEMA_VERSION = len(MIGRATIONS)
