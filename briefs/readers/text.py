"""Plain text and Markdown: the text as written, the first line as the title.

Title, section label and " – Outlet" splitting happen later in
:func:`briefs.text.clean` (``title_in_text=True``). Markdown markup is stripped
minimally here — headings, emphasis, links, images, code marks, quotes — with
line-anchored regexes that run in linear time; no Markdown library is needed.
"""

from __future__ import annotations

import re

from briefs.article import Article
from briefs.errors import InputError
from briefs.readers.meta import author_list, iso_date
from briefs.text import normalise_whitespace, split_sentences

_TITLE_MAX = 160


def from_text(raw: str, source: str, *, raw_format: str = "text", text: str | None = None,
              title: str | None = None, authors: list[str] | None = None,
              published: str | None = None) -> Article:
    """One article from plain text (or from Markdown already stripped into ``text``)."""
    body = raw if text is None else text
    if not body.strip():
        raise InputError(source, "empty file" if not raw.strip() else "no article text")
    article = Article(
        text=body, source=source, raw=raw, raw_format=raw_format, title=title,
        authors=authors or [], published=published,
    )
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", body.strip()) if p.strip()]
    if len(paragraphs) == 1 and title is None:
        # One paragraph is the body, not a title: its first sentence stands in as headline.
        article.title = first_sentence(paragraphs[0])
        article.title_in_text = False
    return article


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, shortened to a headline's length."""
    only = normalise_whitespace(paragraph)
    spans = split_sentences(only)
    first = only[spans[0][0]: spans[0][1]] if spans else only
    return first if len(first) <= _TITLE_MAX else first[: _TITLE_MAX - 1].rstrip() + "…"


# ----------------------------------------------------------------- markdown ---

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_FIELD = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*([^\n]*)$", re.MULTILINE)
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[^\n]*$", re.MULTILINE)
# Bounded repeats and excluded brackets keep every pattern linear on hostile input.
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\](?:\([^()\n]{0,2000}\)|\[[^\[\]\n]{0,200}\])")
_LINK = re.compile(r"\[([^\[\]\n]{1,500})\](?:\([^()\n]{0,2000}\)|\[[^\[\]\n]{0,200}\])")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]{1,2000})>")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\[\]\n]{1,200}\]:[ \t]*\S[^\n]*$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)$", re.MULTILINE)
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-{2,})[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$", re.MULTILINE)
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]{0,8}[-*+][ \t]+", re.MULTILINE)
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]{0,300}?\S)\*\*|__(?=\S)([^_\n]{0,300}?\S)__")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{0,300}?\S)\*(?![\w*])")
_EMPHASIS_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{0,300}?\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^~\n]{0,300}?\S)~~")
_CODE = re.compile(r"`([^`\n]{1,500})`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~])")
_HIDDEN = 0xF0000  # supplementary private-use plane: never in real text markup
_HIDDEN_CHAR = re.compile("[\U000F0000-\U000F007F]")


def _drop_comments(text: str) -> str:
    """Remove ``<!-- … -->`` with find(), linear even when comments never close."""
    out: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        out.append(text[pos:start])
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def strip_markdown(markdown: str) -> str:
    """Markdown to plain text, keeping words, punctuation and paragraph breaks."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _drop_comments(text)
    # escaped marks (\*) are hidden in the private-use area until markup is gone
    text = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), text)
    text = _FENCE.sub("", text)
    text = _REF_DEF.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HEADING.sub(lambda m: "\n" + m.group(1).rstrip(" \t#") + "\n", text)
    text = _SETEXT.sub("", text)
    text = _RULE.sub("", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _BULLET.sub("\n", text)  # each list item its own paragraph
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDER.sub(r"\1", text)
    return _HIDDEN_CHAR.sub(lambda m: chr(ord(m.group(0)) - _HIDDEN), text)


def front_matter(markdown: str) -> dict[str, str]:
    """Simple ``key: value`` fields of a YAML front-matter block (no YAML library)."""
    m = _FRONT_MATTER.match(markdown.replace("\r\n", "\n"))
    if not m:
        return {}
    return {k.lower(): v.strip().strip("'\"") for k, v in _FM_FIELD.findall(m.group(1))}


def from_markdown(raw: str, source: str) -> Article:
    """One article from Markdown: markup stripped, front-matter title/author/date kept."""
    fields = front_matter(raw)
    authors = author_list((fields.get("author") or fields.get("authors") or "").strip("[]"))
    return from_text(
        raw, source, raw_format="markdown", text=strip_markdown(raw),
        title=fields.get("title") or None, authors=authors,
        published=iso_date(fields.get("date") or fields.get("published")),
    )
