"""Reading the store: ``show``, ``list``, ``search``, ``quotes``, ``info``."""

from __future__ import annotations

import argparse
import os
import sys

from briefs.cli.common import add_json, add_limit


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show", help="print a brief: stored id/prefix, path or URL",
        description="Print a one-shot brief: title, outlet, date, authors, credit; the "
        "summary; By the numbers; What they're saying; Sources. REF is a stored id "
        "(or a unique prefix of one), or a path or URL, which is extracted on the fly "
        "and not stored.",
    )
    p.add_argument("ref", metavar="REF", help="id, id prefix, path, URL or -")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print the brief JSON")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown brief")
    p.set_defaults(run=show)

    p = sub.add_parser(
        "list", help="list stored briefs, newest first",
        description="List stored briefs, newest first. QUERY uses the search-box "
        "language: words, outlet:X speaker:X tag:X after:DATE before:DATE is:unread "
        "is:read is:starred.",
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="optional filter")
    add_limit(p, 50)
    p.add_argument("--sort", choices=("date", "outlet", "title"), default="date")
    add_json(p, "JSON Lines (id, title, outlet, published, counts)")
    p.set_defaults(run=list_)

    p = sub.add_parser(
        "search", help="full-text search, ranked, with snippets",
        description="Full-text search over titles, summaries, bodies, quotes and "
        "speakers, best matches first. Filters as in `briefs list` also work.",
    )
    p.add_argument("query", nargs="+", metavar="QUERY")
    add_limit(p, 20)
    add_json(p, "JSON Lines (id, title, outlet, published, counts, snippet)")
    p.set_defaults(run=search)

    p = sub.add_parser(
        "quotes", help="every stored quote, by speaker",
        description="Every quote in the store grouped by speaker; --speaker keeps those "
        "whose speaker contains NAME (case-insensitive).",
    )
    p.add_argument("--speaker", metavar="NAME")
    add_json(p)
    p.set_defaults(run=quotes)

    p = sub.add_parser("info", help="store path, schema version and counts",
                       description="Show the store's path, schema version, counts and size.")
    add_json(p, "one JSON object")
    p.set_defaults(run=info)


def _is_input(ref: str) -> bool:
    return ref == "-" or "://" in ref or os.path.sep in ref or os.path.exists(ref)


def show(args: argparse.Namespace) -> int:
    from briefs.errors import StoreError

    if _is_input(args.ref):
        import json

        from briefs.cli import batch
        from briefs.errors import InputError

        outcome = batch.build(args.ref)
        if outcome.error is not None:
            raise InputError(args.ref, outcome.error)
        briefs = [json.loads(b.json) for b in outcome.briefs]
    else:
        from briefs.cli.common import open_store

        with open_store(args, must_exist=True) as store:
            brief = store.get(store.resolve(args.ref))
        if brief is None:
            raise StoreError(f"{args.ref}: no such brief")
        briefs = [brief]
    for i, brief in enumerate(briefs):
        _print_brief(brief, args, first=i == 0)
    return 0


def _print_brief(brief: dict, args: argparse.Namespace, *, first: bool) -> None:
    if args.json:
        from briefs.cli.common import write_jsonl

        write_jsonl(brief)
    elif args.markdown:
        from briefs.render import brief_markdown

        sys.stdout.write(("" if first else "\n---\n\n") + brief_markdown(brief))
    else:
        from briefs.cli.output import console
        from briefs.render import brief_renderable

        con = console()
        if not first:
            con.rule()
        con.print(brief_renderable(brief))


def _rows(args: argparse.Namespace, rows: list[dict], total: int | None = None) -> int:
    if args.json:
        from briefs.cli.common import row_json, write_jsonl

        for row in rows:
            write_jsonl(row_json(row))
        return 0
    from briefs.cli.output import console
    from briefs.render import rows_table

    con = console()
    if not rows:
        con.print("no briefs match" if getattr(args, "query", None) else "the store is empty")
        return 0
    con.print(rows_table(rows))
    if total is not None and total > len(rows):
        con.print(f"{len(rows)} of {total} shown (use --limit)", style="dim")
    return 0


def list_(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store

    query = " ".join(args.query)
    with open_store(args, must_exist=True) as store:
        rows = store.list(query, sort=args.sort, limit=args.limit or None)
        total = None if args.json else store.count(query)
    return _rows(args, rows, total)


def search(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store

    query = " ".join(args.query)
    with open_store(args, must_exist=True) as store:
        rows = store.list(query, sort="rank", limit=args.limit or None)
        total = None if args.json else store.count(query)
    return _rows(args, rows, total)


def quotes(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store

    with open_store(args, must_exist=True) as store:
        rows = store.quotes(args.speaker)
    if args.json:
        from briefs.cli.common import write_jsonl

        for row in rows:
            write_jsonl(row)
        return 0
    from rich.text import Text

    from briefs.cli.output import console
    from briefs.render import clean

    con = console()
    if not rows:
        con.print("no quotes" + (f" by {clean(args.speaker)}" if args.speaker else ""))
        return 0
    current: object = object()
    for row in rows:
        if row["speaker"] != current:
            current = row["speaker"]
            con.print(Text(clean(current) or "Unattributed", style="bold magenta"))
        line = Text("  “" + clean(row["text"]) + "”")
        line.append("\n    " + clean(row["title"]), style="dim")
        line.append(f"  [{row['brief_id']}]", style="dim")
        con.print(line)
    return 0


def info(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store

    with open_store(args, must_exist=True) as store:
        data = store.info()
    if args.json:
        from briefs.cli.common import write_jsonl

        write_jsonl(data)
        return 0
    from rich.table import Table

    from briefs.cli.output import console

    table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    for key, value in data.items():
        shown = f"{value / 1e6:.1f} MB" if key == "size" else str(value)
        table.add_row(key.replace("_", " "), shown)
    console().print(table)
    return 0
