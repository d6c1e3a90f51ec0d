"""Labels: what a figure counts, read from the words around it.

"288 arrests" → arrests; "percent of the contributors" → contributors; "a net loss
of $915 million" → net loss; "fined $185 million" → fine; "who is 70" → age.
"""

from __future__ import annotations

import re

from briefs.extract.candidate import Candidate
from briefs.extract.figure_words import (
    DETERMINERS,
    MODALS,
    NOMINAL,
    POLL_ANSWERS,
    PRONOUNS,
    SAY_VERBS,
    STOP,
    TRANSFER,
    WHEN_WORDS,
)
from briefs.extract.numbers import (
    NUMBER_WORDS,
    Token,
)
from briefs.extract.phrases import (
    clause,
    collect_back,
    collect_np,
    is_cap,
    qualifier_before,
    rate_at,
    skip_dets,
    verb_like,
)
from briefs.extract.units import TIME_UNITS

MEASURE_NOUNS = frozenset(
    """rate rates share shares margin margins increase increases rise rises drop drops decline
    declines growth level levels average ratio cut cuts tax taxes tariff tariffs premium
    premiums return returns yield yields fee fees discount interest stake""".split()
)
"""Nouns a percentage measures ("a rate of 150 percent of the average")."""


def label_figure(toks: list[Token], c: Candidate, para: str) -> None:
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
    rate = rate_at(toks, k)
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
    share_of = c.unit == "%" and k + 1 < n and toks[k].low == "of"
    if (money or c.unit in ("%", "points")) and c.label is None:
        before = _of_before(toks, c)
        if before is not None and share_of and toks[before[1]].low not in MEASURE_NOUNS:
            # "a rate of 150 percent of the average" is a rate; "the subject of 60 percent of
            # the conversation" counts the conversation
            before = None
        if before is not None:
            c.label = para[toks[before[0]].start : toks[before[1]].end] + (
                " " + c.rate if c.rate else ""
            )
            return
    if c.label is None and not (money and c.rate):
        if k < n and toks[k].low in ("more", "additional", "new", "other", "fewer", "extra"):
            found = collect_np(toks, k + 1)
            if found:
                found = (k, found[1])
        elif not timed or "-" in para[toks[c.first].start : toks[c.last].end]:
            # "a 30-second spot" counts the spot; "the past two weeks shows …" counts weeks
            found = collect_np(toks, k)
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
            c.label = clause(toks, k, para, 6)  # "Twelve percent indicated that they were not sure"
            return
    if c.label is not None:
        return
    if timed:
        word = para[toks[c.last].start : toks[c.last].end] if toks[c.last].is_word else c.unit
        c.label = word + (" " + c.rate if c.rate else "")
        if not c.rate and k + 1 < n and toks[k].low in ("in", "on", "behind", "at") and toks[k].gap:
            np = collect_np(toks, skip_dets(toks, k + 1), 3)
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
                and (toks[k + 1].low in DETERMINERS or is_cap(toks[k + 1]))
            ):
                np = collect_np(toks, skip_dets(toks, k + 1), 5)
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
        c.label = (_rate_noun(c.rate) + " " if money else "") + c.rate


_GOODS = frozenset(["share", "gallon", "barrel", "ton", "pound"])


def _rate_noun(rate: str) -> str:
    """What money per unit is when nothing names it: "$15 an hour" is pay, "$1.28 a
    gallon" a price."""
    return "price" if rate.rsplit(" ", 1)[-1] in _GOODS else "pay"


def _share_of(toks: list[Token], found: tuple[int, int], para: str) -> str | None:
    """ "10% of the voters is Polish American" → "Polish American among the voters"."""
    k = found[1] + 1
    if k + 1 >= len(toks) or toks[k].low not in ("is", "are", "was", "were"):
        return None
    z = collect_np(toks, k + 1, 3)
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
    j = skip_dets(toks, k + 1)
    if j < len(toks) and toks[j].is_num:
        return found
    np = collect_np(toks, j, 4)
    if np is None or any(toks[x].low in TIME_UNITS for x in range(np[0], np[1] + 1)):
        return found
    if len(toks[np[1]].text) == 1 and np[1] + 1 < len(toks) and toks[np[1] + 1].text == ".":
        return found  # "judges of the U.S. Court": an abbreviation cut in two
    return found[0], np[1]


def _prep_phrase(toks: list[Token], k: int, c: Candidate) -> tuple[int, int] | None:
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
        found = collect_np(toks, j + 1)  # "of the seven contests" → contests
        return found
    found = collect_np(toks, j)
    if found is not None and prep == "for" and j == k + 1 and is_cap(toks[found[0]]):
        return None  # "$1 billion for Trump": who benefits, not what it is
    if found is None and j < n and toks[j].is_num:
        found = collect_np(toks, j + 1)  # "of 100,000 retail bankers"
    if found is None:
        return None
    if toks[found[1]].text.endswith("'s") and found[1] + 1 < n:
        # possessor: "the bank's 100,000 retail bankers" — skip a number after it
        nxt = found[1] + 1
        if toks[nxt].is_num:
            nxt += 1
        more = collect_np(toks, nxt)
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
                return collect_back(toks, j - 1, 3)
            return None
        if not t.is_word or is_cap(t):
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
    if is_cap(verb) or verb.low in STOP or toks[k + 2].low not in ("in", "on"):
        return None
    np = collect_np(toks, skip_dets(toks, k + 3), 5)
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
                    who = collect_back(toks, k, 3)
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
        if j < first - 1 and not is_cap(t):
            return None
    return None


def _after_money(toks: list[Token], c: Candidate, para: str) -> str | None:
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
            np = collect_np(toks, skip_dets(toks, k + 2), 4)
            if np is not None:
                end = np[1]
        return para[t.start : toks[end].end]
    j = k
    if toks[j].low in ("that", "which"):
        j += 1
    if j < n and (
        toks[j].low in ("he", "she", "they", "it", "we")
        or (is_cap(toks[j]) and toks[j].is_word and toks[j].low not in STOP)
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


def _of_before(toks: list[Token], c: Candidate) -> tuple[int, int] | None:
    """ "a rate of 20 percent", "a net loss of $915 million": the noun before "of"."""
    _q, j = qualifier_before(toks, c.first if c.linked_from is None else c.linked_from.first)
    j -= 1
    if j < 1 or toks[j].low != "of" or not toks[j - 1].is_word:
        return None
    if toks[j - 1].low in STOP or toks[j - 1].low in PRONOUNS or verb_like(toks[j - 1]):
        return None
    return collect_back(toks, j - 1, 3)


# A lower-case word run into a capitalised one: page widgets scraped without spaces
# ("34 postsGet LivefyreFAQSign in5 people listening"), never a label's word.
GLUED = re.compile(r"(?<![\w'’])([a-z]{2,})[A-Z]")


def unglued(label: str | None) -> str | None:
    """A label cut before the first glued word: "postsGet LivefyreFAQSign" → "posts"."""
    if not label:
        return label
    m = GLUED.search(label)
    if m is None:
        return label
    return label[: m.end(1)] if m.start() == 0 else label[: m.start()].rstrip() or None


def _context_before(toks: list[Token], first: int) -> tuple[int, int] | None:
    """The phrase before a figure with nothing after it: "net loss of", "rate of"."""
    _q, j = qualifier_before(toks, first)
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
    return collect_back(toks, j, 4)


def mark_age(toks: list[Token], c: Candidate) -> None:
    """A bare number that is an age: "who is 70", "ages 55 to 65", "people under 30"."""
    k = c.num - 1
    if c.linked_from is not None:
        k = c.linked_from.num - 1
    nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
    if (
        k >= 1
        and toks[k].text == ","
        and toks[k - 1].is_word
        and is_cap(toks[k - 1])
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
