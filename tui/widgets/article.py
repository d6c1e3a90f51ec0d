"""The cleaned article text, with one piece of evidence highlighted.

One ``Static`` per paragraph so the view can scroll a paragraph into view; the
highlighted sentence is tinted and the exact span shown in reverse.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefs.safe import inert
from tui.evidence import Span, sentence_around


class Paragraph(Static):
    """One paragraph of the article body."""

    DEFAULT_CSS = "Paragraph { margin-bottom: 1; width: 1fr; }"


class ArticleView(VerticalScroll, can_focus=True):
    """The article body; :meth:`highlight` marks evidence and scrolls to it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article--sentence", "article--span"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    DEFAULT_CSS = """
    ArticleView { padding: 0 1; }
    ArticleView > .article--sentence { background: $warning 25%; }
    ArticleView > .article--span { background: $warning; color: $background; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.body: list[str] = []
        self.marked: set[int] = set()

    def show(self, brief: dict[str, Any]) -> None:
        """Replace the text with ``brief``'s body (inert)."""
        self.body = [inert(p) for p in brief.get("body") or []]
        self.marked.clear()
        self.remove_children()
        title = Static(Text(inert(brief.get("title") or ""), style="bold"), classes="title")
        paragraphs = [Paragraph(Text(p), id=f"p{i}") for i, p in enumerate(self.body)]
        if not paragraphs:
            paragraphs = [Paragraph(Text("This brief has no article text.", style="dim"))]
        self.mount(title, *paragraphs)

    def _paragraph(self, index: int) -> Paragraph | None:
        try:
            return self.query_one(f"#p{index}", Paragraph)
        except Exception:
            return None

    def clear_highlight(self) -> None:
        for index in self.marked:
            widget = self._paragraph(index)
            if widget is not None:
                widget.update(Text(self.body[index]))
        self.marked.clear()

    def _sentence_style(self) -> Style:
        """The sentence tint: the theme's warning colour blended into the background."""
        base = self.background_colors[1]
        tint = self.get_component_styles("article--sentence").background
        return Style(bgcolor=base.blend(tint.with_alpha(1.0), tint.a).rich_color)

    def highlight(self, spans: tuple[Span, ...], current: int) -> None:
        """Mark every span; tint the sentence of ``spans[current]`` and scroll to it."""
        self.clear_highlight()
        if not spans:
            return
        sentence = self._sentence_style()
        exact = self.get_component_rich_style("article--span", partial=True)
        by_paragraph: dict[int, Text] = {}
        for number, (paragraph, start, end) in enumerate(spans):
            if not 0 <= paragraph < len(self.body):
                continue
            text = by_paragraph.setdefault(paragraph, Text(self.body[paragraph]))
            if number == current:
                a, b = sentence_around(self.body[paragraph], start, end)
                text.stylize(sentence, a, b)
                text.stylize(exact, start, end)
            else:
                text.stylize("underline", start, end)
        for paragraph, text in by_paragraph.items():
            widget = self._paragraph(paragraph)
            if widget is not None:
                widget.update(text)
                self.marked.add(paragraph)
        target = self._paragraph(spans[current][0])
        if target is not None:
            self.call_after_refresh(self.scroll_to_center, target, animate=False)
