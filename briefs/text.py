"""Cleaning: from an article's raw text to a Document of paragraphs and sentences.

Words and characters are kept as written (curly quotes stay curly); only
whitespace is normalised. Matching code may use :func:`fold` — a same-length
view with straight quotes — so offsets found in it are offsets in the original.
Everything here runs in linear time: the regexes have no nested quantifiers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, compress, count

from briefs.article import Article

# ------------------------------------------------------------------ folding ---

_FOLD = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
        "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
    }
)


_FOLD_CHARS = {chr(code): repl for code, repl in _FOLD.items()}
_FOLD_PAIRS = tuple(_FOLD_CHARS.items())


# fold() leaves ASCII text as it is, "`" included
_FOLD_NON_ASCII = {char: plain for char, plain in _FOLD_CHARS.items() if not char.isascii()}


def fold_char(char: str) -> str:
    """:func:`fold` of a single character: one dict lookup."""
    return _FOLD_NON_ASCII.get(char, char)


def fold(text: str) -> str:
    """Same-length view of ``text`` with straight quotes, plain dashes and spaces.

    One C-speed search per foldable character, and a replace for those present, is
    ~3× faster than a regex over them calling back into Python at each match (itself
    ~10× faster than ``str.translate`` with a dict table, which looks up every
    character); this runs on every paragraph. No replacement is itself foldable, so
    replacing one character after another folds them all at once.
    """
    if text.isascii():
        return text
    for char, plain in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text


# --------------------------------------------------------------- structures ---


@dataclass(slots=True)
class Sentence:
    """A sentence: its paragraph and its character span within that paragraph."""

    paragraph: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Document:
    """A cleaned article, ready for extraction (pure data, no I/O)."""

    paragraphs: list[str]
    sentences: list[Sentence]
    title: str | None = None
    outlet: str | None = None
    credit: str | None = None
    furniture: list[str] = field(default_factory=list)  # removed paragraphs, in order
    _folded: list[str] | None = field(default=None, repr=False, compare=False)

    def sentences_in(self, paragraph: int) -> list[Sentence]:
        return [s for s in self.sentences if s.paragraph == paragraph]

    def folded(self) -> list[str]:
        """:func:`fold` of every paragraph, computed once: several extractors match on it."""
        if self._folded is None or len(self._folded) != len(self.paragraphs):
            self._folded = list(map(fold, self.paragraphs))
        return self._folded


def holding(texts: list[str], words: tuple[str, ...]) -> list[bool]:
    """For each text, whether any of ``words`` occurs in it (as ``any(w in text …)``).

    One C-speed ``find`` scan of all texts joined per word, instead of a test per
    word per text: an input of thousands of one-word paragraphs costs a few scans,
    not a Python loop over every paragraph and word. Words hold no newline, so no
    match spans two texts.
    """
    return _flag(texts, [lambda s, pos, w=w: s.find(w, pos) for w in words])


def matching(texts: list[str], pattern: re.Pattern[str]) -> list[bool]:
    """For each text, whether ``pattern`` matches somewhere in it — one scan of all texts
    joined by newlines (so ``pattern`` must not match across a newline)."""

    def find(s: str, pos: int) -> int:
        m = pattern.search(s, pos)
        return -1 if m is None else m.start()

    return _flag(texts, [find])


def line_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A ``^``-led pattern for :func:`starting`, led by a newline instead.

    A search tries a ``^``-led pattern at every position (each try fails at once,
    but there are as many as characters); a pattern with a literal first character
    is searched for that character first, at C speed, and tried only there.
    """
    if not pattern.startswith("^"):
        raise ValueError("a line pattern starts with ^")
    return re.compile("\n" + pattern[1:], flags | re.MULTILINE)


def starting(texts: list[str], pattern: re.Pattern[str]) -> list[bool]:
    """For each text, whether the ``^`` pattern that ``pattern`` was made from (by
    :func:`line_pattern`) matches at its start — one scan of the texts joined by
    newlines, with one more in front (so every text follows one), like ``matching``
    with the ``^`` pattern and ``re.MULTILINE``; texts must hold no newline."""
    found = [False] * len(texts)
    if not texts:
        return found
    joined = "\n" + "\n".join(texts)
    at = list(accumulate((len(t) + 1 for t in texts), initial=0))  # the newline before each
    m = pattern.search(joined)
    while m is not None:
        i = bisect_right(at, m.start()) - 1
        found[i] = True
        m = pattern.search(joined, at[i + 1]) if i + 1 < len(texts) else None
    return found


def _flag(texts: list[str], finders: list[Callable[[str, int], int]]) -> list[bool]:
    """Flags the texts in which a finder (``str.find``-like: a position or -1) succeeds,
    scanning all texts joined by newlines and skipping to the next text after a hit."""
    found = [False] * len(texts)
    if not texts:
        return found
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    for find in finders:
        k = find(joined, 0)
        while k != -1:
            i = bisect_right(starts, k) - 1
            found[i] = True
            k = find(joined, starts[i + 1]) if i + 1 < len(starts) else -1
    return found


# ------------------------------------------------------------- whitespace ---

# runs of spaces; a lone plain space is left alone (replacing it by itself is costly)
_SPACES = re.compile(
    r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}"
    r"|[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)
# control and invisible characters (zero-width, BOM, soft hyphen), deleted in one pass
_DROPPED = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def normalise_whitespace(line: str) -> str:
    """Collapse runs of spaces, drop invisible and control characters, strip."""
    if line.isprintable():
        # the usual paragraph: no control, invisible or non-plain space characters
        # (none of them is printable), so only runs of plain spaces can change
        return (_SPACES.sub(" ", line) if "  " in line else line).strip()
    return _SPACES.sub(" ", _DROPPED.sub("", line)).strip()


WRAP_WIDTH = 100
"""Longer lines are not wrapped text: each one is a paragraph of its own."""


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines; a text without any uses single newlines.

    Inside a block, single newlines are wrapping ("soft") unless a line before the
    last runs past :data:`WRAP_WIDTH`: then the block is lines of whole paragraphs
    (pages pasted without blank lines, live blogs).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _BLANK_LINE.search(text):
        paras = []
        for block in _BLANK_LINE.split(text):
            lines = block.strip().split("\n")
            if any(len(line) > WRAP_WIDTH for line in lines[:-1]):
                paras.extend(map(normalise_whitespace, lines))
            else:
                paras.append(normalise_whitespace(" ".join(lines)))
    else:
        paras = [normalise_whitespace(line) for line in text.split("\n")]
    return [p for p in paras if p]


# -------------------------------------------------------------- sentences ---

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st sen rep del gov lt gen col sgt capt cmdr adm maj cpl pvt
    rev fr hon pres supt det insp atty no nos vs v etc inc co corp ltd llc dept univ
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd approx est fig
    u.s u.k u.n e.u a.m p.m i.e e.g d.c n.y l.a u.s.a ph.d""".split()
)

# A boundary: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can open a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,11})$")


def _is_abbreviation(paragraph: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    m = _WORD_BEFORE.search(paragraph, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if "." in word[:-1] or len(word) == 1:
        # initials (P.J.) and single capitals (John F. Kennedy) do not end sentences
        return word[0].isupper() or word.lower().rstrip(".") in ABBREVIATIONS
    return word.lower() in ABBREVIATIONS


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) within one paragraph, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(paragraph):
        punct_end = m.start() + 1
        if paragraph[m.start()] == "." and _is_abbreviation(paragraph, m.start()):
            continue
        end = m.end()
        # keep closing quotes/brackets with the sentence, not the next one
        text_end = end
        while text_end > punct_end and paragraph[text_end - 1].isspace():
            text_end -= 1
        if text_end > start:
            spans.append((start, text_end))
        start = end
    if start < len(paragraph):
        spans.append((start, len(paragraph.rstrip())))
    return [(a, b) for a, b in spans if b > a]


# ----------------------------------------------------------- title, outlet ---

_TITLE_SEPARATORS = re.compile(r"\s+(?:[-–—|]|::)\s+")
_SECTION_LABEL = re.compile(r"^[A-Z][A-Za-z&]*(?: [A-Z&][A-Za-z&]*)?$")


def split_title_outlet(title: str) -> tuple[str, str | None]:
    """Split "Headline – Site Name" into the headline and the site.

    The trailing segment is a site only when it is short and name-like and the
    headline before it is longer ("EXCLUSIVE – Roger Stone …" stays whole).
    """
    parts = _TITLE_SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title.strip(), None
    tail = parts[-1].strip()
    head = title[: title.rfind(tail)].rstrip()
    head = re.sub(r"\s+(?:[-–—|]|::)$", "", head).rstrip()
    words = tail.split()
    if not (1 <= len(words) <= 4 and len(tail) <= 32):
        return title.strip(), None
    if len(head.split()) < 3 or len(head) <= len(tail):
        return title.strip(), None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in {"of", "the", "and", "&", "de"}
               for w in words):
        return title.strip(), None
    if tail.endswith((".", "?", "!")) and not tail.lower().endswith((".com", ".org", ".net")):
        return title.strip(), None
    return head, tail


def is_section_label(line: str) -> bool:
    """A one- or two-word heading such as "News" or "World Politics" above the title."""
    return len(line) <= 24 and bool(_SECTION_LABEL.match(line))


# -------------------------------------------------------------- furniture ---

_CREDIT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)
_FURNITURE = re.compile(
    r"^(?:react to this article|what do you think of our coverage|previous article|next article"
    r"|previous articlenext article|read more\b|read the rest\b|related:|related articles?\b"
    r"|related stories\b|recommended\b|share this\b|share on\b|follow us\b|sign up\b"
    r"|subscribe\b|click here\b|advertisement$|all rights reserved\b|this article (?:was|is) "
    r"(?:republished|reprinted)|content created by .{1,80} is available|for licensing"
    r"|(?:facebook|twitter|instagram|linkedin|pinterest|whatsapp|reddit|e-?mail|print|share"
    r"|comments?)\.?$"
    r"|our standards:|reporting by .{1,60}; editing by|\(reporting by|editing by)",
    re.IGNORECASE,
)


# A paragraph of one to three words in capitals is a label or heading, not prose:
# "ABSTRACT.", "FACEBOOK", "TOP STORIES.", "BY JO LI".
_HEADING = re.compile(r"^[A-Z][A-Z’'&-]+(?: [A-Z][A-Z’'&-]+){0,2}[.:!]?$", re.MULTILINE)

# The same patterns at the start of any paragraph: matched once over all paragraphs
# joined by newlines (a paragraph holds no newline after ``split_paragraphs``).
_CREDIT_LINES = line_pattern(_CREDIT.pattern, re.IGNORECASE)
_FURNITURE_LINES = line_pattern(_FURNITURE.pattern, re.IGNORECASE)
_HEADING_LINES = line_pattern(_HEADING.pattern)


def is_furniture(paragraph: str) -> bool:
    """Page furniture that is never article body (feedback blurbs, nav, licensing)."""
    return (bool(_FURNITURE.match(paragraph)) or bool(_CREDIT.match(paragraph))
            or bool(_HEADING.fullmatch(paragraph)))


def _strip_furniture(paragraphs: list[str]) -> tuple[list[str], list[str], str | None]:
    """Remove furniture; a credit line in the last third cuts everything after it."""
    body: list[str] = []
    furniture: list[str] = []
    credit: str | None = None
    cut_from = len(paragraphs)
    credits = starting(paragraphs, _CREDIT_LINES)  # one scan, not a match per paragraph
    for i in compress(count(), credits):
        p = paragraphs[i]
        if len(p) <= 200:
            if credit is None:
                credit = p
            if i >= len(paragraphs) * 2 // 3 and i > 0:
                cut_from = i
                break
    furniture_at = starting(paragraphs, _FURNITURE_LINES)
    headings = starting(paragraphs, _HEADING_LINES)
    for i, p in enumerate(paragraphs):
        if i >= cut_from or furniture_at[i] or credits[i] or headings[i]:
            furniture.append(p)
        else:
            body.append(p)
    return body, furniture, credit


# ------------------------------------------------------------------ clean ---


def clean(article: Article) -> Document:
    """Turn an Article into a Document: title/outlet found, furniture off, split."""
    paragraphs = split_paragraphs(article.text)
    title = normalise_whitespace(article.title) if article.title else None
    outlet = article.outlet
    if article.title_in_text and paragraphs:
        first = 0
        if (len(paragraphs) > 2 and is_section_label(paragraphs[0])
                and not is_furniture(paragraphs[1])):
            first = 1  # "World Politics" above the title (not a title above "ABSTRACT.")
        if title is None or normalise_whitespace(paragraphs[first]) == title:
            title = paragraphs[first]
            paragraphs = paragraphs[first + 1 :]
        elif paragraphs[0] == title:
            paragraphs = paragraphs[1:]
    if title:
        head, site = split_title_outlet(title)
        if site:
            title = head
            outlet = outlet or site
    body, furniture, credit = _strip_furniture(paragraphs)
    sentences: list[Sentence] = []
    for i, ends in enumerate(holding(body, (".", "!", "?"))):
        p = body[i]
        if ends:
            sentences += [Sentence(i, a, b, p[a:b]) for a, b in split_sentences(p)]
        elif end := len(p.rstrip()):  # no full stop at all: one sentence, no splitting
            sentences.append(Sentence(i, 0, end, p[:end]))
    return Document(
        paragraphs=body,
        sentences=sentences,
        title=title,
        outlet=outlet,
        credit=credit,
        furniture=furniture,
    )
