"""The library list: a virtual list over the whole store, fetched page by page.

Only the rows on screen are rendered (Textual's line API) and only the pages
they fall in are read, in thread workers; a 100,000-brief store costs one
count and one page to paint. Every search or sort bumps ``generation`` so
answers to stale requests are dropped.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from briefs.safe import inert
from tui.storeio import StoreRef, opened

ROW_HEIGHT = 2
PAGE_SIZE = 100


def row_date(row: dict[str, Any]) -> str:
    """The date shown for a brief: published, else when it was added (YYYY-MM-DD)."""
    value = row.get("published") or row.get("added_at") or ""
    return str(value)[:10] if value else "----------"


def counts_text(row: dict[str, Any], compact: bool) -> str:
    f, q, s = (int(row.get(k) or 0) for k in ("n_figures", "n_quotes", "n_sources"))
    if compact:
        return f"{f}f {q}q {s}s"
    return f"{f} figures · {q} quotes · {s} sources"


class LibraryList(ScrollView, can_focus=True):
    """Every brief matching the current search, newest first (or as sorted)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", id="library.open"),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("pagedown,ctrl+d", "page_down", "Page down", show=False),
        Binding("pageup,ctrl+u", "page_up", "Page up", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "library-list--cursor",
        "library-list--dim",
        "library-list--unread",
        "library-list--star",
    }

    DEFAULT_CSS = """
    LibraryList { background: $surface; }
    LibraryList > .library-list--cursor { background: $accent 40%; }
    LibraryList:focus > .library-list--cursor { background: $accent 70%; }
    LibraryList > .library-list--dim { color: $text-muted; }
    LibraryList > .library-list--unread { color: $accent; text-style: bold; }
    LibraryList > .library-list--star { color: $warning; }
    """

    cursor: reactive[int] = reactive(0)

    class Highlighted(Message):
        """The cursor moved to a brief (``row`` is its library row)."""

        def __init__(self, row: dict[str, Any] | None) -> None:
            super().__init__()
            self.row = row

    class Selected(Message):
        """A brief was chosen to open."""

        def __init__(self, row: dict[str, Any]) -> None:
            super().__init__()
            self.row = row

    class Loaded(Message):
        """A search finished counting: ``total`` briefs match ``query``."""

        def __init__(self, library: LibraryList, total: int, query: str) -> None:
            super().__init__()
            self.library = library
            self.total = total
            self.query = query

    def __init__(self, store: StoreRef, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.store = store
        self.query = ""
        self.sort = "date"
        self.total = 0
        self.loaded = False
        self.shown = False
        self.generation = 0
        self._pages: dict[int, list[dict[str, Any]]] = {}
        self._pending: set[int] = set()
        self._lines: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)

    # ------------------------------------------------------------ data ---

    @staticmethod
    def prefetch(store: StoreRef, query: str, sort: str) -> Future[tuple[str, str, int, list]]:
        """Count and read the first page in a plain thread, before any screen exists.

        The app starts this as it loads, so the library's first frame already has
        rows in it instead of "Loading…" followed by a second full repaint.
        """
        future: Future[tuple[str, str, int, list]] = Future()

        def run() -> None:
            try:
                with opened(store) as db:
                    total = db.count(query)
                    rows = db.list(query, sort=sort, limit=PAGE_SIZE, offset=0)
                future.set_result((query, sort, total, rows))
            except BaseException as error:
                future.set_exception(error)

        threading.Thread(target=run, name="briefs-prefetch", daemon=True).start()
        return future

    def _use_prefetched(self) -> bool:
        """Take the app's prefetched first page if it answers the current search.

        Only the first load may use it: a prefetch still running then is dropped,
        or a later reload (after a write) would show its stale rows.
        """
        future = getattr(self.app, "prefetched", None)
        self.app.prefetched = None  # type: ignore[attr-defined]
        if future is None or not future.done() or future.exception() is not None:
            return False
        query, sort, total, rows = future.result()
        if (query, sort) != (self.query, self.sort) or self.cursor >= PAGE_SIZE:
            return False
        self._counted(self.generation, query, total, 0, rows)
        return True

    def reload(self, query: str | None = None, sort: str | None = None) -> None:
        """Search again (new query/sort) or refresh after the store changed."""
        changed = (query is not None and query != self.query) or (
            sort is not None and sort != self.sort
        )
        if query is not None:
            self.query = query
        if sort is not None:
            self.sort = sort
        self.generation += 1
        self.shown = False
        self._pending.clear()
        if changed:
            self.cursor = 0
            self.scroll_to(y=0, animate=False)
        if self._use_prefetched():
            return
        self._count_and_first_page(self.generation, self.query, self.sort, self.cursor)

    @work(thread=True, exclusive=True, group="library-count")
    def _count_and_first_page(self, generation: int, query: str, sort: str, cursor: int) -> None:
        worker = get_current_worker()
        page = max(0, cursor) // PAGE_SIZE
        try:
            with opened(self.store) as store:
                total = store.count(query)
                rows = store.list(query, sort=sort, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
        except Exception as error:  # a bad query or a busy store: say so, keep going
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, generation, query, error)
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._counted, generation, query, total, page, rows)

    def _failed(self, generation: int, query: str, error: Exception) -> None:
        if generation != self.generation:
            return
        self.notify(inert(str(error)) or type(error).__name__, title="Search failed",
                    severity="error", markup=False)
        self._counted(generation, query, 0, 0, [])

    def _counted(
        self, generation: int, query: str, total: int, page: int, rows: list[dict[str, Any]]
    ) -> None:
        if generation != self.generation:
            return
        previous = self.highlighted_id
        self.total = total
        self.loaded = True
        self.shown = True  # the answer to the current search is on screen
        self._pages = {page: rows}
        self._lines.clear()
        size = Size(self.size.width, total * ROW_HEIGHT)
        if size != self.virtual_size:
            self.virtual_size = size
        self.cursor = min(self.cursor, max(0, total - 1))
        self.refresh()
        self.post_message(self.Loaded(self, total, query))
        if self.highlighted_id != previous or previous is None:
            self.post_message(self.Highlighted(self.highlighted_row))

    def _request(self, page: int) -> None:
        """Fetch a page once (render_line may ask for it on every line)."""
        if page in self._pending or page in self._pages:
            return
        self._pending.add(page)
        self.call_later(self._fetch_page, self.generation, page, self.query, self.sort)

    @work(thread=True, group="library-page")
    def _fetch_page(self, generation: int, page: int, query: str, sort: str) -> None:
        try:
            with opened(self.store) as store:
                rows = store.list(query, sort=sort, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
        except Exception:
            rows = []
        self.app.call_from_thread(self._page_loaded, generation, page, rows)

    def _page_loaded(self, generation: int, page: int, rows: list[dict[str, Any]]) -> None:
        if generation != self.generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        if len(self._pages) > 50:  # keep memory flat while scrolling a huge store
            keep = self.cursor // PAGE_SIZE
            for old in sorted(self._pages, key=lambda p: abs(p - keep))[50:]:
                del self._pages[old]
        self.refresh()
        if self.cursor // PAGE_SIZE == page:
            self.post_message(self.Highlighted(self.highlighted_row))

    def row(self, index: int) -> dict[str, Any] | None:
        """The library row at ``index`` if its page is loaded (else it is requested)."""
        if not 0 <= index < self.total:
            return None
        page, offset = divmod(index, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            return None
        return rows[offset] if offset < len(rows) else None

    def update_row(self, brief_id: str, **changes: Any) -> None:
        """Reflect a state change (read, starred, tags) without a reload."""
        for rows in self._pages.values():
            for row in rows:
                if row.get("id") == brief_id:
                    row.update(changes)
        self._lines.clear()
        self.refresh()

    @property
    def highlighted_row(self) -> dict[str, Any] | None:
        return self.row(self.cursor)

    @property
    def highlighted_id(self) -> str | None:
        row = self.highlighted_row
        return row.get("id") if row else None

    def rows_loaded(self) -> list[dict[str, Any]]:
        """Rows already fetched, in order (the palette offers them to open)."""
        return [row for page in sorted(self._pages) for row in self._pages[page]]

    # --------------------------------------------------------- drawing ---

    def render_line(self, y: int) -> Strip:
        _scroll_x, scroll_y = self.scroll_offset
        index, sub = divmod(scroll_y + y, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not self.loaded:
            text = Text("Loading…" if y == 0 else "", style=self._style("dim"))
            return self._strip(text, width, base)
        if self.total == 0:
            message = "No briefs match this search." if self.query else ""
            text = Text(message if y == 0 else "", style=self._style("dim"))
            return self._strip(text, width, base)
        if index >= self.total:
            return Strip.blank(width, base)
        row = self.row(index)
        key = (index, sub, width, index == self.cursor, self.has_focus, self.generation,
               id(row), self.app.theme)
        cached = self._lines.get(key) if row is not None else None
        if cached is not None:
            return cached
        style = base + self._style("cursor") if index == self.cursor else base
        if row is None:
            text = Text("  …" if sub == 0 else "", style=self._style("dim"))
        elif sub == 0:
            text = self._first_line(row, width)
        else:
            text = Text("   ") + Text(inert(row.get("title") or "(untitled)"))
        strip = self._strip(text, width, style)
        if row is not None:
            self._lines[key] = strip
        return strip

    def _first_line(self, row: dict[str, Any], width: int) -> Text:
        unread = not row.get("read")
        mark = Text("●" if unread else " ", style=self._style("unread"))
        star = Text("★" if row.get("starred") else " ", style=self._style("star"))
        head = Text.assemble(mark, star, " ", (row_date(row), self._style("dim")), " ")
        head.append(inert(row.get("outlet") or "—"), style="bold" if unread else "")
        counts = counts_text(row, compact=False)
        if width - head.cell_len - len(counts) - 1 < 2:
            counts = counts_text(row, compact=True)
        gap = width - head.cell_len - len(counts) - 1
        if gap >= 2:
            head.append(" " * gap)
            head.append(counts, style=self._style("dim"))
        return head

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"library-list--{name}", partial=True)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.no_wrap = True
        text.truncate(max(1, width), overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console, end=""))
        return Strip(Segment.apply_style(segments, style), width).crop_extend(0, width, style)

    # -------------------------------------------------------- movement ---

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to_region(
            Region(0, new * ROW_HEIGHT, max(1, self.size.width), ROW_HEIGHT),
            animate=False, force=True,
        )
        self.refresh()
        if old != new:
            self.post_message(self.Highlighted(self.highlighted_row))

    def _move(self, delta: int) -> None:
        if self.total:
            self.cursor = max(0, min(self.total - 1, self.cursor + delta))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.size.height // ROW_HEIGHT - 1))

    def action_page_up(self) -> None:
        self._move(-max(1, self.size.height // ROW_HEIGHT - 1))

    def action_first(self) -> None:
        self._move(-self.total)

    def action_last(self) -> None:
        self._move(self.total)

    def action_select(self) -> None:
        row = self.highlighted_row
        if row is not None:
            self.post_message(self.Selected(row))

    def on_click(self, event: events.Click) -> None:
        index = (event.y + int(self.scroll_offset.y)) // ROW_HEIGHT
        if 0 <= index < self.total:
            again = index == self.cursor
            self.cursor = index
            if again or event.chain >= 2:
                self.action_select()

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.total * ROW_HEIGHT)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
