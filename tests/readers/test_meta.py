"""Metadata helpers: dates to ISO, author lists from the shapes inputs use."""

from __future__ import annotations

import pytest

from briefs.readers.meta import author_list, iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-03-01", "2021-03-01"),
        ("2021-03-01T09:15:00Z", "2021-03-01"),
        ("Sun, 19 Jan 2020 08:30:00 GMT", "2020-01-19"),
        (1_600_000_000, "2020-09-13"),
        ("2021-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (True, None),
        (10**30, None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tom Brandt", ["Tom Brandt"]),
        ("By Tom Brandt and Ana Ruiz", ["Tom Brandt", "Ana Ruiz"]),
        ("Tom Brandt; Ana Ruiz | Li Wei", ["Tom Brandt", "Ana Ruiz", "Li Wei"]),
        ("Tom Brandt, Ana Ruiz, and Li Wei", ["Tom Brandt", "Ana Ruiz", "Li Wei"]),
        ("Brandt, Tom", ["Brandt, Tom"]),
        ([{"name": "A One"}, "B Two", {"name": None}, 3], ["A One", "B Two"]),
        ({"name": "Solo Writer"}, ["Solo Writer"]),
        (None, []),
        (["Same Name", "Same Name"], ["Same Name"]),
    ],
)
def test_author_list(value: object, expected: list[str]) -> None:
    assert author_list(value) == expected
