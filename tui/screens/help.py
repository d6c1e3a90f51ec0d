"""Help: every key of every screen, generated from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Keys handled by Textual widgets rather than by our bindings, worth listing.
EXTRA_KEYS = [
    ("Everywhere", "tab / shift+tab", "Move focus between panes"),
    ("Everywhere", "ctrl+p", "Command palette: every action by name"),
    ("Everywhere", "mouse", "Click to choose, wheel to scroll, click a tab to switch"),
    ("Library", "/ then type", "Search as you type: words plus outlet: speaker: tag: "
     "after:YYYY-MM-DD before:YYYY-MM-DD is:unread is:starred"),
    ("Library", "enter (in search)", "Go to the results"),
]


def key_name(binding: Binding) -> str:
    return ", ".join(k.strip() for k in binding.key.split(","))


def bindings_of(cls: type) -> list[Binding]:
    """A class's own bindings (not inherited from Textual), as Binding objects."""
    found: list[Binding] = []
    for item in cls.__dict__.get("BINDINGS", []):
        if isinstance(item, Binding):
            found.append(item)
        elif isinstance(item, tuple):
            found.append(Binding(*item))
    return found


def help_table(sections: list[tuple[str, list[type]]]) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column("key", style="bold", no_wrap=True, ratio=1)
    table.add_column("what", ratio=3)
    for title, classes in sections:
        table.add_row(Text(f"\n{title}", style="bold underline"), "")
        seen: set[str] = set()
        for cls in classes:
            for binding in bindings_of(cls):
                name = key_name(binding)
                if name in seen or not binding.description:
                    continue
                seen.add(name)
                table.add_row(Text(name), Text(binding.description))
        for where, key, what in EXTRA_KEYS:
            if where == title:
                table.add_row(Text(key), Text(what))
    table.add_row(Text("\nEverywhere", style="bold underline"), "")
    for where, key, what in EXTRA_KEYS:
        if where == "Everywhere":
            table.add_row(Text(key), Text(what))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key, by screen; escape, q, ? or F1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close help"),
        Binding("j,down", "scroll('down')", "Scroll", show=False),
        Binding("k,up", "scroll('up')", "Scroll", show=False),
    ]

    def __init__(self, sections: list[tuple[str, list[type]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body", classes="dialog"):
            yield Static(Text("briefs — keys", style="bold"))
            yield Static(help_table(self.sections))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_down() if direction == "down" else body.scroll_up()
