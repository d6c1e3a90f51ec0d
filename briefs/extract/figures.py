"""Figures: the numbers an article reports, with value, unit, label and qualifier.

Only sentences holding a digit or a number word are tokenized
(:mod:`briefs.extract.numbers`); every rule looks at a few tokens around a
number, so extraction is linear in the text. What is not a figure is decided by
context: years, dates, times, ordinals, numbers inside names (COVID-19, Boeing
737, 9/11), phone numbers, addresses and section numbers. Labels come from
:mod:`briefs.extract.labels`, "By the numbers" from :mod:`briefs.extract.keys`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from itertools import compress, count

from briefs.extract.candidate import MAX_VALUE, Candidate
from briefs.extract.figure_words import (
    ID_WORDS,
    IRREGULAR_PAST,
    MONTHS,
    NATIONAL_CURRENCY,
    QUALIFIERS_1,
    STOP,
    STREET_WORDS,
    TIME_SUFFIXES,
)
from briefs.extract.keys import select_keys
from briefs.extract.labels import label_figure, mark_age, unglued
from briefs.extract.numbers import (
    NUMBER_WORDS,
    TENS,
    WORD_SCALES,
    Parsed,
    Token,
    as_number,
    parse_number,
    tokenize,
)
from briefs.extract.phrases import (
    adjective_ed,
    is_cap,
    qualifier_before,
    sentence_start,
    verb_like,
)
from briefs.extract.units import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    HYPHEN_UNITS,
    PERCENT_WORDS,
    POINT_WORDS,
    RATE_PERIODS,
    SUBUNITS,
    TIME_UNITS,
    unit_word,
)
from briefs.models import Figure
from briefs.text import Document, fold, holding, matching, split_sentences


def _excluded_digits(toks: list[Token], i: int, money: bool, p: Parsed) -> bool:
    """Years, dates, times, ordinals, names, phone numbers: a digit token not to count."""
    n = len(toks)
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    prev2 = toks[i - 2] if i > 1 else None
    nxt = toks[p.last + 1] if p.last + 1 < n else None
    raw_next = toks[i + 1] if i + 1 < n else None
    # the denominator of "4 in 10", "one in five"
    if (
        prev is not None
        and prev.low in ("in", "out")
        and prev2 is not None
        and (prev2.is_num or prev2.low in NUMBER_WORDS or prev2.low == "of")
    ):
        return True
    # chains of hyphenated numbers (202-555-0100, 1-2-3-4) are codes, not ranges
    if _in_chain(toks, i):
        return True
    # glued to letters or other numbers: COVID-19, G7, 737-800, 9/11, 4:45, 1990s, 4th
    if prev is not None and not t.gap and not money:
        if prev.is_word:
            return True
        if prev.text in "/:.#" or (
            prev.text == "-"
            and prev2 is not None
            and not prev.gap
            and prev2.is_word
            and prev2.low != "a"
        ):
            return True
        if prev.text == "-" and prev2 is not None and not prev.gap and prev2.is_num:
            # second part of a range or score; a date range ("September 16-19") is not
            return i >= 3 and toks[i - 3].low in MONTHS
    if raw_next is not None and not raw_next.gap:
        if raw_next.text in "/:" and i + 2 < n and toks[i + 2].is_num and not toks[i + 2].gap:
            return True
        if raw_next.is_word and p.last == i:
            if raw_next.low in ("st", "nd", "rd", "th", "s", "am", "pm", "a", "p"):
                return True
            if raw_next.low not in ("k", "m", "bn", "mn", "tn", "b"):
                return True
    if nxt is not None and nxt.low in TIME_SUFFIXES and nxt.gap and not money:
        if nxt.low in ("a", "p"):
            return p.last + 2 < n and toks[p.last + 2].text == "."
        return True
    # dates: "Feb. 9", "September 16-19", "9 September"
    if prev is not None and prev.low in MONTHS:
        return True
    if prev is not None and prev.text == "." and prev2 is not None and prev2.low in MONTHS:
        return True
    if nxt is not None and nxt.low in MONTHS and is_cap(nxt) and not money:
        return True
    # years: four digits, no separator, nothing that makes it a quantity
    if (
        not money
        and p.last == i
        and len(t.text) == 4
        and t.text.isdigit()
        and 1500 <= int(t.text) <= 2100
        and (nxt is None or not (nxt.text == "%" or nxt.low in PERCENT_WORDS or unit_word(nxt.low)))
    ):
        return True
    # identifiers: "No. 5", "section 230", "Boeing 737", "Air Force 1"
    if prev is not None and not money:
        if prev.low in ID_WORDS:
            return True
        if (
            prev.text == "."
            and prev2 is not None
            and prev2.low in ("no", "nos", "vol", "art", "sec")
        ):
            return True
        if (
            is_cap(prev)
            and prev.is_word
            and "'" not in prev.text
            and prev.text != "I"
            and not sentence_start(toks, i - 1)
            and prev.low not in QUALIFIERS_1
            and prev.low not in ("more", "than", "least", "to", "and", "or")
            and (
                nxt is None
                or not (nxt.text == "%" or nxt.low in PERCENT_WORDS or nxt.low in WORD_SCALES)
            )
        ):
            return True
        if prev.text == "#":
            return True
    # phone numbers: 555-1234, 202-555-0100, (202) 555-0100
    if (
        raw_next is not None
        and raw_next.text == "-"
        and not raw_next.gap
        and i + 2 < n
        and toks[i + 2].is_num
        and not toks[i + 2].gap
        and len(toks[i + 2].text) == 4
        and len(t.text) == 3
    ):
        return True
    if (
        prev is not None
        and prev.text == ")"
        and prev2 is not None
        and prev2.is_num
        and len(prev2.text) == 3
    ):
        return True
    # addresses: "1600 Pennsylvania Avenue"
    if nxt is not None and is_cap(nxt) and nxt.is_word and not money:
        for k in range(p.last + 2, min(n, p.last + 5)):
            if toks[k].low in STREET_WORDS and is_cap(toks[k]):
                return True
    return False


def _glued_num(toks: list[Token], j: int) -> bool:
    """toks[j] is "-" glued between numbers: toks[j-1] NUM, toks[j+1] NUM, no spaces."""
    return (
        0 < j < len(toks) - 1
        and toks[j].text == "-"
        and not toks[j].gap
        and not toks[j + 1].gap
        and toks[j - 1].is_num
        and toks[j + 1].is_num
    )


def _in_chain(toks: list[Token], i: int) -> bool:
    """The number at i is part of NUM-NUM-NUM (three or more numbers joined by hyphens)."""
    left = 0
    j = i - 1
    while left < 2 and _glued_num(toks, j):
        left += 1
        j -= 2
    right = 0
    j = i + 1
    while right < 2 and _glued_num(toks, j):
        right += 1
        j += 2
    return left + right >= 2


def _parse_at(toks: list[Token], i: int) -> Candidate | None:
    """A figure starting at toks[i] (currency, number, scale, unit), without its label."""
    n = len(toks)
    t = toks[i]
    unit: str | None = None
    start = i
    if t.text in CURRENCY_SYMBOLS and i + 1 < n and toks[i + 1].is_num and not toks[i + 1].gap:
        unit = CURRENCY_SYMBOLS[t.text]
        if t.text == "$" and i > 0 and not t.gap and toks[i - 1].low in DOLLAR_PREFIXES:
            unit = DOLLAR_PREFIXES[toks[i - 1].low]
            start = i - 1
        i += 1
    elif t.low in CURRENCY_CODES and t.text.isupper() and i + 1 < n and toks[i + 1].is_num:
        unit = CURRENCY_CODES[t.low]
        i += 1
    elif t.is_num and t.gap is False and i > 0 and toks[i - 1].text in CURRENCY_SYMBOLS:
        return None  # handled from the symbol
    p = parse_number(toks, i)
    if p is None:
        return None
    money = unit is not None
    if not p.words and _excluded_digits(toks, i, money, p):
        return None
    elliptic = False
    if p.words and not _word_ok(toks, p):
        if not _elliptic_ok(toks, p):
            return None
        elliptic = True
    value = p.value
    scale = 1.0
    if p.last > p.first and toks[p.last].low in (
        "thousand",
        "million",
        "billion",
        "trillion",
        "k",
        "m",
        "mn",
        "bn",
        "b",
        "tn",
    ):
        scale = 1e3 if toks[p.last].low in ("thousand", "k") else 0.0
        if toks[p.last].low in ("million", "m", "mn"):
            scale = 1e6
        elif toks[p.last].low in ("billion", "bn", "b"):
            scale = 1e9
        elif toks[p.last].low in ("trillion", "tn"):
            scale = 1e12
    if not 0 <= value < MAX_VALUE:
        return None  # runs of digits, not a quantity anyone reports
    c = Candidate(start, p.last, value, unit, None, None, scale, p.words, p.compound)
    c.num = p.first
    c.elliptic = elliptic
    _unit_after(toks, c)
    return c


def _elliptic_ok(toks: list[Token], p: Parsed) -> bool:
    """A bare spelled-out number after "than"/"with"/a comma may stand for an earlier figure."""
    first = toks[p.first]
    if first.low in ("one", "zero") or (is_cap(first) and not sentence_start(toks, p.first)):
        return False
    prev = toks[p.first - 1] if p.first > 0 else None
    nxt = toks[p.last + 1] if p.last + 1 < len(toks) else None
    if nxt is not None and nxt.low == "of":
        # "six of the past seven contests": the count comes after
        return any(
            toks[j].is_num or toks[j].low in NUMBER_WORDS
            for j in range(p.last + 2, min(len(toks), p.last + 6))
        )
    return prev is not None and (prev.low in ("than", "with", "versus", "vs") or prev.text == ",")


def _word_ok(toks: list[Token], p: Parsed) -> bool:
    """A spelled-out number counts when it is plainly a quantity, not "one of them"."""
    first = toks[p.first]
    if (
        is_cap(first)
        and not sentence_start(toks, p.first)
        and (p.first == 0 or toks[p.first - 1].low not in ("a", "an"))
    ):
        return False  # Air Force One, the Fantastic Four
    if first.low == "zero":
        return False
    nxt = toks[p.last + 1] if p.last + 1 < len(toks) else None
    if p.compound:
        return True
    if nxt is None:
        return False
    if nxt.text == "-" and not nxt.gap:
        # two-year, ten-point, 52-count; but "a two-party system", "the seven-man debate"
        # name a kind, not a count
        after = toks[p.last + 2] if p.last + 2 < len(toks) else None
        return first.is_num or after is None or not after.is_word or bool(
            unit_word(after.low) or after.low in POINT_WORDS or after.low in PERCENT_WORDS)
    if nxt.low in TIME_SUFFIXES or (nxt.low == "o" and p.last + 2 < len(toks)):
        return False  # three o'clock, five p.m.
    if p.first > 0 and toks[p.first - 1].low in ("couple", "few", "several", "many"):
        return False  # a couple dozen, a few hundred
    if (
        nxt.text == "%"
        or nxt.low in PERCENT_WORDS
        or nxt.low in POINT_WORDS
        or nxt.low in ("percentage", "basis")
    ):
        return not (first.low == "one" and nxt.low == "point")
    if first.low == "one":
        # "one" is mostly a pronoun; only with a unit ("one year") or a range ("one to two")
        return bool(unit_word(nxt.low)) or nxt.low == "to"
    if nxt.low == "to" or nxt.low == "or":
        return True  # ranges, resolved later
    if nxt.is_word and nxt.low not in STOP and nxt.low not in IRREGULAR_PAST:
        return not verb_like(nxt) or adjective_ed(toks, p.last + 1)
    return bool(unit_word(nxt.low))


def _unit_after(toks: list[Token], c: Candidate) -> None:
    """Extend the figure over its unit: %, percent, points, currency words, kg, years…"""
    n = len(toks)
    k = c.last + 1
    if k >= n:
        return
    t = toks[k]
    if c.unit is None:
        if t.text == "%":
            c.unit, c.last = "%", k
            return
        if t.low in PERCENT_WORDS:
            c.unit, c.last = "%", k
            return
        if t.low == "per" and k + 1 < n and toks[k + 1].low == "cent":
            c.unit, c.last = "%", k + 1
            return
        if t.low == "percentage" and k + 1 < n and toks[k + 1].low in POINT_WORDS:
            c.unit, c.last = "points", k + 1
            return
        if t.low == "basis" and k + 1 < n and toks[k + 1].low in POINT_WORDS:
            c.unit, c.last = "basis points", k + 1
            return
        if t.low in POINT_WORDS and t.gap:
            c.unit, c.last = "points", k
            return
        if t.low in CURRENCY_WORDS and t.gap:
            c.unit, c.last = CURRENCY_WORDS[t.low], k
            return
        if t.low in NATIONAL_CURRENCY and k + 1 < n and toks[k + 1].low in CURRENCY_WORDS:
            c.unit, c.last = NATIONAL_CURRENCY[t.low].get(toks[k + 1].low, "USD"), k + 1
            if c.unit == "USD" and toks[k + 1].low not in ("dollar", "dollars"):
                c.unit = CURRENCY_WORDS[toks[k + 1].low]
            return
        if t.low in SUBUNITS and t.gap:
            unit, factor = SUBUNITS[t.low]
            c.unit, c.value, c.last = unit, c.value * factor, k
            return
        if (
            t.low == "square"
            and k + 1 < n
            and unit_word(toks[k + 1].low) in ("miles", "km", "feet", "m")
        ):
            c.unit, c.last = "square " + unit_word(toks[k + 1].low), k + 1  # 300 square miles
            return
        u = unit_word(t.low)
        if u and t.gap:
            c.unit, c.last = u, k
            if k + 1 < n and toks[k + 1].low == "old" and u in TIME_UNITS.values():
                c.age, c.last = True, k + 1  # 63 years old, three months old
            return
    if t.text == "-" and not t.gap and k + 1 < n and not toks[k + 1].gap:
        w = toks[k + 1]
        if w.low == "plus":
            c.qualifier, c.last = "more than", k + 1
            _unit_after(toks, c)
            return
        if (
            c.unit is None
            and w.low == "square"
            and k + 3 < n
            and toks[k + 2].text == "-"
            and unit_word(toks[k + 3].low) in ("miles", "km", "feet", "m")
        ):
            c.unit, c.last = "square " + unit_word(toks[k + 3].low), k + 3  # 1.4-square-mile
            return
        if c.unit is None and w.low in HYPHEN_UNITS:
            c.unit, c.last = HYPHEN_UNITS[w.low], k + 1
            # 63-year-old
            if (
                w.low == "year"
                and k + 3 < n
                and toks[k + 2].text == "-"
                and toks[k + 3].low == "old"
            ):
                c.age, c.last = True, k + 3
            return
        if c.unit is None and w.low in ("point", "percent"):
            c.unit, c.last = ("points" if w.low == "point" else "%"), k + 1
            return
        if c.unit is None and w.low == "count":
            c.label, c.last = "counts", k + 1
            return
        if (
            w.low in ("an", "a")
            and k + 3 < n
            and toks[k + 2].text == "-"
            and toks[k + 3].low in RATE_PERIODS
        ):
            c.rate, c.last = f"{w.low} {toks[k + 3].low}", k + 3  # $12-an-hour
            return
    if t.low in ("years", "year") and k + 1 < n and toks[k + 1].low == "old" and c.unit is None:
        c.unit, c.age, c.last = "years", True, k + 1


def _trailing_qualifier(toks: list[Token], c: Candidate) -> None:
    """ "or more", "or less", "or so", "plus" after the figure."""
    n = len(toks)
    k = c.last + 1
    if k + 1 < n and toks[k].low == "or":
        w = toks[k + 1].low
        q = {
            "more": "at least",
            "higher": "at least",
            "greater": "at least",
            "less": "up to",
            "fewer": "up to",
            "lower": "up to",
            "so": "about",
        }.get(w)
        if q and (k + 2 >= n or toks[k + 2].low != "than"):
            c.qualifier, c.last = q, k + 1
    elif k < n and toks[k].low == "plus" and toks[k].gap and (k + 1 >= n or not toks[k + 1].is_num):
        c.qualifier, c.last = "more than", k


def _range_second(toks: list[Token], c: Candidate) -> int | None:
    """Index where the second number of a range starts ("5 to 10", "5-4", "$30,000 and $60,000")."""
    n = len(toks)
    k = c.last + 1
    if k + 1 >= n:
        return None
    t = toks[k]
    if (
        t.text == "-"
        and not t.gap
        and not toks[k + 1].gap
        and (toks[k + 1].is_num or toks[k + 1].text in CURRENCY_SYMBOLS)
    ):
        return k + 1
    if t.low in ("to", "and", "or") or (t.text == "-" and t.gap):
        j = k + 1
        q, _ = qualifier_before(toks, j + 2) if j + 2 < n else (None, j)
        if q and j + 2 < n and toks[j].low in ("more", "less", "at", "up", "as", "nearly", "about"):
            j = j + 2 if toks[j + 1].low in ("than", "least", "to", "most") else j + 1
        if toks[j].is_num or toks[j].text in CURRENCY_SYMBOLS or toks[j].low in NUMBER_WORDS:
            if t.low == "and" and not _between_before(toks, c.first):
                return None
            return k + 1
    return None


def _between_before(toks: list[Token], i: int) -> bool:
    """ "between"/"from" just before toks[i]: "and" then joins a range ("between 5 and 9")."""
    j = i - 1
    while j >= 0 and j >= i - 3:
        if toks[j].low in ("between", "from"):
            return True
        j -= 1
    return False


def _quote_spans(para: str, folded: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks (curly or straight) in one paragraph."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    idx = -1
    if "''" in folded:
        folded = folded.replace("''", '"\x01')  # NYT-style '' marks, same length
    while True:
        idx = folded.find('"', idx + 1)
        if idx < 0:
            break
        orig = para[idx]
        if orig == "“" or (orig in "\"'" and open_at < 0):
            if open_at < 0:
                open_at = idx
        elif open_at >= 0:
            spans.append((open_at, idx + 1))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(para)))
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> tuple[int, int] | None:
    """The span (sorted, non-overlapping) containing ``offset``, found by bisection."""
    k = bisect_right(starts, offset) - 1
    if k >= 0 and spans[k][0] <= offset < spans[k][1]:
        return spans[k]
    return None


# tokens that can open a figure: number words, "a"/"an" (a dozen), currency symbols
_STARTERS = frozenset(NUMBER_WORDS | {"a", "an"} | set(CURRENCY_SYMBOLS))


_STARTERS = frozenset(NUMBER_WORDS | {"a", "an"} | set(CURRENCY_SYMBOLS))
CURRENCY_CODES_UPPER = frozenset(code.upper() for code in CURRENCY_CODES)


# A figure candidate is a digit or a number word (in lower-case text). The digit is
# looked for on its own first: a one-class pattern is scanned fast, and most text with
# a figure has one; only text without a digit pays for the word pattern, which is tried
# at every position (written as a trie because it is searched a lot, behind a look-ahead
# on the words' first letters).
_DIGIT = re.compile(r"[0-9]")
_DIGITS = tuple("0123456789")
_NUMBER_WORD = re.compile(
    r"\b(?=[tfsendhmb])(?:t(?:wo|hree|en|welve|hirt(?:een|y)|housand|rillion|wenty)"
    r"|f(?:our(?:teen)?|ive|ifteen|ifty|orty)|s(?:ix(?:teen|ty)?|even(?:teen|ty)?)"
    r"|e(?:ight(?:een|y)?|leven)|n(?:ine(?:teen|ty)?)|dozen|hundred|million|billion)\b"
)


# the same search in ASCII text (most text), where ASCII \b is cheaper than Unicode's
_NUMBER_WORD_ASCII = re.compile(_NUMBER_WORD.pattern, re.ASCII)


def _has_candidate(low: str, start: int = 0, end: int = sys.maxsize) -> bool:
    """Does ``low[start:end]`` hold a digit or a number word?"""
    words = _NUMBER_WORD_ASCII if low.isascii() else _NUMBER_WORD
    return bool(_DIGIT.search(low, start, end) or words.search(low, start, end))


def _holding_candidates(lowered: list[str]) -> list[bool]:
    """For each lower-cased text, whether it holds a digit or a number word."""
    found = holding(lowered, _DIGITS)  # a fast search per digit, not a class at every character
    rest = [i for i, hit in enumerate(found) if not hit]
    texts = [lowered[i] for i in rest]
    words = _NUMBER_WORD_ASCII if all(map(str.isascii, texts)) else _NUMBER_WORD
    for i, hit in zip(rest, matching(texts, words), strict=True):
        found[i] = hit
    return found


def figures_in_paragraph(
    para: str, sentences: list[tuple[int, int]] | None = None, folded: str | None = None,
    low: str | None = None,
) -> list[tuple[Candidate, int, int]]:
    """Candidate figures of one paragraph with their (start, end) character offsets.

    Only runs of sentences holding a digit or a number word are tokenized: most
    prose has none, and each sentence is searched once, so the cost stays linear.
    A caller that already found a candidate in the lowered folded paragraph passes
    it as ``low`` (no second search of the whole paragraph).
    """
    if folded is None:
        folded = fold(para)
    if low is None:
        low = folded.lower()
        if not _has_candidate(low):
            return []
    if sentences is None:
        sentences = split_sentences(para)
    # sentences start after whitespace, so searching the lowered paragraph between a
    # sentence's bounds sees what searching the lowered sentence would (unless lower()
    # changed the length, as it does for a few letters such as "İ")
    same = len(low) == len(folded)
    result: list[tuple[Candidate, int, int]] = []
    seg_start = seg_end = -1
    for a, b in sentences:
        if _has_candidate(low, a, b) if same else _has_candidate(folded[a:b].lower()):
            if seg_start < 0:
                seg_start = a
            seg_end = b
        elif seg_start >= 0:
            result.extend(_figures_in_segment(para, folded, seg_start, seg_end))
            seg_start = -1
    if seg_start >= 0:
        result.extend(_figures_in_segment(para, folded, seg_start, seg_end))
    return result


def _figures_in_segment(
    para: str, folded: str, start: int, end: int
) -> list[tuple[Candidate, int, int]]:
    """Figures in ``para[start:end]`` (whole sentences), offsets in the paragraph."""
    toks = tokenize(folded, start, end)
    n = len(toks)
    out: list[Candidate] = []
    i = 0
    pending: Candidate | None = None  # first part of a range waiting for its second part
    pending_at = -1  # where its second part should start
    while i < n:
        t = toks[i]
        if not (t.is_num or t.low in _STARTERS or (t.text in CURRENCY_CODES_UPPER)) or (
                not t.gap and i and t.text in CURRENCY_SYMBOLS and not toks[i - 1].is_word):
            i += 1  # "$$5", "5$5": a symbol glued to another symbol is no money
            continue
        if t.is_num and _glued_num(toks, i + 1) and _glued_num(toks, i + 3):
            while _glued_num(toks, i + 1):
                i += 2  # a code such as 202-555-0100 or 1-2-3-4: skip it whole
            i += 1
            continue
        c = _parse_at(toks, i)
        if c is None:
            i = _skip_compound(toks, i)
            continue
        q, qfirst = qualifier_before(toks, c.first)
        if q and not (q == "over" and c.unit in TIME_UNITS.values()):
            c.qualifier = c.qualifier or q
            c.first = qfirst
        _trailing_qualifier(toks, c)
        if pending is not None and c.num <= pending_at + 4:
            pending.linked_to = c  # the second number of the range
            c.linked_from = pending
        pending = None
        second = _range_second(toks, c)
        out.append(c)
        if second is not None:
            pending, pending_at = c, second
            i = second
            continue
        i = c.last + 1
    for c in out:
        if c.unit is None and c.label is None and not c.elliptic:
            mark_age(toks, c)
    # labels, then ranges: the first part borrows unit, scale and label from the second
    for c in out:
        if c.linked_to is not None and c.label is None and not c.age:
            continue
        if c.label is None:
            label_figure(toks, c, para)
    for c in reversed(out):
        other = c.linked_to
        if other is None:
            continue
        if c.unit is None and other.unit is not None:
            c.unit = other.unit
        if c.scale == 1.0 and other.scale > 1.0 and c.value * other.scale <= other.value * 1.0001:
            c.value *= other.scale
        if c.label is None:
            c.label = other.label
        if other.label is None and c.label is not None:
            other.label, other.unit = c.label, other.unit or c.unit
        c.rate = c.rate or other.rate
    # "six of the past seven contests": the first takes the second's label
    for idx in range(len(out) - 1):
        c, nxt_c = out[idx], out[idx + 1]
        if c.label is None and c.elliptic and nxt_c.label is not None:
            between = folded[toks[c.last].end : toks[nxt_c.first].start]
            if len(between) < 25 and " of " in between:
                c.label, c.unit = nxt_c.label, c.unit or nxt_c.unit
    # elliptical numbers: "10 judges rather than 11", "Of the 10 judges …, six were"
    result = []
    prev: Candidate | None = None
    for c in out:
        if (
            c.weak
            and prev is not None
            and c.unit == prev.unit
            and prev.label
            and not any(ch in folded[toks[prev.last].end : toks[c.first].start] for ch in ".!?;")
        ):
            c.label = prev.label  # "the top 1 percent of taxpayers …, while the lower 95 percent"
        if c.label is None and prev is not None and (c.unit is None or c.unit == prev.unit):
            between = folded[toks[prev.last].end : toks[c.first].start]
            if len(between) < 120 and not any(ch in between for ch in ".!?"):
                c.label = prev.label
                c.unit = c.unit or prev.unit
        if c.label is not None or c.unit is not None:
            prev = c
        if c.label is None and c.unit is None:
            continue  # a bare number with nothing counted
        if (
            c.linked_from is not None
            and c.value == 1
            and c.unit is None
            and c.linked_from.value > 1
        ):
            continue  # "4 to 1": a ratio, the first number carries it
        result.append((c, toks[c.first].start, toks[max(c.last, c.label_end)].end))
    return result


def _skip_compound(toks: list[Token], i: int) -> int:
    """Past a rejected spelled-out number, including "-four" of "Seventy-four"."""
    if (
        toks[i].low in TENS
        and i + 2 < len(toks)
        and toks[i + 1].text == "-"
        and not toks[i + 1].gap
    ):
        return i + 3
    return i + 1


def extract_figures(doc: Document) -> list[Figure]:
    """Every figure in reading order; the few that belong in "By the numbers" get key=True."""
    figures: list[Figure] = []
    sentence_paragraphs = [s.paragraph for s in doc.sentences]  # in reading order
    folded_all = doc.folded()
    lowered = list(map(str.lower, folded_all))
    for p_index in compress(count(), _holding_candidates(lowered)):
        para, folded = doc.paragraphs[p_index], folded_all[p_index]
        first = bisect_left(sentence_paragraphs, p_index)
        last = bisect_right(sentence_paragraphs, p_index, first)
        sents = [(s.start, s.end) for s in doc.sentences[first:last]]
        found = figures_in_paragraph(para, sents or None, folded, lowered[p_index])
        if not found:
            continue
        quotes = _quote_spans(para, folded)
        quote_starts = [a for a, _ in quotes]
        sent_starts = [a for a, _ in sents]
        for c, start, end in found:
            sent = _inside(sents, sent_starts, start)
            figures.append(
                Figure(
                    text=para[start:end],
                    value=as_number(c.value),
                    unit=c.unit,
                    label=unglued(c.label),
                    qualifier=c.qualifier,
                    sentence=para[sent[0] : sent[1]] if sent else para,
                    paragraph=p_index,
                    in_quote=_inside(quotes, quote_starts, start) is not None,
                    start=start,
                    end=end,
                )
            )
    select_keys(figures)
    return figures
