"""Numbers as printed in news: digits with separators, number words, scales.

Works on a token list (see :func:`tokenize`) so every rule looks at a bounded
window of tokens: no regex backtracking, linear in the text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Container
from dataclasses import dataclass

# Tokens: numbers with separators/decimals, words (with inner apostrophes), or any
# other single non-space character. Offsets are kept so callers can cut the original.
# (Possessive quantifiers: nothing after them can fail, so no backtracking state is kept.)
_TOKEN = re.compile(r"[0-9]++(?:,[0-9]{3})*+(?:\.[0-9]+)?+|[A-Za-z]++(?:'[A-Za-z]+)?+|\S")


@dataclass(slots=True)
class Token:
    """One token: its text, lower-cased text, span and whether a space precedes it."""

    text: str
    low: str
    start: int
    end: int
    gap: bool  # whitespace (or start of text) before this token
    is_num: bool  # ASCII digits
    is_word: bool  # letters


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets in ``text`` (use a folded view)."""
    out: list[Token] = []
    append = out.append
    prev_end = -1
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s = m.group()
        a, b = m.span()
        c = s[0]
        word = c.isalpha()
        append(Token(s, s.lower() if word else s, a, b, a != prev_end, "0" <= c <= "9", word))
        prev_end = b
    return out


UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # abbreviations, only when glued to digits or after them
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
WORD_SCALES = {"thousand", "million", "billion", "trillion"}
GLUED_SCALES = {"k", "m", "mn", "bn", "b", "tn"}
NUMBER_WORDS = set(UNITS) | set(TENS) | {"hundred", "dozen", "half"} | WORD_SCALES


def digits_value(text: str) -> float:
    """The value of a digit token such as "1,500" or "16.50"."""
    return float(text.replace(",", ""))


def as_number(value: float) -> float | int:
    """An int when the value is whole (JSON shows 53000000, not 53000000.0)."""
    if not math.isfinite(value):
        return 0
    if abs(value) < 1e18 and value == int(value):
        return int(value)
    return round(value, 6)


@dataclass(slots=True)
class Parsed:
    """A number found at a token position: its value and the tokens it spans."""

    value: float
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    words: bool  # spelled out in words ("three"), not digits
    compound: bool = False  # hyphenated word number ("forty-three") or with a scale


def _word_number(toks: list[Token], i: int) -> Parsed | None:
    """A spelled-out number starting at ``toks[i]``: "three", "forty-three",
    "two hundred", "a dozen", "seven and a half", "a billion"."""
    n = len(toks)
    low = toks[i].low
    j = i
    compound = False
    if low == "half" and i + 2 < n and toks[i + 1].low in ("a", "an"):
        # half a dozen, half a million
        scale = toks[i + 2].low
        if scale == "dozen":
            return Parsed(6.0, i, i + 2, True, True)
        if scale in WORD_SCALES:
            return Parsed(SCALES[scale] / 2, i, i + 2, True, True)
        return None
    if low in ("a", "an"):
        if i + 1 < n and toks[i + 1].low in (
            "dozen",
            "hundred",
            "thousand",
            "million",
            "billion",
            "trillion",
        ):
            value = 1.0
            j = i + 1
            low = toks[j].low
            compound = True
            if low == "dozen":
                return Parsed(12.0, i, j, True, True)
            value = 100.0 if low == "hundred" else SCALES[low]
            return Parsed(value, i, j, True, True)
        return None
    if low in UNITS:
        value = float(UNITS[low])
    elif low in TENS:
        value = float(TENS[low])
        # forty-three
        if _hyphen_then(toks, j, UNITS) and UNITS[toks[j + 2].low] < 10:
            value += UNITS[toks[j + 2].low]
            j += 2
            compound = True
    elif low == "dozen":
        value = 12.0
    elif low in WORD_SCALES:
        # bare "billion people" (after "those", "the") counts as one billion
        if i > 0 and toks[i - 1].text == "-" and not toks[i].gap:
            return None  # "-million" glued to something else
        return Parsed(SCALES[low], i, i, True, True)
    else:
        return None
    # "two hundred", "three thousand", "two billion", "a dozen"
    if j + 1 < n and toks[j + 1].low == "hundred":
        value *= 100
        j += 1
        compound = True
        if (
            j + 2 < n
            and toks[j + 1].low == "and"
            and (toks[j + 2].low in UNITS or toks[j + 2].low in TENS)
        ):
            sub = _word_number(toks, j + 2)
            if sub is not None and sub.value < 100:
                value += sub.value
                j = sub.last
    if j + 1 < n and toks[j + 1].low == "dozen":
        value *= 12
        j += 1
        compound = True
    # "seven and a half"
    if (
        j + 3 < n
        and toks[j + 1].low == "and"
        and toks[j + 2].low == "a"
        and toks[j + 3].low == "half"
    ):
        value += 0.5
        j += 3
        compound = True
    if j + 1 < n and toks[j + 1].low in WORD_SCALES:
        value *= SCALES[toks[j + 1].low]
        j += 1
        compound = True
    elif _hyphen_then(toks, j, WORD_SCALES):
        value *= SCALES[toks[j + 2].low]  # "a two-million-person list"
        j += 2
        compound = True
    return Parsed(value, i, j, True, compound)


def _hyphen_then(toks: list[Token], j: int, words: Container[str]) -> bool:
    """Is ``toks[j]`` glued by a hyphen to one of ``words`` ("forty-three", "two-million")?"""
    return (j + 2 < len(toks) and toks[j + 1].text == "-" and not toks[j + 1].gap
            and not toks[j + 2].gap and toks[j + 2].low in words)


def parse_number(toks: list[Token], i: int) -> Parsed | None:
    """The number starting at ``toks[i]`` (digits or words), with any scale after it."""
    t = toks[i]
    if t.is_num:
        value = digits_value(t.text)
        j = i
        n = len(toks)
        if j + 1 < n:
            nxt = toks[j + 1]
            if not nxt.gap and nxt.low in GLUED_SCALES:
                # 1.2bn, $53m, 10k — only when nothing else is glued after it
                if j + 2 >= n or toks[j + 2].gap or not toks[j + 2].is_word:
                    return Parsed(value * SCALES[nxt.low], i, j + 1, False, True)
            elif nxt.low in WORD_SCALES or (nxt.low in ("bn", "mn", "tn") and nxt.gap):
                return Parsed(value * SCALES[nxt.low], i, j + 1, False, True)
        return Parsed(value, i, j, False)
    if t.is_word:
        return _word_number(toks, i)
    return None
