"""Extraction stays linear: time per MB on adversarial vs ordinary text, per extractor.

    .venv/bin/python benchmarks/linear.py [--mb 1] [--part figures|quotes|sources|all]

For each extractor, ordinary text is generated from sentences written here
(denser in what that extractor looks for than real news) and every adversarial
text — runs of quote marks, digits, capitals, brackets, cue words, no spaces… —
is cut to the same size. Cleaning is excluded; CPU time, best of 3. The issue's
bar: at most 3x the time per MB of ordinary text. Prints ratios, not seconds.
The whole pipeline is held to the same bar by tests/reliability/test_linear_time.py.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from briefs.article import Article
from briefs.extract import extract_figures, extract_quotes, extract_sources
from briefs.text import Document, clean

FIGURE_SENTENCES = [
    "Officials said more than 2,400 people were evacuated from 14 towns on Tuesday.",
    "The company reported a net loss of $3.2 million, or 12 cents a share.",
    "Nearly 40 percent of voters said the economy was their top concern.",
    "“We have seen nothing like it in 30 years,” the mayor told reporters.",
    "The bill, which passed 61-38, sets aside €1.5bn for about 300 new schools.",
    "Agents seized 850 kilograms of cocaine and 12 firearms in the raid.",
    "Her lead shrank by four percentage points to 6 percent in the latest poll.",
    "The 42-year-old driver was taken to a hospital, police said.",
]
QUOTE_SENTENCES = [
    "“We will reopen the bridge in May,” said Lena Okafor, the city's transport chief.",
    "The repairs cost more than planned, according to a report released in June.",
    "Dana Whitfield told reporters: “Fares will not rise this year.”",
    "Critics, including Senator Ben Osei, have called the plan “a costly mistake.”",
    "Traffic from Springfield now uses the ferry, which runs every hour.",
    "“It was close, but it was fair,” she said. “Now we move on.”",
    "The council approved the budget after a long debate on the floor.",
    "Mr. Osei said the vote had been “rushed” and promised an appeal.",
]
SOURCE_SENTENCES = [
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
COMMON_ADVERSARIAL = {
    "quote marks": "\"“”'‘’ ",
    "digits": "1234567890",
    "capitals": "ABCDEFG HIJKLMN Said ",
    "capitals, no spaces": "ABCDEFGHIJ",
    "no spaces": "abcdefghij",
}

PARTS: dict[str, tuple[Callable[[Document], object], list[str], dict[str, str]]] = {
    "figures": (extract_figures, FIGURE_SENTENCES, {
        "separated digits": "1,234,567.",
        "hyphen chains": "12-34-",
        "currency runs": "$$$$5",
        "number words": "forty-two hundred and a half million ",
        "qualifier runs": "more than at least nearly about up to ",
        "one long sentence": "about 5 people and 6 dollars or 7 percent of the 8 ",
    }),
    "quotes": (extract_quotes, QUOTE_SENTENCES, {
        "curly marks": "“ “ ” ‘ ’ word ",
        "nyt marks": "'' `` '' x ",
        "packed quotes": "He said, “x” and “y,” said Ann Lee, ",
        "cue words": "said told according to he said, ",
        "markup": '<tweet id="1" author="@a"> ',
    }),
    "sources": (lambda doc: extract_sources(doc, []), SOURCE_SENTENCES, {
        "brackets": "(ABC) Department of ",
        "attributions": "according to the Foo Bar report said officials said ",
        "names": "Mr. John Smith of the Bureau of Land said. ",
    }),
}


def ordinary(sentences: list[str], size: int, seed: int = 7) -> str:
    """Paragraphs of four random sentences, cut to ``size`` characters."""
    rng = random.Random(seed)
    paras: list[str] = []
    total = 0
    while total < size:
        para = " ".join(rng.choice(sentences) for _ in range(4))
        paras.append(para)
        total += len(para) + 2
    return "\n\n".join(paras)[:size]


def per_mb(extract: Callable[[Document], object], text: str, repeat: int = 3) -> float:
    """CPU seconds per MB of one extractor on ``text`` (cleaning excluded), best of ``repeat``."""
    doc = clean(Article(text=text, title_in_text=False))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        extract(doc)
        best = min(best, time.process_time() - t0)
    return best / (len(text.encode("utf-8")) / 1e6)


def report(part: str, size: int) -> float:
    """Print one extractor's ratios; return its worst."""
    extract, sentences, own = PARTS[part]
    base = per_mb(extract, ordinary(sentences, size))
    print(f"\n{part}: ordinary text {base:.3f} s/MB\n| text | x ordinary |\n|---|---|")
    worst = 0.0
    for name, unit in {**COMMON_ADVERSARIAL, **own}.items():
        ratio = per_mb(extract, (unit * (size // len(unit) + 1))[:size]) / base
        worst = max(worst, ratio)
        print(f"| {name} | {ratio:.2f} |")
    print(f"worst ratio {worst:.2f} (bar: 3.00)")
    return worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of each text in MB")
    ap.add_argument("--part", choices=[*PARTS, "all"], default="all")
    args = ap.parse_args()
    size = int(args.mb * 1_000_000)
    parts = list(PARTS) if args.part == "all" else [args.part]
    worst = max(report(part, size) for part in parts)
    return 0 if worst <= 3.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
