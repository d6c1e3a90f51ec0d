"""Article text is shown, never obeyed: markup, links, clicks and escapes stay inert."""

from __future__ import annotations

import os
from pathlib import Path

from briefs.store import Store
from tests.tui.conftest import hostile_brief
from tests.tui.test_library import make_app, screen_text, settle
from tui.app import resolve_store, run
from tui.screens.brief import BriefScreen


def assert_inert(app) -> None:  # type: ignore[no-untyped-def]
    """No ESC reaches the screen and no rendered segment carries a link or an action."""
    for strip in app.screen._compositor.render_strips():
        assert "\x1b" not in strip.text and "\x07" not in strip.text
        for segment in strip:
            style = segment.style
            if style is not None:
                assert not style.link, style
                assert not any("click" in str(k) for k in (style.meta or {})), style.meta


async def test_hostile_text_is_shown_not_obeyed(tmp_path: Path, config_dir: Path) -> None:
    path = tmp_path / "hostile.db"
    with Store(path) as store:
        store.add(hostile_brief())
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "[bold]Bold[/bold]" in text  # title in the list and the preview
        assert "[link=https://evil.example]click[/link]" in text
        assert "␛[31mRED" in text
        assert "[i]Evil[/i] Times" in text
        assert_inert(app)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)
        for tab in ("1", "3", "4", "5"):
            await pilot.press(tab)
            await pilot.pause()
            assert_inert(app)
        text = screen_text(app)
        assert "[@click=app.quit]a click[/]" in text
        assert "␛[2J␛[31mescapes" in text
        await pilot.click("#article", offset=(30, 2))  # clicking the text does nothing
        await pilot.press("3")
        await pilot.pause()
        text = screen_text(app)
        assert "[b]Mallory[/b]" in text and "[red]obey[/red] ␛[1mme" in text
        await pilot.press("enter")  # evidence of the hostile quote
        await pilot.pause()
        assert_inert(app)
        assert app.is_running
        await pilot.press("escape", "escape")
        await pilot.press("ctrl+p", *"open: bold")
        await pilot.pause(0.4)
        assert_inert(app)
        assert app.is_running


def test_unopenable_store_exits_with_a_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all" * 100)
    assert run(str(bad)) == 2
    err = capsys.readouterr().err
    assert "cannot open the store" in err and str(bad) in err


def test_read_only_store_opens_read_only(store_path: Path) -> None:
    if os.geteuid() == 0:
        ref, problem = resolve_store(str(store_path))
        assert ref is not None and problem == ""
        return  # root can write anything: permission bits prove nothing here
    os.chmod(store_path, 0o444)
    ref, problem = resolve_store(str(store_path))
    assert ref is not None and ref.readonly, problem


async def test_read_only_store_refuses_writes_politely(store_path: Path) -> None:
    from tui.app import BriefsApp
    from tui.settings import Settings
    from tui.storeio import StoreRef

    app = BriefsApp(StoreRef(str(store_path), readonly=True), settings=Settings(),
                    poll_interval=0)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert "read-only" in str(app.screen.query_one("#topbar").render())
        await pilot.press("s", "i")
        await settle(app, pilot)
        assert any("read-only" in n.message for n in app._notifications)
        assert app.screen.__class__.__name__ == "LibraryScreen"
    with Store(store_path) as store:
        assert store.get("tram00000001")["state"]["starred"] is False
