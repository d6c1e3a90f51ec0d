"""Speakers: who utters a quote, read from the words around it.

The frame of a quote (its text with every quotation blanked) is parsed for a
cue verb and its subject: after the quote ("…," said X / X said), before it
(X said, "…" / X told Y: "…" / according to X), a label ("SMITH: …"), a
possessor ("X's claim that "…""), or the subject of the clause holding a
partial quote. Names, titles and roles are split by :mod:`names`. Every search
looks at a bounded window around the quote, so time stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefs.extract import names as nm
from briefs.extract.attribution import PLACES
from briefs.extract.lexicon import (
    ANONYMOUS_HEADS,
    CUE_VERBS,
    DETERMINERS,
    NOT_NAMES,
    ROLE_NOUNS,
    TITLES,
    words,
)
from briefs.extract.quote_marks import Segment
from briefs.text import split_sentences

WINDOW = 400
"""Characters of frame searched around a quote for its attribution (keeps time linear)."""


@dataclass(slots=True)
class Attribution:
    mention: nm.Mention
    cue: str
    pos: tuple[int, int]  # (paragraph, offset) of the cue
    weak: bool = False  # guessed from the clause subject, no cue verb
    reported: nm.Mention | None = None  # "X said, according to Y": Y speaks, reporting X


_NOT_VERBS = words(
    """and or but of in on at to for with from by as is was are were be been has have had
    who which that whose the a an"""
)
_CONJ = words("and but or so yet still also then meanwhile however now later")
_INTRO = words(
    """in on at after before when while during since as asked speaking citing responding
    following despite although though if because for with without under over by last
    this earlier once until unlike like according addressing writing referring"""
)


def _is_cue(word: str) -> bool:
    return word in CUE_VERBS  # lower-case only: "State", "Post" are never cues


_VERB_ONLY = words("says tells adds asks writes said told added asked wrote")
_GERUND_PREPS = words("in by after before while when for of about without upon on")
_TELL = words("tell tells told telling")
_NO_INVERSION = _TELL | words("ask asks asked asking")
_INVERTIBLE = words(
    """said says added adds wrote writes explained continued noted recalled replied responded
    insisted argued warned declared cautioned concluded observed remarked quipped joked
    countered tweeted posted"""
)
"""Cue verbs that may follow a clause and precede their subject ("…, said Smith, “…”")."""


def _is_cue_at(toks: list[nm.Tok], c: int) -> bool:
    """A cue verb, not the noun of the same spelling ("her claims", "late-night tweets")."""
    w = toks[c][2]
    if w not in CUE_VERBS:
        return False
    if c > 0 and w.endswith("ing") and toks[c - 1][2].lower() in _GERUND_PREPS:
        return False  # "In responding Friday, …", "by saying"
    if c == 0 or w in _VERB_ONLY or not w.endswith("s"):
        return True
    prev = toks[c - 1][2]
    low = prev.lower()
    if c > 1 and prev[:1].isupper() and low.endswith(_ADJECTIVE_ENDINGS) \
            and toks[c - 2][2].lower() in _NOUN_BEFORE:
        return False  # "32% of Republican claims": a noun after an adjective of origin
    return not (low in DETERMINERS or low.endswith(("'s", "’s")) or "-" in prev
                or low in ("of", "the", "new", "false", "these", "those", "many", "such"))


_ADJECTIVE_ENDINGS = ("an", "ic", "ish", "ese")  # Republican, Democratic, British, Chinese
_NOUN_BEFORE = words("of about on with to by for from than against")


def _skip_parens(toks: list[nm.Tok], j: int) -> int:
    """Past a parenthesis right after a name: "Jason Chaffetz (R-Utah) said", and past a
    stray comma between it and a cue verb: "Jack Reed (D-R.I.), said"."""
    if j < len(toks) and toks[j][2] == "(":
        k = j
        while k < len(toks) and toks[k][2] != ")" and k - j < 12:
            k += 1
        if k < len(toks) and toks[k][2] == ")":
            k += 1
            if k + 1 < len(toks) and toks[k][2] == "," and _is_cue(toks[k + 1][2]):
                k += 1
            return k
    return j


_CLAUSE_OPENERS = words("until before after because since when while if unless once whereas")
SUBORDINATORS = words("as when while after because since though although if once whereas unless")
"""Words that open a subordinate clause ("When Al Roe said …, Jo Li replied")."""


def subject(text: str, toks: list[nm.Tok], lo: int, hi: int, nearest: bool = False,
             subordinate: bool = True) -> tuple[nm.Mention, int] | None:
    """The subject of a clause in ``toks[lo:hi]``: a noun phrase followed by a verb.

    Tries the clause start and each comma or dash after it, so introductory
    phrases ("On Monday,", "WASHINGTON (AP) —", "Kicking off the day,") are
    passed over; with ``nearest`` the clause closest to ``hi`` wins (the doer of
    a participle: "…, as Mrs. Clinton echoed it, saying"). Without
    ``subordinate`` the subjects of subordinate clauses are passed over (a verb
    coordinated with "and" shares the main clause's subject: "X embraced him
    after he won and said").
    """
    starts = [lo] + [k + 1 for k in range(lo, hi)
                     if toks[k][2] in (",", "—", "–", "--", ";")
                     or (toks[k][2] == "-" and nm.spaced(toks, k))
                     or (subordinate and toks[k][2] in SUBORDINATORS and k > lo)
                     or (nearest and toks[k][2] == "and" and lo < k < hi - 1
                         and toks[k - 1][2].isalpha() and toks[k - 1][2].islower()
                         and (nm.is_cap(toks[k + 1][2])
                              or (toks[k + 1][2] == "the" and k + 2 < hi
                                  and nm.is_cap(toks[k + 2][2]))))]  # "a liar and NBC will"
    if nearest:
        starts.reverse()
        asides = _asides(toks, lo, hi)
        if asides:
            starts = [i for i in starts if not any(a < i <= b for a, b in asides)]
    unnamed: tuple[nm.Mention, int] | None = None  # kept in case no named subject turns up
    for i in starts:
        while i < hi and (toks[i][2].lower() in _CONJ or toks[i][2] in (",", "—", "–")
                          or toks[i][2].lower() in SUBORDINATORS):
            i += 1
        if i >= hi or _place_tail(toks, i):
            continue
        first = toks[i][2]
        named = _set_off_name(text, toks, i, hi) if first.lower() not in _INTRO else None
        if named is not None:
            return named  # "His partner at Lenox, Al Roe, called him …": Al Roe
        if first.lower() in _INTRO or (first[:1].isupper()
                                       and first.endswith(("ing", "ed", "ly"))
                                       and not _name_like(toks, i + 1, hi)):
            continue
        j = nm.np_forward(toks, i, strict_start=True)
        if j == i or j > hi:
            continue
        m = nm.mention_from_np(text, toks, i, j)
        if m is None or (m.kind == "unnamed" and not _role_head(m.text)):
            continue
        if (m.kind == "person" and m.name and j + 1 < hi and toks[j][2] == "and"
                and nm.is_cap(toks[j + 1][2])):
            # "Cruz and Trump have slammed …": both speak
            j2 = nm.np_forward(toks, j + 1, strict_start=True)
            other = nm.mention_from_np(text, toks, j + 1, j2) if j2 > j + 1 else None
            if other is not None and other.kind == "person" and other.name:
                m = nm.Mention(text[toks[i][0] : toks[j2 - 1][1]],
                               f"{m.name} and {other.name}", None, "group", m.start, other.end)
                j = j2
        j = _place_tail_end(toks, _skip_parens(toks, j), hi)
        role, k = nm.appositive(text, toks, j, relative=True)
        if role is not None and k < hi and toks[k][2] == ",":
            k += 1
        elif j + 1 < hi and toks[j][2] == "," and toks[j + 1][2] in _INTRO:
            # an aside between commas: "The campaign, in a statement, said"
            k = j + 1
            while k < hi and toks[k][2] != "," and k - j < 12:
                k += 1
            role, k = None, (k + 1 if k < hi and toks[k][2] == "," else j)
        else:
            role, k = None, j
        if role and m.kind == "unnamed" and not _clause(role):
            # "Another critic, Jane Q. Public, likened …": the appositive names the subject
            rt = nm.tokenize(role)
            inner = nm.mention_from_np(role, rt, 0, nm.np_forward(rt, 0)) if rt else None
            if (inner is not None and inner.kind == "person" and inner.name
                    and " " in inner.name and inner.end >= len(role) - 1):
                inner.role, m, role = inner.role or m.text, inner, None
        k = nm.skip_adverbs(toks, k)
        if (k <= hi and k < len(toks) and toks[k][2][:1].islower()
                and _bare_verb(toks[k][2]).isalpha()
                and not (i > lo and toks[i - 1][2] in SUBORDINATORS
                         and toks[k][2] in _NOT_AFTER_SUBJECT)):  # "went after Trump on …"
            if role and m.kind == "person" and not m.role and not _clause(role):
                m.role = role
            if m.kind != "unnamed" or m.name:
                return m, k
            if unnamed is None:
                unnamed = (m, k)
    return unnamed


_ROLE_PREPS = words("at of for with from")
"""Prepositions that tie a role to its body: "a partner at Lenox", "the head of Acme"."""


def _set_off_name(text: str, toks: list[nm.Tok], i: int,
                  hi: int) -> tuple[nm.Mention, int] | None:
    """A person named between commas after the role that is the subject, with a cue verb
    next: "His former partner at Lenox, Al Roe, called …" (the role, ending on a common
    noun or on what it is "at"/"of", stands first and may hold names itself)."""
    c1 = i
    while c1 < hi and toks[c1][2] not in (",", ";", ":", ".") and c1 - i < 12:
        c1 += 1
    if c1 >= hi - 3 or toks[c1][2] != "," or not any(
            t[2][:1].islower() and t[2].isalpha() and t[2] not in nm.DETERMINERS
            for t in toks[i:c1]):
        return None
    j = nm.np_forward(toks, c1 + 1, strict_start=True)
    if j >= hi or toks[j][2] != ",":
        return None
    m = nm.mention_from_np(text, toks, c1 + 1, j)
    if m is None or m.kind != "person" or not m.name or " " not in m.name:
        return None
    k = nm.skip_adverbs(toks, j + 1)
    if k >= hi or not _is_cue_at(toks, k):
        return None
    m.role = m.role or text[toks[i][0]:toks[c1 - 1][1]]
    return m, k


_NOT_AFTER_SUBJECT = words(
    "of in on at to for with from by as about over after before into than like against out"
)
"""Words that follow a noun phrase without being its verb."""
_ASIDE_OPENERS = words("who whose which a an the his her their")


def _asides(toks: list[nm.Tok], lo: int, hi: int) -> list[tuple[int, int]]:
    """Appositives and relative clauses between commas after a name, closed before a verb:
    "Smith, who backed Jones since he quit, blasted" / "Smith, a former mayor, poked".

    Their clauses never hold the subject of the verb that follows them.
    """
    out = []
    for k in range(max(lo, 1), hi - 2):
        opener = toks[k + 1][2]
        if toks[k][2] != "," or not (opener.lower() in _ASIDE_OPENERS
                                     or (opener.islower() and (opener in ROLE_NOUNS
                                                               or opener in TITLES)) or any(
                t[2].endswith(("'s", "’s")) for t in toks[k + 1 : min(hi, k + 4)])) \
                or not (nm.is_cap(toks[k - 1][2]) or toks[k - 1][2] == ")"):
            continue
        for e in range(k + 2, min(hi - 1, k + 30)):
            if toks[e][2] in (";", ":", "—", "–"):
                break
            if toks[e][2] == ",":
                nxt = toks[e + 1][2]
                if nxt.isalpha() and nxt.islower() and nxt not in _NOT_VERBS \
                        and nxt not in _CONJ:
                    out.append((k, e))
                break
    return out


def _name_like(toks: list[nm.Tok], k: int, hi: int) -> bool:
    """Is a capitalised -ing/-ed/-ly word a name ("Ted Cruz", "Kelly said"), not an
    introductory participle or adverb ("Speaking at", "Finally,")?"""
    if k >= hi:
        return False
    nxt = toks[k][2]
    return ((nm.is_cap(nxt) and nxt[:1].isalpha() and nxt.lower() not in NOT_NAMES)
            or (nxt.islower() and _is_cue(nxt)))


def _bare_verb(word: str) -> str:
    """A verb with its contraction dropped ("didn’t" -> "did"), so it reads as a verb."""
    for tail in ("n’t", "n't", "’s", "'s", "’ve", "'ve", "’d", "'d", "’ll", "'ll"):
        if word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)]
    return word


def _prepositional(toks: list[nm.Tok], i: int) -> bool:
    """A phrase opening with a preposition ("said of Smith:") is what the words are
    about, never the one saying them."""
    return toks[i][2].lower() in _NOT_AFTER_SUBJECT


_PLACE_PREPS = words("in at from of near outside")
_STATE_ABBR = re.compile(r"[A-Z]{2}|[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}")  # OH, Calif., N.C.


def _place_tail(toks: list[nm.Tok], i: int) -> bool:
    """Is ``toks[i]`` the state after "in Dayton, OH" — the place named before the comma
    goes on, so the chunk is never a subject of its own?"""
    r = i - 2
    if i < 3 or toks[i - 1][2] != "," or not nm.is_cap(toks[i][2]) or not nm.is_cap(toks[r][2]):
        return False
    while r > 0 and nm.is_cap(toks[r - 1][2]):
        r -= 1
    if r == 0 or toks[r - 1][2].lower() not in _PLACE_PREPS:
        return False
    k = i
    while k + 1 < len(toks) and nm.is_cap(toks[k + 1][2]) and k - i < 2:
        k += 1
    state = toks[k][2]
    return state.lower() in PLACES or bool(_STATE_ABBR.fullmatch(state))


def _past_state(toks: list[nm.Tok], j: int, hi: int) -> int:
    """Index after the state that follows the comma at ``toks[j]`` ("Jo Li of Dayton,
    Ohio"), or ``j`` when no state follows."""
    if j + 1 >= hi or not _place_tail(toks, j + 1):
        return j
    k = j + 1
    while k < hi and nm.is_cap(toks[k][2]) and k - j <= 3:
        k += 1
    return k


def _place_tail_end(toks: list[nm.Tok], j: int, hi: int) -> int:
    """Past the state that ends "Jo Li of Dayton, Ohio says": the name phrase takes it in."""
    k = _past_state(toks, j, hi)
    return k if j < k < hi and toks[k][2][:1].islower() else j


def _sentence_of(seg: str, toks: list[nm.Tok], c: int) -> int:
    """Index of the first token of the sentence holding ``toks[c]`` (abbreviations such as
    "Mo." or "Sen." end no sentence: the document's splitter decides)."""
    if not any(t[2] in (".", "!", "?") for t in toks[:c]):
        return 0  # one sentence: nothing to split (the common case)
    at = toks[c][0]
    first = max((a for a, _ in split_sentences(seg) if a <= at), default=0)
    return next((k for k in range(c + 1) if toks[k][0] >= first), 0)


def _named_chunk(seg: str, toks: list[nm.Tok], c: int) -> nm.Mention | None:
    """"Dean Johnson, a salesman from Sumter, South Carolina, says": the first named chunk
    ("But Tom Fitton, …": a leading conjunction is no part of it)."""
    start = _sentence_of(seg, toks, c)
    bounds = [k for k in range(start, c) if toks[k][2] == ","]  # in the cue's sentence only
    for k in bounds:
        while start < k and toks[start][2].lower() in _CONJ:
            start += 1
        first = toks[start][2] if start < k else ""
        if (start < k and not _place_tail(toks, start)
                and first.lower() not in _INTRO and first.lower() not in NOT_NAMES
                and not first.endswith(("ly", "ed", "ing"))
                and nm.np_forward(toks, start, strict_start=True) == k):
            m = nm.mention_from_np(seg, toks, start, k)
            if m is not None and m.kind in ("person", "organization") and m.name:
                return m
        start = k + 1
    return None


def _role_head(phrase: str) -> bool:
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return last in ROLE_NOUNS or last in ANONYMOUS_HEADS or last in TITLES


def _clause(role: str) -> bool:
    """An appositive that is a clause ("who …", "speaking on …"), not a title."""
    first = role.split()[0].lower() if role.split() else ""
    return first in ("who", "whose", "which", "when", "while") or first.endswith("ing")


def after_quote(text: str, a: int, b: int, par: int, loose: bool = False, _tail: bool = False
           ) -> Attribution | None:
    """An attribution opening ``text[a:b]`` (after a closing mark): ", said X" / ", X said".

    With ``loose`` (the quote ended on a comma, "?" or "!") any verb after the
    subject counts as the cue ("“…,” LeVell assured the crowd").
    """
    b = min(b, a + WINDOW)
    toks = nm.tokenize(text[a:b])
    seg = text[a:b]
    i = 0
    while i < len(toks) and toks[i][2] in (",", "—", "–", "-", "--", "―"):
        i += 1
    if i >= len(toks):
        return None
    if i > 0 and toks[i - 1][2] in ("—", "―", "–", "--") and not _tail:
        # "“…” — Jane Doe": a byline-style attribution after a dash
        j = nm.np_forward(toks, i)
        m = nm.mention_from_np(seg, toks, i, j) if j > i else None
        if (m is not None and m.kind == "person" and m.name
                and (j >= len(toks) or toks[j][2] in ("“", '"', ",", ".", "‘"))):
            return Attribution(m, toks[i - 1][2], (par, a + toks[i - 1][0]))
    i0 = nm.skip_adverbs(toks, i)
    w = toks[i0][2] if i0 < len(toks) else ""
    att: Attribution | None = None
    if not _is_cue(w) and loose and w.isalpha() and w.islower() and w.endswith(("s", "ed")) \
            and i0 + 1 < len(toks) and nm.is_cap(toks[i0 + 1][2]):
        cue_like = True  # "“…,” agrees Michelle Stevens"
    else:
        cue_like = False
    if _is_cue(w) or cue_like:
        j = nm.np_forward(toks, i0 + 1, after_cue=True)
        m = nm.mention_from_np(seg, toks, i0 + 1, j)
        if m is not None and not any(ch.isalpha() for ch in (m.name or m.text)):
            m, j = _name_after_number(seg, toks, i0 + 1, j)  # "said 9/11 widow Jane Doe"
        if m is not None and j < len(toks) and toks[j][2] in _AUXILIARIES:
            m = None  # "“…” said the candidate could win": a clause, not "said X"
        if w in _TELL:
            m = None  # "…, told The Daily Ledger": the one told, never the teller
        if w in ("put", "puts") and m is not None and m.text.lower() == "it":
            m = None  # "As Jo Li, author of “Roads,” put it, “…”": the subject came first
        if (m is not None and (m.pronoun or m.kind == "unnamed") and i0 + 1 < len(toks)
                and toks[i0 + 1][2].lower() in ("his", "her", "their")):
            named = _named_after_role(seg, toks, i0 + 1)
            if named is not None:
                return Attribution(named, w, (par, a + toks[i0][0]))
        if m is not None:
            att = _with_appositive(seg, toks, j, m, w, toks[i0][0])
    elif w == "according" and i0 + 1 < len(toks) and toks[i0 + 1][2] == "to":
        att = _according_to(seg, toks, i0)
    elif (toks[i][2].lower() not in _CLAUSE_OPENERS  # "“…” until Jo Li said": another clause
          and toks[i][2] not in _NOT_AFTER_SUBJECT):  # "“…” out of the U.S.": no subject
        j = nm.np_forward(toks, i)
        m = nm.mention_from_np(seg, toks, i, j) if j > i else None
        if m is not None:
            j = _skip_parens(toks, j)
            role, k = nm.appositive(seg, toks, j, relative=True)
            if role is not None and k < len(toks) and toks[k][2] == ",":
                k += 1
            elif not (role is not None and k < len(toks) and _is_cue(toks[k][2])):
                # (an appositive left open before its cue is kept)
                open_end = _cue_after_open_aside(toks, j, k) if role is not None else None
                role, k = (None, j) if open_end is None else \
                    (seg[toks[j + 1][0] : toks[open_end - 1][1]], open_end)
            k = nm.skip_adverbs(toks, k)
            if (k >= len(toks) or not _is_cue(toks[k][2])) and m.kind == "person" and m.name:
                far = _cue_after_asides(toks, j)
                if far > j:  # the first aside is the role ("Jo Li, the mayor, 41, said")
                    role, k = nm.appositive(seg, toks, j, relative=True)[0], far
            w = toks[k][2] if k < len(toks) else ""
            if (role is None and m.text.endswith(("'s", "’s")) and w.isalpha()
                    and w.islower() and not _is_cue(w)):
                # "Scott's niece, Marcia Price, shouted": the noun is possessed, not a verb
                return _possessed_speaker(text, seg, toks, i, k, par, a, loose)
            if role and (m.kind != "person" or m.text.endswith(("'s", "’s"))
                         or " of " in m.text or m.text[:1].islower()):
                # "California Rep. Duncan Hunter's chief of staff, Joe Kasper, told"
                rt = nm.tokenize(role)
                inner = nm.mention_from_np(role, rt, 0, nm.np_forward(rt, 0)) if rt else None
                if (inner is not None and inner.kind == "person" and inner.name
                        and len(inner.name.split()) >= 2 and inner.end >= len(role) - 1):
                    inner.role, m, role = m.text, inner, None
            if _is_cue(w) or (loose and w.isalpha() and w.islower() and w not in _NOT_VERBS
                              and m.kind != "unnamed"):
                if role and not m.role and m.kind == "person" and not _clause(role):
                    m.role = role
                if not _own_complement(toks, k + 1):
                    att = Attribution(m, w, (0, toks[k][0]))
    if att is None and not _tail:
        # a sentence-final attribution further on: "… “x” to Mr. Sanders, said David Axelrod."
        tries = 0
        for k in range(len(toks) - 2, i, -1):
            if toks[k][2] == ",":
                att = after_quote(text, a + toks[k][0], b, par, False, _tail=True)
                if att is not None and (att.cue in CUE_VERBS or att.cue == "according to"):
                    return att
                tries += 1
                if tries >= 4:
                    break
        return None
    if att is not None:
        att = _outer_source(seg, toks, att)
        att.pos = (par, a + att.pos[1])
    return att


def _according_to(seg: str, toks: list[nm.Tok], k: int) -> Attribution | None:
    """The source of "according to …" at ``toks[k]``.

    A document or account ("according to audio released by the Port Authority")
    is no speaker; the last name in its phrase, who stands behind it, is.
    """
    j = nm.np_forward(toks, k + 2)
    m = nm.mention_from_np(seg, toks, k + 2, j) if j > k + 2 else None
    if m is None or (m.kind == "unnamed" and not _role_head(m.text)):
        inner = _last_name_in_phrase(seg, toks, k + 2)
        if inner is not None:
            return Attribution(inner, "according to", (0, toks[k][0]))
    return _with_appositive(seg, toks, j, m, "according to", toks[k][0]) if m else None


def _last_name_in_phrase(seg: str, toks: list[nm.Tok], k: int) -> nm.Mention | None:
    """The last named person or body in the phrase from ``toks[k]`` to the next comma."""
    found = None
    x = k
    while x < len(toks) and x - k < 25 and toks[x][2] not in _PHRASE_ENDS:
        e = nm.np_forward(toks, x) if nm.is_cap(toks[x][2]) else x
        m = nm.mention_from_np(seg, toks, x, e) if e > x else None
        if m is not None and m.kind in ("person", "organization") and m.name:
            found = m
        x = max(e, x + 1)
    return found


_PHRASE_ENDS = frozenset(",;:.!?()—–")


def _outer_source(seg: str, toks: list[nm.Tok], att: Attribution) -> Attribution:
    """"“…,” Smith said, according to the Harbour Gazette": the one reporting the words is
    the source (PolNeAR keys nested attributions on the outer one)."""
    if att.cue == "according to":
        return att
    for k in range(1, len(toks) - 1):
        w = toks[k][2]
        outer = None
        if w == "according" and toks[k + 1][2] == "to":
            outer = _according_to(seg, toks, k)
        elif w in _REPORTS and toks[k - 1][2] == ",":  # ", reports the Harbour Gazette."
            e = nm.np_forward(toks, k + 1)
            m = nm.mention_from_np(seg, toks, k + 1, e) if e > k + 1 else None
            outer = Attribution(m, w, (0, toks[k][0])) if m is not None else None
        elif w in _REPORTS and (k + 1 == len(toks) or toks[k + 1][2] == "."):
            st = nm.np_backward(toks, k)  # ", the Harbour Gazette reported."
            m = nm.mention_from_np(seg, toks, st, k) if 0 < st < k \
                and toks[st - 1][2] == "," else None
            outer = Attribution(m, w, (0, toks[k][0])) if m is not None else None
        if outer is not None and outer.mention.kind in ("person", "organization") \
                and outer.mention.name:
            outer.reported = att.mention  # who said the words the outer source reports
            return outer
    return att


_REPORTS = words("reports reported")


def _cue_after_asides(toks: list[nm.Tok], j: int) -> int:
    """The cue after a chain of asides between commas that follows a name ("Harry Bond,
    30, of Raleigh, N.C., said" / "Blunt, after a long pause, said"); else ``j``.

    Each aside is short and holds no cue verb, so a new clause is never crossed.
    """
    if j >= len(toks) or toks[j][2] != ",":
        return j
    for k in range(j + 1, min(len(toks) - 1, j + 25)):
        w = toks[k][2]
        if w in (".", ";", ":", "!", "?", "“", "”", '"') or _is_cue(w):
            return j
        if w == ",":
            nxt = nm.skip_adverbs(toks, k + 1)
            if nxt < len(toks) and _is_cue(toks[nxt][2]) and not toks[nxt][2].endswith("ing"):
                return k + 1
    return j


def _name_after_number(seg: str, toks: list[nm.Tok], i: int, j: int
                       ) -> tuple[nm.Mention | None, int]:
    """A name a few words after a phrase that opens with a number ("9/11 widow Jane Doe")."""
    for x in range(j, min(len(toks), j + 4)):
        if nm.is_cap(toks[x][2]) and toks[x][2][:1].isalpha():
            k = nm.np_forward(toks, x)
            m = nm.mention_from_np(seg, toks, x, k) if k > x else None
            if m is not None and m.kind == "person" and m.name:
                m.role = m.role or seg[toks[i][0] : toks[x - 1][1]]
                return m, k
            break
    return None, j


def _possessed_speaker(text: str, seg: str, toks: list[nm.Tok], i: int, k: int, par: int,
                       a: int, loose: bool) -> Attribution | None:
    """"X's niece, Jane Doe, said": the named appositive speaks, never X; None if unnamed."""
    j = k
    while j < len(toks) and j - k < 3 and toks[j][2].isalpha() and toks[j][2].islower():
        j += 1
    if j >= len(toks) or toks[j][2] != ",":
        return None
    e = nm.np_forward(toks, j + 1, 8)
    inner = nm.mention_from_np(seg, toks, j + 1, e) if e > j + 1 else None
    if inner is None or inner.kind != "person" or not inner.name \
            or len(inner.name.split()) < 2:
        return None
    e = _skip_parens(toks, e)
    if e < len(toks) and toks[e][2] == ",":
        e += 1
    e = nm.skip_adverbs(toks, e)
    v = toks[e][2] if e < len(toks) else ""
    if not (_is_cue(v) or (loose and v.isalpha() and v.islower() and v not in _NOT_VERBS)):
        return None
    inner.role = inner.role or seg[toks[i][0] : toks[j - 1][1]]
    return Attribution(inner, v, (par, a + toks[e][0]))


def _with_appositive(text: str, toks: list[nm.Tok], j: int, m: nm.Mention, cue: str,
                     at: int) -> Attribution:
    if ((m.kind in ("unnamed", "organization") or m.text[:1].islower())
            and j + 1 < len(toks) and toks[j][2] == "," and nm.is_cap(toks[j + 1][2])):
        # "a spokeswoman for X, Jane Doe"
        k = nm.np_forward(toks, j + 1, 6)
        inner = nm.mention_from_np(text, toks, j + 1, k)
        if inner and inner.kind == "person" and inner.name and len(inner.name.split()) >= 2:
            if cue == "according to" and k < len(toks) and _is_cue_at(toks, k):
                # "According to Yahoo News, spokesman Jo Li said …": Jo Li is the subject
                # of the reported clause, not an appositive; the outer source speaks
                return Attribution(m, cue, (0, at), reported=inner)
            inner.role = text[toks[_np_start(toks, j)][0] : toks[j - 1][1]]
            return Attribution(inner, cue, (0, at))
    named = _named_as(text, toks, j) if m.kind == "unnamed" else None
    if named is not None:
        # "said the base chief known as Bob", "wrote a man calling himself Paul Paul"
        named.role = named.role or m.role or m.text
        return Attribution(named, cue, (0, at))
    j2 = j
    while j2 < len(toks) and j2 - j < 3 and toks[j2][2].isalpha() and toks[j2][2].islower():
        j2 += 1
    if (j2 > j and m.text.endswith(("'s", "’s")) and j2 + 1 < len(toks)
            and toks[j2][2] == ","):
        # "Clinton's introducer, actress Jamie Lee Curtis"
        k = nm.np_forward(toks, j2 + 1, 6)
        inner = nm.mention_from_np(text, toks, j2 + 1, k)
        if inner and inner.kind == "person" and inner.name and len(inner.name.split()) >= 2:
            inner.role = inner.role or text[toks[j - 1][0] if j else 0 : toks[j2 - 1][1]]
            return Attribution(inner, cue, (0, at))
    # "Jo Li of Dayton, Ohio, a nurse": the state goes on with the place, not a role
    role, _ = nm.appositive(text, toks, _past_state(toks, j, len(toks)))
    if role and m.kind == "person" and not m.role:
        m.role = role
    return Attribution(m, cue, (0, at))


_NAMING = (("named",), ("called",), ("known", "as"), ("identified", "as"),
           ("calling", "himself"), ("calling", "herself"))
"""Words between a description and the name it is given ("an academic named Jo Li")."""


def _named_as(text: str, toks: list[nm.Tok], j: int) -> nm.Mention | None:
    """The person a description at ``toks[:j]`` is then named as, or None."""
    for words_ in _NAMING:
        k = j + len(words_)
        if k < len(toks) and tuple(t[2] for t in toks[j:k]) == words_ \
                and nm.is_cap(toks[k][2]):
            inner = nm.mention_from_np(text, toks, k, nm.np_forward(toks, k, 6))
            if inner is not None and inner.kind == "person" and inner.name:
                return inner
            return None
    return None


def _np_start(toks: list[nm.Tok], j: int) -> int:
    """Start of the phrase ending at ``j``, determiners included ("a spokeswoman for X")."""
    i = j
    while i > 0 and toks[i - 1][2] not in (",", ";", ":", "—") and not _is_cue(toks[i - 1][2]):
        if i > 1 and toks[i - 1][2] == "to" and toks[i - 2][2].lower() == "according":
            break  # "according to a spokeswoman for X": the phrase starts after "to"
        i -= 1
    return i


_SPEECH_NOUNS = words(
    """claim claims statement statements remark remarks comment comments words promise
    promises pledge vow vows assertion assertions warning warnings tweet tweets slogan
    argument accusation accusations suggestion insistence quip admission prediction
    declaration boast boasts threat threats complaint plea demand mantra motto catchphrase
    line lines label"""
)
"""Nouns for what someone said: their possessor is the speaker ("Smith's claim that “…”").
Not nouns of judging ("criticism", "description"): "Ryan's criticism of “…”" quotes
someone else."""


_PASSIVE_CUES = words("asked told questioned pressed challenged")
_PLEDGES = words("pledge promise promises vow vows threat threats demand plea")
"""Nouns of saying that take "to": "Trump's pledge to be “neutral”"."""
_NON_FINITE = words("to will would could should can may might must")
"""Before a cue verb, these make it a plan or a report, not the attribution itself."""


_AUXILIARIES = words("is was are were has have had will would could should can may might must "
                     "does did")
BODY_PRONOUNS = words("it its they their")


def body_subject(text: str, a: int, b: int) -> nm.Mention | None:
    """The organisation a sentence is about, for "it"/"they" ("The Council … what it
    called “…”"): the subject of its first clause, when that is a named body."""
    if a >= b:
        return None
    seg = text[a:b]
    toks = nm.tokenize(seg)
    sub = subject(seg, toks, 0, len(toks))
    if sub is None or sub[0].kind != "organization" or not sub[0].name:
        return None
    return sub[0]


def possessor_around(text: str, s: Segment, par: int) -> Attribution | None:
    """"Romney's “47 percent” comment": a possessive right before the quote and a noun of
    saying right after it give the speaker."""
    if s.close_at is None or s.open_at < 3:
        return None
    after = text[s.close_at + 1 : s.close_at + 24].split()
    if not after or after[0].strip(",.;:").lower() not in _SPEECH_NOUNS:
        return None
    seg = text[max(0, s.open_at - 80) : s.open_at]
    toks = nm.tokenize(seg)
    m = _possessive_owner(seg, toks, len(toks))
    return Attribution(m, after[0].strip(",.;:"), (par, s.close_at + 1)) if m else None


def _possessive_owner(seg: str, toks: list[nm.Tok], end: int) -> nm.Mention | None:
    """The named person or body whose possessive ("Romney's") ends at ``toks[end - 1]``."""
    if end <= 0 or not toks[end - 1][2].endswith(("'s", "’s")):
        return None
    start = nm.np_backward(toks, end)
    m = nm.mention_from_np(seg, toks, start, end) if start < end else None
    return m if m is not None and m.kind in ("person", "organization") and m.name else None


def _possessor(seg: str, toks: list[nm.Tok]) -> Attribution | None:
    """"X's claim that “…”" / "his promise of “…”": whose words the quote gives.

    Only close to the quote (twelve words) and with no cue verb in between, where
    the possessive is nearer to the quoted words than any verb of saying.
    """
    n = len(toks)
    for k in range(n - 1, max(0, n - 12), -1):
        w = toks[k][2]
        if w in (",", ";", ":", ".", "(", ")") or _is_cue_at(toks, k):
            return None
        if w.lower() not in _SPEECH_NOUNS:
            continue
        nxt = toks[k + 1][2] if k < n - 1 else ""
        if not (nxt == "that" or (nxt == "to" and w.lower() in _PLEDGES)) or n - k > 7:
            return None  # "X's comments as “…”" is what someone else calls them
        q = k - 1
        while q > 0 and k - q <= 2 and toks[q][2].isalpha() and toks[q][2].islower() \
                and toks[q][2] not in ("his", "her", "their"):
            q -= 1  # "Trump's repeated claim"
        owner = toks[q][2]
        if owner.lower() in ("his", "her"):
            # "Smith repeated his claim that": the clause's subject owns the claim, else
            # the pronoun is resolved like any other
            sub = subject(seg, toks, 0, q, nearest=True)
            m = sub[0] if sub is not None and sub[0].kind == "person" and sub[0].name \
                else nm.mention_from_np(seg, toks, q, q + 1)
        else:
            m = _possessive_owner(seg, toks, q + 1)
        return Attribution(m, w, (0, toks[k][0])) if m is not None else None
    return None


def before_quote(text: str, a: int, b: int, par: int) -> Attribution | None:
    """An attribution in ``text[a:b]`` before an opening mark: "X said, " / "X told Y: "."""
    a = max(a, b - WINDOW)
    seg = text[a:b]
    toks = nm.tokenize(seg)
    n = len(toks)
    att: Attribution | None = _possessor(seg, toks)
    if att is not None:
        att.pos = (par, a + att.pos[1])
        return att
    for k in range(n - 1):
        if toks[k][2] in ("according", "According") and toks[k + 1][2] == "to":
            att = _according_to(seg, toks, k)
            if att is not None and not (att.mention.kind in ("person", "organization")
                                        and att.mention.name) and any(
                    _is_cue_at(toks, x) for x in range(k + 2, n)):
                att = None  # "According to one aide, Smith said “…”": the named one speaks
            break
    if att is None and n > 2 and toks[-1][2] == ":":
        # "When Trump suggested …, Rubio fired back: “…”": the clause before the colon speaks
        lc = max((k for k in range(n - 1) if toks[k][2] == ","), default=-1)
        if lc >= 0 and not any(_is_cue_at(toks, k) for k in range(lc + 1, n - 1)):
            sub = subject(seg, toks, lc + 1, n - 1)
            if sub is not None and sub[0].name and sub[0].kind in ("person", "organization"):
                att = Attribution(sub[0], toks[sub[1]][2], (0, toks[sub[1]][0]))
    if att is None:
        for c in range(n - 1, -1, -1):
            w = toks[c][2]
            if not _is_cue_at(toks, c):
                if c == 0 and w[:1].isupper() and w.lower() in CUE_VERBS and n > 1:
                    k = nm.np_forward(toks, 1)
                    m = nm.mention_from_np(seg, toks, 1, k) if k > 1 else None
                    if m is not None:
                        att = _with_appositive(seg, toks, k, m, w, toks[0][0])
                continue
            if c > 0 and toks[c - 1][2] in _NON_FINITE and any(
                    _is_cue_at(toks, x) and toks[x - 1][2] not in _NON_FINITE
                    for x in range(1, c - 1)):
                continue  # "X reported …, refusing to call it": the finite cue speaks
            att = _subject_of_cue(seg, toks, c)
            if att is not None and not att.mention.pronoun:
                att = _outer_speaker(seg, toks, c) or att
            break
        else:
            if att is None:
                att = label(seg, toks) or _clause_subject(seg, toks)
    if att is not None:
        att.pos = (par, a + att.pos[1])
    return att


_DASHES = ("-", "--", "—", "–", "―")


def byline(text: str, par: int) -> Attribution | None:
    """A paragraph that only signs the quote before it: "— Jane Doe, Dover." / "-Jo Li"."""
    head = text[:120]
    toks = nm.tokenize(head)
    if len(toks) < 2 or toks[0][2] not in _DASHES or len(text) > 160:
        return None
    j = nm.np_forward(toks, 1)
    m = nm.mention_from_np(head, toks, 1, j) if j > 1 else None
    if m is None or m.kind not in ("person", "organization") or not m.name \
            or (j < len(toks) and toks[j][2] not in (",", ".", "(")):
        return None
    return Attribution(m, toks[0][2], (par, toks[0][0]))


_OUTER_LEMMAS = frozenset("say claim note tell write argue insist report".split())
"""Verbs whose complement clause can hold another speech act ("Smith said Jones called …")."""


def _outer_speaker(seg: str, toks: list[nm.Tok], c: int) -> Attribution | None:
    """"Smith said Jones called the plan “…”": the quote sits in what Smith reports, and
    PolNeAR keys it on the outer, named speaker (a pronoun inner subject is left to
    coreference: "Smith said he told them"). Only a finite verb of saying whose clause
    runs on to the inner cue with no comma counts ("After Smith said so, Jones called …"
    is two clauses)."""
    for c0 in range(c - 2, 0, -1):
        w = toks[c0][2]
        if w in (",", ";", ":", ".", "(", ")") or w in _DASHES:
            return None  # "When Clinton noted … ― an aside ― Trump boasted, “…”": two clauses
        if not _is_cue_at(toks, c0) or CUE_VERBS[w] not in _OUTER_LEMMAS \
                or w.endswith("ing") or toks[c0 - 1][2] in _NON_FINITE:
            continue
        outer = _subject_of_cue(seg, toks, c0)
        if outer is not None and outer.mention.kind in ("person", "organization") \
                and outer.mention.name:
            return outer
        return None
    return None


def label(seg: str, toks: list[nm.Tok]) -> Attribution | None:
    """A speaker label before a colon: "Rep. Trey Gowdy (R-S.C.): “…”"."""
    n = len(toks)
    if n < 2 or toks[-1][2] != ":":
        return None
    start = nm.np_backward(toks, n - 1)
    for k in range(n - 2, start, -1):
        if toks[k][2] in ("-", "—", "–") and seg[toks[k][0] - 1 : toks[k][0]] == " ":
            start = k + 1  # "HEADLINE - Jane Doe: “…”": the label starts after the dash
            break
    if start < n - 1 and toks[start][2] in ("More", "Also") and toks[start + 1][2] == "from":
        start += 2  # "More from Jones:"
    m = nm.mention_from_np(seg, toks, start, n - 1) if start < n - 1 else None
    if (m is not None and m.kind == "person" and m.name and start > 1
            and toks[start - 1][2] == "and"):
        m, start = _pair_before(seg, toks, start, m)
    if m is None or m.kind in ("unnamed",):
        return None
    if start > 0 and toks[start - 1][2] not in (",", "—", "–", "-", ".", "from"):
        return _name_ending_clause(seg, toks, start, m)
    return Attribution(m, ":", (0, toks[-1][0]))


def _name_ending_clause(seg: str, toks: list[nm.Tok], start: int,
                        m: nm.Mention) -> Attribution | None:
    """A full name may also end a clause that has no verb of saying: "The surge doesn't
    surprise pollster Dana Ortiz: “…”" (``label`` is only asked when no cue is near).
    The words before the role ("surprise") are the clause's, not the speaker's."""
    if not (m.kind == "person" and m.name and " " in m.name
            and toks[start - 1][2][:1].islower()):
        return None
    n = len(toks)
    while start < n - 1 and toks[start][2][:1].islower() and toks[start][2] not in ROLE_NOUNS \
            and toks[start][2] not in TITLES:
        start += 1
    trimmed = nm.mention_from_np(seg, toks, start, n - 1)
    if trimmed is None or trimmed.name != m.name:
        return None
    return Attribution(trimmed, ":", (0, toks[-1][0]))


def _pair_before(seg: str, toks: list[nm.Tok], start: int, m: nm.Mention
                 ) -> tuple[nm.Mention, int]:
    """"Jo Li and Al Roe: “…”": two authors named in one label speak together."""
    first = nm.np_backward(toks, start - 1)
    other = nm.mention_from_np(seg, toks, first, start - 1) if first < start - 1 else None
    if other is None or other.kind != "person" or not other.name:
        return m, start
    both = nm.Mention(seg[toks[first][0] : m.end], f"{other.name} and {m.name}", None, "group",
                      other.start, m.end)
    return both, first


def _clause_subject(seg: str, toks: list[nm.Tok]) -> Attribution | None:
    """No cue verb: the subject of the clause holding a partial quote ("X labeled Y “…”")."""
    sub = subject(seg, toks, 0, len(toks), nearest=True)
    if sub is None:
        return None
    m, k = sub
    if m.pronoun and m.text.lower() == "it" and _bare_verb(toks[k][2]).lower() in _EXPLETIVE_VERBS:
        return _after_expletive(seg, toks, k)
    if toks[k][2].lower() in _NEVER_VERBS and " " not in m.text and k > 0 \
            and toks[k - 1][1] == m.end:
        return None  # "Check out the film “13th”": an imperative, no subject at all
    return Attribution(m, toks[k][2], (0, toks[k][0]), weak=True)


_NEVER_VERBS = words("out in up on off over down of for to at by with from into about")
"""Words that follow a capitalised sentence opener only when it is an imperative verb."""
_EXPLETIVE_VERBS = words("is was be seems seemed become became")


def _after_expletive(seg: str, toks: list[nm.Tok], k: int) -> Attribution | None:
    """"It is odd that Jo Li would denounce “…”" / "It was Li's defence of “…”": an empty
    "it" names no one; the named subject or possessor after its verb does."""
    that = next((x for x in range(k + 1, min(len(toks), k + 12)) if toks[x][2] == "that"), k)
    sub = subject(seg, toks, that + 1, len(toks), nearest=True) if that > k else None
    if sub is not None:
        named = sub[0].kind in ("person", "organization") and sub[0].name
        if not (named or sub[0].text.lower() in ("he", "she")):
            return None
        return Attribution(sub[0], toks[sub[1]][2], (0, toks[sub[1]][0]), weak=True)
    for e in range(k + 1, min(len(toks), k + 5)):
        owner = _possessive_owner(seg, toks, e + 1)
        if owner is not None:
            return Attribution(owner, toks[k][2], (0, toks[e][0]), weak=True)
    return None


_CHAIN_WORDS = words("was is were are been being had has have me him her them us")


def _chain_word(word: str) -> bool:
    """A word of "was prompted", "interrupted me", "had finally decided": a verb form,
    object pronoun or adverb, never a noun or preposition."""
    return word.isalpha() and word.islower() and (
        word in _CHAIN_WORDS or word.endswith(("ed", "ly")))


def _before_verb_chain(seg: str, toks: list[nm.Tok], t: int) -> nm.Mention | None:
    """"Jo Li was prompted to say" / "Jo Li, the editor, interrupted me to announce": the
    name before the verbs that lead to an infinitive cue is the one who speaks."""
    x = t - 1
    while x >= 0 and t - x <= 3 and _chain_word(toks[x][2]):
        x -= 1
    if x == t - 1 or x < 0:
        return None
    if toks[x][2] == "," and x > 0:
        x -= 1
    st = nm.np_backward(toks, x + 1)
    m = nm.mention_from_np(seg, toks, st, x + 1) if st <= x else None
    return m if m is not None and m.kind in ("person", "organization") and m.name else None


def _name_in_dashes(seg: str, toks: list[nm.Tok], d: int) -> nm.Mention | None:
    """"A former governor -- Jo Li, who lost in 2008 -- said": the name that opens the
    aside closed by the dash at ``toks[d]`` speaks."""
    while d > 0 and toks[d - 1][2] == "-":
        d -= 1
    for k in range(d - 1, max(-1, d - 30), -1):
        if toks[k][2] in (".", ";", "“", "”", '"'):
            return None
        if toks[k][2] in ("-", "—", "–") and nm.spaced(toks, k):
            e = nm.np_forward(toks, k + 1)
            m = nm.mention_from_np(seg, toks, k + 1, e) if e > k + 1 else None
            return m if m is not None and m.kind == "person" and m.name else None
    return None


def _own_complement(toks: list[nm.Tok], i: int) -> bool:
    """"“…,” Jo Li said the two cases differ": a cue followed by a clause of its own (a
    subject, then an auxiliary) reports that clause, not the quote before it."""
    for x in range(i + 1, min(len(toks), i + 5)):
        w = toks[x][2]
        if w in _AUXILIARIES and toks[x - 1][2][:1].isalpha():
            return toks[i][2].lower() in ("the", "a", "an", "his", "her", "their", "its")
        if not w.isalpha():
            return False
    return False


def _cue_after_open_aside(toks: list[nm.Tok], j: int, end: int) -> int | None:
    """"Jo Li, who is chairman of the Acme Fund said …": an aside never closed by a comma
    ends at the first cue right after a capitalised name; the index of that cue."""
    for x in range(j + 3, min(end, len(toks))):
        if _is_cue(toks[x][2]) and nm.is_cap(toks[x - 1][2]):
            return x
    return None


def _with_doer(seg: str, toks: list[nm.Tok], c: int) -> nm.Mention | None:
    """"…, with Jo Li noting “…”" / "with Jo Li tweeting that … and asking “…”": the
    name after "with" does what the -ing verbs say."""
    for k in range(c - 1, max(-1, c - 25), -1):
        w = toks[k][2]
        if w in (".", ";", "!", "?"):
            return None
        if w.lower() != "with":
            continue
        e = nm.np_forward(toks, k + 1)
        if e <= k + 1 or e > c or not (e == c or toks[e][2].endswith("ing")):
            return None
        m = nm.mention_from_np(seg, toks, k + 1, e)
        return m if m is not None and m.kind in ("person", "organization") and m.name else None
    return None


def _named_after_role(seg: str, toks: list[nm.Tok], i: int) -> nm.Mention | None:
    """"said his best friend at Kent, Jo Li,": a possessed role, then the full name
    between commas that it describes."""
    for q in range(i + 1, min(len(toks) - 1, i + 9)):
        if toks[q][2] == ",":
            e = nm.np_forward(toks, q + 1)
            m = nm.mention_from_np(seg, toks, q + 1, e) if e > q + 1 else None
            if (m is None or m.kind != "person" or not m.name or " " not in m.name
                    or (e < len(toks) and toks[e][2] not in (",", ".", ";"))):
                return None
            m.role = m.role or seg[toks[i][0] : toks[q - 1][1]]
            return m
        if not toks[q][2].isalpha():
            return None
    return None


def _open_appositive_start(toks: list[nm.Tok], s0: int) -> int:
    """Start of an appositive left open before its verb that runs on through "of" or
    "who is" ("Jo Li, president and CEO of the Acme Group stated"), else ``s0``."""
    for q in range(s0 - 1, max(0, s0 - 12), -1):
        w = toks[q][2]
        if w == ",":
            opener = toks[q + 1][2]
            return q + 1 if opener[:1].islower() and opener.isalpha() else s0
        if not (w.isalpha() or w in ("-", "&")) or w in CUE_VERBS:
            return s0
    return s0


def _subject_of_cue(seg: str, toks: list[nm.Tok], c: int) -> Attribution | None:
    """Who utters the cue at ``toks[c]``: the subject before it, after it, or of the clause."""
    w = toks[c][2]
    if w in _PASSIVE_CUES and c > 0 and toks[c - 1][2] in ("was", "were", "been", "being"):
        if not (c + 2 < len(toks) and toks[c + 1][2] == "by"):
            return None  # "Trump was asked a question": the one asked does not say it
        # "Sanders was asked by host Bill Maher, “…”": the one asking speaks
        k = nm.np_forward(toks, c + 2)
        m = nm.mention_from_np(seg, toks, c + 2, k) if k > c + 2 else None
        if m is not None and m.kind in ("person", "organization") and m.name:
            return _with_appositive(seg, toks, k, m, w, toks[c][0])
    j = nm.skip_adverbs_back(toks, c)
    prev = toks[j - 1][2] if j > 0 else ""
    if prev == "to":
        doer = _before_verb_chain(seg, toks, j - 1)
        if doer is not None:
            return Attribution(doer, w, (0, toks[c][0]))
    if prev == "-" and nm.spaced(toks, j - 1):
        named = _name_in_dashes(seg, toks, j - 1)
        if named is not None:
            return Attribution(named, w, (0, toks[c][0]))
    if prev in (",", "—", "–"):
        # "Smith, the former mayor, said" / "Smith, who …, said" / "…, saying"
        k = j - 2
        while k >= 0 and toks[k][2] != prev:
            k -= 1
        k2 = nm.np_forward(toks, c + 1)
        if (w in _INVERTIBLE and k2 > c + 1 and not _prepositional(toks, c + 1)
                and k2 < len(toks) and toks[k2][2] in (",", ":")):
            # inverted after a clause: "…, explained Rosenberg, “…”"
            inv = nm.mention_from_np(seg, toks, c + 1, k2)
            if inv is not None and inv.kind in ("person", "organization") and inv.name:
                return _with_appositive(seg, toks, k2, inv, w, toks[c][0])
        if w.endswith("ing") and prev == ",":
            st = nm.np_backward(toks, j - 1)
            if st < j - 1 and (st == 0 or toks[st - 1][2] in (".", "!", "?")):
                # "Mr. Manafort, citing “…”": the name that opens the sentence does it
                lead = nm.mention_from_np(seg, toks, st, j - 1)
                if lead is not None and lead.kind in ("person", "organization") and lead.name:
                    return Attribution(lead, w, (0, toks[c][0]))
        named = _named_chunk(seg, toks, j - 1) if not w.endswith("ing") else None
        if named is not None:
            chunk_end = named.end
            role = seg[chunk_end:toks[j - 1][0]].strip(" ,") or None
            if role and not named.role and named.kind == "person" and not _clause(role):
                named.role = role
            return Attribution(named, w, (0, toks[c][0]))
        if k > 0 and not w.endswith("ing"):
            start = nm.np_backward(toks, k)
            m = nm.mention_from_np(seg, toks, start, k) if start < k else None
            inner = (nm.mention_from_np(seg, toks, k + 1, j - 1) if k + 1 < j - 1
                     and _skip_parens(toks, nm.np_forward(toks, k + 1)) == j - 1 else None)
            in_role = (m is not None and start > 1 and toks[start - 1][2] in _ROLE_PREPS
                       and toks[start - 2][2].isalpha() and toks[start - 2][2].islower())
            if ((m is None or m.kind == "unnamed" or in_role) and inner is not None
                    and inner.kind == "person" and inner.name and " " in inner.name):
                # "Her chief policy aide, Jake Sullivan, calls" / "His partner at Lenox,
                # Al Roe, called": a name after the role (and what the role is "at") speaks
                if in_role:
                    first = nm.np_backward(toks, start - 1)
                    role_text = seg[toks[first][0]:toks[k - 1][1]]
                else:
                    role_text = m.text if m is not None else None
                inner.role = inner.role or role_text
                return Attribution(inner, w, (0, toks[c][0]))
            if m is not None and m.kind != "unnamed":
                role = seg[toks[k + 1][0] : toks[j - 2][1]] if k + 1 <= j - 2 else None
                if role and not m.role and m.kind == "person" and not role.lower().startswith(
                        ("who", "which", "speaking", "in ", "on ", "at ")):
                    m.role = role
                return Attribution(m, w, (0, toks[c][0]))
        sub = subject(seg, toks, 0, c, nearest=True)
        return Attribution(sub[0], w, (0, toks[c][0])) if sub is not None else None
    if w.endswith("ing"):
        doer = _with_doer(seg, toks, c)
        if doer is not None:
            return Attribution(doer, w, (0, toks[c][0]))
        start = nm.np_backward(toks, j)
        m = nm.mention_from_np(seg, toks, start, j) if start < j else None
        if m is not None and m.kind == "person" and m.name and " " in m.name:
            return Attribution(m, w, (0, toks[c][0]))  # "with Sen. John McCain calling it"
        sub = subject(seg, toks, 0, c, nearest=True)
        if sub is not None:
            return Attribution(sub[0], w, (0, toks[c][0]))
    start = nm.np_backward(toks, j)
    if start < j and _place_tail(toks, start):
        j = start - 1  # "Jo Li of Dayton, Ohio says": the name before the place speaks
        start = nm.np_backward(toks, j)
    if start < j and prev.lower() not in _CONJ:
        m = nm.mention_from_np(seg, toks, start, j)
        if m is not None and m.pronoun and start > 1 and toks[start - 1][2] not in SUBORDINATORS \
                and toks[start - 1][2] != ",":
            # "Graham assures his audience he will tell …": the named subject speaks (not
            # after a comma: "If Smith wins, he said, …" / "Eyebrows raised, he asked")
            sub = subject(seg, toks, 0, start)
            if sub is not None and sub[0].kind == "person" and sub[0].name:
                return Attribution(sub[0], w, (0, toks[c][0]))
        if (m is not None and m.kind == "organization" and start > 0
                and toks[start - 1][2].lower() in ("for", "of", "at", "with")):
            named = _named_chunk(seg, toks, start)
            if named is not None and named.kind == "person":
                named.role = named.role or seg[named.end : toks[j - 1][1]].strip(" ,") or None
                return Attribution(named, w, (0, toks[c][0]))
        s0 = start
        while s0 > 0 and toks[s0 - 1][2].lower() in ("the", "a", "an"):
            s0 -= 1
        if m is not None and m.kind in ("organization", "unnamed"):
            s0 = _open_appositive_start(toks, s0)
        if (m is not None and m.kind in ("organization", "unnamed") and s0 > 0
                and toks[s0 - 1][2] == "," and toks[s0][2][:1].islower()):
            # "Sam Lau, the communications director for the party said": an appositive
            # left open before its verb describes the name before it
            st2 = nm.np_backward(toks, s0 - 1)
            named = nm.mention_from_np(seg, toks, st2, s0 - 1) if st2 < s0 - 1 else None
            if (named is not None and named.kind == "person" and " " in (named.name or "")
                    and (st2 == 0 or toks[st2 - 1][2] in (".", ";", ":", "!", "?")
                         or (st2 == 1 and toks[0][2].lower() in _CONJ)) and not any(
                        x.lower() in NOT_NAMES for x in (named.name or "").split())):
                named.role = named.role or seg[toks[s0][0] : toks[j - 1][1]]
                return Attribution(named, w, (0, toks[c][0]))
        if m is not None:
            return Attribution(m, w, (0, toks[c][0]))
    if prev.lower() in _CONJ or w.endswith("ing") or (start == j and j > 0):
        sub = subject(seg, toks, 0, c, nearest=True,
                       subordinate=prev.lower() not in _CONJ)
        if sub is not None:
            return Attribution(sub[0], w, (0, toks[c][0]))
    # inverted: "said X, “…”" (but not "said he would …", where "he" starts a clause)
    k = nm.np_forward(toks, c + 1)
    if k > c + 1 and w not in _NO_INVERSION and not _prepositional(toks, c + 1):
        m = nm.mention_from_np(seg, toks, c + 1, k)
        after = toks[k][2] if k < len(toks) else ""
        if m is not None and not m.pronoun and not (after[:1].islower() and after.isalpha()):
            return _with_appositive(seg, toks, k, m, w, toks[c][0])
    return None
