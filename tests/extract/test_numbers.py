"""Number parsing: digits, separators, decimals, words, scales."""

from __future__ import annotations

import pytest

from briefs.extract.numbers import as_number, parse_number, tokenize


def _parse(text: str) -> float | None:
    toks = tokenize(text)
    p = parse_number(toks, 0)
    return None if p is None else p.value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7 apples", 7),
        ("1,500 people", 1500),
        ("16.50 dollars", 16.5),
        ("2,345,678 votes", 2345678),
        ("three ships", 3),
        ("forty-three voters", 43),
        ("Twenty-seven states", 27),
        ("a dozen eggs", 12),
        ("two dozen songs", 24),
        ("two hundred cars", 200),
        ("seven and a half years", 7.5),
        ("a billion people", 1e9),
        ("two billion tons", 2e9),
        ("53 million dollars", 53e6),
        ("1.2bn euros", 1.2e9),
        ("53m pounds", 53e6),
        ("10k runners", 1e4),
        ("2.3 million inmates", 2.3e6),
    ],
)
def test_values(text: str, value: float) -> None:
    assert _parse(text) == pytest.approx(value)


def test_not_numbers() -> None:
    assert _parse("apples") is None
    assert _parse("a car") is None


def test_tokens_keep_offsets() -> None:
    text = "Paid $1,200 today"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Paid", "$", "1,200", "today"]
    assert text[toks[2].start : toks[2].end] == "1,200"
    assert toks[2].gap is False and toks[1].gap is True


def test_as_number() -> None:
    assert as_number(53e6) == 53000000 and isinstance(as_number(53e6), int)
    assert as_number(16.5) == 16.5
