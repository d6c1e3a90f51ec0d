"""Pure helpers of the reader: evidence spans, settings file, export, clipboard text."""

from __future__ import annotations

import json
from pathlib import Path

from tests.tui.conftest import TRAM_BODY, hostile_brief, tram_brief
from tui import settings
from tui.evidence import sentence_around, targets
from tui.export import quote_with_attribution, to_json, to_markdown


def test_targets_cover_every_item_with_spans() -> None:
    found = targets(tram_brief().model_dump(mode="json"))
    assert [len(t.spans) for t in found["source"]] == [3, 1, 1, 1]
    assert all(t.spans for t in found["figure"]) and all(t.spans for t in found["quote"])
    paragraph, start, end = found["figure"][1].spans[0]
    assert TRAM_BODY[paragraph][start:end] == "$420 million"


def test_targets_fall_back_to_text_and_clamp_bad_offsets() -> None:
    brief = {"body": ["Alpha beta gamma."],
             "figures": [{"text": "beta", "paragraph": 0, "start": 0, "end": 0}],
             "quotes": [{"text": "gamma", "paragraph": 0,
                         "spans": [{"paragraph": 0, "start": 5, "end": 999}]}],
             "sources": [{"name": "Nobody", "kind": "person",
                          "spans": [{"paragraph": 7, "start": 0, "end": 3}]}]}
    found = targets(brief)
    assert found["figure"][0].spans == ((0, 6, 10),)
    assert found["quote"][0].spans == ((0, 5, 17),)
    assert found["source"][0].spans == ()


def test_sentence_around_keeps_abbreviations_together() -> None:
    text = "He met Dr. Smith at 9 a.m. on Monday. Then 14 people left."
    start = text.index("14")
    assert text[slice(*sentence_around(text, start, start + 2))] == "Then 14 people left."
    start = text.index("Smith")
    assert text[slice(*sentence_around(text, start, start + 5))].startswith("He met Dr. Smith")


def test_settings_round_trip_and_survive_damage(config_dir: Path) -> None:
    assert settings.load() == settings.Settings()
    settings.save(settings.Settings(theme="nord", query="is:unread", sort="title"))
    assert settings.load() == settings.Settings("nord", "is:unread", "title")
    settings.settings_path().write_text("{not json", encoding="utf-8")
    assert settings.load() == settings.Settings()
    settings.settings_path().write_text(json.dumps({"sort": "bogus", "theme": 3}))
    assert settings.load() == settings.Settings()


def test_export_is_inert_and_complete() -> None:
    brief = hostile_brief().model_dump(mode="json")
    brief["state"] = {"read": True}
    markdown = to_markdown(brief)
    assert "\x1b" not in markdown and "\\[bold\\]" in markdown
    data = json.loads(to_json(brief))
    assert "state" not in data and data["title"] == brief["title"]
    line = quote_with_attribution(brief["quotes"][0])
    assert "\x1b" not in line and line.endswith("— [b]Mallory[/b], ␛[5mrole")


async def test_wrapped_quote_lines_keep_their_indent() -> None:
    from textual.app import App

    from tui.widgets.items import QuoteList

    class One(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield QuoteList(id="q")

        def on_mount(self) -> None:
            self.query_one(QuoteList).show(
                {"quotes": [{"text": "harbour " * 30, "speaker": "Ana Ruiz"}]})

    app = One()
    async with app.run_test(size=(50, 12)) as pilot:
        await pilot.pause()
        lines = [s.text for s in app.screen._compositor.render_strips()]
        quoted = [line for line in lines if "harbour" in line]
        assert len(quoted) >= 3
        assert all(line[1:].startswith("   ") for line in quoted)  # border, pad, indent


def test_figure_caption_names_what_is_counted_and_never_repeats_the_unit() -> None:
    from tui.widgets.overview import figure_caption

    assert figure_caption({"text": "288 arrests", "label": "arrests"}) == ""
    assert figure_caption({"text": "$53 million", "label": "in cash", "unit": "USD"}) == "in cash"
    assert figure_caption({"text": "1 percentage point", "label": None, "unit": "points"}) == ""
