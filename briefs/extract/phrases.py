"""Phrases around a number: noun phrases, verbs, qualifiers, rates, clause starts.

Token-level helpers shared by figure extraction and labelling; each looks at a
bounded window of tokens, so callers stay linear in the text.
"""

from __future__ import annotations

from briefs.extract.figure_words import (
    AS_AS,
    DAY_NAMES,
    DETERMINERS,
    IRREGULAR_PAST,
    NOUN_LIKE,
    OBJECT_STARTERS,
    PRONOUNS,
    QUALIFIERS_1,
    QUALIFIERS_2,
    STOP,
    THAT_VERBS,
    VERBS_S,
)
from briefs.extract.numbers import (
    NUMBER_WORDS,
    Token,
)
from briefs.extract.units import RATE_PERIODS


def sentence_start(toks: list[Token], i: int) -> bool:
    """True when toks[i] opens a sentence (or follows an opening quote/bracket)."""
    j = i - 1
    while j >= 0 and toks[j].text in "\"'([":
        j -= 1
    return j < 0 or toks[j].text in ".!?:;" or (toks[j].text == "-" and toks[j].gap)


def is_cap(t: Token) -> bool:
    return t.text[0].isupper()


def qualifier_before(toks: list[Token], i: int) -> tuple[str | None, int]:
    """A qualifier ending just before toks[i]: (canonical, index of its first token)."""
    if i >= 3 and toks[i - 3].low == "as" and toks[i - 2].low in AS_AS and toks[i - 1].low == "as":
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


def collect_np(toks: list[Token], k: int, limit: int = 5) -> tuple[int, int] | None:
    """A short noun phrase starting at toks[k]: (first, last) token indices, or None."""
    n = len(toks)
    j = k
    words = 0
    last = -1
    while j < n and words < limit:
        t = toks[j]
        if t.is_word:
            if words and not t.gap and toks[j - 1].text == "-" and not toks[j - 1].gap:
                words += 1  # inside a compound: "winner-take-all", "state-of-the-art"
                last = j
                j += 1
                continue
            if words and t.low in DAY_NAMES and not is_cap(toks[j - 1]):
                break  # "in five states Tuesday": when, not what ("Super Tuesday" stays)
            if t.low in ("and", "or") and words and np_continues(toks, j):
                j += 1
                continue
            if t.low in STOP or t.low in NUMBER_WORDS:
                break
            if words == 0 and t.low not in NOUN_LIKE and (
                (verb_like(t) and not adjective_ed(toks, j)) or t.low in IRREGULAR_PAST
            ):
                break
            if words and t.gap and t.low not in NOUN_LIKE and (
                    verb_like(t) or verb_after_noun(t)):
                break
            if words == 0 and j + 1 < n and verb_object(t, toks[j + 1]):
                break  # "50 percent believe that", "22 percent saying they"
            words += 1
            last = j
            j += 1
            continue
        if (t.text == "." and not t.gap and last == j - 1 and len(toks[last].text) == 1
                and toks[last].text.isupper()):
            # dotted initials: "five U.S. states" (the tokenizer splits "U.S.")
            if j + 1 < n and not toks[j + 1].gap and len(toks[j + 1].text) == 1 \
                    and toks[j + 1].text.isupper():
                j += 1
                continue
            if j + 1 < n and toks[j + 1].gap and toks[j + 1].is_word and words > 1:
                last = j  # the final full stop of "U.S." belongs to the name
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


def verb_object(t: Token, nxt: Token) -> bool:
    """A word followed by a clause or an object ("believe that", "saying they") is a verb."""
    if nxt.low == "that" and nxt.gap:
        return t.low in THAT_VERBS  # "believe that"; "195 countries that …" is a noun
    if nxt.low in OBJECT_STARTERS and nxt.gap:
        return not is_cap(t) and (not plural(t) or t.low in VERBS_S)
    return t.low.endswith("ing") and nxt.low.endswith("ly") and not is_cap(t)


def np_continues(toks: list[Token], j: int) -> bool:
    """After "and"/"or" inside a phrase: does a content word follow?"""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if not (
        nxt is not None
        and nxt.is_word
        and nxt.low not in STOP
        and nxt.low not in NUMBER_WORDS
        and not verb_like(nxt)
    ):
        return False
    # after a plural head ("investors and see") a verb may follow: only nouns continue
    prev = toks[j - 1] if j > 0 else None
    if prev is not None and plural(prev) and not (plural(nxt) or is_cap(nxt)):
        after = toks[j + 2] if j + 2 < len(toks) else None
        return after is not None and after.is_word and plural(after)  # "lanes and bike paths"
    return True


def plural(t: Token) -> bool:
    low = t.low
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def adjective_ed(toks: list[Token], j: int) -> bool:
    """ "registered voters", "armed men": an -ed word right before a noun."""
    t = toks[j]
    if not t.low.endswith("ed") or t.low in STOP or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.is_word and nxt.gap and nxt.low not in STOP and not verb_like(nxt)


def verb_after_noun(t: Token) -> bool:
    """After a noun has been read, "-ing" words and common past forms are verbs."""
    return not is_cap(t) and (
        t.low in IRREGULAR_PAST or t.low in VERBS_S or (len(t.low) > 5 and t.low.endswith("ing"))
    )


def verb_like(t: Token) -> bool:
    low = t.low
    if low in STOP:
        return True
    if (
        len(low) > 4
        and low.endswith("ed")
        and not is_cap(t)
        and (not low.endswith("eed") or (low.endswith("greed") and len(low) > 6))
    ):
        return True
    if (
        len(low) > 4
        and low.endswith("ly")
        and not is_cap(t)
        and low not in ("family", "supply", "ally")
    ):
        return True
    return low in ("together", "annually", "apiece", "each", "alone", "total", "respectively")


def collect_back(toks: list[Token], k: int, limit: int = 4) -> tuple[int, int] | None:
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
            if (verb_like(t) or verb_after_noun(t)) and not is_cap(t):
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
    while first > 0 and words < _NAME_LIMIT and is_cap(toks[first]) and toks[first - 1].is_word \
            and is_cap(toks[first - 1]) and toks[first - 1].low not in STOP:
        first -= 1  # a name is not cut: "Green Party candidate Jill Stein"
        words += 1
    return first, last


_NAME_LIMIT = 7


def rate_at(toks: list[Token], k: int) -> tuple[str, int] | None:
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


def clause(toks: list[Token], k: int, para: str, limit: int) -> str:
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


def skip_dets(toks: list[Token], j: int) -> int:
    while j < len(toks) and toks[j].low in DETERMINERS:
        j += 1
    return j
