"""Throughput of ``briefs extract`` over a PolNeAR split: articles/s and CPU per article.

    .venv/bin/python benchmarks/throughput.py [--split train] [--runs 5] [--jobs N]

Runs the real command (``briefs extract <split texts> --json``, default jobs =
all cores) ``--runs`` times and prints the best and median wall-clock articles/s
(the issue's bar: 300 on 2 cores) together with the CPU seconds per article
spent by the command and its workers. The machine may be shared: CPU per
article moves far less with other load than wall time does, so compare that
column between versions, measured in the same minute. Also prints the load
average, so a slow run can be told from a slow extractor. Skips when
../shared is missing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / ".." / "shared" / "corpus" / "polnear"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (command plus its workers) of one run."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t0, _children_cpu() - cpu0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="train", choices=["train", "dev"])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=0, help="0 = the command's default")
    args = ap.parse_args()
    files = sorted((CORPUS / args.split / "text").glob("*.txt"))
    if not files:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    exe = PROJECT / ".venv" / "bin" / "briefs"
    cmd = [str(exe) if exe.exists() else "briefs", "extract", *map(str, files), "--json"]
    if args.jobs:
        cmd += ["--jobs", str(args.jobs)]
    rates, cpus = [], []
    for _ in range(args.runs):
        wall, cpu = run_once(cmd)
        rates.append(len(files) / wall)
        cpus.append(cpu / len(files) * 1000)
    load = os.getloadavg()[0]
    print(f"{len(files)} articles ({args.split}), {args.runs} runs, load average {load:.2f}")
    print(f"articles/s: best {max(rates):.0f}, median {statistics.median(rates):.0f}"
          f" (target >= 300)")
    print(f"CPU per article (command + workers): best {min(cpus):.2f} ms,"
          f" median {statistics.median(cpus):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
