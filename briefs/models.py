"""The brief and its parts, exactly the JSON of the brief contract.

Fields named in ``shared/spec/brief-json.md`` keep their names and meaning; the
extra fields here (``start``/``end`` spans, ``in_quote``…) are additions the
contract allows, used by the reader to highlight evidence.

Why plain slotted dataclasses and not pydantic models (DESIGN still says
"pydantic"): the extraction path builds ~50 of these per article and every run
imports this module. As pydantic models, importing pydantic and building the
five schemas cost ~160 ms of start-up per process, and construction plus
``model_dump_json`` ~0.25 ms per article; as dataclasses with hand-written
``model_dump`` both are next to nothing. The objects we build ourselves are
trusted, so they are not validated. pydantic still validates where data enters
from outside (``Brief.from_json``, ``model_validate``): it is imported there,
lazily, and checks these same dataclasses (unknown keys ignored, wrong types
raise ``pydantic.ValidationError``).

The method names (``model_dump``, ``model_copy``, ``model_validate``) are kept
from pydantic so callers read the same. The read path (``briefs show``) renders
stored JSON dicts without any of this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal, Self

SourceKind = Literal["person", "organization", "document", "publication", "anonymous"]


@cache
def _adapter(cls: type) -> Any:
    """pydantic's validator for ``cls``: built on first use, so extraction never imports it."""
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


class _Model:
    """What every model shares: copying and validation (dumping is per class, for speed)."""

    __slots__ = ()

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        """A plain dict of JSON types, nested; the same in either ``mode``."""
        raise NotImplementedError

    def model_copy(self, update: dict[str, Any] | None = None) -> Self:
        """A shallow copy with ``update`` applied (not validated, as in pydantic)."""
        return replace(self, **(update or {}))  # type: ignore[type-var]

    @classmethod
    def model_validate(cls, data: Any) -> Self:
        """An instance from a dict of outside data: unknown keys ignored, wrong types raise
        ``pydantic.ValidationError``."""
        return _adapter(cls).validate_python(data)  # type: ignore[no-any-return]


@dataclass(slots=True)
class Span(_Model):
    """Where a piece of evidence sits: a paragraph and a character range in it."""

    paragraph: int
    start: int
    end: int

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {"paragraph": self.paragraph, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Figure(_Model):
    """A number the article reports, with what it counts."""

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

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "label": self.label,
            "qualifier": self.qualifier,
            "sentence": self.sentence,
            "paragraph": self.paragraph,
            "key": self.key,
            "in_quote": self.in_quote,
            "start": self.start,
            "end": self.end,
        }


@dataclass(slots=True)
class Quote(_Model):
    """One utterance in quotation marks, with who said it.

    An interrupted quotation is one quote: ``spans`` holds each printed part.
    """

    text: str
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    paragraph: int = 0
    spans: list[Span] = field(default_factory=list)

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "mention": self.mention,
            "role": self.role,
            "cue": self.cue,
            "paragraph": self.paragraph,
            "spans": [s.model_dump() for s in self.spans],
        }


@dataclass(slots=True)
class Source(_Model):
    """Who or what the article relies on, with every place it is cited."""

    name: str
    kind: SourceKind
    mentions: int = 1
    evidence: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": self.mentions,
            "evidence": list(self.evidence),
            "spans": [s.model_dump() for s in self.spans],
        }


@dataclass(slots=True)
class Brief(_Model):
    """A whole brief: the article's metadata, cleaned body and its skeleton."""

    id: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    url: str | None = None
    credit: str | None = None
    summary: str | None = None
    body: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    extractor_version: str | None = None

    def model_dump(self, mode: str = "python") -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "outlet": self.outlet,
            "authors": list(self.authors),
            "published": self.published,
            "url": self.url,
            "credit": self.credit,
            "summary": self.summary,
            "body": list(self.body),
            "figures": [f.model_dump() for f in self.figures],
            "quotes": [q.model_dump() for q in self.quotes],
            "sources": [s.model_dump() for s in self.sources],
            "extractor_version": self.extractor_version,
        }

    def to_json(self, indent: int | None = None) -> str:
        """The contract JSON (unicode kept as written; compact unless ``indent``)."""
        if indent is None:
            text = json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"),
                              allow_nan=False)
        else:
            text = json.dumps(self.model_dump(), ensure_ascii=False, indent=indent,
                              allow_nan=False)
        # A lone surrogate (JSON input may carry "\ud800") is not UTF-8, and NaN is not JSON:
        # refuse both here, so a batch reports that article instead of failing when writing.
        text.encode("utf-8")
        return text

    @classmethod
    def from_json(cls, data: str | bytes) -> Brief:
        """A brief from outside JSON text, validated (see :meth:`model_validate`)."""
        return _adapter(cls).validate_json(data)  # type: ignore[no-any-return]
