"""Renderables and Markdown built from brief dicts: formatting and inert text."""

from __future__ import annotations

from rich.console import Console

from briefs.render import (
    brief_markdown,
    brief_renderable,
    format_value,
    key_figures,
    md,
    rows_table,
    snippet_text,
    sources_by_kind,
)

BRIEF = {
    "id": "abc123def456", "title": "[bold]Port[/bold] \x1b[2J expands", "outlet": "Harbour News",
    "authors": ["Ann Lee"], "published": "2024-02-01", "url": "https://news.example/port",
    "credit": "© 2024 Harbour News", "summary": "The port will add *three* berths.",
    "body": ["The port will add *three* berths."],
    "figures": [
        {"text": "850 kilograms", "value": 850, "unit": "kg", "label": "drugs", "key": True},
        {"text": "$53 million", "value": 53_000_000, "unit": "USD", "label": "cash",
         "qualifier": "over", "key": True},
        {"text": "46%", "value": 46, "unit": "%", "label": "of voters", "key": True},
        {"text": "3 boats", "value": 3, "unit": None, "label": "boats", "key": False},
    ],
    "quotes": [{"text": "We [i]grow[/i]", "speaker": "Jo Ray", "role": "harbour master"},
               {"text": "No comment", "speaker": None}],
    "sources": [
        {"name": "Jo Ray", "kind": "person", "mentions": 2},
        {"name": "Port Authority", "kind": "organization", "mentions": 3},
        {"name": "annual report", "kind": "document", "mentions": 1},
        {"name": "officials", "kind": "anonymous", "mentions": 1},
    ],
}


def render(obj, width: int = 100) -> str:
    console = Console(width=width, record=True, file=open("/dev/null", "w"),  # noqa: SIM115
                      color_system=None)
    console.print(obj)
    return console.export_text()


def test_format_value():
    assert format_value({"value": 850, "unit": "kg"}) == "850 kg"
    assert format_value({"value": 53_000_000, "unit": "USD"}) == "$53 million"
    assert format_value({"value": 1_200_000_000, "unit": "EUR"}) == "€1.2 billion"
    assert format_value({"value": 46, "unit": "%"}) == "46%"
    assert format_value({"value": 12_345, "unit": None}) == "12,345"
    assert format_value({"value": 2.5, "unit": "mi"}) == "2.5 mi"
    assert format_value({"value": None, "text": "a few"}) == "a few"


def test_key_figures_and_others():
    key, others = key_figures(BRIEF)
    assert [f["label"] for f in key] == ["drugs", "cash", "of voters"] and others == 1
    unflagged = {"figures": [{"value": i, "key": False} for i in range(9)]}
    key, others = key_figures(unflagged)
    assert len(key) == 6 and others == 3


def test_sources_grouped_in_kind_order():
    assert [k for k, _ in sources_by_kind(BRIEF)] == [
        "document", "organization", "person", "anonymous"]


def test_summary_sections_and_inert_text():
    text = render(brief_renderable(BRIEF))
    for part in ("[bold]Port[/bold]", "␛[2J", "Harbour News · 2024-02-01 · by Ann Lee",
                 "By the numbers", "$53 million", "+ 1 other figure", "What they're saying",
                 "“We [i]grow[/i]”", "— Jo Ray, harbour master", "unattributed", "Sources",
                 "Organisations: Port Authority ×3"):
        assert part in text, part
    assert "\x1b" not in text


def test_markdown_escapes_article_text():
    out = brief_markdown(BRIEF)
    assert out.startswith("# \\[bold\\]Port\\[/bold\\] ␛\\[2J expands\n")
    assert "The port will add \\*three\\* berths." in out
    assert "| over | $53 million | cash |" in out
    assert "> — **Jo Ray**, harbour master" in out
    assert "- **Organisations:** Port Authority (3)" in out
    assert md("# not a heading") == "\\# not a heading"
    assert md("- not a list") == "\\- not a list"
    assert md("a | b") == "a \\| b"


def test_snippet_and_rows():
    t = snippet_text("the port grows", [(4, 8)])
    assert t.plain == "the port grows" and t.spans[0].start == 4
    rows = [{"id": "abc", "title": "[b]x[/b]", "outlet": None, "published": None,
             "added_at": "2024-01-01T00:00:00Z", "n_figures": 1, "n_quotes": 2,
             "n_sources": 3, "read": False, "starred": True, "snippet": "port",
             "snippet_marks": [(0, 4)]}]
    text = render(rows_table(rows))
    assert "[b]x[/b]" in text and "1/2/3" in text and "2024-01-01" in text


def test_unnamed_speaker_is_not_printed_twice() -> None:
    from briefs.render import brief_markdown, quote_text

    quote = {"text": "Too close to call", "speaker": None, "mention": "voters",
             "role": "voters"}
    assert quote_text(quote).plain.endswith("— voters")
    markdown = brief_markdown({"id": "x", "title": "T", "quotes": [quote]})
    assert "> — **voters**\n" in markdown


def test_an_unresolved_pronoun_reads_as_unattributed() -> None:
    from briefs.render import quote_text

    quote = {"text": "We will appeal", "speaker": None, "mention": "it", "role": None}
    assert quote_text(quote).plain.endswith("— unattributed")


def test_a_figure_caption_never_repeats_what_the_value_already_says() -> None:
    from briefs.render import counted

    assert counted({"label": "years", "text": "2 years"}, "2 years") == ""
    assert counted({"label": "drugs", "text": "850 kilograms"}, "850 kilograms") == "drugs"
    assert counted({"label": None, "text": "three continents"}, "3") == "three continents"
    bare = {"label": None, "text": "more than $100,000", "qualifier": "more than"}
    assert counted(bare, "$100,000") == ""
    figure = {"label": "members of the union", "text": "1.6 million members"}
    assert counted(figure, "1.6 million members") == "of the union"
    assert counted(figure, "1.6 million") == "members of the union"
