"""Pydantic response and request models: they make the OpenAPI schema complete and checkable."""

from __future__ import annotations

from datetime import date
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    """A record that may carry more fields than listed (the store grows; clients ignore what they do not know)."""

    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str = Field(examples=["EW503"])
    message: str


class ErrorBody(BaseModel):
    """Every error: a stable code and a message naming the input."""

    error: ErrorDetail


class ActorRef(Open):
    code: str
    sector: Optional[str] = None
    entity_text: Optional[str] = None
    identifier_text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class TextInfo(Open):
    sentence: str
    start: int
    end: int
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None


class EventRecord(Open):
    """One PLOVER event with its evidence (offsets into the article text)."""

    id: str
    article_id: Optional[str] = None
    date: Optional[str] = None
    event: str
    mode: Optional[str] = None
    context: list[str] = []
    actor: list[ActorRef] = []
    recipient: list[ActorRef] = []
    event_text: Optional[str] = None
    cameo: Optional[str] = None
    quad_code: Optional[int] = None
    event_scale: Optional[float] = None
    status: Optional[str] = None
    text_info: Optional[TextInfo] = None
    event_loc: Optional[dict] = None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[EventRecord]


class Stats(BaseModel):
    store: str
    counts: dict[str, int]
    events_by_type: dict[str, int]


class DyadPeriod(Open):
    period: str
    events: int
    event_scale: float
    by_type: dict[str, int]
    by_quad: dict[str, int]


class DyadSeries(BaseModel):
    actor: str
    recipient: str
    by: str
    series: list[DyadPeriod]


class ActorCount(Open):
    actor: str
    as_actor: int
    as_recipient: int
    events: int


class DyadCount(Open):
    actor: str
    recipient: str
    events: int
    event_scale: Optional[float] = None


class Actors(BaseModel):
    actors: list[ActorCount]
    dyads: list[DyadCount]


class StorySummary(Open):
    story_id: str
    title: Optional[str] = None
    articles: int = 0
    outlets: list[str] = []
    start: Optional[str] = None
    end: Optional[str] = None
    events: dict[str, int] = {}


class Stories(BaseModel):
    available: bool = Field(description="False while this store has no story index (stories not built yet).")
    stories: list[StorySummary]


class StoryArticle(Open):
    id: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    duplicate_of: Optional[str] = None


class StoryDetail(Open):
    story_id: str
    title: Optional[str] = None
    articles: list[StoryArticle] = []
    events: list[EventRecord] = []
    flags: dict[str, list[dict]] = {}


class ArticleSummary(Open):
    id: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    n_events: Optional[int] = None
    duplicate_of: Optional[str] = None
    story_id: Optional[str] = None


class ArticleList(BaseModel):
    limit: int
    offset: int
    articles: list[ArticleSummary]


class ArticleDetail(ArticleSummary):
    text: str
    source: Optional[str] = None
    events: list[EventRecord] = []
    entities: list[dict] = []
    places: list[dict] = []
    timexes: list[dict] = []
    flags: list[dict] = []


class Quarantined(Open):
    source: str
    code: str
    message: str
    raw_bytes: Optional[int] = None
    quarantined_at: Optional[str] = None


class QuarantineList(BaseModel):
    items: list[Quarantined]


class ExportFormatInfo(BaseModel):
    name: str
    suffix: str
    media_type: str
    help: str
    url: str


class AnalyzeRequest(BaseModel):
    """One article text to code; nothing is stored."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="The article text.")
    published: Optional[date] = Field(None, description="Publication date, YYYY-MM-DD (anchors dates and office holders).",
                                     examples=["2022-09-07"])


class AnalyzeResult(BaseModel):
    article_id: str
    events: list[EventRecord]
    entities: list[dict]
    places: list[dict]
    timexes: list[dict]


class ArticleIn(BaseModel):
    """An article to store, with the fields of a JSONL input line."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    id: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = Field(None, examples=["2022-09-07"])


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)


class IngestResult(BaseModel):
    summary: dict[str, float | int]
    rejected: list[ErrorDetail]
    store: dict[str, int]
