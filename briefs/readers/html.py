"""HTML pages: main text and metadata with trafilatura, the headline as displayed.

trafilatura (precision mode first, recall mode as a fallback) drops navigation,
captions, "Read more" links, related stories and footers; we keep its paragraph
structure (blank line between paragraphs) and clean the title of site suffixes
("| DW | 19.01.2020", "- Reuters"). A page whose extracted text holds no prose
(an index page, a paywall) is an error that says so. ``fragment_paragraphs``
is the light lxml path for HTML snippets in feeds and JSON, where trafilatura's
page heuristics do not apply. trafilatura and lxml are imported on first use.
"""

from __future__ import annotations

import logging
import re
from itertools import islice
from typing import Any

from briefs.article import Article
from briefs.errors import InputError
from briefs.readers import limits
from briefs.readers.meta import author_list, iso_date
from briefs.text import is_furniture, normalise_whitespace, split_title_outlet

NO_TEXT = "no article text (paywall or index page?)"
# Characters lxml refuses in text (control characters, lone surrogates, U+FFFE/FFFF).
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# ------------------------------------------------------------------- titles ---

_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|/)\s+")
_DATEISH = re.compile(
    r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.? [A-Za-z]{3,9}\.? \d{4}"
    r"|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{4})$"
)


def _site_key(name: str) -> str:
    """"www.Reuters.com" and "Reuters" compare equal."""
    name = name.casefold().strip()
    name = re.sub(r"^(?:https?://)?(?:www\.)?", "", name)
    name = re.sub(r"\.(?:com|org|net|co\.uk|de|fr|info|news)$", "", name)
    return re.sub(r"[^\w]+", "", name)


def clean_title(title: str, sitename: str | None = None) -> tuple[str, str | None]:
    """The headline without site and date segments, and the site name found there."""
    title = normalise_whitespace(title)
    outlet: str | None = None
    site = _site_key(sitename) if sitename else ""
    for _ in range(4):
        seps = list(_SEPARATOR.finditer(title))
        if not seps:
            break
        tail = title[seps[-1].end():].strip()
        lead = title[: seps[0].start()].strip()
        if _DATEISH.match(tail) or (site and _site_key(tail) == site):
            if not _DATEISH.match(tail):
                outlet = outlet or tail
            title = title[: seps[-1].start()].strip()
            continue
        if site and _site_key(lead) == site:
            outlet = outlet or lead
            title = title[seps[0].end():].strip()
            continue
        head, suffix = split_title_outlet(title)
        if suffix:
            title, outlet = head, outlet or suffix
            continue
        break
    return title, outlet


# --------------------------------------------------------------- paragraphs ---

_PAYWALL = re.compile(
    r"\b(?:subscribe|subscriber|subscription|sign in|log in|login|register|create an account"
    r"|continue reading|read the full|paywall|premium content|unlock)\b",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)
_PROSE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def has_prose(paragraphs: list[str]) -> bool:
    """True when some paragraph reads like a sentence of an article, not nav or a paywall."""
    for p in paragraphs:
        if is_furniture(p) or _PAYWALL.search(p):
            continue
        words = len(p.split())
        if words >= 12 or (words >= 5 and _PROSE_END.search(p)):
            return True
    return False


def _block_text(el: Any) -> str:
    for lb in el.iter("lb", "br"):
        lb.tail = " " + (lb.tail or "")
    return normalise_whitespace("".join(el.itertext()))


def _body_paragraphs(body: Any) -> list[str]:
    """Paragraphs of trafilatura's XML body: p, head, quote, list items; no tables, images."""
    out: list[str] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("table", "graphic", "figure"):
            continue
        if tag == "list":
            out.extend(t for item in el.iter("item") if (t := _block_text(item)))
        elif tag in ("quote", "div", "section") and any(c.tag in ("p", "list") for c in el):
            out.extend(_body_paragraphs(el))
        elif text := _block_text(el):
            out.append(text)
    return out


# -------------------------------------------------------------------- pages ---


def _quiet_libraries() -> None:
    """trafilatura logs parse trouble at ERROR; we report it ourselves as one line."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _extract(raw: str, tree: Any, url: str | None, retry: bool = True) -> Any:
    """Precision mode first; recall mode on a fresh tree when that finds nothing."""
    import trafilatura
    from trafilatura.utils import load_html
    common = dict(url=url, with_metadata=True, include_comments=False, include_tables=False,
                  include_images=False, include_links=False)
    doc = trafilatura.bare_extraction(tree, favor_precision=True, **common)
    if retry and (doc is None or not (doc.text or "").strip()):
        doc = trafilatura.bare_extraction(load_html(raw), **common) or doc
    return doc


def _headings(tree: Any) -> list[str]:
    return [t for h in tree.iter("h1") if (t := normalise_whitespace(h.text_content()))]


def from_html(raw: str, source: str, url: str | None = None) -> Article:
    """One article from an HTML page (``url`` is where it was fetched, if anywhere)."""
    if not raw.strip():
        raise InputError(source, "empty file")
    from trafilatura.utils import load_html

    _quiet_libraries()
    try:
        safe = _XML_UNSAFE.sub("", raw)
        tree = load_html(safe)
    except Exception:  # lxml raises several types on broken input
        tree = None
    if tree is None or not hasattr(tree, "iter"):
        raise InputError(source, "malformed HTML (no document found)")
    elements = sum(1 for _ in islice(tree.iter(), limits.MAX_HTML_ELEMENTS + 1))
    if elements > limits.MAX_HTML_ELEMENTS:
        raise InputError(source, f"page too complex (more than {limits.MAX_HTML_ELEMENTS:,} "
                                 "HTML elements)")
    h1s = _headings(tree)
    try:
        # big pages get one pass: a second would double the worst case for little gain
        doc = _extract(safe, tree, url, retry=elements <= limits.MAX_HTML_ELEMENTS // 4)
    except Exception as e:  # a third-party boundary: hostile pages must not crash us
        raise InputError(source, f"could not extract text ({e.__class__.__name__})") from None
    if doc is None or doc.body is None:
        raise InputError(source, NO_TEXT)
    paragraphs = _body_paragraphs(doc.body)
    title, outlet = clean_title(doc.title or "", doc.sitename) if doc.title else (None, None)
    if len(h1s) == 1 and (not title or (title != h1s[0] and title.startswith(h1s[0]))):
        title = h1s[0]
    if title:
        key = title.casefold()
        while paragraphs and paragraphs[0].casefold() == key:
            paragraphs.pop(0)
    # "Read more" links, standards footers, wire sign-offs: not body. Credit lines stay
    # for the cleaner, which turns them into the brief's credit.
    paragraphs = [p for p in paragraphs if _CREDIT_LINE.match(p) or not is_furniture(p)]
    if not has_prose(paragraphs):
        raise InputError(source, NO_TEXT)
    sitename = normalise_whitespace(doc.sitename) if doc.sitename else None
    if sitename and "." in sitename and " " not in sitename and outlet:
        sitename = None  # a bare host name: the title's site segment reads better
    return Article(
        text="\n\n".join(paragraphs),
        source=source,
        title=title or None,
        outlet=sitename or outlet,
        authors=author_list(doc.author.split(";")) if doc.author else [],
        published=iso_date(doc.date),
        url=doc.url or url,
        raw=raw,
        raw_format="html",
        title_in_text=False,
    )


# ---------------------------------------------------------------- fragments ---

_BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "header", "footer", "aside", "blockquote", "li", "ul",
    "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "tr", "figure",
    "hr", "address", "main",
))
_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "figcaption", "img",
              "svg", "template", "button", "form")
_LOOKS_HTML = re.compile(r"<(?:p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote)\b[^>]*>",
                         re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when a text field (feed summary, JSON content) carries HTML markup."""
    return bool(_LOOKS_HTML.search(text))


def fragment_paragraphs(fragment: str) -> list[str]:
    """Paragraphs of an HTML snippet: block elements separate, inline ones join."""
    if not fragment.strip():
        return []
    import lxml.html

    fragment = _XML_UNSAFE.sub("", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml's ParserError and friends on hostile snippets
        return [p for p in (normalise_whitespace(x) for x in re.split(r"\n\s*\n", fragment)) if p]
    for el in list(root.iter(*_DROP_TAGS)):
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    return [p for p in (normalise_whitespace(b.replace("\n", " "))
                        for b in re.split(r"\n[ \t]*\n", text)) if p]
