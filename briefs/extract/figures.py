"""Figures: the numbers an article reports, with value, unit, label and qualifier.

Each paragraph is tokenized once (:mod:`briefs.extract.numbers`); every rule looks
at a few tokens around a number, so extraction is linear in the text. What is not
a figure is decided by context: years, dates, times, ordinals, numbers inside names
(COVID-19, Boeing 737, 9/11), phone numbers, addresses and section numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefs.extract.keys import select_keys
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
from briefs.text import Document, fold, split_sentences

MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Words before a number that make it an identifier, not a quantity
ID_WORDS = frozenset(
    [
        "no",
        "nos",
        "number",
        "episode",
        "episodes",
        "section",
        "sections",
        "chapter",
        "chapters",
        "season",
        "page",
        "pages",
        "article",
        "articles",
        "amendment",
        "route",
        "highway",
        "interstate",
        "flight",
        "room",
        "suite",
        "apartment",
        "apt",
        "proposition",
        "prop",
        "rule",
        "title",
        "level",
        "grade",
        "category",
        "phase",
        "stage",
        "version",
        "model",
        "item",
        "exhibit",
        "paragraph",
        "volume",
        "vol",
        "issue",
        "game",
        "round",
        "lane",
        "gate",
        "precinct",
        "ward",
        "district",
        "act",
        "clause",
        "paragraphs",
        "verse",
        "psalm",
        "line",
        "row",
        "seat",
        "pier",
        "dock",
        "unit",
        "platform",
        "channel",
        "track",
        "code",
        "bill",
        "part",
        "parts",
        "resolution",
        "hr",
        "size",
        "rank",
        "ranked",
        "ranking",
        "no.",
        "vs",
        "versus",
    ]
)
TIME_SUFFIXES = frozenset(
    [
        "am",
        "pm",
        "a",
        "p",
        "gmt",
        "utc",
        "et",
        "est",
        "edt",
        "pst",
        "pdt",
        "cst",
        "cdt",
        "bst",
        "cet",
        "o'clock",
    ]
)
STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "place",
        "pl",
        "court",
        "ct",
        "highway",
        "hwy",
        "parkway",
        "pkwy",
        "square",
        "sq",
        "terrace",
        "plaza",
    ]
)
QUALIFIERS_2 = {
    ("more", "than"): "more than",
    ("less", "than"): "less than",
    ("fewer", "than"): "less than",
    ("at", "least"): "at least",
    ("at", "most"): "up to",
    ("up", "to"): "up to",
    ("as", "many"): "up to",
    ("as", "much"): "up to",
    ("as", "high"): "up to",
    ("as", "few"): "at least",
    ("as", "little"): "at least",
    ("close", "to"): "nearly",
    ("an", "estimated"): "about",
    ("just", "over"): "over",
    ("just", "under"): "less than",
    ("well", "over"): "over",
    ("upwards", "of"): "more than",
    ("in", "excess"): "more than",
    ("nearly", "all"): "nearly",
}
QUALIFIERS_1 = {
    "over": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "estimated": "about",
    "approx": "about",
    "under": "less than",
    "below": "less than",
    "above": "over",
    "exceeds": "more than",
    "exceeded": "more than",
    "exceed": "more than",
    "approaches": "nearly",
    "approaching": "nearly",
    "only": None,
    "just": None,
}
# "as many as" / "as high as": the third word
_AS_AS = {"many", "much", "high", "few", "little", "low", "long"}

# Words that end a label phrase (function words, auxiliaries, common verbs)
STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "its",
        "our",
        "your",
        "my",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "without",
        "about",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "since",
        "until",
        "than",
        "then",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "as",
        "if",
        "because",
        "while",
        "when",
        "where",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "nor",
        "it",
        "they",
        "them",
        "we",
        "us",
        "you",
        "he",
        "she",
        "i",
        "me",
        "him",
        "there",
        "here",
        "each",
        "every",
        "per",
        "all",
        "both",
        "either",
        "neither",
        "any",
        "some",
        "more",
        "most",
        "less",
        "least",
        "such",
        "also",
        "only",
        "just",
        "even",
        "still",
        "again",
        "already",
        "ever",
        "never",
        "very",
        "too",
        "up",
        "down",
        "out",
        "off",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according",
        "including",
        "include",
        "includes",
        "included",
        "more",
        "than",
        "less",
        "fewer",
        "plus",
        "minus",
        "across",
        "among",
        "between",
        "through",
        "throughout",
        "within",
        "against",
        "toward",
        "towards",
        "via",
        "ago",
        "later",
        "earlier",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "percent",
        "pct",
        "percentage",
        "point",
        "points",
        "cent",
        "cents",
        "dollars",
        "dollar",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
    ]
)
STOP = STOP | {"below", "above", "beyond", "rather", "whom", "last", "next", "thereafter"}
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "this",
        "that",
        "these",
        "those",
    ]
)
PRONOUNS = frozenset(
    [
        "it",
        "they",
        "them",
        "we",
        "us",
        "you",
        "he",
        "she",
        "i",
        "me",
        "him",
        "this",
        "that",
        "which",
        "who",
        "what",
    ]
)
EARN_VERBS = frozenset(
    [
        "make",
        "makes",
        "making",
        "made",
        "earn",
        "earns",
        "earning",
        "earned",
        "paid",
        "pay",
        "pays",
        "paying",
        "get",
        "gets",
        "getting",
    ]
)


MAX_VALUE = 1e16  # larger than any real-world quantity in the news (world GDP is ~1e14 USD)


@dataclass(slots=True)
class _Cand:
    """A figure being built: tokens it spans and what is known so far."""

    first: int
    last: int
    value: float
    unit: str | None
    qualifier: str | None
    label: str | None
    scale: float
    words: bool
    compound: bool
    age: bool = False
    rate: str | None = None
    linked_to: _Cand | None = None  # the other end of a range, when this is its first part
    linked_from: _Cand | None = None  # the first end of a range, when this is its second part
    num: int = 0  # index of the number's first token (after currency, before qualifier)
    elliptic: bool = False  # a bare number that may stand for an earlier figure ("six were")
    weak: bool = False  # label is a single word taken from before the figure
    label_end: int = -1  # last token of a counted phrase that belongs to the surface text


def _sentence_start(toks: list[Token], i: int) -> bool:
    """True when toks[i] opens a sentence (or follows an opening quote/bracket)."""
    j = i - 1
    while j >= 0 and toks[j].text in "\"'([":
        j -= 1
    return j < 0 or toks[j].text in ".!?:;" or (toks[j].text == "-" and toks[j].gap)


def _is_cap(t: Token) -> bool:
    return t.text[0].isupper()


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
    if nxt is not None and nxt.low in MONTHS and _is_cap(nxt) and not money:
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
            _is_cap(prev)
            and prev.is_word
            and "'" not in prev.text
            and prev.text != "I"
            and not _sentence_start(toks, i - 1)
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
    if nxt is not None and _is_cap(nxt) and nxt.is_word and not money:
        for k in range(p.last + 2, min(n, p.last + 5)):
            if toks[k].low in STREET_WORDS and _is_cap(toks[k]):
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


def _qualifier_before(toks: list[Token], i: int) -> tuple[str | None, int]:
    """A qualifier ending just before toks[i]: (canonical, index of its first token)."""
    if i >= 3 and toks[i - 3].low == "as" and toks[i - 2].low in _AS_AS and toks[i - 1].low == "as":
        q = "at least" if toks[i - 2].low in ("few", "little", "low") else "up to"
        return q, i - 3
    if i >= 2:
        pair = (toks[i - 2].low, toks[i - 1].low)
        if pair in QUALIFIERS_2:
            return QUALIFIERS_2[pair], i - 2
        if pair[0] == "in" and pair[1] == "excess":
            return "more than", i - 2
    if (
        i >= 3
        and toks[i - 3].low == "in"
        and toks[i - 2].low == "excess"
        and toks[i - 1].low == "of"
    ):
        return "more than", i - 3
    if i >= 1 and toks[i - 1].low in QUALIFIERS_1:
        q = QUALIFIERS_1[toks[i - 1].low]
        if q is None:
            return None, i
        return q, i - 1
    return None, i


def _collect_np(toks: list[Token], k: int, limit: int = 5) -> tuple[int, int] | None:
    """A short noun phrase starting at toks[k]: (first, last) token indices, or None."""
    n = len(toks)
    j = k
    words = 0
    last = -1
    while j < n and words < limit:
        t = toks[j]
        if t.is_word:
            if t.low in ("and", "or") and words and _np_continues(toks, j):
                j += 1
                continue
            if t.low in STOP or t.low in NUMBER_WORDS:
                break
            if words == 0 and (
                (_verb_like(t) and not _adjective_ed(toks, j)) or t.low in IRREGULAR_PAST
            ):
                break
            if words and t.gap and (_verb_like(t) or _verb_after_noun(t)):
                break
            if words == 0 and j + 1 < n and _verb_object(t, toks[j + 1]):
                break  # "50 percent believe that", "22 percent saying they"
            words += 1
            last = j
            j += 1
            continue
        if t.text == "-" and not t.gap and last == j - 1 and j + 1 < n:
            nxt = toks[j + 1]
            if not nxt.gap and nxt.is_word:
                j += 1  # battalion-sized
                continue
            if nxt.gap and nxt.low in ("and", "or"):
                j += 1  # coal- and gas-fired
                continue
        break
    if last < 0:
        return None
    return k, last


_OBJECT_STARTERS = frozenset({"the", "they", "it", "he", "she", "we", "his", "her", "their", "a"})
# verbs that take a "that" clause: "50 percent believe that …" (a noun may take one too)
_THAT_VERBS = frozenset(
    {
        "believe",
        "say",
        "think",
        "agree",
        "know",
        "feel",
        "expect",
        "hope",
        "fear",
        "want",
        "worry",
        "doubt",
        "suspect",
        "assume",
        "insist",
        "claim",
        "argue",
        "contend",
        "admit",
    }
)


def _verb_object(t: Token, nxt: Token) -> bool:
    """A word followed by a clause or an object ("believe that", "saying they") is a verb."""
    if nxt.low == "that" and nxt.gap:
        return t.low in _THAT_VERBS  # "believe that"; "195 countries that …" is a noun
    if nxt.low in _OBJECT_STARTERS and nxt.gap:
        return not _is_cap(t) and (not _plural(t) or t.low in VERBS_S)
    return t.low.endswith("ing") and nxt.low.endswith("ly") and not _is_cap(t)


def _np_continues(toks: list[Token], j: int) -> bool:
    """After "and"/"or" inside a phrase: does a content word follow?"""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if not (
        nxt is not None
        and nxt.is_word
        and nxt.low not in STOP
        and nxt.low not in NUMBER_WORDS
        and not _verb_like(nxt)
    ):
        return False
    # after a plural head ("investors and see") a verb may follow: only nouns continue
    prev = toks[j - 1] if j > 0 else None
    if prev is not None and _plural(prev) and not (_plural(nxt) or _is_cap(nxt)):
        after = toks[j + 2] if j + 2 < len(toks) else None
        return after is not None and after.is_word and _plural(after)  # "lanes and bike paths"
    return True


def _plural(t: Token) -> bool:
    low = t.low
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


IRREGULAR_PAST = frozenset(
    [
        "led",
        "took",
        "spoke",
        "rose",
        "fell",
        "made",
        "went",
        "came",
        "saw",
        "got",
        "gave",
        "held",
        "left",
        "lost",
        "won",
        "ran",
        "paid",
        "told",
        "met",
        "kept",
        "sent",
        "fled",
        "died",
        "lived",
        "sought",
        "began",
        "became",
        "grew",
        "drew",
        "threw",
        "fought",
        "brought",
        "bought",
        "thought",
        "stood",
        "sat",
        "felt",
        "found",
        "rather",
        "voted",
        "say",
        "earn",
        "earned",
        "make",
        "face",
        "faced",
    ]
)
# present-tense verbs that end a noun phrase once its noun has been read ("continents proves")
VERBS_S = frozenset(
    {
        "proves",
        "remains",
        "means",
        "suggests",
        "takes",
        "gives",
        "comes",
        "goes",
        "seems",
        "appears",
        "represents",
        "wants",
        "gets",
        "becomes",
        "helps",
        "keeps",
        "owns",
        "says",
        "makes",
        "expects",
        "tells",
    }
)


def _adjective_ed(toks: list[Token], j: int) -> bool:
    """ "registered voters", "armed men": an -ed word right before a noun."""
    t = toks[j]
    if not t.low.endswith("ed") or t.low in STOP or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.is_word and nxt.gap and nxt.low not in STOP and not _verb_like(nxt)


def _verb_after_noun(t: Token) -> bool:
    """After a noun has been read, "-ing" words and common past forms are verbs."""
    return not _is_cap(t) and (
        t.low in IRREGULAR_PAST or t.low in VERBS_S or (len(t.low) > 5 and t.low.endswith("ing"))
    )


def _verb_like(t: Token) -> bool:
    low = t.low
    if low in STOP:
        return True
    if (
        len(low) > 4
        and low.endswith("ed")
        and not _is_cap(t)
        and (not low.endswith("eed") or (low.endswith("greed") and len(low) > 6))
    ):
        return True
    if (
        len(low) > 4
        and low.endswith("ly")
        and not _is_cap(t)
        and low not in ("family", "supply", "ally")
    ):
        return True
    return low in ("together", "annually", "apiece", "each", "alone", "total", "respectively")


def _collect_back(toks: list[Token], k: int, limit: int = 4) -> tuple[int, int] | None:
    """Content words ending at toks[k] going backwards (a preceding noun phrase)."""
    j = k
    words = 0
    first = -1
    last = -1
    while j >= 0 and words < limit:
        t = toks[j]
        if t.is_word:
            if t.low in DETERMINERS:
                if words:
                    break
                j -= 1
                continue
            if t.low in ("of", "and", "for") and words and j > 0 and toks[j - 1].is_word:
                j -= 1
                continue
            if t.low in STOP or t.low in PRONOUNS:
                break
            if (_verb_like(t) or _verb_after_noun(t)) and not _is_cap(t):
                break
            if last < 0:
                last = j
            first = j
            words += 1
            j -= 1
            continue
        if t.text == "-" and not t.gap and first == j + 1 and j > 0 and toks[j - 1].is_word:
            j -= 1
            continue
        if t.text == "'" and first == j + 1:
            break
        break
    if last < 0:
        return None
    return first, last


def _rate_at(toks: list[Token], k: int) -> tuple[str, int] | None:
    """ "a year", "an hour", "per week", "each year" at toks[k]: (text, last index)."""
    n = len(toks)
    if (
        k + 1 < n
        and toks[k].low in ("a", "an", "per", "each", "every")
        and toks[k + 1].low in RATE_PERIODS
    ):
        return f"{toks[k].low} {toks[k + 1].low}", k + 1
    if k + 1 < n and toks[k].text == "/" and toks[k + 1].low in RATE_PERIODS:
        return f"per {toks[k + 1].low}", k + 1
    return None


def _parse_at(toks: list[Token], i: int) -> _Cand | None:
    """A figure starting at toks[i] (currency, number, scale, unit), without its label."""
    n = len(toks)
    t = toks[i]
    unit: str | None = None
    start = i
    if t.text in CURRENCY_SYMBOLS and not t.gap and i > 0 and not toks[i - 1].is_word:
        return None  # "$$5", "5$5": symbols glued to other symbols are not money
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
    c = _Cand(start, p.last, value, unit, None, None, scale, p.words, p.compound)
    c.num = p.first
    c.elliptic = elliptic
    _unit_after(toks, c)
    return c


def _elliptic_ok(toks: list[Token], p: Parsed) -> bool:
    """A bare spelled-out number after "than"/"with"/a comma may stand for an earlier figure."""
    first = toks[p.first]
    if first.low in ("one", "zero") or (_is_cap(first) and not _sentence_start(toks, p.first)):
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
        _is_cap(first)
        and not _sentence_start(toks, p.first)
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
        return True  # two-year, ten-point
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
        return not _verb_like(nxt) or _adjective_ed(toks, p.last + 1)
    return bool(unit_word(nxt.low))


NATIONAL_CURRENCY = {
    "canadian": {"dollars": "CAD", "dollar": "CAD"},
    "australian": {"dollars": "AUD", "dollar": "AUD"},
    "singapore": {"dollars": "SGD", "dollar": "SGD"},
    "taiwan": {"dollars": "TWD", "dollar": "TWD"},
    "mexican": {"pesos": "MXN", "peso": "MXN"},
    "american": {"dollars": "USD", "dollar": "USD"},
    "swiss": {"francs": "CHF"},
}


def _unit_after(toks: list[Token], c: _Cand) -> None:
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


def _trailing_qualifier(toks: list[Token], c: _Cand) -> None:
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


def _range_second(toks: list[Token], c: _Cand) -> int | None:
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
        q, _ = _qualifier_before(toks, j + 2) if j + 2 < n else (None, j)
        if q and j + 2 < n and toks[j].low in ("more", "less", "at", "up", "as", "nearly", "about"):
            j = j + 2 if toks[j + 1].low in ("than", "least", "to", "most") else j + 1
        if toks[j].is_num or toks[j].text in CURRENCY_SYMBOLS or toks[j].low in NUMBER_WORDS:
            if t.low == "and" and not _between_before(toks, c.first):
                return None
            return k + 1
    return None


def _between_before(toks: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and j >= i - 3:
        if toks[j].low in ("between", "from"):
            return True
        j -= 1
    return False


NOMINAL = {
    # the thing a money verb implies: "lost $916 million" is a loss
    "lose": "loss",
    "loses": "loss",
    "lost": "loss",
    "losing": "loss",
    "fine": "fine",
    "fined": "fine",
    "fines": "fine",
    "raise": "revenue raised",
    "raises": "revenue raised",
    "raised": "funds raised",
    "raising": "funds raised",
    "cost": "cost",
    "costs": "cost",
    "costing": "cost",
    "owe": "debt owed",
    "owes": "debt owed",
    "owed": "debt owed",
    "owing": "debt owed",
    "spend": "spending",
    "spends": "spending",
    "spent": "spending",
    "spending": "spending",
    "borrow": "borrowed",
    "borrowed": "borrowed",
    "borrowing": "borrowed",
    "donate": "donations",
    "donated": "donations",
    "gave": "donations",
    "given": "donations",
    "invest": "investment",
    "invested": "investment",
    "investing": "investing",
    "earn": "pay",
    "earns": "pay",
    "earned": "pay",
    "earning": "earning",
    "make": "pay",
    "makes": "pay",
    "making": "pay",
    "made": "pay",
    "paid": "pay",
    "pay": "pay",
    "sold": "sale",
    "sell": "sale",
    "sells": "sale",
    "bought": "purchase",
    "buy": "purchase",
    "settle": "settlement",
    "settled": "settlement",
    "cut": "cuts",
    "cuts": "cuts",
}


def _label(toks: list[Token], c: _Cand, para: str) -> None:
    """What is counted: the phrase after the figure, an "of"/"in" phrase, or what precedes."""
    n = len(toks)
    k = c.last + 1
    if c.age:
        c.label = "age"
        return
    if (
        c.unit in (None, "%")
        and k + 1 < n
        and toks[k].text in ",:"
        and toks[k + 1].low in POLL_ANSWERS
        and (k + 2 >= n or not toks[k + 2].is_word)
    ):
        c.label = toks[k + 1].low  # "Forty-three, yes; forty-four, no"
        return
    rate = _rate_at(toks, k)
    if rate:
        c.rate = c.rate or rate[0]
        k = rate[1] + 1
    money = c.unit is not None and c.unit.isupper()
    timed = c.unit in TIME_UNITS.values()
    found: tuple[int, int] | None = None
    if money and c.label is None:
        after = _after_money(toks, c, para)
        if after:
            c.label = after
            return
    if (money or c.unit in ("%", "points")) and c.label is None:
        before = _of_before(toks, c)
        if before is not None:
            c.label = para[toks[before[0]].start : toks[before[1]].end] + (
                " " + c.rate if c.rate else ""
            )
            return
    if c.label is None and not (money and c.rate):
        if k < n and toks[k].low in ("more", "additional", "new", "other", "fewer", "extra"):
            found = _collect_np(toks, k + 1)
            if found:
                found = (k, found[1])
        elif not (timed and c.rate is None and k < n and toks[k].low == "of"):
            found = _collect_np(toks, k)
        if found is None and k + 1 < n and toks[k].low in ("of", "in", "for", "on") and toks[k].gap:
            found = _prep_phrase(toks, k, c)
        if found is not None:
            if c.unit is None and found[0] == k and not c.rate:
                c.label_end = found[1]  # "288 arrests": the counted noun is part of the text
            found = _extend_pp(toks, found, allow_in=money)
            c.label = para[toks[found[0]].start : toks[found[1]].end]
            if c.rate:
                c.label += " " + c.rate
            elif c.unit == "%" and found[0] > k:
                c.label = _share_of(toks, found, para) or c.label
            return
        if c.unit in ("%", None) and k < n and toks[k].low in SAY_VERBS:
            c.label = _clause(
                toks, k, para, 6
            )  # "Twelve percent indicated that they were not sure"
            return
    if c.label is not None:
        return
    if timed:
        word = para[toks[c.last].start : toks[c.last].end] if toks[c.last].is_word else c.unit
        c.label = word + (" " + c.rate if c.rate else "")
        if not c.rate and k + 1 < n and toks[k].low in ("in", "on", "behind", "at") and toks[k].gap:
            np = _collect_np(toks, _skip_dets(toks, k + 1), 3)
            if np is not None:
                c.label += " " + para[toks[k].start : toks[np[1]].end]
        return
    first = c.linked_from.first if c.linked_from is not None else c.first
    if money:
        verb = _money_verb(toks, first, para)
        who = _relative_antecedent(toks, first)
        if who is not None:
            noun = para[toks[who[0]].start : toks[who[1]].end]
            c.label = (f"{verb} of {noun}" if verb and " of " not in verb else noun) + (
                " " + c.rate if c.rate else ""
            )
            return
        purpose = _purpose(toks, c.last + 1, para)
        if purpose:
            c.label = purpose
            return
        if verb:
            c.label = verb + (" " + c.rate if c.rate else "")
            k = c.last + 1 if not c.rate else k
            if (
                verb in TRANSFER
                and k + 1 < n
                and toks[k].low in ("to", "from")
                and (toks[k + 1].low in DETERMINERS or _is_cap(toks[k + 1]))
            ):
                np = _collect_np(toks, _skip_dets(toks, k + 1), 5)
                if np is not None:
                    c.label += " " + para[toks[k].start : toks[np[1]].end]
            return
    bare_ok = ("at", "of", "to", "reached", "totaled", "hit")
    if c.unit is None and not c.words and (first == 0 or toks[first - 1].low not in bare_ok):
        return  # a bare count: only "stood at 200,000", "the total of 5,000"
    back = _context_before(toks, first)
    if back is not None:
        c.label = para[toks[back[0]].start : toks[back[1]].end] + (" " + c.rate if c.rate else "")
        c.weak = back[0] == back[1]
    elif c.rate:
        c.label = ("pay " if money else "") + c.rate


POLL_ANSWERS = frozenset(
    {"yes", "no", "undecided", "unsure", "approve", "disapprove", "support", "oppose", "favor"}
)
SAY_VERBS = frozenset(
    {
        "said",
        "say",
        "says",
        "saying",
        "indicated",
        "answered",
        "believe",
        "believed",
        "believes",
        "think",
        "thought",
        "thinks",
        "agree",
        "agreed",
        "disagree",
        "disagreed",
        "support",
        "supported",
        "oppose",
        "opposed",
        "approve",
        "approved",
        "disapprove",
        "disapproved",
        "favor",
        "favored",
        "prefer",
        "preferred",
        "expect",
        "expected",
        "want",
        "wanted",
        "plan",
        "planned",
        "reported",
        "responded",
        "chose",
        "picked",
        "backed",
        "would",
        "will",
        "were",
    }
)


def _clause(toks: list[Token], k: int, para: str, limit: int) -> str:
    """Up to ``limit`` words from toks[k] to the end of the clause."""
    n = len(toks)
    j = k
    words = 0
    last = k
    while j < n and words < limit and (toks[j].is_word or toks[j].text in "'-"):
        if toks[j].is_word:
            words += 1
            last = j
        j += 1
    return para[toks[k].start : toks[last].end]


def _share_of(toks: list[Token], found: tuple[int, int], para: str) -> str | None:
    """ "10% of the voters is Polish American" → "Polish American among the voters"."""
    k = found[1] + 1
    if k + 1 >= len(toks) or toks[k].low not in ("is", "are", "was", "were"):
        return None
    z = _collect_np(toks, k + 1, 3)
    if z is None:
        return None
    head = found[1]
    for x in range(found[0], found[1] + 1):
        if toks[x].low == "of":
            head = x - 1
            break
    return (
        para[toks[z[0]].start : toks[z[1]].end]
        + " among "
        + para[toks[found[0]].start : toks[head].end]
    )


def _extend_pp(
    toks: list[Token], found: tuple[int, int], allow_in: bool = False
) -> tuple[int, int]:
    """A one-word label takes its "of" phrase: "members of the union"."""
    k = found[1] + 1
    preps = ("of", "in") if allow_in else ("of",)
    if found[0] != found[1] or k + 1 >= len(toks) or toks[k].low not in preps:
        return found
    j = _skip_dets(toks, k + 1)
    if j < len(toks) and toks[j].is_num:
        return found
    np = _collect_np(toks, j, 4)
    if np is None or any(toks[x].low in TIME_UNITS for x in range(np[0], np[1] + 1)):
        return found
    if len(toks[np[1]].text) == 1 and np[1] + 1 < len(toks) and toks[np[1] + 1].text == ".":
        return found  # "judges of the U.S. Court": an abbreviation cut in two
    return found[0], np[1]


WHEN_WORDS = frozenset(
    [
        "single",
        "recent",
        "past",
        "next",
        "last",
        "first",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "quarter",
        "fiscal",
    ]
)


def _prep_phrase(toks: list[Token], k: int, c: _Cand) -> tuple[int, int] | None:
    """ "percent of the contributors", "$53 million in currency", "$50 million for expenses"."""
    n = len(toks)
    prep = toks[k].low
    money = c.unit is not None and c.unit.isupper()
    if prep != "of" and not money:
        return None
    j = k + 1
    while j < n and (toks[j].low in DETERMINERS or toks[j].low == "all"):
        j += 1
    if j < n and toks[j].low in ("whom", "which", "them", "those", "these"):
        return None
    while j < n and toks[j].low in ("past", "last", "first", "next", "top", "bottom"):
        j += 1  # "of the past seven contests"
    if j < n and toks[j].low in NUMBER_WORDS and not toks[j].is_num:
        found = _collect_np(toks, j + 1)  # "of the seven contests" → contests
        return found
    found = _collect_np(toks, j)
    if found is not None and prep == "for" and j == k + 1 and _is_cap(toks[found[0]]):
        return None  # "$1 billion for Trump": who benefits, not what it is
    if found is None and j < n and toks[j].is_num:
        found = _collect_np(toks, j + 1)  # "of 100,000 retail bankers"
    if found is None:
        return None
    if toks[found[1]].text.endswith("'s") and found[1] + 1 < n:
        # possessor: "the bank's 100,000 retail bankers" — skip a number after it
        nxt = found[1] + 1
        if toks[nxt].is_num:
            nxt += 1
        more = _collect_np(toks, nxt)
        if more:
            found = (found[0], more[1])
    if prep != "of" and any(
        toks[x].low in TIME_UNITS or toks[x].low in WHEN_WORDS
        for x in range(found[0], found[1] + 1)
    ):
        return None  # "in a single year", "in recent months": when, not what
    return found


def _relative_antecedent(toks: list[Token], first: int) -> tuple[int, int] | None:
    """ "donors who pitch in $200": the noun a relative clause before the figure hangs on."""
    j = first - 1
    steps = 0
    while j > 0 and steps < 4:
        t = toks[j]
        if t.low == "who":
            prev = toks[j - 1]
            if prev.text == ",":
                return None  # "Stumpf, who made": handled as the verb's subject
            if prev.is_word and prev.low not in STOP and prev.low not in PRONOUNS:
                return _collect_back(toks, j - 1, 3)
            return None
        if not t.is_word or _is_cap(t):
            return None
        j -= 1
        steps += 1
    return None


def _purpose(toks: list[Token], k: int, para: str) -> str | None:
    """ "$60 billion to invest in public transport" → "invest in public transport"."""
    n = len(toks)
    if not (k + 3 < n and toks[k].low == "to" and toks[k + 1].is_word):
        return None
    verb = toks[k + 1]
    if _is_cap(verb) or verb.low in STOP or toks[k + 2].low not in ("in", "on"):
        return None
    np = _collect_np(toks, _skip_dets(toks, k + 3), 5)
    if np is None:
        return None
    return para[verb.start : toks[np[1]].end]


def _money_verb(toks: list[Token], first: int, para: str) -> str | None:
    """The thing a verb right before a sum implies ("fined $185 million" → fine)."""
    for j in range(first - 1, max(-1, first - 4), -1):
        t = toks[j]
        if not t.is_word:
            return None
        if t.low in NOMINAL:
            label = NOMINAL[t.low]
            if label == "pay":
                # whose pay: "Stumpf made $19.3 million", "managers could get $10,000"
                k = j - 1
                while k >= 0 and toks[k].low in MODALS:
                    k -= 1
                if (
                    k >= 0
                    and toks[k].is_word
                    and toks[k].low not in STOP
                    and toks[k].low not in PRONOUNS
                ):
                    who = _collect_back(toks, k, 3)
                    if who is not None:
                        label = "pay of " + para[toks[who[0]].start : toks[who[1]].end]
            return label
        if t.low in (
            "the",
            "a",
            "an",
            "to",
            "him",
            "her",
            "them",
            "it",
            "us",
            "treasury",
            "taxpayers",
        ):
            continue
        if j < first - 1 and not _is_cap(t):
            return None
    return None


MODALS = frozenset(
    [
        "could",
        "would",
        "will",
        "can",
        "may",
        "might",
        "should",
        "must",
        "do",
        "does",
        "did",
        "to",
        "who",
        "that",
    ]
)
TRANSFER = frozenset({"debt owed", "donations", "borrowed", "pay", "spending", "investment"})


def _after_money(toks: list[Token], c: _Cand, para: str) -> str | None:
    """What follows a sum: "$14 million borrowed from his father", "$18 million he raised"."""
    n = len(toks)
    k = c.last + 1
    if k >= n or not toks[k].is_word:
        return None
    t = toks[k]
    if t.low in NOMINAL and t.low.endswith("ed") and t.low != "made":
        # a participle phrase: borrowed from his father
        end = k
        if k + 1 < n and toks[k + 1].low in ("from", "to", "by", "for", "on", "in"):
            np = _collect_np(toks, _skip_dets(toks, k + 2), 4)
            if np is not None:
                end = np[1]
        return para[t.start : toks[end].end]
    j = k
    if toks[j].low in ("that", "which"):
        j += 1
    if j < n and (
        toks[j].low in ("he", "she", "they", "it", "we")
        or (_is_cap(toks[j]) and toks[j].is_word and toks[j].low not in STOP)
    ):
        j += 1
        if j < n and toks[j].low in ("says", "said", "say", "claims", "claimed"):
            j += 1
            if j < n and toks[j].low in ("he", "she", "they", "it", "we"):
                j += 1
        if j < n and toks[j].low in ("has", "have", "had"):
            j += 1
        if j < n and toks[j].low in NOMINAL:
            return NOMINAL[toks[j].low]
    return None


def _skip_dets(toks: list[Token], j: int) -> int:
    while j < len(toks) and toks[j].low in DETERMINERS:
        j += 1
    return j


def _of_before(toks: list[Token], c: _Cand) -> tuple[int, int] | None:
    """ "a rate of 20 percent", "a net loss of $915 million": the noun before "of"."""
    _q, j = _qualifier_before(toks, c.first if c.linked_from is None else c.linked_from.first)
    j -= 1
    if j < 1 or toks[j].low != "of" or not toks[j - 1].is_word:
        return None
    if toks[j - 1].low in STOP or toks[j - 1].low in PRONOUNS or _verb_like(toks[j - 1]):
        return None
    return _collect_back(toks, j - 1, 3)


def _context_before(toks: list[Token], first: int) -> tuple[int, int] | None:
    """The phrase before a figure with nothing after it: "net loss of", "rate of"."""
    _q, j = _qualifier_before(toks, first)
    j -= 1
    if j < 0:
        return None
    t = toks[j]
    if t.low in (
        "of",
        "at",
        "to",
        "by",
        "from",
        "is",
        "was",
        "were",
        "are",
        "be",
        "exceeds",
        "approaches",
        "totaled",
        "totalled",
        "reached",
        "hit",
        "topped",
        "stood",
    ):
        if t.low in ("is", "was", "were", "are", "be") and j > 0 and toks[j - 1].low in PRONOUNS:
            return None
        j -= 1
        if j >= 0 and toks[j].low in ("stood", "stands", "was", "is"):
            j -= 1
        if t.low == "at":
            # "the corporate tax rate, which, at 35 percent, is …"
            while j >= 0 and (toks[j].text == "," or toks[j].low in ("which", "that")):
                j -= 1
    elif t.text in "+-/" or t.text == "±":
        while j >= 0 and not toks[j].is_word:
            j -= 1
    if j < 0 or not toks[j].is_word:
        return None
    while j >= 0 and toks[j].low in DETERMINERS:
        j -= 1
    if j < 0:
        return None
    return _collect_back(toks, j, 4)


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
CURRENCY_CODES_UPPER = frozenset(code.upper() for code in CURRENCY_CODES)


# a digit or a number word (lower-case text; written as a trie because it is searched a lot)
_CANDIDATE = re.compile(
    r"[0-9]|\b(?:t(?:wo|hree|en|welve|hirt(?:een|y)|housand|rillion|wenty)"
    r"|f(?:our(?:teen)?|ive|ifteen|ifty|orty)|s(?:ix(?:teen|ty)?|even(?:teen|ty)?)"
    r"|e(?:ight(?:een|y)?|leven)|n(?:ine(?:teen|ty)?)|dozen|hundred|million|billion)\b"
)


def figures_in_paragraph(
    para: str, sentences: list[tuple[int, int]] | None = None, folded: str | None = None
) -> list[tuple[_Cand, int, int]]:
    """Candidate figures of one paragraph with their (start, end) character offsets.

    Only runs of sentences holding a digit or a number word are tokenized: most
    prose has none, and each sentence is searched once, so the cost stays linear.
    """
    if folded is None:
        folded = fold(para)
    if not _CANDIDATE.search(folded.lower()):
        return []
    if sentences is None:
        sentences = split_sentences(para)
    result: list[tuple[_Cand, int, int]] = []
    seg_start = seg_end = -1
    for a, b in sentences:
        if _CANDIDATE.search(folded[a:b].lower()):
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
) -> list[tuple[_Cand, int, int]]:
    """Figures in ``para[start:end]`` (whole sentences), offsets in the paragraph."""
    toks = tokenize(folded, start, end)
    n = len(toks)
    out: list[_Cand] = []
    i = 0
    pending: _Cand | None = None  # first part of a range waiting for its second part
    pending_at = -1  # where its second part should start
    while i < n:
        t = toks[i]
        if not (t.is_num or t.low in _STARTERS or (t.text in CURRENCY_CODES_UPPER)):
            i += 1
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
        q, qfirst = _qualifier_before(toks, c.first)
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
            _age(toks, c)
    # labels, then ranges: the first part borrows unit, scale and label from the second
    for c in out:
        if c.linked_to is not None and c.label is None and not c.age:
            continue
        if c.label is None:
            _label(toks, c, para)
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
    prev: _Cand | None = None
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


def _age(toks: list[Token], c: _Cand) -> None:
    """A bare number that is an age: "who is 70", "ages 55 to 65", "people under 30"."""
    k = c.num - 1
    if c.linked_from is not None:
        k = c.linked_from.num - 1
    nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
    if (
        k >= 1
        and toks[k].text == ","
        and toks[k - 1].is_word
        and _is_cap(toks[k - 1])
        and not c.words
        and c.unit is None
        and 1 <= c.value <= 120
        and c.value == int(c.value)
        and nxt is not None
        and nxt.text in ",;"
    ):
        c.unit, c.label, c.age = "years", "age", True  # "Karen Janes, 67, of Exeter"
    elif k >= 0 and toks[k].low in ("is", "was", "aged", "age", "ages", "turned", "turns"):
        nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
        if 1 <= c.value <= 120 and (nxt is None or not nxt.is_word or nxt.low in STOP):
            c.unit, c.label, c.age = "years", "age", True
    elif (
        k >= 1
        and toks[k].low in ("under", "over")
        and 10 <= c.value <= 100
        and toks[k - 1].low
        in (
            "people",
            "those",
            "voters",
            "adults",
            "children",
            "anyone",
            "men",
            "women",
            "americans",
            "kids",
            "youths",
            "everyone",
        )
    ):
        c.unit, c.label, c.age = "years", "age", True


def extract_figures(doc: Document) -> list[Figure]:
    """Every figure in reading order; the few that belong in "By the numbers" get key=True."""
    figures: list[Figure] = []
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for sent in doc.sentences:
        by_paragraph.setdefault(sent.paragraph, []).append((sent.start, sent.end))
    for p_index, para in enumerate(doc.paragraphs):
        sents = by_paragraph.get(p_index, [])
        folded = fold(para)
        found = figures_in_paragraph(para, sents or None, folded)
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
                    label=c.label,
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
