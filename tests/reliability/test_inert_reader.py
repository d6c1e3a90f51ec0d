"""Promise 2 (the reader): article text is never obeyed on any screen.

Two views of the same hostile brief: the reader in-process (``App.run_test``),
where each screen's exported SVG and rendered text are checked, and the real
`briefs` on a pseudo-terminal, where the exact bytes Textual writes are checked
for any escape sequence or control character that came from the article.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from briefs.store import Store

from .hostile import BIDI, C1, ESC, ZERO_WIDTH, hostile_brief, hostile_text_article
from .support import PtySession, clean_env

pytest.importorskip("tui.app", reason="the reader is not installed")

from tui.app import BriefsApp
from tui.settings import Settings
from tui.storeio import StoreRef

BRIEF_ID = "badc0ffee000"
SCREENS = {  # key pressed on the brief screen -> what it shows
    "1": "brief", "2": "figures", "3": "quotes", "4": "sources", "5": "article",
}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "briefs.db"
    with Store(path) as s:
        s.add(hostile_brief(BRIEF_ID), raw=hostile_text_article(), raw_format="text")
    return path


def _screen_text(app: BriefsApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def _svg_text(svg: str) -> str:
    """The characters an SVG screenshot draws (tags dropped, entities decoded)."""
    body = re.sub(r"<style.*?</style>", "", svg, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\xa0", " ")


def _check(app: BriefsApp, where: str, must_show: tuple[str, ...]) -> None:
    svg = app.export_screenshot()
    for name, text in (("svg", _svg_text(svg)), ("screen", _screen_text(app))):
        raw = sorted({f"U+{ord(c):04X}" for c in text if c == ESC or c in C1 or c in BIDI
                      or c in ZERO_WIDTH or (ord(c) < 0x20 and c not in "\n\t")})
        assert not raw, f"{where} ({name}): raw control characters {raw}"
    shown = _screen_text(app)
    for literal in must_show:
        assert literal in shown, f"{where}: {literal!r} not shown as text\n{shown}"
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            style = segment.style
            if style is None:
                continue
            assert not style.link or "evil" not in style.link, f"{where}: link {style.link}"
            meta = style.meta or {}
            assert not any("quit" in str(v) or "evil" in str(v) for v in meta.values()), (
                f"{where}: action in style meta {meta}")


async def _settle(app: BriefsApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        await app.workers.wait_for_complete()
        await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_every_reader_screen_shows_markup_as_text(
    store: Path, tmp_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = BriefsApp(StoreRef(str(store)), settings=Settings(), poll_interval=0)
    async with app.run_test(size=size) as pilot:
        await _settle(app, pilot)
        _check(app, "library", ("[bold]B[/bold]",))
        await pilot.press("enter")
        await _settle(app, pilot)
        for key, name in SCREENS.items():
            await pilot.press(key)
            await _settle(app, pilot)
            _check(app, name, ())
        await pilot.press("5")
        await _settle(app, pilot)
        _check(app, "article", ("[bold]B[/bold]",))
        await pilot.press("3")
        await _settle(app, pilot)
        _check(app, "quotes", ("[bold]B[/bold]",))
        await pilot.press("enter")  # jump to the quote's evidence
        await _settle(app, pilot)
        _check(app, "evidence", ())
        await pilot.press("question_mark")
        await _settle(app, pilot)
        _check(app, "help", ())
        assert app.is_running, "article text made the reader quit"


def _strip_textual_output(data: str) -> str:
    """Text left once the terminal sequences Textual itself writes are removed."""
    data = re.sub(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]", "", data)  # CSI (cursor, SGR, modes)
    data = re.sub(r"\x1b[()][A-Za-z0-9]", "", data)  # charset selection
    data = re.sub(r"\x1b[=>78c]", "", data)  # keypad modes, save/restore cursor
    data = re.sub(r"\x1b\]22;[a-z-]*(?:\x07|\x1b\\)", "", data)  # mouse pointer shape
    return data


def test_real_reader_writes_no_article_escapes_to_the_terminal(store: Path, tmp_path: Path
                                                              ) -> None:
    env = clean_env(tmp_path, TERM="xterm-256color", COLORTERM="truecolor")
    session = PtySession(["--store", str(store)], env, size=(120, 40))
    try:
        session.read(15, until=b"Library")
        session.read(1.5)
        for keys in ("\r", "2", "3", "4", "5", "3", "\r", "\x1b", "\x1b", "?", "\x1b"):
            session.send(keys)
            session.read(0.8)
    finally:
        session.close()
    out = bytes(session.output).decode("utf-8", errors="replace")
    # Title, hyperlink or clipboard OSCs would come from the article: Textual
    # writes none for this app on its own (only OSC 22, the mouse pointer shape).
    for osc in ("\x1b]0;", "\x1b]2;", "\x1b]8;;https://evil", "\x1b]52;", "\x1b]8;;"):
        assert osc not in out, f"{osc!r} reached the terminal"
    text = _strip_textual_output(out)
    leftover = sorted({f"U+{ord(c):04X}" for c in text if c == ESC or c in C1 or c in BIDI
                       or c in ZERO_WIDTH or (ord(c) < 0x20 and c not in "\r\n\t\x08")})
    assert not leftover, f"raw control characters reached the terminal: {leftover}"
    assert "[bold]B[/bold]" in text, "the markup is not shown as text"
    for seen in ("Body one [bold]", "Quoted [bold]", "Speaker [bold]", "Source [bold]"):
        assert seen in text, f"{seen!r}: the keys did not reach that screen"
    assert "WINTITLE" in text, "the neutralised escape should be visible (as ␛]0;WINTITLE)"
