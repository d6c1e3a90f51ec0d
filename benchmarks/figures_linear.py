"""Figures extraction: time per MB on ordinary vs adversarial text (ratios, not seconds).

    .venv/bin/python benchmarks/figures_linear.py [--mb 2]

Ordinary text is generated from sentences written here; each adversarial text
(runs of digits, quote marks, capitals, separators, number words, no spaces) is
cut to the same size. The issue's bar: at most 3x the time per MB of ordinary text.
If ../shared is present, also prints figures-only ms per article on the dev split.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from briefs.article import Article
from briefs.extract.figures import extract_figures
from briefs.text import clean

SENTENCES = [
    "Officials said more than 2,400 people were evacuated from 14 towns on Tuesday.",
    "The company reported a net loss of $3.2 million, or 12 cents a share.",
    "Nearly 40 percent of voters said the economy was their top concern.",
    "“We have seen nothing like it in 30 years,” the mayor told reporters.",
    "The bill, which passed 61-38, sets aside €1.5bn for about 300 new schools.",
    "Agents seized 850 kilograms of cocaine and 12 firearms in the raid.",
    "Her lead shrank by four percentage points to 6 percent in the latest poll.",
    "The 42-year-old driver was taken to a hospital, police said.",
]


def ordinary(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paras: list[str] = []
    total = 0
    while total < size:
        para = " ".join(rng.choice(SENTENCES) for _ in range(4))
        paras.append(para)
        total += len(para) + 2
    return "\n\n".join(paras)[:size]


def adversarial(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "digits": fill("1234567890"),
        "separated digits": fill("1,234,567."),
        "hyphen chains": fill("12-34-"),
        "quote marks": fill("\"“”'‘’"),
        "capitals": fill("ABCDEFGHIJ"),
        "currency runs": fill("$$$$5"),
        "number words": fill("forty-two hundred and a half million "),
        "qualifier runs": fill("more than at least nearly about up to "),
        "one long sentence": fill("about 5 people and 6 dollars or 7 percent of the 8 "),
    }


def per_mb(text: str) -> float:
    article = Article(text=text, title_in_text=False)
    doc = clean(article)
    t0 = time.perf_counter()
    extract_figures(doc)
    return (time.perf_counter() - t0) / (len(text.encode("utf-8")) / 1e6)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0)
    size = int(ap.parse_args().mb * 1e6)
    base = min(per_mb(ordinary(size)) for _ in range(2))
    print(f"ordinary text: {base:.3f} s/MB")
    worst = 0.0
    for name, text in adversarial(size).items():
        ratio = per_mb(text) / base
        worst = max(worst, ratio)
        print(f"{name:20s} {ratio:5.2f}x")
    print(f"worst ratio {worst:.2f}x (bar: 3x)")
    dev = (
        Path(__file__).resolve().parents[1]
        / ".."
        / "shared"
        / "corpus"
        / "polnear"
        / "dev"
        / "text"
    )
    if dev.is_dir():
        from briefs.readers import read

        docs = [clean(next(read(str(p)))) for p in sorted(dev.glob("*.txt"))]
        t0 = time.perf_counter()
        for doc in docs:
            extract_figures(doc)
        ms = (time.perf_counter() - t0) * 1000 / len(docs)
        print(f"dev split: {ms:.2f} ms/article for figures ({len(docs)} articles)")


if __name__ == "__main__":
    main()
