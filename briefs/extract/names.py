"""Names: who a phrase refers to — persons, organisations, titles, appositives, coreference.

The attribution code hands this module the words around a cue verb ("said P.J.
Lechleitner, the acting deputy director of …", "Trump campaign manager Kellyanne
Conway said"); it returns a :class:`Mention` with the name as written, the role
and the kind. :class:`Entities` remembers the people named so far so that "he",
"Mr. Trump" or "Clinton" resolve to the full name mentioned earlier.

Everything is a single left-to-right pass over regex tokens (no backtracking).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from briefs.extract.lexicon import (
    ADVERBS,
    ANONYMOUS_HEADS,
    CUE_VERBS,
    DETERMINERS,
    FEMALE_FIRST,
    HONORIFICS,
    MALE_FIRST,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    ORG_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    TIME_WORDS,
    TITLES,
    joins_with_to,
    words,
)
from briefs.extract.mentions import CORPORATE
from briefs.extract.organisations import is_cause_group

# Every abbreviation is a capital, one to three small letters and a full stop: the
# look-ahead fails most capitals at once, before the forty alternatives are tried.
_ABBR = (
    r"(?=[A-Z][a-z]{1,3}\.)"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Sgt|Capt|Cmdr|Adm|Maj|Jr|Sr|St|Rev|Prof|Supt"
    r"|Det|Atty|Hon|Pres|Ft|Mt|Inc|Corp|Co|Ltd|Del|Amb|Sec|Fr|Msgr|Cpl|Pvt|Insp)\."
)
TOKEN = re.compile(
    # the capitalised forms are tried only at a capital (the look-ahead): otherwise each
    # token would first test the forty abbreviations one by one
    rf"(?=[A-Z])(?:{_ABBR}|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=\s))"
    rf"|\w+(?:[-'’.]\w+)*(?:['’]s?)?|[^\w\s]"
)
"""A word (with inner hyphens/apostrophes/dots), an abbreviation or initials, or one mark."""
# The same tokens for ASCII text, with ASCII classes (cheaper to test than Unicode
# categories); Unicode \s also holds \x1c-\x1f, so they are spelled out.
_TOKEN_ASCII = re.compile(
    TOKEN.pattern.replace(r"(?=\s)", r"(?=[\s\x1c-\x1f])").replace(r"[^\w\s]", r"[^\w\s\x1c-\x1f]"),
    re.ASCII,
)

Tok = tuple[int, int, str]

# Words that end a noun phrase scanning forward or backward.
_NP_STOP = words(
    """
    and but or nor that which who whom whose when while as because if though although after
    before since in on at to from with about by during into onto over under against without
    within according adding noting saying is was are were be been being has had have will
    would could should can may might do does did not also than then so yet there here where
    why how what
    """
)
_ARTICLES = frozenset({"the", "a", "an"})
FIRST_NAMES = MALE_FIRST | FEMALE_FIRST
_NP_INNER = frozenset({"of", "for", "'s", "’s", "-", "&"})
_PUNCT_STOP = frozenset(",;:.!?()[]\"“”'‘’—–")


def tokenize(text: str) -> list[Tok]:
    pattern = _TOKEN_ASCII if text.isascii() else TOKEN
    return [(m.start(), m.end(), m[0]) for m in pattern.finditer(text)]


class _Bare(dict[str, str]):
    """Word → lower case without trailing periods; remembered (the same words recur)."""

    def __missing__(self, word: str) -> str:
        bare = word.lower().rstrip(".")
        if len(self) >= 100_000:
            self.clear()
        self[word] = bare
        return bare


_bare = _Bare().__getitem__


def is_cap(word: str) -> bool:
    """A capitalised word or initials (not a pronoun such as "I")."""
    return word[:1].isupper() and word != "I"


def _is_acronym(word: str) -> bool:
    w = word.replace(".", "")
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha()


@dataclass(slots=True)
class Mention:
    """A reference to a speaker or source as written, split into name and role."""

    text: str  # the phrase as written ("Trump campaign manager Kellyanne Conway")
    name: str | None  # the name in it ("Kellyanne Conway"), None for unnamed ones
    role: str | None = None  # title or appositive ("Trump campaign manager")
    kind: str = "person"  # person | organization | pronoun | unnamed
    start: int = 0  # offsets of the phrase within the text that was parsed
    end: int = 0

    @property
    def pronoun(self) -> bool:
        return self.kind == "pronoun"


def _np_word(word: str, first: bool) -> bool:
    """Can ``word`` be part of a subject noun phrase?

    Capitalised words always can; lower-case ones only when they are determiners,
    titles or role nouns ("campaign manager", "his friend"), so that a verb phrase
    ("sent out a press release") never passes for a subject.
    """
    low = word.lower()
    if word in _PUNCT_STOP or (low in _NP_STOP and (word == low or low in NOT_NAMES)):
        return False  # "Will" and "Hope" are names, "will" and "But" are not
    if low in CUE_VERBS and word == low:
        return False
    if low in PRONOUNS:
        return first
    if word[:1].isupper() or word[:1].isdigit():
        return True
    if low in _NP_INNER or low in DETERMINERS or low in TITLES or low in ROLE_NOUNS \
            or low in ANONYMOUS_HEADS:  # "one Democratic source", "Treasury officials"
        return True
    return "-" in word and word[:1].isalpha()


def _cap_run_end(toks: list[Tok], lo: int, hi: int) -> int:
    """Start index of the run of name-like tokens that ends at ``hi`` (exclusive)."""
    i = hi
    while i > lo:
        w = toks[i - 1][2]
        if is_cap(w) or (_bare(w) in NAME_PARTICLES and i < hi and i - 1 > lo):
            i -= 1
            continue
        if w == "to" and lo < i - 1 and i < hi and joins_with_to(toks[i - 2][2], toks[i][2]):
            i -= 1  # "Committee to Protect Journalists"
            continue
        break
    # a particle may not start the run
    while i < hi and not is_cap(toks[i][2]):
        i += 1
    return i


PARTIES = words("republican republicans democrat democrats democratic gop libertarian")
"""Party words read like titles before a name ("Republican Jo Li")."""


def _split_title(run: list[str]) -> int:
    """Index in ``run`` where the personal name starts, after any title words.

    The last title word that still has a name word after it wins ("DEA
    Administrator Anne Milgram"); a name longer than four words keeps its last
    three. One pass from the right.
    """
    last = -1
    name_after = False  # a non-suffix word somewhere to the right
    for k in range(len(run) - 1, -1, -1):
        b = _bare(run[k])
        if k < len(run) - 1 and name_after and (b in TITLES or b in HONORIFICS or b in PARTIES):
            last = k
            break
        if b not in NAME_SUFFIXES:
            name_after = True
    start = last + 1
    core = sum(1 for w in run[start:] if _bare(w) not in NAME_SUFFIXES)
    if core > 4:
        start = len(run) - 3 if _bare(run[-1]) not in NAME_SUFFIXES else len(run) - 4
    return start


_OWNER_ENDINGS = ("'s", "’s", "s'", "s’")


def _owned_name(run: list[str]) -> int:
    """Where a personal name starts after an owner ("CNN's Gloria Borger",
    "Fox News’ Sean Hannity"), or 0.

    Only a name of two or more capitalised words that opens with no everyday word
    counts: "Macy's Inc", "Children's Hospital Boston" are one body each.
    """
    for k in range(len(run) - 2, 0, -1):
        if run[k - 1].endswith(_OWNER_ENDINGS):
            rest = run[k:]
            if all(map(is_cap, rest)) and classify(rest) == "person" \
                    and _bare(rest[-1]) not in CORPORATE and _split_title(rest) == 0 \
                    and rest[0].lower() not in attribution_vocab():
                return k
            return 0
    return 0


def _strip_possessive(name: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


_CONTRACTIONS = re.compile(r"['’](?:s|m|re|ve|d|ll)$", re.IGNORECASE)


def _strip_contraction(word: str) -> str:
    """"I'm" → "I", "they’re" → "they", "Trump's" → "Trump"."""
    return _CONTRACTIONS.sub("", word)


def classify(phrase_words: list[str]) -> str:
    """person | organization for a capitalised run."""
    if not phrase_words:
        return "unnamed"
    if any(_bare(w) in ORG_HEADS for w in phrase_words):
        return "organization"
    if len(phrase_words) == 1 and _is_acronym(phrase_words[0]):
        return "organization"
    return "person"


_ROLE_OF = re.compile(r"\b(?:for|of|at|with|from)(?:\s+(?:the|a|an))?$")


def mention_from_np(text: str, toks: list[Tok], lo: int, hi: int) -> Mention | None:
    """Split the noun phrase ``toks[lo:hi]`` into name, role and kind."""
    while lo < hi and toks[lo][2].lower() in DETERMINERS and (
            toks[lo][2].lower() not in PRONOUNS
            or (hi - lo > 1 and toks[lo + 1][2][:1].islower())):
        lo += 1  # "his nephew Omar Saleh": the possessive is a determiner here
    if lo >= hi:
        return None
    start, end = toks[lo][0], toks[hi - 1][1]
    phrase = text[start:end]
    if toks[hi - 1][2] == ")":
        k = hi - 1
        while k > lo and toks[k][2] != "(":
            k -= 1
        if k > lo:
            hi = k
            end = toks[hi - 1][1]
    if hi - lo == 1 and _strip_contraction(toks[lo][2]).lower() in PRONOUNS:
        # "He’s been …", "I'm old enough": a pronoun with a verb run on, never a name
        word = _strip_contraction(toks[lo][2])
        return Mention(word, None, None, "pronoun", start, start + len(word))
    # "Chris Low at FTN Financial": a personal name before "at" is the name, what follows
    # is the affiliation ("of"/"for" phrases stay whole: PolNeAR keys them on the affiliation)
    if hi - lo >= 3 and toks[lo + 1][2] == "at" and _bare(toks[lo][2]) in ANONYMOUS_HEADS \
            and is_cap(toks[hi - 1][2]) and hi - lo <= MAX_OF_NAME \
            and all(is_cap(t[2]) or t[2] == "the" for t in toks[lo + 2 : hi]):
        # "officials at the Treasury": unnamed people, known by where they work
        return Mention(phrase, phrase, None, "organization", start, end)
    for k in range(lo + 2, hi - 1):
        if toks[k][2] in ("at", "from", "for"):
            before = [t[2] for t in toks[lo:k]]
            tail = _cap_run_end(toks, lo, k)
            name_part = before[tail - lo :]
            if (len(name_part) >= 2 and classify(name_part) == "person"
                    and _split_title(name_part) == 0
                    and not any(_bare(w) in TITLES for w in name_part)):
                m = mention_from_np(text, toks, lo, k)
                if m is not None and m.kind == "person":
                    m.text, m.start, m.end = phrase, start, end
                    m.role = m.role or text[toks[k][0] : end]
                    return m
            break
    if is_cause_group([t[2] for t in toks[lo:hi]]):
        return Mention(phrase, phrase, None, "organization", start, end)
    of_form = _name_of_place(text, toks, lo, hi)
    if of_form is not None:
        name, role = of_form
        return Mention(phrase, name, role, "person", start, end)
    run_lo = _cap_run_end(toks, lo, hi)
    if run_lo >= hi or toks[lo][2].lower() in PRONOUNS:
        # no name at the end: "a spokesman for the campaign", "the Clinton campaign"
        words = [t[2] for t in toks[lo:hi]]
        caps = [w for w in words if is_cap(w) and w.lower() not in NOT_NAMES]
        if caps and hi - lo <= 6:
            # "the Clinton campaign" is an organisation; "a former DNC chairman" is a person
            # described by a role, not a name
            kind = "organization" if _bare(words[-1]) in ORG_HEADS or (
                is_cap(words[-1]) and any(_bare(w) in ORG_HEADS for w in caps)) else "unnamed"
            return Mention(phrase, phrase, None, kind, start, end)
        return Mention(phrase, None, phrase, "unnamed", start, end)
    run = [t[2] for t in toks[run_lo:hi]]
    while run and run[0].lower() in NOT_NAMES and len(run) > 1:
        run_lo += 1
        run = run[1:]
    if len(run) == 1 and (_strip_possessive(run[0]).lower() in NOT_NAMES
                          or run[0].lower() in PREPOSITIONS):
        return None  # "However", "Monday", "That’s", "Across": not a name
    owned = _owned_name(run)
    if owned:
        # "Fox News’ Sean Hannity": the name is Sean Hannity, of Fox News
        name_lo = run_lo + owned
        return Mention(phrase, text[toks[name_lo][0] : end],
                       _strip_possessive(text[start : toks[name_lo - 1][1]]), "person",
                       start, end)
    if len(run) == 1 and run_lo > lo and _bare(run[0]) in ROLE_NOUNS and all(
            _modifier(t[2]) for t in toks[lo:run_lo]):
        # "several senior Democrats", "a top Republican": a group or one of it described,
        # not a person named "Democrats" with the role "several senior"
        k = lo
        while k < run_lo and toks[k][2].lower() in NOT_NAMES:
            k += 1  # "several", "a": counted, not described
        return Mention(phrase, text[toks[k][0] : end], None, "unnamed", start, end)
    kind = classify(run)
    if kind == "organization" and len(run) > 2:
        k = _split_title(run)
        core = run[k:]
        if k > 0 and len(core) >= 2 and classify(core) == "person" \
                and not any(_is_acronym(x) for x in core) and "to" not in run[:k]:
            # "Senate Majority Leader Mitch McConnell": a title names a body; but a body's
            # name linked by "to" ("Alliance to Reclaim Our Schools") is one name
            kind = "person"
    if kind == "organization":
        # keep the whole capitalised run: "the Justice Department", "Europol"
        name = text[toks[run_lo][0] : end]
        role = text[start : toks[run_lo][0]].strip() or None
        if role and _ROLE_OF.search(role):
            role = text[start:end]  # "a spokeswoman for the Acme Group", not "… for the"
        return Mention(phrase, name, role, kind, start, end)
    k = _split_title(run)
    name_lo = run_lo + k
    while name_lo > lo and toks[name_lo - 1][2] in NAME_PARTICLES:
        name_lo -= 1  # "de Blasio said": the particle opens the name
    name = _strip_possessive(text[toks[name_lo][0] : end])
    role = text[start : toks[name_lo][0]].strip(" ,") or None
    if role and role.lower() in DETERMINERS:
        role = None
    if role and lo < name_lo and _opener_role(toks, lo, name_lo):
        role = None  # "No wonder Trump said": the words before the name are no role
    return Mention(phrase, name, role, "person", start, end)


_GROUP_MODIFIERS = words(
    """
    top leading prominent presumptive longtime fellow moderate establishment young
    younger old older other prospective potential likely registered undecided senior
    former veteran retired influential powerful
    """
)


def _modifier(word: str) -> bool:
    """A word that only qualifies a group ("several", "senior", "well-connected"), not a
    role ("spokesman for"), a share ("75 percent of") or a verb."""
    low = word.lower()
    if low in ("of", "for", "to", "at", "from", "with"):
        return False
    return (low in NOT_NAMES or low in _GROUP_MODIFIERS
            or ("-" in low and low.replace("-", "").isalpha()))


def _opener_role(toks: list[Tok], lo: int, hi: int) -> bool:
    """Is ``toks[lo:hi]`` a sentence opener ("No", "But") and words that name no role?"""
    first = toks[lo][2]
    if not is_cap(first) or first.lower() not in NOT_NAMES or first.lower() in DETERMINERS:
        return False
    return not names_a_role(t[2] for t in toks[lo + 1 : hi])


def names_a_role(words_: Iterable[str]) -> bool:
    """Does any of ``words_`` name a role — a role noun, a title, or a capitalised word
    that opens no sentence ("former senator", "Acme's") — rather than only openers and
    function words ("Perhaps", "of", "even the younger")?"""
    return any(_bare(w) in ROLE_NOUNS or _bare(w) in TITLES
               or (is_cap(w) and w.lower() not in NOT_NAMES) for w in words_)


MAX_OF_NAME = 6  # "Charles B. Rangel of New York": longer, and the place goes to the role


def _name_of_place(text: str, toks: list[Tok], lo: int, hi: int
                   ) -> tuple[str, str | None] | None:
    """"Rep. Elijah Cummings of Maryland" → ("Elijah Cummings of Maryland", "Rep.").

    News names legislators, governors and experts by their state or institution;
    the speaker keeps it ("Mr. Morgan of the Sierra Club"), as short as a name.
    """
    for k in range(lo + 1, hi - 1):
        if toks[k][2] != "of":
            continue
        tail = _cap_run_end(toks, lo, k)
        if tail >= k:
            return None
        run = [t[2] for t in toks[tail:k]]
        split = _split_title(run)
        core = run[split:]
        honorific = split > 0 and _bare(run[split - 1]) in HONORIFICS
        if not core or (len(core) < 2 and not honorific) or classify(core) != "person" \
                or any(_bare(w) in TITLES or w.lower() in NOT_NAMES for w in core):
            return None
        after = [t[2] for t in toks[k + 1 : hi]]
        if after and after[0] == "the":
            after = after[1:]
        if not after or not all(is_cap(w) for w in after):
            return None
        name_lo = tail + split
        title = text[toks[lo][0] : toks[name_lo][0]].strip(" ,")
        if len(core) + 1 + (hi - k - 1) > MAX_OF_NAME and not honorific:
            # too long to read as one name: "James Pethokoukis (American Enterprise
            # Institute)", or the name alone with the affiliation in the role
            of_phrase = _strip_possessive(text[toks[k][0] : toks[hi - 1][1]])
            name = text[toks[name_lo][0] : toks[k - 1][1]]
            if len(core) + len(after) <= MAX_OF_NAME:
                return f"{name} ({' '.join(after)})".replace("’s)", ")").replace("'s)", ")"), \
                    title or None
            return name, f"{title}, {of_phrase}" if title else of_phrase
        name = _strip_possessive(text[toks[name_lo][0] : toks[hi - 1][1]])
        return name, title or None
    return None


def _loose(word: str) -> bool:
    """A lower-case word that may still sit in a title before a name ("venture", "longtime").

    Past forms ("praised", "imagined") are verbs, never part of a title.
    """
    low = word.lower()
    return (word[:1].islower() and word.isalpha() and low not in _NP_STOP
            and low not in CUE_VERBS and low not in PRONOUNS
            and not low.endswith(("ed", "ly", "es")))


def np_forward(toks: list[Tok], i: int, limit: int = 12, strict_start: bool = False,
               after_cue: bool = False) -> int:
    """End index (exclusive) of the noun phrase that starts at token ``i``.

    Unknown lower-case words pass only when a capitalised word follows within
    three tokens ("said retired Army Lt. Gen. Mick Bednarek").
    """
    j = i
    n = len(toks)
    while j < n and j - i < limit:
        w = toks[j][2]
        if w == "-" and spaced(toks, j):
            break  # "WASHINGTON -- President Obama": a dash, not the hyphen of "Jo-Ann"
        ok = _np_word(w, j == i)
        if not ok and (_loose(w) or (after_cue and j == i and w.islower() and w.isalpha()
                                     and w.endswith("ed") and w not in CUE_VERBS)) \
                and not (strict_start and j == i) \
                and not (j > i and j + 1 < n and toks[j + 1][2] in _ARTICLES):
            # "Carson took the stage Tuesday": a word taking an article is a verb
            ok = any(is_cap(toks[x][2]) and toks[x][2][:1].isalpha()
                     and toks[x][2].lower() not in NOT_NAMES  # "spoke out Tuesday"
                     for x in range(j + 1, min(n, j + 4))
                     if all(_np_word(toks[y][2], False) or _loose(toks[y][2])
                            for y in range(j + 1, x))) or (after_cue and _role_follows(toks, j + 1))
        if not ok and w == "and" and _joins_titles(toks, j, i):
            ok = True
        if not ok and w == "to" and j > i and j + 1 < n \
                and joins_with_to(toks[j - 1][2], toks[j + 1][2]):
            ok = True  # "Alliance to Reclaim Our Schools"
        if not ok and j > i and w[:1].isupper() and w.isalpha() \
                and toks[j - 1][2].lower() in FIRST_NAMES:
            ok = True  # "Al From", "Gary Will": a capitalised word after a first name
        if not ok:
            break
        if j > i and w.lower() in PRONOUNS and w != "I":
            break
        if j > i and toks[j - 1][2].lower() in PRONOUNS and toks[j - 1][2].lower() not in (
                "her", "his"):
            break
        j += 1
    # an NP does not end on an inner word ("of", "for")
    while j > i and toks[j - 1][2].lower() in _NP_INNER:
        j -= 1
    return j


def _role_follows(toks: list[Tok], k: int) -> bool:
    """"said the fire chief", "said a campaign finance lawyer": after a cue verb, plain
    lower-case nouns before a role noun describe the speaker (up to two of them)."""
    for x in range(k, min(len(toks), k + 2)):
        w = toks[x][2]
        if w in ROLE_NOUNS:
            return True
        if not _loose(w):
            return False
    return False


def _joins_titles(toks: list[Tok], j: int, i: int) -> bool:
    """"former Ohio Gov. and party chairman Tom Brandt": an "and" between two titles of
    one named person continues the phrase (a title, then title words and the name)."""
    if j <= i or _bare(toks[j - 1][2]) not in TITLES:
        return False
    for x in range(j + 1, min(len(toks), j + 6)):
        w = toks[x][2]
        if (is_cap(w) and _bare(w) not in TITLES and w.lower() not in NOT_NAMES
                and _bare(toks[x - 1][2]) in TITLES):
            return True  # a title right before a name
        if not (_bare(w) in TITLES or w.lower() in ROLE_NOUNS or is_cap(w)):
            return False
    return False


def spaced(toks: list[Tok], k: int) -> bool:
    """Does the mark at ``toks[k]`` stand apart from a word on either side (a dash, not
    the hyphen of "Jo-Ann")?"""
    return ((k > 0 and toks[k - 1][1] < toks[k][0])
            or (k + 1 < len(toks) and toks[k][1] < toks[k + 1][0]))


def np_backward(toks: list[Tok], j: int, limit: int = 12) -> int:
    """Start index of the noun phrase that ends just before token ``j``.

    A parenthesis right before the end ("Sanders (I-VT)") is skipped; unknown
    lower-case words pass only to the left of a capitalised word, two at most.
    """
    i = j
    if i > 0 and toks[i - 1][2] == ")":
        k = i - 1
        while k > 0 and toks[k][2] != "(" and i - k < 12:
            k -= 1
        if toks[k][2] == "(":
            i = k
    end = i
    loose = 0
    seen_cap = False
    while i > 0 and end - i < limit:
        w = toks[i - 1][2]
        low = w.lower()
        if w == "-" and spaced(toks, i - 1):
            break  # "Jo Li, who lost to Al Roe -- said": a dash closes an aside
        if _np_word(w, True) or (w == "to" and i >= 2 and i < end
                                  and joins_with_to(toks[i - 2][2], toks[i][2])):
            loose = 0
        elif seen_cap and _loose(w) and loose < 2:
            loose += 1
        else:
            break
        if low in PRONOUNS and i < end:
            break
        i -= 1
        seen_cap = seen_cap or is_cap(w) or low in TITLES or low in ROLE_NOUNS
        if low in PRONOUNS:
            break
        if low in _ARTICLES and (i == 0 or toks[i - 1][2].lower() not in _NP_INNER):
            break  # an article opens the phrase ("… meddling the California congressman")
    while i < end and (toks[i][2].lower() in _NP_INNER or (_loose(toks[i][2])
                       and toks[i][2].lower() not in TITLES and toks[i][2].lower() not in ROLE_NOUNS
                       and i + 1 < end and toks[i + 1][2][:1].islower())):
        i += 1
    if i >= 2 and i < end and toks[i - 1][2] == "at" and _bare(toks[i - 2][2]) in ANONYMOUS_HEADS:
        i -= 2  # "officials at Homeland Security Investigations"
    return i


def appositive(text: str, toks: list[Tok], i: int, relative: bool = False
               ) -> tuple[str | None, int]:
    """The appositive after a name at token ``i`` (", the director of X,") and its end.

    With ``relative``, a relative clause (", who …,") is skipped too; its text is
    returned but is not a role.
    """
    if i >= len(toks) or toks[i][2] != ",":
        return None, i
    j = i + 1
    if j >= len(toks):
        return None, i
    first = toks[j][2]
    low = first.lower()
    rel = low in ("who", "whose", "which")
    if rel and not relative:
        return None, i
    if not rel and (low in _NP_STOP or low in CUE_VERBS
                    or (low in PRONOUNS and low != "his" and low != "her")):
        return None, i
    depth = 0
    k = j
    while k < len(toks):
        w = toks[k][2]
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif w == "." and depth == 0 and k + 1 < len(toks) and toks[k + 1][2] == "," \
                and k > j and is_cap(toks[k - 1][2]):
            pass  # the period of an abbreviation: ", R-Ky., said"
        elif depth == 0 and (w in ",;:.!?" or (w in CUE_VERBS and k > j and not rel)):
            break
        k += 1
    if k == j or k - j > 30:
        return None, i
    return text[toks[j][0] : toks[k - 1][1]], k


def skip_adverbs_back(toks: list[Tok], j: int) -> int:
    """Back over adverbs and time words between a subject and its cue ("X on Monday said")."""
    k = j
    while k > 0 and (toks[k - 1][2] in ADVERBS or toks[k - 1][2] in TIME_WORDS):
        k -= 1
    # keep a time word that is itself the whole subject side ("On Monday said" never occurs)
    return k if k > 0 else j


def skip_adverbs(toks: list[Tok], i: int) -> int:
    while i < len(toks) and toks[i][2] in ADVERBS:
        i += 1
    return i


# ------------------------------------------------------------- coreference ---


@dataclass(slots=True, eq=False)
class Entity:
    name: str
    kind: str = "person"
    gender: str | None = None
    index: int = -1  # position in Entities.items


@dataclass
class Entities:
    """People and organisations named so far, for pronouns and short forms.

    Mentions are kept sorted by position so that a pronoun looks back with a
    binary search and a bounded scan — linear time even with thousands of quotes.
    """

    items: list[Entity] = field(default_factory=list)
    by_last: dict[str, Entity] = field(default_factory=dict)
    # people sharing the surname of someone named before them, by full name
    others: dict[str, Entity] = field(default_factory=dict)
    # title ("president", "senator") → (position, item) of the people named with it
    by_title: dict[str, list[tuple[tuple[int, int], int]]] = field(default_factory=dict)
    mentions: list[tuple[tuple[int, int], int]] = field(default_factory=list)  # (pos, item)
    # paragraphs whose short forms ("Trump") are recorded only when a pronoun needs them
    pending: dict[int, tuple[str, list[tuple[int, int]]]] = field(default_factory=dict)

    def add(self, name: str, pos: tuple[int, int], kind: str = "person",
            gender: str | None = None) -> Entity:
        last = _last_key(name)
        ent = self.by_last.get(last)
        if ent is not None and kind == ent.kind == "person" and not same_person(ent.name, name):
            # "George W. Bush" after "Jeb Bush": another person; "Bush" stays the first
            ent = self.others.get(name)
            if ent is None:
                ent = self.others[name] = Entity(name, kind, gender, len(self.items))
                self.items.append(ent)
            self.mention(ent, pos)
            return ent
        if ent is None:
            ent = Entity(name, kind, gender, len(self.items))
            self.items.append(ent)
            self.by_last[last] = ent
        else:
            if len(name) > len(ent.name) and kind == ent.kind:
                ent.name = name
            ent.gender = ent.gender or gender
        self.mention(ent, pos)
        return ent

    def find(self, name: str) -> Entity | None:
        """The entity a name was recorded under (by its last name), if any."""
        return self.by_last.get(_last_key(name)) if name.strip() else None

    def mention(self, ent: Entity, pos: tuple[int, int]) -> None:
        """Record another mention of a known entity (its short form) at ``pos``."""
        entry = (pos, ent.index)
        if not self.mentions or self.mentions[-1][0] <= pos:
            self.mentions.append(entry)
        else:
            insort(self.mentions, entry)

    def resolve_name(self, name: str) -> str:
        """Full form of a short name ("Mr. Trump", "Clinton"), else the name as is.

        "Cummings" becomes "Elijah Cummings of Maryland" once that was seen; a name
        with its own "of …" keeps it ("Mr. Morgan of the Sierra Club").
        """
        person = _person_part(name)
        suffix = name[len(person):]
        words_ = [w for w in person.split() if _bare(w) not in HONORIFICS]
        if not words_:
            return name
        core = [w for w in words_ if _bare(w) not in NAME_SUFFIXES] or words_
        ent = self.by_last.get(_bare(core[-1]))
        if ent:
            full = _person_part(ent.name)
            if len(full.split()) >= len(words_):
                known = {_bare(w) for w in full.split()}
                if all(_bare(w) in known for w in core):  # "Ivana Trump" is not "Donald Trump"
                    if not suffix:
                        return ent.name
                    if len((full + suffix).split()) <= MAX_OF_NAME:
                        return full + suffix
                    return " ".join(words_) + suffix  # as written, short enough
        return " ".join(words_) + suffix

    def compatible(self, name: str, pronoun: str) -> bool:
        """Can ``pronoun`` refer to the person ``name`` (a known person of no other gender)?"""
        g = PRONOUNS.get(pronoun.lower())
        ent = self.find(name)
        return (g in ("m", "f") and ent is not None and ent.kind == "person"
                and ent.gender in (None, g))

    def _short_forms_before(self, paragraph: int, reach: int = 3) -> None:
        """Record the short forms of the paragraphs a pronoun at ``paragraph`` looks back on."""
        for index in range(max(0, paragraph - reach), paragraph + 1):
            found = self.pending.pop(index, None)
            if found is not None and self.by_last:
                _scan_short_forms(found[0], index, self, found[1])

    def titled(self, title: str, ent: Entity | None, pos: tuple[int, int]) -> None:
        """Record that ``ent`` (None: someone unknown) was named with ``title`` at ``pos``
        ("Sen. Jo Li")."""
        key = _TITLE_FORMS.get(title, title)
        if key in TITLES and key not in _NOT_HEADS and (ent is None or ent.kind == "person"):
            insort(self.by_title.setdefault(key, []), (pos, -1 if ent is None else ent.index))

    def resolve_title(self, title: str, pos: tuple[int, int]) -> str | None:
        """"The president said": the person last named with that title before ``pos``."""
        named = self.by_title.get(_TITLE_FORMS.get(title, title))
        if not named:
            return None
        k = bisect_left(named, (pos, -2))
        return self.items[named[k - 1][1]].name if k and named[k - 1][1] >= 0 else None

    def resolve_pronoun(self, pronoun: str, pos: tuple[int, int]) -> str | None:
        """The most recent person before ``pos`` whose gender fits (looks back 200 mentions)."""
        g = PRONOUNS.get(pronoun.lower())
        if g not in ("m", "f"):
            return None
        self._short_forms_before(pos[0])
        k = bisect_left(self.mentions, (pos, -1))
        unknown: Entity | None = None  # the nearest person of unknown gender
        for j in range(k - 1, max(-1, k - 201), -1):
            ent = self.items[self.mentions[j][1]]
            if ent.kind != "person" or (ent.gender and ent.gender != g):
                continue
            if ent.gender == g:
                return ent.name  # a person known to fit beats a nearer unknown one …
            if unknown is None:
                unknown = ent
                if self.mentions[j][0][0] == pos[0]:
                    break  # … unless the unknown one is named in the pronoun's paragraph
            if k - j > KNOWN_REACH:
                break
        if unknown is None:
            return None
        unknown.gender = g
        return unknown.name


# Titles written two ways: "Rep. Jo Li" is "the congressman", "Sen. Jo Li" "the senator".
_TITLE_FORMS = {
    "rep": "congressman", "representative": "congressman", "congresswoman": "congressman",
    "sen": "senator", "gov": "governor", "pres": "president", "chairwoman": "chairman",
    "chair": "chairman", "prof": "professor", "atty": "attorney",
}


# Title words that qualify another ("campaign manager", "former governor"), never a
# title a person is called by on their own ("the campaign said" is no one named).
_NOT_HEADS = frozenset(
    """campaign press communications national regional state former senior acting deputy
    assistant associate interim vice general chief del""".split()
)


def _given_and_suffixes(name: str) -> tuple[list[str], list[str]]:
    words_ = [_bare(w) for w in _person_part(name).split()]
    words_ = [w for w in words_ if w not in HONORIFICS]
    return ([w for w in words_[:-1] if w not in NAME_SUFFIXES],
            [w for w in words_ if w in NAME_SUFFIXES])


def same_person(known: str, name: str) -> bool:
    """Can two full names with one surname be one person? "Hillary Clinton" and
    "Hillary Rodham Clinton" can; "Bill Clinton", "Donald Trump Jr." are others.

    Given names must agree where both are written, and so must suffixes. A name
    agrees with its initial or short form ("J.", "Chris" for Christopher) and with
    itself spelt with a double letter single ("Hilary", "Philip"); "Ivana" is not
    "Ivanka".
    """
    given_a, suffix_a = _given_and_suffixes(known)
    given_b, suffix_b = _given_and_suffixes(name)
    if suffix_a != suffix_b:
        return False
    if not given_a or not given_b:
        return True
    a, b = sorted((given_a[0], given_b[0]), key=len)
    return b.startswith(a) or (len(b) == len(a) + 1 and any(
        b[k] == b[k - 1] and b[:k] + b[k + 1:] == a for k in range(1, len(b))))


def _last_key(name: str) -> str:
    """The key a person is filed under: the last word of the name proper, suffixes aside
    ("King" of "Martin Luther King Jr. of Atlanta")."""
    person = _person_part(name)
    words_ = [w for w in person.split() if _bare(w) not in NAME_SUFFIXES] or person.split()
    return _bare(words_[-1]) if words_ else ""


def _person_part(name: str) -> str:
    """"Elijah Cummings" of "Elijah Cummings of Maryland" or "Jo Li (Acme Institute)"."""
    at = name.find(" of ")
    paren = name.find(" (")
    if paren > 0 and (at < 0 or paren < at):
        at = paren
    return name[:at] if at > 0 else name


KNOWN_REACH = 12  # mentions a pronoun looks past a person of unknown gender for a fitting one

_PARTICLE_RE = "|".join(sorted(NAME_PARTICLES | {w.capitalize() for w in NAME_PARTICLES}))
NAME_RUN = re.compile(
    # the capital is tested before the look-behind: most positions fail it at once
    rf"(?=[A-Z])(?<![\w'’.-])"
    rf"(?:(?:{_ABBR}|(?:[A-Z]\.)++|[A-Z][\w'’-]*+)\s++(?:(?:{_PARTICLE_RE})\s++)?)+"
    rf"[A-Z][\w'’-]*+\.?"
)
"""Two or more capitalised words (titles, initials and name particles inside)."""
_NAME_RUN_ASCII = re.compile(NAME_RUN.pattern.replace(r"\s++", r"[\s\x1c-\x1f]++"), re.ASCII)
"""The same runs in ASCII text, found faster (see ``_TOKEN_ASCII``)."""


_PLACE_FIRST = frozenset("new north south east west los las san santa fort mount lake port".split())
_PLACE_LAST = frozenset(
    """city county island islands street avenue beach valley river park square bay heights
    springs falls hills mountains coast airport arena stadium hotel hall church district
    state states kingdom republic act law bill amendment treaty prize award tower building
    street square day week war accord agreement convention summit
    """.split()
)


def _place_like(core: list[str]) -> bool:
    """"New Hampshire", "Carson City", "Affordable Care Act": a place or thing, never he/she."""
    return _bare(core[0]) in _PLACE_FIRST or _bare(core[-1]) in _PLACE_LAST


def scan_people(paragraph: str, index: int, entities: Entities) -> None:
    """Record every mention of a person in a paragraph.

    Full names (two or more capitalised words) introduce people; a known
    person's short form ("Trump", "Mr. Trump") is recorded too, so that a
    pronoun goes back to the person mentioned last, not to whoever was last
    named in full ("Trump said he …").
    """
    runs: list[tuple[int, int]] = []
    for hit in (_NAME_RUN_ASCII if paragraph.isascii() else NAME_RUN).finditer(paragraph):
        if hit.end() - hit.start() > 120:
            continue  # a run of capitals this long is a heading or noise, not a name
        runs.append((hit.start(), hit.end()))
        at = hit.start()
        if at < 2 or not (paragraph[at - 2].isalnum() or paragraph[at - 2] == ","):
            at = _after_opener(paragraph, at, hit.end())  # (most runs follow a word)
        found = _read_run(paragraph[at : hit.end()])
        if found is None:
            continue
        person, name, gender, title = found
        if person and hit.group() == name and _inside_org_name(paragraph, hit.start()):
            continue  # not "Public Safety" of "the Department of Public Safety"
        if person:
            ent = entities.add(name, (index, at), "person", gender)
            if title:
                entities.titled(title, ent, (index, at))
        else:
            ent = entities.by_last.get(_bare(name))
            if ent is not None and ent.kind == "person":
                entities.mention(ent, (index, hit.start()))
            if ent and not ent.gender:
                ent.gender = gender
            if title:
                # "President Obama" with no Obama known: the title now names someone
                # unknown, not the last "President George W. Bush"
                entities.titled(title, ent if ent is not None and ent.kind == "person"
                                else None, (index, hit.start()))
    entities.pending[index] = (paragraph, runs)


_POSSESSOR = re.compile(r"\w['’]s?\s")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"’”)]*\s+|[\"“(—–]\s*)$")


def _after_opener(paragraph: str, start: int, end: int) -> int:
    """Where the name in a run of capitals starts: past a common word that is capitalised
    only because it opens the sentence ("Despite Jo Li's …", "Neither Jo Li nor …").

    A first name ("Bill", "Hope") or a title stays; the word list is the everyday
    vocabulary of the source model.
    """
    space = paragraph.find(" ", start, end)
    low = paragraph[start:space].lower() if space > 0 else ""
    if (low not in attribution_vocab() or low in MALE_FIRST or low in FEMALE_FIRST
            or low in TITLES or low in HONORIFICS or low in _PLACE_FIRST
            or not _SENTENCE_START.search(paragraph, max(0, start - 4), start)
            or _POSSESSOR.search(paragraph, space, end)):
        return start  # "North Carolina", "Media Matters’ Jo Li": the word is part of a name
    return space + 1


@lru_cache(maxsize=1)
def attribution_vocab() -> frozenset[str]:
    """Everyday lower-case words (the vocabulary of the packaged source model)."""
    from briefs.extract.attribution import model  # late: attribution imports this module's peers
    return model()[1]


def _inside_org_name(paragraph: str, at: int) -> bool:
    """Does the run at ``at`` continue a capitalised name through "of" ("Bank of …")?"""
    if at < 4 or paragraph[at - 3 : at] != "of ":
        return False
    before = paragraph[max(0, at - 40) : at - 3].rstrip().rsplit(" ", 1)[-1]
    return before[:1].isupper() and before.isalpha()


# A capitalised word; led by the capital (scanned for at C speed), the character before
# it is checked after it, by a look-behind over both.
_CAP_WORD = re.compile(r"[A-Z](?<![\w'’.-].)[\w'’-]+")


def _scan_short_forms(paragraph: str, index: int, entities: Entities,
                      runs: list[tuple[int, int]]) -> None:
    """Single capitalised words that are a known person's last name ("Clinton said")."""
    k = 0
    by_last = entities.by_last
    for hit in _CAP_WORD.finditer(paragraph):
        at = hit.start()
        while k < len(runs) and runs[k][1] <= at:
            k += 1
        if k < len(runs) and runs[k][0] <= at:
            continue  # part of a longer name, recorded above
        ent = by_last.get(_bare(_strip_possessive(hit.group())))
        if ent is not None and ent.kind == "person":
            entities.mention(ent, (index, at))


@lru_cache(maxsize=8192)
def _read_run(text: str) -> tuple[bool, str, str | None, str | None] | None:
    """What a run of capitals names, from its words alone (cached: names recur).

    (True, full name, gender, title) for a person ("President Barack Obama" has the
    title "president"); (False, last word, gender, title) when a single word comes
    with a gender or a title ("Mr. Trump", "President Obama"); None otherwise.
    """
    run = [t[2] for t in tokenize(text) if t[2] != "."]
    if run:
        run[-1] = _strip_possessive(run[-1])  # "Donald Trump’s plan": the name is Donald Trump
    while run and ((run[0].lower() in NOT_NAMES and _bare(run[0]) not in HONORIFICS)
                   or run[0].lower() in CUE_VERBS):
        run = run[1:]  # "But", "Said" open sentences, not names
    if not run:
        return None
    first = _bare(run[0])
    gender = "m" if first == "mr" else "f" if first in ("mrs", "ms", "miss") else None
    k = _split_title(run)
    core = run[k:]
    core = core[_owned_name(core):]  # "CNN's Gloria Borger" is Gloria Borger
    title = _bare(run[k - 1]) if k else None  # the title's head word: "President"
    if gender is None and core:
        given = _bare(core[0])
        gender = "f" if given in FEMALE_FIRST else "m" if given in MALE_FIRST else None
    if (len(core) >= 2 and classify(core) == "person" and not _place_like(core)
            and not any(_is_acronym(x) for x in core)
            and all(x.lower() not in NOT_NAMES for x in core)):
        return True, " ".join(core), gender, title
    if len(core) == 1 and (gender or title) and core[0].lower() not in NOT_NAMES:
        return False, core[0], gender, title
    return None
