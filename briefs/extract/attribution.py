"""Attribution: which name mentions are sources — people and bodies that say, report, believe.

News attributes information in open-ended ways ("X said that …", "according to
X", "X told Y", "X has been critical of", "X called for …"). Rules for each
form top out early, so the decision is a small logistic model over generic
features of a mention's context: the words around it (reporting verbs, "according
to", "told"), its shape (title, acronym, possessive), whether it stands inside a
quotation, how often the article names it. The weights live in
``models/sources_lr.json`` (feature name → weight; no article text) and are
retrained by ``scripts/train_sources.py`` from the PolNeAR train split, together
with the key-level model (``models/source_keys_lr.json``, see ``key_features``)
that judges a name from all its mentions.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import compress, repeat
from operator import itemgetter

from briefs.extract import models
from briefs.extract.mentions import (
    CALENDAR,
    OPENERS,
    STOP,
    TITLES,
    Chunk,
    Token,
    chunks,
    tokenize_span,
)
from briefs.text import Document, Sentence, fold

# Reporting and stance verbs (all forms written out: no stemmer needed).
CUE_WORDS = frozenset(
    [
        "said", "say", "says", "saying", "told", "tell", "tells", "telling", "wrote", "write",
        "writes", "writing", "added", "adds", "adding", "asked", "asks", "asking", "noted", "notes",
        "noting", "announced", "announces", "announcing", "suggested", "suggests", "suggesting",
        "found", "finds", "argued", "argues", "arguing", "argue", "explained", "explains",
        "explaining", "described", "describes", "called", "calls", "calling", "call", "declined",
        "declines", "acknowledged", "acknowledges", "criticized", "criticizes", "criticised",
        "declared", "declares", "endorsed", "endorses", "responded", "responds", "accused",
        "accuses", "recalled", "recalls", "defended", "defends", "praised", "praises", "cited",
        "cites", "citing", "agreed", "agrees", "believe", "believes", "believed", "proposed",
        "proposes", "concluded", "concludes", "warned", "warns", "warning", "insisted", "insists",
        "insisting", "stated", "states", "urged", "urges", "urging", "opposed", "opposes", "thinks",
        "think", "thought", "claimed", "claims", "claiming", "claim", "refused", "refuses",
        "questioned", "questions", "hopes", "hoped", "hope", "predicted", "predicts", "promised",
        "promises", "revealed", "reveals", "blamed", "blames", "rejected", "rejects", "indicated",
        "indicates", "confirmed", "confirms", "denied", "denies", "dismissed", "dismisses",
        "tweeted", "tweets", "posted", "reported", "reports", "reporting", "estimated", "estimates",
        "showed", "shows", "show", "wants", "wanted", "want", "pledged", "vowed", "vows",
        "stressed", "stresses", "complained", "complains", "lamented", "admitted", "admits",
        "conceded", "countered", "replied", "replies", "observed", "observes", "emphasized",
        "emphasised", "mentioned", "mentions", "testified", "argued", "alleged", "alleges",
        "contended", "contends", "maintained", "maintains", "asserted", "asserts", "charged",
        "charges", "disputed", "disputes", "slammed", "slams", "blasted", "blasts", "attacked",
        "attacks", "mocked", "mocks", "ridiculed", "knows", "knew", "expects", "expected", "feels",
        "felt", "worried", "worries", "fears", "feared", "sees", "saw", "considers", "considered",
        "supports", "supported", "backed", "backs", "welcomed", "welcomes", "condemned", "condemns",
        "announced", "explain", "recommended", "recommends", "demanded", "demands", "asserting",
        # base forms after plural subjects and auxiliaries ("advocates note", "did not
        # deny"); forms that are mostly nouns ("report", "claim") are left out
        "note", "add", "suggest", "acknowledge", "criticize", "criticise", "declare", "respond",
        "accuse", "recall", "agree", "propose", "conclude", "warn", "insist", "urge", "predict",
        "promise", "reveal", "deny", "admit", "concede", "contend", "maintain", "assert",
        "allege", "expect", "fear", "worry", "stress", "complain", "describe", "announce",
        "confirm", "testify", "recommend", "reject", "dismiss", "indicate", "emphasize",
        "emphasise", "acknowledged",
        # speech verbs the quote speakers know too ("echoed", "quipped", "was quoted as")
        "echoed", "echoes", "echoing", "reiterated", "reiterates", "reiterating", "boasted",
        "boasts", "bragged", "joked", "jokes", "quipped", "quips", "shouted", "yelled",
        "exclaimed", "mused", "speculated", "speculates", "opined", "cautioned", "cautions",
        "underscored", "underscores", "implied", "implies", "clarified", "surmised", "remarked",
        "retorted", "wondered", "marveled", "marvelled", "quoted"
    ]
)

# Stances and positions: "has been critical of", "is confident that", "throwing her
# weight behind", "pushed for".
_STANCE_WORDS = frozenset(
    [
        "critical", "skeptical", "sceptical", "supportive", "opposed", "confident", "optimistic",
        "pessimistic", "adamant", "convinced", "concerned", "hopeful", "doubtful", "wary",
        "dismissive", "unconvinced", "sure", "aware", "throwing", "threw", "throws", "backing",
        "endorsing", "supporting", "opposing", "pushing", "pushed", "pushes", "signaled",
        "signalled", "signals", "hinted", "hints", "vowed", "vowing", "pledging", "urging",
        "demanding", "insisting", "accusing", "blaming", "praising", "criticizing", "criticising",
        "slamming", "questioning", "rejecting", "dismissing", "defending", "touting", "touted",
        "tout", "pointed", "pointing", "acknowledging", "conceding", "admitting", "announcing",
        "declaring", "predicting", "promising", "proposing", "recommending", "suggested",
        "suggests", "argued"
    ]
)

FEATURES_FILE = "sources_lr.json"

_PREPOSITIONS = frozenset([
        "of", "for", "with", "by", "to", "at", "in", "from", "against", "about", "on", "into",
        "over", "than", "like"
    ])


@dataclass(slots=True)
class Candidate:
    """A name mention in context, ready to be scored."""

    sentence: Sentence
    tokens: list[Token]
    chunk: Chunk
    features: list[str]
    score: float = 0.0
    explicit: bool = False  # an unmistakable attribution ("according to X", "X said")


_PAD_L = 3
_PAD_R = 14


ALL_CUES = CUE_WORDS | _STANCE_WORDS


_LEFT = ["<s>"] * _PAD_L
_RIGHT = ["</s>"] * _PAD_R


class _Lows(dict):
    """Token text → its context-feature word, filled on first sight.

    The classes depend only on the token's text (and the model's vocabulary), so
    one lookup per token replaces several string tests; a bounded cache keeps
    memory flat on huge or adversarial inputs.
    """

    __slots__ = ("vocab",)
    LIMIT = 200_000

    def __init__(self, vocab: frozenset[str]) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, t: str) -> str:
        w = t.lower()
        low = (("CAP" if len(w) > 1 else "C") if t[:1].isupper()
               else w if (w in self.vocab or w in ALL_CUES or not w[:1].isalnum())
               else "NUM" if w[:1].isdigit() else "~" + w[-2:])
        if len(self) >= self.LIMIT:
            self.clear()
        self[t] = low
        return low


_LOWS: dict[int, tuple[frozenset[str], _Lows]] = {}


def _lows_for(vocab: frozenset[str]) -> _Lows:
    """The token-class cache for one vocabulary (the shipped model's, or a trainer's)."""
    hit = _LOWS.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        hit = _LOWS[id(vocab)] = (vocab, _Lows(vocab))
    return hit[1]


class _Sent:
    """A sentence's tokens as padded lowercase word lists (index k → k + _PAD_L)."""

    __slots__ = ("according", "cue", "cues", "has_quote", "lows", "n", "tokens", "words")

    def __init__(self, tokens: list[Token], vocab: frozenset[str],
                 texts: list[str] | None = None) -> None:
        self.tokens = tokens
        self.n = len(tokens)
        if texts is None:
            texts = list(map(itemgetter(0), tokens))
        self.words = words = _LEFT.copy()
        words += map(str.lower, texts)
        words += _RIGHT
        # context words as features: common words and cues by identity, capitalised
        # words as CAP, numbers as NUM, other words only by their last two letters
        # (so the model file holds no rare strings)
        self.lows = lows = _LEFT.copy()
        lows += map(_lows_for(vocab).__getitem__, texts)
        lows += _RIGHT
        self.cue = cue = list(map(ALL_CUES.__contains__, words))
        self.cues = list(compress(range(len(cue)), cue))  # padded indices of cue words
        self.has_quote = '"' in texts  # only '"' lowers to '"'
        self.according = "according" in words or "reported" in words


# Words between a subject and its verb that say nothing about attribution.
_SKIPPABLE = frozenset(
    [
        "has", "have", "had", "also", "was", "is", "were", "are", "will", "would", "could", "can",
        "may", "might", "did", "does", "do", "not", "n't", "been", "be", "later", "then",
        "previously", "recently", "repeatedly", "again", "never", "already", "still", "just",
        "even", "now", "first", "initially", "himself", "herself", "themselves", "quickly",
        "publicly", "privately", "openly", "often", "once", "long", "has", "reportedly",
        "allegedly", "apparently", "has"
    ]
)


def _next_verb(st: _Sent, j: int, after: int | None = -1) -> int | None:
    """Index of the first word after a mention that is not an auxiliary or adverb,
    skipping an apposition (", the director of X,") or a bracket. ``after`` is the
    apposition end when the caller already knows it."""
    n, words = st.n, st.words
    k = j
    if k < n and words[k + _PAD_L] == "(":
        while k < n and words[k + _PAD_L] != ")":
            k += 1
        k += 1
        after = -1
    if after == -1:
        after = _after_apposition(st, k)
    if after is not None:
        k = after
    for m in range(k, min(n, k + 6)):
        w = words[m + _PAD_L]
        if w in _SKIPPABLE or w.endswith("ly"):
            continue
        return m if w[:1].isalpha() else None
    return None


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her"])


def _explicit(st: _Sent, c: Chunk) -> bool:
    """"according to (the event organiser) X", "as reported by X": the forms that always
    name a source."""
    W = st.words
    pi = c.i + _PAD_L
    k = pi - 1
    while W[k] in _DETERMINERS:
        k -= 1
    if W[k] == "by" and W[k - 1] == "reported":
        return True
    k = pi - 1
    while k > pi - 5 and (W[k] in _DETERMINERS or (W[k][:1].isalpha() and W[k].islower()
                                                   and W[k] not in ("to", "according"))):
        k -= 1
    return W[k] == "to" and W[k - 1] == "according"


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n < 6 else "6+")


def _after_apposition(st: _Sent, j: int) -> int | None:
    """Index after ", the director of X," following a mention, or None."""
    words = st.words
    if j >= st.n or words[j + _PAD_L] != ",":
        return None
    for k in range(j + 1, min(st.n, j + 25)):
        w = words[k + _PAD_L]
        if w == ",":
            return k + 1
        if w in _CLAUSE_END:
            return None
    return None


_CLAUSE_END = frozenset([".", ";", '"'])
_ROLE_TAIL = frozenset(["at", "who", "which", "whose"])
_ROLE_BOUNDARY = frozenset([".", ";", '"', ",", "<s>", ":", "(", ")"])


def _role_before(st: _Sent, comma: int) -> str | None:
    """"approle_cap" / "approle_low" when a role ends at the comma before a mention
    ("the White House press secretary, Josh Earnest," / "a lawyer for the outlets,
    Jo Li,"): whether the role names a body itself decides which one a reader keys
    the source on. None when no role (a lowercase word) stands there."""
    W, L = st.words, st.lows
    k = comma - 1
    stop = max(0, comma - 10)
    cap = low = False
    while k > stop and W[k] not in _ROLE_BOUNDARY:
        if W[k] in _ROLE_TAIL:
            cap = False  # "a partner at Lenox": the role is the words before "at"
        elif L[k] == "CAP" and W[k - 1] not in _ROLE_BOUNDARY:
            cap = True
        elif W[k][:1].isalpha() and W[k].islower():
            low = True
        k -= 1
    if not low:
        return None
    return "approle_cap" if cap else "approle_low"


_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ld", "ht")  # asked, given, shown, told, caught
_POSSESSIVE = ("'s", "’s")
_NP_JOINERS = ("'s", "’s", "-")
_CUEDIST = ("cuedist=None", "cuedist=1", "cuedist=2", "cuedist=3") + ("cuedist=4+",) * 8
_CUEBACK = tuple(f"cueback={d}" for d in (None, 1, 2, 3, 4, 5))
_LEN = ("len=0", "len=1", "len=2", "len=3", "len=4")
_FREQ = ("freq=0", "freq=1", "freq=2", "freq=3-5", "freq=3-5", "freq=3-5")


def _features(
    st: _Sent, c: Chunk, quote_marks: list[int], key_counts: dict[str, int],
    first_seen: set[str], vocab: frozenset[str],
) -> list[str]:
    """Context features of one mention (names of generic words and shapes only).

    Runs for every name mention of every article, so cue distances come from the
    sentence's sorted cue positions (bisection) rather than from scanning words.
    """
    i, j = c.i, c.j
    W, L, C = st.words, st.lows, st.cue  # padded: index k + _PAD_L
    pi, pj = i + _PAD_L, j + _PAD_L
    n1 = W[pj]
    p1 = W[pi - 1]
    a1, a2, b1, b2 = L[pj], L[pj + 1], L[pi - 1], L[pi - 2]
    f = ["b", "n1=" + a1, "n2=" + a2, f"n12={a1}_{a2}", "p1=" + b1, "p2=" + b2,
         f"p21={b2}_{b1}", "n3=" + L[pj + 2]]
    if C[pj]:
        f.append("n1cue")
    if C[pj + 1]:
        f.append("n2cue")
    possessive = n1 in _POSSESSIVE
    if possessive:
        f.append("poss_n=True" if C[pj + 2] or C[pj + 1] else "poss_n=False")
    if C[pi - 1]:
        f.append("p1cue")
        if b2 in _INVERSION_BEFORE and a1 in _INVERSION_AFTER:
            f.append("inverted")  # "…, said Dana Ortiz." / "…, said Dana Ortiz, a pollster"
    if st.according and _explicit(st, c):
        f.append("according")
    k = _after_apposition(st, j) if n1 == "," else None
    if k is not None:
        f.append("app=" + L[k + _PAD_L])
        if C[k + _PAD_L]:
            f.append("appcue")
    role = _role_before(st, pi - 1) if p1 == "," else None
    v = _next_verb(st, j, k)
    if v is None and role is not None and n1 == ",":
        v = _next_verb(st, j + 1)  # "a lawyer for the outlets, Jo Li, said": Jo Li said
    if v is not None:
        f.append("nv=" + L[v + _PAD_L])
        f.append("nvsuf=" + W[v + _PAD_L][-2:])
        after_v = L[v + _PAD_L + 1]
        # what follows the verb tells "added that" / "said ," from "added 2,000 jobs"
        f.append("nva=" + after_v)
        if C[v + _PAD_L]:
            f.append("nvcue")
            f.append("nvcuea=" + after_v)
        if (W[v + _PAD_L - 1] in _BE and W[v + _PAD_L].endswith(_PARTICIPLE_ENDINGS)
                and after_v not in ("as", "to")):
            # "Donations are reported", "Roof is accused": the one told about, not the
            # teller ("was quoted as saying", "is said to have" still speak)
            f.append("passivecue" if C[v + _PAD_L] else "passive")
    if possessive:
        f.append("pn=" + a2)
        v2 = _next_verb(st, j + 2)
        if v2 is not None and C[v2 + _PAD_L]:
            f.append("posscue")
    if n1 == "and" and a2 == "CAP":
        f.append("coord")
    if p1 in _PREPOSITIONS:
        f.append("prep")
    if role is not None:
        f.append(role + ("_closed" if n1 == "," else "_open"))
    # the mention heads or modifies the noun phrase right before a cue verb:
    # "Civil rights activists say", "a Democratic Party official said"
    for d in range(pj, pj + 6):
        if C[d]:
            f.append(f"npcue={d - pj}")
            break
        w = W[d]
        if not w[:1].isalpha() and w not in _NP_JOINERS:
            break
        if w in _PREPOSITIONS and w != "of":
            break
    # nearest cue word after the mention (within 11 words), and before it (within 5)
    cues = st.cues
    x = bisect.bisect_left(cues, pj)
    after = cues[x] - pj + 1 if x < len(cues) else 99
    f.append(_CUEDIST[after] if after < 12 else "cuedist=None")
    y = bisect.bisect_left(cues, pi, 0, x) - 1
    before = pi - cues[y] if y >= 0 else 99
    f.append(_CUEBACK[before] if before < 6 else "cueback=None")
    ntok = j - i
    f.append(_LEN[ntok] if ntok < 4 else "len=4")
    first, last = W[pi], W[pj - 1]
    if first in TITLES:
        f.append("title")
    if first in OPENERS:
        f.append("opener")
    if i == 0 or p1 in _OPENING:
        f.append("start")
    tokens = st.tokens
    last_text = tokens[j - 1][0]
    if last_text.isupper() and len(last_text) > 1:
        f.append("acronym")
    if ntok == 1 and tokens[i][0] in STOP:
        f.append("stop")
    f.append("lw=" + last if last in vocab else "lw=NAME")
    f.append("fw=" + first if first in vocab else "fw=NAME")
    if p1 == "(":
        f.append("paren")
    f.append("inq=True" if bisect.bisect_left(quote_marks, tokens[i][1]) % 2 == 1
             else "inq=False")
    count = key_counts.get(c.key, 0)
    f.append(_FREQ[count] if count < 6 else "freq=6+")
    f.append("firstmention=False" if c.key in first_seen else "firstmention=True")
    if st.has_quote:
        f.append("sq")
    return f


# A capital after the first word (as \s\S?[A-Z] finds it): led by the capital, which a
# search scans for at C speed, where a whitespace lead is tried at every word.
_CAP_INSIDE = re.compile(r"[A-Z](?:(?<=\s.)|(?<=\s..))")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_NEVER = OPENERS | CALENDAR
# Double quotation marks ('"“”„‟«»″') are '"' in the folded text, at the same offsets:
# one literal character, which a search finds faster than a class.
_STRAIGHT_DOUBLE = re.compile('"')
_OPENING = frozenset(['"', "(", "-"])
_INVERSION_BEFORE = frozenset([",", '"', "”", "'", "’"])
_INVERSION_AFTER = frozenset([".", ",", "</s>", ";", "(", "!", "?"])


@cache
def model() -> tuple[dict[str, float], frozenset[str], float]:
    """(feature → weight, common-word vocabulary, threshold) from the packaged file."""
    try:
        data = models.load(FEATURES_FILE)
    except OSError:
        return {}, frozenset(), 0.5
    return data["weights"], frozenset(data["vocab"]), float(data["threshold"])


TITLE = -1  # paragraph index of the headline in candidates and evidence spans


def _title_case(title: str) -> bool:
    """True for Headline Case (most longer words capitalised): names cannot be told apart."""
    words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) > 0.6 * len(words)


_IDX = ("idx=0", "idx=1", "idx=2")
MAX_MENTIONS = 100
"""Names scored per sentence at most: news prose has up to ~70 (a list of senators); a
"sentence" of thousands of initials ("A. B. A. B. …") is not prose and would cost a
feature vector per name."""


def candidates(doc: Document, vocab: frozenset[str] | None = None) -> list[Candidate]:
    """Every name mention of the document with its context features, in reading order."""
    vocab = model()[1] if vocab is None else vocab
    marks: dict[int, list[int]] = {}  # quotation marks per paragraph, found when needed
    sentences = doc.sentences
    # folded paragraphs (same offsets, plain marks), each folded once
    folded = list(doc.folded())
    if doc.title and not _title_case(doc.title):
        # a sentence-case headline names sources too ("Mayor says …"): paragraph -1
        folded.append(fold(doc.title))  # paragraph -1 (TITLE)
        sentences = [Sentence(TITLE, 0, len(doc.title), doc.title), *sentences]
    tokenised: list[tuple[Sentence, list[Token], list[str], list[Chunk]]] = []
    counts: dict[str, int] = {}
    for s in sentences:
        if not _CAP_INSIDE.search(s.text):
            first = _FIRST_WORD.match(s.text)
            word = first.group(1) if first else ""
            if not word[:1].isupper() or word in STOP or word.lower() in _NEVER:
                continue  # no capitalised word that could name anyone: skip the tokenizer
        toks = tokenize_span(folded[s.paragraph], s.start, s.end)
        texts = list(map(itemgetter(0), toks))
        chs = chunks(toks, texts)
        for c in chs:
            counts[c.key] = counts.get(c.key, 0) + 1
        tokenised.append((s, toks, texts, chs))
    out: list[Candidate] = []
    seen: set[str] = set()
    for s, toks, texts, chs in tokenised:
        named = [(idx, c) for idx, c in enumerate(chs)
                 if c.j - c.i != 1 or c.key not in _NEVER][:MAX_MENTIONS]  # not "But"
        if not named:
            continue
        st = _Sent(toks, vocab, texts)
        quote_marks = marks.get(s.paragraph)
        if quote_marks is None:
            quote_marks = marks[s.paragraph] = [
                m.start() for m in _STRAIGHT_DOUBLE.finditer(folded[s.paragraph])]
        for idx, c in named:
            feats = _features(st, c, quote_marks, counts, seen, vocab)
            feats.append(_IDX[idx] if idx < 2 else "idx=2")
            explicit = st.according and "according" in feats and "inq=False" in feats
            if s.paragraph == TITLE:
                feats = [f"T{x}" for x in feats] + feats
            out.append(Candidate(s, toks, c, feats, 0.0, explicit))
            seen.add(c.key)
    return out


def score(features: list[str], weights: dict[str, float] | None = None) -> float:
    """Probability that the mention is a source."""
    w = model()[0] if weights is None else weights
    z = sum(map(w.get, features, repeat(0.0, len(features))))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scored_candidates(doc: Document, weights: dict[str, float] | None = None,
                      vocab: frozenset[str] | None = None) -> list[Candidate]:
    """Candidates with their source probability filled in (the shipped model unless a
    trainer passes its own weights and vocabulary)."""
    out = candidates(doc, vocab)
    get = (model()[0] if weights is None else weights).get
    for c in out:
        z = sum(map(get, c.features, repeat(0.0, len(c.features))))
        c.score = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return out


# ------------------------------------------------------------ key level ---
#
# A key (a name as the scorer and a reader tell it apart: "Clinton") is a source
# if the article relies on it anywhere. One strong mention usually decides, but
# the other mentions tell a lot: a name always written "in Texas" or "Russian
# hackers" is a place or a nationality, a name given a title is a person, a name
# only ever inside quotation marks is talked about. A second small logistic model
# weighs these per-key signals; it is trained on keys the quotes did not find.

KEY_FEATURES_FILE = "source_keys_lr.json"

# Words after which a capitalised word is a place ("in Texas", "across Europe").
_PLACE_BEFORE = frozenset(["in", "from", "across", "throughout", "near", "outside", "inside",
                           "into", "around"])
# Lowercase words that may follow a name without making it a modifier ("Ames and",
# "Ames, who", "Ames is").
_NOT_MODIFIED = frozenset(
    ["and", "or", "but", "nor", "who", "whom", "whose", "which", "that", "is", "was", "are",
     "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
     "did", "does", "do", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
     "than", "also", "not", "said", "says", "the", "a", "an", "about", "after", "before",
     "over", "into", "when", "while", "if", "because", "so", "himself", "herself", "itself",
     "themselves", "alone", "too", "again", "once", "now", "then", "yet", "still", "never",
     "always", "only", "just", "even"]
)
# Places that name no one: a small list of the commonest in English-language news
# (US states, large countries) — a place as a source is nearly always its government,
# written out ("the Texas attorney general", "Russia's foreign ministry").
PLACES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire
    jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee
    texas utah vermont virginia washington wisconsin wyoming america u.s. us usa u.k. uk
    britain england scotland wales ireland canada france germany italy spain portugal
    russia china japan korea india pakistan afghanistan iran iraq syria israel egypt turkey
    ukraine poland greece cuba brazil argentina venezuela colombia chile peru australia
    europe asia africa libya yemen lebanon jordan saudi arabia qatar nigeria kenya
    vietnam indonesia philippines taiwan belgium netherlands sweden norway denmark finland
    switzerland austria hungary""".split()
)
# Endings of nationality and party adjectives ("Russian", "Chinese", "British",
# "Democratic"): with a lowercase noun after them they modify, not name.
_ADJ_ENDINGS = ("ian", "ese", "ish", "ic", "can", "ern")

_KMAX = tuple(f"kmax={d}" for d in range(10))
_KNOR = tuple(f"knor={d}" for d in range(10))
_KN = ("kn=0", "kn=1", "kn=2", "kn=3-4", "kn=3-4", "kn=5-9", "kn=5-9", "kn=5-9", "kn=5-9",
       "kn=5-9")
_KPASS = ("kpass=0", "kpass=1", "kpass=2", "kpass=3+")


def _share(n: int, total: int, name: str) -> str:
    """none / some / all of a key's mentions have a property."""
    return f"{name}=none" if n == 0 else (f"{name}=all" if n == total else f"{name}=some")


def _second(scores: list[float]) -> str:
    """Bucket of the second-best mention score (a second voice is a strong hint)."""
    if len(scores) < 2:
        return "kmax2=none"
    s = sorted(scores)[-2]
    return "kmax2=lo" if s < 0.1 else ("kmax2=mid" if s < 0.3 else "kmax2=hi")


def _tally(mentions: list[Candidate]) -> tuple[int, int, int, int, int, int, int, bool]:
    """How many of a key's mentions are in quotes, after "in", single words modifying a
    noun, titled, possessive, in the headline, several words; and whether one is
    explicit ("according to")."""
    inq = place = modifier = title = poss = head = multi = 0
    explicit = False
    for c in mentions:
        toks, ch = c.tokens, c.chunk
        inq += "inq=True" in c.features
        explicit = explicit or c.explicit
        nxt = toks[ch.j][0] if ch.j < len(toks) else ""
        place += ch.i > 0 and toks[ch.i - 1][0].lower() in _PLACE_BEFORE
        single = ch.j - ch.i == 1
        multi += not single
        modifier += (single and nxt[:1].islower() and nxt not in _NOT_MODIFIED
                     and nxt not in ALL_CUES)
        title += toks[ch.i][0].lower().rstrip(".") in TITLES
        poss += nxt in _POSSESSIVE
        head += c.sentence.paragraph == TITLE
    return inq, place, modifier, title, poss, head, multi, explicit


def key_features(mentions: list[Candidate], passing: list[bool], key: str, org: bool,
                 common: bool, top: bool) -> list[str]:
    """Features of one key from all its mentions (scores already filled in).

    ``org``: named as an organisation somewhere; ``common``: the key is an ordinary
    lowercase word too ("Critics"); ``top``: the article's most mentioned name.
    """
    scores = [c.score for c in mentions]
    n = len(mentions)
    kmax = _KMAX[min(9, int(max(scores) * 10))]
    inq, place, modifier, title, poss, head, multi, explicit = _tally(mentions)
    miss = 1.0  # noisy-or: how likely that at least one mention attributes
    for x in scores:
        miss *= 1.0 - x
    para = min(c.sentence.paragraph for c in mentions)
    f = ["kb", kmax, _second(scores), _KN[n] if n < 10 else "kn=10+",
         _KPASS[min(3, sum(passing))], _share(inq, n, "kinq"), _share(place, n, "kplace"),
         _share(modifier, n, "kmod"), _KNOR[min(9, int((1.0 - miss) * 10))],
         f"kn_{'1' if n == 1 else ('2-4' if n < 5 else '5+')}_{kmax}",
         "kpara=" + ("0" if para < 1 else "1-2" if para < 3 else "3-6" if para < 7 else "7+"),
         "korg" if org else "kperson"]
    for flag, name in ((explicit, "kexplicit"), (title, "ktitle"), (poss, "kposs"),
                       (head, "khead"), (multi, "kmulti"), (common, "kcommon"), (top, "ktop"),
                       (key.endswith(_ADJ_ENDINGS) and modifier, "kadj")):
        if flag:
            f.append(name)
    if key in PLACES:
        f += ["kgeo", "kgeo_" + kmax]
    if org:
        f.append("korg_" + kmax)
    return f


@cache
def key_model() -> tuple[dict[str, float], float]:
    """(feature → weight, threshold) of the key-level model from the packaged file."""
    try:
        data = models.load(KEY_FEATURES_FILE)
    except OSError:
        return {}, 0.5
    return data["weights"], float(data["threshold"])
