"""Promise 1: no input crashes briefs.

Whatever bytes a stranger hands us — random bytes, arbitrary Unicode, truncated or
mutated HTML, feeds and JSON — reading and extracting ends in a brief or in one
clear error (:class:`briefs.errors.BriefsError`), never in another exception.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs.article import Article
from briefs.errors import BriefsError
from briefs.models import Brief
from briefs.pipeline import build_brief
from briefs.readers import read

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    # Locally every run explores new inputs; on CI the examples are fixed, so a
    # submission is judged on the same inputs each time (failures found here are
    # kept as explicit regression tests below).
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# ---------------------------------------------------------------- seeds ---
# Written for these tests: realistic shapes, no corpus text.

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour Crane Fleet Doubles After Record Year | Coast Gazette</title>
<meta property="og:title" content="Harbour Crane Fleet Doubles After Record Year">
<meta name="author" content="Lena Marsh">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<link rel="canonical" href="https://gazette.example/harbour-cranes">
<script>window.x = "<p>not body</p>";</script><style>p{color:red}</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Harbour Crane Fleet Doubles After Record Year</h1>
<p class="byline">By Lena Marsh</p>
<p>The harbour authority bought 14 new cranes in 2023, bringing its fleet to 28,
according to its annual report.</p>
<p>“We moved more containers than in any year before,” said Daniel Ferreira, a
spokesman for the authority. “The cranes pay for themselves.”</p>
<figure><img src="c.jpg" alt="A crane"><figcaption>A new crane. Photo: Staff</figcaption></figure>
<p>Nearly $48 million was spent on the purchase, officials said, and at least 300
dockworkers were trained to run them.</p>
<aside>Read more: <a href="/x">Ferry timetable changes</a></aside>
</article><footer>© 2024 Coast Gazette. All rights reserved.</footer></body></html>
"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coast Gazette</title><link>https://gazette.example/</link>
<item><title>Ferries Return to Winter Timetable</title>
<link>https://gazette.example/ferries</link><pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Ferries will run every 40 minutes from Monday, the operator said.</p>
<p>“Demand falls in winter,” said Marta Okonkwo.</p>]]></description></item>
<item><title>Grain Exports Up 12 Percent</title><link>https://gazette.example/grain</link>
<description>Exports rose to 2.4 million tonnes, according to the port's figures.</description>
</item></channel></rss>
"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Gazette</title>
<entry><title>Bridge Repairs Finish Early</title><link href="https://gazette.example/bridge"/>
<id>urn:x:1</id><updated>2024-03-05T08:00:00Z</updated><author><name>Lena Marsh</name></author>
<content type="html">&lt;p&gt;Crews finished repairs on 3 bridges two weeks early.&lt;/p&gt;
&lt;p&gt;“It went well,” said Tomasz Wielgus.&lt;/p&gt;</content></entry></feed>
"""

JSON_ARTICLE = json.dumps(
    {
        "title": "Water Board Fixes 900 Leaks",
        "text": "The water board fixed 900 leaks last year.\n\n“We are not done,” said Ingrid "
        "Halvorsen, the city's chief economist.",
        "url": "https://gazette.example/leaks",
        "authors": ["Lena Marsh"],
        "published": "2024-03-05",
    },
    ensure_ascii=False,
)

EXTENSIONS = [".txt", ".md", ".html", ".htm", ".xml", ".rss", ".atom", ".json", ".jsonl", ""]


# -------------------------------------------------------------- helpers ---


def outcome_of(path: Path) -> list[Brief] | BriefsError:
    """Read ``path`` and build every article's brief; a BriefsError is a clean outcome.

    Any other exception propagates and fails the test (that is the broken promise).
    A brief must also serialise, since the store and ``--json`` write it out.
    """
    try:
        briefs = [build_brief(article) for article in read(str(path))]
    except BriefsError as error:
        assert str(error).strip(), "an error must say something"
        assert "\n" not in str(error).strip(), f"one-line error expected: {error!r}"
        return error
    for brief in briefs:
        assert isinstance(brief, Brief)
        assert Brief.from_json(brief.to_json()) == brief
    return briefs


def outcome_of_bytes(data: bytes, suffix: str) -> list[Brief] | BriefsError:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        return outcome_of(path)


@st.composite
def mutated(draw: st.DrawFn, seed: str) -> bytes:
    """``seed`` truncated, with slices deleted, duplicated, or bytes replaced."""
    data = bytearray(seed.encode("utf-8"))
    for _ in range(draw(st.integers(0, 6))):
        if not data:
            break
        op = draw(st.sampled_from(["truncate", "delete", "insert", "flip", "dup"]))
        i = draw(st.integers(0, len(data) - 1))
        j = draw(st.integers(i, min(len(data), i + 64)))
        if op == "truncate":
            del data[i:]
        elif op == "delete":
            del data[i:j]
        elif op == "insert":
            data[i:i] = draw(
                st.one_of(
                    st.binary(max_size=24),
                    st.sampled_from([b"<", b">", b"&", b"]]>", b"<![CDATA[", b"<p>", b"</",
                                     b'"', b"{", b"}", b"\x00", b"\xff\xfe", b"\x1b[2J",
                                     "“".encode(), b"&#0;", b"&#xD800;", b"<?xml "]),
                    st.text(max_size=12).map(lambda s: s.encode("utf-8")),
                )
            )
        elif op == "flip":
            data[i] = draw(st.integers(0, 255))
        else:
            data[i:i] = data[i:j]
    return bytes(data)


# ---------------------------------------------------------------- tests ---


def test_seeds_are_read_as_articles() -> None:
    """The unmutated seeds read cleanly, so the mutation tests start from real inputs."""
    for text, suffix in [(HTML_PAGE, ".html"), (RSS_FEED, ".xml"), (ATOM_FEED, ".atom"),
                         (JSON_ARTICLE, ".json")]:
        result = outcome_of_bytes(text.encode("utf-8"), suffix)
        assert isinstance(result, list) and result, f"{suffix}: {result!r}"


@SETTINGS
@given(text=st.text(max_size=3000), title=st.none() | st.text(max_size=200))
def test_extractor_takes_any_unicode(text: str, title: str | None) -> None:
    try:
        brief = build_brief(Article(text=text, title=title, source="x", raw=text))
    except BriefsError:
        return
    assert Brief.from_json(brief.to_json()) == brief


# Text that looks like news is where extractors have the most code paths.
_NEWSY = st.lists(
    st.one_of(
        st.sampled_from(['"', "“", "”", "‘", "’", "'", "''", "``", ",", ".", " said ",
                         " according to ", "Mr. ", "U.S. ", "$", "%", " million ", "(", ")",
                         "[", "]", "\n\n", "\n", " ", "—", "-", "3", "1,000", "2.5bn",
                         "Jane Doe", "the Justice Department", "DOJ", " he ", " she ",
                         "told", ":", "…", "\u202e", "\u200b", "\x1b", "[bold]"]),
        st.text(max_size=8),
    ),
    max_size=400,
).map("".join)


@SETTINGS
@given(text=_NEWSY)
def test_extractor_takes_newsy_noise(text: str) -> None:
    try:
        brief = build_brief(Article(text=text, source="x", raw=text))
    except BriefsError:
        return
    assert Brief.from_json(brief.to_json()) == brief


@SETTINGS
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(EXTENSIONS))
def test_readers_take_random_bytes(data: bytes, suffix: str) -> None:
    outcome_of_bytes(data, suffix)


@SETTINGS
@given(text=st.text(max_size=2000), suffix=st.sampled_from(EXTENSIONS),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "latin-1"]))
def test_readers_take_any_unicode(text: str, suffix: str, encoding: str) -> None:
    outcome_of_bytes(text.encode(encoding, errors="replace"), suffix)


@SETTINGS
@given(data=mutated(HTML_PAGE), suffix=st.sampled_from([".html", ".htm", ""]))
def test_readers_take_mutated_html(data: bytes, suffix: str) -> None:
    outcome_of_bytes(data, suffix)


@SETTINGS
@given(data=st.one_of(mutated(RSS_FEED), mutated(ATOM_FEED)),
       suffix=st.sampled_from([".xml", ".rss", ".atom"]))
def test_readers_take_mutated_feeds(data: bytes, suffix: str) -> None:
    outcome_of_bytes(data, suffix)


@SETTINGS
@given(data=mutated(JSON_ARTICLE), suffix=st.sampled_from([".json", ".jsonl"]))
def test_readers_take_mutated_json(data: bytes, suffix: str) -> None:
    outcome_of_bytes(data, suffix)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20,
)
_BRIEF_KEYS = ["id", "title", "text", "body", "url", "authors", "published", "outlet",
               "figures", "quotes", "sources", "summary", "source", "credit"]


@SETTINGS
@given(obj=st.dictionaries(st.sampled_from(_BRIEF_KEYS), _JSON_VALUES, max_size=8))
def test_readers_take_json_of_any_shape(obj: dict) -> None:
    """A JSON object with the contract's keys holding values of any type."""
    outcome_of_bytes(json.dumps(obj).encode("utf-8"), ".json")


@SETTINGS
@given(lines=st.lists(_JSON_VALUES.map(json.dumps) | st.text(max_size=40), max_size=6))
def test_readers_take_json_lines_of_any_shape(lines: list[str]) -> None:
    outcome_of_bytes("\n".join(lines).encode("utf-8"), ".jsonl")


def test_folder_of_hostile_files(tmp_path: Path) -> None:
    """A folder mixing good, empty, binary and broken files: each file's fate is its own."""
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "good.txt").write_text("Title Here\n\nThe board fixed 900 leaks, it said.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "sub" / "broken.json").write_bytes(b'{"title": "x", "text": ')
    (tmp_path / "sub" / "deeper" / "half.xml").write_bytes(RSS_FEED.encode()[:300])
    (tmp_path / "sub" / "page.html").write_text(HTML_PAGE)
    # Readers may raise per-file errors lazily, while iterating: consume them one by one.
    got: list[Article] = []
    errors: list[BriefsError] = []
    iterator = iter(read(str(tmp_path)))
    for _ in range(100):
        try:
            got.append(next(iterator))
        except StopIteration:
            break
        except BriefsError as error:
            errors.append(error)
            break  # a generator that raised is finished; the CLI reads files one by one
    for article in got:
        build_brief(article)


def test_feed_with_invalid_character_references() -> None:
    """Found by the mutation test: surrogate and out-of-range &#…; crashed feedparser."""
    feed = RSS_FEED.replace("Ferries Return", "Ferries &#xD800; Return &#99999999999;")
    result = outcome_of_bytes(feed.encode("utf-8"), ".xml")
    assert isinstance(result, list) and result, result
