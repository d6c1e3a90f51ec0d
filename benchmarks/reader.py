"""Reader responsiveness on a 100,000-brief store (run by hand, not by pytest).

    .venv/bin/python benchmarks/reader.py [--briefs 100000] [--runs 5]

Builds (once, cached under /tmp) a store of synthetic briefs, then starts two
apps in fresh processes, alternately, several times:

* ``bare``   — a Textual app that shows one Label;
* ``reader`` — the briefs reader on the big store, until the first page of the
  library is painted.

Time to first paint is measured from the top of the child process (before
Textual is imported) to the first refresh after the content is on screen; the
ratio reader/bare is reported (target ≤ 2×). The reader child then types a
search, jumps to the end of the list and back, and records the longest gap the
event loop went without running a 10 ms ticker — the proof that store reads do
not block the interface. RSS is the child's peak resident memory (target ≤ 300 MB).
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

SIZE = (120, 40)
WORDS = [
    "council", "budget", "transit", "harbour", "school", "hospital", "river", "bridge",
    "election", "court", "police", "housing", "energy", "water", "farm", "market", "port",
    "airport", "museum", "library", "tax", "rail", "wind", "solar", "storm", "flood",
    "festival", "union", "strike", "factory",
]
OUTLETS = ["The Coastal Ledger", "Northern Post", "Valley Times", "Metro Daily",
           "The Evening Wire", "Harbour Herald", "Plains Gazette", "City Beat"]


def synthetic(n: int, rng: random.Random) -> dict:
    """One brief dict from a template with varied words, outlet and date."""
    a, b, c = rng.sample(WORDS, 3)
    count = rng.randint(2, 900)
    body = [
        f"The {a} plan for the {b} was approved on Tuesday after a long debate about "
        f"the {c}, according to a statement from the city.",
        f"Officials said {count} people would be affected and the cost would reach "
        f"${rng.randint(2, 90)} million over {rng.randint(2, 9)} years.",
        f"“We expect the {b} to change for the better,” said Mayor Jo Park.",
    ]
    s1 = body[1].index(str(count))
    quote = "We expect the " + b + " to change for the better,"
    q0 = body[2].index(quote)
    year = 2000 + n % 25
    return {
        "id": f"bench{n:08d}",
        "title": f"{a.title()} {b} plan approved amid {c} debate ({n})",
        "outlet": OUTLETS[n % len(OUTLETS)],
        "authors": [], "published": f"{year}-{1 + n % 12:02d}-{1 + n % 28:02d}",
        "url": None, "credit": None, "summary": body[0], "body": body,
        "figures": [{"text": f"{count} people", "value": count, "unit": None,
                     "label": "people affected", "paragraph": 1, "start": s1,
                     "end": s1 + len(f"{count} people"), "key": True, "sentence": ""}],
        "quotes": [{"text": quote, "speaker": "Jo Park", "role": "Mayor", "paragraph": 2,
                    "spans": [{"paragraph": 2, "start": q0, "end": q0 + len(quote)}]}],
        "sources": [{"name": "city statement", "kind": "document", "mentions": 1,
                     "evidence": [], "spans": []},
                    {"name": "Jo Park", "kind": "person", "mentions": 1, "evidence": [],
                     "spans": []}],
        "extractor_version": "bench",
    }


def build_store(path: Path, n: int) -> None:
    """Bulk-insert ``n`` synthetic briefs through the Store's own connection and schema."""
    from briefs.store import Store, content_hash

    marker = path.with_suffix(".complete")
    if marker.exists() and marker.read_text() == str(n):
        return
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    rng = random.Random(7)
    started = time.perf_counter()
    store = Store(path)
    con = store._con  # bulk path: one transaction per 5,000 rows, same SQL as Store.add
    for chunk in range(0, n, 5000):
        con.execute("BEGIN")
        for i in range(chunk, min(n, chunk + 5000)):
            data = synthetic(i, rng)
            store._upsert(data, content_hash(data), None, "text", "added", None)
        con.execute("COMMIT")
    for i in range(0, n, 7):
        con.execute("UPDATE briefs SET read = 1 WHERE id = ?", (f"bench{i:08d}",))
    store.close()
    marker.write_text(str(n))
    print(f"built {n:,} briefs in {time.perf_counter() - started:.1f} s -> {path}",
          file=sys.stderr)


# ------------------------------------------------------------- children ---

def child_bare() -> dict:
    from textual.app import App, ComposeResult
    from textual.widgets import Label

    result: dict = {}

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Label("hello")

        def on_mount(self) -> None:
            self.call_after_refresh(self.painted)

        def painted(self) -> None:
            result["first_paint"] = time.perf_counter() - T0
            result["first_paint_cpu"] = time.process_time()
            self.exit()

    Bare().run(headless=True, size=SIZE)
    return result


def child_reader(store: str) -> dict:
    import asyncio

    from tui.app import BriefsApp
    from tui.settings import Settings
    from tui.storeio import StoreRef
    from tui.widgets.library_list import LibraryList

    result: dict = {}

    class Reader(BriefsApp):
        def painted(self) -> None:
            result["first_paint"] = time.perf_counter() - T0
            result["first_paint_cpu"] = time.process_time()

    async def first_paint(app: Reader) -> LibraryList:
        """Wait for the library's first page, then for the repaint that shows it."""
        while True:
            libs = app.screen.query(LibraryList)
            if libs and libs.first().loaded:
                break
            await asyncio.sleep(0.001)
        lib = libs.first()
        lib.call_after_refresh(app.painted)
        lib.refresh()  # make sure a repaint follows, even if one just happened
        while "first_paint" not in result:
            await asyncio.sleep(0.001)
        return lib

    async def drive(pilot) -> None:  # type: ignore[no-untyped-def]
        from textual.widgets import Input

        app = pilot.app
        lib = await first_paint(app)
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        app.set_interval(0.01, tick)
        search = app.screen.query_one("#search", Input)
        search.focus()
        latencies = []
        for char in "harbour":  # type the query the way the Input does, one key at a time
            started = time.perf_counter()
            generation = lib.generation
            search.insert_text_at_cursor(char)
            while lib.generation == generation or lib.query != search.value or not lib.shown:
                await asyncio.sleep(0.001)
            latencies.append(time.perf_counter() - started)
        result["search_to_results_s"] = statistics.median(latencies)
        result["search_to_results_max_s"] = max(latencies)
        result["search_matches"] = lib.total
        lib.focus()
        started = time.perf_counter()
        lib.action_last()
        while lib.highlighted_row is None:
            await asyncio.sleep(0.002)
        result["jump_to_end_row_s"] = time.perf_counter() - started
        for _ in range(5):
            lib.action_page_up()
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
        result["max_event_loop_gap_ms"] = round(max(gaps) * 1000, 1)
        result["ticks"] = len(gaps)
        app.exit()

    app = Reader(StoreRef(store), settings=Settings(), poll_interval=0)
    app.run(headless=True, size=SIZE, auto_pilot=drive)
    return result


def child(kind: str, store: str) -> None:
    result = child_bare() if kind == "bare" else child_reader(store)
    result["rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result))


# --------------------------------------------------------------- parent ---

def run_child(kind: str, store: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--store", str(store)],
                         capture_output=True, text=True, check=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--briefs", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--store", default="")
    parser.add_argument("--child", choices=["bare", "reader"])
    args = parser.parse_args()
    store = Path(args.store or f"/tmp/briefs-bench-{args.briefs}.db")
    if args.child:
        child(args.child, str(store))
        return
    build_store(store, args.briefs)
    bare, reader = [], []
    for _ in range(args.runs):
        bare.append(run_child("bare", store))
        reader.append(run_child("reader", store))

    def median(rows: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    b, r = median(bare, "first_paint"), median(reader, "first_paint")
    print(f"store: {args.briefs:,} briefs ({store.stat().st_size / 1e6:.0f} MB) · "
          f"{args.runs} runs each, medians")
    print(f"{'':28}{'bare label':>12}{'reader':>12}")
    print(f"{'time to first paint (s)':28}{b:>12.3f}{r:>12.3f}")
    print(f"{'ratio reader / bare':28}{'':>12}{r / b:>12.2f}   (target ≤ 2)")
    bc, rc = median(bare, "first_paint_cpu"), median(reader, "first_paint_cpu")
    print(f"{'  same, CPU seconds':28}{bc:>12.3f}{rc:>12.3f}   ratio {rc / bc:.2f}")
    print(f"{'peak RSS (MB)':28}{median(bare, 'rss_mb'):>12.1f}"
          f"{median(reader, 'rss_mb'):>12.1f}   (target ≤ 300)")
    print(f"{'keystroke→results (s)':28}{'':>12}"
          f"{median(reader, 'search_to_results_s'):>12.3f}   median of 7 keys, "
          f"max {max(x['search_to_results_max_s'] for x in reader):.3f} "
          f"({reader[0]['search_matches']:,} matches)")
    print(f"{'jump to row 100,000 (s)':28}{'':>12}{median(reader, 'jump_to_end_row_s'):>12.3f}")
    print(f"{'longest event-loop gap (ms)':28}{'':>12}"
          f"{max(x['max_event_loop_gap_ms'] for x in reader):>12.1f}   (worst run)")


if __name__ == "__main__":
    main()
