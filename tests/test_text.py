"""Cleaning: whitespace rules and the per-document folded paragraphs."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.article import Article
from briefs.text import (
    clean,
    fold,
    holding,
    matching,
    normalise_whitespace,
    split_paragraphs,
    split_sentences,
)


def test_whitespace_runs_and_odd_spaces_become_one_space() -> None:
    assert normalise_whitespace("a  b\tc\u00a0d\u3000\u3000e f") == "a b c d e f"
    assert normalise_whitespace("  lead and trail \t") == "lead and trail"


def test_control_and_invisible_characters_are_dropped() -> None:
    assert normalise_whitespace("zero\u200bwidth soft\u00adhyphen bell\x07 ok") == (
        "zerowidth softhyphen bell ok"
    )
    assert normalise_whitespace("a \u200b b") == "a b"  # the gap left behind collapses


def test_wrapped_lines_join_into_one_paragraph() -> None:
    text = ("Title\n\nThe council met on Monday and voted\n"
            "to close the old bridge for repairs.\n\nEnd.")
    assert split_paragraphs(text) == [
        "Title", "The council met on Monday and voted to close the old bridge for repairs.", "End."]


def test_long_lines_in_a_block_are_paragraphs_of_their_own() -> None:
    first = "Ana Reyes said she would quarantine travellers. " * 3
    second = "“You bet I would,” Reyes said when she was asked about it on stage on Saturday."
    text = f"Title\n\n{first.strip()}\n{second}\nBen Ortiz Says He Disagrees\n{second}\n\nEnd."
    assert split_paragraphs(text) == [
        "Title", first.strip(), second, "Ben Ortiz Says He Disagrees", second, "End."]


def test_share_buttons_and_nav_lines_are_furniture_not_the_lede() -> None:
    doc = clean(Article(text="Ferry fares rise\n\nFACEBOOK.\n\nTwitter\n\nFares on the harbour "
                             "ferry rise by a fifth on Monday.\n\nShare\n\nThe council agreed."))
    assert doc.paragraphs == ["Fares on the harbour ferry rise by a fifth on Monday.",
                              "The council agreed."]
    assert doc.furniture == ["FACEBOOK.", "Twitter", "Share"]


def test_a_label_in_capitals_is_furniture_and_an_all_caps_title_stays_the_title() -> None:
    doc = clean(Article(text="HARBOUR SHUT\n\nABSTRACT.\n\nThe harbour closed on Monday.\n\n"
                             "TOP STORIES.\n\n“It is over,” the mayor said."))
    assert doc.title == "HARBOUR SHUT"
    assert doc.paragraphs == ["The harbour closed on Monday.", "“It is over,” the mayor said."]
    assert doc.furniture == ["ABSTRACT.", "TOP STORIES."]


def test_folded_paragraphs_are_computed_once_and_follow_the_paragraphs() -> None:
    doc = clean(Article(text="Title here\n\n“Quoted,” she said — twice.\n\nPlain words."))
    folded = doc.folded()
    assert folded == [fold(p) for p in doc.paragraphs]
    assert doc.folded() is folded
    doc.paragraphs.append("“More”")
    assert doc.folded()[-1] == '"More"'


@given(st.lists(st.text(alphabet="ab .!?\n'’x", max_size=12), max_size=8),
       st.sampled_from(["a", "b.", "?", "x a", "’"]))
@settings(max_examples=300, deadline=None)
def test_holding_is_any_word_in_each_text(texts: list[str], word: str) -> None:
    texts = [t.replace("\n", " ") for t in texts]
    assert holding(texts, (word, ".")) == [word in t or "." in t for t in texts]


@given(st.lists(st.text(alphabet="ab1 .x", max_size=12), max_size=8))
@settings(max_examples=300, deadline=None)
def test_matching_is_a_search_in_each_text(texts: list[str]) -> None:
    pattern = re.compile(r"\bb\d|^x", re.MULTILINE)
    assert matching(texts, pattern) == [bool(pattern.search(t)) for t in texts]


@given(st.lists(st.text(alphabet="Ab c.!?\"”", min_size=1, max_size=30), max_size=6))
@settings(max_examples=300, deadline=None)
def test_sentences_are_each_paragraphs_split(paragraphs: list[str]) -> None:
    doc = clean(Article(text="Title\n\n" + "\n\n".join(paragraphs)))
    expected = [(i, a, b) for i, p in enumerate(doc.paragraphs)
                for a, b in split_sentences(p)]
    assert [(s.paragraph, s.start, s.end) for s in doc.sentences] == expected
