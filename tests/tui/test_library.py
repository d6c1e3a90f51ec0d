"""Pilot tests of the library screen against a real store file."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from briefs.store import Store
from tui.app import BriefsApp
from tui.screens.brief import BriefScreen
from tui.screens.library import LibraryScreen
from tui.settings import Settings
from tui.storeio import StoreRef
from tui.widgets.library_list import LibraryList


def make_app(path: Path, **kw: object) -> BriefsApp:
    kw.setdefault("settings", Settings())
    kw.setdefault("poll_interval", 0)
    return BriefsApp(StoreRef(str(path)), **kw)  # type: ignore[arg-type]


async def settle(app: BriefsApp, pilot: Pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def screen_text(app: BriefsApp) -> str:
    """What the terminal shows right now, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def titles(app: BriefsApp) -> list[str]:
    return [r["title"] for r in app.screen.query_one(LibraryList).rows_loaded()]


async def test_newest_first_with_marks_and_counts(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        lib = app.screen.query_one(LibraryList)
        assert lib.total == 6
        assert titles(app)[:2] == ["Harbour City approves $420 million tram line",
                                   "Ferry fares to rise in April"]
        first = lib.render_line(0).text
        assert "●" in first and "2024-03-05" in first and "The Coastal Ledger" in first
        assert "6f 2q 4s" in first  # compact counts in a 46-column pane
        starred = lib.render_line(4).text  # row 2, first line
        assert "★" in starred and "Northern Post" in starred
        topbar = str(app.screen.query_one("#topbar").render())
        assert "6 briefs" in topbar and "4 unread" in topbar


async def test_search_as_you_type_and_filters(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"appl")
        await settle(app, pilot)
        assert titles(app) == ["Farmers report record apple harvest"]
        lib = app.screen.query_one(LibraryList)
        for query, expected in [
            ("outlet:valley", 2), ("tag:local", 1), ("is:starred", 1), ("is:unread", 4),
            ("after:2024-03-01", 3), ("before:2024-01-01", 1), ("speaker:Ruiz", 1),
            ("nothing-matches-this", 0),
        ]:
            app.screen.set_query(query)
            await settle(app, pilot)
            assert lib.total == expected, query
        assert "No briefs match" in lib.render_line(0).text
        await pilot.press("escape")
        assert app.focused is lib


async def test_sort_cycle_and_keyboard_navigation(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")  # date -> outlet
        await settle(app, pilot)
        outlets = [r["outlet"] for r in app.screen.query_one(LibraryList).rows_loaded()]
        assert outlets == sorted(outlets, key=str.lower)
        await pilot.press("o")  # outlet -> title
        await settle(app, pilot)
        assert titles(app) == sorted(titles(app), key=str.lower)
        lib = app.screen.query_one(LibraryList)
        await pilot.press("j", "j", "down")
        assert lib.cursor == 3
        await pilot.press("k", "up")
        assert lib.cursor == 1
        await pilot.press("G")
        assert lib.cursor == 5
        await pilot.press("g")
        assert lib.cursor == 0


async def test_preview_follows_cursor_and_enter_opens(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        preview = app.screen.query_one("#preview")
        assert preview.brief["id"] == "tram00000001"  # type: ignore[attr-defined]
        await pilot.press("j")
        for _ in range(20):  # the preview follows once the cursor settles
            await settle(app, pilot)
            if preview.brief["id"] == "plain0000000":  # type: ignore[attr-defined]
                break
            await pilot.pause(0.05)
        assert preview.brief["id"] == "plain0000000"  # type: ignore[attr-defined]
        await pilot.press("k", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)
        with Store(store_path) as store:
            assert store.get("tram00000001")["state"]["read"] is True
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert "●" not in app.screen.query_one(LibraryList).render_line(0).text[:2]


async def test_mouse_click_selects_then_opens(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        lib = app.screen.query_one(LibraryList)
        await pilot.click(LibraryList, offset=(5, 4))  # third row
        await settle(app, pilot)
        assert lib.cursor == 2
        await pilot.click(LibraryList, offset=(5, 4))
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)


async def test_star_read_tag_and_delete(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("s", "r")
        await settle(app, pilot)
        await pilot.press("t", *"urgent", "enter")
        await settle(app, pilot)
        with Store(store_path) as store:
            state = store.get("tram00000001")["state"]
        assert state["starred"] and state["read"] and state["tags"] == ["urgent"]
        assert "★" in app.screen.query_one(LibraryList).render_line(0).text
        await pilot.press("t", *"-urgent", "enter")
        await settle(app, pilot)
        await pilot.press("d")
        await pilot.press("escape")  # cancel keeps it
        await settle(app, pilot)
        await pilot.press("d", "y")
        await settle(app, pilot)
        with Store(store_path) as store:
            assert store.get("tram00000001") is None
            assert store.count("") == 5
        assert app.screen.query_one(LibraryList).total == 5


async def test_narrow_one_pane_with_toggle(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        assert not screen.query_one("#preview").display or \
            screen.query_one("#preview").region.width == 0
        await pilot.press("p")
        await pilot.pause()
        assert screen.query_one("#preview").region.width > 0
        assert screen.query_one("#left").region.width == 0
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#left").region.width > 0


async def test_live_refresh_sees_other_writers(store_path: Path) -> None:
    from tests.tui.conftest import plain_brief

    app = make_app(store_path, poll_interval=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        lib = app.screen.query_one(LibraryList)
        assert lib.total == 6
        with Store(store_path) as other:  # another connection, as another process would
            other.add(plain_brief(99, "Late Wire", "2025-01-01", "Breaking late story"))
        for _ in range(200):  # up to ~10 s on a busy machine; usually a few polls
            await pilot.pause(0.05)
            if lib.total == 7:
                break
        assert lib.total == 7
        assert titles(app)[0] == "Breaking late story"


async def test_empty_store_offers_the_sample(empty_store_path: Path) -> None:
    app = make_app(empty_store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert screen.has_class("empty")
        text = str(screen.query_one("#empty-text").render())
        assert "briefs ingest" in text and "sample" in text
        await pilot.press("l")
        for _ in range(100):
            await settle(app, pilot)
            if not screen.has_class("empty"):
                break
        assert not screen.has_class("empty")
        with Store(empty_store_path) as store:
            assert store.count("") == 1
            (row,) = store.list("")
        assert "Dark Web" in row["title"] or "dark web" in row["title"].lower()


async def test_settings_remember_theme_and_filter(store_path: Path, config_dir: Path) -> None:
    app = make_app(store_path, settings=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.theme = "nord"
        await pilot.press("slash", *"is:starred", "enter")
        await settle(app, pilot)
        await pilot.press("o")
        await pilot.pause(0.5)
    assert (config_dir / "reader.json").exists()
    again = make_app(store_path, settings=None)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(again, pilot)
        assert again.theme == "nord"
        assert again.screen.query_one("#search").value == "is:starred"
        assert again.screen.query_one(LibraryList).total == 1
        assert again.screen.sort == "outlet"


async def test_key_bar_is_clickable(store_path: Path) -> None:
    from tui.widgets.keybar import KeyBar

    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        bar = app.screen.query_one(KeyBar)
        text = str(bar.render())
        assert "Search" in text and "Sort" in text and "^p commands" in text
        start = next(s for s, _, _, b in bar._hits if b.action == "cycle_sort")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await settle(app, pilot)
        assert app.screen.sort == "outlet"


async def test_a_preview_landing_after_teardown_is_dropped(store_path: Path) -> None:
    """A worker may deliver a preview while the app is closing and the preview's body is
    already gone: the late result is dropped, never raised."""
    from tui.widgets.overview import BriefOverview

    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        preview = screen.query_one("#preview", BriefOverview)
        brief = preview.brief
        assert brief is not None
        await preview.query_one("#overview-body").remove()
        screen._show_preview(brief, "gone")  # what the preview worker calls back
        preview.show(None, "gone")
        await preview.remove()
        screen._show_preview(brief, "gone")
        await pilot.pause()
