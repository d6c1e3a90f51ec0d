"""Retrain the quote filter (briefs/extract/models/quotes_lr.json) from PolNeAR train.

    .venv/bin/python scripts/train_quotes.py [--shared ../shared] [--epochs 30]

Every quoted stretch the extractor finds in a train article is labelled 1 when
it matches a gold direct quote (token F1 >= 0.5, or 80 % of it inside one, as
the scorer counts fragments), else 0. A logistic regression (AdaGrad, L2) is fit
over the generic features of :mod:`briefs.extract.quote_filter`.

The decision threshold maximises F1 on train. That curve is flat (within 0.001
from 0.4 to 0.6), so its argmax jumped with every small change of the extractor
(0.45, 0.54, 0.49, 0.48 in one session). Among the thresholds within 0.001 of the
best F1 the highest is taken: equally good at finding quotes, it shows fewer
doubtful ones (a quote with the wrong words or speaker costs a reader more than a
scare quote left out). Precision-weighted F0.5 of cross-fitted scores was tried:
it picks ~0.69 and drops short partial quotes the issue asks for.
Deterministic: same data, same weights. The output holds feature names and
weights only — no article text.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from briefs.extract import quote_filter  # noqa: E402
from briefs.extract.quotes import quote_candidates  # noqa: E402
from briefs.readers import read  # noqa: E402
from briefs.text import clean  # noqa: E402


def _examples(shared: Path, split: str) -> list[tuple[list[str], int, int]]:
    sys.path.insert(0, str(shared / "eval"))
    import score_polnear as sp  # the scorer's own gold reader and tokeniser

    gold, _ = sp.load_gold(split, shared / "corpus" / "polnear")
    out = []
    for article, (name, g) in enumerate(gold.items()):
        path = shared / "corpus" / "polnear" / split / "text" / f"{name}.txt"
        doc = clean(next(read(str(path))))
        golds = [Counter(sp.tokens(q)) for q, _ in g["quotes"]]
        gtoks = [sp.tokens(q) for q, _ in g["quotes"]]
        for text, feats in quote_candidates(doc):
            t = sp.tokens(text)
            bag = Counter(t)
            ok = any(sp.token_f1(t, gt) >= 0.5 for gt in gtoks) or any(
                sp.inside(bag, gb) for gb in golds)
            out.append((feats, int(ok), article))
    return out


def train(data: list[tuple[list[str], int, int]], epochs: int, l2: float = 1e-4,
          rate: float = 0.5) -> dict[str, float]:
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    rng = random.Random(13)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y, _ = data[i]
            z = sum(w.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - y
            for f in feats:
                gf = grad + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + gf * gf
                w[f] = w.get(f, 0.0) - rate * gf / math.sqrt(g2[f] + 1e-8)
    return {f: round(v, 4) for f, v in sorted(w.items()) if abs(v) >= 1e-4}


def best_threshold(data: list[tuple[list[str], int, int]], w: dict[str, float],
                   plateau: float = 0.001) -> float:
    """The highest threshold whose train F1 is within ``plateau`` of the best."""
    scored = []
    for feats, y, _ in data:
        z = sum(w.get(f, 0.0) for f in feats)
        scored.append((1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), y))
    pos = sum(y for _, y in scored)
    curve = []
    for t100 in range(5, 95):
        t = t100 / 100
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        curve.append((2 * tp / (2 * tp + fp + (pos - tp)) if tp else 0.0, t))
    best = max(f for f, _ in curve)
    near = [t for f, t in curve if f >= best - plateau]
    return near[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=PROJECT / ".." / "shared")
    ap.add_argument("--epochs", type=int, default=30)
    a = ap.parse_args()
    # train without a model installed, so the candidates are the unfiltered ones
    quote_filter._model.cache_clear()
    saved = quote_filter._model
    quote_filter._model = lambda: None  # type: ignore[assignment]
    try:
        data = _examples(a.shared.resolve(), "train")
    finally:
        quote_filter._model = saved
    w = train(data, a.epochs)
    t = best_threshold(data, w)
    out = PROJECT / "briefs" / "extract" / "models" / quote_filter.MODEL_FILE
    out.write_text(json.dumps({"threshold": t, "weights": w}, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"{len(data)} examples ({sum(y for _, y, _ in data)} quotes), {len(w)} weights, "
          f"threshold {t} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
