"""The briefs reader app: screens, global keys, palette, settings, live refresh.

``run()`` is what the ``briefs`` command calls with no sub-command. It checks
that the store opens before starting the interface, so a damaged or unreadable
store ends with a clear message and a non-zero exit instead of a broken screen.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.timer import Timer
from textual.worker import get_current_worker

from tui import settings as settings_module
from tui.commands import BriefsCommands
from tui.settings import Settings
from tui.storeio import StoreRef, opened


class BriefsApp(App[int]):
    """Browse briefs: library, brief, evidence; every store read in a worker."""

    CSS_PATH = str(Path(__file__).with_name("briefs.tcss"))  # absolute: subclasses too
    TITLE = "briefs"
    COMMANDS: ClassVar = App.COMMANDS | {BriefsCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, priority=True),
    ]

    def __init__(
        self,
        store: StoreRef | None = None,
        *,
        settings: Settings | None = None,
        poll_interval: float = 2.0,
    ) -> None:
        super().__init__()
        self.store = store or StoreRef()
        self.settings = settings if settings is not None else settings_module.load()
        self.poll_interval = poll_interval
        self._save_timer: Timer | None = None
        self.prefetched: Any = None

    def on_load(self) -> None:
        from tui.widgets.library_list import LibraryList

        self.prefetched = LibraryList.prefetch(self.store, self.settings.query,
                                               self.settings.sort)

    def on_mount(self) -> None:
        from tui.screens.library import LibraryScreen

        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.push_screen(LibraryScreen(self.store, self.settings.query, self.settings.sort))
        if self.poll_interval > 0:
            self.watch_store()

    # ----------------------------------------------------------- settings ---

    def watch_theme(self, theme: str) -> None:
        if self.is_mounted and theme != self.settings.theme:
            self.remember(theme=theme)

    def remember(self, **changes: Any) -> None:
        """Update remembered settings and save them shortly (debounced)."""
        for name, value in changes.items():
            setattr(self.settings, name, value)
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(0.3, self.save_settings)

    def save_settings(self) -> None:
        settings_module.save(self.settings)

    # -------------------------------------------------------- live refresh ---

    @work(thread=True, exclusive=True, group="poll")
    def watch_store(self) -> None:
        """See writes by other processes and reload the library when the store changed.

        ``PRAGMA data_version`` is per connection, so this one worker keeps one
        Store open for the app's lifetime and polls it.
        """
        worker = get_current_worker()
        try:
            store = self.store.open()
        except Exception:
            return
        try:
            last = store.data_version()
            # A write that landed before this baseline (while the app was starting)
            # would go unseen until the next one: compare once with what is shown.
            shown = self._shown_total()
            if shown is not None and store.count() != shown and not worker.is_cancelled:
                self.call_from_thread(self.library_changed)
            while not worker.is_cancelled:
                deadline = time.monotonic() + self.poll_interval
                while time.monotonic() < deadline and not worker.is_cancelled:
                    time.sleep(0.05)
                try:
                    version = store.data_version()
                except Exception:
                    continue
                if version != last and not worker.is_cancelled:
                    last = version
                    self.call_from_thread(self.library_changed)
        finally:
            store.close()

    def _shown_total(self) -> int | None:
        """How many briefs the library currently shows (None before it has loaded)."""
        from tui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                try:
                    library = screen.library
                except Exception:
                    return None
                return library.total if library.loaded else None
        return None

    def library_changed(self) -> None:
        """Reload the library screen (wherever it is in the stack)."""
        from tui.screens.library import LibraryScreen

        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                screen.refresh_data()

    # ---------------------------------------------------------------- keys ---

    def action_help(self) -> None:
        from tui.screens.brief import BriefScreen
        from tui.screens.help import HelpScreen
        from tui.screens.library import LibraryScreen
        from tui.widgets.article import ArticleView
        from tui.widgets.items import QuoteList
        from tui.widgets.library_list import LibraryList

        if isinstance(self.screen, HelpScreen):
            return
        sections: list[tuple[str, list[type]]] = [
            ("Library", [LibraryScreen, LibraryList]),
            ("Brief", [BriefScreen, QuoteList, ArticleView]),
            ("Everywhere", [BriefsApp]),
        ]
        self.push_screen(HelpScreen(sections))


def resolve_store(path: str | None) -> tuple[StoreRef | None, str]:
    """Open the store once to check it; (ref, "") or (None, what went wrong)."""
    path = path or os.environ.get("BRIEFS_STORE") or None
    readonly = bool(path and os.path.exists(path) and not os.access(path, os.W_OK))
    ref = StoreRef(path, readonly=readonly)
    try:
        with opened(ref) as store:
            store.count("")
    except Exception as error:
        return None, str(error) or type(error).__name__
    return ref, ""


def run(store_path: str | None = None) -> int:
    """Open the reader; 0 on a normal quit, 2 when the store cannot be opened."""
    ref, problem = resolve_store(store_path)
    if ref is None:
        where = store_path or os.environ.get("BRIEFS_STORE") or "the default location"
        print(
            f"briefs: cannot open the store at {where}: {problem}\n"
            "Check the path (--store PATH or BRIEFS_STORE), its permissions, "
            "or move a damaged file aside and ingest again.",
            file=sys.stderr,
        )
        return 2
    app = BriefsApp(ref)
    app.run()
    app.save_settings()
    return app.return_code or 0
