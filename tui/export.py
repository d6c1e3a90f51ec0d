"""A brief as Markdown or JSON for export, and a quote for the clipboard.

Markdown comes from ``briefs.render`` (the CLI's renderer, which escapes article
text); JSON is the contract brief without the reader's state.
"""

from __future__ import annotations

import json
from typing import Any

from briefs.safe import inert


def contract(brief: dict[str, Any]) -> dict[str, Any]:
    """The brief without reader state: what JSON export writes."""
    return {k: v for k, v in brief.items() if k != "state"}


def to_json(brief: dict[str, Any]) -> str:
    from briefs.safe import inert_json

    return inert_json(json.dumps(contract(brief), ensure_ascii=False, indent=2)) + "\n"


def to_markdown(brief: dict[str, Any]) -> str:
    """The same Markdown brief as ``briefs show --markdown`` (escaped, inert)."""
    from briefs.render import brief_markdown

    return brief_markdown(contract(brief))  # type: ignore[arg-type]


def quote_with_attribution(quote: dict[str, Any]) -> str:
    """What "copy quote" puts on the clipboard: the words and who said them."""
    who = inert(str(quote.get("speaker") or "unattributed"))
    if quote.get("role"):
        who += f", {inert(str(quote['role']))}"
    return f"“{inert(str(quote.get('text') or ''))}” — {who}"
