"""Cleaning: whitespace rules and the per-document folded paragraphs."""

from __future__ import annotations

from briefs.article import Article
from briefs.text import clean, fold, normalise_whitespace


def test_whitespace_runs_and_odd_spaces_become_one_space() -> None:
    assert normalise_whitespace("a  b\tc\u00a0d\u3000\u3000e f") == "a b c d e f"
    assert normalise_whitespace("  lead and trail \t") == "lead and trail"


def test_control_and_invisible_characters_are_dropped() -> None:
    assert normalise_whitespace("zero\u200bwidth soft\u00adhyphen bell\x07 ok") == (
        "zerowidth softhyphen bell ok"
    )
    assert normalise_whitespace("a \u200b b") == "a b"  # the gap left behind collapses


def test_folded_paragraphs_are_computed_once_and_follow_the_paragraphs() -> None:
    doc = clean(Article(text="Title here\n\n“Quoted,” she said — twice.\n\nPlain words."))
    folded = doc.folded()
    assert folded == [fold(p) for p in doc.paragraphs]
    assert doc.folded() is folded
    doc.paragraphs.append("“More”")
    assert doc.folded()[-1] == '"More"'
