"""Actions on one brief shared by the Library and Brief screens.

Star, read, tag, delete, export, open URL: each store write runs in a thread
worker that opens its own Store, then reports back on the UI thread through
:meth:`BriefActions.brief_changed`. Screens provide ``current_id`` and
``current_brief`` and may override ``brief_changed`` / ``brief_deleted``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.screen import Screen

from briefs.safe import inert
from tui.deliver import deliver
from tui.storeio import StoreRef, opened


class BriefActions(Screen):
    """A screen showing a current brief that the user can act upon."""

    store: StoreRef

    # ------------------------------------------------ provided by screens ---

    def current_id(self) -> str | None:
        raise NotImplementedError

    def current_state(self) -> dict[str, Any]:
        """read / starred / tags of the current brief, as far as the screen knows."""
        return {}

    def brief_changed(self, brief_id: str, changes: dict[str, Any]) -> None:
        """Called on the UI thread after a state change was stored."""

    def brief_deleted(self, brief_id: str) -> None:
        """Called on the UI thread after the brief was deleted."""

    # ------------------------------------------------------------ helpers ---

    def _need(self) -> str | None:
        brief_id = self.current_id()
        if brief_id is None:
            self.notify("No brief selected.", severity="warning", markup=False)
        return brief_id

    def _readonly(self) -> bool:
        if self.store.readonly:
            self.notify("The store is read-only.", severity="warning", markup=False)
        return self.store.readonly

    @work(thread=True, group="brief-write")
    def _write(self, brief_id: str, method: str, args: tuple[Any, ...],
               changes: dict[str, Any], message: str) -> None:
        try:
            with opened(self.store) as store:
                getattr(store, method)(brief_id, *args)
                state = (store.get(brief_id) or {}).get("state") or {}
        except Exception as error:
            self.app.call_from_thread(
                self.notify, inert(str(error)), title="Could not save",
                severity="error", markup=False,
            )
            return
        changes = {**changes, **{k: state[k] for k in ("read", "starred", "tags") if k in state}}
        deliver(self, self.brief_changed, brief_id, changes)
        if message:
            self.app.call_from_thread(self.notify, message, markup=False, timeout=2)

    # ------------------------------------------------------------ actions ---

    def action_star(self) -> None:
        brief_id = self._need()
        if brief_id is None or self._readonly():
            return
        starred = not self.current_state().get("starred", False)
        self._write(brief_id, "set_starred", (starred,), {"starred": starred},
                    "Starred" if starred else "Unstarred")

    def action_toggle_read(self) -> None:
        brief_id = self._need()
        if brief_id is None or self._readonly():
            return
        read = not self.current_state().get("read", False)
        self._write(brief_id, "set_read", (read,), {"read": read},
                    "Marked read" if read else "Marked unread")

    def action_tag(self) -> None:
        brief_id = self._need()
        if brief_id is None or self._readonly():
            return
        from tui.screens.dialogs import PromptScreen

        tags = ", ".join(self.current_state().get("tags") or [])

        def done(answer: str | None) -> None:
            if not answer:
                return
            for word in (w.strip() for w in answer.replace(",", " ").split()):
                if word.startswith("-") and len(word) > 1:
                    self._write(brief_id, "remove_tag", (word[1:],), {}, f"Untagged {word[1:]}")
                elif word:
                    self._write(brief_id, "add_tag", (word.lstrip("+"),), {},
                                f"Tagged {word.lstrip('+')}")

        self.app.push_screen(
            PromptScreen("Tag this brief", placeholder="tag, -tag to remove",
                         help_text=f"Current tags: {tags or 'none'}"),
            done,
        )

    def action_delete(self) -> None:
        brief_id = self._need()
        if brief_id is None or self._readonly():
            return

        from tui.screens.dialogs import ConfirmScreen

        def done(yes: bool | None) -> None:
            if yes:
                self._delete(brief_id)

        question = Text("Delete this brief from the store? This cannot be undone.")
        self.app.push_screen(ConfirmScreen(question, yes="Delete"), done)

    @work(thread=True, group="brief-write")
    def _delete(self, brief_id: str) -> None:
        try:
            with opened(self.store) as store:
                deleted = store.delete(brief_id)
        except Exception as error:
            self.app.call_from_thread(self.notify, inert(str(error)),
                                      title="Could not delete", severity="error", markup=False)
            return
        if deleted:
            self.app.call_from_thread(self.notify, "Brief deleted", markup=False)
            deliver(self, self.brief_deleted, brief_id)

    def action_export(self, fmt: str = "") -> None:
        brief_id = self._need()
        if brief_id is None:
            return

        from tui.screens.dialogs import ExportScreen

        def done(choice: tuple[str, str] | None) -> None:
            if choice:
                self._export(brief_id, *choice)

        self.app.push_screen(ExportScreen(f"brief-{brief_id}", fmt or "markdown"), done)

    @work(thread=True, group="export")
    def _export(self, brief_id: str, fmt: str, path: str) -> None:
        from tui.export import to_json, to_markdown

        try:
            with opened(self.store) as store:
                brief = store.get(brief_id)
            if brief is None:
                raise LookupError("the brief is no longer in the store")
            text = to_json(brief) if fmt == "json" else to_markdown(brief)
            target = Path(path).expanduser().resolve()
            target.write_text(text, encoding="utf-8")
        except Exception as error:
            self.app.call_from_thread(self.notify, inert(str(error)),
                                      title="Export failed", severity="error", markup=False)
            return
        self.app.call_from_thread(self.notify, f"Exported to {inert(str(target))}",
                                  markup=False)

    def action_open_url(self) -> None:
        url = self.current_url()
        if not url:
            self.notify("This brief has no URL.", severity="warning", markup=False)
            return
        if not url.startswith(("http://", "https://")):
            self.notify("Only http(s) URLs are opened.", severity="warning", markup=False)
            return
        self._open_url(url)

    def current_url(self) -> str | None:
        return None

    @work(thread=True, group="browser")
    def _open_url(self, url: str) -> None:
        import webbrowser

        try:
            opened_ok = webbrowser.open(url)
        except Exception:
            opened_ok = False
        message = "Opened in the browser" if opened_ok else f"No browser found: {inert(url)}"
        self.app.call_from_thread(self.notify, message, markup=False)
