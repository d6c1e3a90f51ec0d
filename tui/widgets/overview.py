"""The brief at a glance: header, summary, key figures, quotes, sources.

Built as Rich renderables from ``Text`` objects only: every article-derived
string goes through :func:`briefs.safe.inert` and is never parsed as markup.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefs.render import counted
from briefs.safe import inert
from tui.widgets.chosen import Chosen

KIND_ORDER = ("document", "organization", "person", "publication", "anonymous")
KIND_TITLES = {
    "document": "Documents",
    "organization": "Organisations",
    "person": "People",
    "publication": "Publication",
    "anonymous": "Anonymous",
}


def t(value: Any, style: str = "") -> Text:
    """Inert text: article data shown exactly, never obeyed."""
    return Text(inert(str(value)) if value is not None else "", style=style)


def figure_value(figure: dict[str, Any]) -> str:
    """A figure's headline: its text as printed (e.g. "$53 million")."""
    return inert(str(figure.get("text") or figure.get("value") or ""))


def figure_caption(figure: dict[str, Any]) -> str:
    """What a figure counts, unless its printed text already says so ("288 arrests")."""
    printed = str(figure.get("text") or "")
    text = printed.lower()
    label = counted(figure, printed) if figure.get("label") else ""  # the text shows the unit
    qualifier = str(figure.get("qualifier") or "")
    if qualifier and qualifier.lower() in text:
        qualifier = ""
    return inert(" ".join(b for b in (qualifier, label) if b))


def key_figures(brief: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The "By the numbers" figures (flagged key, else the first four) and the rest."""
    figures = list(brief.get("figures") or [])
    key = [f for f in figures if f.get("key")] or figures[:4]
    rest = [f for f in figures if not any(f is k for k in key)]
    return key, rest


def meta_line(brief: dict[str, Any]) -> Text:
    parts = [brief.get("outlet"), brief.get("published")]
    if brief.get("authors"):
        parts.append("by " + ", ".join(str(a) for a in brief["authors"]))
    return Text(" · ").join(t(p) for p in parts if p)


def header(brief: dict[str, Any]) -> RenderableType:
    lines: list[RenderableType] = [t(brief.get("title") or "(untitled)", "bold")]
    meta = meta_line(brief)
    if meta:
        lines.append(Text.assemble(meta, style="dim"))
    if brief.get("credit"):
        lines.append(t(brief["credit"], "dim italic"))
    if brief.get("url"):
        lines.append(t(brief["url"], "dim underline"))
    state = brief.get("state") or {}
    marks = []
    if state.get("starred"):
        marks.append("★ starred")
    if not state.get("read", True):
        marks.append("● unread")
    if state.get("tags"):
        marks.append("tags: " + ", ".join(inert(str(x)) for x in state["tags"]))
    if marks:
        lines.append(Text("  ".join(marks), style="italic"))
    return Group(*lines)


EVIDENCE = "briefs.evidence"  # style meta key: (kind, index) of the item under the mouse


def jump(text: Text, kind: str, index: int | None) -> Text:
    """Make ``text`` a click target that opens the evidence of item ``index``.

    Only our own kind and index go into the style's meta (no action string, no
    article text). Without an index (the library preview) the text stays plain.
    """
    if index is not None:
        text.stylize(Style(meta={EVIDENCE: (kind, int(index))}))
    return text


def _index_of(items: list[dict[str, Any]], item: dict[str, Any], clickable: bool) -> int | None:
    return next((i for i, x in enumerate(items) if x is item), None) if clickable else None


def section(title: str) -> Text:
    return Text(f"\n{title}", style="bold underline")


def numbers(brief: dict[str, Any], clickable: bool = False) -> RenderableType:
    from rich.box import ROUNDED
    from rich.columns import Columns
    from rich.panel import Panel

    key, rest = key_figures(brief)
    if not key:
        return Group(section("BY THE NUMBERS"), Text("No figures in this article.", "dim"))
    figures = list(brief.get("figures") or [])
    cards = []
    for f in key:
        at = _index_of(figures, f, clickable)
        cards.append(Panel(
            Group(jump(t(figure_value(f), "bold"), "figure", at),
                  jump(t(figure_caption(f), "dim"), "figure", at)),
            box=ROUNDED, width=21, padding=(0, 1),
        ))
    parts: list[RenderableType] = [section("BY THE NUMBERS"), Columns(cards)]
    if rest:
        line = Text("  ")
        line.append(" · ".join(f"{figure_value(f)} {figure_caption(f)}".strip() for f in rest))
        parts.append(Text.assemble(line, style="dim"))
        parts.append(Text(f"  {len(rest)} more — all figures: f in the brief", style="italic"))
    return Group(*parts)


def quote_heading(quote: dict[str, Any]) -> Text:
    line = t(quote.get("speaker") or "Unattributed", "bold")
    if quote.get("role"):
        line.append("  ")
        line.append(inert(str(quote["role"])), style="dim")
    return line


def quotes(brief: dict[str, Any], clickable: bool = False) -> RenderableType:
    items = list(brief.get("quotes") or [])
    parts: list[RenderableType] = [section("WHAT THEY'RE SAYING")]
    if not items:
        parts.append(Text("No quotes in this article.", "dim"))
    for index, quote in enumerate(items):
        at = index if clickable else None
        parts.append(jump(quote_heading(quote), "quote", at))
        parts.append(Padding(jump(Text.assemble("“", t(quote.get("text")), "”"), "quote", at),
                             (0, 0, 0, 2)))
    return Group(*parts)


def group_sources(brief: dict[str, Any]) -> list[tuple[str, list[tuple[int, dict[str, Any]]]]]:
    """Sources by kind in a fixed order, each with its index in the brief."""
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for index, source in enumerate(brief.get("sources") or []):
        groups[str(source.get("kind") or "organization")].append((index, source))
    order = [k for k in KIND_ORDER if k in groups] + sorted(set(groups) - set(KIND_ORDER))
    return [(kind, groups[kind]) for kind in order]


def source_label(source: dict[str, Any]) -> Text:
    mentions = int(source.get("mentions") or 1)
    label = t(source.get("name"))
    label.append(f" ({mentions} mention{'s' if mentions != 1 else ''})", style="dim")
    return label


def sources(brief: dict[str, Any], clickable: bool = False) -> RenderableType:
    parts: list[RenderableType] = [section("SOURCES")]
    groups = group_sources(brief)
    if not groups:
        parts.append(Text("No sources found.", "dim"))
    for kind, items in groups:
        line = Text(f"▸ {KIND_TITLES.get(kind, kind.title()):<14} ", style="bold")
        line.append_text(Text(" · ").join(
            jump(source_label(s), "source", i if clickable else None) for i, s in items))
        parts.append(line)
    return Group(*parts)


def overview(brief: dict[str, Any], clickable: bool = False) -> RenderableType:
    """The whole glance view of one brief; with ``clickable`` every figure card, quote and
    source opens its evidence in the Article when clicked (the Brief tab)."""
    summary = t(brief.get("summary") or "")
    return Group(header(brief), Text(""), summary, numbers(brief, clickable),
                 quotes(brief, clickable), sources(brief, clickable))


class BriefOverview(VerticalScroll, can_focus=True):
    """A scrollable glance at one brief (the library preview and the Brief tab)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    DEFAULT_CSS = """
    BriefOverview { padding: 0 1; }
    BriefOverview > Static { width: 1fr; }
    """

    def __init__(self, *, id: str | None = None, clickable: bool = False) -> None:
        super().__init__(id=id)
        self.brief: dict[str, Any] | None = None
        self.clickable = clickable

    def compose(self):  # type: ignore[override]
        yield Static(Text("Select a brief to see it here.", style="dim"), id="overview-body")

    def on_click(self, event: events.Click) -> None:
        """A click on a figure card, quote or source opens its evidence."""
        chosen = event.style.meta.get(EVIDENCE) if self.clickable else None
        if chosen is not None:
            event.stop()
            self.post_message(Chosen(*chosen))

    def show(self, brief: dict[str, Any] | None, placeholder: str = "") -> None:
        """Show ``brief`` (or a placeholder line when there is none)."""
        self.brief = brief
        body = next(self.query("#overview-body").results(Static), None)
        if body is None:
            return  # taken down while a worker was loading the brief (the app is closing)
        if brief is None:
            body.update(Text(placeholder or "Select a brief to see it here.", style="dim"))
        else:
            body.update(overview(brief, self.clickable))
        self.scroll_home(animate=False)
