"""A brief as a Markdown document or JSON, for export from the reader.

Article text is escaped for Markdown so a title such as ``[x](javascript:…)``
stays text in whatever renders the file; control characters are made inert.
"""

from __future__ import annotations

import json
import re
from typing import Any

from briefs.safe import inert
from tui.widgets.overview import KIND_TITLES, group_sources, key_figures

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md(text: Any) -> str:
    """Inert, Markdown-escaped text."""
    return _MD_SPECIAL.sub(r"\\\1", inert(str(text))) if text is not None else ""


def contract(brief: dict[str, Any]) -> dict[str, Any]:
    """The brief without reader state: what JSON export writes."""
    return {k: v for k, v in brief.items() if k != "state"}


def to_json(brief: dict[str, Any]) -> str:
    return json.dumps(contract(brief), ensure_ascii=False, indent=2) + "\n"


def to_markdown(brief: dict[str, Any]) -> str:
    lines = [f"# {md(brief.get('title') or '(untitled)')}", ""]
    meta = [md(x) for x in (brief.get("outlet"), brief.get("published")) if x]
    if brief.get("authors"):
        meta.append("by " + ", ".join(md(a) for a in brief["authors"]))
    if meta:
        lines += ["*" + " · ".join(meta) + "*", ""]
    if brief.get("url"):
        lines += [f"<{inert(str(brief['url'])).replace('>', '%3E')}>", ""]
    if brief.get("credit"):
        lines += [md(brief["credit"]), ""]
    if brief.get("summary"):
        lines += [md(brief["summary"]), ""]
    key, rest = key_figures(brief)
    if key or rest:
        lines += ["## By the numbers", ""]
        for figure in key + rest:
            label = " ".join(md(figure.get(k)) for k in ("qualifier", "label") if figure.get(k))
            lines.append(f"- **{md(figure.get('text') or figure.get('value'))}** {label}".rstrip())
        lines.append("")
    if brief.get("quotes"):
        lines += ["## What they're saying", ""]
        for quote in brief["quotes"]:
            who = md(quote.get("speaker") or "Unattributed")
            if quote.get("role"):
                who += f", {md(quote['role'])}"
            lines += [f"> “{md(quote.get('text'))}”", ">", f"> — {who}", ""]
    groups = group_sources(brief)
    if groups:
        lines += ["## Sources", ""]
        for kind, items in groups:
            names = "; ".join(
                f"{md(s.get('name'))} ({int(s.get('mentions') or 1)})" for _, s in items
            )
            lines.append(f"- **{KIND_TITLES.get(kind, kind.title())}**: {names}")
        lines.append("")
    return "\n".join(lines)


def quote_with_attribution(quote: dict[str, Any]) -> str:
    """What "copy quote" puts on the clipboard: the words and who said them."""
    who = inert(str(quote.get("speaker") or "unattributed"))
    if quote.get("role"):
        who += f", {inert(str(quote['role']))}"
    return f"“{inert(str(quote.get('text') or ''))}” — {who}"
