"""Key figures: the few numbers that belong in "By the numbers".

A headline number comes early in the article, is large or measured (money,
shares, tonnes), is qualified ("more than 2 million"), and is not a repeat, an
age, a passing duration or a small spelled-out count ("two women"). Each figure
gets a score from these signs; those scoring above a threshold are flagged,
the best eight at most.
"""

from __future__ import annotations

from briefs.extract.labels import GLUED
from briefs.models import Figure

_TIME = {"years", "decades", "months", "weeks", "days", "hours", "minutes", "seconds", "centuries"}
_MONEY = {"USD", "EUR", "GBP", "JPY", "CNY", "MXN", "INR", "CAD", "AUD", "CHF", "RUB"}


def key_score(f: Figure, repeat: bool, n_paragraphs: int) -> float:
    """How much a figure looks like a headline number (higher is more key)."""
    value = abs(float(f.value))
    s = 0.0
    # position: the lede and the next paragraph carry the headline numbers
    if f.paragraph <= 1:
        s += 1.5
    elif f.paragraph <= 3:
        s += 0.5
    elif n_paragraphs and f.paragraph > 0.7 * n_paragraphs:
        s -= 0.3
    if value >= 1e6:
        s += 1.5
    elif value >= 1000:
        s += 0.5
    if f.qualifier:
        s += 0.7
    if f.unit in _MONEY or f.unit in ("%", "points"):
        s += 0.4
    elif f.unit in _TIME:
        s -= 0.8
    elif f.unit is not None:
        s += 0.8  # kilograms, tons, miles: measured quantities
    if f.label == "age":
        s -= 3.0
    if not any(ch.isdigit() for ch in f.text) and value < 100:
        s -= 1.2 if value <= 3 else 0.4  # "two women", "four liberals"
    if f.in_quote:
        s -= 0.3
    if repeat:
        s -= 10.0  # the same number again is never a new headline
    if not f.label:
        s -= 1.0  # a number that names nothing does not stand alone in a list
    if GLUED.search(f.text):
        s -= 3.0  # "34 postsGet LivefyreFAQSign": a page widget's count, not the story's
    return s


MAX_KEYS = 8


def key_quota(n_figures: int) -> int:
    """How many figures to flag at most: a "By the numbers" panel holds about eight."""
    return min(MAX_KEYS, n_figures)


def select_keys(figures: list[Figure], threshold: float = -0.5) -> None:
    """Flag the key figures in place, best first up to the quota."""
    if not figures:
        return
    n_paragraphs = max(f.paragraph for f in figures) + 1
    seen: set[tuple[float, str | None]] = set()
    scored: list[tuple[float, int]] = []
    for idx, f in enumerate(figures):
        ident = (float(f.value), f.unit)
        scored.append((key_score(f, ident in seen, n_paragraphs), idx))
        seen.add(ident)
    quota = key_quota(len(figures))
    best = sorted((x for x in scored if x[0] >= threshold), key=lambda x: (-x[0], x[1]))[:quota]
    for _, idx in best:
        figures[idx].key = True
