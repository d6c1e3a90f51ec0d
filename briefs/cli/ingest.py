"""Writing the store: ``ingest``, ``sample`` and ``reextract``.

Each brief is stored in its own short transaction as soon as it is built, so
a big folder streams (flat memory), other processes can write in between, and
Ctrl-C or a crash leaves every brief either whole or absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ingest", help="extract inputs and store their briefs",
        description="Read each input (file, folder, URL, feed, JSON, - for stdin), "
        "build its briefs and store them. Ends with a summary; each failure is one line "
        "on stderr, and the exit status is 1 if any input failed (the rest are stored).",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="path, folder, URL or -")
    p.add_argument("-j", "--jobs", type=int, default=0, metavar="N",
                   help="worker processes (default: all cores)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    p.set_defaults(run=ingest)

    p = sub.add_parser(
        "sample", help="store the built-in sample article",
        description="Store the built-in sample brief, so there is something to read.",
    )
    p.set_defaults(run=sample)

    p = sub.add_parser(
        "reextract", help="rebuild briefs made by an older extractor",
        description="Rebuild stored briefs from their stored raw input: those made by "
        "another extractor version, or all of them with --all. Read/starred/tags are kept.",
    )
    p.add_argument("--all", action="store_true", help="rebuild every brief")
    p.set_defaults(run=reextract)


class Tally:
    """Counts for the summary line, and the failure lines as they happen."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    @property
    def stored(self) -> int:
        return self.counts["added"] + self.counts["updated"] + self.counts["unchanged"]

    def summary(self) -> str:
        c = self.counts
        return (f"added {c['added']}, updated {c['updated']}, "
                f"unchanged {c['unchanged']}, failed {c['failed']}")


class Interrupts:
    """Ctrl-C that never lands between a brief's commit and its count.

    Inside :meth:`protect` a SIGINT is held and raised as KeyboardInterrupt at
    the end of the block, so "N briefs stored" is exact.
    """

    def __init__(self) -> None:
        self.pending = False
        self.critical = False

    def __enter__(self) -> Interrupts:
        import signal

        self._old = signal.getsignal(signal.SIGINT)
        if self._old is signal.default_int_handler:
            signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        if self._old is signal.default_int_handler:
            signal.signal(signal.SIGINT, self._old)

    def _handle(self, signum: int, frame: object) -> None:
        if self.critical:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def protect(self) -> Iterator[None]:
        self.critical = True
        try:
            yield
        finally:
            self.critical = False
            if self.pending:
                self.pending = False
                raise KeyboardInterrupt


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Any]:
    """A Rich progress bar with ETA on a terminal's stderr; a no-op otherwise."""
    if not enabled:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from briefs.cli.output import console

    with Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("ETA"), TimeRemainingColumn(), console=console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda: progress.advance(task)


def _fail(message: str) -> None:
    from briefs.cli.output import error

    error(message)


def ingest(args: argparse.Namespace) -> int:
    from briefs.cli import batch
    from briefs.cli.common import open_store

    tally = Tally()
    sources = list(batch.expand(args.sources))
    show_bar = not args.quiet and len(sources) > 1 and sys.stderr.isatty()
    try:
        with Interrupts() as interrupts, open_store(args) as store, \
                _progress(len(sources), show_bar) as advance:
            for outcome in batch.run(sources, jobs=args.jobs or None, keep_raw=True,
                                     total=len(sources)):
                for line in outcome.errors:
                    tally.counts["failed"] += 1
                    _fail(line)
                for built in outcome.briefs:
                    with interrupts.protect():
                        tally.counts[store.add(built.json, built.raw, built.raw_format)] += 1
                if advance is not None:
                    advance()
    except KeyboardInterrupt:
        sys.stdout.flush()
        sys.stderr.write(f"briefs: interrupted; {tally.stored} briefs stored "
                         f"({tally.summary()})\n")
        return 130
    if not args.quiet:
        print(tally.summary())
    return 1 if tally.counts["failed"] else 0


def sample(args: argparse.Namespace) -> int:
    from importlib.resources import as_file, files

    from briefs.cli.common import open_store
    from briefs.pipeline import build_brief
    from briefs.readers import read

    with as_file(files("briefs") / "data" / "sample.txt") as path, open_store(args) as store:
        for article in read(str(path)):
            article.source = "briefs:sample"
            brief = build_brief(article)
            status = store.add(brief, article.raw, article.raw_format)
            print(f"{status} sample brief {brief.id} in {store.path}; "
                  "run `briefs` to read it or `briefs show " + brief.id + "`")
    return 0


def _from_raw(raw: str, raw_format: str | None, source: str | None) -> Any:
    """An Article rebuilt from stored raw input (the readers' from_raw when present)."""
    from briefs import readers

    from_raw = getattr(readers, "from_raw", None)
    if from_raw is not None:
        article = from_raw(raw, raw_format or "text", source)
        if not hasattr(article, "text"):  # an iterator of articles
            article = next(iter(article))
        return article
    from briefs.article import Article

    return Article(text=raw, source=source, raw=raw, raw_format=raw_format or "text")


def reextract(args: argparse.Namespace) -> int:
    from briefs.cli.common import open_store
    from briefs.errors import BriefsError
    from briefs.pipeline import build_brief
    from briefs.version import EXTRACTOR_VERSION

    tally = Tally()
    try:
        with open_store(args, must_exist=True) as store:
            exclude = None if args.all else EXTRACTOR_VERSION
            for brief_id, raw, raw_format, source in store.iter_raw(exclude):
                if raw is None:
                    tally.counts["failed"] += 1
                    _fail(f"{brief_id}: no raw input kept; ingest {source or 'it'} again")
                    continue
                try:
                    brief = build_brief(_from_raw(raw, raw_format, source))
                except (BriefsError, ValueError) as exc:
                    tally.counts["failed"] += 1
                    _fail(f"{brief_id}: {exc}")
                    continue
                brief = brief.model_copy(update={"id": brief_id})
                if args.all:
                    # same extractor: force the rewrite so --all really rebuilds
                    brief = brief.model_copy(update={"extractor_version": EXTRACTOR_VERSION})
                tally.counts[store.add(brief, raw, raw_format or "text")] += 1
    except KeyboardInterrupt:
        sys.stderr.write(f"briefs: interrupted; {tally.summary()}\n")
        return 130
    c = tally.counts
    print(f"rebuilt {c['updated']}, unchanged {c['unchanged'] + c['added']}, "
          f"failed {c['failed']}")
    return 1 if c["failed"] else 0
