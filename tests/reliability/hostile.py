"""Hostile article text for promise 2, and checks on the bytes a terminal receives.

Each field of the hostile brief carries Rich/Textual markup, ANSI and OSC escape
sequences (colour, cursor moves, screen clear, window title, OSC 8 links,
OSC 52 clipboard writes), 8-bit C1 controls, bidi overrides and zero-width
characters. Output is safe when none of those reach the terminal raw and the
markup is visible as the literal text it is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ESC = "\x1b"
ATTACKS = (
    "[bold]B[/bold] [link=https://evil.example/]L[/link] [@click=app.quit]Q[/] "
    f"{ESC}[31mRED{ESC}[0m {ESC}[2J{ESC}[H{ESC}[10A {ESC}]0;WINTITLE\x07 "
    f"{ESC}]2;TITLE2{ESC}\\ {ESC}]8;;https://evil.example/{ESC}\\LINK{ESC}]8;;{ESC}\\ "
    f"{ESC}]52;c;ZXZpbA==\x07 \x9b31mC1 \x9d0;C1TITLE\x9c \u202eEVIL\u202c \u2066ISO\u2069 "
    "ZERO\u200bWIDTH\u200d\ufeff\u2060 \rCR \x08BS \x07BEL"
)
# What must be visible, as text, wherever the hostile title is shown.
VISIBLE_MARKUP = ("[bold]B[/bold]", "[link=https://evil.example/]L[/link]", "[@click=app.quit]Q[/]")

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
C1 = "".join(chr(c) for c in range(0x80, 0xA0))


def hostile_brief(brief_id: str = "badc0ffee000") -> dict[str, Any]:
    """A complete brief dict with attacks in every field a person reads."""
    a = ATTACKS
    return {
        "id": brief_id,
        "source": f"evil-{a}.txt",
        "title": f"Title {a}",
        "outlet": f"Outlet {a}",
        "authors": [f"Author {a}"],
        "published": f"2024-03-05 {a}",
        "url": f"https://evil.example/{a}",
        "credit": f"Copyright {a}",
        "summary": f"Summary {a}",
        "body": [f"Body one {a}", f"“Quoted {a},” said Speaker {a}."],
        "figures": [{"text": f"12 {a}", "value": 12, "unit": f"u{a}", "label": f"Label {a}",
                     "qualifier": f"over {a}", "sentence": f"S {a}", "paragraph": 0,
                     "key": True}],
        "quotes": [{"text": f"Quoted {a}", "speaker": f"Speaker {a}", "mention": f"M {a}",
                    "role": f"Role {a}", "cue": "said", "paragraph": 1}],
        "sources": [{"name": f"Source {a}", "kind": "person", "mentions": 2,
                     "evidence": [f"said Speaker {a}"]}],
        "extractor_version": "1",
    }


def hostile_text_article() -> str:
    """The same attacks in a plain-text article, for the real readers and extractor."""
    a = ATTACKS
    filler = (
        "The authority said the new cranes would be delivered in two batches over the "
        "coming months, and that the older machines would be sold to smaller ports. "
    ) * 4
    return (
        f"Harbour Cranes {a} Double\n\n{filler}\n\n{filler}\n\n"
        f"The harbour authority bought 14 cranes {a}, according to its report.\n\n"
        f"“We moved more containers {a} than ever,” said Daniel Ferreira, a spokesman. "
        f"“The cranes {a} pay for themselves.”\n\n{filler}\n\n{filler}\n"
    )


def write_hostile_html(path: Path) -> None:
    a = ATTACKS.replace("&", "&amp;").replace("<", "&lt;")
    path.write_text(
        f"<html><head><title>Harbour Cranes {a} Double</title></head><body><article>"
        f"<h1>Harbour Cranes {a} Double</h1>"
        f"<p>The harbour authority bought 14 cranes {a}, according to its annual report, "
        "which was published on Tuesday after a long delay.</p>"
        f"<p>“We moved more containers {a} than in any year before,” said Daniel Ferreira, "
        "a spokesman for the authority. “The cranes pay for themselves.”</p>"
        "<p>Nearly $48 million was spent on the purchase, officials said, and at least 300 "
        "dockworkers were trained to run them over the winter months.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )


# ----------------------------------------------------------- the checks ---

# What a styled terminal stream may contain: SGR colour/style sequences only.
_SGR = re.compile(r"\x1b\[[0-9;]*m")
# Rich's own OSC 8 hyperlinks (with an id) are allowed only around safe URIs.
_OSC8 = re.compile(r"\x1b\]8;[^;\x1b\x07]*;([^\x1b\x07]*)\x1b\\")


def strip_allowed(output: str, *, allow_links: bool = False) -> str:
    """``output`` without the styling sequences a renderer itself emits."""
    output = _SGR.sub("", output)
    if allow_links:
        def check(m: re.Match[str]) -> str:
            uri = m.group(1)
            assert all(0x21 <= ord(c) < 0x7F for c in uri), f"unsafe link target {uri!r}"
            return ""

        output = _OSC8.sub(check, output)
    return output


def assert_inert(output: str, *, styled: bool = False, pty: bool = False,
                 markup_visible: bool = True) -> str:
    """Assert nothing in ``output`` would be obeyed by a terminal; return its text.

    ``styled`` output may hold the renderer's own SGR sequences (and links);
    anything else starting with ESC is an attack that got through.
    """
    text = strip_allowed(output, allow_links=styled) if styled else output
    if pty:
        text = text.replace("\r\n", "\n")
    bad = sorted({f"U+{ord(c):04X}" for c in text
                  if c == ESC or c in C1 or c in BIDI or c in ZERO_WIDTH
                  or (ord(c) < 0x20 and c not in "\n\t")})
    assert not bad, f"raw control characters reached the terminal: {bad}\n{output[:2000]!r}"
    if markup_visible:
        flat = "".join(text.split())
        for literal in VISIBLE_MARKUP:
            assert "".join(literal.split()) in flat, f"{literal!r} not shown as text"
    return text
