"""Names: noun phrases split into name, role and kind; coreference of short forms and pronouns.

Sentences are written for the test, never taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefs.extract import names as nm


def np_after(text: str) -> nm.Mention | None:
    toks = nm.tokenize(text)
    return nm.mention_from_np(text, toks, 0, nm.np_forward(toks, 0))


def np_before(text: str) -> nm.Mention | None:
    toks = nm.tokenize(text)
    return nm.mention_from_np(text, toks, nm.np_backward(toks, len(toks)), len(toks))


def test_tokenize_keeps_initials_and_abbreviations() -> None:
    words = [t[2] for t in nm.tokenize("Mr. P.J. Quinn Jr. said U.S. officials")]
    assert words[:4] == ["Mr.", "P.J.", "Quinn", "Jr."]
    assert "U.S." in words


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Port Administrator Anne Holm", "Anne Holm", "Port Administrator"),
        ("Secretary of State Julia Moreno", "Julia Moreno", "Secretary of State"),
        ("campaign manager Kelly Storm", "Kelly Storm", "campaign manager"),
        ("Martin Lewis King Jr.", "Martin Lewis King Jr.", None),
        ("Catherine De Vries", "Catherine De Vries", None),
        ("Sen. Paul Avery", "Paul Avery", "Sen."),
        ("Howard Dean", "Howard Dean", None),
    ],
)
def test_titles_split_from_names(phrase: str, name: str, role: str | None) -> None:
    m = np_after(phrase)
    assert m is not None
    assert m.kind == "person"
    assert m.name == name
    assert m.role == role


def test_organisation_phrase_keeps_whole_name() -> None:
    m = np_after("the Energy Department")
    assert m is not None and m.kind == "organization"
    assert m.name == "Energy Department"


def test_acronym_is_an_organisation() -> None:
    m = np_after("NATO")
    assert m is not None and m.kind == "organization"


def test_pronoun_mention() -> None:
    m = np_after("she")
    assert m is not None and m.pronoun


def test_unnamed_source_has_no_name() -> None:
    m = np_after("a spokesman for the union")
    assert m is not None
    assert m.kind == "unnamed"
    assert m.name is None


def test_backward_phrase_stops_at_verbs() -> None:
    m = np_before("The council sent out a press release")
    assert m is None or m.name is None


def test_backward_phrase_with_parenthesis() -> None:
    m = np_before("state Sen. Mark Ellis (D)")
    assert m is not None and m.name == "Mark Ellis"


def test_possessive_is_stripped_from_names() -> None:
    m = np_after("Laura Finch's")
    assert m is not None and m.name == "Laura Finch"


@pytest.mark.parametrize(("phrase", "name", "role"), [
    ("WKRN's Dora Palk", "Dora Palk", "WKRN"),
    ("Daily News’ Omar Brandt", "Omar Brandt", "Daily News"),
    ("the Tribune’s Lena Ostrow", "Lena Ostrow", "Tribune"),
])
def test_an_owner_before_a_personal_name_is_its_role(phrase: str, name: str, role: str) -> None:
    m = np_after(phrase + " said")
    assert m is not None and (m.name, m.role, m.kind) == (name, role, "person")


@pytest.mark.parametrize("phrase", ["Macy's Inc", "St. Jude Children's Hospital Memphis"])
def test_an_owner_inside_a_body_name_stays(phrase: str) -> None:
    m = np_after(phrase + " said")
    assert m is not None and m.name == phrase


def test_people_named_after_an_owner_are_known_by_their_own_name() -> None:
    ents = nm.Entities()
    nm.scan_people("The panel included WKRN's Dora Palk and a senator.", 0, ents)
    assert ents.resolve_name("Palk") == "Dora Palk"


@pytest.mark.parametrize("phrase", [
    "Citizens for Fair Harbours", "Parents Against Port Closures", "Nurses For Safe Wards"])
def test_a_group_named_for_its_cause_is_one_organisation(phrase: str) -> None:
    m = np_after(phrase + " said")
    assert m is not None and (m.name, m.kind) == (phrase, "organization")


def test_a_sentence_opener_before_a_name_is_no_role() -> None:
    for text, role in (("No wonder Jo Li said it.", None), ("Many fear Jo Li said it.", None),
                       ("But party chairman Jo Li said it.", "party chairman")):
        m = np_before(text[: text.index(" said")])
        assert m is not None and (m.name, m.role) == ("Jo Li", role)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Several senior Democrats", "senior Democrats", None),  # a group described
    ("a well-connected Republican", "well-connected Republican", None),
    ("Mayor de Blasio", "de Blasio", "Mayor"),  # a particle opens the name
])
def test_groups_described_and_particles(text: str, name: str, role: str | None) -> None:
    m = np_before(text)
    assert m is not None and (m.name, m.role) == (name, role)


def test_appositive_after_name() -> None:
    text = "Omar Said, the deputy mayor of Lyon, told reporters"
    toks = nm.tokenize(text)
    role, end = nm.appositive(text, toks, 2)
    assert role == "the deputy mayor of Lyon"
    assert toks[end][2] == ","


def test_relative_clause_only_skipped_when_asked() -> None:
    text = "Omar Said, who arrived late, told reporters"
    toks = nm.tokenize(text)
    assert nm.appositive(text, toks, 2) == (None, 2)
    skipped, _end = nm.appositive(text, toks, 2, relative=True)
    assert skipped == "who arrived late"


def test_entities_resolve_short_forms_and_pronouns() -> None:
    ents = nm.Entities()
    nm.scan_people("Mayor Clara Jensen met Mr. Tobias Wren at noon.", 0, ents)
    assert ents.resolve_name("Jensen") == "Clara Jensen"
    assert ents.resolve_name("Mr. Wren") == "Tobias Wren"
    assert ents.resolve_pronoun("he", (1, 0)) == "Tobias Wren"
    assert ents.resolve_pronoun("she", (1, 0)) == "Clara Jensen"


def test_people_sharing_a_surname_stay_apart() -> None:
    ents = nm.Entities()
    nm.scan_people("Governor Tom Vale opened the fair with his brother, Ralph Vale.", 0, ents)
    nm.scan_people("Later Ralph Vale Jr. arrived.", 1, ents)
    assert ents.resolve_name("Vale") == "Tom Vale"  # the first named keeps the short form
    assert ents.resolve_name("Ralph Vale") == "Ralph Vale"
    assert ents.resolve_pronoun("he", (2, 0)) == "Ralph Vale Jr."


@pytest.mark.parametrize(("first", "again"), [
    ("Marta Quill", "Marta J. Quill"),
    ("Hilary Quill", "Hillary Quill"),  # a misspelling is the same person
    ("Chris Quill", "Christopher Quill"),
    ("M. Quill", "Marta Quill"),
])
def test_one_person_written_two_ways_stays_one(first: str, again: str) -> None:
    assert nm.same_person(first, again)


def test_pronoun_only_looks_backwards() -> None:
    ents = nm.Entities()
    nm.scan_people("Nobody spoke first.", 0, ents)
    nm.scan_people("Later, Daniel Frost arrived.", 2, ents)
    assert ents.resolve_pronoun("he", (1, 0)) is None
    assert ents.resolve_pronoun("he", (3, 0)) == "Daniel Frost"


def test_unknown_short_form_stays_as_written() -> None:
    assert nm.Entities().resolve_name("Mr. Gray") == "Gray"


def test_name_scan_is_linear_on_capitals() -> None:
    ents = nm.Entities()
    nm.scan_people("A " * 20000 + "B", 0, ents)  # one long run of capitals, no crash
    assert isinstance(ents.items, list)


def test_possessive_determiner_before_a_role_and_name() -> None:
    m = np_after("his nephew Karim Saleh added")
    assert m is not None and m.name == "Karim Saleh" and m.kind == "person"
    m = np_after("his spokesman said")
    assert m is not None and m.kind == "unnamed"  # not "he": the spokesman speaks
    m = np_after("his said")
    assert m is not None and m.kind == "pronoun"


def test_verb_taking_an_article_ends_the_subject() -> None:
    m = np_after("Okafor toured the docks on Friday")
    assert m is not None and m.name == "Okafor"
    m = np_after("Harbour board chairman Lena Okafor said")
    assert m is not None and m.name == "Lena Okafor"


def test_sentence_final_name_has_no_full_stop() -> None:
    ents = nm.Entities()
    nm.scan_people("The plan was drawn up by Bob Vander Molen.", 0, ents)
    assert [e.name for e in ents.items] == ["Bob Vander Molen"]


def test_possessive_mark_is_not_part_of_a_scanned_name() -> None:
    ents = nm.Entities()
    nm.scan_people("It was Lena Okafor’s plan, and Ben Osei's budget.", 0, ents)
    assert [e.name for e in ents.items] == ["Lena Okafor", "Ben Osei"]


def test_a_different_first_name_is_a_different_person() -> None:
    ents = nm.Entities()
    nm.scan_people("Lena Okafor spoke first.", 0, ents)
    assert ents.resolve_name("Okafor") == "Lena Okafor"
    assert ents.resolve_name("Ms. Okafor") == "Lena Okafor"
    assert ents.resolve_name("Ada Okafor") == "Ada Okafor"


def test_places_are_not_people_for_pronouns() -> None:
    ents = nm.Entities()
    nm.scan_people("Lena Okafor flew from New Hampshire to Carson City.", 0, ents)
    assert [e.name for e in ents.items] == ["Lena Okafor"]
    assert ents.resolve_pronoun("she", (1, 0)) == "Lena Okafor"


def test_first_names_give_pronouns_a_gender() -> None:
    ents = nm.Entities()
    nm.scan_people("Sarah Okafor met Peter Brandt at the pier.", 0, ents)
    assert ents.resolve_pronoun("she", (1, 0)) == "Sarah Okafor"
    assert ents.resolve_pronoun("he", (1, 0)) == "Peter Brandt"


def test_pronoun_prefers_a_person_known_to_fit() -> None:
    ents = nm.Entities()
    nm.scan_people("Sarah Okafor hired Tomasz Wrobel last spring.", 0, ents)
    # Wrobel is nearer, but only Okafor is known to be a woman
    assert ents.resolve_pronoun("she", (1, 0)) == "Sarah Okafor"


def test_title_naming_a_body_still_leads_a_personal_name() -> None:
    s = "Harbour Board Chairman Omar Saleh"
    m = nm.mention_from_np(s, nm.tokenize(s), 0, len(nm.tokenize(s)))
    assert m is not None and (m.kind, m.name, m.role) == (
        "person", "Omar Saleh", "Harbour Board Chairman")


def test_appositive_runs_past_a_state_abbreviation() -> None:
    s = "Omar Saleh, R-Ky., delivered a message"
    toks = nm.tokenize(s)
    role, k = nm.appositive(s, toks, 2)
    assert role == "R-Ky." and toks[k][2] == ","


def test_pronoun_prefers_a_person_named_in_its_own_paragraph() -> None:
    ents = nm.Entities()
    ents.add("Tom Berg", (0, 0), "person", "m")
    ents.add("Alex Moreau", (3, 0), "person", None)
    assert ents.resolve_pronoun("his", (3, 40)) == "Alex Moreau"
    assert ents.resolve_pronoun("his", (5, 40)) == "Alex Moreau"  # now known to be male


def test_name_inside_an_organisation_name_is_not_a_person() -> None:
    ents = nm.Entities()
    nm.scan_people("She sued the Department of Public Safety and Secretary of State Jo Li.", 0,
                   ents)
    assert "safety" not in ents.by_last and "li" in ents.by_last


def test_sentence_opening_word_is_not_part_of_the_name() -> None:
    ents = nm.Entities()
    nm.scan_people("Despite Oren Halvard's warning, the vote went ahead.", 0, ents)
    nm.scan_people("Neither Petra Lindqvist nor her deputy would comment.", 1, ents)
    assert [e.name for e in ents.items] == ["Oren Halvard", "Petra Lindqvist"]


def test_opening_word_of_a_possessor_or_place_stays() -> None:
    ents = nm.Entities()
    nm.scan_people("North Dakota voters cheered. Media Watch’s Ida Brenner laughed.", 0, ents)
    assert all(not e.name.startswith(("Dakota", "Watch")) for e in ents.items)


def test_party_word_before_a_name_reads_as_a_title() -> None:
    ents = nm.Entities()
    nm.scan_people("The rally was led by Republican Tessa Marlow on Friday.", 0, ents)
    assert [e.name for e in ents.items] == ["Tessa Marlow"]


def test_capitalised_function_word_after_a_first_name_is_a_surname() -> None:
    toks = nm.tokenize("said Al From, who founded the group")
    m = nm.mention_from_np("said Al From, who founded the group", toks, 1, nm.np_forward(toks, 1))
    assert m is not None and m.name == "Al From"
