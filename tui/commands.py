"""The command palette (ctrl+p): every reader action by name, plus open-by-title.

Titles come from articles, so hits are built as ``Text`` (the palette parses
plain strings as markup) and help strings that quote article data are escaped.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from briefs.safe import inert

Command = tuple[str, str, Callable[[], object]]


def _action(screen: object, action: str) -> Callable[[], object]:
    return partial(screen.run_action, action)  # type: ignore[attr-defined]


def commands_for(screen: object) -> list[Command]:
    """The actions that make sense on ``screen``, as (title, help, callback)."""
    from tui.screens.brief import BriefScreen
    from tui.screens.library import LibraryScreen

    app = screen.app  # type: ignore[attr-defined]
    found: list[Command] = []
    if isinstance(screen, LibraryScreen):
        lib = screen
        found += [
            ("Open the highlighted brief", "Show it full screen", _action(lib.library, "select")),
            ("Search…", "Search as you type (FTS plus filters)", _action(lib, "search")),
            ("Filter: unread only", "is:unread", partial(lib.add_filter, "is:unread")),
            ("Filter: starred only", "is:starred", partial(lib.add_filter, "is:starred")),
            ("Filter: by tag…", "tag:NAME", partial(lib.add_filter, "tag:")),
            ("Filter: by outlet…", "outlet:NAME", partial(lib.add_filter, "outlet:")),
            ("Filter: by speaker…", "speaker:NAME", partial(lib.add_filter, "speaker:")),
            ("Filter: clear", "Show every brief", partial(lib.set_query, "")),
            ("Sort by date", "Newest first", partial(lib.set_sort, "date")),
            ("Sort by outlet", "A to Z", partial(lib.set_sort, "outlet")),
            ("Sort by title", "A to Z", partial(lib.set_sort, "title")),
            ("Ingest…", "Add a file, folder, feed or URL", _action(lib, "ingest")),
            ("Load the built-in sample", "Ingest the sample article",
             _action(lib, "load_sample")),
        ]
    if isinstance(screen, BriefScreen):
        found += [
            ("Show all figures", "Numbers tab", _action(screen, "tab('tab-numbers')")),
            ("Show quotes", "Quotes tab", _action(screen, "tab('tab-quotes')")),
            ("Show sources", "Sources tab", _action(screen, "tab('tab-sources')")),
            ("Show the article", "Article tab", _action(screen, "tab('tab-article')")),
            ("Group quotes by speaker", "Toggle grouping", _action(screen, "group_quotes")),
            ("Copy quote with attribution", "To the clipboard (OSC 52)",
             _action(screen, "copy_quote")),
            ("Next evidence", "n", _action(screen, "evidence(1)")),
            ("Back to the library", "escape", _action(screen, "back")),
        ]
    if isinstance(screen, LibraryScreen | BriefScreen):
        found += [
            ("Star / unstar", "s", _action(screen, "star")),
            ("Mark read / unread", "r", _action(screen, "toggle_read")),
            ("Tag…", "t — add tags, -tag removes", _action(screen, "tag")),
            ("Export as Markdown…", "Write the brief to a .md file",
             _action(screen, "export('markdown')")),
            ("Export as JSON…", "Write the brief to a .json file",
             _action(screen, "export('json')")),
            ("Open URL in the browser", "w", _action(screen, "open_url")),
            ("Delete brief…", "d — asks first", _action(screen, "delete")),
        ]
    found += [
        ("Theme: choose…", "Pick a colour theme (remembered)", app.action_change_theme),
        ("Help: keys", "? or F1", partial(app.run_action, "help")),
        ("Quit", "q", partial(app.run_action, "quit")),
    ]
    return found


class BriefsCommands(Provider):
    """Reader actions for the current screen, and any brief in the store by its words."""

    def _find_briefs(self, query: str) -> list[tuple[str, str, str]]:
        """Briefs whose text matches ``query`` (FTS over the whole store; runs in a thread)."""
        from tui.storeio import opened

        try:
            with opened(self.app.store) as store:  # type: ignore[attr-defined]
                rows = store.list(query, sort="rank", limit=20)
        except Exception:
            return []
        return [(str(r.get("id")), inert(r.get("title") or "(untitled)"),
                 inert(r.get("outlet") or "")) for r in rows]

    async def discover(self) -> Hits:
        for title, help_text, callback in commands_for(self.screen):
            yield DiscoveryHit(Text(title), callback, text=title, help=escape(help_text))

    async def search(self, query: str) -> AsyncIterator[Hit]:  # type: ignore[override]
        matcher = self.matcher(query)
        for title, help_text, callback in commands_for(self.screen):
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, self._highlight(matcher, title), callback, text=title,
                          help=escape(help_text))
        from tui.screens.library import LibraryScreen

        screen = self.screen
        words = query.removeprefix("open").strip(" :")
        if not isinstance(screen, LibraryScreen) or screen.empty or len(words) < 2:
            return
        for brief_id, title, outlet in await asyncio.to_thread(self._find_briefs, words):
            label = f"Open: {title}"
            yield Hit(max(matcher.match(label), 0.5) * 0.9, self._highlight(matcher, label),
                      partial(screen.open_brief, brief_id), text=label, help=escape(outlet))

    @staticmethod
    def _highlight(matcher: object, candidate: str) -> Text:
        """Fuzzy-match highlight without parsing ``candidate`` as markup."""
        text = Text(candidate)
        score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)  # type: ignore[attr-defined]
        for offset in offsets if score else ():
            text.stylize("bold underline", offset, offset + 1)
        return text
