"""Pilot tests of the brief screen, evidence, actions, palette and help."""

from __future__ import annotations

import asyncio
import json
import webbrowser
from pathlib import Path

import pytest

from briefs.store import Store
from tests.tui.conftest import TRAM_BODY
from tests.tui.test_library import make_app, screen_text, settle
from tui.deliver import deliver
from tui.screens.brief import BriefScreen
from tui.screens.help import HelpScreen
from tui.widgets.article import ArticleView
from tui.widgets.items import QuoteList


async def open_tram(app, pilot) -> BriefScreen:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, BriefScreen)
    return app.screen


def paragraph_spans(screen: BriefScreen, index: int) -> list[tuple[int, int]]:
    content = screen.query_one(f"#p{index}").content
    return [(s.start, s.end) for s in content.spans]


async def test_brief_overview_shows_every_section(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_tram(app, pilot)
        text = screen_text(app)
        for expected in ["Harbour City approves", "The Coastal Ledger", "Mia Chen",
                         "© 2024 The Coastal Ledger", "ledger.example/tram-line",
                         "BY THE NUMBERS", "$420 million", "WHAT THEY", "Ana Ruiz",
                         "SOURCES", "Documents", "council statement", "3 mentions"]:
            assert expected in text, expected
        assert screen.active_tab == "tab-brief"


async def test_figure_jumps_to_highlighted_sentence(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_tram(app, pilot)
        await pilot.press("f")  # all figures, one key away
        await pilot.pause()
        assert screen.active_tab == "tab-numbers"
        assert screen.query_one("#figures").row_count == 6
        await pilot.press("j", "enter")  # "$420 million"
        await pilot.pause()
        assert screen.active_tab == "tab-article"
        start = TRAM_BODY[1].index("$420 million")
        spans = paragraph_spans(screen, 1)
        assert (start, start + len("$420 million")) in spans
        assert (0, TRAM_BODY[1].index("Officials") - 1) in spans  # its sentence, tinted
        bar = str(screen.query_one("#evidence-bar").render())
        assert "evidence 1 of 1" in bar
        await pilot.press("escape")  # back to where we came from
        await pilot.pause()
        assert screen.active_tab == "tab-numbers"
        assert paragraph_spans(screen, 1) == []


def find_on_screen(app, needle: str, after: str = "") -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Column and row where ``needle`` is first drawn below the line holding ``after``."""
    lines = screen_text(app).split("\n")
    first = next((i for i, line in enumerate(lines) if after in line), 0)
    for row in range(first, len(lines)):
        if needle in lines[row]:
            return lines[row].index(needle), row
    raise AssertionError(f"{needle!r} is not on screen")


@pytest.mark.parametrize(("needle", "section", "label"), [
    ("$420 million", "BY THE NUMBERS", "$420"),
    ("We have seen", "WHAT THEY", "Tom Becker"),
    ("Ratepayers Association", "SOURCES", "Ratepayers"),
])
async def test_clicking_the_brief_tab_opens_evidence(store_path: Path, needle: str,
                                                     section: str, label: str) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_tram(app, pilot)
        col, row = find_on_screen(app, needle, section)
        await pilot.click(offset=(col + 1, row))
        await pilot.pause()
        assert screen.active_tab == "tab-article"
        assert label in str(screen.query_one("#evidence-bar").render())


async def test_library_preview_is_not_clickable(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        col, row = find_on_screen(app, "$420 million", "BY THE NUMBERS")
        await pilot.click(offset=(col + 1, row))
        await pilot.pause()
        assert not isinstance(app.screen, BriefScreen)


async def test_source_evidence_steps_with_n_and_N(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_tram(app, pilot)
        await pilot.press("4", "enter")  # first source: the council statement (3 spans)
        await pilot.pause()
        assert screen.target is not None and len(screen.target.spans) == 3
        assert "evidence 1 of 3" in str(screen.query_one("#evidence-bar").render())
        await pilot.press("n")
        await pilot.pause()
        assert "evidence 2 of 3" in str(screen.query_one("#evidence-bar").render())
        assert screen.query_one(ArticleView).marked >= {3}
        await pilot.press("n", "n")
        assert screen.position == 0
        await pilot.press("N")
        assert screen.position == 2
        await pilot.pause()
        assert paragraph_spans(screen, 4)  # "the statement" in the last paragraph
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, BriefScreen)


async def test_quotes_grouped_by_speaker_and_copied(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_tram(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        quotes = screen.query_one(QuoteList)
        assert quotes.option_count == 2
        await pilot.press("g")
        await pilot.pause()
        assert quotes.by_speaker and quotes.option_count == 4  # two headers, two quotes
        assert quotes.get_option_at_index(0).disabled
        await pilot.press("c")
        assert app.clipboard.startswith("“This is the biggest transport decision")
        assert app.clipboard.endswith("— Ana Ruiz, Mayor")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.active_tab == "tab-article"
        assert paragraph_spans(screen, 2)


async def test_brief_actions_export_and_url(store_path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    monkeypatch.chdir(tmp_path)
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_tram(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press("e", "enter")  # Markdown to the default file name
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.click("#json")
        await settle(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
    markdown = (tmp_path / "brief-tram00000001.md").read_text()
    assert markdown.startswith("# Harbour City approves")
    assert "By the numbers" in markdown and "Ana Ruiz" in markdown
    data = json.loads((tmp_path / "brief-tram00000001.json").read_text())
    assert data["id"] == "tram00000001" and "state" not in data
    assert opened == ["https://ledger.example/tram-line"]
    with Store(store_path) as store:
        assert store.get("tram00000001")["state"]["starred"] is True


async def test_delete_from_brief_returns_to_library(store_path: Path) -> None:
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_tram(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        await pilot.click("#yes")
        await settle(app, pilot)
        assert not isinstance(app.screen, BriefScreen)
        with Store(store_path) as store:
            assert store.count("") == 5


async def test_help_lists_every_key(store_path: Path) -> None:
    from tui.app import BriefsApp
    from tui.screens.help import bindings_of
    from tui.screens.library import LibraryScreen
    from tui.widgets.library_list import LibraryList

    app = make_app(store_path)
    async with app.run_test(size=(120, 80)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        await pilot.press("escape")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
    for cls in (LibraryScreen, BriefScreen, LibraryList, BriefsApp):
        for binding in bindings_of(cls):
            if binding.description:
                assert binding.description in text, binding.description


async def test_palette_offers_every_action(store_path: Path) -> None:
    from tui.commands import commands_for

    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        names = " | ".join(title for title, _, _ in commands_for(app.screen))
        for word in ["Open", "Search", "Filter", "Star", "Tag", "Export as Markdown",
                     "Export as JSON", "Ingest", "Theme", "Sort by outlet", "Delete"]:
            assert word in names, word
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"star / uns")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await settle(app, pilot)
        with Store(store_path) as store:
            assert store.get("tram00000001")["state"]["starred"] is True
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"open: harbour")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, BriefScreen)
        brief_names = " | ".join(title for title, _, _ in commands_for(app.screen))
        for word in ["Show all figures", "Copy quote", "Group quotes", "Export as JSON"]:
            assert word in brief_names, word


async def test_ingest_modal_adds_and_reports_errors(store_path: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(
        "Council opens new park – The Test Gazette\n\nThe city opened a 12-hectare park "
        "on Saturday, officials said.\n\n“It is a great day,” said Mayor Ana Ruiz.\n",
        encoding="utf-8",
    )
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("i", *str(tmp_path / "missing.txt"), "enter")
        await settle(app, pilot)
        assert app.screen.__class__.__name__ == "IngestScreen"  # still open: nothing added
        assert any(n.severity == "error" for n in app._notifications)
        input_ = app.screen.query_one("#source")
        input_.value = str(article)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.__class__.__name__ == "LibraryScreen"
        await settle(app, pilot)
    with Store(store_path) as store:
        assert store.count("") == 7
        assert store.count("park") == 1


async def test_a_brief_closed_before_it_loads_drops_the_late_result(store_path: Path) -> None:
    """Enter then Esc at once: the load worker finishes after the screen is gone, and its
    result must be dropped, not crash the app."""
    app = make_app(store_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_tram(app, pilot)
        brief = screen.brief
        app.pop_screen()
        await pilot.pause()
        # what the load worker does when it finishes, from its own thread
        await asyncio.to_thread(deliver, screen, screen.show, brief)
        await pilot.pause()
        assert not isinstance(app.screen, BriefScreen)
