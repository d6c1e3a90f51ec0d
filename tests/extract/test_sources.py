"""Sources: people, organisations, documents, the syndicator, anonymous sourcing.

Every article here is written for the test (never corpus text); the seed test
compares the bundled sample with ../shared/gold/seed-brief.json when it exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.article import Article
from briefs.extract.mentions import after_role, chunks, strip_titles, tokenize
from briefs.extract.organisations import acronyms, is_organisation
from briefs.extract.quotes import extract_quotes
from briefs.extract.sources import extract_sources
from briefs.models import Source
from briefs.pipeline import build_brief
from briefs.readers import read
from briefs.text import clean

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLE = Path(__file__).resolve().parents[2] / "briefs" / "data" / "sample.txt"


def sources(body: str, title: str = "A headline about the council budget") -> list[Source]:
    doc = clean(Article(text=f"{title}\n\n{body}"))
    return extract_sources(doc, extract_quotes(doc))


def named(body: str, **kw: str) -> dict[str, Source]:
    return {s.name: s for s in sources(body, **kw)}


def kinds(body: str) -> dict[str, str]:
    return {s.name: s.kind for s in sources(body)}


def by_kind(found: list[Source], kind: str) -> list[str]:
    return [s.name for s in found if s.kind == kind]


# ------------------------------------------------------------ name chunks ---


def test_chunks_keep_initials_particles_and_acronyms() -> None:
    text = "Sen. Maria de la Cruz and P.J. Hollings met the Bureau of Land Management (BLM)."
    toks = tokenize(text)
    found = [text[c.start:c.end] for c in chunks(toks)]
    assert found == ["Sen. Maria de la Cruz", "P.J. Hollings", "Bureau of Land Management",
                     "BLM"]
    first = chunks(toks)[0]
    assert toks[strip_titles(toks, first.i, first.j)][0] == "Maria"


def test_a_body_of_a_field_with_and_stays_whole_but_two_names_split() -> None:
    text = ("staff at the Center for Rural and Coastal Studies and the Office of Water and "
            "Budget met the University of Eastvale and Harlow Mendes.")
    found = [text[c.start:c.end] for c in chunks(tokenize(text))]
    assert found == ["Center for Rural and Coastal Studies", "Office of Water and Budget",
                     "University of Eastvale", "Harlow Mendes"]


def test_person_of_organisation_splits_but_organisation_of_place_stays() -> None:
    text = "Carla Mendes Ruiz of Northwind told the University of Eastvale nothing."
    found = [text[c.start:c.end] for c in chunks(tokenize(text))]
    assert found == ["Carla Mendes Ruiz", "Northwind", "University of Eastvale"]


def test_acronym_definitions_and_organisation_names() -> None:
    paras = ["A report by the Office of Rural Water (ORW) came out.", "The (NEW) label."]
    assert acronyms(paras) == {"ORW": "Office of Rural Water (ORW)"}
    assert is_organisation("Office of Rural Water (ORW)")
    assert is_organisation("Eastvale Gazette")
    assert not is_organisation("Tomas Albrecht")
    assert is_organisation("Reuters") and is_organisation("Gallup")  # no head word, well known


# ------------------------------------------------------- indirect sources ---


def test_said_that_and_according_to() -> None:
    found = named(
        "Mayor Lena Okafor said that the bridge would reopen in May. The repairs cost "
        "more than planned, according to Raymond Holt, the city engineer."
    )
    assert found["Lena Okafor"].kind == "person"
    assert found["Lena Okafor"].evidence == ["Mayor Lena Okafor said"]
    assert found["Raymond Holt"].evidence == ["according to Raymond Holt"]


def test_as_reported_by_always_names_a_source() -> None:
    from briefs.extract.attribution import candidates

    doc = clean(Article(text="Harbour news\n\nThe pier will close, as reported by Coastal "
                             "Weekly. The pier was built by Ames Holt in 1901."))
    explicit = {c.chunk.key: c.explicit for c in candidates(doc)}
    assert explicit["weekly"] and not explicit["holt"]


def test_told_and_reports() -> None:
    found = named(
        "Priya Natarajan told reporters the vote was close. The Eastvale Gazette reports "
        "that two members abstained."
    )
    assert "Priya Natarajan" in found
    assert found["Eastvale Gazette"].kind == "organization"


def test_speech_verbs_the_quote_speakers_know_also_cue_sources() -> None:
    found = named("Nell Voss was quoted as saying the deal was off. Ravi Mehta quipped that "
                  "the budget was fiction.")
    assert {"Nell Voss", "Ravi Mehta"} <= set(found)


def test_positions_critical_of_and_called_for() -> None:
    found = named(
        "Councilwoman Ada Brightwater has been critical of the plan for months. "
        "Ben Osei called for a second vote on Monday."
    )
    assert {"Ada Brightwater", "Ben Osei"} <= set(found)


def test_names_that_are_not_sources_are_left_out() -> None:
    found = named(
        "The bridge over the Alder River was built in 1931 by the Harlow Steel Company. "
        "Traffic from Springfield now uses the ferry, which runs hourly."
    )
    assert found == {}


# ------------------------------------------------------ quoted people ---


def test_quoted_person_with_cue_clause_as_evidence() -> None:
    found = named(
        "“We will not raise fares this year,” said Dana Whitfield, the transit director. "
        "“Riders have carried enough.”"
    )
    src = found["Dana Whitfield"]
    assert src.kind == "person"
    assert src.evidence == ["said Dana Whitfield, the transit director"]
    assert src.spans[0].paragraph == 0


def test_short_form_joins_the_full_name_and_counts_mentions() -> None:
    found = sources(
        "Transit director Dana Whitfield said fares would stay flat.\n\n"
        "Whitfield said the budget was tight. Whitfield added that buses were old."
    )
    people = [s for s in found if s.name == "Dana Whitfield"]
    assert len(people) == 1
    assert people[0].mentions == len(people[0].evidence) == 3


# ------------------------------------------------ organisations, acronyms ---


@pytest.mark.parametrize(("body", "name"), [
    ("The Office of Rural Water (ORW) said wells were drying up.\n\n"
     "The ORW said it would ration supplies in July.", "Office of Rural Water (ORW)"),
    # a body named with "to" is one name up to its acronym
    ("The Alliance to Save Our Harbour (ASOH) said about 200 parents marched.\n\n"
     "ASOH said it would march again in July.", "Alliance to Save Our Harbour (ASOH)"),
])
def test_acronym_merges_with_its_definition(body: str, name: str) -> None:
    orgs = [s for s in sources(body) if s.kind == "organization"]
    assert [s.name for s in orgs] == [name]
    assert orgs[0].mentions == 2


def test_organisation_as_speaker() -> None:
    found = named("The Eastvale Transit Authority said the line would close early.")
    assert found["Eastvale Transit Authority"].kind == "organization"


# ------------------------------------------------------------ documents ---


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rents rose sharply, according to a Harbor Housing Trust report.",
         "Harbor Housing Trust report"),
        ("The firm denied wrongdoing, according to a court filing.", "court filing"),
        ("Turnout fell, according to the poll.", "poll"),
        ("The plant will close, according to a press release.", "press release"),
        ("The agency said in a statement that the plant would close.", "statement"),
        ("The pilot described the landing in an interview.", "interview"),
        ("Rents rose, according to a Harbor Trust survey released Monday.",
         "Harbor Trust survey released Monday"),
    ],
)
def test_documents_cited(sentence: str, name: str) -> None:
    assert name in by_kind(sources(sentence), "document")


def test_a_documents_issuer_leaves_out_the_words_describing_the_document() -> None:
    found = sources("Rents rose, according to a new Harbor Trust national poll.")
    assert by_kind(found, "organization") == ["Harbor Trust"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A Harbor Trust poll released Monday found that rents rose.",
         "Harbor Trust poll released Monday"),
        ("The report published on Tuesday showed a drop in arrests.",
         "report published on Tuesday"),
        ("Rents rose. A Coastal Ledger survey in March found the same.",
         "Coastal Ledger survey in March"),
        ("The latest Harbor Trust opinion poll released Friday shows rents rising.",
         "Harbor Trust opinion poll released Friday"),
    ],
)
def test_a_dated_document_that_finds_something_is_a_source(sentence: str, name: str) -> None:
    found = sources(sentence)
    assert name in by_kind(found, "document")


def test_an_undated_or_silent_document_is_not_made_a_subject_source() -> None:
    assert by_kind(sources("The report released Monday was long."), "document") == []
    assert by_kind(sources("He read a report about the harbour."), "document") == []


def test_later_mentions_of_a_document_join_it_and_its_issuer_is_an_organisation() -> None:
    found = sources(
        "Crime fell, according to a Monday Office of Rural Water (ORW) press release.\n\n"
        "Arrests also fell, according to the press release."
    )
    docs = [s for s in found if s.kind == "document"]
    assert [d.name for d in docs] == ["Office of Rural Water (ORW) press release"]
    assert docs[0].mentions == 2
    assert "Office of Rural Water (ORW)" in by_kind(found, "organization")


# ------------------------------------------------------------ anonymous ---


def test_anonymous_sourcing() -> None:
    found = sources(
        "Senior officials said the talks had stalled. A person familiar with the matter "
        "said a deal was still possible. Two sources told reporters the same."
    )
    anon = by_kind(found, "anonymous")
    assert "Senior officials" in anon  # named as written, as the sentence opened
    assert "a person familiar with the matter" in [a.lower() for a in anon]
    assert any("sources" in a for a in anon)


def test_a_group_named_by_a_plural_is_anonymous_but_a_person_stays_a_person() -> None:
    found = {s.name: s.kind for s in sources(
        "Harborians say the bridge toll is too high. Democrats argued the toll was fair.\n\n"
        "Mr. Summers said the toll was fair. Jo Rivers told reporters it was not.\n\n"
        "Rivers said she would appeal."
    )}
    assert found.get("Harborians") == "anonymous" and found.get("Democrats") == "anonymous"
    assert found.get("Summers") == "person" and found.get("Jo Rivers") == "person"


# ----------------------------------------------------------- syndicator ---


def test_syndicator_from_credit_and_licensing_line_not_the_outlet() -> None:
    text = (
        "Council Votes on Budget – The Eastvale Post\n\n"
        "The council approved the budget on Tuesday, the Eastvale Post learned.\n\n"
        "Copyright 2024 Harbor Wire Service\n\n"
        "Content created by Harbor Wire Service is available without charge to any "
        "eligible news publisher that can provide a large audience."
    )
    doc = clean(Article(text=text))
    found = extract_sources(doc, [])
    assert doc.outlet == "The Eastvale Post"
    pubs = [s for s in found if s.kind == "publication"]
    assert [p.name for p in pubs] == ["Harbor Wire Service"]
    assert pubs[0].mentions == 2
    assert pubs[0].evidence[1].endswith("eligible news publisher")
    assert "Eastvale Post" not in {s.name for s in found}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("EASTVALE (Reuters) - The council approved the budget.", "Reuters"),
        ("The council approved the budget.\n\n— The Associated Press", "Associated Press"),
        ("The council approved the budget.\n\nThis article originally appeared on "
         "Harbor Wire Service.", "Harbor Wire Service"),
    ],
)
def test_wire_and_republished_from(body: str, name: str) -> None:
    assert name in by_kind(sources(body), "publication")


# ----------------------------------------------------- order and shape ---


def test_reading_order_and_each_source_once() -> None:
    found = sources(
        "Ben Osei said the plan was late. According to a city report, costs doubled. "
        "Officials said more money was needed. Ben Osei said he agreed."
    )
    names = [s.name for s in found]
    assert names[:2] == ["Ben Osei", "city report"]
    assert by_kind(found, "anonymous") == ["Officials"]
    assert len(names) == len(set(names))
    for s in found:
        assert s.mentions == len(s.evidence)


_PIECES = [*'Ab .,;:()"“”‘’\'—\n', " said ", " Mr. ", " according to the ", " (ABC) ", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=120).map("".join))
def test_any_text_gives_sources_in_order(text: str) -> None:
    found = sources(text)
    for s in found:
        assert s.mentions == len(s.evidence) >= 1
        assert len(s.spans) <= len(s.evidence)
    assert len({(s.kind, s.name) for s in found}) == len(found)


def test_hostile_text_does_not_break_extraction() -> None:
    junk = "“" * 500 + "A" * 2000 + " (" * 300 + " said " * 200 + "1" * 1000
    assert isinstance(sources(junk), list)


# ------------------------------------------------------------------ seed ---


def test_seed_sources_match_gold() -> None:
    gold_path = SHARED / "gold" / "seed-brief.json"
    if not gold_path.exists():
        pytest.skip("../shared is not beside the project")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["sources"]
    brief = build_brief(next(read(str(SAMPLE))))
    got = [(s.name, s.kind, s.mentions, s.evidence) for s in brief.sources]
    want = [(s["name"], s["kind"], s["mentions"], s["evidence"]) for s in gold]
    assert got == want


# ------------------------------------------------ shapes seen in wire copy ---


def test_company_suffix_makes_an_organisation_and_keys_on_the_name() -> None:
    found = named(
        "Shares of Northwind Inc fell on Monday. Northwind did not respond to a request "
        "for comment, and Northwind said later that sales were strong."
    )
    assert found["Northwind"].kind == "organization"


def test_acronym_after_the_name_does_not_hide_the_cue() -> None:
    found = named("The Office of Rural Water (ORW) said wells were drying up.")
    assert found["Office of Rural Water (ORW)"].evidence == [
        "The Office of Rural Water (ORW) said"]


def test_titles_are_not_part_of_the_name() -> None:
    found = named("Chief Executive Mara Lindqvist said demand was strong.")
    assert "Mara Lindqvist" in found


def test_apposition_and_auxiliary_before_the_cue() -> None:
    found = named(
        "Dr Ines Marlow, a member of the water board, has argued for higher tariffs."
    )
    assert found["Ines Marlow"].evidence == [
        "Dr Ines Marlow, a member of the water board, has argued"]


def test_unnamed_groups_and_spokespeople_are_anonymous() -> None:
    found = sources(
        "Critics say the tariff is unfair. A Treasury spokesperson said the plan stands. "
        "Rates will fall, economists said."
    )
    anon = by_kind(found, "anonymous")
    assert {"Critics", "A Treasury spokesperson", "economists"} <= set(anon)
    assert "Treasury" not in {s.name for s in found}


def test_a_named_persons_aides_are_one_unnamed_source() -> None:
    found = sources("Mrs. Okafor's aides said the plan was sound.")
    assert [(s.name, s.kind) for s in found] == [("Mrs. Okafor's aides", "anonymous")]


def test_affiliation_in_a_quoted_speakers_role_is_not_a_source() -> None:
    found = named(
        "“Prices are easing,” said Tomas Albrecht, the chief economist at Harbor Bank."
    )
    assert "Tomas Albrecht" in found
    assert "Harbor Bank" not in found


def test_a_spokesperson_set_off_after_the_role_speaks_for_the_body() -> None:
    found = named(
        "“The port will reopen,” the Harbor Authority spokeswoman, Lena Fisk, said on Monday."
        "\n\n“Nothing was missed,” the F.B.I. director, Jon Marr, said."
    )
    assert found["Harbor Authority"].kind == "organization"
    assert found["F.B.I."].kind == "organization"
    assert found["Lena Fisk"].kind == "person" and found["Jon Marr"].kind == "person"


def test_a_person_named_in_a_role_is_not_made_a_body() -> None:
    found = named("“We disagree,” Ms. Okafor’s spokesman, Dan Lee, said.")
    assert "Dan Lee" in found
    assert all(s.kind != "organization" for s in found.values())


# ------------------------------------------------------------ the model ---


def test_model_file_holds_only_generic_features() -> None:
    """Weights name context words that are common English (or cue words), shapes and
    suffixes — never rare strings lifted from the training articles."""
    from briefs.extract import attribution

    weights, vocab, threshold = attribution.model()
    assert weights and 0.0 < threshold < 1.0
    special = {"<s>", "</s>", "CAP", "C", "NUM", "NAME", "None", "True", "False", "3-5", "6+",
               "4+"}
    for name in weights:
        _, _, value = name.partition("=")
        if not value:
            continue
        for part in value.split("_"):
            assert (part in vocab or part in attribution.ALL_CUES or part in special
                    or part.startswith("~") or not part[:1].isalnum()
                    or len(part) <= 2), name


def test_coordinated_names_share_the_cue() -> None:
    found = named("Lena Okafor and Ben Osei said the plan was late.")
    assert {"Lena Okafor", "Ben Osei"} <= set(found)


def test_interview_cited_before_the_cue() -> None:
    found = sources("In an interview with a local paper, Ben Osei said he would run again.")
    assert "interview" in by_kind(found, "document")
    assert "Ben Osei" in {s.name for s in found}


def test_throwing_her_weight_behind() -> None:
    found = named("Lena Okafor, a Democrat, has been throwing her weight behind the plan.")
    assert found["Lena Okafor"].evidence == [
        "Lena Okafor, a Democrat, has been throwing"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Senate Majority Leader Mira Castell", "Mira Castell"),
        ("Secretary of State Jon Arden", "Jon Arden"),
        ("Secretary of the Treasury Ana Voss", "Ana Voss"),
        ("Justice Department", "Justice Department"),
        ("Department of Rural Water", "Department of Rural Water"),
        ("Catherine de Morlaix", "Catherine de Morlaix"),
    ],
)
def test_role_before_a_name_is_not_part_of_it(written: str, name: str) -> None:
    toks = tokenize(written)
    assert written[toks[after_role(toks, 0, len(toks))][1]:] == name


# ------------------------------------------------------ the key model ---


def test_key_model_file_holds_only_feature_names() -> None:
    """The key model weighs key-level signals only: no word of any article."""
    import re

    from briefs.extract import attribution

    weights, threshold = attribution.key_model()
    assert weights and 0.0 < threshold < 1.0
    parts = {"kb", "kmax", "kmax2", "kn", "kpass", "kinq", "kplace", "kmod", "kexplicit",
             "ktitle", "kposs", "khead", "kmulti", "korg", "kperson", "kcommon", "ktop",
             "kgeo", "kadj", "knor", "kpara", "none", "some", "all", "lo", "mid", "hi"}
    for name in weights:
        words = set(re.findall(r"[a-z][a-z0-9]*", name))
        assert words <= parts, name


def _key_feats(body: str, key: str) -> list[str]:
    from briefs.extract import attribution

    doc = clean(Article(text=f"A headline about the council budget\n\n{body}"))
    mentions = [c for c in attribution.scored_candidates(doc) if c.chunk.key == key]
    return attribution.key_features(mentions, [False] * len(mentions), key, False, False,
                                    False)


def _mention_feats(body: str, key: str) -> list[str]:
    from briefs.extract import attribution

    doc = clean(Article(text=f"A headline about the council budget\n\n{body}"))
    return next(c.features for c in attribution.candidates(doc) if c.chunk.key == key)


def test_a_body_named_with_to_is_an_organisation() -> None:
    found = named("The Committee to Protect Journalists said reporters were at risk.")
    assert found["Committee to Protect Journalists"].kind == "organization"


def test_a_passive_subject_is_told_about_but_quoted_as_saying_speaks() -> None:
    assert "passive" in _mention_feats("Voss was arrested on Monday.", "voss")
    assert "passivecue" in _mention_feats("Roof is accused of lying to the council.", "roof")
    said = _mention_feats("Nell Voss was quoted as saying the deal was off.", "voss")
    assert not {"passive", "passivecue"} & set(said)


def test_key_features_tell_places_modifiers_and_titles() -> None:
    place = _key_feats("Farms in Ohio grew. Prices across Ohio rose.", "ohio")
    assert "kplace=all" in place and "kgeo" in place and "kn=2" in place
    adjective = _key_feats("Eastvalian farmers sold corn. Eastvalian mills bought it.",
                           "eastvalian")
    assert "kmod=all" in adjective and "kadj" in adjective
    person = _key_feats("Sen. Mira Castell voted. Castell said nothing.", "castell")
    assert "ktitle" in person and "kmulti" in person and "kplace=none" in person


def test_base_form_cue_after_a_plural_subject() -> None:
    found = named("Harbor Bank economists note that rates have peaked.")
    assert found["Harbor Bank"].evidence == ["Harbor Bank economists note"]


def test_every_attributing_mention_of_a_key_is_evidence() -> None:
    found = named("Ben Osei did not respond. Osei has long argued that the plant should "
                  "close, and Osei repeated it on Monday.")
    assert found["Ben Osei"].evidence[1:] == ["Osei has long argued", "Osei repeated it on Monday"]


def test_names_only_in_places_and_actions_are_not_sources() -> None:
    assert named("The plan was drafted in Ohio and signed in Ohio by the governor of Ohio. "
                 "The Eastvale Gazette hired 20 reporters last year.") == {}


def test_a_date_before_a_document_is_no_issuer() -> None:
    found = sources("In a July interview with a radio host, Ben Osei said he would run. "
                    "The river had risen, according to a Sept. 12 report.")
    names = {s.name for s in found}
    assert "July" not in names and "Sept" not in names
    assert {"interview", "report"} <= set(by_kind(found, "document"))


def test_a_document_name_stops_at_the_sentence_start() -> None:
    found = sources("They met in the summer. In an AP interview, Ben Osei said he would run.")
    assert by_kind(found, "document") == ["AP interview"]


def test_party_tags_and_a_missed_sentence_end_are_no_names() -> None:
    text = "Sen. Mira Castell, R-S.C., and Rep. Jon Arden (D-Calif.) met in the U.S. He left."
    found = [text[c.start:c.end] for c in chunks(tokenize(text))]
    assert found == ["Sen. Mira Castell", "Rep. Jon Arden", "U.S."]


def test_outlet_cited_before_a_quoted_speaker_is_a_source() -> None:
    found = named("According to the Harbour Gazette, council spokesman Omar Saleh said on "
                  "Friday that “the vote is final.”")
    assert "Omar Saleh" in found
    assert any("Harbour Gazette" in name for name in found)


def test_countries_and_unions_are_bodies_not_people() -> None:
    found = kinds("Russia said the talks had failed. The United Nations said the vote was "
                  "delayed.")
    assert found.get("Russia") == "organization"
    assert found.get("United Nations") == "organization"


def test_party_adjective_with_a_group_noun_is_an_anonymous_group() -> None:
    groups = kinds("Republican lawmakers said the budget was late. Democratic officials warned "
                   "that the harbour would close.")
    assert groups.get("Republican lawmakers") == "anonymous"
    assert groups.get("Democratic officials") == "anonymous"


def test_a_party_adjective_names_the_group_past_its_modifiers() -> None:
    groups = kinds("Republican congressional leaders said the budget was late. Law "
                   "enforcement officials warned that the harbour would close. Okafor "
                   "topped her rivals said nothing.")
    assert groups.get("Republican congressional leaders") == "anonymous"
    assert groups.get("Law enforcement officials") == "anonymous"
    assert not any(name.startswith("Okafor topped") for name in groups)


def test_openers_party_words_and_adverbs_are_no_part_of_a_source_name() -> None:
    found = sources("Mostly for Okafor, though, the vote was a chance to attack the port. "
                    "Republican Ana Reyes said she would quit. Having said that, Reyes left.")
    names = {s.name for s in found}
    assert "Ana Reyes" in names
    assert not names & {"Mostly for Okafor", "Republican Ana Reyes", "Having"}


def test_a_speaker_described_by_a_name_is_not_that_named_source() -> None:
    found = named("Ana Reyes spoke to voters in Harbor City on Monday. “We will win,” "
                  "Reyes said. “She is tired,” a 2008 Reyes veteran said. “We start at "
                  "dawn,” the Reyes campaign said.")
    assert found["Ana Reyes"].kind == "person"
    assert found["2008 Reyes veteran"].kind == "anonymous"
    assert found["Reyes campaign"].kind == "organization"
    assert not any("veteran" in e for e in found["Ana Reyes"].evidence)


def test_an_unnamed_speaker_is_one_source_however_it_is_counted() -> None:
    found = sources("“We will not back down,” one Reyes campaign source said on Monday.")
    unnamed = [s.name for s in found if "campaign source" in s.name]
    assert len(unnamed) == 1


def test_the_body_running_a_poll_is_an_organisation() -> None:
    found = named("The latest Northgate opinion poll shows the mayor ahead by six points. "
                  "A Northgate poll last month showed a tie.")
    assert found["Northgate"].kind == "organization"


def test_a_writer_for_a_publication_is_one_source_under_the_person_name() -> None:
    found = named("“Turnout will decide it,” wrote Tomas Leland for Civic Ledger. Few voters "
                  "changed their minds, Tomas Leland for Civic Ledger wrote later.")
    assert "Tomas Leland" in found
    assert not any("for Civic Ledger" in name for name in found)
    assert found["Tomas Leland"].mentions == 2


def test_a_group_speaking_for_someone_is_the_source() -> None:
    found = kinds("Ada Lind’s campaign said the ads would run. Mr. Osei's lawyers argued the "
                  "case was closed. Ada Lind's campaign bus broke down.")
    assert found["Ada Lind’s campaign"] == "organization"
    assert found["Mr. Osei's lawyers"] == "anonymous"
    assert "Ada Lind" not in found  # the campaign spoke, not the candidate


def test_a_name_set_off_after_its_role_is_a_source_with_the_role_as_evidence() -> None:
    found = named(
        "The council's budget chairman, Ilse Varga, said the vote would wait. "
        "A lawyer for the tenants, Omar Quist, said no decision had been made."
    )
    assert found["Ilse Varga"].evidence == [
        "The council's budget chairman, Ilse Varga, said"]
    assert found["Omar Quist"].evidence == ["A lawyer for the tenants, Omar Quist, said"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("“We will win the vote,” said Tomas Albrecht Jr. on Monday.", "Tomas Albrecht Jr."),
        ("The U.S. media has always claimed itself to be an “unbiased” review of the news.",
         "U.S."),
    ],
)
def test_an_abbreviated_speaker_keeps_its_full_stop(body: str, name: str) -> None:
    assert name in named(body)


def test_an_owner_is_never_read_across_a_sentence_end() -> None:
    found = named("Lena Okafor has momentum in New Hampshire. Bram's team thinks so too.")
    assert "Bram's team" in found
    assert not any(name.startswith("New Hampshire") for name in found)


def test_a_capital_speaking_for_its_government_is_a_body() -> None:
    assert kinds("Beijing warned that the talks had stalled. Ankara denied it.") == {
        "Beijing": "organization", "Ankara": "organization"}


def test_a_one_word_modifier_of_a_group_names_the_group() -> None:
    found = sources("Harbor voters said they could not back the toll. Mainstream "
                    "candidates argued the toll was fair.")
    assert {"Harbor voters", "Mainstream candidates"} <= set(by_kind(found, "anonymous"))


def test_names_scored_per_sentence_are_bounded() -> None:
    """A "sentence" of thousands of initials is not prose: at most MAX_MENTIONS of its
    names are scored, so its cost stays that of ordinary text."""
    from briefs.extract import attribution

    doc = clean(Article(text="A headline about the council\n\n" + "A. B. " * 500))
    assert len(attribution.candidates(doc)) <= attribution.MAX_MENTIONS


def test_a_one_word_brand_is_a_body_and_a_surname_prefix_keeps_a_person() -> None:
    found = kinds("HarborLedger reported that the toll would rise. McAllister said it would "
                  "not.")
    assert found == {"HarborLedger": "organization", "McAllister": "person"}


def test_a_speaking_groups_evidence_runs_to_its_verb() -> None:
    found = named("Okafor's team thinks the toll is fair. Mr. Lee's lawyers argued it was not.")
    assert found["Okafor's team"].evidence == ["Okafor's team thinks"]
    assert found["Mr. Lee's lawyers"].evidence == ["Mr. Lee's lawyers argued"]
