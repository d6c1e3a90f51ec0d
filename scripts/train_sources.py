#!/usr/bin/env python3
"""Retrain the named-source models (briefs/extract/models/sources_lr.json and
source_keys_lr.json) from PolNeAR.

    .venv/bin/python scripts/train_sources.py [--corpus ../shared/corpus/polnear]
                                              [--split train] [--check dev]

Two stages. (1) Mentions: each name mention the extractor sees in a train
article is labelled a source when it lies inside a PolNeAR Source span whose key
(last capitalised word) it shares. A logistic model (AdaGrad, L2, the average of
five fixed-seed runs, fixed epochs — reproducible) is fit on the mentions' context features; its
threshold maximises the per-article F1 of mention keys alone. (2) Keys: per
article, every name the quotes and rules do not already give becomes one row of
key-level features (best mention scores, how many mentions, places, modifiers,
titles…), labelled by whether its key is a gold source. The mention scores of
these rows come from five mention models each trained without the article's fold
(article i in fold i % 5), so they are as (over)confident as on unseen text. A
second logistic model is fit on them; its threshold is the highest within 0.001 of
the best named-source F1 of all sources together (speakers, rules and the keys it
adds) — the scorer's metric. Both stages depend on the quote extractor (speakers are not decided
again), so retrain after changing quotes.py.

The files store only feature names (generic context words) with weights, and a
list of common lowercase English words seen in the corpus — no article text.
Running the script twice writes byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
from collections import Counter
from pathlib import Path

from briefs.article import Article
from briefs.extract import attribution, sources
from briefs.extract.quotes import extract_quotes
from briefs.text import clean

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = PROJECT / ".." / "shared" / "corpus" / "polnear"
OUT = PROJECT / "briefs" / "extract" / "models" / attribution.FEATURES_FILE
KEYS_OUT = PROJECT / "briefs" / "extract" / "models" / attribution.KEY_FEATURES_FILE

NAME_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+")
STOP = set(
    [
        "I", "He", "She", "They", "It", "We", "You", "The", "A", "An", "His", "Her", "Their", "Its",
        "Our", "This", "That", "These", "Those", "My", "Your", "Some", "Many", "Most", "Another",
        "Other", "Others", "Several", "Both", "All", "Each", "Every", "Any", "No", "One", "Two",
        "Three", "Few", "Such"
    ]
)


def _caps(s: str, possessors: bool) -> list[str]:
    return [
        m[0] for m in NAME_TOKEN.finditer(s)
        if m[0][0].isupper() and m[0] not in STOP
        and (possessors or s[m.end():m.end() + 2] not in ("'s", "’s"))
    ]


def name_key(span: str | None) -> str | None:
    """The scorer's key of a mention (shared/eval/score_polnear.py, restated)."""
    s = re.sub(r"\([^)]*\)", " ", span or "")
    head = re.split(r",| who | which | whose | at ", s)[0]
    caps = _caps(head, False) or _caps(s, False) or _caps(s, True)
    return caps[-1].lower() if caps else None


def gold_sources(ann: Path, text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every named Source span of an attribution."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").split("\n"):
        m = re.match(r"(T\d+)\t(\S+) ([\d ;]+)\t", line)
        if m:
            frags = [tuple(map(int, f.split())) for f in m[3].split(";")]
            spans[m[1]] = (m[2], frags)  # type: ignore[assignment]
        elif line.startswith("E"):
            events.append(dict(a.split(":", 1) for a in line.split("\t", 1)[1].split()))
    out = []
    for ev in events:
        if not any(k.startswith("Attribution") for k in ev) or ev.get("Source") not in spans:
            continue
        frags = spans[ev["Source"]][1]
        key = name_key(" ".join(text[a:b] for a, b in frags))
        if key:
            out.extend((a, b, key) for a, b in frags)
    return out


def articles(corpus: Path, split: str):
    """(name, raw text, Document, paragraph offsets in raw text, gold spans)."""
    for txt in sorted((corpus / split / "text").glob("*.txt")):
        anns = sorted(p for p in (corpus / split / "attributions").glob(txt.stem + "_*.ann")
                      if p.stem.rsplit("_", 1)[0] == txt.stem)
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        doc = clean(Article(text=text, source=str(txt)))
        offsets, pos = [], 0
        for p in doc.paragraphs:
            at = text.find(p, pos)
            offsets.append(at)
            if at >= 0:
                pos = at + len(p)
        yield txt.stem, text, doc, offsets, gold_sources(anns[0], text)


def common_vocab(corpus: Path, split: str, min_count: int = 10) -> list[str]:
    """Lowercase words frequent in lowercase form: ordinary English, never names."""
    c: Counter[str] = Counter()
    for txt in (corpus / split / "text").glob("*.txt"):
        text = txt.read_text(encoding="utf-8")
        c.update(re.findall(r"(?<![\w'’-])[a-z][a-z'-]+", text))
    return sorted(w for w, n in c.items() if n >= min_count)


def labelled(corpus: Path, split: str, vocab: frozenset[str]):
    """Per article: (gold keys, [(features, label, key)]), and the articles' Documents."""
    data, docs = [], []
    for _name, text, doc, offsets, gold in articles(corpus, split):
        docs.append(doc)
        keys = {k for _, _, k in gold}
        rows = []
        for c in attribution.candidates(doc, vocab):
            pi = c.sentence.paragraph
            para = doc.title if pi == attribution.TITLE else doc.paragraphs[pi]
            mention = para[c.chunk.start:c.chunk.end]
            key = name_key(mention)
            if not key:
                continue
            base = text.find(para) if pi == attribution.TITLE else offsets[pi]
            if base >= 0:
                a, b = base + c.chunk.start, base + c.chunk.end
                label = any(ga < b and a < gb and k == key for ga, gb, k in gold)
            else:
                label = key in keys
            rows.append((c.features, label, key))
        data.append((keys, rows))
    return data, docs


def train(data, epochs: int = 8, lr: float = 0.05, l2: float = 1e-5, seed: int = 13,
          min_count: int = 3, runs: int = 5):
    """The average of ``runs`` logistic models, each fit in another shuffled order.

    One run's weights depend on the order it saw the rows in: retraining after a small
    change of the extractor moved dev named-source F1 by ±0.005. Averaging five orders
    (seeds ``seed`` … ``seed + runs - 1``) keeps that noise out of the shipped model.
    """
    models = [_train_one(data, epochs, lr, l2, seed + k, min_count) for k in range(runs)]
    avg: dict[str, float] = {}
    for w in models:
        for x, v in w.items():
            avg[x] = avg.get(x, 0.0) + v / runs
    return {k: round(v, 4) for k, v in sorted(avg.items()) if abs(v) >= 1e-3}


def _train_one(data, epochs: int, lr: float, l2: float, seed: int, min_count: int):
    """Logistic regression with AdaGrad; deterministic for a given seed.

    Features seen fewer than ``min_count`` times are dropped (they would only
    memorise single articles).
    """
    counts = Counter(x for _, rs in data for f, _, _ in rs for x in f)
    rows = [([x for x in f if counts[x] >= min_count], y) for _, rs in data for f, y, _ in rs]
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(rows)
        for feats, y in rows:
            z = sum(w.get(x, 0.0) for x in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - (1.0 if y else 0.0)
            for x in feats:
                wx = w.get(x, 0.0)
                grad = g + l2 * wx
                g2[x] = g2.get(x, 0.0) + grad * grad
                w[x] = wx - lr * grad / math.sqrt(g2[x] + 1e-8)
    return {k: round(v, 4) for k, v in w.items() if abs(v) >= 1e-3}


def article_f1(data, w, threshold: float) -> tuple[float, float, float]:
    """Per-article key P / R / F1 of the mention model alone (a key passes with any mention)."""
    return _f1([(keys, set(), [(attribution.score(f, w), k) for f, _, k in rows])
                for keys, rows in data], threshold)


def best_threshold(data, w) -> tuple[float, tuple[float, float, float]]:
    """The mention threshold that maximises the per-article key F1 of mentions alone."""
    scored = [(keys, [(attribution.score(f, w), k) for f, _, k in rows]) for keys, rows in data]
    best_t, best = 0.5, (0.0, 0.0, 0.0)
    for t in [x / 100 for x in range(20, 75, 2)]:
        r = _f1([(keys, set(), rows) for keys, rows in scored], t)
        if r[2] > best[2]:
            best_t, best = t, r
    return best_t, best


def _f1(rows, threshold: float) -> tuple[float, float, float]:
    """Set P / R / F1 summed over articles: (gold keys, keys found anyway, [(p, key)])."""
    tp = n_pred = n_gold = 0
    for keys, base, scored in rows:
        pred = base | {k for s, k in scored if s >= threshold}
        tp += len(pred & keys)
        n_pred += len(pred)
        n_gold += len(keys)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def key_rows(doc, quotes, keys: set[str], mention_model):
    """(gold keys, keys found without the key model, [(key features, label, key)])."""
    names, groups = sources.key_candidates(doc, quotes, mention_model)
    base = {k for k in map(name_key, names) if k}
    rows = [(f, k in keys, k) for f, k in ((f, name_key(n)) for f, n in groups)
            if k and k not in base]
    return keys, base, rows


def crossfit(data, docs, quotes, vocab: frozenset[str], threshold: float, folds: int = 5):
    """Key rows of every article, its mentions scored by a model that never saw it
    (article i is in fold i % folds): in-sample scores would be overconfident."""
    out = [None] * len(docs)
    for fold in range(folds):
        w = train([d for i, d in enumerate(data) if i % folds != fold])
        for i in range(fold, len(docs), folds):
            out[i] = key_rows(docs[i], quotes[i], data[i][0], (w, vocab, threshold))
    return out


def fit_keys(rows) -> tuple[dict[str, float], float, tuple[float, float, float]]:
    """The key model, and the threshold that maximises the named-source F1 of all
    sources together (speakers, rules and the keys it adds)."""
    w = train([(keys, r) for keys, _, r in rows], epochs=20, min_count=5)
    scored = [(keys, base, [(attribution.score(f, w), k) for f, _, k in r])
              for keys, base, r in rows]
    curve = [(_f1(scored, t), t) for t in [x / 100 for x in range(10, 90)]]
    top = max(r[2] for r, _ in curve)
    # The curve is flat near its top (±0.002 over 0.34–0.44): its argmax moved with every
    # retraining. The highest threshold within 0.001 of the best is as good and names
    # fewer doubtful sources (the quote filter's threshold is chosen the same way).
    best, best_t = [(r, t) for r, t in curve if r[2] >= top - 0.001][-1]
    return w, best_t, best


def key_f1(rows, w, threshold: float) -> tuple[float, float, float]:
    return _f1([(keys, base, [(attribution.score(f, w), k) for f, _, k in r])
                for keys, base, r in rows], threshold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--split", default="train")
    ap.add_argument("--check", default="dev", help="split to report on (not used to fit)")
    a = ap.parse_args()
    vocab = common_vocab(a.corpus, a.split)
    fv = frozenset(vocab)
    data, docs = labelled(a.corpus, a.split, fv)
    w = train(data)
    best_t, best = best_threshold(data, w)
    print(f"train: P {best[0]:.3f} R {best[1]:.3f} F1 {best[2]:.3f} at threshold {best_t}")
    quotes = [extract_quotes(d) for d in docs]
    kw, kt, kbest = fit_keys(crossfit(data, docs, quotes, fv, best_t))
    print(f"train (all sources, cross-fitted): P {kbest[0]:.3f} R {kbest[1]:.3f} "
          f"F1 {kbest[2]:.3f} at key threshold {kt}")
    if a.check:
        chk, chk_docs = labelled(a.corpus, a.check, fv)
        p, r, f = article_f1(chk, w, best_t)
        print(f"{a.check} (mention keys only): P {p:.3f} R {r:.3f} F1 {f:.3f}")
        rows = [key_rows(d, extract_quotes(d), c[0], (w, fv, best_t))
                for d, c in zip(chk_docs, chk, strict=True)]
        p, r, f = key_f1(rows, kw, kt)
        print(f"{a.check} (all sources): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    OUT.write_text(json.dumps({"threshold": best_t, "vocab": vocab, "weights": w},
                              sort_keys=True, indent=0) + "\n", encoding="utf-8")
    KEYS_OUT.write_text(json.dumps({"threshold": kt, "weights": kw}, sort_keys=True, indent=0)
                        + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(w)} weights, {len(vocab)} common words)")
    print(f"wrote {KEYS_OUT} ({len(kw)} weights)")


if __name__ == "__main__":
    main()
