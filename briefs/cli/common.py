"""Helpers the commands share: opening the store, JSON Lines, choosing the output."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefs.store import Store


def open_store(args: argparse.Namespace, *, must_exist: bool = False) -> Store:
    """The store named by --store / BRIEFS_STORE / the platform default.

    Read-only commands pass ``must_exist`` so that asking about an empty
    machine says what to do instead of creating an empty store file.
    """
    from briefs.cli import store_path
    from briefs.errors import StoreError
    from briefs.paths import default_store_path
    from briefs.store import Store

    path = Path(store_path(args) or default_store_path()).expanduser()
    if must_exist and not path.exists():
        raise StoreError(
            f"no store at {path} yet: run `briefs sample` or `briefs ingest SOURCE…` first"
        )
    return Store(path)


def write_jsonl(obj: Any) -> None:
    from briefs.safe import inert_json

    sys.stdout.write(inert_json(json.dumps(obj, ensure_ascii=False, separators=(",", ":"))))
    sys.stdout.write("\n")


ROW_FIELDS = ("id", "title", "outlet", "published", "added_at", "n_figures", "n_quotes",
              "n_sources", "read", "starred", "tags")


def row_json(row: dict[str, Any]) -> dict[str, Any]:
    """A library row for --json: the listing fields, plus the snippet for searches."""
    out = {k: row.get(k) for k in ROW_FIELDS}
    if "snippet" in row:
        out["snippet"] = row["snippet"]
    return out


def add_limit(p: argparse.ArgumentParser, default: int) -> None:
    p.add_argument("-n", "--limit", type=int, default=default, metavar="N",
                   help=f"at most N results (default {default}; 0 = all)")


def add_json(p: argparse.ArgumentParser, what: str = "JSON Lines") -> None:
    p.add_argument("--json", action="store_true", help=f"print {what}")
