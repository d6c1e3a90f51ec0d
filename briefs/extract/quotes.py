"""Quotes: direct quotations with their speaker, role and cue.

Three passes over the cleaned document, each linear in its length:

1. *marks* (:mod:`quote_marks`) — quotation marks in every paragraph
   (typographic, ASCII, NYT-style '' and ``), paired into segments; an unclosed
   paragraph-final quote that reopens in the next paragraph continues there;
2. *utterances* (here) — segments interrupted only by an attribution ("X," she
   said. "Y.") are joined into one quote; titles, slogans and scare quotes
   outside any attribution are dropped (:mod:`quote_filter`);
3. *attribution* (:mod:`speakers`) — the cue verb and its subject next to the
   quote (after it, before it, in the interruption), else elsewhere in the
   paragraph or the speaker of the quote just before (here), parsed into name
   and role by :mod:`names` and resolved to the full name mentioned earlier.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import compress, count, pairwise

from briefs.extract import attribution
from briefs.extract import names as nm
from briefs.extract import quote_filter as qf
from briefs.extract.lexicon import CUE_VERBS, HONORIFICS, PRONOUNS
from briefs.extract.quote_marks import Segment, find_segments, has_double_mark
from briefs.extract.speakers import (
    BODY_PRONOUNS,
    SUBORDINATORS,
    WINDOW,
    Attribution,
    after_quote,
    before_quote,
    body_subject,
    byline,
    label,
    possessor_around,
    subject,
)
from briefs.models import Quote, Span
from briefs.text import Document, holding

_INF = 1 << 62
DENSE = 64
"""A paragraph with more quotes than this is searched only between its quotes."""

__all__ = ["extract_quotes", "find_segments", "quote_candidates"]


@dataclass(eq=False)
class Utterance:
    segments: list[Segment] = field(default_factory=list)
    attribution: Attribution | None = None
    own: bool = False  # the attribution is next to the quote (not inherited)
    lo: int = 0  # frame searched before the quote starts here (bounded when dense)


def _sent_start(bounds: list[tuple[int, int]], pos: int) -> int:
    """Start of the sentence holding ``pos`` (binary search: many quotes, one paragraph)."""
    k = bisect_right(bounds, (pos, _INF)) - 1
    return bounds[k][0] if k >= 0 else 0


def _sent_end(bounds: list[tuple[int, int]], pos: int, default: int) -> int:
    """End of the sentence that goes on after ``pos`` (a closing mark ends at pos - 1).

    When the sentence ended with the mark ("…win.” Smith said") the attribution
    window is empty: what follows belongs to the next sentence.
    """
    k = bisect_right(bounds, (pos - 1, _INF)) - 1
    if k >= 0 and bounds[k][0] <= pos - 1 < bounds[k][1]:
        b = bounds[k][1]
        return b if pos < b else pos
    return default


def _next_sentence_end(bounds: list[tuple[int, int]], pos: int) -> int:
    """End of the sentence starting at or after ``pos``; ``pos`` when there is none."""
    k = bisect_right(bounds, (pos, _INF))
    k = k - 1 if k > 0 and bounds[k - 1][0] >= pos else k
    while k < len(bounds) and bounds[k][0] < pos:
        k += 1
    return bounds[k][1] if k < len(bounds) else pos


def _count_words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _mask(p: str, segs: list[Segment]) -> str:
    """The paragraph with quoted words blanked, so attribution parsing sees only the frame."""
    if not segs:
        return p
    parts: list[str] = []
    last = 0
    for s in segs:
        parts.append(p[last : s.start])
        parts.append(" " * (s.end - s.start))
        last = s.end
    parts.append(p[last:])
    return "".join(parts)


def _is_markup(p: str, s: Segment) -> bool:
    """Attribute values in embedded markup (<tweet id="…">) are not quotes."""
    return s.open_at > 0 and p[s.open_at - 1] == "="


def extract_quotes(doc: Document) -> list[Quote]:
    """Every direct quote in reading order, one per utterance."""
    return _extract(doc, None)


def quote_candidates(doc: Document) -> list[tuple[str, list[str]]]:
    """Every quoted stretch with its filter features (for training the filter)."""
    record: list[tuple[str, list[str]]] = []
    _extract(doc, record)
    return record


_FOLDED_MARKS = ('"', "'", "<")  # QUOTE_MARK's characters after fold()


def _extract(doc: Document, record: list[tuple[str, list[str]]] | None) -> list[Quote]:
    paras = doc.paragraphs
    bounds: list[list[tuple[int, int]]] = [[] for _ in paras]
    for sent in doc.sentences:
        bounds[sent.paragraph].append((sent.start, sent.end))
    per_par: list[list[Segment]] = [[] for _ in paras]
    # paragraphs with a mark (in the folded text, where every QUOTE_MARK is one of three
    # characters, each found by a fast search)
    for i in compress(count(), holding(doc.folded(), _FOLDED_MARKS)):
        per_par[i] = [s for s in find_segments(paras[i], i) if not _is_markup(paras[i], s)]
    masked = [_mask(p, segs) for p, segs in zip(paras, per_par, strict=True)]
    entities = nm.Entities()
    kept: list[Utterance] = []
    last: Utterance | None = None
    carry: Utterance | None = None  # a quote running on into the next paragraph
    for i, p in enumerate(paras):
        segs = per_par[i]
        if not segs:
            carry = None  # no mark: an open quote does not run on past this paragraph
            continue
        m = masked[i]
        utts: list[Utterance] = []
        k = 0
        if carry is not None and segs[0].open_at <= 1:
            carry.segments.append(segs[0])
            k = 1
            s0 = segs[0]
            if s0.close_at is not None and carry.attribution is None:
                end = _sent_end(bounds[i], s0.close_at + 1, len(p))
                att = after_quote(m, s0.close_at + 1, max(end, s0.close_at + 1), i)
                if att is not None:
                    carry.attribution, carry.own = att, True
        carry = None if k == 0 or segs[0].close_at is not None else carry
        dense = len(segs) > DENSE
        while k < len(segs):
            s = segs[k]
            if dense and _count_words(p[s.start : s.end]) < 3:
                k += 1  # a crowd of marks around single words: noise, not quotations
                continue
            prev_close = segs[k - 1].close_at if k > 0 else None
            u = Utterance([s], lo=(prev_close or segs[k - 1].end) + 1 if dense and k > 0 else 0)
            while True:
                nxt = segs[k + 1] if k + 1 < len(segs) else None
                if s.close_at is None:
                    break
                end = _sent_end(bounds[i], s.close_at + 1, len(p))
                asked = end <= s.close_at + 1 and p[s.end - 1 : s.end] in ("?", "!")
                if asked:
                    # "“How many times?” Clinton said.": a question ends its sentence, the
                    # attribution after it still belongs to it (a cue verb is required)
                    end = _next_sentence_end(bounds[i], s.close_at + 1)
                if dense and nxt is not None:
                    end = min(end, nxt.open_at)
                loose = p[s.end - 1 : s.end] in (",", "?", "!", "—") and not asked
                att = after_quote(m, s.close_at + 1, max(end, s.close_at + 1), i, loose)
                if asked and att is not None and att.cue not in CUE_VERBS:
                    att = None
                if att is None:
                    break
                if u.attribution is None:
                    u.attribution, u.own = att, True
                # "X," she said. "Y." — the next segment continues this utterance
                nn = segs[k + 2].open_at if dense and k + 2 < len(segs) else None
                if nxt is None or not _joins(m, s, nxt, bounds[i], nn, u.attribution):
                    break
                u.segments.append(nxt)
                k += 1
                s = nxt
            first = u.segments[0]
            if u.attribution is None and len(u.segments) == 1:
                u.attribution = possessor_around(m, first, i)
            if u.attribution is None or (u.attribution.mention.pronoun
                                         and first.open_at > 0):
                a = max(_sent_start(bounds[i], first.open_at), u.lo)
                att = before_quote(m, a, first.open_at, i) if a < first.open_at else None
                if u.attribution is None:
                    if att is not None:
                        u.attribution, u.own = att, True
                elif (att is not None and not att.weak and att.mention.kind == "person"
                      and att.mention.name and att.cue in CUE_VERBS):
                    # "Smith said that … “…,” he said": the pronoun is the named subject
                    u.attribution = att
            if (u.attribution is not None and u.attribution.mention.pronoun
                    and u.attribution.mention.text.lower() in BODY_PRONOUNS):
                body = body_subject(m, max(_sent_start(bounds[i], first.open_at), u.lo),
                                     first.open_at)
                if body is not None:
                    u.attribution = Attribution(body, u.attribution.cue, u.attribution.pos,
                                                u.attribution.weak)
            if u.segments[-1].close_at is None and i + 1 < len(paras):
                carry = u
            utts.append(u)
            k += 1
        _share_coordinated(utts, m, bounds[i])
        for idx, u in enumerate(utts):
            if u.attribution is None:
                u.attribution = _fallback(doc, masked, u, bounds, last, utts, idx)
            elif u.attribution.mention.name is None or u.attribution.mention.pronoun:
                # "PENCE: Well, she thinks this is “Survivor.”": in a transcript line the
                # labelled speaker says the quoted words, not an unnamed "she"
                u.attribution = _transcript_label(m, i, u.segments[0].open_at) \
                    or u.attribution
        merged = _merge_same_sentence(utts, bounds[i])
        if (carry is not None and any(v is carry for v in utts)
                and not any(v is carry for v in merged)):
            carry = next(v for v in reversed(merged)
                         if any(x is carry.segments[0] for x in v.segments))
        for u in merged:
            text = " ".join(doc.paragraphs[x.paragraph][x.start : x.end] for x in u.segments)
            feats = _features(doc, u, text)
            if record is not None:
                record.append((text, feats))
            if _is_quote(u, text, feats):
                kept.append(u)
                last = u
    if carry is not None and len(carry.segments) > 2:
        # a quote still open when the article ends never closed at all: each paragraph
        # opening with a mark was a transcript or a block quote, not one long quotation
        del carry.segments[1:]
    # quotes are built at the end: a quote may run on into later paragraphs; the people
    # named in the article are read only when there are quotes to attribute
    if kept:
        # names after the last quote cannot be its speaker's antecedent or fuller form
        last_par = max(x.paragraph for u in kept for x in u.segments)
        for i, p in enumerate(paras[: last_par + 1]):
            nm.scan_people(p, i, entities)
    out: list[Quote] = []
    for u in kept:
        out.append(_to_quote(doc, u, entities, out[-1] if out else None, (masked, bounds)))
    return out


_COORDINATORS = frozenset(["and", "or", ",", ", and", ", or", "but"])


def _share_coordinated(utts: list[Utterance], masked: str,
                       bounds: list[tuple[int, int]]) -> None:
    """“a” and “b,” X said: the first of two coordinated partial quotes has X's cue too,
    not the clause it sits in ("Guns are “a” and “b,” Dean said" is Dean's, not the guns')."""
    for u, v in pairwise(utts):
        a, b = u.segments[-1], v.segments[0]
        if (a.close_at is None or v.attribution is None or v.attribution.weak
                or (u.attribution is not None and not u.attribution.weak)
                or _sent_start(bounds, a.open_at) != _sent_start(bounds, b.open_at)):
            continue
        if masked[a.close_at + 1 : b.open_at].strip() in _COORDINATORS:
            u.attribution, u.own = v.attribution, True


def _merge_same_sentence(utts: list[Utterance], bounds: list[tuple[int, int]]
                         ) -> list[Utterance]:
    """Partial quotes of one sentence by one speaker are one quote ("as “a” and “b”")."""
    out: list[Utterance] = []
    for u in utts:
        if out:
            prev = out[-1]
            a, b = prev.segments[-1], u.segments[0]
            if (a.paragraph == b.paragraph and a.close_at is not None
                    and _sent_start(bounds, a.open_at) == _sent_start(bounds, b.open_at)
                    and prev.attribution is not None and u.attribution is not None
                    and (prev.attribution is u.attribution
                         or prev.attribution.pos == u.attribution.pos
                         or prev.attribution.mention.text == u.attribution.mention.text)):
                prev.segments.extend(u.segments)
                continue
        out.append(u)
    return out


def _joins(m: str, s: Segment, nxt: Segment, bounds: list[tuple[int, int]],
           stop: int | None = None, att: Attribution | None = None) -> bool:
    """Does ``nxt`` continue ``s`` after its attribution ("X," she said. "Y.")?"""
    gap = m[s.close_at + 1 : nxt.open_at] if s.close_at is not None else ""
    if _count_words(gap) > 25:
        return False
    if att is not None and _answered(m, s, nxt, bounds, att):
        return False
    if nxt.close_at is not None:
        end = _sent_end(bounds, nxt.close_at + 1, len(m))
        if stop is not None:
            end = min(end, stop)
        if after_quote(m, nxt.close_at + 1, max(end, nxt.close_at + 1), 0) is not None:
            return False
    return True


def _answered(m: str, s: Segment, nxt: Segment, bounds: list[tuple[int, int]],
              att: Attribution) -> bool:
    """"“A,” Smith said. Jones replied, “B.”": a new sentence in the gap gives ``nxt``
    another named speaker, so it is a reply, not the same utterance."""
    start = _sent_start(bounds, nxt.open_at)
    if s.close_at is None or start <= s.close_at:
        return False
    other = before_quote(m, start, nxt.open_at, 0)
    if other is None:
        # "“A,” Jo Li said. Her backers called her “B.”": a new sentence that says who
        # speaks, even in words we cannot name, is not the same utterance
        return any(map(CUE_VERBS.__contains__, m[start:nxt.open_at].lower().split()))
    if other.weak:
        return False
    if (other.mention.kind == "unnamed" and att.mention.kind == "person"
            and other.mention.text.endswith("s") and not other.mention.text.endswith("ss")):
        return True  # "“A,” Jo Li said. His aides called him “B.”": a group is not one person
    return (other.mention.kind == "person" and other.mention.name is not None
            and att.mention.name is not None and other.mention.name != att.mention.name)


def _transcript_label(m: str, par: int, open_at: int) -> Attribution | None:
    """A transcript line: "SMITH: … “…” …" — the labelled speaker says it all."""
    colon = m.find(":", 0, min(open_at, 60))
    if colon <= 1:
        return None
    head = m[: colon + 1]
    lead = len(head) - len(head.lstrip(' "“'))  # a transcript quoted whole: "SMITH: …
    head = head[lead:]
    ht = nm.tokenize(head) if head[:1].isupper() and "“" not in head else []
    if _label_words(ht) > 4 and not head[:-1].isupper():
        ht = []  # "Veto Power Impedes Peace Efforts:" is a heading, not a speaker
    att = label(head, ht) if ht and nm.np_backward(ht, len(ht) - 1) == 0 else None
    if att is not None:
        att.pos = (par, lead + att.pos[1])
    return att


def _fallback(doc: Document, masked: list[str], u: Utterance, bounds: list,
              last: Utterance | None, utts: list[Utterance], idx: int) -> Attribution | None:
    """No cue next to the quote: another attribution in the paragraph or the last speaker."""
    s = u.segments[0]
    par = s.paragraph
    m = masked[par]
    att = _transcript_label(m, par, s.open_at)
    if att is not None:
        return att
    # an earlier quote of the same paragraph: "“A,” he said. “B.”"
    for v in reversed(utts[max(0, idx - 3) : idx]):
        if v.attribution is not None:
            return v.attribution
    # a later sentence of the paragraph: "“A.” She said it twice."
    tail = u.segments[-1]
    if tail.close_at is not None and tail.paragraph == par:
        end = len(m)
        if idx + 1 < len(utts):
            end = utts[idx + 1].segments[0].open_at
        att = after_quote(m, tail.close_at + 1, end, par)
        if att is None and end > tail.close_at + 1:
            att = before_quote(m, tail.close_at + 1, end, par)
        if att is not None:
            return att
    if s.open_at > 1 or par == 0:
        # text before the quote in its own paragraph, else who the paragraph is about
        att = before_quote(m, u.lo, s.open_at, par)
        if att is None and s.open_at > 1 and u.lo == 0:
            end = min(_sent_end(bounds[par], 1, s.open_at), WINDOW)
            toks = nm.tokenize(m[:end])
            sub = subject(m[:end], toks, 0, len(toks))
            if sub is not None and sub[0].kind in ("person", "organization") and sub[0].name:
                att = Attribution(sub[0], toks[sub[1]][2], (par, toks[sub[1]][0]))
        return att
    # a signature in the paragraph after: "“…”" / "— Jane Doe."
    if par + 1 < len(masked) and u.segments[-1].paragraph == par:
        signed = byline(masked[par + 1], par + 1)
        if signed is not None:
            return signed
    # the paragraph before: "He added:" / "Smith continued." / the speaker just before
    if last is not None and last.attribution is not None and par - last.segments[-1].paragraph <= 1:
        return last.attribution
    prev = masked[par - 1]
    ps = _sent_start(bounds[par - 1], max(len(prev) - 2, 0))
    if prev.rstrip().endswith(":") or not has_double_mark(prev):
        return before_quote(prev, ps, len(prev), par - 1)
    return None


def _group_word(name: str) -> bool:
    """"Demonstrators", "Police": a crowd or body in one everyday word, never a "he" or
    "she" for later pronouns."""
    return " " not in name and name.lower() in attribution.model()[1]


def _label_words(toks: list[nm.Tok]) -> int:
    """Words of a speaker label, not counting a bracket ("Rep. Jo Li (D-Vt.)" has 3)."""
    depth = words = 0
    for t in toks:
        depth += t[2] == "("
        depth -= t[2] == ")" and depth > 0
        words += depth == 0 and t[2][:1].isalpha()
    return words


def _features(doc: Document, u: Utterance, text: str) -> list[str]:
    first, last = u.segments[0], u.segments[-1]
    p0 = doc.paragraphs[first.paragraph]
    p1 = doc.paragraphs[last.paragraph]
    before = p0[max(0, first.open_at - 40) : first.open_at]
    after = p1[last.close_at + 1 : last.close_at + 40] if last.close_at is not None else ""
    att = u.attribution
    kind = att.mention.kind if att is not None else None
    whole = first.open_at <= 1 and (last.close_at is None or last.close_at >= len(p1) - 2)
    mark = p0[first.open_at]
    mark = "curly" if mark in "“„«" else "nyt" if first.open_width == 2 else "ascii" \
        if mark == '"' else "single"
    return qf.features(text, before, after, kind, u.own, att.cue if att else None,
                       len(u.segments), whole, mark)


def _is_quote(u: Utterance, text: str, feats: list[str]) -> bool:
    """Drop titles, slogans and scare quotes (the learned filter, else a rule of thumb)."""
    if not any(ch.isalpha() for ch in text):
        return False
    prob = qf.probability(feats)
    if prob is not None:
        return prob >= qf.threshold()
    words = _count_words(text)
    if words >= 5:
        return True
    if u.own:
        return True
    return words >= 3 and u.attribution is not None


def _to_quote(doc: Document, u: Utterance, entities: nm.Entities,
              prev: Quote | None = None, frame: _Frame | None = None) -> Quote:
    parts = [doc.paragraphs[s.paragraph][s.start : s.end].strip() for s in u.segments]
    spans = []
    for s in u.segments:
        p = doc.paragraphs[s.paragraph]
        a, b = s.start, s.end
        while a < b and p[a].isspace():
            a += 1
        while b > a and p[b - 1].isspace():
            b -= 1
        spans.append(Span(paragraph=s.paragraph, start=a, end=b))
    speaker = mention = role = cue = None
    att = u.attribution
    if att is not None:
        m = att.mention
        cue = att.cue
        role = m.role
        if m.kind == "pronoun":
            mention = m.text
            subject_of = _subject_antecedent(frame, entities, m.text, att.pos) if frame else None
            speaker = subject_of or (entities.resolve_pronoun(m.text, att.pos)
                                     if m.text.lower() in PRONOUNS else None)
            speaker = speaker or _same_body(prev, m.text, att.pos, entities)
            if (speaker is not None and subject_of is None and prev is not None and prev.speaker
                    and prev.speaker != speaker and prev.paragraph >= att.pos[0] - 4
                    and entities.compatible(prev.speaker, m.text)):
                speaker = prev.speaker
        elif m.name:
            mention = m.name
            head, _, last = (role or "").rpartition(" ")
            if last.lower().rstrip(".") in HONORIFICS:
                # "Mr. Comey" is the mention; "Perhaps", "of" or "even" before it is no role
                mention, role = f"{last} {m.name}", head if nm.names_a_role(head.split()) else None
            if m.kind == "person":
                speaker = entities.resolve_name(m.name)
                if not _group_word(speaker):
                    ent = entities.add(speaker, att.pos, "person")
                    if role and " " not in role.strip():
                        entities.titled(role.lower().rstrip("."), ent, att.pos)
            else:
                speaker = m.name
                if m.kind == "unnamed":
                    speaker = _titled(m.text, entities, att.pos) or speaker
        else:
            mention = m.text
            if m.kind == "unnamed":
                speaker = _titled(m.text, entities, att.pos)  # "the president said"
    if att is not None and att.reported is not None and speaker:
        inner = _reported_name(att, entities)
        if inner and inner != speaker:
            role = f"reporting {inner}"  # "— CNN, reporting Bernie Sanders"
    return Quote(
        text=" ".join(x for x in parts if x),
        speaker=speaker,
        mention=mention,
        role=role,
        cue=cue,
        paragraph=u.segments[0].paragraph,
        spans=spans,
    )


def _titled(description: str, entities: nm.Entities, pos: tuple[int, int]) -> str | None:
    """The person "the president" or "the governor" refers to: the one last named
    "President …" / "Gov. …" before ``pos`` (for titles in ``_ONE_OF_A_KIND``)."""
    words = description.lower().split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if len(words) != 1 or words[0].rstrip(".") not in _ONE_OF_A_KIND:
        return None  # "the former president", "the senator" of many in a debate: not sure
    return entities.resolve_title(words[0].rstrip("."), pos)


# Titles an article seldom gives two people at once (unlike "senator" or "congressman").
_ONE_OF_A_KIND = frozenset(
    """president governor mayor judge director chairman secretary commissioner
    ambassador sheriff prosecutor pope premier chancellor""".split()
)


_Frame = tuple[list[str], list[list[tuple[int, int]]]]  # masked paragraphs, sentence bounds
_GENDERED = ("he", "she", "his", "her", "him")
_LEADING_CLAUSE = SUBORDINATORS | {"before"}


def _subject_antecedent(frame: _Frame, entities: nm.Entities, pronoun: str,
                        pos: tuple[int, int]) -> str | None:
    """"Jo Li went after Al Roe, when he called him “…”" / "Jo Li condemned it. “…” She
    added …": a he/she refers to the named subject of its own sentence — or, when it
    opens the sentence, of the last sentence outside quotes — before any nearer name."""
    if pronoun.lower() not in _GENDERED:
        return None
    masked, bounds = frame
    par, at = pos
    text = masked[par]
    start = _sent_start(bounds[par], at)
    head = [w for w in text[start:at].split() if w.strip(_MARKS + "(")]  # marks stay masked
    if head and head[0].strip("“”\"'‘’(").lower() == pronoun.lower():
        # "“…,” he told the host": a paragraph that opens with the quote goes on with the
        # subject of the paragraph before
        opens_with_quote = text[:at].strip(_MARKS) == pronoun
        seg = _sentence_before(masked, bounds, par, start, opens_with_quote)
        if seg is None:
            return None
    else:
        seg = text[start:at]
    toks = nm.tokenize(seg)
    lo = 0
    if toks and toks[0][2].lower() in _LEADING_CLAUSE:
        # "When Al Roe said …, Jo Li replied that she …": the main clause's subject
        lo = next((k + 1 for k, t in enumerate(toks) if t[2] == ","), 0)
    sub = subject(seg, toks, lo, len(toks)) if toks else None
    if sub is None or sub[0].kind != "person" or not sub[0].name:
        return None
    name = entities.resolve_name(sub[0].name)
    return name if entities.compatible(name, pronoun) else None


_MARKS = " “”\"'‘’.,"  # what is left of a masked quotation


def _sentence_before(masked: list[str], bounds: list[list[tuple[int, int]]], par: int,
                     end: int, cross: bool) -> str | None:
    """The last sentence ending by ``end`` that has words outside quotation marks (looking
    past up to three quote-only ones); with ``cross`` the search may go on into the
    paragraph before."""
    text = masked[par]
    for _ in range(3):
        if end == 0:
            if not cross or par == 0 or not bounds[par - 1]:
                return None
            cross = False
            par -= 1
            text = masked[par]
            end = len(text.rstrip())
            if end == 0:
                return None
        start = _sent_start(bounds[par], end - 1)
        if text[start:end].strip(_MARKS):
            return text[start:end]
        end = start
    return None


def _same_body(prev: Quote | None, pronoun: str, pos: tuple[int, int],
               entities: nm.Entities) -> str | None:
    """"“…,” The Times wrote. / “…,” it added.": "it" goes on with the body quoted just
    before (within two paragraphs), never with a person."""
    if (prev is None or not prev.speaker or pronoun.lower() not in ("it", "they")
            or pos[0] - prev.paragraph > 2):
        return None
    known = entities.find(prev.speaker)
    return None if known is not None and known.kind == "person" else prev.speaker


def _reported_name(att: Attribution, entities: nm.Entities) -> str | None:
    """The full name of the person whose words an outer source reports."""
    m = att.reported
    if m is None:
        return None
    if m.kind == "pronoun":
        return entities.resolve_pronoun(m.text, att.pos) if m.text.lower() in PRONOUNS else None
    if m.kind == "person" and m.name:
        return entities.resolve_name(m.name)
    return m.name or None
