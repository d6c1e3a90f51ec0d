"""Key figures: the few numbers that belong in "By the numbers".

A headline number is reported by the article itself (not only inside a quote),
says how much or how many of something, and is not a repeat, an age or a small
spelled-out count ("two women"). Each figure gets a score from these signs and
the best few are flagged.
"""

from __future__ import annotations

from briefs.models import Figure

_TIME = {"years", "decades", "months", "weeks", "days", "hours", "minutes", "seconds", "centuries"}


def _score(f: Figure, seen: set[tuple[float, str | None]]) -> float:
    s = 0.0
    value = float(f.value)
    if f.unit in ("USD", "EUR", "GBP", "JPY", "CNY", "MXN", "INR", "CAD", "AUD"):
        s += 2.0
    elif f.unit in ("%", "points"):
        s += 1.5
    elif f.unit in _TIME:
        s -= 1.0
    elif f.unit is not None:
        s += 1.5
    if f.unit is None:
        s += 1.0 if value >= 10 else 0.0
    if value >= 1e6:
        s += 1.0
    if f.qualifier:
        s += 0.5
    if f.in_quote:
        s -= 1.5
    if f.label == "age":
        s -= 3.0
    if (value, f.unit) in seen:
        s -= 2.0
    text = f.text.lower()
    if f.unit is None and value < 10 and not any(ch.isdigit() for ch in text):
        s -= 1.0  # "two women", "four liberals"
    return s


def select_keys(figures: list[Figure], threshold: float = 1.0, limit: int = 12) -> None:
    """Flag the key figures in place (at most ``limit``, best first)."""
    seen: set[tuple[float, str | None]] = set()
    scored: list[tuple[float, int]] = []
    for idx, f in enumerate(figures):
        s = _score(f, seen)
        seen.add((float(f.value), f.unit))
        scored.append((s, idx))
    best = sorted((x for x in scored if x[0] >= threshold), key=lambda x: (-x[0], x[1]))[:limit]
    for _, idx in best:
        figures[idx].key = True
