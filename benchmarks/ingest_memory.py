"""Memory stays flat while ingesting: peak RSS for 1,000 vs 10,000 articles.

    python benchmarks/ingest_memory.py [--counts 1000 10000] [--keep DIR]

For each count, writes that many distinct made-up articles to a temp folder,
runs the real ``briefs --store S ingest FOLDER`` as a subprocess into a fresh
store, and samples the RSS of its whole process tree (the ingest process and
any worker processes) from /proc every 20 ms. Prints the peak tree RSS, the
peak of the main process (VmHWM), the time and rate, and the ratio of the
largest count's peaks to the smallest's: flat memory is a ratio near 1.0
(issue 5, promise 7). Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from tests.reliability.support import briefs_command, clean_env, write_articles  # noqa: E402


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def measure(count: int, work: Path) -> dict[str, float]:
    """Ingest ``count`` fresh articles; return peak RSS figures (MB), seconds, rate."""
    folder = work / f"articles-{count}"
    if not folder.exists():
        write_articles(folder, count)
    store = work / f"store-{count}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    env = clean_env(work)
    cmd = [*briefs_command(), "--store", str(store), "ingest", str(folder)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
    peak_tree = peak_main = 0
    while proc.poll() is None:
        pids = _tree(proc.pid)
        peak_tree = max(peak_tree, sum(_status_kb(p, "VmRSS") for p in pids))
        peak_main = max(peak_main, _status_kb(proc.pid, "VmHWM"))
        time.sleep(0.02)
    seconds = time.perf_counter() - t0
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        print(f"ingest of {count} exited {proc.returncode}: {stderr[-500:]}", file=sys.stderr)
    return {
        "count": count,
        "peak_tree_mb": peak_tree / 1024,
        "peak_main_mb": peak_main / 1024,
        "seconds": seconds,
        "rate": count / seconds if seconds else 0.0,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="briefs-ingest-mem-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = [measure(n, work) for n in args.counts]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'articles':>9} {'peak tree RSS':>14} {'peak main RSS':>14} {'seconds':>8} "
          f"{'articles/s':>10}")
    for r in rows:
        print(f"{r['count']:>9,} {r['peak_tree_mb']:>11.1f} MB {r['peak_main_mb']:>11.1f} MB "
              f"{r['seconds']:>8.1f} {r['rate']:>10.0f}")
    lo, hi = rows[0], rows[-1]
    if lo is not hi and lo["peak_tree_mb"] and lo["peak_main_mb"]:
        tree = hi["peak_tree_mb"] / lo["peak_tree_mb"]
        main_ = hi["peak_main_mb"] / lo["peak_main_mb"]
        print(f"ratio {hi['count']:,}/{lo['count']:,}: tree {tree:.2f}, main {main_:.2f}"
              " (flat = ~1.0)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    raise SystemExit(main())
