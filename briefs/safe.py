"""Article text is data: make it inert before it reaches a terminal.

Rich markup is avoided by building ``Text`` objects (never markup strings); this
module removes what a ``Text`` would still pass through to the terminal: C0/C1
control characters (ESC starts ANSI/OSC sequences), bidi overrides and
zero-width characters. Visible replacements keep tampering noticeable.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")


def _show_control(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return "␛" if code == 0x1B else "\ufffd" if code > 0x7F else chr(0x2400 + code)


def inert(text: str | None) -> str:
    """``text`` with control characters shown as symbols and bidi/zero-width removed."""
    if not text:
        return text or ""
    text = _CONTROL.sub(_show_control, text)
    text = _BIDI.sub("", text)
    return _ZERO_WIDTH.sub("", text)


# JSON keeps every character (lossless), but these go out as \uXXXX escapes so
# that printing JSON to a terminal never lets C1 controls, bidi overrides or
# zero-width characters act (json.dumps already escapes C0 controls and ESC).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def inert_json(json_text: str) -> str:
    """JSON text with terminal-active characters escaped; decodes to the same value.

    Safe on any JSON text: outside strings JSON is ASCII, so only string
    contents change, and only into equivalent escapes.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json_text)
