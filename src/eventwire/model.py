"""Plain, typed, frozen records. Every extracted item carries its evidence (character offsets)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

from .errors import EventwireError


def content_id(*parts: object, length: int = 16) -> str:
    """A stable id: the hex SHA-1 of the parts, truncated."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def parse_date(value: str | date | None, source: str = "<input>") -> date | None:
    """A publication date from YYYY-MM-DD text (EW106 when it does not parse)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise EventwireError("EW106", path=source, value=value) from None


@dataclass(frozen=True, slots=True)
class Article:
    """One input document."""

    text: str
    published: date | None = None
    id: str = ""
    title: str = ""
    outlet: str = ""
    url: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.published, str):  # "2024-03-08" from a caller of the Python API
            object.__setattr__(self, "published", parse_date(self.published, self.id or "<article>"))
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text, self.published or ""))


UNKNOWN_COUNTRY = "---"
"""CAMEO's code for an actor whose country the text does not give (PETRARCH writes "---GOV", "---OPP")."""


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor: ISO-3 country (or IGO/NGO/IMG) plus sector, with the text it came from."""

    code: str
    sector: str | None
    entity_text: str
    identifier_text: str
    start: int
    end: int
    kind: str = "country"

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.entity_text,
            "identifier_text": self.identifier_text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class TextInfo:
    """The evidence: the sentence an event came from and its offsets in the article text."""

    sentence: str
    start: int
    end: int
    trigger_start: int
    trigger_end: int

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, with PLOVER field names."""

    id: str
    article_id: str
    date: str
    event: str
    mode: str
    context: tuple[str, ...]
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    event_text: str
    cameo: str
    quad_code: int
    event_scale: float
    status: str
    text_info: TextInfo
    date_source: str = "published"
    date_value: str | None = None
    date_precision: str = "day"
    event_loc: dict | None = None

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date,
            "date_source": self.date_source,
            "date_value": self.date_value,
            "date_precision": self.date_precision,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.as_dict() for a in self.actor],
            "recipient": [r.as_dict() for r in self.recipient],
            "event_text": self.event_text,
            "cameo": self.cameo,
            "quad_code": self.quad_code,
            "event_scale": self.event_scale,
            "status": self.status,
            "text_info": self.text_info.as_dict(),
            "event_loc": self.event_loc,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline makes of one article: its events and every item found, with offsets."""

    article: Article
    events: tuple[Event, ...] = field(default_factory=tuple)
    entities: tuple[Entity, ...] = field(default_factory=tuple)
    sentences: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    mentions: tuple[Entity, ...] = field(default_factory=tuple)
    timexes: tuple = field(default_factory=tuple)
    places: tuple = field(default_factory=tuple)
