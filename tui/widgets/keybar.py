"""A one-line key bar: the screen's shown bindings, clickable, in one widget.

Textual's ``Footer`` builds a widget per key and recomposes on every focus
change; on the library screen that cost more than the whole first page of a
100,000-brief store. This bar renders one line of text and maps clicks back
to the binding under the pointer.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget, can_focus=False):
    """The keys that matter now; ``ctrl+p`` for all the rest."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"keybar--key"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .keybar--key { color: $footer-key-foreground; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._hits: list[tuple[int, int, DOMNode, Binding]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key", partial=True)
        text = Text(no_wrap=True, overflow="crop")
        self._hits = []
        seen: set[str] = set()
        bindings = list(self.screen.active_bindings.values())
        for node, binding, enabled, _tooltip in bindings:
            if not binding.show or not enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            start = text.cell_len
            text.append(f" {self.app.get_key_display(binding)} ", style=key_style)
            text.append(f"{binding.description} ")
            self._hits.append((start, text.cell_len, node, binding))
        palette = " ^p commands "
        gap = self.size.width - text.cell_len - len(palette)
        if gap > 0:
            text.append(" " * gap)
            text.append(palette, style=key_style)
        return text

    async def on_click(self, event: events.Click) -> None:
        for start, end, node, binding in self._hits:
            if start <= event.x < end:
                await self.app.run_action(binding.action, node)
                return
        if event.x >= self.size.width - 13:
            self.app.action_command_palette()
