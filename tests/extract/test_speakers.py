"""Speakers of quotes: names, roles, pronouns and the many ways news attributes words.

Every article here is written for the test (never corpus text). The quotes are
found by :mod:`briefs.extract.quotes`; these tests check who
:mod:`briefs.extract.speakers` says spoke them.
"""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import one, quotes

# --------------------------------------------------------------- speakers ---


# One sentence, one quote, one speaker: the rule each case exercises is its id.
SPEAKER_CASES = [
    pytest.param(
        "In the 1990s, he turned one of his firms, Coastal Freight, into a giant. His former "
        "partner at Coastal, Lena Okafor, called him a master of the deal. “He closed deals "
        "other people could not.”",
        "Lena Okafor",
        id="the_subject_of_a_cue_is_looked_for_in_its_own_sentence"),
    pytest.param(
        "Guns are “the gravest public health crisis” and “stunt children’s growth,” Hal "
        "Moody, the former governor, told a cheering crowd.",
        "Hal Moody",
        id="coordinated_partial_quotes_share_the_cue_after_them"),
    pytest.param(
        "The timing of Ruiz’s surge doesn’t surprise Republican pollster Dana Ortiz: "
        "“Lesser-known candidates often get the biggest boost.”",
        "Dana Ortiz",
        id="a_full_name_ending_a_clause_before_a_colon_speaks"),
    pytest.param(
        "One superdelegate, Harbor County party chairwoman Mara Quist, pledged her vote to "
        "Hillary Ruiz recently in an effort to wrap up the primary election and allow Ruiz to "
        "focus on her race against presumptive general-election rival Tomas Albrecht.\n\n"
        "“We really need to bring a close to this primary process,” she said.",
        "Mara Quist",
        id="she_is_the_name_set_off_after_the_role_before"),
    pytest.param(
        "His former partner at Coastal Freight, Lena Okafor, called him a master of the "
        "deal. “He closed deals other people could not.”",
        "Lena Okafor",
        id="a_name_after_a_role_at_a_body_speaks_not_the_body"),
    pytest.param(
        "When Ruiz noted that Albrecht had paid no tax ― as was true for years ― Albrecht "
        "boasted, “That makes me smart.”",
        "Albrecht",
        id="a_dash_aside_ends_the_clause_of_an_earlier_cue"),
    pytest.param(
        "Harbour Democrats were vague. Sen. Jack Reed (D-R.I.), said after a lunch that "
        "he had not read the plan, but called it a “good start.”",
        "Jack Reed",
        id="party_tag_and_a_stray_comma_before_the_cue"),
    pytest.param(
        "“The recall covers all models sold since March,” the Transport Department said.",
        "Transport Department",
        id="organisation_as_speaker"),
    pytest.param(
        "The union leader Sara Quist rejected the offer on Tuesday, saying: "
        "“This does not even cover inflation.”",
        "Sara Quist",
        id="participle_cue_takes_clause_subject"),
    pytest.param(
        "Henrik Dahl praised the volunteers and said they had done “more than anyone could "
        "have asked.”",
        "Henrik Dahl",
        id="coordinated_cue_takes_clause_subject"),
    pytest.param(
        "Said Lena Moor, the union steward: “We will not sign this contract.”",
        "Lena Moor",
        id="capitalised_cue_opens_sentence"),
    pytest.param(
        "Victor Hale on Monday told reporters: “The vote will happen this week.”",
        "Victor Hale",
        id="time_words_between_subject_and_cue"),
    pytest.param(
        "Rep. Nina Castro (D-Ore.): “Who approved this contract, and when?”",
        "Nina Castro",
        id="speaker_label_before_colon"),
    pytest.param(
        "“We expected a longer delay,” Ruth Adler, who chairs the transit board, said.",
        "Ruth Adler",
        id="appositive_with_relative_clause_before_cue"),
    pytest.param(
        "Mayor Dana Reyes says the council's late-night tweets were “a distraction "
        "from the budget.”",
        "Dana Reyes",
        id="noun_use_of_cue_word_is_not_a_cue"),
    pytest.param(
        "“The numbers speak for themselves,” beamed Carla Nunez, the fund's manager.",
        "Carla Nunez",
        id="quote_then_unknown_verb_and_name"),
    pytest.param(
        "Hundreds marched through the port chanting “Keep our harbour open” at the gates, "
        "according to union leader Maria Olsen.",
        "Maria Olsen",
        id="according_to_at_the_end_of_the_sentence"),
    pytest.param(
        "The fact-checkers looked at Tom Berg’s claim that there were “thousands of jobs "
        "lost” at the port.",
        "Tom Berg",
        id="possessor_of_a_claim_is_the_speaker"),
    pytest.param(
        "Maria Olsen told reporters that Tom Berg’s comments were “deeply unfair to the "
        "workers.”",
        "Maria Olsen",
        id="judging_noun_does_not_make_its_possessor_the_speaker"),
    pytest.param(
        "“Harbour fees will rise,” said Tomas Berg of the Northern Shipping Research "
        "Institute.",
        "Tomas Berg (Northern Shipping Research Institute)",
        id="long_affiliation_is_shown_in_brackets"),
    pytest.param(
        "“The vote was rushed,” said Del. Maria Olsen.",
        "Maria Olsen",
        id="delegate_title_does_not_end_the_sentence"),
    pytest.param(
        "Maria Olsen, who has worked with Tom Berg since he left the port board in May, "
        "dismissed the plan as “a waste of public money.”",
        "Maria Olsen",
        id="relative_clause_after_the_subject_is_passed_over"),
    pytest.param(
        "Maria Olsen, a former harbour director and union organiser, mocked the plan on "
        "Monday, writing, “Nobody asked the dock workers.”",
        "Maria Olsen",
        id="appositive_after_the_subject_is_passed_over"),
    pytest.param(
        "The Harbour Monitor rated 30% of Republican claims as “mostly false” in its "
        "annual review.",
        "Harbour Monitor",
        id="plural_noun_after_an_adjective_is_not_a_cue"),
    pytest.param(
        "Attorney General Maria Olsen (D), Berg's opponent in the race, called for the "
        "records on Friday, saying that openness “is the only way forward.”",
        "Maria Olsen",
        id="possessive_appositive_after_the_subject_is_passed_over"),
    pytest.param(
        "Officials at the Harbour Authority, a branch of the city council, said the fees "
        "were “higher than anywhere on the coast.”",
        "Officials at the Harbour Authority",
        id="officials_at_an_agency_speak_as_a_group"),
    pytest.param(
        "Omar Saleh, the communications director for the Harbour Workers Union said in a "
        "statement that the fees were “a tax on the smallest boats.”",
        "Omar Saleh",
        id="appositive_left_open_before_the_verb"),
    pytest.param(
        "Olsen went after Berg on Wednesday over his refusal to publish the accounts, "
        "calling it “an insult to every taxpayer.”",
        "Olsen",
        id="preposition_after_a_subordinator_is_not_a_clause"),
    pytest.param(
        "Olsen, New Haven’s harbour master, repeated her charge that Berg had misled the "
        "board, calling him “a salesman with a clipboard.”",
        "Olsen",
        id="appositive_with_a_possessive_place_is_passed_over"),
    pytest.param(
        "Maria Olsen argued that the board had refused to call the closure a failure: "
        "“We lost a whole season.”",
        "Maria Olsen",
        id="infinitive_cue_gives_way_to_the_finite_one"),
    pytest.param(
        "Olsen was asked by host Tom Berg, who backs the plan, “Will the harbour reopen "
        "this year?”",
        "Tom Berg",
        id="passive_asked_by_gives_the_questioner"),
    pytest.param(
        "Maria Olsen said she is certain Berg will continue to be “a friend of the "
        "harbour.”",
        "Maria Olsen",
        id="cue_after_a_modal_gives_way_to_the_finite_one"),
    pytest.param(
        "The Harbour Authority on Friday condemned the closure and pledged to fight what it "
        "called “a reckless attack on the port.”",
        "Harbour Authority",
        id="it_is_the_body_the_sentence_is_about"),
    pytest.param(
        "Maria Olsen, adding “the numbers are clear,” said the board could still vote "
        "in May.",
        "Maria Olsen",
        id="said_then_a_clause_is_not_an_inverted_attribution"),
    pytest.param(
        "The mayor will call you a liar and the Harbour Board will accuse you of running "
        "“a campaign of fear.”",
        "Harbour Board",
        id="second_clause_after_and_has_its_own_subject"),
    pytest.param(
        "Omar Saleh, president of the Northern Shipping Institute, tied the fees to the "
        "closures, saying the rules had been “written for the biggest ships.”",
        "Omar Saleh",
        id="role_appositive_after_the_subject_is_passed_over"),
    pytest.param(
        "Critics point to Tom Berg's controversial pledge to be “neutral on the harbour” "
        "during the talks.",
        "Tom Berg",
        id="pledge_to_takes_its_possessor_as_speaker"),
    pytest.param(
        "“We will not reopen the pier,” the mayor said, according to a recording "
        "released by the Port Authority.",
        "Port Authority",
        id="according_to_a_document_names_the_body_behind_it"),
    pytest.param(
        "“The board is in a frenzy,” said one Harbour Party source on the panel.",
        "Harbour Party source",
        id="anonymous_source_keeps_its_head_noun"),
    pytest.param(
        "Nina Ortiz, a former aide to the mayor, said of Mr. Brandt: “He is a builder.”",
        "Nina Ortiz",
        id="said_of_someone_names_the_topic_not_the_speaker"),
    pytest.param(
        "But Tom Fitton, the head of Harbour Watch, a group that sued the port, said "
        "that “the damage is done.”",
        "Tom Fitton",
        id="a_leading_conjunction_is_no_part_of_the_subject_chunk"),
    pytest.param(
        "“We will win this county again,” said former Ohio Gov. and party chairman "
        "Tom Brandt.",
        "Tom Brandt",
        id="two_titles_joined_by_and_lead_one_name"),
    pytest.param(
        "Monday at Kent College in Dayton, OH, after winning the primary, Gov. Tom "
        "Brandt (R-OH), said, “We will win this county and much more today.”",
        "Tom Brandt",
        id="state_of_a_place_is_not_the_subject_after_it"),
    pytest.param(
        "It is odd that Tom Brandt would now denounce “open borders,” which he once backed.",
        "Tom Brandt",
        id="empty_it_gives_way_to_the_subject_after_that"),
    pytest.param(
        "POLLS ARE NOT WRONG, JUST EARLY - Lena Ostrow and Tom Brandt: “Although the polls "
        "call the result, the misfire traces to old issues.”",
        "Lena Ostrow and Tom Brandt",
        id="label_naming_two_authors_gives_both"),
    pytest.param(
        "The hearing was so calm that Mr. Brandt was prompted to say, ''So far, I cannot "
        "believe how civil it has been.''",
        "Brandt",
        id="infinitive_cue_is_spoken_by_the_name_before_its_verbs"),
    pytest.param(
        "Tom Brandt, president and CEO of Ohio Grocers Association stated, “It is not a "
        "political problem; it is a math problem.”",
        "Tom Brandt",
        id="open_appositive_through_of_describes_the_name_before_it"),
    pytest.param(
        "“It was his first attempt at a statement,” said his best friend at Kent, Tom "
        "Brandt, who remembered it well.",
        "Tom Brandt",
        id="possessed_role_before_a_full_name_gives_that_name"),
    pytest.param(
        "A former Ohio governor -- Tom Brandt, who lost the 2008 race to Ostrow -- said "
        "the mayor “offered no changes at all to the plan.”",
        "Tom Brandt",
        id="name_opening_an_aside_between_dashes_speaks"),
    pytest.param(
        "Mr. Brandt, citing ''the unique magic of the mayor,'' said the city could win.",
        "Brandt",
        id="citing_is_a_cue_of_the_name_before_it"),
    pytest.param(
        "Both men saw the vote as a sign of disarray, with Brandt noting the folly of "
        "sending “a few hundred clerks to do the job.”",
        "Brandt",
        id="name_after_with_does_the_ing_verb"),
    pytest.param(
        "Brandt says he was “kind of riding the fence” until Ostrow said she was backing "
        "the senator.",
        "Brandt",
        id="clause_after_the_quote_opened_by_until_is_not_its_attribution"),
    pytest.param(
        "''We looked at thousands of interviews, and nobody had any idea,'' Acme's chief "
        "human resources executive, Tom Brandt, told The Daily Ledger in 2013.",
        "Tom Brandt",
        id="the_one_told_is_never_the_speaker"),
    pytest.param(
        "MORALES: Well, she thinks this is an episode of “Family Feud.” It is not.",
        "MORALES",
        id="in_a_transcript_line_the_label_speaks_over_an_unnamed_pronoun"),
    pytest.param(
        "“The pumps failed twice,” said the harbour engineer known as Ravi, speaking for "
        "the first time.",
        "Ravi",
        id="a_description_known_as_a_name_gives_that_name"),
    pytest.param(
        "''Nobody listens to the tenants!'' wrote a man calling himself Tom Brandt.",
        "Tom Brandt",
        id="a_description_calling_itself_a_name_gives_that_name"),
    pytest.param(
        "“It is over,” said a retired harbour engineer named Lena Okafor.",
        "Lena Okafor",
        id="a_description_named_a_name_gives_that_name"),
    pytest.param(
        "The Harbour Trust advocates a list of rules to stop loopholes that allow companies "
        "to tell ''the port one thing and the city another.''",
        "Harbour Trust",
        id="a_plural_that_is_also_a_verb_is_the_verb"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_CASES)
def test_one_sentence_gives_its_speaker(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


def test_a_described_speaker_after_the_cue_is_not_the_last_named_one() -> None:
    # "said the fire chief": plain nouns before a role noun still describe the speaker;
    # the quote must not fall back to the person quoted before
    found = quotes(
        "“We will rebuild the pier,” said Maria Olsen, the port director.",
        "“The pumps failed twice,” said the harbour fire chief.",
    )
    assert [(q.speaker, q.role) for q in found] == [
        ("Maria Olsen", "the port director"), (None, "harbour fire chief")]


def test_a_plural_role_noun_heads_the_subject_of_the_cue() -> None:
    # "engineers" is a person noun like "engineer": the cue's own subject, not "Leaks"
    q = one("Leaks are so common in the tunnel that harbour engineers described the walls "
            "as ''a sieve.''")
    assert (q.speaker, q.role) == (None, "engineers")


def test_an_honorific_before_the_name_leaves_no_opener_as_role() -> None:
    found = quotes(
        "Perhaps Mr. Brandt's most surprising claim was that the pier had ''no pumps at all.''",
        "“We will see,” former harbour director Mr. Brandt said.",
    )
    assert [(q.speaker, q.role) for q in found] == [
        ("Brandt", None), ("Brandt", "former harbour director")]


def test_a_pronoun_with_a_verb_run_on_is_never_a_speaker_name() -> None:
    found = quotes("I'm old enough to remember the mayor calling the pier ''a sieve.''",
                   "They’re calling it ''a disaster.''")
    assert [q.speaker for q in found] == [None, None]


def test_a_preposition_opening_the_sentence_is_never_a_speaker() -> None:
    q = one("Across town, ''shouting from the rooftops'' for the pier, stands the ferry crew.")
    assert q.speaker is None


@pytest.mark.parametrize("name", ["Doctors Without Borders", "Mothers Against Drunk Driving",
                                  "Inside Edition"])
def test_a_preposition_inside_a_capitalised_name_stays_in_it(name: str) -> None:
    assert one(f"“We need access,” {name} said in a statement.").speaker == name


@pytest.mark.parametrize("text", [
    "“Reporters are at risk,” the Committee to Protect Journalists said.",
    "The Committee to Protect Journalists said reporters were ''at risk.''",
])
def test_to_inside_the_name_of_a_body_keeps_it_whole(text: str) -> None:
    assert one(text).speaker == "Committee to Protect Journalists"


def test_to_between_two_names_keeps_them_apart() -> None:
    q = one("Aides carried the memo from Clinton to Obama. “It is over,” Obama said.")
    assert q.speaker == "Obama"


@pytest.mark.parametrize("dash", ["--", "-", "—"])
def test_a_dateline_before_a_dash_is_not_part_of_the_role(dash: str) -> None:
    q = one(f"DOVER {dash} Mayor Jo Li, opening the pier on Saturday, said it would bring "
            "''a summer of ferries.''")
    assert (q.speaker, q.role) == ("Jo Li", "Mayor")


def test_a_title_quoted_in_the_appositive_of_as_x_put_it_is_not_the_quote() -> None:
    q = one("As Lena Okafor, author of “Tides,” put it, “A harbour is only as good as its "
            "pumps.”")
    assert q.text == "A harbour is only as good as its pumps."


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


def test_the_state_after_a_home_town_is_no_role() -> None:
    assert one("“We will act,” said Mary Lou Tate of Dayton, Ohio.").role is None
    q = one("“We will act,” said Mary Lou Tate of Dayton, Ohio, a retired nurse.")
    assert (q.speaker, q.role) == ("Mary Lou Tate of Dayton", "a retired nurse")
    assert one("“We will act,” said Mary Lou Tate of Dayton, Ohio").role is None
    assert one("“We will act,” said Mary Lou Tate").speaker == "Mary Lou Tate"


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


def test_unnamed_spokeswoman_speaks_for_her_body_with_the_whole_role() -> None:
    q = one("“The vote will go ahead,” said a spokeswoman for the Harbour Authority.")
    assert q.speaker == "Harbour Authority"
    assert q.role == "spokeswoman for the Harbour Authority"


def test_writer_for_a_publication_is_the_speaker() -> None:
    q = one("“The race has barely moved,” wrote Tomas Leland for Civic Ledger.")
    assert q.speaker == "Tomas Leland"
    assert q.role == "for Civic Ledger"


def test_it_goes_on_with_the_body_quoted_just_before() -> None:
    found = quotes(
        "“The port will close at noon,” the Harbour Gazette reported.\n\n"
        "“Ferries will run until then,” it added.",
        "“The vote is on Friday,” said Mara Quill.\n\n“Nothing will change,” it added.",
    )
    assert [q.speaker for q in found] == ["Harbour Gazette", "Harbour Gazette", "Mara Quill",
                                          None]


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


def test_speaker_of_previous_quote_carries_to_next_paragraph() -> None:
    found = quotes(
        "“We will rebuild the pier,” said Hugo Lind, the harbour master.",
        "“It will take time, and it will take money, but it will be done.”",
    )
    assert [q.speaker for q in found] == ["Hugo Lind", "Hugo Lind"]


def test_dash_byline_after_quote() -> None:
    found = quotes("“The new park changed my street.” ― Hanna Berg “I walk there every "
                   "morning now.” ― Piet Vos")
    assert [q.speaker for q in found] == ["Hanna Berg", "Piet Vos"]


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


def test_legislator_keeps_the_state_they_represent() -> None:
    found = quotes(
        "“We will not stop,” said Rep. Anna Kowalski of Vermont.",
        "“It is wrong,” Kowalski said.",
    )
    assert [q.speaker for q in found] == ["Anna Kowalski of Vermont"] * 2
    assert found[0].role == "Rep."


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


def test_possessed_noun_then_named_appositive_speaks() -> None:
    found = quotes("“The harbour is ours!” Berg's niece, Maria Olsen, shouted to the crowd.")
    assert found[0].speaker == "Maria Olsen"


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


def test_name_in_an_introductory_phrase_is_not_the_subject() -> None:
    q = one("In an interview with hosts Tom Berg and Maria Olsen, the harbour master stated "
            "that the fees were “a tax on the smallest boats.”")
    assert q.speaker not in ("Maria Olsen", "Tom Berg")


def test_possessive_before_and_noun_of_saying_after_the_quote() -> None:
    found = quotes("Tom Berg said the plan was sound. Maria Olsen’s “harbour of shame” comment "
                   "was nearly as harsh as his.")
    assert found[-1].speaker == "Maria Olsen"


def test_unnamed_subject_with_a_relative_clause_then_the_cue() -> None:
    q = one("A Harbour Board adviser, who spoke on condition of anonymity, said of the "
            "mayor, “She has run out of patience.”")
    assert q.mention == "Harbour Board adviser"


def test_according_to_an_unnamed_one_then_a_speaking_clause_gives_the_speaker() -> None:
    q = one("According to one council aide, spokesman Omar Saleh said on Friday "
            "that “the vote is final.”")
    assert (q.speaker, q.role, q.cue) == ("Omar Saleh", "spokesman", "said")


def test_nested_attribution_is_keyed_on_the_outer_named_source() -> None:
    before = one("According to the Harbour Gazette, council spokesman Omar Saleh said on "
                 "Friday that “the vote is final.”")
    after = one("“The vote is final,” Omar Saleh said on Friday, according to the "
                "Harbour Gazette.")
    assert before.speaker == after.speaker == "Harbour Gazette"
    assert after.role == "reporting Omar Saleh"  # whose words they are is kept for the reader


def test_according_to_a_body_then_a_clause_keeps_the_body() -> None:
    q = one("According to the Harbour Gazette, Mayor Ruiz’s spokesman Omar Saleh said that "
            "“the vote is final.”")
    assert (q.speaker, q.role) == ("Harbour Gazette", "reporting Omar Saleh")


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


def test_asides_between_the_name_and_its_cue_are_passed_over() -> None:
    found = quotes(
        "“The pier stays shut,” Ina Marsh, 41, of Dover, Del., who runs the ferry, said on "
        "Monday.",
        "“We will see,” Hollis, after a long pause, said of Brandt.",
    )
    assert [q.speaker for q in found] == ["Ina Marsh", "Hollis"]


def test_a_report_after_the_attribution_is_the_outer_source() -> None:
    found = quotes(
        "“The ferry is late again,” said Ina Marsh, a commuter, reports the Harbour Gazette.",
        "“We will fix it,” Tom Reed said in a statement according to the Coastal Times.",
    )
    assert [q.speaker for q in found] == ["Harbour Gazette", "Coastal Times"]


def test_a_dash_signature_paragraph_names_the_quote_above_it() -> None:
    found = quotes(
        "Voices from the harbour meeting:",
        "“The whole plan needs to stop before the boats are gone.”",
        "— Ina Marsh, Dover.",
        "“We will keep the ferry running all winter.”",
        "-Tom Reed",
    )
    assert [q.speaker for q in found] == ["Ina Marsh", "Tom Reed"]


def test_a_pronoun_after_a_comma_is_not_replaced_by_an_earlier_name() -> None:
    found = quotes(
        "Mayor Tom Reed spoke at the pier on Monday.",
        "If Brandt wins the vote, he said, “the ferry will stop for good.”",
    )
    assert found[0].speaker == "Tom Reed"


def test_a_reply_by_someone_else_is_not_joined_to_the_quote_before() -> None:
    found = quotes("“Look at the boats,” Reed said. Brandt replied, “They will sail again.”")
    assert [q.speaker for q in found] == ["Reed", "Brandt"]


def test_a_quote_inside_what_someone_reports_is_keyed_on_the_reporter() -> None:
    found = quotes(
        "Councillor Nina Ortiz said Brandt called the plan “a gift to the developers.”",
        "After Ortiz said so, Brandt called the plan “a lifeline.”",
    )
    assert [q.speaker for q in found] == ["Nina Ortiz", "Brandt"]


def test_state_after_the_home_town_belongs_to_the_speaker() -> None:
    q = one("Lena Ostrow of Dayton, Ohio says the mayor can win if he keeps “doing what "
            "works for the town.”")
    assert q.speaker is not None and "Ostrow" in q.speaker


def test_sentence_opening_preposition_is_never_the_speaker() -> None:
    q = one("Amid rising anger, voters in the valley want “a real change at the top” soon.")
    assert q.speaker is None or "Amid" not in q.speaker


def test_pronoun_takes_the_subject_of_its_own_sentence() -> None:
    found = quotes("Mayor Tom Brandt went after Sam Cole at the debate, when he called his "
                   "rival “a reckless man.”")
    assert found[0].speaker == "Tom Brandt"


def test_pronoun_opening_a_sentence_takes_the_last_subject_outside_quotes() -> None:
    found = quotes("Lena Ostrow sued Mayor Ana Reyes on Monday. “We are seeking an order against "
                   "the city today.” She said the city had ignored every letter.")
    assert found[0].speaker == "Lena Ostrow"


def test_aside_left_open_ends_at_the_cue_after_a_name() -> None:
    found = quotes("\"This new ad raises new questions about the mayor,\" Lena Ostrow, who is "
                   "chairman of Our Principles Fund said in a statement on Monday.")
    assert found[0].speaker == "Lena Ostrow"


def test_pronoun_takes_the_main_clause_subject_after_a_leading_clause() -> None:
    found = quotes("When Ana Reyes, in a debate in 1990, attacked her, Lena Ostrow replied that "
                   "she was glad, because, she said, it showed how ''intemperate and angry'' "
                   "her critics were.")
    assert found[0].speaker == "Lena Ostrow"


def test_cue_with_a_clause_of_its_own_does_not_take_the_quote_before_it() -> None:
    found = quotes("As Brandt claimed on Tuesday that “the general got in trouble for far less,” "
                   "a lawyer for Ana Reyes said the two cases were quite different.")
    assert found[0].speaker == "Brandt"


def test_a_quote_opening_its_paragraph_goes_on_with_the_subject_before() -> None:
    found = quotes(
        "In a radio interview, Ruth Amsel said she had doubts about the navy under "
        "Admiral Joan Kroon at the time.",
        "“Now that I am retired,” she told the host, “I can say the cuts hurt us.”",
        "In the same interview, Tom Varga said he served under Mayor Carl Holm for years.",
        "“It was a hard decade,” he said.",
    )
    assert [q.speaker for q in found] == ["Ruth Amsel", "Tom Varga"]


def test_an_imperative_opening_the_sentence_is_no_speaker() -> None:
    from briefs.extract import names as nm
    from briefs.extract.speakers import _clause_subject

    for seg, who in (("Check out the trailer for the documentary ", None),
                     ("Lena Okafor labeled the plan ", "Lena Okafor")):
        att = _clause_subject(seg, nm.tokenize(seg))
        assert (att.mention.name if att else None) == who


def test_a_phrase_opening_with_a_preposition_after_a_quote_names_no_speaker() -> None:
    found = quotes("Given his past vow to keep so-called “rapists” out of the U.S., it’s "
                   "safe to say he means the border.")
    assert all(q.speaker != "U.S." for q in found)


@pytest.mark.parametrize("text", [
    "Get the newsletter! Just click here, enter your name, and click “sign me up.” That is all.",
    "Even before Ana Reyes spoke, her campaign texted supporters: “We won the state.”",
    "Press the button marked “go.” That’s all there is to it.",
])
def test_a_function_word_opening_a_sentence_is_no_speaker(text: str) -> None:
    found = quotes(text)
    assert found and all(q.speaker not in ("Just", "Even", "That") for q in found)


def test_one_who_was_asked_a_question_does_not_speak_the_next_quote() -> None:
    found = quotes(
        "Ana Reyes was asked a plain question about the port strike.",
        "“Many say the strike is over,” the moderator said. “How do you answer them?”",
    )
    assert found and all(q.speaker != "Ana Reyes" for q in found)
    assert (found[0].speaker, found[0].mention) == (None, "moderator")


def test_the_title_alone_goes_to_the_person_last_named_with_it() -> None:
    found = quotes(
        "Mayor Lena Ostrow of Harbor City met Sen. Tom Berg and Sen. Ana Reyes on Monday.",
        "“The port stays open,” the mayor said.",
        "“We agree,” the senator said.",
    )
    assert [q.speaker for q in found] == ["Lena Ostrow", None]  # two senators: unsure
