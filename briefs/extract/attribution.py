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
from dataclasses import dataclass
from functools import cache
from importlib import resources

from briefs.extract.mentions import OPENERS, STOP, TITLES, Chunk, Token, chunks, tokenize
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

FEATURES_FILE = "sources_lr.json"


@dataclass(slots=True)
class Candidate:
    """A name mention in context, ready to be scored."""

    sentence: Sentence
    tokens: list[Token]
    chunk: Chunk
    features: list[str]
    score: float = 0.0


def _low(tokens: list[Token], k: int) -> str:
    if k < 0:
        return "<s>"
    if k >= len(tokens):
        return "</s>"
    t = tokens[k].text
    return fold(t).lower() if not t[:1].isupper() else ("CAP" if len(t) > 1 else "C")


def _word(tokens: list[Token], k: int) -> str:
    if k < 0:
        return "<s>"
    if k >= len(tokens):
        return "</s>"
    return fold(tokens[k].text).lower()


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n < 6 else "6+")


def _after_apposition(tokens: list[Token], j: int) -> int | None:
    """Index after ", the director of X," following a mention, or None."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    for k in range(j + 1, min(len(tokens), j + 25)):
        if tokens[k].text == ",":
            return k + 1
        if tokens[k].text in {".", ";", '"', "“", "”"}:
            return None
    return None


def _features(
    tokens: list[Token], c: Chunk, quote_marks: list[int], key_counts: dict[str, int],
    first_seen: set[str], vocab: frozenset[str],
) -> list[str]:
    i, j = c.i, c.j
    f = ["b"]
    n1, n2, n3 = _word(tokens, j), _word(tokens, j + 1), _word(tokens, j + 2)
    p1, p2 = _word(tokens, i - 1), _word(tokens, i - 2)
    a1, a2 = _low(tokens, j), _low(tokens, j + 1)
    b1, b2 = _low(tokens, i - 1), _low(tokens, i - 2)
    f += [f"n1={a1}", f"n2={a2}", f"n12={a1}_{a2}", f"p1={b1}", f"p2={b2}", f"p21={b2}_{b1}"]
    f.append(f"n3={_low(tokens, j + 2)}")
    if n1 in CUE_WORDS:
        f.append("n1cue")
    if n2 in CUE_WORDS:
        f.append("n2cue")
    if n1 in {"'s", "’s"}:
        f.append(f"poss_n={n3 in CUE_WORDS or n2 in CUE_WORDS}")
    if p1 in CUE_WORDS:
        f.append("p1cue")
    if p2 == "according" and p1 == "to":
        f.append("according")
    k = _after_apposition(tokens, j)
    if k is not None:
        f.append(f"app={_low(tokens, k)}")
        if _word(tokens, k) in CUE_WORDS:
            f.append("appcue")
    # nearest cue word after the mention within the sentence
    dist = next((d for d in range(1, 12) if _word(tokens, j + d - 1) in CUE_WORDS), None)
    f.append(f"cuedist={dist if dist is None or dist < 4 else '4+'}")
    before = next((d for d in range(1, 6) if _word(tokens, i - d) in CUE_WORDS), None)
    f.append(f"cueback={before}")
    ntok = j - i
    f.append(f"len={min(ntok, 4)}")
    first = tokens[i].text
    if first.lower() in TITLES:
        f.append("title")
    if first.lower() in OPENERS:
        f.append("opener")
    if i == 0 or tokens[i - 1].text in {'"', "“", "”", "(", "—", "-"}:
        f.append("start")
    last = tokens[j - 1].text
    if last.isupper() and len(last) > 1:
        f.append("acronym")
    if ntok == 1 and first in STOP:
        f.append("stop")
    f.append(f"lw={last.lower() if last.lower() in vocab else 'NAME'}")
    f.append(f"fw={first.lower() if first.lower() in vocab else 'NAME'}")
    if p1 == "(" or (i > 0 and tokens[i - 1].text == "(" ):
        f.append("paren")
    inq = bisect.bisect_left(quote_marks, tokens[i].start) % 2 == 1
    f.append(f"inq={inq}")
    f.append(f"freq={_bucket(key_counts.get(c.key, 0))}")
    f.append(f"firstmention={c.key not in first_seen}")
    if any(t.text in {'"', "“", "”"} for t in tokens):
        f.append("sq")
    return f


@cache
def model() -> tuple[dict[str, float], frozenset[str], float]:
    """(feature → weight, common-word vocabulary, threshold) from the packaged file."""
    path = resources.files("briefs.extract.models").joinpath(FEATURES_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return {}, frozenset(), 0.5
    return data["weights"], frozenset(data["vocab"]), float(data["threshold"])


def candidates(doc: Document, vocab: frozenset[str] | None = None) -> list[Candidate]:
    """Every name mention of the document with its context features, in reading order."""
    vocab = model()[1] if vocab is None else vocab
    marks = [[i for i, ch in enumerate(fold(p)) if ch == '"'] for p in doc.paragraphs]
    tokenised: list[tuple[Sentence, list[Token], list[Chunk]]] = []
    counts: dict[str, int] = {}
    for s in doc.sentences:
        toks = tokenize(s.text, s.start)
        chs = chunks(toks)
        for c in chs:
            counts[c.key] = counts.get(c.key, 0) + 1
        tokenised.append((s, toks, chs))
    out: list[Candidate] = []
    seen: set[str] = set()
    for s, toks, chs in tokenised:
        for c in chs:
            feats = _features(toks, c, marks[s.paragraph], counts, seen, vocab)
            out.append(Candidate(s, toks, c, feats))
            seen.add(c.key)
    return out


def score(features: list[str], weights: dict[str, float] | None = None) -> float:
    """Probability that the mention is a source."""
    w = model()[0] if weights is None else weights
    z = sum(w.get(x, 0.0) for x in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scored_candidates(doc: Document) -> list[Candidate]:
    """Candidates with their source probability filled in."""
    out = candidates(doc)
    w = model()[0]
    for c in out:
        c.score = score(c.features, w)
    return out
