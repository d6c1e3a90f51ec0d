"""The message every list and card sends when the reader picks an item."""

from __future__ import annotations

from textual.message import Message


class Chosen(Message):
    """A figure, quote or source was chosen: show its evidence."""

    def __init__(self, kind: str, index: int) -> None:
        super().__init__()
        self.kind = kind
        self.index = index
