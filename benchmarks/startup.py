"""Start-up of ``briefs show ID`` as a ratio to ``python -c "import rich.console"``.

Issue 2 asks for whole-process wall time at most 2x that of importing Rich.
Both commands run interleaved (median of N runs each) so machine load hits
both alike; the store holds the built-in sample. The package is byte-compiled
first, as ``pip install`` does (Rich's modules are compiled already; with
PYTHONDONTWRITEBYTECODE set, ours would otherwise be compiled on every run). Run:
``.venv/bin/python benchmarks/startup.py [--runs 15]``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    import compileall

    import briefs

    compileall.compile_dir(Path(briefs.__file__).parent, quiet=1)
    script = Path(sys.executable).with_name("briefs")
    briefs = [str(script)] if script.exists() else [sys.executable, "-m", "briefs"]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, BRIEFS_STORE=str(Path(tmp) / "briefs.db"), COLUMNS="100")
        out = subprocess.run([*briefs, "sample"], env=env, capture_output=True, text=True,
                             check=True).stdout
        brief_id = out.split("sample brief ", 1)[1].split()[0]
        show = [*briefs, "show", brief_id]
        rich = [sys.executable, "-c", "import rich.console"]
        for cmd in (show, rich):  # warm the page cache
            _time(cmd, env)
        a: list[float] = []
        b: list[float] = []
        for _ in range(args.runs):
            a.append(_time(show, env))
            b.append(_time(rich, env))
    ms, mr = statistics.median(a), statistics.median(b)
    print(f"briefs show ID:             median {ms * 1000:6.1f} ms  ({args.runs} runs)")
    print(f'python -c "import rich.console": median {mr * 1000:6.1f} ms')
    print(f"ratio: {ms / mr:.2f}x (target <= 2.00x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
