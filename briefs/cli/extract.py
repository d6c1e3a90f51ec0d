"""``briefs extract``: inputs to brief JSON Lines, no store involved."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="print briefs for inputs without storing them",
        description="Read each input (file, folder, URL, feed, JSON, - for stdin) and "
        "print its briefs. With --json: one JSON object per brief (JSON Lines), in "
        "input order; failures go to stderr, one line each, and the exit status is 1.",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="path, folder, URL or -")
    p.add_argument("--json", action="store_true", help="print JSON Lines (the brief contract)")
    p.add_argument(
        "-j", "--jobs", type=int, default=0, metavar="N",
        help="worker processes (default: all cores; 1 = no worker processes)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from briefs.cli import batch
    from briefs.cli.output import error

    sources = list(batch.expand(args.sources))
    failed = 0
    out = sys.stdout
    if not args.json:
        from briefs.cli.output import console
        from briefs.render import brief_renderable

        con = console()
    for outcome in batch.run(sources, jobs=args.jobs or None, total=len(sources)):
        for line in outcome.errors:
            failed += 1
            error(line)
        for built in outcome.briefs:
            if args.json:
                from briefs.safe import inert_json

                out.write(inert_json(built.json))
                out.write("\n")
            else:
                import json

                con.print(brief_renderable(json.loads(built.json)))
    out.flush()
    return 1 if failed else 0
