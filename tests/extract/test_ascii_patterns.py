"""ASCII twins of the hot patterns: on ASCII text they find exactly what the Unicode
patterns find (they exist only because ASCII classes are cheaper to test)."""

from __future__ import annotations

import random
import re

import pytest

from briefs.extract import figures, mentions, names

PAIRS = [
    (mentions.TOKEN, mentions._TOKEN_ASCII),
    (names.TOKEN, names._TOKEN_ASCII),
    (names.NAME_RUN, names._NAME_RUN_ASCII),
    (figures._NUMBER_WORD, figures._NUMBER_WORD_ASCII),
]
IDS = ["mentions.TOKEN", "names.TOKEN", "names.NAME_RUN", "figures._NUMBER_WORD"]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("unicode", "ascii_"), PAIRS, ids=IDS)
def test_every_ascii_character_in_context(unicode: re.Pattern[str],
                                          ascii_: re.Pattern[str]) -> None:
    assert ascii_.flags & re.ASCII
    for c in map(chr, range(128)):
        for text in (c, f"A{c}B", f"Mr.{c}Jo Li{c}said", f"a {c}s two{c}", f"U.S.{c}x",
                     f"J. De{c}Bolle", f"x{c}'s{c}"):
            assert _spans(ascii_, text) == _spans(unicode, text), repr(text)


@pytest.mark.parametrize(("unicode", "ascii_"), PAIRS, ids=IDS)
def test_random_ascii_text(unicode: re.Pattern[str], ascii_: re.Pattern[str]) -> None:
    rng = random.Random(7)
    alphabet = "MrsJoLiAUSVD.dvantwofiue 'x-_,(\t\x0b\x1c\x1f0123"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert _spans(ascii_, text) == _spans(unicode, text), repr(text)
