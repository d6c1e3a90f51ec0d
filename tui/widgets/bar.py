"""A one-line status bar whose updates repaint only itself (no screen re-layout)."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class TextBar(Widget, can_focus=False):
    """One line of text; :meth:`update` is cheap because the height never changes."""

    DEFAULT_CSS = "TextBar { height: 1; }"

    def __init__(self, text: Text | str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = text if isinstance(text, Text) else Text(text)

    def update(self, text: Text) -> None:
        self._text = text
        self.refresh()

    def render(self) -> Text:
        return self._text
