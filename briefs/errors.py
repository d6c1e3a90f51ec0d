"""Errors a user sees as one line naming the input and the cause."""

from __future__ import annotations


class BriefsError(Exception):
    """Base for every error briefs reports to a user instead of a traceback."""


class InputError(BriefsError):
    """An input could not be turned into an article (missing, binary, empty, too big…)."""

    def __init__(self, source: str, cause: str) -> None:
        super().__init__(f"{source}: {cause}")
        self.source = source
        self.cause = cause


class StoreError(BriefsError):
    """The store cannot be opened or written (corrupt, read-only, locked too long)."""
