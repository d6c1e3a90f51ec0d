"""Sources extraction: time per MB on ordinary vs adversarial text (ratios, not seconds).

    .venv/bin/python benchmarks/sources_linear.py [--mb 1]

Ordinary text is generated from sentences written here; each adversarial text
(quote marks, digits, capitals, brackets, repeated attributions, names, no
spaces) is cut to the same size. The issue's bar: at most 3x the time per MB of
ordinary text. If ../shared is present, also prints sources-only ms per article
on the dev split beside quotes-only, as a ratio.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from briefs.article import Article
from briefs.extract.quotes import extract_quotes
from briefs.extract.sources import extract_sources
from briefs.text import clean

SENTENCES = [
    "Mayor Lena Okafor said on Tuesday that the bridge would reopen in May.",
    "“We will not raise fares this year,” said Dana Whitfield, the transit director.",
    "The repairs cost more than planned, according to a city report released in June.",
    "Officials familiar with the talks said a deal was close.",
    "The Office of Rural Water (ORW) said wells were drying up across the valley.",
    "Critics, including Senator Ben Osei, have called for a second vote.",
    "Traffic from Springfield now uses the ferry, which runs every hour.",
    "Priya Natarajan told reporters the vote was close but fair.",
    "Shares of Northwind Inc fell 4% after the Eastvale Gazette reported the probe.",
    "The council approved the budget after a long debate on the floor.",
]

ADVERSARIAL = {
    "quote marks": "“ ” \" ' ‘ ’ ",
    "digits": "1234567890",
    "capitals": "ABCDEFG HIJKLMN Said ",
    "capitals, no spaces": "ABCDEFGHIJ",
    "brackets": "(ABC) Department of ",
    "attributions": "according to the Foo Bar report said officials said ",
    "names": "Mr. John Smith of the Bureau of Land said. ",
    "no spaces": "abcdefghij",
}


def ordinary(size: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        para = " ".join(rnd.choice(SENTENCES) for _ in range(4))
        parts.append(para)
        total += len(para) + 2
    return "\n\n".join(parts)[:size]


def per_mb(text: str, repeat: int = 3) -> float:
    doc = clean(Article(text=text, title_in_text=False))
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        extract_sources(doc, [])
        best = min(best, time.perf_counter() - t)
    return best / (len(text) / 1e6)


def dev_split() -> None:
    root = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "polnear" / "dev"
    if not root.exists():
        return
    from briefs.readers import read

    docs = [clean(next(read(str(p)))) for p in sorted((root / "text").glob("*.txt"))]
    quotes = [extract_quotes(d) for d in docs]

    def best(fn) -> float:
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t)
        return min(runs) / len(docs) * 1000

    s = best(lambda: [extract_sources(d, q) for d, q in zip(docs, quotes, strict=True)])
    q = best(lambda: [extract_quotes(d) for d in docs])
    print(f"dev split: sources {s:.2f} ms/article, quotes {q:.2f} ms/article "
          f"(sources/quotes = {s / q:.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    a = ap.parse_args()
    size = int(a.mb * 1e6)
    base = per_mb(ordinary(size))
    print(f"{'text':<22}{'x ordinary':>11}")
    print(f"{'ordinary':<22}{1.0:>11.2f}")
    for name, unit in ADVERSARIAL.items():
        text = (unit * (size // len(unit) + 1))[:size]
        print(f"{name:<22}{per_mb(text) / base:>11.2f}")
    dev_split()


if __name__ == "__main__":
    main()
