"""Inputs to briefs, in parallel and in input order — shared by extract and ingest.

Workers receive *paths* (cheap to send) and return JSON strings (cheap to send
back); the parent forks after importing the pipeline so each worker starts warm.
Results stream: nothing holds every brief of a big folder in memory.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# File types a folder contributes; the readers decide what each one holds.
_SUFFIXES = {
    ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".json",
    ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".feed",
}


@dataclass(slots=True)
class Built:
    """One brief as JSON, plus what the store keeps beside it."""

    json: str
    raw: str | None = None
    raw_format: str = "text"


@dataclass(slots=True)
class Outcome:
    """Everything one input produced: its briefs, and one line per failure.

    A multi-article input (feed, JSON Lines, folder) may have both.
    """

    source: str
    briefs: list[Built] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "<input>: <cause>"

    @property
    def error(self) -> str | None:
        """The first failure's cause (for inputs that hold one article)."""
        return self.errors[0].split(": ", 1)[-1] if self.errors else None


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Inputs as units of work: folders become their files (sorted), lazily.

    Folders are split here, not in a reader, so that one folder spreads over all
    workers. The readers engineer may provide ``briefs.readers.expand``; it wins.
    """
    from briefs import readers

    custom = getattr(readers, "expand", None)
    for source in sources:
        if custom is not None:
            yield from custom(source)
        elif source != "-" and "://" not in source and os.path.isdir(source):
            yield from _walk(source)
        else:
            yield source


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in _SUFFIXES:
                yield os.path.join(root, name)


def build(source: str, keep_raw: bool = False) -> Outcome:
    """Read one input and build its briefs; every failure becomes one line."""
    from briefs import readers
    from briefs.errors import BriefsError
    from briefs.pipeline import build_brief

    outcome = Outcome(source)
    iter_inputs = getattr(readers, "iter_inputs", None)
    try:
        items = (iter_inputs([source]) if iter_inputs is not None
                 else ((source, a) for a in readers.read(source)))
        for label, item in items:
            if isinstance(item, BaseException):
                outcome.errors.append(f"{label}: {_cause(item, label)}")
                continue
            try:
                text = build_brief(item).to_json()
            except RecursionError:
                outcome.errors.append(f"{label}: article too deeply nested to extract")
                continue
            except Exception as exc:  # one bad article never stops a batch
                outcome.errors.append(
                    f"{label}: extraction failed ({type(exc).__name__}: {exc})")
                continue
            raw = item.raw if keep_raw else None
            outcome.briefs.append(Built(text, raw, item.raw_format))
    except BriefsError as exc:
        outcome.errors.append(f"{source}: {_cause(exc, source)}")
    except (OSError, UnicodeError, ValueError) as exc:
        outcome.errors.append(f"{source}: {type(exc).__name__}: {exc}".strip())
    except RecursionError:
        outcome.errors.append(f"{source}: input too deeply nested")
    return outcome


def _cause(exc: BaseException, source: str) -> str:
    cause = getattr(exc, "cause", None)
    if cause is not None:
        return str(cause)
    text = str(exc)
    prefix = f"{source}: "
    return text[len(prefix):] if text.startswith(prefix) else text


def _build_keep_raw(source: str) -> Outcome:
    return build(source, keep_raw=True)


def _build_plain(source: str) -> Outcome:
    return build(source, keep_raw=False)


def _ignore_sigint(parent: int | None = None) -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """If the parent is killed (SIGKILL, OOM), go with it quietly.

    Otherwise each worker prints a BrokenPipeError traceback to the user's
    terminal when it next hands back a result (Linux only; elsewhere a no-op).
    """
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run(
    sources: Iterable[str], *, jobs: int | None = None, keep_raw: bool = False,
    total: int | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order, built on ``jobs`` processes (1 = in this process).

    ``-`` (stdin) is always read here: a worker cannot read the parent's stdin.
    """
    jobs = jobs or default_jobs()
    work = _build_keep_raw if keep_raw else _build_plain
    if jobs <= 1 or (total is not None and total <= 1):
        for source in sources:
            yield work(source)
        return
    import multiprocessing
    import threading

    _warm_up()
    import gc

    gc.freeze()  # keep the parent's objects out of the workers' GC: fewer copied pages
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    ctx = multiprocessing.get_context(method)
    # small chunks: the last one decides when the slowest worker finishes, and a
    # chunk of 8 articles costs tens of milliseconds, IPC per chunk far less
    chunk = 8 if total is None else max(1, min(8, total // (jobs * 16)))
    # Bound the work in flight: imap queues every input at once and keeps results
    # until they are consumed, so a slow consumer (the store) would otherwise let
    # a 10,000-file folder pile up in memory.
    slots = threading.Semaphore(max(64, jobs * chunk * 4))
    stop = threading.Event()
    it = iter(sources)
    saw_stdin = False

    def until_stdin() -> Iterator[str]:
        nonlocal saw_stdin
        for source in it:
            if source == "-":
                saw_stdin = True
                return
            while not slots.acquire(timeout=0.1):
                if stop.is_set():
                    return
            yield source

    with ctx.Pool(jobs, initializer=_ignore_sigint, initargs=(os.getpid(),)) as pool:
        try:
            while True:
                saw_stdin = False
                for outcome in pool.imap(work, until_stdin(), chunksize=chunk):
                    slots.release()
                    yield outcome
                if not saw_stdin:
                    return
                yield work("-")
        except BaseException:
            stop.set()
            _terminate(pool)
            raise
        finally:
            stop.set()


def _terminate(pool: Any, grace: float = 5.0) -> None:
    """Stop the pool without ever hanging an interrupted command.

    ``Pool.terminate`` first takes the task queue's lock, which an idle worker
    holds while it waits for work; if no task comes (we throttle them) it can
    wait forever. Give it ``grace`` seconds, then kill the workers. Terminating
    is a one-shot finalizer, so the ``with`` block's own terminate is a no-op.
    """
    import threading

    stopper = threading.Thread(target=pool.terminate, name="briefs-pool-stop", daemon=True)
    stopper.start()
    stopper.join(grace)
    if stopper.is_alive():
        for worker in list(getattr(pool, "_pool", ())):
            with contextlib.suppress(Exception):
                worker.kill()


def _warm_up() -> None:
    """Load the pipeline (and anything it loads lazily) once, before forking.

    Workers then share it copy-on-write instead of each loading it again.
    """
    from briefs.article import Article
    from briefs.pipeline import build_brief

    with contextlib.suppress(Exception):
        build_brief(Article(text="Warm-up\n\n“It works,” said Jo Roe, adding 3 notes.\n"))
