"""Small modal dialogs: confirm, ask for a line of text, choose an export."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


class ConfirmScreen(ModalScreen[bool]):
    """Yes or no; escape means no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]

    def __init__(self, question: Text, yes: str = "Yes") -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question)
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="error", id="yes")
                yield Button("Cancel", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class PromptScreen(ModalScreen[str | None]):
    """One line of input (a tag, a path); escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "",
                 help_text: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.help_text = help_text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text, style="bold"))
            yield Input(self.value, placeholder=self.placeholder, id="prompt")
            if self.help_text:
                yield Label(Text(self.help_text, style="dim"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportScreen(ModalScreen[tuple[str, str] | None]):
    """Where and how to export a brief: a path and Markdown or JSON."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_stem: str, fmt: str = "markdown") -> None:
        super().__init__()
        self.stem = default_stem
        self.fmt = fmt

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Export this brief", style="bold"))
            yield Input(f"{self.stem}.{'json' if self.fmt == 'json' else 'md'}", id="path")
            with Horizontal(classes="buttons"):
                yield Button("Markdown", variant="primary", id="markdown")
                yield Button("JSON", id="json")
                yield Button("Cancel", id="cancel")

    def _path(self, fmt: str) -> str:
        path = self.query_one("#path", Input).value.strip() or self.stem
        suffix = ".md" if fmt == "markdown" else ".json"
        if path.endswith((".md", ".json")):
            path = path.rsplit(".", 1)[0]
        return path + suffix

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        fmt = "json" if event.value.strip().endswith(".json") else "markdown"
        self.dismiss((fmt, self._path(fmt)))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            fmt = str(event.button.id)
            self.dismiss((fmt, self._path(fmt)))

    def action_cancel(self) -> None:
        self.dismiss(None)
