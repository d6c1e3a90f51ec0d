"""Attribution: which name mentions are sources — people and bodies that say, report, believe.

News attributes information in open-ended ways ("X said that …", "according to
X", "X told Y", "X has been critical of", "X called for …"). Rules for each
form top out early, so the decision is a small logistic model over generic
features of a mention's context: the words around it (reporting verbs, "according
to", "told"), its shape (title, acronym, possessive), whether it stands inside a
quotation, how often the article names it. The weights live in
``models/sources_lr.json`` (feature name → weight; no article text) and are
retrained by ``scripts/train_sources.py`` from the PolNeAR train split.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from operator import itemgetter

from briefs.extract.mentions import CALENDAR, OPENERS, STOP, TITLES, Chunk, Token, chunks, tokenize
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
        "announced", "explain", "recommended", "recommends", "demanded", "demands", "asserting"
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


class _Sent:
    """A sentence's tokens as padded lowercase word lists (index k → k + _PAD_L)."""

    __slots__ = ("cue", "has_quote", "lows", "n", "tokens", "words")

    def __init__(self, tokens: list[Token], vocab: frozenset[str]) -> None:
        self.tokens = tokens
        self.n = len(tokens)
        texts = list(map(itemgetter(0), tokens))
        words = list(map(str.lower, texts))
        self.words = _LEFT + words + _RIGHT
        # context words as features: common words and cues by identity, capitalised
        # words as CAP, numbers as NUM, other words only by their last two letters
        # (so the model file holds no rare strings)
        self.lows = _LEFT + [
            ("CAP" if len(w) > 1 else "C") if t[:1].isupper()
            else w if (w in vocab or w in ALL_CUES or not w[:1].isalnum())
            else "NUM" if w[:1].isdigit() else "~" + w[-2:]
            for w, t in zip(words, texts, strict=True)
        ] + _RIGHT
        self.cue = list(map(ALL_CUES.__contains__, self.words))
        self.has_quote = '"' in words


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
    """"according to (the event organiser) X": the one form that always names a source."""
    W = st.words
    pi = c.i + _PAD_L
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


def _features(
    st: _Sent, c: Chunk, quote_marks: list[int], key_counts: dict[str, int],
    first_seen: set[str], vocab: frozenset[str],
) -> list[str]:
    """Context features of one mention (names of generic words and shapes only)."""
    i, j = c.i, c.j
    W, L, C = st.words, st.lows, st.cue  # padded: index k + _PAD_L
    pi, pj = i + _PAD_L, j + _PAD_L
    n1 = W[pj]
    p1 = W[pi - 1]
    a1, a2, b1, b2 = L[pj], L[pj + 1], L[pi - 1], L[pi - 2]
    f = ["b", f"n1={a1}", f"n2={a2}", f"n12={a1}_{a2}", f"p1={b1}", f"p2={b2}",
         f"p21={b2}_{b1}", f"n3={L[pj + 2]}"]
    if C[pj]:
        f.append("n1cue")
    if C[pj + 1]:
        f.append("n2cue")
    possessive = n1 in ("'s", "’s")
    if possessive:
        f.append(f"poss_n={C[pj + 2] or C[pj + 1]}")
    if C[pi - 1]:
        f.append("p1cue")
    if _explicit(st, c):
        f.append("according")
    k = _after_apposition(st, j)
    if k is not None:
        f.append(f"app={L[k + _PAD_L]}")
        if C[k + _PAD_L]:
            f.append("appcue")
    v = _next_verb(st, j, k)
    if v is not None:
        vw = W[v + _PAD_L]
        f.append(f"nv={L[v + _PAD_L]}")
        f.append(f"nvsuf={vw[-2:]}")
        if C[v + _PAD_L]:
            f.append("nvcue")
    if possessive:
        f.append(f"pn={a2}")
        v2 = _next_verb(st, j + 2)
        if v2 is not None and C[v2 + _PAD_L]:
            f.append("posscue")
    if n1 == "and" and a2 == "CAP":
        f.append("coord")
    if p1 in _PREPOSITIONS:
        f.append("prep")
    # the mention heads or modifies the noun phrase right before a cue verb:
    # "Civil rights activists say", "a Democratic Party official said"
    for d in range(pj, pj + 6):
        w = W[d]
        if C[d]:
            f.append(f"npcue={d - pj}")
            break
        if not w[:1].isalpha() and w not in ("'s", "’s", "-"):
            break
        if w in _PREPOSITIONS and w != "of":
            break
    # nearest cue word after the mention, and before it, within the sentence
    dist: int | str | None = None
    for d in range(1, 12):
        if C[pj + d - 1]:
            dist = d if d < 4 else "4+"
            break
    f.append(f"cuedist={dist}")
    before = None
    for d in range(1, 6):
        if C[pi - d]:
            before = d
            break
    f.append(f"cueback={before}")
    ntok = j - i
    f.append(f"len={min(ntok, 4)}")
    first, last = W[pi], W[pj - 1]
    if first in TITLES:
        f.append("title")
    if first in OPENERS:
        f.append("opener")
    if i == 0 or p1 in _OPENING:
        f.append("start")
    last_text = st.tokens[j - 1][0]
    if last_text.isupper() and len(last_text) > 1:
        f.append("acronym")
    if ntok == 1 and st.tokens[i][0] in STOP:
        f.append("stop")
    f.append(f"lw={last if last in vocab else 'NAME'}")
    f.append(f"fw={first if first in vocab else 'NAME'}")
    if p1 == "(":
        f.append("paren")
    inq = bisect.bisect_left(quote_marks, st.tokens[i][1]) % 2 == 1
    f.append(f"inq={inq}")
    f.append(f"freq={_bucket(key_counts.get(c.key, 0))}")
    f.append(f"firstmention={c.key not in first_seen}")
    if st.has_quote:
        f.append("sq")
    return f


_CAP_INSIDE = re.compile(r"\s\S?[A-Z]")  # a capital after the first word
_FIRST_WORD = re.compile(r"\W*(\w+)")
_NEVER = OPENERS | CALENDAR
_DOUBLE_MARK = re.compile('["“”„‟«»″]')
_OPENING = frozenset(['"', "(", "-"])


@cache
def model() -> tuple[dict[str, float], frozenset[str], float]:
    """(feature → weight, common-word vocabulary, threshold) from the packaged file."""
    path = resources.files("briefs.extract.models").joinpath(FEATURES_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return {}, frozenset(), 0.5
    return data["weights"], frozenset(data["vocab"]), float(data["threshold"])


TITLE = -1  # paragraph index of the headline in candidates and evidence spans


def _title_case(title: str) -> bool:
    """True for Headline Case (most longer words capitalised): names cannot be told apart."""
    words = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) > 0.6 * len(words)


def candidates(doc: Document, vocab: frozenset[str] | None = None) -> list[Candidate]:
    """Every name mention of the document with its context features, in reading order."""
    vocab = model()[1] if vocab is None else vocab
    marks = [[m.start() for m in _DOUBLE_MARK.finditer(p)] for p in doc.paragraphs]
    sentences = doc.sentences
    if doc.title and not _title_case(doc.title):
        # a sentence-case headline names sources too ("Mayor says …"): paragraph -1
        marks.append([m.start() for m in _DOUBLE_MARK.finditer(doc.title)])
        sentences = [Sentence(TITLE, 0, len(doc.title), doc.title), *sentences]
    tokenised: list[tuple[Sentence, list[Token], list[Chunk]]] = []
    counts: dict[str, int] = {}
    for s in sentences:
        if not _CAP_INSIDE.search(s.text):
            first = _FIRST_WORD.match(s.text)
            word = first.group(1) if first else ""
            if not word[:1].isupper() or word in STOP or word.lower() in _NEVER:
                continue  # no capitalised word that could name anyone: skip the tokenizer
        toks = tokenize(fold(s.text), s.start)  # folded: same offsets, plain marks
        chs = chunks(toks)
        for c in chs:
            counts[c.key] = counts.get(c.key, 0) + 1
        tokenised.append((s, toks, chs))
    out: list[Candidate] = []
    seen: set[str] = set()
    for s, toks, chs in tokenised:
        if not chs:
            continue
        if all(c.j - c.i == 1 and (c.key in OPENERS or c.key in CALENDAR) for c in chs):
            continue
        st = _Sent(toks, vocab)
        for idx, c in enumerate(chs):
            if c.j - c.i == 1 and (c.key in OPENERS or c.key in CALENDAR):
                continue  # "But", "Tuesday": capitalised words that never name a source
            feats = _features(st, c, marks[s.paragraph], counts, seen, vocab)
            feats.append(f"idx={min(idx, 2)}")
            explicit = "according" in feats and "inq=False" in feats
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


def scored_candidates(doc: Document) -> list[Candidate]:
    """Candidates with their source probability filled in."""
    out = candidates(doc)
    w = model()[0]
    get = w.get
    for c in out:
        z = sum(map(get, c.features, repeat(0.0, len(c.features))))
        c.score = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return out
