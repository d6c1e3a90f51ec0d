"""Who a headline says is speaking: "New Poll Shows …", "…, Former Aide Says", "Report: …".

A headline compresses its attribution into a subject and one verb. In Headline Case the
capitals no longer tell a name from a common word, so the mention model (which reads
sentence-case headlines like body text) cannot find the subject there; these three shapes
can be read without it:

* a subject before a reporting verb: "Retired General Reveals …", "Black lawmakers rip …";
* a trailing attribution: "Clinton Hid Health Problems, Former White House Doctor Says.";
* a one-word label before a colon naming a document or a group: "Poll: …", "Historians: …".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from briefs.extract.lexicon import ANONYMOUS_HEADS, ORG_HEADS, ROLE_NOUNS, words
from briefs.extract.organisations import is_organisation

HEADLINE_VERBS = words(
    """
    say says said show shows reveal reveals find finds warn warns urge urges claim claims
    admit admits vow vows predict predicts confirm confirms announce announces tell tells
    ask asks argue argues insist insists deny denies defend defends blame blames accuse
    accuses praise praises rip rips slam slams blast blasts rebuke rebukes rebuff rebuffs
    endorse endorses plead pleads hammer hammers criticize criticizes knock knocks
    rule rules vote votes back backs
    """
)
"""Verbs a headline uses to report what someone said, found or stood for. Headlines write
active verbs in the present; their past forms are mostly passive ("Clinton Accused Of")."""


_DOCUMENT_NOUNS = words("poll polls report reports survey surveys study studies analysis "
                        "document documents memo emails audit review")
_NOT_SUBJECT = words(
    """
    in on at as of for with amid after before while when why how what who whom whose where
    if there here this that these those it he she they we you i watch breaking exclusive
    update live
    """
)
"""Words a headline subject never starts with ("Amid discord, Trump claims …")."""
_NOT_INSIDE = words("and or with to for from by about on at in into")
"""Words that show the subject is a clause, not a noun phrase ("Woman Steps Forward With")."""
_ADVERBS = words("just also now still again finally already even")

_MAX_SUBJECT = 5
_WORD = re.compile(r"[\w’'.&-]+")
_SUFFIX = re.compile(r",\s+([A-Z][\w.&'’ ]{1,40}?)\s+(?i:says?|said|reports?|finds?)[.!]?$")
_LABEL = re.compile(r"([A-Z][a-z]+):\s")


@dataclass(frozen=True, slots=True)
class HeadlineSource:
    """The source a headline names, the words that attribute it, and where they are."""

    name: str
    kind: str
    evidence: str
    start: int
    end: int


def headline_source(title: str) -> HeadlineSource | None:
    """The one source a headline attributes its claim to, if it has that shape."""
    suffix = _SUFFIX.search(title)
    if suffix:
        return _found(title, suffix.group(1), suffix.start(1), suffix.end())
    label = _LABEL.match(title)
    if label:
        word = label.group(1).lower()
        if word in _DOCUMENT_NOUNS or (word.endswith("s") and not word.endswith("ss")):
            return _found(title, label.group(1), 0, label.end(1) + 1)
        return None
    return _subject(title)


def _subject(title: str) -> HeadlineSource | None:
    """"Subject [Just] Verb …": the words before the first reporting verb."""
    tokens = list(islice(_WORD.finditer(title), _MAX_SUBJECT + 2))  # a title may be huge
    for n, tok in enumerate(tokens):
        if tok.group().lower() not in HEADLINE_VERBS:
            continue
        end = n
        while end and tokens[end - 1].group().lower() in _ADVERBS:
            end -= 1  # "Trump Finally Endorses"
        subject = tokens[:end]
        if not 1 <= end <= _MAX_SUBJECT:
            return None
        first = subject[0].group()
        if (not first[:1].isupper() or first.lower() in _NOT_SUBJECT
                or any(t.group().lower() in _NOT_INSIDE for t in subject)
                or any(c in title[:tok.start()] for c in ",;:\"“”‘?!")):
            return None
        name = title[subject[0].start():subject[-1].end()]
        return _found(title, name, subject[0].start(), tok.end())
    return None


def _found(title: str, name: str, start: int, end: int) -> HeadlineSource | None:
    name = name.strip(" .")
    if not name or (name.isupper() and len(name) > 6):  # "BREAKING", "BUSTED" shout, not name
        return None
    return HeadlineSource(name, _kind(name), title[start:end], start, end)


def _kind(name: str) -> str:
    """A document ("New Poll"), an unnamed group or role ("Retired General"), a body or a
    person."""
    last = name.split()[-1].lower().rstrip("’'")
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    if last in _DOCUMENT_NOUNS or singular in _DOCUMENT_NOUNS:
        return "document"
    if singular in ORG_HEADS:
        return "organization"
    if {last, singular} & (ROLE_NOUNS | ANONYMOUS_HEADS):
        return "anonymous"  # "Former White House Doctor", "Black Lawmakers"
    if is_organisation(name):
        return "organization"
    return "person"
