"""Quotation marks paired into segments, apostrophes and inch marks left alone."""

from __future__ import annotations

from briefs.extract.quote_marks import find_segments, has_double_mark


def texts(paragraph: str) -> list[str]:
    return [paragraph[s.start:s.end] for s in find_segments(paragraph, 0)]


def test_typographic_ascii_and_nyt_marks() -> None:
    assert texts("“Open the port,” she said.") == ["Open the port,"]
    assert texts('"Open the port," she said.') == ["Open the port,"]
    assert texts("''Open the port,'' she said.") == ["Open the port,"]


def test_apostrophes_are_not_marks() -> None:
    assert texts("It's the citizens' choice, isn't it?") == []


def test_a_year_cut_short_is_an_apostrophe() -> None:
    assert texts("Part eight of ‘16 And Counting, our series on the race.") == []
    assert texts("Back in the ’90s, it was ‘different’ then.") == ["different"]
    assert texts("‘2016 will be our year,’ she wrote.") == ["2016 will be our year,"]


def test_an_unclosed_quote_stays_open_to_the_paragraph_end() -> None:
    segments = find_segments("“The harbour will reopen in the spring.", 0)
    assert len(segments) == 1 and segments[0].close_at is None


def test_double_marks_are_told_from_single_ones() -> None:
    assert has_double_mark("he said “yes”") and not has_double_mark("the voters' mood")


def test_a_closing_mark_typed_at_a_paragraphs_start_opens() -> None:
    paragraph = "”Fear. I am afraid the harbour will close.” ― Ines Duarte"
    assert texts(paragraph) == ["Fear. I am afraid the harbour will close."]


def test_a_closing_mark_after_a_word_still_closes() -> None:
    assert texts("“We will reopen,” said the mayor. ”") == ["We will reopen,"]


def test_a_quote_inside_a_quote_with_the_same_marks_is_nested() -> None:
    paragraph = "“I would rather live in what he calls “hell” than here.” ― Ana Ruiz"
    assert texts(paragraph) == ["I would rather live in what he calls “hell” than here."]


def test_an_open_mark_never_closed_before_another_quote_ends_there() -> None:
    paragraph = "“The port is shut. “We will reopen,” the mayor said."
    assert texts(paragraph) == ["The port is shut. ", "We will reopen,"]
