"""A figure while it is being read: the tokens it spans and what is known so far."""

from __future__ import annotations

from dataclasses import dataclass

MAX_VALUE = 1e16  # larger than any real-world quantity in the news (world GDP is ~1e14 USD)


@dataclass(slots=True)
class Candidate:
    """A figure being built: tokens it spans and what is known so far."""

    first: int
    last: int
    value: float
    unit: str | None
    qualifier: str | None
    label: str | None
    scale: float
    words: bool
    compound: bool
    age: bool = False
    rate: str | None = None
    linked_to: Candidate | None = None  # the other end of a range, when this is its first part
    linked_from: Candidate | None = None  # the first end of a range, when this is its second part
    num: int = 0  # index of the number's first token (after currency, before qualifier)
    elliptic: bool = False  # a bare number that may stand for an earlier figure ("six were")
    weak: bool = False  # label is a single word taken from before the figure
    label_end: int = -1  # last token of a counted phrase that belongs to the surface text
