"""Name mentions: capitalised chunks in a sentence, the candidates for named sources.

A chunk is a maximal run of capitalised tokens, joined by the small connectors
that names contain ("Department of Justice", "Catherine De Bolle", "P.J.
Lechleitner"). Its *key* is the last capitalised token that is not a
determiner or pronoun — the same word a reader (and the PolNeAR scorer) uses to
tell "Hillary Clinton", "Mrs. Clinton" and "Clinton" apart from "Bill Clinton"
only by context. Tokenising is one linear regex pass per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

from briefs.extract.lexicon import PREPOSITIONS, joins_with_to

# \w+ with inner apostrophes/hyphens (O'Malley, Jean-Pierre, don't) but not a
# possessive 's, which is its own token; dotted initials (U.S., P.J.) stay whole (their
# repeat is set up only after a first "X.", not at every token). Nothing follows a word,
# so its quantifiers are possessive: no backtracking state kept.
TOKEN = re.compile(r"[A-Z]\.(?:[A-Z]\.)+|\w++(?:['’-](?!s\b)\w+)*+|['’]s\b|\S")
# The same tokens for ASCII text (most folded text), with ASCII classes: cheaper to test
# than Unicode categories. Unicode \s also holds \x1c-\x1f, so \S is spelled out.
_TOKEN_ASCII = re.compile(TOKEN.pattern.replace(r"|\S", r"|[^\s\x1c-\x1f]"), re.ASCII)

# Capitalised words that never name anyone on their own (they are skipped when a
# key is chosen, as determiners and pronouns are).
STOP = frozenset(
    [
        "I", "He", "She", "They", "It", "We", "You", "The", "A", "An", "His", "Her", "Their", "Its",
        "Our", "This", "That", "These", "Those", "My", "Your", "Some", "Many", "Most", "Another",
        "Other", "Others", "Several", "Both", "All", "Each", "Every", "Any", "No", "One", "Two",
        "Three", "Few", "Such"
    ]
)

# Titles written before a name; they belong to the role, not the name.
TITLES = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "sgt", "capt",
        "cmdr", "adm", "maj", "rev", "fr", "hon", "pres", "supt", "det", "insp", "atty",
        "president", "senator", "representative", "governor", "secretary", "mayor", "judge",
        "justice", "chairman", "chairwoman", "chair", "speaker", "leader", "minister", "director",
        "commissioner", "sheriff", "ambassador", "attorney", "general", "administrator", "chief",
        "deputy", "acting", "vice", "former", "first", "lady", "sir", "dame", "lord", "pope",
        "king", "queen", "prince", "princess", "rabbi", "bishop", "cardinal", "father", "sister",
        "congressman", "congresswoman", "councilman", "councilwoman", "councilmember", "professor",
        "coach", "detective", "officer", "sergeant", "lieutenant", "captain", "colonel", "admiral",
        "agent", "superintendent", "candidate", "nominee", "executive", "spokesman",
        "spokeswoman", "spokesperson", "founder", "ceo", "cfo", "coo", "economist", "analyst",
        "strategist", "premier", "chancellor", "treasurer", "comptroller", "inspector",
    ]
)

# Days, months and relative days: capitalised, never a source.
CALENDAR = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "today", "yesterday",
    ]
)

# Company-form suffixes: "Tesla Inc" is keyed on Tesla, not on Inc.
CORPORATE = frozenset(["inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "nv"])

# Lowercase words that may sit inside a name between capitalised words.
CONNECTORS = frozenset([
        "of", "for", "de", "del", "della", "der", "di", "da", "van", "von", "la", "le", "du", "bin",
        "al", "el", "&"
    ])

# Head words of organisation names: "Bureau of Investigation" stays whole, while
# "Catherine De Bolle of Europol" is a person (of an organisation).
ORG_HEADS = frozenset(
    [
        "department", "bureau", "university", "college", "school", "committee", "commission",
        "council", "center", "centre", "institute", "office", "board", "ministry", "bank", "church",
        "house", "senate", "court", "agency", "administration", "association", "foundation", "fund",
        "party", "secretary", "state", "states", "union", "federation", "league", "society",
        "academy", "museum", "city", "county", "republic", "kingdom", "chamber", "conference",
        "corporation", "company", "division", "service", "services", "assembly", "congress",
        "coalition", "alliance", "organization", "organisation", "network", "times", "post",
        "journal", "friends", "sisters", "daughters", "sons", "knights", "people", "court"
    ]
)

# Function words that are capitalised only because they open a sentence.
OPENERS = frozenset(
    [
        "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after",
        "before", "since", "because", "though", "although", "also", "then", "still", "meanwhile",
        "however", "instead", "now", "even", "only", "just", "for", "from", "with", "without", "by",
        "to", "of", "that", "this", "there", "here", "what", "why", "how", "where", "who", "which",
        "once", "unlike", "like", "despite", "during", "among", "until", "unless", "asked", "told",
        "said", "according", "having", "given", "see", "let", "please", "click"
    ]
) | PREPOSITIONS


# A token: (text, start, end) with offsets in the paragraph. Plain tuples: a
# sentence has dozens of them and objects would cost more than the matching.
Token = tuple[str, int, int]


@dataclass(slots=True)
class Chunk:
    """A capitalised chunk: token range [i, j) in its sentence, and its key."""

    i: int
    j: int
    key: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets shifted by ``offset``."""
    return [(m[0], m.start() + offset, m.end() + offset) for m in TOKEN.finditer(text)]


def tokenize_span(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets in ``text`` (no slice, no shift).

    Same tokens as ``tokenize(text[start:end], start)``: the pattern looks at no
    character before a match, and ``end`` acts as the end of the string.
    """
    pattern = _TOKEN_ASCII if text.isascii() else TOKEN
    return [(m[0], m.start(), m.end()) for m in pattern.finditer(text, start, end)]


class _Capital(dict[str, bool]):
    """First character → whether it opens a capitalised word (upper case and a letter)."""

    def __missing__(self, ch: str) -> bool:
        cap = ch.isupper() and ch.isalpha()
        if len(self) < 4096:
            self[ch] = cap
        return cap


_CAPITAL = _Capital()


def chunks(tokens: list[Token], texts: list[str] | None = None) -> list[Chunk]:
    """Capitalised chunks in reading order (linear: every token is looked at once).

    ``texts`` (the tokens' strings) may be passed when the caller has them. Only
    capitalised tokens can open a chunk, so the scan jumps from one to the next.
    """
    out: list[Chunk] = []
    n = len(tokens)
    if texts is None:
        texts = list(map(itemgetter(0), tokens))
    cap = list(map(_CAPITAL.__getitem__, map(itemgetter(0), texts)))
    k = 0
    for i in compress(range(n), cap):
        if i < k or not cap[i]:
            continue
        if texts[i][1:2] == "-" and _PARTY_TAG.match(texts[i]):
            _drop_party_tag(texts, cap, i)
            continue
        j = i
        while j < n:
            if cap[j]:
                t = texts[j]
                if j > i and t in STOP and texts[j - 1][-1:] == ".":
                    break  # "in the U.S. He says": a sentence the splitter missed
                if j + 1 < n and texts[j + 1] == "." and (
                        (len(t) == 1 and t.isupper()) or t.lower() in TITLES):
                    j += 2  # an initial or a title abbreviation: "J." / "Sen."
                else:
                    j += 1
                continue
            if texts[j] == "and" and j > i:
                end = _org_and(texts, i, j)
                if end:
                    j = end  # "Center for Strategic and International Studies"
                    continue
            if (texts[j] == "to" and j > i and j + 1 < n
                    and joins_with_to(texts[j - 1], texts[j + 1])):
                j += 1  # "Committee to Protect Journalists"
                continue
            if texts[j] in CONNECTORS and j > i and not (j == i + 1 and _adverb(texts[i])):
                # "of the Interior", "de la Cruz": up to two small words, then a capital
                # (not after an adverb opening the sentence: "Mostly for Trump")
                nxt = j + 1
                while nxt < n and nxt <= j + 2 and (texts[nxt] in CONNECTORS
                                                    or texts[nxt] == "the"):
                    nxt += 1
                if nxt < n and nxt <= j + 2 and texts[nxt][:1].isupper():
                    j = nxt
                    continue
            break
        # a chunk never ends on a connector
        while j > i and not texts[j - 1][:1].isupper() and texts[j - 1] != ".":
            j -= 1
        if j == i + 1:
            # most chunks are one capitalised word: it is its own key (unless a stop
            # word), as chunk_key would find, without the scan
            t = texts[i]
            if t not in STOP:
                out.append(Chunk(i, j, t.lower(), tokens[i][1], tokens[i][2]))
            k = j
            continue
        if j > i + 2:
            j = _split_person_of(tokens, i, j)
        key = chunk_key(tokens, i, j)
        if key:
            out.append(Chunk(i, j, key, tokens[i][1], tokens[j - 1][2]))
        k = max(j, i + 1)
    return out


# Last words of the field an organisation is "of" or "for" when the field has an "and":
# "Office of Management and Budget", "Centers for Disease Control and Prevention".
_FIELD_ENDS = frozenset(
    """studies research development budget policy services service affairs prevention
    technology sciences science culture politics security justice commerce trade industry
    outreach explosives resources safety health education welfare planning statistics
    enforcement information communications relations management protection conservation
    environment energy""".split()
)


def _adverb(word: str) -> bool:
    """"Mostly", "Clearly": a capitalised -ly word opens a sentence, never a name."""
    return len(word) > 5 and word.endswith("ly") and word[1:].islower()


def _org_and(texts: list[str], i: int, j: int) -> int:
    """End of an organisation name that goes on past the "and" at ``j``, else 0.

    Only a body "of"/"for" a field ("Office of Management and Budget") qualifies,
    and only when the words after "and" end on a field word: "University of
    Chicago and Carnegie Mellon" are two names.
    """
    if not any(texts[k] in ("of", "for") and texts[k - 1].lower() in ORG_HEADS
               for k in range(i + 1, j)):
        return 0
    m = j + 1
    while m < len(texts) and m <= j + 3 and texts[m][:1].isupper():
        m += 1
    return m if m > j + 1 and texts[m - 1].lower() in _FIELD_ENDS else 0


# A party and state after a legislator's name: "R-Texas", "D-Calif.", "R-S.C.", "(I-VT)".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z]")


def _drop_party_tag(texts: list[str], cap: list[bool], t: int) -> None:
    """A party-state tag names no one: neither "R-S" nor the "C" of "R-S.C." opens a chunk."""
    cap[t] = False
    k = t + 1
    while k + 1 < len(texts) and texts[k] == "." and len(texts[k + 1]) == 1 and cap[k + 1]:
        cap[k + 1] = False
        k += 2


def _split_person_of(tokens: list[Token], i: int, j: int) -> int:
    """End "Jane Doe of Acme" after "Jane Doe" unless the left part is an organisation."""
    for k in range(i + 2, j):
        if tokens[k][0] == "of":
            left = tokens[k - 1][0].lower()
            if left not in ORG_HEADS:
                return k
            return j
    return j


def chunk_key(tokens: list[Token], i: int, j: int) -> str | None:
    """Last capitalised, non-stop token of tokens[i:j], lowercased."""
    for k in range(j - 1, i - 1, -1):
        t = tokens[k][0]
        if t[:1].isupper() and t not in STOP and t != "." and (
                k == i or t.lower().rstrip(".") not in CORPORATE):
            return t.lower()
    return None


def strip_titles(tokens: list[Token], i: int, j: int) -> int:
    """Index of the first token after openers and titles ("But Sen."), keeping one."""
    k = i
    while k < j - 1:
        t = tokens[k][0]
        if t.lower() in TITLES and tokens[k + 1][0].lower() in ORG_HEADS:
            break  # "Justice Department", "State Department": a body, not a title
        if t in STOP or t.lower() in TITLES or t.lower() in OPENERS:
            k += 2 if k + 1 < j and tokens[k + 1][0] == "." else 1
            continue
        break
    return min(k, j - 1)


def after_role(tokens: list[Token], i: int, j: int) -> int:
    """Index where the name starts after a role written before it: "Senate Majority
    Leader Mitch McConnell" → "Mitch McConnell", "Secretary of State John Kerry" →
    "John Kerry". Bodies ("Department of Justice", "Justice Department") stay whole."""
    last = -1
    for k in range(i, j - 1):
        if tokens[k][0].lower().rstrip(".") in TITLES:
            last = k
    if last < 0:
        return strip_titles(tokens, i, j)
    k = last + 1
    if k < j and tokens[k][0] == ".":
        k += 1
    while k < j - 2 and tokens[k][0] in ("of", "for"):
        k += 3 if tokens[k + 1][0] == "the" else 2  # "of State", "of the Treasury"
    rest = tokens[k:j]
    if not rest or rest[-1][0].lower() in ORG_HEADS or not all(
            (t[0][:1].isupper() and t[0][:1].isalpha()) or t[0] == "." or t[0] in CONNECTORS
            for t in rest):
        return strip_titles(tokens, i, j)
    return k
