"""Real stores for the reader's tests, built from hand-written briefs.

The sentences are our own (no corpus text); offsets are computed from them so
evidence spans are exact. Dates are fixed so snapshots never depend on the clock.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefs.models import Brief, Figure, Quote, Source, Span
from briefs.store import Store

TRAM_BODY = [
    "The Harbour City council approved a new tram line on Tuesday, ending two years "
    "of debate, according to a council statement.",
    "The line will run 14 kilometres from the ferry terminal to the university and "
    "cost about $420 million. Officials expect 35,000 riders a day by 2030.",
    "“This is the biggest transport decision the city has made in a generation,” said "
    "Mayor Ana Ruiz. Construction is due to begin in spring.",
    "Critics said the budget was optimistic. “We have seen estimates like this "
    "double before,” said Tom Becker, treasurer of the Ratepayers Association. The "
    "council statement said contingency funds of 12 percent were included.",
    "Twelve stations are planned along the route, the statement said.",
]


def span_of(body: list[str], paragraph: int, needle: str) -> Span:
    start = body[paragraph].index(needle)
    return Span(paragraph=paragraph, start=start, end=start + len(needle))


def figure(body: list[str], paragraph: int, text: str, value: float, unit: str | None,
           label: str, qualifier: str | None = None, key: bool = False) -> Figure:
    s = span_of(body, paragraph, text)
    return Figure(text=text, value=value, unit=unit, label=label, qualifier=qualifier,
                  paragraph=paragraph, start=s.start, end=s.end, key=key)


def tram_brief() -> Brief:
    body = TRAM_BODY
    return Brief(
        id="tram00000001",
        title="Harbour City approves $420 million tram line",
        outlet="The Coastal Ledger",
        authors=["Mia Chen"],
        published="2024-03-05",
        url="https://ledger.example/tram-line",
        credit="© 2024 The Coastal Ledger",
        summary=body[0],
        body=body,
        figures=[
            figure(body, 1, "14 kilometres", 14, "km", "length of the line", key=True),
            figure(body, 1, "$420 million", 420_000_000, "USD", "cost", "about", key=True),
            figure(body, 1, "35,000 riders", 35_000, None, "riders a day", key=True),
            figure(body, 4, "Twelve stations", 12, None, "stations", key=True),
            figure(body, 3, "12 percent", 12, "%", "contingency funds"),
            figure(body, 0, "two years", 2, "years", "of debate"),
        ],
        quotes=[
            Quote(text="This is the biggest transport decision the city has made in a "
                  "generation,", speaker="Ana Ruiz", mention="Mayor Ana Ruiz", role="Mayor",
                  cue="said", paragraph=2,
                  spans=[span_of(body, 2, "This is the biggest transport decision the city "
                                          "has made in a generation,")]),
            Quote(text="We have seen estimates like this double before,", speaker="Tom Becker",
                  role="treasurer, Ratepayers Association", cue="said", paragraph=3,
                  spans=[span_of(body, 3, "We have seen estimates like this double before,")]),
        ],
        sources=[
            Source(name="council statement", kind="document", mentions=3,
                   evidence=["according to a council statement"],
                   spans=[span_of(body, 0, "council statement"),
                          span_of(body, 3, "council statement"),
                          span_of(body, 4, "the statement")]),
            Source(name="Ana Ruiz", kind="person", mentions=1,
                   spans=[span_of(body, 2, "Mayor Ana Ruiz")]),
            Source(name="Tom Becker", kind="person", mentions=1,
                   spans=[span_of(body, 3, "Tom Becker")]),
            Source(name="Ratepayers Association", kind="organization", mentions=1,
                   spans=[span_of(body, 3, "Ratepayers Association")]),
        ],
        extractor_version="test",
    )


def plain_brief(n: int, outlet: str, date: str, title: str) -> Brief:
    body = [f"{title}. This is the body of test brief number {n}, written for the tests.",
            f"It mentions {n + 2} items and nothing else of note."]
    return Brief(id=f"plain{n:07d}", title=title, outlet=outlet, published=date,
                 summary=body[0], body=body, extractor_version="test")


HOSTILE_TITLE = (
    "[bold]Bold[/bold] [link=https://evil.example]click[/link] \x1b[31mRED\x1b]0;pwn\x07"
)


def hostile_brief() -> Brief:
    body = [
        "Body with [bold]markup[/bold] and [@click=app.quit]a click[/] and "
        "\x1b[2J\x1b[31mescapes\x1b[0m and an OSC 52 \x1b]52;c;cHduZWQ=\x07 write.",
    ]
    quote_text = "[red]obey[/red] \x1b[1mme\x1b[0m"
    return Brief(
        id="hostile00001", title=HOSTILE_TITLE, outlet="[i]Evil[/i] Times",
        published="2024-01-02", summary=body[0], body=body,
        quotes=[Quote(text=quote_text, speaker="[b]Mallory[/b]", role="\x1b[5mrole",
                      paragraph=0, spans=[Span(paragraph=0, start=0, end=10)])],
        sources=[Source(name="[link=x]Source[/link]", kind="organization",
                        spans=[Span(paragraph=0, start=0, end=4)])],
        extractor_version="test",
    )


LIBRARY = [
    ("The Coastal Ledger", "2024-03-04", "Ferry fares to rise in April"),
    ("Northern Post", "2024-03-01", "Library opens late on Fridays"),
    ("Northern Post", "2024-02-20", "School board names new chair"),
    ("Valley Times", "2024-02-11", "Farmers report record apple harvest"),
    ("Valley Times", "2023-12-30", "Bridge repairs finish early"),
]


def fill(store: Store) -> None:
    """The standard test library: the tram brief plus five plain ones."""
    store.add(tram_brief())
    for n, (outlet, date, title) in enumerate(LIBRARY):
        store.add(plain_brief(n, outlet, date, title))
    store.set_starred("plain0000001", True)
    store.set_read("plain0000002", True)
    store.set_read("plain0000003", True)
    store.add_tag("plain0000001", "local")


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config"
    monkeypatch.setenv("BRIEFS_CONFIG_DIR", str(path))
    return path


@pytest.fixture
def store_path(tmp_path: Path, config_dir: Path) -> Path:
    """A real store file with the standard test library."""
    path = tmp_path / "briefs.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture
def empty_store_path(tmp_path: Path, config_dir: Path) -> Path:
    path = tmp_path / "empty.db"
    Store(path).close()
    return path
