"""Direct quotes and their speakers, one construction per test.

Every article here is written for the test (never corpus text); the seed test
compares the bundled sample with ../shared/gold/seed-brief.json when it exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefs.article import Article
from briefs.extract.quotes import extract_quotes, find_segments, quote_candidates
from briefs.models import Quote
from briefs.pipeline import build_brief
from briefs.readers import read
from briefs.text import clean

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLE = Path(__file__).resolve().parents[2] / "briefs" / "data" / "sample.txt"


def quotes(*paragraphs: str, title: str = "A headline about the harbour plan") -> list[Quote]:
    body = "\n\n".join(paragraphs)
    return extract_quotes(clean(Article(text=f"{title}\n\n{body}")))


def one(*paragraphs: str) -> Quote:
    found = quotes(*paragraphs)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# ------------------------------------------------------------------ forms ---


def test_quote_then_said_name() -> None:
    q = one("“The harbour will reopen in the spring,” said Maria Olsen, the port director.")
    assert q.text == "The harbour will reopen in the spring,"
    assert q.speaker == "Maria Olsen"
    assert q.mention == "Maria Olsen"
    assert q.role == "the port director"
    assert q.cue == "said"
    assert q.paragraph == 0


def test_quote_then_name_said() -> None:
    q = one("“We have waited long enough for this bridge,” Tom Reilly said on Monday.")
    assert q.speaker == "Tom Reilly"
    assert q.cue == "said"


def test_name_said_then_quote() -> None:
    q = one("Councillor Ada Brennan said, “The budget leaves nothing for the libraries.”")
    assert q.text == "The budget leaves nothing for the libraries."
    assert q.speaker == "Ada Brennan"
    assert q.role == "Councillor"


def test_told_someone_colon() -> None:
    q = one("Peter Lindqvist told reporters: “Nobody expected the river to rise so fast.”")
    assert q.speaker == "Peter Lindqvist"
    assert q.cue == "told"


def test_according_to() -> None:
    q = one("“The figures were checked twice by the auditors,” according to Helen Marsh.")
    assert q.speaker == "Helen Marsh"
    assert q.cue == "according to"


def test_interrupted_quote_is_one_utterance() -> None:
    q = one("“The first phase is done,” said Ines Duarte, who leads the project. "
            "“The second will take another two years.”")
    assert q.text == "The first phase is done, The second will take another two years."
    assert q.speaker == "Ines Duarte"
    assert len(q.spans) == 2
    assert all(s.paragraph == 0 for s in q.spans)


def test_two_speakers_never_mixed() -> None:
    found = quotes("“The plan is sound,” said Ines Duarte. “It is far too costly,” "
                   "replied Marek Nowak, the treasurer.")
    assert [q.speaker for q in found] == ["Ines Duarte", "Marek Nowak"]


def test_quote_running_on_into_next_paragraph() -> None:
    q = one("Grace Okafor, the school principal, said: “We started with twelve pupils and a "
            "borrowed room.",
            "“Today we have four hundred pupils and a library of our own.”")
    assert q.speaker == "Grace Okafor"
    assert q.text.startswith("We started with twelve pupils")
    assert q.text.endswith("a library of our own.")
    assert [s.paragraph for s in q.spans] == [0, 1]


def test_partial_quote_inside_paraphrase() -> None:
    q = one("The mayor, Lena Fischer, said the new tram line was “a promise kept to every "
            "commuter” and would open in May.")
    assert q.text == "a promise kept to every commuter"
    assert q.speaker == "Lena Fischer"


def test_ascii_marks() -> None:
    q = one('"We will appeal the ruling," said Daniel Cho, a lawyer for the tenants.')
    assert q.text == "We will appeal the ruling,"
    assert q.speaker == "Daniel Cho"


def test_nyt_style_double_apostrophes() -> None:
    q = one("''The water is safe to drink again,'' said Ruth Abernathy, the health officer.")
    assert q.text == "The water is safe to drink again,"
    assert q.speaker == "Ruth Abernathy"


def test_apostrophes_are_not_quote_marks() -> None:
    assert quotes("The voters' mood didn't change, and the council's vote was delayed.") == []
    assert find_segments("It's the citizens' choice, isn't it?", 0) == []


def test_nested_single_quotes_stay_inside() -> None:
    q = one("“She told us, ‘Keep the gates open,’ and we did,” said Omar Haddad.")
    assert q.text == "She told us, ‘Keep the gates open,’ and we did,"
    assert q.speaker == "Omar Haddad"


# ------------------------------------------------------- not quotations ---


def test_titles_and_scare_quotes_are_not_quotes() -> None:
    found = quotes("She starred in “The Long Winter Road” before moving to the capital.",
                   "The so-called “reform” changed little for the farmers.")
    assert found == []


def test_a_title_owned_by_a_broadcaster_is_not_a_quote() -> None:
    found = quotes("In an interview on CBS's “Face the Nation,” Lena Ortiz said it was sound.",
                   "Ortiz told MSNBC’s “Morning Joe” that the port would reopen.")
    assert found == []


def test_subject_whose_verb_takes_an_article_is_the_speaker() -> None:
    q = one("Okafor toured the docks on Friday and called the new cranes “a real turning point.”")
    assert q.speaker == "Okafor"


def test_first_names_ending_like_participles_are_names() -> None:
    q = one("Kelly Brandt backed the mayor on Monday, saying the plan needs “more money and time.”")
    assert q.speaker == "Kelly Brandt"
    q = one("Ted Moreau went further, telling the council: “The port cannot wait another year.”")
    assert q.speaker == "Ted Moreau"


def test_introductory_participles_are_still_skipped() -> None:
    q = one("Speaking at the pier, Dana Quist said: “We will rebuild every berth by autumn.”")
    assert q.speaker == "Dana Quist"


def test_contracted_verbs_follow_a_subject() -> None:
    q = one("Lindqvist didn’t seem convinced on Tuesday, telling reporters, "
            "“Nobody has shown me the numbers for the harbour yet.”")
    assert q.speaker == "Lindqvist"


def test_unnamed_subject_with_a_named_appositive() -> None:
    q = one("Another critic, Laurence Q. Tribble, likened the harbour rules to “a tax on fishing.”")
    assert q.speaker == "Laurence Q. Tribble"


def test_pronoun_after_when_is_not_the_main_subject() -> None:
    found = quotes("Retired Adm. Sarah Okafor said Peter Brandt was “plainly right” when he "
                   "said on Monday that “the harbour has been neglected for years.”")
    assert [q.speaker for q in found] == ["Sarah Okafor", "Peter Brandt"]


def test_speaker_label_after_a_dashed_heading() -> None:
    q = one("HARBOUR TRAFFIC DOUBLES IN A YEAR - Lena Okafor: “Ships now wait two days to dock.”")
    assert q.speaker == "Lena Okafor"
    found = quotes("Lena Okafor runs the port.",
                   "What it means for the town - More from Okafor: “We need a second pier soon.”")
    assert found[-1].speaker == "Lena Okafor"


def test_transcript_label_speaks_quotes_in_its_line() -> None:
    q = one("Lena Okafor: Telling people ‘the port is closed’ does not help anybody in this town.")
    assert q.speaker == "Lena Okafor"


def test_markup_attributes_are_not_quotes() -> None:
    assert quotes('<tweet id="12345" author="@someone">Short post</tweet>') == []


def test_spans_point_at_the_quoted_words() -> None:
    doc = clean(Article(text="Title line here\n\n“The dam held,” said Ivo Brandt."))
    q = extract_quotes(doc)[0]
    s = q.spans[0]
    assert doc.paragraphs[s.paragraph][s.start : s.end] == "The dam held,"


def test_candidates_expose_features_without_text_in_them() -> None:
    doc = clean(Article(text="Title line here\n\n“The dam held,” said Ivo Brandt."))
    [(text, feats)] = quote_candidates(doc)
    assert text == "The dam held,"
    assert all("dam" not in f for f in feats)


def test_adversarial_marks_do_not_crash() -> None:
    body = "“" * 500 + "'" * 500 + '"' * 501 + " word " * 10
    assert isinstance(quotes(body), list)


# ------------------------------------------------------------------ seed ---


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "gold" / "seed-brief.json").exists(),
                    reason="../shared/gold/seed-brief.json not found")
def test_seed_quotes_match_gold() -> None:
    gold = json.loads((SHARED / "gold" / "seed-brief.json").read_text(encoding="utf-8"))
    brief = build_brief(next(read(str(SAMPLE))))
    assert len(brief.quotes) == len(gold["quotes"])
    for got, want in zip(brief.quotes, gold["quotes"], strict=True):
        assert got.text == want["text"]
        assert got.speaker == want["speaker"]
        assert got.mention == want["mention"]
        assert got.role == want["role"]
        assert got.cue == want["cue"]
        assert got.paragraph == want["paragraph"]


def test_pronoun_after_a_quote_keeps_the_previous_speaker() -> None:
    found = quotes(
        "“We will finish the pier by June,” said harbour master Lena Okafor.",
        "The plan was drafted with Peter Brandt, the city engineer, last winter.",
        "“It is the biggest job of my career,” she said.",
    )
    assert [q.speaker for q in found] == ["Lena Okafor", "Lena Okafor"]


def test_a_group_quoted_after_a_person_is_not_the_same_quote() -> None:
    found = quotes("Skipping the fee “makes me smart,” Ana Reyes said on Monday. Her aides "
                   "called her “a genius” for it.")
    assert [(q.text, q.speaker) for q in found] == [("makes me smart,", "Ana Reyes"),
                                                  ("a genius", None)]


def test_a_new_sentence_saying_who_speaks_ends_the_quote_even_unnamed() -> None:
    found = quotes("Dropping the fee ''makes me smart,'' Ana Reyes said on Monday. Her "
                   "surrogates called her ''a genius'' for it.")
    assert [q.text for q in found] == ["makes me smart,", "a genius"]
