"""Quote extraction: time per MB on ordinary vs adversarial text (ratios, not seconds).

    .venv/bin/python benchmarks/quotes_linear.py [--mb 1]

Ordinary text is generated from sentences written here (a quote every other
sentence, denser than real news); each adversarial text — runs of quote marks,
NYT '' marks, quotes packed into one paragraph, digits, capitals with and
without spaces, cue words, markup openers — is cut to the same size. The
issue's bar: at most 3x the time per MB of ordinary text. CPU time, best of 3.
"""

from __future__ import annotations

import argparse
import random
import time

from briefs.article import Article
from briefs.extract.quotes import extract_quotes
from briefs.text import clean

SENTENCES = [
    "“We will reopen the bridge in May,” said Lena Okafor, the city's transport chief.",
    "The repairs cost more than planned, according to a report released in June.",
    "Dana Whitfield told reporters: “Fares will not rise this year.”",
    "Critics, including Senator Ben Osei, have called the plan “a costly mistake.”",
    "Traffic from Springfield now uses the ferry, which runs every hour.",
    "“It was close, but it was fair,” she said. “Now we move on.”",
    "The council approved the budget after a long debate on the floor.",
    "Mr. Osei said the vote had been “rushed” and promised an appeal.",
]

ADVERSARIAL = {
    "curly marks": "“ “ ” ‘ ’ word ",
    "ascii marks": '" " \' x " ',
    "nyt marks": "'' `` '' x ",
    "packed quotes": "He said, “x” and “y,” said Ann Lee, ",
    "digits": "1234567890 ",
    "capitals": "ABCDEFG HIJKLMN Said ",
    "capitals, no spaces": "ABCDEFGHIJ",
    "cue words": "said told according to he said, ",
    "markup": '<tweet id="1" author="@a"> ',
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
    """CPU seconds per MB of extract_quotes (cleaning excluded), best of ``repeat``."""
    doc = clean(Article(text="A title line\n\n" + text))
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        extract_quotes(doc)
        best = min(best, time.process_time() - t0)
    return best / (len(text.encode("utf-8")) / 1e6)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of each text in MB")
    a = ap.parse_args()
    size = int(a.mb * 1_000_000)
    base = per_mb(ordinary(size))
    print(f"ordinary text: {base:.3f} s/MB ({a.mb:g} MB)")
    print("| text | s/MB | ratio |\n|---|---|---|")
    worst = 0.0
    for name, unit in ADVERSARIAL.items():
        text = (unit * (size // len(unit) + 1))[:size]
        t = per_mb(text)
        worst = max(worst, t / base)
        print(f"| {name} | {t:.3f} | {t / base:.2f} |")
    print(f"worst ratio {worst:.2f} (bar: 3.00)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
