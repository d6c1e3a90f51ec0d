"""Sources: who and what the article relies on, with mention counts and evidence.

Four finders feed one merge:
- people quoted (the quotes, speakers already resolved) — their cue clause is evidence;
- people and organisations that say, report, believe… — name mentions scored by
  the attribution model (attribution.py), grouped by key ("Clinton" joins
  "Hillary Clinton"; "DOJ" joins "Department of Justice (DOJ)"); a second,
  key-level model then keeps or drops each key the quotes did not already give,
  from all its mentions at once (a name always written "in Texas" is a place);
- documents, anonymous sourcing and the syndicator — rules (documents.py).
Each source appears once, in reading order of its first mention; mentions =
number of evidence strings. Evidence spans use paragraph -1 for the title;
evidence found in the page furniture (credit, licensing lines) has no span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter

from briefs.extract import attribution
from briefs.extract.documents import Hit, anonymous, documents, possessed_groups, publication
from briefs.extract.headline import headline_source
from briefs.extract.lexicon import ANONYMOUS_HEADS, NAME_PARTICLES, ROLE_NOUNS, joins_with_to
from briefs.extract.mentions import CALENDAR, ORG_HEADS, TITLES, Token, after_role, tokenize
from briefs.extract.organisations import acronyms, is_organisation
from briefs.models import Quote, Source, Span
from briefs.text import Document

_TITLE = -1
_FURNITURE = -2
_FURNITURE_ORDER = 1 << 30  # furniture (credit, licensing) reads after the body
_CLAUSE_TRIM = " ,.;:\"'“”‘’—–-"


@dataclass(slots=True)
class _Entry:
    """A source being built: evidence is collected in any order, sorted once at the end."""

    name: str
    kind: str
    first: tuple[int, int]
    found: dict[tuple[int, int], tuple[str, Span | None]] = field(default_factory=dict)

    def add(self, evidence: str, paragraph: int, start: int, end: int) -> None:
        where = _position(paragraph, start)
        if where in self.found:
            return
        span = None if paragraph == _FURNITURE else Span(paragraph=paragraph, start=start,
                                                          end=end)
        self.found[where] = (evidence, span)
        self.first = min(self.first, where)

    def ordered(self) -> tuple[list[str], list[Span]]:
        """Evidence in reading order, and the spans of those found in the title or body."""
        items = [self.found[w] for w in sorted(self.found)]
        return [e for e, _ in items], [s for _, s in items if s is not None]


def _position(paragraph: int, start: int) -> tuple[int, int]:
    """Reading-order position: title, body paragraphs, then furniture."""
    return (_FURNITURE_ORDER, start) if paragraph == _FURNITURE else (paragraph, start)


class _Sources:
    """Ordered merge of findings by identity (name key, document noun…)."""

    def __init__(self, acr: dict[str, str]) -> None:
        self.entries: dict[str, _Entry] = {}
        self.acr = acr
        self.acr_keys = {a.lower(): _key(long) for a, long in acr.items()}

    def ident(self, name: str) -> str:
        head = _AFFILIATION.split(name, 1)[0]
        if head != name and "n:" + _key(head) in self.entries:
            return "n:" + _key(head)  # "Jo Li for Civic Ledger" is the Jo Li already found
        key = _key(name)
        return "n:" + self.acr_keys.get(key, key)

    def add(self, ident: str, name: str, kind: str, evidence: str, paragraph: int,
            start: int, end: int) -> None:
        e = self.entries.get(ident)
        if e is None:
            e = self.entries[ident] = _Entry(name, kind, _position(paragraph, start))
        elif _better_name(name, e.name):
            e.name = name
        e.add(evidence, paragraph, start, end)

    def result(self) -> list[Source]:
        out = []
        for e in sorted(self.entries.values(), key=lambda e: e.first):
            evidence, spans = e.ordered()
            if evidence:
                out.append(Source(name=e.name, kind=e.kind, mentions=len(evidence),  # type: ignore[arg-type]
                                  evidence=evidence, spans=spans))
        return out


_AFFILIATION = re.compile(r" (?:for|of|at) ")


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """Last capitalised word of a name (the part before any bracket), lowercased."""
    toks = tokenize(re.sub(r"\([^)]*\)", " ", name))
    for t in reversed(toks):
        if t[0][:1].isupper():
            return t[0].lower()
    return name.lower()


def _better_name(new: str, old: str) -> bool:
    """Prefer the fuller form ("Hillary Clinton" over "Clinton"), an acronym's definition."""
    if "(" in old and "(" not in new:
        return False
    if new.startswith(old) and _AFFILIATION.match(new, len(old)):
        return False  # "Jo Li for Civic Ledger" does not rename Jo Li
    return ("(" in new and "(" not in old) or len(new.split()) > len(old.split())


def _display(tokens: list[Token], i: int, j: int, para: str) -> str:
    """The name as written, without leading openers, titles, roles and party."""
    k = after_role(tokens, i, j)
    if (j - k >= 3 and tokens[k][0].lower() in _PARTY_WORDS and tokens[k + 1][0][:1].isupper()
            and not any(t[0].lower() in ORG_HEADS for t in tokens[k + 1:j])):
        k += 1  # "Republican Marco Rubio": the party is no part of the name
    return para[tokens[k][1]:tokens[j - 1][2]]


_PARTY_WORDS = frozenset(["republican", "democrat", "democratic", "gop", "libertarian"])


def _name_only(name: str) -> str:
    """A speaker's name without a role written before it (the role is quotes[].role)."""
    toks = tokenize(name)
    if len(toks) < 2:
        return name
    return name[toks[after_role(toks, 0, len(toks))][1]:]


def extract_sources(doc: Document, quotes: list[Quote]) -> list[Source]:
    """People, organisations, documents, the syndicator and anonymous sourcing."""
    out, groups = _collect(doc, quotes)
    weights, threshold = attribution.key_model()
    for g in groups:
        if g.known or (attribution.score(g.features, weights) >= threshold if weights
                       else any(g.passing)):
            _add_group(out, doc, g)
    return out.result()


MentionModel = tuple[dict[str, float], frozenset[str], float]


def key_candidates(doc: Document, quotes: list[Quote], mention_model: MentionModel
                   ) -> tuple[list[str], list[tuple[list[str], str]]]:
    """What the key model decides on, for its trainer: the names found without it
    (speakers, rules, keys the quotes already gave) and each other key's features and
    fullest name."""
    out, groups = _collect(doc, quotes, mention_model)
    names = [q.speaker for q in quotes if q.text and q.speaker]
    names += [e.name for e in out.entries.values()]
    return names, [(g.features, g.name) for g in groups if not g.known]


def _collect(doc: Document, quotes: list[Quote], mention_model: MentionModel | None = None
             ) -> tuple[_Sources, list[_Group]]:
    """Every source the rules and quotes find, and the named keys left to decide."""
    acr = acronyms(doc.paragraphs)
    out = _Sources(acr)
    # (paragraph, start, end, ident): a quote's clause covers its speaker's mention; a
    # document citation covers every name inside it (the issuer is added with it)
    covered: list[tuple[int, int, int, str | None]] = []

    bounds: dict[int, list[tuple[int, int]]] = {}
    for x in doc.sentences:
        bounds.setdefault(x.paragraph, []).append((x.start, x.end))
    for q in quotes:
        _add_quote(out, doc, q, covered, bounds.get(q.paragraph, []))

    docs = documents(doc)
    for h in docs:
        covered.append((h.paragraph, h.start, h.end, None))
    _add_documents(out, doc, docs)

    said = headline_source(doc.title) if doc.title else None
    if said:
        name = acr.get(said.name, said.name)
        kind = _kind(name) if name != said.name else said.kind
        out.add(out.ident(name), name, kind, said.evidence, _TITLE, said.start, said.end)

    hidden = anonymous(doc)
    # "a Treasury spokesperson said" is one unnamed source, not also "Treasury"
    covered.extend((h.paragraph, h.start, h.end, None) for h in hidden)
    for h in hidden:
        out.add(_unnamed_ident(h.name), h.name, "anonymous", h.evidence, h.paragraph, h.start,
                h.end)
    unnamed_at: dict[int, list[int]] = {}
    for h in hidden:
        unnamed_at.setdefault(h.paragraph, []).append(h.start)
    for h in possessed_groups(doc):
        name_end = h.start + len(h.name)  # the evidence goes on to the verb
        starts = unnamed_at.get(h.paragraph, [])
        k = bisect.bisect_left(starts, h.start)
        if k < len(starts) and starts[k] < name_end:
            continue  # "Mrs. Clinton's aides said": already an unnamed source
        covered.append((h.paragraph, h.start, name_end, None))  # the group speaks, not its owner
        out.add("g:" + h.name.lower(), h.name, h.kind, h.evidence, h.paragraph, h.start, h.end)
    for h in publication(doc):
        out.add("p:" + h.name.lower().removeprefix("the "), h.name, "publication", h.evidence,
                h.paragraph, h.start, h.end)
    return out, _named_groups(out, doc, covered, acr, mention_model)


def _kind(name: str) -> str:
    """A body (an organisation, or a country, state or capital speaking as its government)
    or a person."""
    place = name.lower().removeprefix("the ")
    if is_organisation(name) or place in attribution.PLACES or place in _CAPITALS:
        return "organization"
    if " " not in name and _BRAND_CASE.search(name) and not name.startswith(_NAME_PREFIXES):
        return "organization"  # "BuzzFeed", "ProPublica", "HarperCollins": a brand
    return "person"


# A capital inside one word marks a brand, unless a surname prefix explains it.
_BRAND_CASE = re.compile(r"[a-z][A-Z][a-z]")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "O’",
                  "D'", "D’")


# Capitals that stand for their governments in news ("Beijing warned", "Moscow denied").
_CAPITALS = frozenset(
    """beijing moscow london paris berlin tokyo ankara cairo jerusalem tehran baghdad
    damascus kabul islamabad riyadh ottawa brussels madrid rome athens kiev kyiv warsaw
    havana caracas seoul pyongyang delhi manila jakarta canberra tripoli amman doha
    beirut kinshasa nairobi pretoria brasilia lima bogota santiago budapest vienna
    stockholm oslo copenhagen helsinki dublin lisbon bern prague minsk tbilisi baku
    hanoi bangkok taipei""".split()
)


def _add_quote(out: _Sources, doc: Document, q: Quote, covered: list,
               bounds: list[tuple[int, int]]) -> None:
    """A quoted speaker is a source; the attribution clause around the cue is evidence."""
    if not q.speaker:
        return
    name = _name_only(_trim(q.speaker))
    if not name:
        return
    para = q.paragraph
    text = doc.paragraphs[para] if 0 <= para < len(doc.paragraphs) else ""
    clause = _quote_clause(text, q, bounds)
    described = _described(name)
    # "a 2008 Clinton veteran" is someone unnamed, not Clinton: a source of its own
    ident = _unnamed_ident(name) if described else out.ident(name)
    if described:
        # "Florida senator", "Trump's campaign manager" are people; "the Trump campaign",
        # "Mexican government" bodies: the head word decides
        kind = "organization" if is_organisation(name.rsplit(" ", 1)[-1]) else "anonymous"
    else:
        kind = _kind(name)
    if clause:
        a, b = clause
        covered.append((para, a, b, None if described else ident))
        role_at = text.find(q.role, a, b) if q.role else -1
        if role_at >= 0:
            # names in the speaker's role are affiliations ("the ONS chief economist")
            covered.append((para, role_at, role_at + len(q.role), None))
            body = _speaking_body(text, q.role, role_at, q.mention)
            if body:
                out.add(out.ident(body), body, "organization", text[a:b], para, a, b)
        out.add(ident, name, kind, text[a:b], para, a, b)
    else:
        ev = " ".join(x for x in (q.cue, q.mention or name) if x)
        out.add(ident, name, kind, ev, para, 0, 0)


_NAME_INNER = NAME_PARTICLES | frozenset(["of", "for", "and", "the", "&"])
_COUNT_WORDS = re.compile(r"^(?:(?:one|a|an|the|another|some|two|three|several)\s+)+")


def _unnamed_ident(name: str) -> str:
    """One identity for an unnamed source however it is counted: "one Trump campaign
    source" (found by the anonymous rule) and a quote's "Trump campaign source"."""
    return "a:" + _COUNT_WORDS.sub("", name.lower())


def _described(name: str) -> bool:
    """A speaker described, not named: "2008 Clinton veteran", "senior Democrats",
    "Florida senator" hold an everyday word or a number outside a name's small words."""
    words_ = name.split()
    return any(w[:1].isdigit() or (w[:1].islower() and w not in _NAME_INNER
                                   and not w[1:2].isupper()  # "eBay" is a name
                                   and not (w == "to" and 0 < k < len(words_) - 1
                                            and joins_with_to(words_[k - 1], words_[k + 1])))
               for k, w in enumerate(words_))


# A final full stop that belongs to the name: "U.S.", "Martin Luther King Jr."
_ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros)\.)$")


def _trim(speaker: str) -> str:
    """The speaker without trailing punctuation, keeping an abbreviation's full stop."""
    name = speaker.rstrip(" .,;:")
    if speaker[len(name):len(name) + 1] == "." and _ABBREVIATED_END.search(name + "."):
        return name + "."
    return name


_ROLE_BODY = re.compile(r"(?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*(?='s |’s |\s[a-z])")


def _speaking_body(text: str, role: str, role_at: int, mention: str | None) -> str | None:
    """The body a spokesperson's role names when the name is set off after it:
    "the White House press secretary, Josh Earnest, said" speaks for the White House."""
    end = role_at + len(role)
    if not mention or not text.startswith(", " + mention, end):
        return None
    m = _ROLE_BODY.match(role)
    if m is None or m.end() >= len(role):
        return None
    body = m[0]
    return body if is_organisation(body) or _DOTTED_ACRONYM.fullmatch(body) else None


_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")  # "F.B.I."; is_organisation knows "FBI"


def _quote_clause(
    text: str, q: Quote, sentences: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The stretch outside the quotation marks that names the speaker."""
    if not text:
        return None
    parts = sorted((s.start, s.end) for s in q.spans if s.paragraph == q.paragraph)
    mention = q.mention or q.speaker or ""
    gaps: list[tuple[int, int]] = []
    prev = 0
    for a, b in parts:
        gaps.append((prev, a))
        prev = b
    gaps.append((prev, len(text)))
    for a, b in gaps:
        at = _find_word(text, mention, a, b)
        if at < 0:
            continue
        sa, sb = next(((x, y) for x, y in sentences if x <= at < y), (a, b))
        left, right = max(a, sa), min(b, sb)
        # the clause lies between the quotation marks around it
        marks_before = [text.rfind(m, left, at) for m in _QUOTE_CHARS]
        left = max([left, *[k + 1 for k in marks_before if k >= 0]])
        cited = max(text.rfind("according to ", left, at), text.rfind("According to ", left, at))
        comma = text.find(",", cited, at) if cited >= 0 else -1
        if comma >= 0:
            left = comma + 1  # "According to Yahoo News, X said": the outlet is a source too
        marks_after = [k for k in (text.find(m, at, right) for m in _QUOTE_CHARS) if k >= 0]
        right = min([right, *marks_after])
        that = text.find(" that ", at, right)
        if that >= 0:
            right = that  # "Markey said in a statement that the agency …": the clause ends
        cue = _find_word(text, q.cue or "", at, right)
        if cue > at:
            right = cue + len(q.cue or "")  # "X said after …": the attribution is "X said"
        while left < right and text[left] in _CLAUSE_TRIM:
            left += 1
        while right > left and text[right - 1] in _CLAUSE_TRIM:
            right -= 1
        # keep a closing bracket that belongs to the clause
        if right < b and text[right:right + 1] == ")":
            right += 1
        if right > left:
            return left, right
    return None


def _find_word(text: str, word: str, a: int, b: int) -> int:
    """First whole-word occurrence of ``word`` in text[a:b] (no regex compiled per word)."""
    if not word:
        return -1
    at = text.find(word, a, b)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text)
                                                        or not text[end].isalnum()):
            return at
        at = text.find(word, at + 1, b)
    return -1


def _add_documents(out: _Sources, doc: Document, docs: list[Hit]) -> None:
    """Documents merge by their noun (a later "the release" is the earlier press release)."""
    by_noun: dict[str, str] = {}
    for h in docs:
        head = h.noun.split()[-1]
        ident = by_noun.get(head)
        if ident is None or (h.issuer and ident != "d:" + h.name.lower()
                             and not out.entries[ident].name.startswith(h.issuer)):
            ident = by_noun[head] = "d:" + h.name.lower()
        out.add(ident, h.name, "document", h.evidence, h.paragraph, h.start, h.end)
        if h.issuer:
            issuer = out.acr.get(h.issuer, h.issuer)
            ev_start = h.start + h.evidence.find(" ", h.evidence.find(" ") + 1) + 1 \
                if h.evidence.startswith("according to") else h.start
            ev = doc.paragraphs[h.paragraph][ev_start:h.end]
            if ev.startswith(("in ", "from ", "via ", "citing ")):
                ev = ev.split(" ", 1)[1]
                ev_start = h.end - len(ev)
            out.add(out.ident(issuer), issuer, "organization", ev, h.paragraph, ev_start,
                    h.end)


class _Covered:
    """Stretches of text already accounted for, by paragraph, sorted for bisection."""

    def __init__(self, covered: list[tuple[int, int, int, str | None]]) -> None:
        self.by_para: dict[int, list[tuple[int, int, str | None]]] = {}
        for p, a, b, who in covered:
            self.by_para.setdefault(p, []).append((a, b, who))
        for v in self.by_para.values():
            v.sort(key=lambda x: x[0])
        self.starts = {p: [x[0] for x in v] for p, v in self.by_para.items()}

    def inside(self, p: int, a: int, b: int, ident: str) -> bool:
        """True if [a, b) lies in a stretch owned by no one or by ``ident`` (looks at the
        few stretches starting just before ``a``: linear overall)."""
        spans = self.by_para.get(p)
        if not spans:
            return False
        k = bisect.bisect_right(self.starts[p], a)
        return any(ca <= a and b <= cb and who in (None, ident)
                   for ca, cb, who in spans[max(0, k - 4):k])


@dataclass(slots=True)
class _Group:
    """All uncovered mentions of one named key, and whether the key is already a source."""

    ident: str
    known: bool
    org_keys: set[str]
    vocab: frozenset[str]
    name: str = ""
    mentions: list[attribution.Candidate] = field(default_factory=list)
    passing: list[bool] = field(default_factory=list)
    features: list[str] = field(default_factory=list)


def _named_groups(out: _Sources, doc: Document, covered: list, acr: dict[str, str],
                  mention_model: MentionModel | None) -> list[_Group]:
    """Name mentions scored by the attribution model, grouped by key in reading order."""
    if mention_model is None:
        _, vocab, threshold = attribution.model()
        scored = attribution.scored_candidates(doc)
    else:
        weights, vocab, threshold = mention_model
        scored = attribution.scored_candidates(doc, weights, vocab)
    cover = _Covered(covered)
    org_keys = _org_keys(scored)
    outlet_key = _key(doc.outlet) if doc.outlet else None
    passing = _passing(scored, threshold)
    # names whose every mention scores below the floor are never sources: skipping them
    # here keeps the key-level work to the few names that are in question
    live = {c.chunk.key for c in scored if c.score >= _FLOOR or id(c) in passing}
    idents: dict[str, str | None] = {}  # chunk key → source identity (None: the outlet)
    groups: dict[str, _Group] = {}
    for c in scored:
        s, ch = c.sentence, c.chunk
        if ch.key not in live or (ch.j - ch.i == 1 and (ch.key in _GENERIC
                                                         or ch.key in CALENDAR)):
            continue  # "Officials said" (anonymous, found by its rule), "Friday"
        ident = idents.get(ch.key, "")
        if ident == "":
            name = _mention_name(doc, c, acr)
            ident = idents[ch.key] = (None if outlet_key and _key(name) == outlet_key
                                      else out.ident(name))
        if ident is None or cover.inside(s.paragraph, ch.start, ch.end, ident):
            continue
        g = groups.get(ident)
        if g is None:
            g = groups[ident] = _Group(ident, ident in out.entries, org_keys, vocab)
        g.mentions.append(c)
        g.passing.append(id(c) in passing)
    top = _most_mentioned(scored)
    for g in groups.values():
        if not g.known:
            longest = max(g.mentions, key=lambda c: c.chunk.j - c.chunk.i)
            g.name = _mention_name(doc, longest, acr)
            g.features = _key_features(g, top)
    return list(groups.values())


def _org_keys(scored: list[attribution.Candidate]) -> set[str]:
    """Keys named once as "Tesla Inc" or "the Acme Group": organisations throughout."""
    org_keys: set[str] = set()
    for c in scored:
        ch = c.chunk
        if ch.key not in org_keys and (
                (_ORG_HINT[c.tokens[ch.i][0]] if ch.j - ch.i == 1  # most names: one word
                 else any(map(_ORG_HINT.__getitem__, map(itemgetter(0), c.tokens[ch.i:ch.j]))))
                or _issues_document(c.tokens, ch.j)):
            org_keys.add(ch.key)
    return org_keys


_ISSUED = frozenset(["poll", "polls", "survey", "surveys", "study", "analysis", "index"])


def _issues_document(tokens: list[Token], j: int) -> bool:
    """A name right before a poll or survey ("a Gallup poll", "the Ipsos opinion poll")
    is the body that ran it."""
    n = len(tokens)
    return ((j < n and tokens[j][0].lower() in _ISSUED)
            or (j + 1 < n and tokens[j + 1][0].lower() in _ISSUED))


def _most_mentioned(scored: list[attribution.Candidate]) -> str:
    """The article's most mentioned name key (its subject, often not a source)."""
    counts: dict[str, int] = {}
    for c in scored:
        counts[c.chunk.key] = counts.get(c.chunk.key, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def _mention_name(doc: Document, c: attribution.Candidate, acr: dict[str, str]) -> str:
    """The name a mention gives, without titles and roles; an acronym's definition."""
    s, toks, ch = c.sentence, c.tokens, c.chunk
    para = doc.title or "" if s.paragraph == _TITLE else doc.paragraphs[s.paragraph]
    name = _display(toks, ch.i, ch.j, para)
    if name in acr:
        return acr[name]
    if ch.j < len(toks) - 2 and toks[ch.j][0] == "(" and toks[ch.j + 1][0] in acr:
        return acr[toks[ch.j + 1][0]]
    return name


def _passing(scored: list[attribution.Candidate], threshold: float) -> set[int]:
    """Ids of the mentions the attribution model (or "according to") calls sources."""
    passing = {id(c) for c in scored if c.score >= threshold or c.explicit}
    for prev, nxt in pairwise(scored):
        # "Lena Okafor and Ben Osei said": the first of two coordinated names shares the
        # cue, and so its score
        if (id(nxt) in passing and prev.tokens is nxt.tokens and prev.chunk.j + 1 == nxt.chunk.i
                and prev.tokens[prev.chunk.j][0] == "and" and "inq=False" in prev.features
                and "nvcue" in nxt.features):
            passing.add(id(prev))
            prev.score = max(prev.score, nxt.score)
    return passing


def _key_features(g: _Group, top: str) -> list[str]:
    """Key-level features of a key not yet known as a source (``top``: the article's
    most mentioned name)."""
    key = g.ident[2:]
    org = any(c.chunk.key in g.org_keys for c in g.mentions) or is_organisation(g.name)
    return attribution.key_features(g.mentions, g.passing, key, org, key in g.vocab,
                                    g.mentions[0].chunk.key == top)


def _add_group(out: _Sources, doc: Document, g: _Group) -> None:
    """A key's passing mentions as evidence (its best one when none passes on its own)."""
    chosen = [c for c, p in zip(g.mentions, g.passing, strict=True) if p]
    if not chosen and not g.known:
        chosen = [max(g.mentions, key=lambda c: c.score)]
    words_of: tuple[list[Token] | None, list[str]] = (None, [])
    for c in chosen:
        s, toks, ch = c.sentence, c.tokens, c.chunk
        para = doc.title or "" if s.paragraph == _TITLE else doc.paragraphs[s.paragraph]
        if words_of[0] is not toks:
            words_of = (toks, list(map(str.lower, map(itemgetter(0), toks))))  # once per sentence
        a, b = _evidence(toks, words_of[1], ch.i, ch.j)
        name = _mention_name(doc, c, out.acr)
        kind = "organization" if ch.key in g.org_keys else _kind(name)
        head = (_group_head(toks, ch.j, _modifier_name(toks[ch.i][0], g.vocab))
                if ch.j - ch.i == 1 else None)
        if head is not None:
            # "Republican lawmakers said", "Republican congressional leaders": the group,
            # not the adjective "Republican"
            name = para[toks[ch.i][1]:toks[head][2]]
            kind = "anonymous"
        elif ch.j - ch.i == 1 and ch.i == 0 and ch.key in g.vocab:
            kind = "anonymous"  # "Critics say", "Analysts expect": a group, unnamed
        elif kind == "person" and _group_name(name, g):
            kind = "anonymous"  # "Republicans say", "Palestinians protested": no one named
        out.add(g.ident, name, kind, para[a:b], s.paragraph, a, b)


# Where a role written before a set-off name begins: the clause start.
_ROLE_START = frozenset([".", ";", ":", ",", '"', "“", "”", "(", "—", "–"])

# Nouns for groups of people a one-word name may modify: "Republican voters decide",
# "Mainstream candidates have struggled" name the group, not "Republican".
_GROUP_HEADS = ANONYMOUS_HEADS | frozenset(
    """voters candidates donors activists leaders members residents delegates senators
    governors conservatives liberals moderates evangelicals workers students parents
    officers troops soldiers police protesters demonstrators investors economists
    pollsters strategists operatives allies opponents rivals""".split()
)

# ... or one of such a group, unnamed: "a Republican operative", "the Democratic nominee".
_PEOPLE_HEADS = _GROUP_HEADS | frozenset(
    """operative strategist official lawmaker legislator senator congressman nominee
    candidate hopeful activist donor leader aide adviser consultant pollster voter
    establishment""".split()
)


def _group_head(toks: list[Token], j: int, modifier: bool) -> int | None:
    """Index of the noun a one-word name modifies when it names people: right after it
    ("Sanders supporters"), or, after a modifier name, past up to two adjectives or
    noun modifiers ("Republican presidential candidates", "Law enforcement officials")."""
    for k in range(j, min(j + 3 if modifier else j + 1, len(toks))):
        word = toks[k][0]
        if word in _PEOPLE_HEADS:
            return k
        if not (word.endswith(_ADJECTIVE_ENDINGS) or word in _NOUN_MODIFIERS):
            return None  # "Cruz topped his rivals", "Early polls show voters": a clause
    return None


_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive", "ian", "ous", "ful", "ish")
_NOUN_MODIFIERS = frozenset(
    """state primary committee enforcement intelligence proliferation party campaign
    establishment military election poll senate house county city federal local national
    registered elected foreign security defense health""".split()
)


def _modifier_name(word: str, vocab: frozenset[str]) -> bool:
    """Can a one-word name qualify a noun: an everyday word ("Top", "Law"), a party or
    nationality adjective ("Republican", "American"), an acronym ("GOP", "U.S.")?"""
    low = word.lower()
    return (low in vocab or low in ROLE_NOUNS or low.endswith(("an", "ic", "ish", "ese"))
            or word.replace(".", "").isupper())


# Endings of plural nouns for groups of people: Republicans, Democrats, Palestinians,
# Protesters, Evangelicals, Conservatives, Employees.
_GROUP_ENDINGS = ("ans", "crats", "ists", "ites", "ers", "als", "ives", "ees", "inos")


def _group_name(name: str, g: _Group) -> bool:
    """A one-word plural name that no mention ever gives a first name or a title:
    a group ("Republicans"), not a person ("Jo Rivers", "Mr. Rivers")."""
    if " " in name or not name.endswith(_GROUP_ENDINGS):
        return False
    for c in g.mentions:
        ch, toks = c.chunk, c.tokens
        if ch.j - ch.i != 1 or (ch.i > 0 and toks[ch.i - 1][0].lower().rstrip(".") in TITLES):
            return False
    return True


_GENERIC = frozenset(
    [
        "officials", "official", "sources", "source", "aides", "aide", "advisers", "adviser",
        "insiders", "spokesman", "spokeswoman", "spokesperson", "diplomats", "people", "person",
        "staffers"
    ]
)
_AUXILIARIES = frozenset(["has", "have", "had", "also", "will", "would", "did", "does",
                          "is", "was", "been", "being", "repeatedly", "previously", "long",
                          "not"])
_ORG_HINTS = frozenset(["inc", "corp", "co", "ltd", "llc", "plc", "group", "company"])


class _OrgHint(dict[str, bool]):
    """Token text → whether it marks an organisation ("Inc.", "Group"), looked up once."""

    def __missing__(self, word: str) -> bool:
        hint = word.lower().rstrip(".") in _ORG_HINTS
        if len(self) < 100_000:
            self[word] = hint
        return hint


_ORG_HINT = _OrgHint()
_QUOTE_CHARS = ('"', "“", "”")
_QUOTE_MARKS = frozenset('"“”')


_FLOOR = 0.1  # a mention scored below this is no evidence for its key on its own
_MAX_CLAUSE_TOKENS = 60  # an evidence clause never runs longer (keeps huge sentences linear)


def _cue_after_comma(words: list[str], comma: int) -> int | None:
    """Index of the cue verb right after the comma at ``comma``, past auxiliaries ("…,
    has argued"), or None."""
    n = len(words)
    v = comma + 1
    while v < min(n - 1, comma + 4) and words[v] in _AUXILIARIES:
        v += 1
    return v if v < n and words[v] in attribution.ALL_CUES else None


def _evidence(tokens: list[Token], words: list[str], i: int, j: int) -> tuple[int, int]:
    """The attributing phrase around a mention.

    "according to X"; "X said" / "X, the director of Y, said"; "said X, the
    director of Y, in a statement" (the clause runs to the next quotation mark or
    the sentence end, at most ``_MAX_CLAUSE_TOKENS``); otherwise the mention and
    the few words after it. ``words`` are the sentence's lower-cased tokens,
    computed once per sentence by the caller: per mention it would be quadratic.
    """
    n = len(tokens)
    back = i - 1
    while back > i - 6 and back > 0 and words[back] not in ("to", "according") and (
            words[back].isalpha() and not tokens[back][0][:1].isupper()):
        back -= 1  # "according to figures from the Office …"
    if back >= 1 and words[back] == "to" and words[back - 1] == "according":
        end = j + 1 if j < n - 2 and words[j] == "(" and words[j + 2] == ")" else j - 1
        return tokens[back - 1][1], tokens[min(end + 1, n - 1) if end >= j else j - 1][2]
    start, first = tokens[i][1], i
    if j < n and words[j] == "(":
        close = j
        while close < min(n, j + 8) and words[close] != ")":
            close += 1
        if close < n and words[close] == ")":
            i, j = j, close + 1  # "the Agency (ABC) said": look for the cue after it
    for k in range(j, min(n, j + 5)):
        if words[k] in attribution.ALL_CUES and words[min(k + 1, n - 1)] != "tank":
            return start, tokens[k][2]
        if not tokens[k][0][:1].isalpha():
            break
    if j < n and words[j] == "," and first >= 2 and words[first - 1] == ",":
        v = _cue_after_comma(words, j)
        if v is not None:
            # "a lawyer for the outlets, Jo Li, said": the role is part of the evidence
            back = first - 2
            while back > max(0, first - 12) and words[back - 1] not in _ROLE_START:
                back -= 1
            return tokens[back][1], tokens[v][2]
    if j < n and words[j] == ",":
        for k in range(j + 1, min(n, j + 25)):
            if words[k] == "," and k + 1 < n:
                v = _cue_after_comma(words, k)  # "X, a member of Y, has argued"
                if v is not None:
                    return start, tokens[v][2]
                break
    if first >= 1 and words[first - 1] in attribution.CUE_WORDS:
        end, limit = j, min(n, j + _MAX_CLAUSE_TOKENS)
        while end < limit and tokens[end][0] not in _QUOTE_MARKS and words[end] != "that":
            end += 1
        while end > j and not tokens[end - 1][0][:1].isalnum() and tokens[end - 1][0] != ")":
            end -= 1
        return tokens[first - 1][1], tokens[end - 1][2]
    end = j
    while end < min(n, j + 4) and tokens[end][0][:1].isalnum():
        end += 1
    return start, tokens[max(end, j) - 1][2]


__all__ = ["extract_sources"]
