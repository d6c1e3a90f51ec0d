"""Which quoted stretches are quotations: a small logistic model over generic features.

Quotation marks also wrap titles ("The Late Show"), slogans, nicknames and scare
quotes; the scorer counts only what people said or wrote. Rules for this top
out early, so the decision is a logistic model over features of the quoted
stretch and its frame — length, capitalisation, punctuation inside the marks,
whether a cue verb and a speaker sit next to it, the word before the opening
mark. Weights live in ``models/quotes_lr.json`` (feature -> weight, no article
text) and are retrained by ``scripts/train_quotes.py`` from the PolNeAR train
split. Without the file, a rule of thumb decides.
"""

from __future__ import annotations

import math
from functools import cache
from itertools import compress, repeat
from operator import itemgetter, methodcaller, not_

from briefs.extract import models
from briefs.extract.lexicon import CUE_VERBS, words

MODEL_FILE = "quotes_lr.json"

_FIRST_PERSON = words("i i'm i’m we my our me us i've i’ve we're we’re i'll i’ll")
_SECOND_PERSON = words("you your you're you’re")
_SMALL = words(
    """a an the of to in on at for with and or but as is was be that this it its his her
    their by from"""
)
_PREV_VOCAB = words(
    """called dubbed titled named labeled labelled branded termed so-called word words
    phrase term slogan book film show movie song album series program programme
    the a an his her their its of as that said says told and or but to for in on at
    with by from was is are be been what about like calling describing called
    his: said: says: wrote: added: told: writes:"""
)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def features(text: str, before: str, after: str, attribution_kind: str | None, own: bool,
             cue: str | None, parts: int, whole_paragraph: bool, mark: str) -> list[str]:
    """Generic features of one quoted stretch (no article-specific strings)."""
    toks = text.split()
    n = len(toks)
    lowered = list(map(str.lower, toks))  # once: the word tests below all use it
    # (C-level passes over the words: quotes run long, a Python loop per word costs)
    content = list(compress(toks, map(not_, map(_SMALL.__contains__, lowered))))
    caps = sum(map(str.isupper, map(itemgetter(0), content)))  # words are never empty
    f = [
        "bias",
        f"len={_bucket(n, (1, 2, 3, 4, 6, 9, 14, 25))}",
        f"own={own}",
        f"att={attribution_kind}",
        f"own_att={own}_{attribution_kind}",
        f"parts={min(parts, 3)}",
        f"whole={whole_paragraph}",
        f"mark={mark}",
    ]
    if content:
        ratio = caps / len(content)
        f.append(f"caps={_bucket(int(ratio * 4), (0, 1, 2, 3))}")
        f.append(f"allcaps_len={ratio == 1.0}_{_bucket(n, (2, 4, 8))}")
    f.append(f"first_upper={toks[0][:1].isupper() if toks else False}")
    end = text.rstrip()[-1:] if text.strip() else ""
    f.append(f"end={end if end in ',.?!:;—-' else 'w'}")
    f.append(f"end_len={end if end in ',.?!' else 'w'}_{_bucket(n, (3, 8))}")
    low = list(map(methodcaller("strip", ".,?!;:\"'"), lowered))
    f.append(f"first_person={not _FIRST_PERSON.isdisjoint(low)}")
    f.append(f"second_person={not _SECOND_PERSON.isdisjoint(low)}")
    prev = before.split()[-1].lower() if before.split() else "<s>"
    if prev not in _PREV_VOCAB:
        if prev.endswith(("'s", "’s")):
            prev = "POSS"  # "NBC's “Nightly News”": a title owned by someone
        else:
            prev = "CUE" if prev.rstrip(",:") in CUE_VERBS else "other"
    f.append(f"prev={prev}")
    if content:
        # Title Case after an owner or an article is a title ("his “Keepin' It Real”")
        f.append(f"prev_titled={prev}_{caps == len(content)}")
    f.append(f"prev_end={prev[-1:] if prev[-1:] in ',:' else 'w'}")
    nxt = after.split()[0].lower() if after.split() else "</s>"
    nxt_word = nxt.strip(".,;:")
    if nxt_word not in _SMALL:
        nxt_word = "CUE" if nxt_word in CUE_VERBS else "other"
    f.append(f"next={nxt_word}")
    f.append(f"next_punct={nxt[:1] if nxt[:1] in ',.;:(' else 'w'}")
    if cue:
        f.append(f"cue={CUE_VERBS.get(cue.lower(), 'other')}")
    return f


@cache
def _model() -> dict | None:
    try:
        return models.load(MODEL_FILE)
    except OSError:
        return None


def probability(feats: list[str]) -> float | None:
    """P(quotation) under the shipped model, or None when no model is installed."""
    model = _model()
    if model is None:
        return None
    z = sum(map(model["weights"].get, feats, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def threshold() -> float:
    model = _model()
    return float(model.get("threshold", 0.5)) if model else 0.5
