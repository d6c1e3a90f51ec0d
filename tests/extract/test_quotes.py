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


# --------------------------------------------------------------- speakers ---


def test_initials_particles_and_suffixes() -> None:
    found = quotes(
        "“The inquiry is closed,” said J.R. Whitfield, the chief inspector.",
        "“Our work here is not over,” said Lucia Van der Berg, the director.",
        "“We shall overcome this too,” said Walter Mason Jr., the pastor.",
    )
    assert [q.speaker for q in found] == ["J.R. Whitfield", "Lucia Van der Berg",
                                          "Walter Mason Jr."]


def test_title_before_name_becomes_role() -> None:
    q = one("“Every shipment will be inspected,” Customs Commissioner Paula Reyes said.")
    assert q.speaker == "Paula Reyes"
    assert q.role == "Customs Commissioner"


def test_appositive_after_name_becomes_role() -> None:
    q = one("“The school will stay open,” said Nadia Petrova, the head of the parents' "
            "association, on Tuesday.")
    assert q.speaker == "Nadia Petrova"
    assert q.role == "the head of the parents' association"


def test_spokeswoman_for_org_then_name() -> None:
    q = one("“We are reviewing the complaint,” said a spokeswoman for the Harbour Authority, "
            "Jane Doerr.")
    assert q.speaker == "Jane Doerr"
    assert q.role == "a spokeswoman for the Harbour Authority"


def test_pronoun_resolved_to_full_name() -> None:
    found = quotes(
        "Senator Karen Holt visited the flooded town on Friday.",
        "“These families need help now, not next year,” she said.",
    )
    assert found[0].speaker == "Karen Holt"
    assert found[0].mention == "she"


def test_pronoun_respects_gender_from_honorific() -> None:
    found = quotes(
        "Mr. Arthur Benn met Ms. Clara Voss at the depot.",
        "“The trains will run on time,” he said.",
    )
    assert found[0].speaker == "Arthur Benn"


def test_short_forms_resolved_to_full_name() -> None:
    found = quotes(
        "Governor Robert Keane signed the bill on Monday.",
        "“This is a good day for the valley,” Mr. Keane said.",
        "“Nobody will pay more tax,” Keane added.",
    )
    assert [q.speaker for q in found] == ["Robert Keane", "Robert Keane"]
    assert [q.mention for q in found] == ["Mr. Keane", "Keane"]


def test_organisation_as_speaker() -> None:
    q = one("“The recall covers all models sold since March,” the Transport Department said.")
    assert q.speaker == "Transport Department"


def test_speaker_of_previous_quote_carries_to_next_paragraph() -> None:
    found = quotes(
        "“We will rebuild the pier,” said Hugo Lind, the harbour master.",
        "“It will take time, and it will take money, but it will be done.”",
    )
    assert [q.speaker for q in found] == ["Hugo Lind", "Hugo Lind"]


def test_participle_cue_takes_clause_subject() -> None:
    q = one("The union leader Sara Quist rejected the offer on Tuesday, saying: "
            "“This does not even cover inflation.”")
    assert q.speaker == "Sara Quist"


def test_coordinated_cue_takes_clause_subject() -> None:
    q = one("Henrik Dahl praised the volunteers and said they had done “more than anyone could "
            "have asked.”")
    assert q.speaker == "Henrik Dahl"


def test_capitalised_cue_opens_sentence() -> None:
    q = one("Said Lena Moor, the union steward: “We will not sign this contract.”")
    assert q.speaker == "Lena Moor"


def test_time_words_between_subject_and_cue() -> None:
    q = one("Victor Hale on Monday told reporters: “The vote will happen this week.”")
    assert q.speaker == "Victor Hale"


def test_speaker_label_before_colon() -> None:
    q = one("Rep. Nina Castro (D-Ore.): “Who approved this contract, and when?”")
    assert q.speaker == "Nina Castro"


def test_dash_byline_after_quote() -> None:
    found = quotes("“The new park changed my street.” ― Hanna Berg “I walk there every "
                   "morning now.” ― Piet Vos")
    assert [q.speaker for q in found] == ["Hanna Berg", "Piet Vos"]


def test_appositive_with_relative_clause_before_cue() -> None:
    q = one("“We expected a longer delay,” Ruth Adler, who chairs the transit board, said.")
    assert q.speaker == "Ruth Adler"


def test_noun_use_of_cue_word_is_not_a_cue() -> None:
    q = one("Mayor Dana Reyes says the council's late-night tweets were “a distraction "
            "from the budget.”")
    assert q.speaker == "Dana Reyes"


def test_quote_then_unknown_verb_and_name() -> None:
    q = one("“The numbers speak for themselves,” beamed Carla Nunez, the fund's manager.")
    assert q.speaker == "Carla Nunez"


# ------------------------------------------------------- not quotations ---


def test_titles_and_scare_quotes_are_not_quotes() -> None:
    found = quotes("She starred in “The Long Winter Road” before moving to the capital.",
                   "The so-called “reform” changed little for the farmers.")
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


# ------------------------------------------------------ speakers, further ---


def test_short_form_is_the_antecedent_of_a_pronoun() -> None:
    found = quotes(
        "Maria Olsen and Tom Berg met the harbour board on Monday.",
        "Olsen said she told the board: “The harbour will reopen in the spring.”",
    )
    assert found[-1].speaker == "Maria Olsen"


def test_coordinated_verb_shares_the_main_subject() -> None:
    found = quotes(
        "Tom Berg spoke first at the meeting.",
        "Maria Olsen praised the plan after he presented it and said the harbour would be "
        "“open for business by spring.”",
    )
    assert found[-1].speaker == "Maria Olsen"


def test_according_to_at_the_end_of_the_sentence() -> None:
    q = one("Hundreds marched through the port chanting “Keep our harbour open” at the gates, "
            "according to union leader Maria Olsen.")
    assert q.speaker == "Maria Olsen"


def test_possessor_of_a_claim_is_the_speaker() -> None:
    q = one("The fact-checkers looked at Tom Berg’s claim that there were “thousands of jobs "
            "lost” at the port.")
    assert q.speaker == "Tom Berg"


def test_judging_noun_does_not_make_its_possessor_the_speaker() -> None:
    q = one("Maria Olsen told reporters that Tom Berg’s comments were “deeply unfair to the "
            "workers.”")
    assert q.speaker == "Maria Olsen"


def test_legislator_keeps_the_state_they_represent() -> None:
    found = quotes(
        "“We will not stop,” said Rep. Anna Kowalski of Vermont.",
        "“It is wrong,” Kowalski said.",
    )
    assert [q.speaker for q in found] == ["Anna Kowalski of Vermont"] * 2
    assert found[0].role == "Rep."


def test_long_affiliation_is_shown_in_brackets() -> None:
    q = one("“Harbour fees will rise,” said Tomas Berg of the Northern Shipping Research "
            "Institute.")
    assert q.speaker == "Tomas Berg (Northern Shipping Research Institute)"


def test_delegate_title_does_not_end_the_sentence() -> None:
    q = one("“The vote was rushed,” said Del. Maria Olsen.")
    assert q.speaker == "Maria Olsen"


def test_relative_clause_after_the_subject_is_passed_over() -> None:
    q = one("Maria Olsen, who has worked with Tom Berg since he left the port board in May, "
            "dismissed the plan as “a waste of public money.”")
    assert q.speaker == "Maria Olsen"


def test_appositive_after_the_subject_is_passed_over() -> None:
    q = one("Maria Olsen, a former harbour director and union organiser, mocked the plan on "
            "Monday, writing, “Nobody asked the dock workers.”")
    assert q.speaker == "Maria Olsen"


def test_question_then_said_name_in_the_next_sentence() -> None:
    found = quotes("Tom Berg said the board had waited too long. “How long must the docks wait?” "
                   "Maria Olsen said. “We asked for a decision in May.”")
    assert found[-1].speaker == "Maria Olsen"
    assert found[-1].text.startswith("How long")


def test_article_opens_the_subject_phrase() -> None:
    q = one("Tom Berg urged the board to act on the port closure -- a closure the Vermont "
            "congressman said was designed to “hurt the smallest fishing towns.”")
    assert q.mention == "Vermont congressman"
    assert q.speaker != "Tom Berg"


def test_plural_noun_after_an_adjective_is_not_a_cue() -> None:
    q = one("The Harbour Monitor rated 30% of Republican claims as “mostly false” in its "
            "annual review.")
    assert q.speaker == "Harbour Monitor"


def test_possessive_appositive_after_the_subject_is_passed_over() -> None:
    q = one("Attorney General Maria Olsen (D), Berg's opponent in the race, called for the "
            "records on Friday, saying that openness “is the only way forward.”")
    assert q.speaker == "Maria Olsen"


def test_possessed_noun_then_named_appositive_speaks() -> None:
    found = quotes("“The harbour is ours!” Berg's niece, Maria Olsen, shouted to the crowd.")
    assert found[0].speaker == "Maria Olsen"


def test_officials_at_an_agency_speak_as_a_group() -> None:
    q = one("Officials at the Harbour Authority, a branch of the city council, said the fees "
            "were “higher than anywhere on the coast.”")
    assert q.speaker == "Officials at the Harbour Authority"


def test_name_after_a_descriptor_that_opens_with_a_number() -> None:
    q = one("“We waited fifteen years for this,” said 9/11 widow Maria Olsen.")
    assert q.speaker == "Maria Olsen"
    assert q.role == "9/11 widow"


def test_pronoun_after_the_quote_is_the_named_subject_before_it() -> None:
    found = quotes(
        "“The board has failed us,” Tom Berg said on Monday.",
        "Port spokesman Omar Saleh said that the harbour would stay open and that Berg had "
        "“misread the figures entirely,” he said.",
    )
    assert found[-1].speaker == "Omar Saleh"


def test_appositive_left_open_before_the_verb() -> None:
    q = one("Omar Saleh, the communications director for the Harbour Workers Union said in a "
            "statement that the fees were “a tax on the smallest boats.”")
    assert q.speaker == "Omar Saleh"


def test_name_in_an_introductory_phrase_is_not_the_subject() -> None:
    q = one("In an interview with hosts Tom Berg and Maria Olsen, the harbour master stated "
            "that the fees were “a tax on the smallest boats.”")
    assert q.speaker not in ("Maria Olsen", "Tom Berg")


def test_preposition_after_a_subordinator_is_not_a_clause() -> None:
    q = one("Olsen went after Berg on Wednesday over his refusal to publish the accounts, "
            "calling it “an insult to every taxpayer.”")
    assert q.speaker == "Olsen"


def test_appositive_with_a_possessive_place_is_passed_over() -> None:
    q = one("Olsen, New Haven’s harbour master, repeated her charge that Berg had misled the "
            "board, calling him “a salesman with a clipboard.”")
    assert q.speaker == "Olsen"


def test_infinitive_cue_gives_way_to_the_finite_one() -> None:
    q = one("Maria Olsen argued that the board had refused to call the closure a failure: "
            "“We lost a whole season.”")
    assert q.speaker == "Maria Olsen"


def test_passive_asked_by_gives_the_questioner() -> None:
    q = one("Olsen was asked by host Tom Berg, who backs the plan, “Will the harbour reopen "
            "this year?”")
    assert q.speaker == "Tom Berg"


def test_cue_after_a_modal_gives_way_to_the_finite_one() -> None:
    q = one("Maria Olsen said she is certain Berg will continue to be “a friend of the "
            "harbour.”")
    assert q.speaker == "Maria Olsen"


def test_it_is_the_body_the_sentence_is_about() -> None:
    q = one("The Harbour Authority on Friday condemned the closure and pledged to fight what it "
            "called “a reckless attack on the port.”")
    assert q.speaker == "Harbour Authority"


def test_said_then_a_clause_is_not_an_inverted_attribution() -> None:
    q = one("Maria Olsen, adding “the numbers are clear,” said the board could still vote "
            "in May.")
    assert q.speaker == "Maria Olsen"


def test_possessive_before_and_noun_of_saying_after_the_quote() -> None:
    found = quotes("Tom Berg said the plan was sound. Maria Olsen’s “harbour of shame” comment "
                   "was nearly as harsh as his.")
    assert found[-1].speaker == "Maria Olsen"


def test_second_clause_after_and_has_its_own_subject() -> None:
    q = one("The mayor will call you a liar and the Harbour Board will accuse you of running "
            "“a campaign of fear.”")
    assert q.speaker == "Harbour Board"


def test_unnamed_subject_with_a_relative_clause_then_the_cue() -> None:
    q = one("A Harbour Board adviser, who spoke on condition of anonymity, said of the "
            "mayor, “She has run out of patience.”")
    assert q.mention == "Harbour Board adviser"


def test_role_appositive_after_the_subject_is_passed_over() -> None:
    q = one("Omar Saleh, president of the Northern Shipping Institute, tied the fees to the "
            "closures, saying the rules had been “written for the biggest ships.”")
    assert q.speaker == "Omar Saleh"


def test_pledge_to_takes_its_possessor_as_speaker() -> None:
    q = one("Critics point to Tom Berg's controversial pledge to be “neutral on the harbour” "
            "during the talks.")
    assert q.speaker == "Tom Berg"


def test_according_to_then_a_speaking_clause_gives_the_speaker_and_role() -> None:
    q = one("According to the Harbour Gazette, council spokesman Omar Saleh said on Friday "
            "that “the vote is final.”")
    assert (q.speaker, q.role, q.cue) == ("Omar Saleh", "council spokesman", "said")


def test_according_to_a_role_then_the_name() -> None:
    q = one("According to a spokeswoman for the council, Jane Doe, “the vote is final.”")
    assert (q.speaker, q.role) == ("Jane Doe", "a spokeswoman for the council")


def test_heading_before_a_colon_is_not_a_speaker_label() -> None:
    found = quotes("Harbour Fees Threaten Small Fishing Fleets: Keeping “the old boats afloat” "
                   "is the council's stated aim.")
    assert found and found[0].speaker is None


def test_transcript_label_with_a_party_tag_still_speaks() -> None:
    found = quotes("Rep. Jo Li (D-Vt.): Thank you. The harbour is “open for business” again.")
    assert found and found[0].speaker == "Jo Li"


def test_anonymous_source_keeps_its_head_noun() -> None:
    q = one("“The board is in a frenzy,” said one Harbour Party source on the panel.")
    assert q.speaker == "Harbour Party source"


def test_contraction_of_a_pronoun_is_not_a_name() -> None:
    found = quotes("Maria Olsen has been criticised for her “harbour of shame” speech. She’s "
                   "been asked to apologise by the board.")
    assert all(q.speaker != "She" for q in found)


def test_a_crowd_is_never_the_antecedent_of_he() -> None:
    found = quotes("“Justice for the workers,” demonstrators said.",
                   "Tom Berg spoke later. “I was troubled,” he said.")
    assert found[-1].speaker == "Tom Berg"


def test_marks_that_never_close_do_not_make_one_endless_quote() -> None:
    found = quotes("Partial transcript as follows:",
                   "\"SMITH: Good morning, and thank you for coming to the harbour.",
                   "\"JONES: Thank you. The harbour will reopen in the spring.",
                   "\"SMITH: And the fees?",
                   "\"JONES: They will stay where they are for now.")
    assert all("JONES: They will stay" not in q.text for q in found[:1])
    assert all(len(q.spans) <= 2 for q in found)
