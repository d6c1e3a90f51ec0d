"""Figures: what counts, its value, unit, label and qualifier — on sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.article import Article
from briefs.extract.figures import extract_figures
from briefs.models import Figure
from briefs.text import clean

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def figs(text: str) -> list[Figure]:
    return extract_figures(clean(Article(text=text, title_in_text=False)))


def one(text: str) -> Figure:
    found = figs(text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def values(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in figs(text)]


# ------------------------------------------------------------------ counts ---


def test_digits_with_counted_noun() -> None:
    f = one("Police made 412 arrests in the raid.")
    assert (f.value, f.unit, f.label, f.text) == (412, None, "arrests", "412 arrests")


def test_separators_and_decimals() -> None:
    assert one("The league sold 12,480 tickets.").value == 12480
    f = one("Growth reached 3.25 percent last quarter.")
    assert (f.value, f.unit) == (3.25, "%")


def test_number_words() -> None:
    f = one("The expedition crossed three continents.")
    assert (f.value, f.label) == (3, "continents")
    f = one("Forty-three delegates walked out.")
    assert (f.value, f.label) == (43, "delegates")
    assert one("About a dozen farmers protested.").value == 12


def test_label_keeps_modifiers_and_stops_at_verbs() -> None:
    assert one("Officers seized 30 stolen bicycles on Monday.").label == "stolen bicycles"
    assert one("Some 40 volunteers gathered outside.").label == "volunteers"
    f = one("The coalition of unions across nine provinces proves the point.")
    assert f.label == "provinces"


# ------------------------------------------------------------ scales, money ---


def test_scales_and_currencies() -> None:
    f = one("The charity raised over $53 million in donations.")
    assert (f.value, f.unit, f.qualifier, f.label) == (53_000_000, "USD", "over", "donations")
    assert f.text == "over $53 million"
    assert values("The deal is worth 1.2bn euros.") == [(1_200_000_000, "EUR")]
    assert values("Fans paid £40 for a seat.") == [(40, "GBP")]
    assert values("The fund holds €2.5 billion.") == [(2_500_000_000, "EUR")]
    assert values("Each ticket cost 75 cents.") == [(0.75, "USD")]
    assert values("The club owes 300 million dollars.") == [(300_000_000, "USD")]


def test_money_labels() -> None:
    assert one("The regulator fined the airline $12 million.").label == "fine"
    f = one("Cashiers make $18 an hour in the city.")
    assert f.label.endswith("an hour")
    assert one("The firm reported a net loss of $4.2 million.").label == "net loss"
    assert one("The town spent $2 million.").label == "spending"
    assert one("The town spent $2 million on new roads.").label == "new roads"
    assert one("They pledged $900,000 in matching grants.").label == "matching grants"
    assert "brother" in one("He started with $20,000 borrowed from his brother.").label


def test_money_per_unit_of_goods_is_a_price_and_per_hour_is_pay() -> None:
    assert one("Diesel closed the week at $3.10 a gallon.").label == "price a gallon"
    assert one("Welders there earn $24 an hour.").label == "pay an hour"


# ------------------------------------------------------ percentages, points ---


def test_percentages_and_points() -> None:
    f = one("Turnout fell to 61% this year.")
    assert (f.value, f.unit) == (61, "%")
    f = one("Nearly 40 percent of the nurses signed the letter.")
    assert (f.value, f.unit, f.qualifier, f.label) == (40, "%", "nearly", "nurses")
    f = one("Her lead shrank by four percentage points.")
    assert (f.value, f.unit) == (4, "points")
    f = one("The senator holds a ten-point lead.")
    assert (f.value, f.unit, f.label) == (10, "points", "lead")
    assert one("Inflation ran at 2.5 per cent.").unit == "%"


def test_rate_of_takes_the_noun_before() -> None:
    assert one("The county has a jobless rate of 7 percent.").label == "jobless rate"
    assert one("The town has a jobless rate of 150 percent of the state average."
               ).label == "jobless rate"


def test_percent_of_a_whole_counts_the_whole_not_the_noun_before() -> None:
    f = one("The mayor was the subject of 60 percent of the online chatter about the race.")
    assert f.label == "online chatter"


# ------------------------------------------------------------------- units ---


def test_units() -> None:
    f = one("Agents seized 850 kilograms of cocaine.")
    assert (f.value, f.unit, f.label) == (850, "kg", "cocaine")
    assert values("The bridge is 3 miles long.") == [(3, "miles")]
    assert values("The truck carried 20 tons of grain.") == [(20, "tons")]
    assert values("The fish weighed 12 pounds.") == [(12, "lb")]
    assert values("The trail runs 42 km through the hills.") == [(42, "km")]
    f = one("The strike lasted nearly two decades.")
    assert (f.value, f.unit, f.qualifier) == (2, "decades", "nearly")


def test_durations_and_ages() -> None:
    f = one("Workers there put in 50 hours a week.")
    assert (f.unit, f.label) == ("hours", "hours a week")
    f = one("The 34-year-old driver was unhurt.")
    assert (f.value, f.unit, f.label) == (34, "years", "age")
    f = one("The mayor, who is 58, declined to comment.")
    assert (f.value, f.unit, f.label) == (58, "years", "age")
    f = one("A 15-second clip went viral.")
    assert (f.value, f.unit, f.label) == (15, "seconds", "clip")


# ------------------------------------------------------------ ranges, qualifiers ---


def test_ranges() -> None:
    found = figs("Tickets cost between $20 and $45 a night.")
    assert [(f.value, f.unit) for f in found] == [(20, "USD"), (45, "USD")]
    assert all(f.label and f.label.endswith("a night") for f in found)
    found = figs("The plan covers adults ages 50 to 64.")
    assert [(f.value, f.unit, f.label) for f in found] == [
        (50, "years", "age"),
        (64, "years", "age"),
    ]
    found = figs("Estimates range from 2 to 3 million visitors.")
    assert [f.value for f in found] == [2_000_000, 3_000_000]
    assert all(f.label == "visitors" for f in found)
    found = figs("The council passed the measure in a 7-2 vote.")
    assert [(f.value, f.label) for f in found] == [(7, "vote"), (2, "vote")]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("More than 500 homes lost power.", "more than"),
        ("At least 12 people were hurt.", "at least"),
        ("Nearly 900 runners finished.", "nearly"),
        ("Almost 900 runners finished.", "nearly"),
        ("About 70 boats sailed.", "about"),
        ("Roughly 70 boats sailed.", "about"),
        ("Up to 40 trains were cancelled.", "up to"),
        ("As many as 40 trains were cancelled.", "up to"),
        ("Fewer than 30 shops opened.", "less than"),
        ("Over 100 teachers resigned.", "over"),
        ("Households earning $90,000 or more saw gains.", "at least"),
    ],
)
def test_qualifiers(sentence: str, qualifier: str) -> None:
    f = one(sentence)
    assert f.qualifier == qualifier
    assert f.text.startswith(sentence.split()[0]) or f.text.endswith("or more")


def test_elliptical_number_takes_the_earlier_label() -> None:
    found = figs("The case went to 9 judges rather than 11.")
    assert [(f.value, f.label) for f in found] == [(9, "judges"), (11, "judges")]


# --------------------------------------------------------------- not figures ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was passed in 1998 and amended in 2011.",
        "The hearing is set for Sept. 14 in Denver.",
        "Voting closed on March 3, officials said.",
        "The polls opened at 7:30 a.m. and closed at 8 p.m.",
        "She finished 2nd, behind a rider who placed 1st last year.",
        "He was the first to arrive and the third to leave.",
        "Doctors studied COVID-19 in the ward.",
        "The airline grounded its Boeing 737 fleet.",
        "Memorials marked 9/11 across the city.",
        "Call 555-0142 or 212-555-0199 for details.",
        "The office is at 1600 Maple Avenue downtown.",
        "Read section 230 of the act and chapter 11 of the code.",
        "In episode 4, the hero returns.",
        "Prices climbed in the mid-1990s.",
        "One of them left early.",
        "Thousands of people marched.",
        "The two spoke briefly.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert figs(sentence) == [], [f.text for f in figs(sentence)]


# --------------------------------------------------------- quotes, offsets, key ---


def test_in_quote_and_offsets() -> None:
    text = 'Officials counted 40 boats. "We saw 300 boats," the captain said.'
    found = figs(text)
    assert [(f.value, f.in_quote) for f in found] == [(40, False), (300, True)]
    para = clean(Article(text=text, title_in_text=False)).paragraphs[0]
    for f in found:
        assert para[f.start : f.end] == f.text
        assert f.text in f.sentence


def test_curly_quotes_and_paragraph_index() -> None:
    text = "First paragraph without numbers.\n\n“Another 25 clinics will open,” she said."
    f = one(text)
    assert (f.paragraph, f.in_quote) == (1, True)


def test_key_figures_are_few_and_headline() -> None:
    text = (
        "Regulators fined the bank $185 million after 5,300 employees opened more than "
        "2 million fake accounts.\n\n"
        "The two executives spoke for about five minutes. A 52-year-old teller said she had "
        "worked there for three years.\n\n"
        "Again, the fine was $185 million."
    )
    found = figs(text)
    keys = [f.text for f in found if f.key]
    assert "$185 million" in keys and "5,300 employees" in keys
    assert any(t.startswith("more than 2 million") for t in keys)
    assert not any(f.key for f in found if f.label == "age")
    assert sum(f.key for f in found if f.value == 185_000_000) == 1  # the repeat is not key


# ------------------------------------------------------------------- hostile ---


@pytest.mark.parametrize(
    "text",
    [
        "9" * 5000,
        "1," * 3000 + "1",
        "$" * 2000 + "5",
        "-".join(["12"] * 2000),
        "forty-" * 1000 + "two",
        "a " * 3000 + "dozen",
        '"3" ' * 2000,
        "over more than at least about " * 300 + "5 people",
    ],
)
def test_hostile_text_does_not_crash(text: str) -> None:
    for f in figs(text):
        assert isinstance(f.value, (int, float))


# ------------------------------------------------------------------- seed ---


@pytest.mark.skipif(not (SHARED / "gold" / "seed-brief.json").exists(), reason="../shared missing")
def test_seed_sample_matches_gold() -> None:
    from briefs.pipeline import build_brief
    from briefs.readers import read

    sample = Path(__file__).resolve().parents[2] / "briefs" / "data" / "sample.txt"
    brief = build_brief(next(read(str(sample))))
    gold = json.loads((SHARED / "gold" / "seed-brief.json").read_text(encoding="utf-8"))
    fields = ("text", "value", "unit", "label", "qualifier", "paragraph", "in_quote", "key")
    got = [{k: getattr(f, k) for k in fields} for f in brief.figures]
    want = [{k: f.get(k) for k in fields} for f in gold["figures"]]
    assert got == want


def test_more_constructions() -> None:
    assert values("The tax rose to 30 Canadian dollars a tonne.") == [(30, "CAD")]
    assert values("She built a two-million-person mailing list.") == [(2_000_000, None)]
    f = one("Only 45 percent believe that the plan works.")
    assert f.label != "believe"
    f = one("The ship is three months old.")
    assert (f.unit, f.label) == ("months", "age")
    assert figs("This is part 2 of the series.") == []
    assert figs("Enter the code 4-8-15-16 at the gate.") == []
    assert figs("Prices were $$$5 in the spam.") == []


def test_relative_clause_keeps_the_noun() -> None:
    f = one("Delegates from 190 nations that signed the treaty met again.")
    assert f.label == "nations"


def test_poll_constructions() -> None:
    found = figs("Asked if he should resign: fifty-two, yes; thirty-one, no.")
    assert [(f.value, f.label) for f in found] == [(52, "yes"), (31, "no")]
    f = one("Eighteen percent said they were undecided.")
    assert (f.value, f.unit) == (18, "%") and "undecided" in f.label
    f = one("Nearly 12% of the residents of Ohio and Iowa are Korean American.")
    assert f.label.startswith("Korean American") and "residents" in f.label
    assert 10 not in [f.value for f in figs("About 4 in 10 voters approve.")]  # a denominator


def test_money_context_constructions() -> None:
    f = one("Most are small donors who chip in $50 or less.")
    assert "donors" in f.label
    f = one("The grant gives cities $40 million to invest in bus lanes and bike paths.")
    assert f.label == "invest in bus lanes and bike paths"
    f = one("The studio released a 30-second ad that mocks the rival.")
    assert (f.unit, f.label) == ("seconds", "ad")


def test_half_and_when_words() -> None:
    assert one("She met half a dozen senators.").value == 6
    assert one("The fund lost half a million dollars.").value == 500_000
    f = one("The group gave $2 million last month to the campaign.")
    assert f.label != "last"


def test_range_link_does_not_jump() -> None:
    found = figs("Prices rose 5 to the top. Later 7 cats and 9 dogs came.")
    assert all(f.value != 5 or f.label != "cats" for f in found)


def test_absurd_values_are_not_figures() -> None:
    assert figs("$" + "9" * 400) == []
    assert figs("9" * 400 + " people") == []
    assert values("The debt hit $5 trillion.") == [(5_000_000_000_000, "USD")]


_ALPHABET = "0123456789 ,.-$%€£“”\"'abcdefghijklmnopqrstuvwxyz ABCXYZ\n-/:;()"


@given(st.text(alphabet=_ALPHABET, max_size=300) | st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_consistent_figures(text: str) -> None:
    doc = clean(Article(text=text, title_in_text=False))
    for f in extract_figures(doc):
        para = doc.paragraphs[f.paragraph]
        assert para[f.start : f.end] == f.text
        assert f.label is None or len(f.label.split()) <= 12
        assert 0 <= float(f.value) < 1e16


def test_nyt_style_quote_marks() -> None:
    found = figs("''We hired 40 people,'' she said, adding that 12 more would come.")
    assert [(f.value, f.in_quote) for f in found] == [(40, True), (12, False)]


def test_apposition_ages_and_n_of_m() -> None:
    f = one("Maria Lopez, 54, of Tucson said she would vote.")
    assert (f.value, f.unit, f.label) == (54, "years", "age")
    found = figs("He has won six of the past seven contests.")
    assert [(f.value, f.label) for f in found] == [(6, "contests"), (7, "contests")]
    assert figs("Iowa, Ohio, and Texas voted.") == []


def test_square_units() -> None:
    f = one("The 1.4-square-mile city has grown.")
    assert (f.value, f.unit, f.label) == (1.4, "square miles", "city")
    assert values("The fire burned 300 square miles.") == [(300, "square miles")]


def test_a_duration_counts_its_unit_but_a_hyphened_one_counts_the_noun() -> None:
    assert one("The average of surveys over the past two weeks shows the mayor ahead."
               ).label == "weeks"
    assert one("The 30-second advert ran on Monday.").label == "advert"


def test_a_name_before_a_figure_is_not_cut() -> None:
    found = figs("The mayor won 51 percent and Harbor Party candidate Ada Lind 12 percent.")
    assert found[-1].label == "Harbor Party candidate Ada Lind"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The service has 310 million active monthly users.", "active monthly users"),
        ("Shares were half their $26 initial public offering price.",
         "initial public offering price"),
        ("The council approved $1.1 billion in Zika funding.", "Zika funding"),
        ("The poll of 1,000 likely voters was taken Wednesday.", "likely voters"),
    ],
)
def test_adjectives_in_ly_and_nouns_in_ing_stay_in_the_label(text: str, label: str) -> None:
    assert one(text).label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ruiz clinched the state's 99 winner-take-all delegates.", "winner-take-all delegates"),
        ("The judge will hear the three deposition requests Monday.", "deposition requests"),
        ("Ruiz won at least 139 Super Tuesday delegates.", "Super Tuesday delegates"),
        ("Ruiz won five U.S. states on Tuesday.", "U.S. states"),
    ],
)
def test_a_label_keeps_a_compound_whole_and_stops_at_a_day(text: str, label: str) -> None:
    assert one(text).label == label


@pytest.mark.parametrize("text", ["In a two-party system the choice is narrow.",
                                  "Entering the seven-man debate, Ruiz faced criticism."])
def test_a_spelled_out_number_in_a_compound_adjective_is_no_figure(text: str) -> None:
    assert figs(text) == []


def test_words_glued_by_a_scraped_widget_end_the_label_and_are_never_key() -> None:
    from briefs.extract.labels import unglued

    assert unglued("postsGet LivefyreFAQSign") == "posts"
    assert unglued("people listeningFollow") == "people"
    assert unglued("YouTube views") == "YouTube views"
    assert unglued("eBay sellers") == "eBay sellers"
    doc = clean(Article(text="Live blog\n\n12 postsGet LivefyreFAQSign in a widget."))
    (fig,) = extract_figures(doc)
    assert (fig.label, fig.key) == ("posts", False)
