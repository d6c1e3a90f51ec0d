"""Article in, Brief out: cleaning then extraction (no I/O, no store)."""

from __future__ import annotations

import re

from briefs.article import Article
from briefs.extract import extract_figures, extract_quotes, extract_sources
from briefs.models import Brief
from briefs.text import clean, fold
from briefs.version import EXTRACTOR_VERSION

_URL_TRACKING = re.compile(r"[?&](?:utm_[a-z]+|fbclid|gclid|ref|cmpid)=[^&#]*")


try:  # the SHA-256 built into CPython: importing hashlib loads OpenSSL, 6 ms of start-up
    from _sha256 import sha256 as _sha256  # CPython 3.11
except ImportError:  # pragma: no cover - other versions and interpreters
    try:
        from _sha2 import sha256 as _sha256  # CPython 3.12+
    except ImportError:
        from hashlib import sha256 as _sha256


def canonical_url(url: str) -> str:
    """The URL as an identity: no fragment, no tracking parameters, no trailing slash."""
    url = url.strip().split("#", 1)[0]
    url = _URL_TRACKING.sub("", url).rstrip("?&")
    scheme, sep, rest = url.partition("://")
    if sep:
        host, slash, path = rest.partition("/")
        url = f"{scheme.lower()}://{host.lower()}{slash}{path}"
    return url.rstrip("/")


def normalised_text(text: str) -> str:
    """Text as an identity: folded quotes, collapsed whitespace, case kept."""
    return " ".join(fold(text).split())


def brief_id(article: Article) -> str:
    """Stable id: from the canonical URL when known, else the normalised text."""
    basis = canonical_url(article.url) if article.url else normalised_text(article.text)
    return _sha256(basis.encode("utf-8")).hexdigest()[:12]


def build_brief(article: Article) -> Brief:
    """Clean the article and extract its figures, quotes and sources."""
    doc = clean(article)
    quotes = extract_quotes(doc)
    return Brief(
        id=brief_id(article),
        source=article.source,
        title=doc.title,
        outlet=doc.outlet,
        authors=list(article.authors),
        published=article.published,
        url=article.url,
        credit=doc.credit,
        summary=doc.paragraphs[0] if doc.paragraphs else None,
        body=doc.paragraphs,
        figures=extract_figures(doc),
        quotes=quotes,
        sources=extract_sources(doc, quotes),
        extractor_version=EXTRACTOR_VERSION,
    )
