"""Results from worker threads, handed to the screen that asked for them.

A worker reading the store can outlive its screen: Enter then Esc at once, or quitting
while a preview loads. Its result then has nowhere to go, and querying the screen's
widgets would crash the app; it is dropped instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen


def deliver(screen: Screen[Any], callback: Callable[..., object], *args: Any) -> None:
    """From a worker thread: run ``callback(*args)`` on the UI thread if ``screen`` is still
    open by then."""

    def land() -> None:
        if screen.is_attached:
            callback(*args)

    screen.app.call_from_thread(land)
