"""The library: every brief, searchable, with the highlighted one beside it.

Wide terminals show two panes (list | preview); narrow ones show one, and ``p``
toggles between them. The list is virtual (see ``LibraryList``) and every store
read happens in a thread worker, so typing in the search box never waits.
"""

from __future__ import annotations

import time
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from briefs.safe import inert
from tui.actions import BriefActions
from tui.deliver import deliver
from tui.settings import SORTS
from tui.storeio import StoreRef, opened
from tui.widgets.bar import TextBar
from tui.widgets.keybar import KeyBar
from tui.widgets.library_list import LibraryList
from tui.widgets.overview import BriefOverview

PREVIEW_SETTLE_S = 0.12  # holding j or typing fast: preview the row the cursor stops on

EMPTY_TEXT = """\
Welcome to briefs.

Your store has no briefs yet. A brief is a news article boiled down to its \
key figures, who said what, and the sources it leans on — each one linked to \
the sentence it came from.

  • Press i to ingest a file, a folder, a feed or a URL from here.
  • Or, from a shell:  briefs ingest ~/Downloads/article.html
  • Press l to load the built-in sample article and look around.
"""


class EmptyState(Vertical):
    """The first screen of an empty store: what to do next."""

    def compose(self) -> ComposeResult:
        from textual.widgets import Button

        yield Static(Text(EMPTY_TEXT), id="empty-text")
        with Horizontal(classes="buttons"):
            yield Button("Load the built-in sample (l)", variant="primary", id="load-sample")
            yield Button("Ingest… (i)", id="open-ingest")


class LibraryScreen(BriefActions):
    """List of briefs with search, sort and a preview of the highlighted one."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (100, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", id="library.search"),
        Binding("escape", "back", "Back to list", show=False),
        Binding("s", "star", "Star", id="library.star"),
        Binding("r", "toggle_read", "Read/unread", id="library.read"),
        Binding("t", "tag", "Tag", id="library.tag"),
        Binding("e", "export", "Export", id="library.export"),
        Binding("d", "delete", "Delete", show=False, id="library.delete"),
        Binding("w", "open_url", "Open URL in browser", show=False, id="library.url"),
        Binding("o", "cycle_sort", "Sort", id="library.sort"),
        Binding("u", "toggle_unread_filter", "Only unread", show=False, id="library.unread"),
        Binding("p", "toggle_preview", "Preview", show=False, id="library.preview"),
        Binding("i", "ingest", "Ingest", id="library.ingest"),
        Binding("l", "load_sample", "Load the sample", show=False, id="library.sample"),
    ]

    def __init__(self, store: StoreRef, query: str = "", sort: str = "date") -> None:
        super().__init__()
        self.store = store
        self.initial_query = query
        self.sort = sort if sort in SORTS else "date"
        self.preview_id: str | None = None
        self.empty = False
        self._totals: tuple[int, int] | None = None
        self._last_preview = 0.0
        self._preview_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield TextBar(Text("briefs"), id="topbar")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield Input(self.initial_query, placeholder="/ search  outlet: speaker: tag: "
                            "after: before: is:unread is:starred", id="search")
                yield LibraryList(self.store, id="list")
            yield BriefOverview(id="preview")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#left").border_title = "Library"
        self.query_one("#preview").border_title = "Brief"
        self.library.sort = self.sort
        self.library.reload(self.initial_query, self.sort)
        self.library.focus()

    NEEDS_BRIEFS = frozenset({
        "search", "star", "toggle_read", "tag", "export", "delete", "open_url",
        "cycle_sort", "toggle_unread_filter", "toggle_preview",
    })

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide actions that need a brief while the store is empty."""
        return not (self.empty and action in self.NEEDS_BRIEFS)

    @property
    def library(self) -> LibraryList:
        return self.query_one("#list", LibraryList)

    # ------------------------------------------------------------- search ---

    @on(Input.Changed, "#search")
    def search_changed(self, event: Input.Changed) -> None:
        if event.value.strip() == self.library.query:
            return  # e.g. the initial value, already loaded; trailing spaces change nothing
        self.library.reload(event.value.strip())
        self.app.remember(query=event.value.strip())  # type: ignore[attr-defined]

    @on(Input.Submitted, "#search")
    def search_submitted(self) -> None:
        self.library.focus()

    def action_search(self) -> None:
        if self.empty:
            return
        self.remove_class("show-preview")
        self.query_one("#search", Input).focus()

    def set_query(self, query: str) -> None:
        """Replace the search (palette filters use this)."""
        self.query_one("#search", Input).value = query

    def add_filter(self, term: str) -> None:
        search = self.query_one("#search", Input)
        words = [w for w in search.value.split() if w != term]
        search.value = " ".join([*words, term])

    def action_toggle_unread_filter(self) -> None:
        search = self.query_one("#search", Input)
        words = search.value.split()
        if "is:unread" in words:
            search.value = " ".join(w for w in words if w != "is:unread")
        else:
            self.add_filter("is:unread")

    def action_cycle_sort(self) -> None:
        self.set_sort(SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)])

    def set_sort(self, sort: str) -> None:
        self.sort = sort
        self.library.reload(sort=sort)
        self.app.remember(sort=sort)  # type: ignore[attr-defined]
        self.notify(f"Sorted by {sort}", markup=False, timeout=2)

    def action_back(self) -> None:
        if self.has_class("show-preview"):
            self.remove_class("show-preview")
            self.library.focus()
        elif self.focused is self.query_one("#search"):
            self.library.focus()

    def action_toggle_preview(self) -> None:
        if self.has_class("-narrow"):
            self.toggle_class("show-preview")
            target = "#preview" if self.has_class("show-preview") else "#list"
            self.query_one(target).focus()
        else:
            self.query_one("#preview").focus()

    # ------------------------------------------------------ list and data ---

    def refresh_data(self) -> None:
        """The store changed (here or in another process): reload in place."""
        self._totals = None
        self.library.reload()

    @on(LibraryList.Loaded)
    async def loaded(self, event: LibraryList.Loaded) -> None:
        empty = event.total == 0 and not event.query.strip()
        if empty != self.empty:
            self.empty = empty
            if empty and not self.query("#empty"):
                await self.query_one("#left").mount(EmptyState(id="empty"))
            self.set_class(empty, "empty")
            self.refresh_bindings()
            if empty:
                self.query_one("#load-sample").focus()
            elif self.focused is None or self.focused.id in ("load-sample", "open-ingest"):
                self.library.focus()
        self._update_topbar(event.total)

    @work(thread=True, exclusive=True, group="topbar")
    def _update_topbar(self, matching: int) -> None:
        """Totals for the top bar; recounted only when the store changed, not per keystroke."""
        totals = self._totals
        if totals is None:
            try:
                with opened(self.store) as store:
                    totals = (store.count(""), store.count("is:unread"))
            except Exception:
                return
        deliver(self, self._show_topbar, totals, matching)

    def _show_topbar(self, totals: tuple[int, int], matching: int) -> None:
        self._totals = totals
        total, unread = totals
        noun = "brief" if total == 1 else "briefs"
        text = Text.assemble(("briefs", "bold"), f" ─ {total:,} {noun} · {unread:,} unread")
        if self.library.query:
            text.append(f" · {matching:,} match", style="italic")
        text.append(f" · sorted by {self.sort}", style="dim")
        if self.store.readonly:
            text.append(" · read-only", style="bold")
        self.query_one("#topbar", TextBar).update(text)

    @on(LibraryList.Highlighted)
    def highlighted(self, event: LibraryList.Highlighted) -> None:
        row = event.row
        if row is None:
            self.preview_id = None
            self.query_one("#preview", BriefOverview).show(None)
            return
        if row.get("id") != self.preview_id:
            self.preview_id = row.get("id")
            self._schedule_preview()

    def _schedule_preview(self) -> None:
        """Load the preview now, or — while the cursor is racing — once it settles."""
        now = time.monotonic()
        rapid = now - self._last_preview < PREVIEW_SETTLE_S
        self._last_preview = now
        if self._preview_timer is not None:
            self._preview_timer.stop()
            self._preview_timer = None
        if rapid:
            self._preview_timer = self.set_timer(PREVIEW_SETTLE_S, self._preview_now)
        else:
            self._preview_now()

    def _preview_now(self) -> None:
        self._preview_timer = None
        if self.preview_id is not None:
            self._load_preview(str(self.preview_id))

    @work(thread=True, exclusive=True, group="preview")
    def _load_preview(self, brief_id: str) -> None:
        worker = get_current_worker()
        try:
            with opened(self.store) as store:
                brief = store.get(brief_id)
        except Exception as error:
            brief, message = None, inert(str(error))
        else:
            message = "This brief is no longer in the store."
        if not worker.is_cancelled and self.preview_id == brief_id:
            deliver(self, self._show_preview, brief, message)

    def _show_preview(self, brief: dict[str, Any] | None, message: str) -> None:
        # queried here, on the UI thread: while the app closes the preview may be gone
        for preview in self.query("#preview").results(BriefOverview):
            preview.show(brief, message)

    @on(LibraryList.Selected)
    def selected(self, event: LibraryList.Selected) -> None:
        self.open_brief(str(event.row.get("id")))

    def open_brief(self, brief_id: str) -> None:
        from tui.screens.brief import BriefScreen

        self.app.push_screen(BriefScreen(self.store, brief_id))  # it marks the brief read

    # -------------------------------------------------- BriefActions hooks ---

    def current_id(self) -> str | None:
        return None if self.empty else self.library.highlighted_id

    def current_state(self) -> dict[str, Any]:
        row = self.library.highlighted_row or {}
        return {"read": bool(row.get("read")), "starred": bool(row.get("starred")),
                "tags": list(row.get("tags") or [])}

    def current_url(self) -> str | None:
        brief = self.query_one("#preview", BriefOverview).brief
        return (brief or {}).get("url")

    def brief_changed(self, brief_id: str, changes: dict[str, Any]) -> None:
        self.library.update_row(brief_id, **changes)
        preview = self.query_one("#preview", BriefOverview)
        if preview.brief and preview.brief.get("id") == brief_id:
            state = dict(preview.brief.get("state") or {})
            state.update({k: v for k, v in changes.items() if k in ("read", "starred", "tags")})
            preview.show({**preview.brief, "state": state})
        self.refresh_data()

    def brief_deleted(self, brief_id: str) -> None:
        self.preview_id = None
        self.refresh_data()

    # ------------------------------------------------------------- ingest ---

    def on_button_pressed(self, event: Any) -> None:
        if event.button.id == "load-sample":
            self.action_load_sample()
        elif event.button.id == "open-ingest":
            self.action_ingest()

    def action_load_sample(self) -> None:
        from tui.ingest import sample_path

        self.action_ingest(sample_path())

    def action_ingest(self, source: str = "") -> None:
        from tui.screens.ingest import IngestScreen

        if self._readonly():
            return
        self.app.push_screen(IngestScreen(self.store, source),
                             lambda result: self.refresh_data())
