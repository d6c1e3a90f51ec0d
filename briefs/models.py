"""The brief and its parts, exactly the JSON of the brief contract.

Fields named in ``shared/spec/brief-json.md`` keep their names and meaning; the
extra fields here (``start``/``end`` spans, ``in_quote``…) are additions the
contract allows, used by the reader to highlight evidence.

Models are built where data *enters* (readers, extraction, store writes); the
read path (``briefs show``) renders stored JSON dicts without them so that
start-up stays cheap.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SourceKind = Literal["person", "organization", "document", "publication", "anonymous"]


class Span(BaseModel):
    """Where a piece of evidence sits: a paragraph and a character range in it."""

    model_config = ConfigDict(extra="ignore")

    paragraph: int
    start: int
    end: int


class Figure(BaseModel):
    """A number the article reports, with what it counts."""

    model_config = ConfigDict(extra="ignore")

    text: str
    value: float | int
    unit: str | None = None
    label: str | None = None
    qualifier: str | None = None
    sentence: str = ""
    paragraph: int = 0
    key: bool = False
    in_quote: bool = False
    start: int = 0
    end: int = 0


class Quote(BaseModel):
    """One utterance in quotation marks, with who said it.

    An interrupted quotation is one quote: ``spans`` holds each printed part.
    """

    model_config = ConfigDict(extra="ignore")

    text: str
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    paragraph: int = 0
    spans: list[Span] = Field(default_factory=list)


class Source(BaseModel):
    """Who or what the article relies on, with every place it is cited."""

    model_config = ConfigDict(extra="ignore")

    name: str
    kind: SourceKind
    mentions: int = 1
    evidence: list[str] = Field(default_factory=list)
    spans: list[Span] = Field(default_factory=list)


class Brief(BaseModel):
    """A whole brief: the article's metadata, cleaned body and its skeleton."""

    model_config = ConfigDict(extra="ignore")

    id: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: str | None = None
    url: str | None = None
    credit: str | None = None
    summary: str | None = None
    body: list[str] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    extractor_version: str | None = None

    def to_json(self, indent: int | None = None) -> str:
        """The contract JSON (unicode kept as written)."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Brief:
        return cls.model_validate_json(data)
