"""The brief's parts as choosable lists: all figures, quotes, sources.

Choosing a row posts :class:`Chosen` (kind and index in the brief); the Brief
screen turns that into the Article view with the evidence highlighted.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

from briefs.safe import inert
from tui.widgets.chosen import Chosen
from tui.widgets.overview import (
    KIND_TITLES,
    figure_value,
    group_sources,
    quote_heading,
    source_label,
    t,
)


class FiguresTable(DataTable):
    """Every figure of the brief: value, label, qualifier, unit, key."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True

    def show(self, brief: dict[str, Any]) -> None:
        self.clear(columns=True)
        self.add_columns("Value", "Label", "Qualifier", "Unit", "Key")
        for index, figure in enumerate(brief.get("figures") or []):
            self.add_row(
                t(figure_value(figure), "bold"),
                t(figure.get("label") or ""),
                t(figure.get("qualifier") or ""),
                t(figure.get("unit") or ""),
                Text("★" if figure.get("key") else ""),
                key=str(index),
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(Chosen("figure", int(event.row_key.value or 0)))


class ItemList(OptionList):
    """An OptionList with vim keys whose options carry the brief index as id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
    kind = ""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(Chosen(self.kind, int(event.option.id)))

    @property
    def chosen_index(self) -> int | None:
        """The brief index of the highlighted option."""
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return int(option.id) if option.id is not None else None


class QuoteList(ItemList):
    """Quotes with speaker and role, in article order or grouped by speaker."""

    kind = "quote"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.by_speaker = False
        self.brief: dict[str, Any] = {}

    def show(self, brief: dict[str, Any], by_speaker: bool | None = None) -> None:
        self.brief = brief
        if by_speaker is not None:
            self.by_speaker = by_speaker
        items = list(enumerate(brief.get("quotes") or []))
        options: list[Option | None] = []
        if self.by_speaker:
            items.sort(key=lambda iq: (str(iq[1].get("speaker") or "~").lower(), iq[0]))
            speaker: object = object()
            for index, quote in items:
                if quote.get("speaker") != speaker:
                    speaker = quote.get("speaker")
                    options.append(Option(quote_heading(quote), disabled=True))
                options.append(Option(self._quote_text(quote), id=str(index)))
        else:
            for index, quote in items:
                prompt = Group(quote_heading(quote), self._quote_text(quote))
                options.append(Option(prompt, id=str(index)))
        self.set_options([o for o in options if o is not None])
        if not items:
            self.add_option(Option(Text("No quotes in this article.", style="dim"), disabled=True))
        self.highlighted = self._first_enabled()

    @staticmethod
    def _quote_text(quote: dict[str, Any]) -> Padding:
        """The quote indented under its speaker, wrapped lines too."""
        return Padding(Text.assemble("“", t(quote.get("text")), "”"), (0, 0, 0, 2))

    def _first_enabled(self) -> int | None:
        for i in range(self.option_count):
            if not self.get_option_at_index(i).disabled:
                return i
        return None


class SourceList(ItemList):
    """Sources grouped by kind, with mention counts and their first evidence."""

    kind = "source"

    def show(self, brief: dict[str, Any]) -> None:
        options: list[Option] = []
        for kind, items in group_sources(brief):
            options.append(Option(Text(KIND_TITLES.get(kind, kind.title()), "bold"),
                                  disabled=True))
            for index, source in items:
                prompt = Text.assemble("  ", source_label(source))
                for evidence in (source.get("evidence") or [])[:2]:
                    prompt.append("\n    ")
                    prompt.append(inert(str(evidence)), style="dim italic")
                options.append(Option(prompt, id=str(index)))
        if not options:
            options.append(Option(Text("No sources found.", style="dim"), disabled=True))
        self.set_options(options)
        self.highlighted = next(
            (i for i, o in enumerate(options) if not o.disabled), None
        )
