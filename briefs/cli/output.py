"""Terminal conventions in one place: colour only on a terminal, NO_COLOR, stderr errors."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def error(message: str) -> None:
    """One line on stderr, prefixed like every briefs error; never markup."""
    from briefs.safe import inert

    sys.stderr.write(f"briefs: {inert(message)}\n")
    sys.stderr.flush()


def console(stderr: bool = False) -> Console:
    """A Rich console: colour on a terminal unless NO_COLOR, plain text when piped."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    tty = stream.isatty()
    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=stream,
        force_terminal=tty,
        no_color=no_color,
        color_system="auto" if tty and not no_color else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=not tty,
    )
