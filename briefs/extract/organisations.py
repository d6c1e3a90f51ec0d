"""Organisations: acronyms defined in the text, and telling a body from a person.

"Department of Justice (DOJ)" defines DOJ once; later "DOJ" mentions are the
same source. Whether a name is an organisation is judged from its words (an
acronym, or a head word such as Department, Committee, Post, Times).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefs.extract.mentions import ORG_HEADS, TITLES

# "Long Name (ACR)" — the long name is up to 8 capitalised words (with small
# connectors) right before the bracket. Bounded repetition: linear time.
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")
_LONG_NAME = re.compile(
    r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|the|on|de|to)\s+){0,2}){0,7}[A-Z][\w’'&.-]*)\s+$"
)

_ORG_WORDS = ORG_HEADS | frozenset(
    [
        "news", "press", "times", "post", "journal", "herald", "tribune", "gazette", "review",
        "magazine", "network", "broadcasting", "television", "radio", "media", "group", "inc",
        "corp", "co", "llc", "ltd", "institute", "university", "police", "army", "navy", "force",
        "forces", "command", "fbi", "cia", "nsa", "dhs", "doj", "sec", "fda", "europol", "interpol",
        "nato", "who", "un", "campaign", "pac", "caucus", "staff", "team", "poll", "polls",
        "authority", "trust", "partners", "agency", "commission", "lab", "laboratory",
        "project", "initiative", "clinic", "hospital", "company", "firm", "bank", "securities",
        "capital", "holdings", "investments", "associates", "research", "reports",
        "nations", "union", "parliament", "ministry", "government", "administration",
        "guard", "observer", "chronicle", "courier", "globe", "bulletin", "dispatch",
        "inquirer", "sentinel", "examiner", "register",
    ]
) | frozenset(
    # bodies so well known that their names carry no head word: wire services, broadcasters,
    # pollsters and platforms quoted every day
    """reuters afp bloomberg politico axios breitbart huffpost vox slate gallup ipsos yougov
    quinnipiac pew realclearpolitics fivethirtyeight twitter facebook google youtube
    instagram wikileaks""".split()
)


def acronyms(paragraphs: list[str]) -> dict[str, str]:
    """ACR → "Long Name (ACR)" for every acronym the text defines (first definition wins)."""
    out: dict[str, str] = {}
    misses: dict[str, int] = {}
    for p in paragraphs:
        if "(" not in p:
            continue
        for b in _BRACKETED.finditer(p):
            if b.group(1) in out or misses.get(b.group(1), 0) >= 3:
                continue  # first definition wins; a bracket never defined stops costing
            # the long name sits right before the bracket: match in a short window
            m = _LONG_NAME.search(p, max(0, b.start() - 120), b.start())
            if not m:
                misses[b.group(1)] = misses.get(b.group(1), 0) + 1
                continue
            long, acr = m.group(1).strip(), b.group(1)
            long = re.sub(r"^(?:The|A|An)\s+", "", long)
            words = [w for w in re.split(r"\s+", long) if w[:1].isupper()]
            initials = "".join(w[0] for w in words)
            if _matches(initials, acr):
                out[acr] = f"{_trim_to_initials(long, acr)} ({acr})"
            else:
                misses[acr] = misses.get(acr, 0) + 1
    return out


def _matches(initials: str, acr: str) -> bool:
    """The acronym starts with the initial of one of the long name's words."""
    letters = "".join(ch for ch in acr if ch.isupper())
    return bool(letters) and letters[0] in initials


def _trim_to_initials(long: str, acr: str) -> str:
    """Drop leading words before the one whose initial starts the acronym."""
    words = long.split()
    first = acr[0]
    for k, w in enumerate(words):
        if w[:1] == first:
            return " ".join(words[k:])
    return long


_NAME_WORD = re.compile(r"[\w’'&.-]+")


@lru_cache(maxsize=4096)
def is_organisation(name: str) -> bool:
    """True for an acronym or a name with an organisation head word (cached: a name is
    judged for every mention and source it names)."""
    words = _NAME_WORD.findall(name)
    if not words:
        return False
    if any(w.isupper() and len(w) > 1 and "." not in w for w in words):
        return True
    if is_cause_group(words):
        return True  # "Citizens for Tax Justice", "Mothers Against Drunk Driving"
    return any(w.lower().strip(".") in _ORG_WORDS for w in words)


_CAUSE_LINKS = frozenset(["for", "against"])
_CAUSE_SMALL_WORDS = frozenset(["for", "against", "of", "and", "the", "&"])


def is_cause_group(words: list[str]) -> bool:
    """People gathered for a cause, named in capitals around "for"/"against": "Citizens
    for Tax Justice", "Mothers Against Drunk Driving" — one body, not a role ("Citizens
    for") before a name."""
    if len(words) < 3 or not words[-1][:1].isupper():
        return False
    first = words[0]
    link = next((k for k, w in enumerate(words) if w.lower() in _CAUSE_LINKS), 0)
    return (0 < link < len(words) - 1 and first[:1].isupper() and first[1:].islower()
            and first.endswith("s") and first.lower() not in TITLES
            and all(w[:1].isupper() or w in _CAUSE_SMALL_WORDS for w in words))
