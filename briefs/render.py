"""Placeholder: replaced by the real renderables shortly."""

from __future__ import annotations

from typing import Any


def brief_renderable(brief: dict[str, Any]) -> Any:
    from rich.text import Text

    from briefs.safe import inert

    return Text(inert(brief.get("title") or "(untitled)"))
