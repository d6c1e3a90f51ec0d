"""Extraction quality and speed in one table: quotes, speakers, sources, figures, articles/s.

    python benchmarks/quality.py [--split dev|train] [--jobs N] [--in-process] [--keep DIR]

Runs ``briefs extract <split texts> --json --jobs N`` as a subprocess (its wall
time gives articles/s), splits the JSON Lines with ``../shared/eval/split_jsonl.py``
and runs the shared scorers on the result:

- ``score_polnear.py --json`` — quotes (strict and frag), speaker accuracy,
  quote+speaker, named sources;
- ``score_figures.py --json`` (with and without ``--key-only``) on
  ``gold/figures-dev.jsonl`` (dev split only) and on the seed sample
  (``gold/figures-seed.jsonl`` with ``--text-dir ../shared/samples``).

Prints one Markdown table with the issue's targets beside each number. When
``briefs extract`` is not available (or with ``--in-process``) the articles are
extracted in this process's worker pool instead — same pipeline, no CLI start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT / ".." / "shared"
EVAL = SHARED / "eval"
CORPUS = SHARED / "corpus" / "polnear"
GOLD = SHARED / "gold"
SAMPLES = SHARED / "samples"

# (row label, target, higher is better) — the targets on dev.
TARGETS = {
    "quotes (strict)": None,
    "quotes (frag)": 0.90,
    "speaker accuracy": 0.93,
    "quote+speaker": 0.85,
    "named sources": 0.80,
    "figures, labelled": 0.85,
    "figures, value+unit": 0.93,
    "key figures recall": 0.95,
    "key flag": 0.70,
}


# ------------------------------------------------------------- extraction ---


def _briefs_cmd() -> list[str] | None:
    """The ``briefs`` command if it has an ``extract`` subcommand, else None."""
    exe = shutil.which("briefs", path=str(PROJECT / ".venv" / "bin")) or shutil.which("briefs")
    if not exe:
        return None
    try:
        r = subprocess.run([exe, "extract", "--help"], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return [exe] if r.returncode == 0 and b"--json" in r.stdout else None


def _split(jsonl: bytes, out: Path) -> None:
    subprocess.run([sys.executable, str(EVAL / "split_jsonl.py"), str(out)], input=jsonl,
                   check=True, capture_output=True)


def extract_cli(cmd: list[str], files: list[Path], jobs: int, out: Path) -> float:
    """Run ``briefs extract`` over ``files``; write NAME.json into ``out``; wall seconds."""
    args = [*cmd, "extract", *map(str, files), "--json"]
    if jobs > 1:
        args += ["--jobs", str(jobs)]
    t0 = time.perf_counter()
    r = subprocess.run(args, capture_output=True)
    wall = time.perf_counter() - t0
    if r.returncode not in (0, 1):  # 1 = some inputs failed, the rest were extracted
        sys.exit(f"briefs extract failed ({r.returncode}): {r.stderr.decode()[-2000:]}")
    _split(r.stdout, out)
    return wall


def _one(path: str) -> tuple[str, str]:
    from briefs.pipeline import build_brief
    from briefs.readers import read

    brief = build_brief(next(iter(read(path))))
    return Path(path).stem, brief.to_json()


def extract_in_process(files: list[Path], jobs: int, out: Path) -> float:
    """Extract with a local worker pool (fallback when the CLI is missing); wall seconds."""
    out.mkdir(parents=True, exist_ok=True)
    paths = [str(f) for f in files]
    t0 = time.perf_counter()
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_one, paths, chunksize=16))
    else:
        results = [_one(p) for p in paths]
    wall = time.perf_counter() - t0
    for name, text in results:
        (out / f"{name}.json").write_text(text, encoding="utf-8")
    return wall


# ---------------------------------------------------------------- scoring ---


def _scorer(script: str, *args: str) -> dict:
    r = subprocess.run([sys.executable, str(EVAL / script), *args, "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def score(split: str, pred: Path, seed_pred: Path) -> dict:
    """All scorer outputs, keyed by what they measure."""
    res = {"polnear": _scorer("score_polnear.py", "--split", split, "--pred-dir", str(pred))}
    if split == "dev":
        text_dir = str(CORPUS / "dev" / "text")
        gold = str(GOLD / "figures-dev.jsonl")
        res["figures"] = _scorer("score_figures.py", gold, "--text-dir", text_dir,
                                 "--pred-dir", str(pred))
        res["figures_key"] = _scorer("score_figures.py", gold, "--text-dir", text_dir,
                                     "--pred-dir", str(pred), "--key-only")
    seed_gold = str(GOLD / "figures-seed.jsonl")
    res["seed"] = _scorer("score_figures.py", seed_gold, "--text-dir", str(SAMPLES),
                          "--pred-dir", str(seed_pred))
    res["seed_key"] = _scorer("score_figures.py", seed_gold, "--text-dir", str(SAMPLES),
                              "--pred-dir", str(seed_pred), "--key-only")
    return res


# ------------------------------------------------------------------ table ---


def _f(x: float | None) -> str:
    return "" if x is None else f"{x:.3f}"


def rows(res: dict, rate: float) -> list[tuple[str, str, str, str, str, str]]:
    """(metric, P, R, F1 or value, target, detail) rows of the table."""
    out = []
    pn = res["polnear"]
    for label, key in (("quotes (strict)", "quotes"), ("quotes (frag)", "quotes_frag"),
                       ("quote+speaker", "quote_speaker"), ("named sources", "named_sources")):
        m = pn[key]
        out.append((label, _f(m["p"]), _f(m["r"]), _f(m["f1"]), TARGETS[label],
                    f"{m['tp']}/{m['pred']}/{m['gold']}"))
    sp = pn["speaker"]
    out.insert(2, ("speaker accuracy", "", "", _f(sp["accuracy"]), TARGETS["speaker accuracy"],
                   f"{sp['correct']}/{sp['n']}"))
    for prefix, fk, kk in (("", "figures", "figures_key"), ("seed ", "seed", "seed_key")):
        if fk not in res:
            continue
        full, vo = res[fk]["full"], res[fk]["value_only"]
        ks = res[kk]["key_selection"]
        t = (lambda name: TARGETS[name]) if not prefix else (lambda name: None)
        out += [
            (f"{prefix}figures, labelled", _f(full["precision"]), _f(full["recall"]),
             _f(full["f1"]), t("figures, labelled"),
             f"{full['matched']}/{res[fk]['pred_figures']}/{res[fk]['gold_figures']}"),
            (f"{prefix}figures, value+unit", _f(vo["precision"]), _f(vo["recall"]), _f(vo["f1"]),
             t("figures, value+unit"),
             f"{vo['matched']}/{res[fk]['pred_figures']}/{res[fk]['gold_figures']}"),
            (f"{prefix}key figures recall", "", _f(res[kk]["full"]["recall"]), "",
             t("key figures recall"),
             f"{res[kk]['full']['matched_key']}/{res[kk]['gold_key_figures']}"),
            (f"{prefix}key flag", _f(ks["precision"]), _f(ks["recall"]), _f(ks["f1"]),
             t("key flag"), f"{ks['matched']}/{ks['predicted_key']}/{res[kk]['gold_key_figures']}"),
        ]
    # a split this small is dominated by start-up: the speed target is judged by
    # benchmarks/throughput.py over the 840 train articles, not by this row
    out.append(("articles/s (start-up included; see throughput.py)", "", "", f"{rate:.0f}",
                None, ""))
    return [(a, b, c, d, "" if t is None else f"≥ {t}", e) for a, b, c, d, t, e in out]


def table(rows_: list[tuple[str, ...]]) -> str:
    head = ("metric", "P", "R", "F1 / value", "target", "tp/pred/gold")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows_]
    return "\n".join(lines)


# ------------------------------------------------------------------- main ---


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--in-process", action="store_true",
                    help="extract in this process's pool instead of running `briefs extract`")
    ap.add_argument("--keep", type=Path, help="write predictions here (kept) instead of a temp dir")
    ap.add_argument("--json", action="store_true", help="also print all scorer output as JSON")
    a = ap.parse_args(argv)
    if not EVAL.is_dir() or not CORPUS.is_dir():
        sys.exit(f"shared data not found at {SHARED.resolve()}")
    files = sorted((CORPUS / a.split / "text").glob("*.txt"))
    seed = sorted(SAMPLES.glob("*.txt"))
    cmd = None if a.in_process else _briefs_cmd()
    how = "briefs extract" if cmd else "in-process"
    with tempfile.TemporaryDirectory(prefix="briefs-quality-") as tmp:
        base = a.keep or Path(tmp)
        pred, seed_pred = base / a.split, base / "seed"
        for d in (pred, seed_pred):
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir(parents=True)
        if cmd:
            wall = extract_cli(cmd, files, a.jobs, pred)
            extract_cli(cmd, seed, 1, seed_pred)
        else:
            wall = extract_in_process(files, a.jobs, pred)
            extract_in_process(seed, 1, seed_pred)
        res = score(a.split, pred, seed_pred)
    rate = len(files) / wall if wall else 0.0
    print(f"PolNeAR {a.split}: {len(files)} articles via {how} with {a.jobs} jobs "
          f"in {wall:.2f} s")
    print()
    print(table(rows(res, rate)))
    if a.json:
        for v in res.values():
            v.pop("per_article", None)
        print(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
