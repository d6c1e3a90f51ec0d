"""Moving briefs out of the store: ``export`` and ``rm``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import IO, Any


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export", help="write briefs as JSON Lines or Markdown",
        description="Write stored briefs (all, or those matching QUERY, newest first) "
        "as JSON Lines or Markdown, to stdout or to FILE.",
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="optional filter (as in list)")
    p.add_argument("--format", choices=("jsonl", "markdown"), default="jsonl")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=export)

    p = sub.add_parser("rm", help="delete a stored brief",
                       description="Delete a stored brief (id or unique prefix) and its state.")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(run=rm)


def _briefs(store: Any, query: str, page: int = 200) -> Iterator[dict[str, Any]]:
    """Every matching brief, a page of ids at a time (flat memory on big stores)."""
    offset = 0
    while True:
        rows = store.list(query, limit=page, offset=offset)
        for row in rows:
            brief = store.get(row["id"])
            if brief is not None:
                yield brief
        if len(rows) < page:
            return
        offset += page


def _write(out: IO[str], briefs: Iterator[dict[str, Any]], fmt: str) -> int:
    n = 0
    if fmt == "jsonl":
        import json

        from briefs.safe import inert_json

        for brief in briefs:
            out.write(inert_json(json.dumps(brief, ensure_ascii=False, separators=(",", ":"))))
            out.write("\n")
            n += 1
    else:
        from briefs.render import brief_markdown

        for brief in briefs:
            out.write(("\n---\n\n" if n else "") + brief_markdown(brief))
            n += 1
    return n


def export(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store

    query = " ".join(args.query)
    with open_store(args, must_exist=True) as store:
        if not args.output or args.output == "-":
            _write(sys.stdout, _briefs(store, query), args.format)
            return 0
        tmp = f"{args.output}.part"
        try:
            with open(tmp, "w", encoding="utf-8") as out:
                n = _write(out, _briefs(store, query), args.format)
            os.replace(tmp, args.output)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    print(f"exported {n} brief{'s' * (n != 1)} to {args.output}", file=sys.stderr)
    return 0


def rm(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store
    from briefs.cli.output import error
    from briefs.errors import StoreError

    failed = 0
    with open_store(args, must_exist=True) as store:
        for ref in args.ids:
            try:
                brief_id = store.resolve(ref)
            except StoreError as exc:
                error(str(exc))
                failed += 1
                continue
            store.delete(brief_id)
            print(f"removed {brief_id}")
    return 1 if failed else 0
