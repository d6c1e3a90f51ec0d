"""The local store: a SQLite file of briefs with full-text search.

``Store`` is the one API the reader and the command line share; see
``briefs.store.core`` for writes and reads and ``briefs.store.query`` for the
search-box language.
"""

from briefs.store.core import Store
from briefs.store.reads import split_snippet
from briefs.store.schema import SCHEMA_VERSION
from briefs.store.writes import content_hash

__all__ = ["SCHEMA_VERSION", "Store", "content_hash", "split_snippet"]
