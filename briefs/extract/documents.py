"""Documents cited, unnamed sourcing and the syndicator — the rule-based kinds of source.

Each finder returns plain hits (name, kind, evidence, where); sources.py merges
them with the people and organisations found by the attribution model. All
patterns are bounded (no nested unbounded quantifiers): linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count, islice

from briefs.extract.attribution import CUE_WORDS
from briefs.text import Document, holding

DOC_NOUNS = (
    "press release|news release|release|report|statement|court filing|filing|complaint"
    "|lawsuit|memo|memorandum|poll|survey|study|interview|analysis|letter|affidavit"
    "|indictment|transcript|audit|assessment|press conference|briefing|op-ed|filings"
)

# "according to a Tuesday Department of Justice (DOJ) press release", "in the release",
# "said in a statement", "a new Gallup poll found" is left to the model.
# (In both patterns the look-ahead after \b holds the first letters of the words that
# may follow: most word starts fail it at once instead of trying every alternative.)
_DOCUMENT = re.compile(
    r"\b(?=[AaIicCvFf])([Aa]ccording to|[Ii]n|cited in|[Cc]iting|via|[Ff]rom)\s+"
    r"((?:a|an|the|its|his|her|their|this|that)\s+)?"
    r"((?:(?:(?:\w\.){1,6}|(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Dr|Gov|Sen|Rep)\."
    r"|[\w(][\w’'()/&-]*)\s+){0,7}?)"
    rf"({DOC_NOUNS})\b"
)

_ANONYMOUS = re.compile(
    r"\b(?=[OoSsAaIiPpDdEe])([Oo]fficials?|[Ss]ources?|[Aa]ides?|[Aa]dvisers?|[Ii]nsiders?"
    r"|[Ss]pokes(?:man|woman|person)|[Dd]iplomats?|[Pp]eople|[Pp]erson|[Ss]taffers?"
    r"|[Aa]nalysts?|[Ee]conomists?|[Ee]xperts?|[Oo]bservers?|[Ss]trategists?)"
    r"\s+(familiar with|close to|with (?:direct )?knowledge of|briefed on|who (?:spoke|asked|"
    r"requested|declined)|said|say|says|told|tell|confirmed|speaking on condition)"
)
# Substrings every match of _DOCUMENT / _ANONYMOUS contains (the document noun's last
# word; the lowered unnamed noun): a paragraph holding none is skipped (see ``holding``),
# much cheaper than starting either pattern at every position.
_DOC_WORDS = tuple(sorted({noun.split()[-1] for noun in DOC_NOUNS.split("|")}))
# a word holding another ("filings", "memorandum") flags no text the other does not: one
# scan fewer each
_DOC_WORDS = tuple(w for w in _DOC_WORDS if not any(v != w and v in w for v in _DOC_WORDS))
_ANON_HINTS = (
    "official", "source", "aide", "adviser", "insider", "spokes", "diplomat", "people",
    "person", "staffer", "analyst", "economist", "expert", "observer", "strategist",
)
# up to 3 words before the noun, whole ("Mrs. Clinton's aides", never "s aides")
_MODIFIERS = re.compile(
    r"(?:(?<![\w'’.-])(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\.|[A-Za-z][\w'’-]*)"
    r"\s+){1,3}$"
)
_UNNAMED_OK = re.compile(
    r"officials?|sources?|aides?|advisers?|insiders?|spokes|diplomats?|staffers?"
)

_WEEKDAYS = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept|"
    r"Oct|Nov|Dec)\.|new|recent|latest|"
    r"joint|separate|written|brief|short|lengthy|official|public|\d{4}|\d{1,2}(?:st|nd|rd|th)?,?|"
    r"last|week's|"
    r"year's|previous|earlier)(?:\s+|$))+"
)


@dataclass(slots=True)
class Hit:
    """One finding: who/what, its kind, the attributing phrase and where it is."""

    name: str
    kind: str
    evidence: str
    paragraph: int
    start: int
    end: int
    issuer: str | None = None  # for documents: the body that issued it, as written
    noun: str = ""


def documents(doc: Document) -> list[Hit]:
    """Documents cited: press releases, reports, statements, filings, polls…"""
    out: list[Hit] = []
    folded_all = doc.folded()
    for pi in compress(count(), holding(folded_all, _DOC_WORDS)):
        p, folded = doc.paragraphs[pi], folded_all[pi]
        for m in _DOCUMENT.finditer(folded):
            lead, det, mods, noun = m.group(1).lower(), m.group(2) or "", m.group(3), m.group(4)
            if lead in ("in", "from", "via") and not det:
                continue  # "in interviews", "from polls": too vague to be a citation
            if lead in ("in", "from") and not _cites_before(folded, m.start()):
                continue
            mods_orig = p[m.start(3):m.start(3) + len(mods)].strip()
            mods_clean = _WEEKDAYS.sub("", mods_orig).strip()
            issuer = _issuer(mods_clean)
            name = f"{mods_clean} {noun}" if mods_clean else noun
            end = m.end()
            when = _RELEASED.match(p, end)
            if when:  # "a CBS poll released Monday": which poll, as the article names it
                name, end = name + p[end:when.end()], when.end()
            out.append(Hit(name, "document", p[m.start():end], pi, m.start(), end,
                           issuer, noun))
        out.extend(_subject_documents(p, pi))
    return out


_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
         r"|April|May|June|July|August|September|October|November|December)")
# "released Monday", "published on Tuesday", "conducted in March", "out Thursday"
_RELEASE = (r"\s+(?:(?:released|published|conducted|issued|taken|out)\s+(?:on\s+|last\s+"
            rf"|late\s+|early\s+|in\s+)?|in\s+){_WHEN}\b")
_RELEASED = re.compile(_RELEASE)
_WHEN_WORDS = tuple(_WHEN[3:-1].split("|"))  # the day and month names of _WHEN
_FINDING_NOUNS = ("poll", "survey", "report", "study", "analysis")
# A dated document as the subject of a finding: "A Monmouth poll released Monday found",
# "The report published Tuesday showed", "A Times/CBS News poll in December found".
_SUBJECT_DOCUMENT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=,\s))"
    r"(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+)?"
    r"((?:(?:new|latest|recent|opinion|national|statewide|nationwide|public|exit|online"
    r"|annual|independent|internal|joint|[A-Z][\w’'./&-]*)\s+){0,6}?)"
    rf"((?:{'|'.join(_FINDING_NOUNS)})s?)({_RELEASE})"
    r"(?=(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:found|finds|showed|shows|show"
    r"|suggests|suggested|indicates|indicated|gives|gave|puts|put|has|had)\b)"
)


def _issuer(mods: str) -> str | None:
    """The body named before a document noun, without the describing words after it:
    "Washington Post-ABC News national (poll)" → "Washington Post-ABC News"."""
    words = mods.split()
    while words and not words[-1].lstrip("(")[:1].isupper():
        words.pop()
    issuer = " ".join(words)
    return issuer if issuer[:1].isupper() and issuer.lower() not in ("new", "latest") else None


def _subject_documents(p: str, pi: int) -> list[Hit]:
    """Dated documents that find or show something, named with their date."""
    if not any(w in p for w in _FINDING_NOUNS) or not any(w in p for w in _WHEN_WORDS):
        return []  # the pattern (tried at every position) needs both: skip it cheaply
    return [Hit((_LEADING_LOWER.sub("", m[1]) + p[m.start(2):m.end()]).strip(), "document",
                m[0], pi, m.start(), m.end(), _issuer(_WEEKDAYS.sub("", m[1].strip()).strip()),
                m[2])
            for m in _SUBJECT_DOCUMENT.finditer(p)]


# "latest Reuters/Ipsos opinion poll" is named "Reuters/Ipsos opinion poll"; "new poll" stays.
_LEADING_LOWER = re.compile(r"^(?:[a-z]+\s+)+(?=[A-Z])")


def _cites_before(folded: str, at: int) -> bool:
    """'in the release' cites only next to a reporting verb or a quotation in the same
    stretch of text ("…," he said in a statement; "In an interview, she said …")."""
    near = folded[max(0, at - 160):at + 160]
    if '"' in near:
        return True
    return any(w in CUE_WORDS for w in _WORDS.findall(near.lower()))


_WORDS = re.compile(r"[a-z]+")


def anonymous(doc: Document) -> list[Hit]:
    """Unnamed sourcing: "officials said", "a person familiar with the matter"."""
    out: list[Hit] = []
    lowered = list(map(str.lower, doc.paragraphs))
    for pi in compress(count(), holding(lowered, _ANON_HINTS)):  # cheap test first
        p = doc.paragraphs[pi]
        for m in _ANONYMOUS.finditer(p):
            noun, trigger = m.group(1), m.group(2)
            if noun.lower() in ("people", "person") and trigger not in (
                "familiar with", "close to", "briefed on"
            ) and not trigger.startswith("with"):
                continue
            before = _MODIFIERS.search(p, max(0, m.start() - 40), m.start())
            words = before.group().split() if before else []
            # keep the noun phrase: drop verbs/prepositions before it ("said officials")
            while words and (words[0].lower() in _SKIP
                             or (words[0][:1].isupper() and words[0].lower() in _SKIP_CAP)):
                words.pop(0)
            start = m.start() - len(" ".join(words)) - (1 if words else 0)
            end = m.end()
            if trigger in _RELATIONAL or trigger.startswith("with"):
                tail = _OBJECT.match(p, end)
                end = tail.end() if tail else end
            name = p[start:end] if end > m.end() else p[start:m.end(1)]
            out.append(Hit(name, "anonymous", p[start:end], pi, start, end))
    return out


_RELATIONAL = frozenset(["familiar with", "close to", "briefed on"])
_OBJECT = re.compile(r"(?:\s+[\w'’-]+){1,5}?(?=[,.;:]|\s+(?:said|says|say|told|who)\b)")
_SKIP_CAP = frozenset(["but", "and", "in", "on", "at", "as", "when"])
_SKIP = frozenset(
    [
        "and", "or", "but", "said", "says", "told", "say", "according", "to", "of", "in", "on",
        "at", "by", "with", "from", "that", "which", "who", "as", "for", "than",
    ]
)

_CREDIT = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.{2,80}?)"
    r"[.,]?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)
_SYNDICATION = re.compile(
    r"(?:^content created by (.{2,80}?) is available"
    r"|^this (?:article|story) (?:was |is )?(?:originally |first )?(?:appeared|published|"
    r"republished|reprinted)\s+(?:on|in|from|by|with permission (?:of|from))\s+(.{2,80}?)"
    r"(?:[.,;]|\s+and\b|\s+under\b|$))",
    re.IGNORECASE,
)
_WIRE_OPEN = re.compile(r"^[A-Z][A-Za-z .,'-]{0,40}\((Reuters|AP|AFP|Bloomberg|UPI)\)\s*[-–—]")
_WIRE_CLOSE = re.compile(r"^[-–—]\s*(?:The\s+)?(Associated Press|Reuters|AFP|Bloomberg)\.?$")


def publication(doc: Document) -> list[Hit]:
    """The syndicator the article is republished from (never the outlet itself)."""
    out: list[Hit] = []
    outlet = (doc.outlet or "").lower().removeprefix("the ").strip()
    furniture = ([doc.credit] if doc.credit else []) + [
        f for f in doc.furniture if f != doc.credit
    ]
    for n, text in enumerate(furniture):
        # furniture hits have no body span: ``start`` orders them (paragraph -2)
        m = _CREDIT.match(text)
        if m:
            name = m.group(1).strip()
            out.append(Hit(name, "publication", text.rstrip("."), -2, n, n))
            continue
        m = _SYNDICATION.search(text)
        if m:
            name = (m.group(1) or m.group(2)).strip()
            end = _clause_end(text, m.end(1) if m.group(1) else m.end(2))
            out.append(Hit(name, "publication", text[:end], -2, n, n))
    for pi in range(max(0, len(doc.paragraphs) - 2), len(doc.paragraphs)):
        text = doc.paragraphs[pi]
        m = _SYNDICATION.search(text)
        if m:
            name = (m.group(1) or m.group(2)).strip()
            end = _clause_end(text, m.end(1) if m.group(1) else m.end(2))
            out.append(Hit(name, "publication", text[:end], pi, 0, end))
    if doc.paragraphs:
        m = _WIRE_OPEN.match(doc.paragraphs[0])
        if m:
            out.append(Hit(m.group(1), "publication", m.group(0).rstrip(" -–—"), 0,
                           m.start(), m.end()))
        last = len(doc.paragraphs) - 1
        m = _WIRE_CLOSE.match(doc.paragraphs[last])
        if m:
            out.append(Hit(m.group(1), "publication", m.group(0), last, 0, m.end()))
    return [h for h in out if h.name.lower().removeprefix("the ").strip() != outlet]


def _clause_end(text: str, after: int) -> int:
    """End of the clause that names the syndicator (before "that …", a comma or a period)."""
    best = len(text)
    for stop in (" that ", " which ", ". ", ", "):
        k = text.find(stop, after)
        if k >= 0:
            best = min(best, k)
    return best


_GROUP_NOUNS = {
    "campaign": "organization", "team": "organization", "office": "organization",
    "staff": "organization", "administration": "organization", "camp": "organization",
    "aides": "anonymous", "aide": "anonymous", "allies": "anonymous", "advisers": "anonymous",
    "adviser": "anonymous", "advisors": "anonymous", "spokesman": "anonymous",
    "spokeswoman": "anonymous", "spokesperson": "anonymous", "lawyers": "anonymous",
    "lawyer": "anonymous", "attorneys": "anonymous", "attorney": "anonymous",
    "supporters": "anonymous", "associates": "anonymous", "confidants": "anonymous",
}
"""Who speaks for someone: "Donald Trump’s campaign said", "the senator's aides say"."""

_GROUP_TAIL = re.compile(
    r"[’']s\s+((?:[a-z][\w-]*\s+){0,2}?(" + "|".join(sorted(_GROUP_NOUNS)) + r"))\b"
)
# Words of an owner's name: a full stop ends one only in an abbreviation ("Mr.", "U.S."),
# never a sentence ("… in New Hampshire. Bush's team thinks" is owned by Bush).
_OWNER = re.compile(
    r"(?<![\w’'-])((?:(?:[A-Z][\w’'-]*|[A-Z](?:\.[A-Z])+\.|[A-Z][a-z]{0,2}\.)\s+){0,3}"
    r"[A-Z][\w.-]*)$"
)
_OWNER_REACH = 80  # characters before the possessive that may hold its owner's name
_OPENERS = frozenset("but and or so yet when while as after before if in on at".split())
"""Words that open a clause, never an owner's name ("But Li's lawyers said")."""


def possessed_groups(doc: Document) -> list[Hit]:
    """A group speaking for a named person or body, as the subject of a reporting verb:
    "Donald Trump’s campaign said", "Mr. Lee's lawyers argued"."""
    out: list[Hit] = []
    for pi, p in enumerate(doc.paragraphs):
        if "’s" not in p and "'s" not in p:
            continue  # no possessive: two fast searches, not a character class everywhere
        for m in _GROUP_TAIL.finditer(p):  # starts only at apostrophes: cheap
            owner = _OWNER.search(p, max(0, m.start() - _OWNER_REACH), m.start())
            if owner is None or owner.group(1).split()[0].lower() in _OPENERS:
                continue
            after = p[m.end():m.end() + 60].lower()
            cue = next((w for w in islice(_WORDS.finditer(after), 4) if w[0] in CUE_WORDS),
                       None)
            if cue is None:
                continue
            start, end = owner.start(1), m.end() + cue.end()
            name = p[start:m.end()]
            # evidence through the verb: "Kasich's team thinks", not the name alone
            out.append(Hit(name, _GROUP_NOUNS[m.group(2)], p[start:end], pi, start, end))
    return out
