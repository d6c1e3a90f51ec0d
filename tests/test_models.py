"""The models: contract JSON out, and validation where outside data comes in."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from briefs.models import Brief, Figure, Quote, Source, Span


def _brief() -> Brief:
    return Brief(
        id="abc123def456", title="Ünïcode “title”", body=["One.", "Two."], authors=["A B"],
        figures=[Figure(text="3 people", value=3), Figure(text="1.5%", value=1.5, unit="%")],
        quotes=[Quote(text="q", speaker="A B", spans=[Span(paragraph=0, start=1, end=2)])],
        sources=[Source(name="A B", kind="person", evidence=["said"],
                        spans=[Span(paragraph=0, start=1, end=2)])],
        extractor_version="v",
    )


def test_to_json_is_compact_keeps_unicode_and_field_order() -> None:
    text = _brief().to_json()
    assert text.startswith('{"id":"abc123def456","source":null,"title":"Ünïcode “title”",')
    assert ", " not in text.replace("“title”", "") and '": ' not in text
    data = json.loads(text)
    assert list(data) == ["id", "source", "title", "outlet", "authors", "published", "url",
                          "credit", "summary", "body", "figures", "quotes", "sources",
                          "extractor_version"]
    assert list(data["figures"][0]) == ["text", "value", "unit", "label", "qualifier",
                                        "sentence", "paragraph", "key", "in_quote", "start",
                                        "end"]
    assert data == _brief().model_dump(mode="json")
    assert json.loads(_brief().to_json(indent=2)) == data


def test_round_trip_keeps_ints_and_floats() -> None:
    b = _brief()
    again = Brief.from_json(b.to_json())
    assert again == b
    assert type(again.figures[0].value) is int and type(again.figures[1].value) is float
    assert isinstance(again.quotes[0].spans[0], Span)
    assert Brief.model_validate(b.model_dump(mode="json")) == b


def test_unknown_keys_are_ignored() -> None:
    data = _brief().model_dump(mode="json")
    data["future_field"] = 1
    data["quotes"][0]["tone"] = "calm"
    assert Brief.model_validate(data) == _brief()
    assert Brief.from_json(json.dumps(data)) == _brief()


@pytest.mark.parametrize("patch", [
    {"id": None},
    {"body": "not a list"},
    {"figures": [{"text": "x", "value": "many"}]},
    {"sources": [{"name": "x", "kind": "alien"}]},
    {"quotes": [["not", "an", "object"]]},
    {"quotes": [{"text": "q", "spans": [{"paragraph": 0}]}]},
])
def test_malformed_brief_is_rejected(patch: dict) -> None:
    data = {**_brief().model_dump(mode="json"), **patch}
    with pytest.raises(ValidationError):
        Brief.model_validate(data)
    with pytest.raises(ValidationError):
        Brief.from_json(json.dumps(data))
    with pytest.raises(ValidationError):
        Brief.from_json("{not json")


def test_model_copy_updates_without_touching_the_original() -> None:
    b = _brief()
    c = b.model_copy(update={"id": "other"})
    assert (b.id, c.id) == ("abc123def456", "other")
    assert c.body == b.body and c.figures == b.figures


def test_lone_surrogate_is_refused_when_serialising() -> None:
    """JSON input can carry "\\ud800"; it is not UTF-8, so the brief cannot be written out."""
    with pytest.raises(UnicodeEncodeError):
        Brief(id="x", title="bad \ud800 title").to_json()
