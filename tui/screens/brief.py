"""One brief, full screen: overview, all figures, quotes, sources, the article.

Choosing any figure, quote or source switches to the Article tab with its
sentence highlighted and scrolled into view; ``n``/``N`` walk through every
place the chosen item appears; escape returns to where the user came from.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import TabbedContent, TabPane

from briefs.safe import inert
from tui.actions import BriefActions
from tui.deliver import deliver
from tui.evidence import Target, targets
from tui.export import quote_with_attribution
from tui.storeio import StoreRef, opened
from tui.widgets.article import ArticleView
from tui.widgets.bar import TextBar
from tui.widgets.items import Chosen, FiguresTable, ItemList, QuoteList, SourceList
from tui.widgets.keybar import KeyBar
from tui.widgets.overview import BriefOverview

TABS = ("tab-brief", "tab-numbers", "tab-quotes", "tab-sources", "tab-article")
FOCUS = {
    "tab-brief": "#overview",
    "tab-numbers": "#figures",
    "tab-quotes": "#quotes",
    "tab-sources": "#sources",
    "tab-article": "#article",
}


class BriefScreen(BriefActions):
    """Everything about one brief, in tabs."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="brief.back"),
        Binding("1", "tab('tab-brief')", "Brief", show=False),
        Binding("2,f", "tab('tab-numbers')", "All figures", id="brief.figures"),
        Binding("3", "tab('tab-quotes')", "Quotes", show=False),
        Binding("4", "tab('tab-sources')", "Sources", show=False),
        Binding("5,a", "tab('tab-article')", "Article", show=False),
        Binding("n", "evidence(1)", "Next evidence", id="brief.next"),
        Binding("N", "evidence(-1)", "Previous evidence", show=False, id="brief.previous"),
        Binding("g", "group_quotes", "Group quotes by speaker", show=False, id="brief.group"),
        Binding("c", "copy_quote", "Copy quote", show=False, id="brief.copy"),
        Binding("s", "star", "Star", id="brief.star"),
        Binding("r", "toggle_read", "Read/unread", show=False, id="brief.read"),
        Binding("t", "tag", "Tag", show=False, id="brief.tag"),
        Binding("e", "export", "Export", id="brief.export"),
        Binding("d", "delete", "Delete", show=False, id="brief.delete"),
        Binding("w", "open_url", "Open URL in browser", show=False, id="brief.url"),
    ]

    def __init__(self, store: StoreRef, brief_id: str) -> None:
        super().__init__()
        self.store = store
        self.brief_id = brief_id
        self.brief: dict[str, Any] | None = None
        self.targets: dict[str, list[Target]] = {}
        self.target: Target | None = None
        self.position = 0
        self.return_tab: str | None = None

    def compose(self) -> ComposeResult:
        with TabbedContent(id="tabs", initial="tab-brief"):
            with TabPane("1 Brief", id="tab-brief"):
                yield BriefOverview(id="overview", clickable=True)
            with TabPane("2 Numbers", id="tab-numbers"):
                yield FiguresTable(id="figures")
            with TabPane("3 Quotes", id="tab-quotes"):
                yield QuoteList(id="quotes")
            with TabPane("4 Sources", id="tab-sources"):
                yield SourceList(id="sources")
            with TabPane("5 Article", id="tab-article"):
                yield ArticleView(id="article")
        yield TextBar(id="evidence-bar")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#evidence-bar").display = False
        self.query_one("#overview", BriefOverview).show(None, "Loading…")
        self.load()

    @work(thread=True, exclusive=True, group="brief")
    def load(self) -> None:
        """Read the brief and mark it read, in that order, in one worker.

        Marking it from another worker raced with this read: the screen could
        show the brief as unread after it had been marked read.
        """
        marked = False
        try:
            with opened(self.store) as store:
                brief = store.get(self.brief_id)
                state = (brief or {}).get("state") or {}
                if brief is not None and not state.get("read") and not store.readonly:
                    try:
                        store.set_read(self.brief_id, True)
                        brief["state"] = {**state, "read": True}
                        marked = True
                    except Exception:
                        pass  # a busy or read-only store: show it unread, never fail
        except Exception as error:
            self.app.call_from_thread(self.notify, inert(str(error)), title="Cannot open",
                                      severity="error", markup=False)
            return
        deliver(self, self.show, brief)
        if marked:
            self.app.call_from_thread(self.app.library_changed)  # type: ignore[attr-defined]

    def show(self, brief: dict[str, Any] | None) -> None:
        if brief is None:
            self.notify("This brief is no longer in the store.", severity="warning",
                        markup=False)
            self.dismiss()
            return
        self.brief = brief
        self.targets = targets(brief)
        self.query_one("#overview", BriefOverview).show(brief)
        self.query_one("#figures", FiguresTable).show(brief)
        self.query_one("#quotes", QuoteList).show(brief)
        self.query_one("#sources", SourceList).show(brief)
        self.query_one("#article", ArticleView).show(brief)
        self._focus_tab(self.active_tab)

    # -------------------------------------------------------------- tabs ---

    @property
    def active_tab(self) -> str:
        return self.query_one("#tabs", TabbedContent).active

    def action_tab(self, tab: str) -> None:
        self.query_one("#tabs", TabbedContent).active = tab
        self.call_after_refresh(self._focus_tab, tab)

    def _focus_tab(self, tab: str) -> None:
        self.query_one(FOCUS[tab]).focus()

    @on(TabbedContent.TabActivated)
    def tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id != "tab-article":
            self._clear_evidence()

    def action_back(self) -> None:
        if self.return_tab and self.active_tab == "tab-article":
            back = self.return_tab
            self._clear_evidence()
            self.action_tab(back)
        else:
            self.dismiss()

    # ---------------------------------------------------------- evidence ---

    @on(Chosen)
    def chosen(self, event: Chosen) -> None:
        event.stop()
        self.show_evidence(event.kind, event.index)

    def show_evidence(self, kind: str, index: int, position: int = 0) -> None:
        """Jump to the Article with evidence ``position`` of item ``index`` highlighted."""
        items = self.targets.get(kind) or []
        if not 0 <= index < len(items):
            return
        target = items[index]
        if not target.spans:
            self.notify("No evidence recorded for this item.", severity="warning", markup=False)
            return
        origin = self.active_tab if self.active_tab != "tab-article" else self.return_tab
        self.target = target
        self.position = position % len(target.spans)
        self.query_one("#tabs", TabbedContent).active = "tab-article"
        self.return_tab = origin or "tab-brief"
        self.query_one("#article", ArticleView).highlight(target.spans, self.position)
        self.query_one("#article").focus()
        self._update_bar()

    def _update_bar(self) -> None:
        bar = self.query_one("#evidence-bar", TextBar)
        if self.target is None:
            bar.display = False
            return
        text = Text(inert(self.target.label), style="bold")
        text.append(f" · evidence {self.position + 1} of {len(self.target.spans)}")
        text.append("  n next  N previous  esc back", style="dim")
        bar.update(text)
        bar.display = True

    def _clear_evidence(self) -> None:
        if self.target is not None:
            self.target = None
            self.return_tab = None
            self.query_one("#article", ArticleView).clear_highlight()
            self._update_bar()

    def action_evidence(self, step: int) -> None:
        if self.target is None or self.active_tab != "tab-article":
            chosen = self._highlighted_item()
            if chosen is None:
                self.notify("Choose a figure, quote or source first.", markup=False)
                return
            self.show_evidence(*chosen)
            return
        self.position = (self.position + step) % len(self.target.spans)
        self.query_one("#article", ArticleView).highlight(self.target.spans, self.position)
        self._update_bar()

    def _highlighted_item(self) -> tuple[str, int] | None:
        tab = self.active_tab
        if tab == "tab-numbers":
            table = self.query_one("#figures", FiguresTable)
            return ("figure", table.cursor_row) if table.row_count else None
        if tab in ("tab-quotes", "tab-sources"):
            items = self.query_one(FOCUS[tab], ItemList)
            index = items.chosen_index
            return (items.kind, index) if index is not None else None
        return None

    # ------------------------------------------------------------ quotes ---

    def action_group_quotes(self) -> None:
        if self.brief is None:
            return
        quotes = self.query_one("#quotes", QuoteList)
        quotes.show(self.brief, by_speaker=not quotes.by_speaker)
        self.action_tab("tab-quotes")
        self.notify("Quotes grouped by speaker" if quotes.by_speaker else
                    "Quotes in article order", markup=False, timeout=2)

    def action_copy_quote(self) -> None:
        if self.brief is None:
            return
        quotes = list(self.brief.get("quotes") or [])
        index = None
        if self.active_tab == "tab-quotes":
            index = self.query_one("#quotes", QuoteList).chosen_index
        elif self.target is not None and self.target.kind == "quote":
            index = self.target.index
        if index is None or not 0 <= index < len(quotes):
            self.notify("Highlight a quote first (tab 3).", markup=False)
            return
        self.app.copy_to_clipboard(quote_with_attribution(quotes[index]))
        self.notify("Quote copied with attribution", markup=False, timeout=2)

    # -------------------------------------------------- BriefActions hooks ---

    def current_id(self) -> str | None:
        return self.brief_id

    def current_state(self) -> dict[str, Any]:
        return dict((self.brief or {}).get("state") or {})

    def current_url(self) -> str | None:
        return (self.brief or {}).get("url")

    def brief_changed(self, brief_id: str, changes: dict[str, Any]) -> None:
        if self.brief is not None:
            state = dict(self.brief.get("state") or {})
            state.update({k: v for k, v in changes.items() if k in ("read", "starred", "tags")})
            self.brief = {**self.brief, "state": state}
            self.query_one("#overview", BriefOverview).show(self.brief)
        self.app.library_changed()  # type: ignore[attr-defined]

    def brief_deleted(self, brief_id: str) -> None:
        self.app.library_changed()  # type: ignore[attr-defined]
        self.dismiss()
