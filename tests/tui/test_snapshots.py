"""SVG snapshots of every screen at 120×40 and 80×24 (fixed data, no clock, no blink).

Refresh after an intended change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.test_library import make_app, settle

SIZES = [pytest.param((120, 40), id="120x40"), pytest.param((80, 24), id="80x24")]


def before(*keys: str) -> Callable[[Pilot], object]:
    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        await settle(app, pilot)  # type: ignore[arg-type]
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)  # type: ignore[arg-type]
        for widget in app.screen.query(Input):
            widget.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_library(snap_compare, store_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(store_path), terminal_size=size, run_before=before())


@pytest.mark.parametrize("size", SIZES)
def test_brief(snap_compare, store_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(store_path), terminal_size=size,
                        run_before=before("enter"))


@pytest.mark.parametrize("size", SIZES)
def test_evidence(snap_compare, store_path: Path, size: tuple[int, int]) -> None:
    # the council statement's second citation, highlighted in the Article
    assert snap_compare(make_app(store_path), terminal_size=size,
                        run_before=before("enter", "4", "enter", "n"))


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, store_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(store_path), terminal_size=size,
                        run_before=before("question_mark"))


@pytest.mark.parametrize("size", SIZES)
def test_empty(snap_compare, empty_store_path: Path, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(empty_store_path), terminal_size=size,
                        run_before=before())
