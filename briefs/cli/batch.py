"""Inputs to briefs, in parallel and in input order — shared by extract and ingest.

Workers receive *paths* (cheap to send) and return JSON strings (cheap to send
back); the parent forks after importing the pipeline so each worker starts warm.
Results stream: nothing holds every brief of a big folder in memory.

Where ``os.fork`` exists the workers are plain forked processes fed over pipes
(see ``_Forked``): importing multiprocessing and starting its pool (three
threads, pickling) cost ~20 ms before the first article, a tenth of a small
batch. Elsewhere multiprocessing's pool does the same job.
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
    _warm_up()
    import gc

    gc.freeze()  # keep the parent's objects out of the workers' GC: fewer copied pages
    # small chunks: the last one decides when the slowest worker finishes, and a
    # chunk of 8 articles costs tens of milliseconds, IPC per chunk far less
    chunk = 8 if total is None else max(1, min(8, total // (jobs * 16)))
    # Bound the work in flight: a slow consumer (the store) must not let a
    # 10,000-file folder pile up in memory.
    limit = max(64, jobs * chunk * 4)
    if hasattr(os, "fork"):
        yield from _Forked(work, jobs, chunk, limit).run(sources)
    else:  # pragma: no cover - Windows
        yield from _pooled(work, sources, jobs, chunk, limit)


def _pooled(work: Any, sources: Iterable[str], jobs: int, chunk: int, limit: int
            ) -> Iterator[Outcome]:
    """``run`` on multiprocessing's pool, where processes cannot be forked."""
    import multiprocessing
    import threading

    ctx = multiprocessing.get_context()
    # imap queues every input at once and keeps results until they are consumed:
    # the semaphore bounds what is in flight
    slots = threading.Semaphore(limit)
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


# ---------------------------------------------------------------- forked pool ---

_STOP = b""  # the frame that tells a worker to exit


def _write_frame(fd: int, data: bytes) -> None:
    """One message on a pipe: its length (8 bytes), then the bytes."""
    view = memoryview(len(data).to_bytes(8, "little") + data)
    while view:
        view = view[os.write(fd, view):]


def _read_frame(fd: int) -> bytes | None:
    """The next message on a pipe, or None at its end (the writer has gone)."""
    head = _read_exactly(fd, 8)
    return None if head is None else _read_exactly(fd, int.from_bytes(head, "little"))


def _read_exactly(fd: int, n: int) -> bytes | None:
    parts: list[bytes] = []
    while n:
        part = os.read(fd, min(n, 1 << 20))
        if not part:
            return None
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


_Packed = tuple[str, list[tuple[str, str | None, str]], list[str]]


def _pack(outcome: Outcome) -> _Packed:
    """An outcome as plain data for ``marshal`` (built in: nothing to import, fast)."""
    return (outcome.source, [(b.json, b.raw, b.raw_format) for b in outcome.briefs],
            outcome.errors)


def _unpack(data: _Packed) -> Outcome:
    source, briefs, errors = data
    return Outcome(source, [Built(*b) for b in briefs], errors)


def _serve(work: Any, tasks: int, results: int) -> None:
    """A worker's life: build each chunk of inputs it is sent, answer with the outcomes."""
    import marshal

    while True:
        frame = _read_frame(tasks)
        if not frame:  # the stop frame, or the parent has gone
            return
        outcomes = [_pack(work(source)) for source in marshal.loads(frame)]
        _write_frame(results, marshal.dumps(outcomes))


class _Worker:
    """A forked worker: its pid, its two pipe ends, the chunks it holds (in order)."""

    __slots__ = ("chunks", "pid", "results", "tasks")

    def __init__(self, pid: int, tasks: int, results: int) -> None:
        self.pid, self.tasks, self.results = pid, tasks, results
        self.chunks: list[int] = []


class _Forked:
    """``jobs`` forked workers fed chunks of inputs over pipes, outcomes in input order.

    Each worker holds at most two chunks (one being built, one waiting), so none
    idles while another is slow, and at most ``limit`` inputs are in flight.
    A worker that dies (killed, out of memory) costs its chunks, reported as
    failures, never a hang; "-" (stdin) is built here, in its place in the order.
    """

    def __init__(self, work: Any, jobs: int, chunk: int, limit: int) -> None:
        self.work, self.jobs, self.chunk = work, jobs, chunk
        self.max_chunks = max(jobs, limit // chunk)
        self.workers: list[_Worker] = []
        self.sent: dict[int, list[str]] = {}  # chunk number → its inputs, until yielded
        self.done: dict[int, list[Outcome]] = {}
        self.next_chunk = self.next_out = 0

    def run(self, sources: Iterable[str]) -> Iterator[Outcome]:
        parent = os.getpid()
        try:
            for _ in range(self.jobs):
                self.workers.append(self._fork(parent))
            yield from self._schedule(iter(sources))
        finally:
            self._stop()

    def _fork(self, parent: int) -> _Worker:
        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the parent's code
            code = 0
            try:
                for fd in (task_w, result_r, *self._fds()):
                    os.close(fd)  # another worker's EOF must not wait on this process
                _ignore_sigint(parent)
                _serve(self.work, task_r, result_w)
            except BaseException:  # report it, then leave without the parent's cleanup
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        os.close(task_r)
        os.close(result_w)
        return _Worker(pid, task_w, result_r)

    def _fds(self) -> list[int]:
        return [fd for w in self.workers for fd in (w.tasks, w.results)]

    def _schedule(self, it: Iterator[str]) -> Iterator[Outcome]:
        import marshal
        import select

        stdin_next = exhausted = False
        while True:
            while not (exhausted or stdin_next) and len(self.sent) < self.max_chunks:
                worker = min(self.workers, key=lambda w: len(w.chunks), default=None)
                if worker is None or len(worker.chunks) >= 2:
                    break
                batch: list[str] = []
                for source in it:
                    if source == "-":
                        stdin_next = True  # built here once everything before it is out
                        break
                    batch.append(source)
                    if len(batch) == self.chunk:
                        break
                else:
                    exhausted = True
                if batch:
                    self._send(worker, batch, marshal)
            while self.next_out in self.done:
                yield from self.done.pop(self.next_out)
                del self.sent[self.next_out]
                self.next_out += 1
            if not self.sent:
                if stdin_next:
                    stdin_next = False
                    yield self.work("-")
                    continue
                if exhausted:
                    return
            if not self.workers:  # every worker has died: build the rest here
                yield from self._here(it, stdin_next)
                return
            busy = [w.results for w in self.workers if w.chunks]
            for fd in select.select(busy, [], [])[0]:
                self._receive(next(w for w in self.workers if w.results == fd), marshal)

    def _here(self, it: Iterator[str], stdin_next: bool) -> Iterator[Outcome]:
        """The outcomes still owed, then every input left, built in this process."""
        for number in sorted(self.sent):
            yield from self.done.pop(number, None) or map(self.work, self.sent[number])
        self.sent.clear()
        if stdin_next:
            yield self.work("-")
        yield from map(self.work, it)

    def _send(self, worker: _Worker, batch: list[str], marshal: Any) -> None:
        number = self.next_chunk
        self.next_chunk += 1
        self.sent[number] = batch
        worker.chunks.append(number)
        with contextlib.suppress(OSError):  # a dead worker: _receive reports its chunks
            _write_frame(worker.tasks, marshal.dumps(batch))

    def _receive(self, worker: _Worker, marshal: Any) -> None:
        frame = _read_frame(worker.results)
        if frame is None:
            self._lost(worker)
            return
        self.done[worker.chunks.pop(0)] = list(map(_unpack, marshal.loads(frame)))

    def _lost(self, worker: _Worker) -> None:
        """A worker died: its chunks fail, the others carry on."""
        _, status = os.waitpid(worker.pid, 0)
        cause = (f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
                 else f"exit status {os.waitstatus_to_exitcode(status)}")
        for number in worker.chunks:
            self.done[number] = [Outcome(s, errors=[f"{s}: worker process died ({cause})"])
                                 for s in self.sent[number]]
        self.workers.remove(worker)
        for fd in (worker.tasks, worker.results):
            os.close(fd)

    def _stop(self) -> None:
        """Workers exit when told (or killed, if the parent is interrupted), then reaped."""
        finished = not self.sent
        for w in self.workers:
            with contextlib.suppress(OSError):
                if finished:
                    _write_frame(w.tasks, _STOP)
                else:
                    os.kill(w.pid, signal.SIGKILL)
            for fd in (w.tasks, w.results):
                os.close(fd)
        for w in self.workers:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(w.pid, 0)
        self.workers = []


def _warm_up() -> None:
    """Load the pipeline (and anything it loads lazily) once, before forking.

    Workers then share it copy-on-write instead of each loading it again.
    """
    from briefs.article import Article
    from briefs.pipeline import build_brief

    with contextlib.suppress(Exception):
        build_brief(Article(text="Warm-up\n\n“It works,” said Jo Roe, adding 3 notes.\n"))
