"""The source a headline names: subject before a reporting verb, trailing 'X Says', label."""

from __future__ import annotations

import pytest

from briefs.article import Article
from briefs.extract.headline import headline_source
from briefs.extract.quotes import extract_quotes
from briefs.extract.sources import extract_sources
from briefs.text import clean


@pytest.mark.parametrize(
    ("title", "name", "kind"),
    [
        ("New Survey Shows Rising Rents In Coastal Towns", "New Survey", "document"),
        ("Retired Admiral Warns Of Shipyard Delays", "Retired Admiral", "person"),
        ("Harbor Workers Rip Port Authority Over Pay", "Harbor Workers", "anonymous"),
        ("Ferry union endorses the mayor's budget", "Ferry union", "organization"),
        ("Bridge Plan Stalls Again, Former County Prosecutor Says.", "Former County Prosecutor",
         "anonymous"),
        ("Report: Water Board Delays Vote", "Report", "document"),
        ("Appeals court rules against county map", "Appeals court", "organization"),
        ("Economists: Rate Cut Is Coming", "Economists", "anonymous"),
        ("Mayor Lena Brandt Finally Endorses Tram Line", "Mayor Lena Brandt", "person"),
    ],
)
def test_headline_subjects_of_reporting_verbs_are_sources(title: str, name: str,
                                                           kind: str) -> None:
    found = headline_source(title)
    assert found is not None
    assert (found.name, found.kind) == (name, kind)
    assert title[found.start:found.end] == found.evidence
    assert name in found.evidence


@pytest.mark.parametrize(
    "title",
    [
        "Breaking: Storm Closes Coastal Road",  # a shouted label, not a source
        "BUSTED: Council Member Seen At Rally",
        "Amid Delays, Mayor Urges Patience",  # the subject comes after the comma
        "Tram Line Opens On Time",  # no reporting verb
        "Woman Steps Forward With Claims About Landlord",  # a clause, not a subject
        "Senator Accused Of Misusing Funds",  # passive: the senator is not speaking
        "Why Voters Say The Tram Matters",
    ],
)
def test_headlines_without_an_attributed_subject(title: str) -> None:
    assert headline_source(title) is None


def test_the_headline_source_joins_the_brief_with_title_evidence() -> None:
    doc = clean(Article(text="Harbor Workers Rip Port Authority Over Pay\n\n"
                             "The dock crews met on Monday. The port did not comment."))
    found = {s.name: s for s in extract_sources(doc, extract_quotes(doc))}
    workers = found["Harbor Workers"]
    assert workers.kind == "anonymous"
    assert workers.evidence == ["Harbor Workers Rip"]
    assert workers.spans[0].paragraph == -1
