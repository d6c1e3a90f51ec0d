"""The ingest dialog: a path or URL in, briefs stored by a worker, progress shown."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar
from textual.worker import get_current_worker

from briefs.safe import inert
from tui.ingest import IngestResult, ingest
from tui.storeio import StoreRef


class IngestScreen(ModalScreen[IngestResult | None]):
    """Ask for a source, ingest it in a thread, then report and close."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Close")]

    def __init__(self, store: StoreRef, source: str = "") -> None:
        super().__init__()
        self.store = store
        self.source = source
        self.result: IngestResult | None = None
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="ingest-dialog"):
            yield Label(Text("Ingest articles", style="bold"))
            yield Label(Text("A file, a folder, a feed or an http(s) URL:", style="dim"))
            yield Input(self.source, placeholder="~/news/article.html or https://…", id="source")
            yield ProgressBar(total=None, show_eta=False, id="progress")
            yield Label("", id="status")
            with Horizontal(classes="buttons"):
                yield Button("Ingest", variant="primary", id="start")
                yield Button("Close", id="close")

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        if self.source:
            self.start(self.source)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.start(event.value.strip())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "start":
            self.start(self.query_one("#source", Input).value.strip())
        else:
            self.action_close()

    def start(self, source: str) -> None:
        if self.running or not source:
            return
        self.running = True
        self.query_one("#progress").display = True
        self.query_one("#start", Button).disabled = True
        self._status(Text.assemble("Reading ", (inert(source), "italic"), " …"))
        self.run_ingest(source)

    def _status(self, text: Text) -> None:
        self.query_one("#status", Label).update(text)

    @work(thread=True, exclusive=True, group="ingest")
    def run_ingest(self, source: str) -> None:
        worker = get_current_worker()

        def progress(result: IngestResult, label: str) -> None:
            line = Text.assemble(result.summary(), " — ", (inert(label)[-60:], "dim"))
            self.app.call_from_thread(self._status, line)
            self.app.call_from_thread(self.query_one("#progress", ProgressBar).advance, 1)

        try:
            result = ingest(source, self.store, progress, lambda: worker.is_cancelled)
        except Exception as error:  # the store itself failed: report, don't crash
            result = IngestResult(failed=[f"{source}: {error}"])
        self.app.call_from_thread(self._finished, result)

    def _finished(self, result: IngestResult) -> None:
        self.running = False
        self.result = result
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(1, result.done), progress=max(1, result.done))
        self._status(Text(result.summary()))
        for failure in result.failed[:5]:
            self.notify(inert(failure), title="Ingest failed", severity="error",
                        markup=False, timeout=8)
        if len(result.failed) > 5:
            self.notify(f"… and {len(result.failed) - 5} more failures", severity="error",
                        markup=False)
        if result.added or result.updated:
            self.notify(result.summary(), title="Ingest finished", markup=False)
            self.dismiss(result)
        else:
            self.query_one("#start", Button).disabled = False

    def action_close(self) -> None:
        if self.running:
            self.notify("Ingest still running; it continues in the background.",
                        markup=False)
        self.dismiss(self.result)
