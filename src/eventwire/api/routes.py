"""Read endpoints: thin translations from query parameters to Store calls."""

from __future__ import annotations

from enum import Enum
from typing import Iterator

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse

from ..errors import EventwireError
from ..export import FORMATS, write_export
from ..store import EventFilter
from . import models as m
from .access import Access
from .filters import ACTOR_PATTERN, OFFSET, event_filter, limit_param
from .streaming import stream_writer

ERRORS = {
    400: {"model": m.ErrorBody, "description": "A bad parameter value (coded error, e.g. EW503)"},
    422: {"model": m.ErrorBody, "description": "A malformed request (EW704)"},
    503: {"model": m.ErrorBody, "description": "The store cannot be opened (EW501, EW502)"},
}
NOT_FOUND = {404: {"model": m.ErrorBody, "description": "No such item"}}
router = APIRouter(prefix="/api", responses=ERRORS)
ExportName = Enum("ExportName", {name: name for name in FORMATS}, type=str)  # type: ignore[misc]


def _body_schema(media_type: str) -> dict:
    """The OpenAPI schema of an export body: an object for JSON documents, else bytes."""
    return {"type": "object"} if media_type.endswith("+json") else {"type": "string", "format": "binary"}


class EventFormat(str, Enum):
    json = "json"
    csv = "csv"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


def access(request: Request) -> Access:
    return request.app.state.access


@router.get("/stats", response_model=m.Stats, tags=["store"])
def stats(acc: Access = Depends(access)) -> dict:
    """Counts of articles, events, entities, places, time expressions, stories and quarantined inputs."""
    with acc.reading() as store:
        return {"store": store.path, "counts": store.stats(), "events_by_type": store.counts_by_type()}


@router.get("/events", response_model=m.EventPage, tags=["events"],
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                             "description": "A page of events (JSON), or the same rows as CSV with format=csv"}})
def events(flt: EventFilter = Depends(event_filter), limit: int = limit_param(), offset: int = OFFSET,
           format: EventFormat = Query(EventFormat.json, description="json (a page with the total) or csv."),
           acc: Access = Depends(access)):
    """Stored events matching every filter, newest first, a page at a time."""
    if format is EventFormat.csv:
        return _stream(acc, flt, "csv", limit, offset)
    with acc.reading() as store:
        return {"total": store.count_events(flt), "limit": limit, "offset": offset,
                "events": store.events(flt, limit=limit, offset=offset)}


@router.get("/dyads", response_model=m.DyadSeries, tags=["events"])
def dyads(actor: str = Query(..., pattern=ACTOR_PATTERN, examples=["RUS"], description="Actor: RUS or RUS:MIL."),
          recipient: str = Query(..., pattern=ACTOR_PATTERN, examples=["UKR"], description="Recipient: UKR or UKR:GOV."),
          by: Period = Query(Period.month, description="Period of the series."),
          acc: Access = Depends(access)) -> dict:
    """The cooperation-conflict series of a directed pair: per period, counts per type and quad, summed scale."""
    with acc.reading() as store:
        series = store.dyads(actor, recipient, by.value)
    return {"actor": actor.strip().upper(), "recipient": recipient.strip().upper(), "by": by.value, "series": series}


@router.get("/actors", response_model=m.Actors, tags=["events"])
def actors(limit: int = limit_param(20, 500), acc: Access = Depends(access)) -> dict:
    """The most active actors (as actor and as recipient) and the most active directed dyads."""
    with acc.reading() as store:
        return store.actors(limit)


@router.get("/stories", response_model=m.Stories, tags=["stories"])
def stories(limit: int = limit_param(20, 500), offset: int = OFFSET, acc: Access = Depends(access)) -> dict:
    """Stories (articles about the same happening), newest first; empty until stories are built."""
    with acc.reading() as store:
        if not hasattr(store, "stories"):
            return {"available": False, "stories": []}
        return {"available": True, "stories": store.stories(limit=limit, offset=offset)}


@router.get("/stories/{story_id}", response_model=m.StoryDetail, tags=["stories"], responses=NOT_FOUND)
def story(story_id: str = Path(..., max_length=200), acc: Access = Depends(access)) -> dict:
    """One story: its articles, its events with corroboration counts, and the verification flags."""
    with acc.reading() as store:
        found = store.story(story_id) if hasattr(store, "story") else None
    if not found:
        raise EventwireError("EW705", story=story_id)
    return found


@router.get("/articles", response_model=m.ArticleList, tags=["articles"])
def articles(limit: int = limit_param(), offset: int = OFFSET, acc: Access = Depends(access)) -> dict:
    """Stored articles, newest first."""
    with acc.reading() as store:
        return {"limit": limit, "offset": offset, "articles": store.articles(limit=limit, offset=offset)}


@router.get("/articles/{article_id}", response_model=m.ArticleDetail, tags=["articles"], responses=NOT_FOUND)
def article(article_id: str = Path(..., max_length=200), acc: Access = Depends(access)) -> dict:
    """One article: its text and its events, actors, places, time expressions and flags, with offsets."""
    with acc.reading() as store:
        return store.article(article_id)


@router.get("/quarantine", response_model=m.QuarantineList, tags=["store"])
def quarantine(acc: Access = Depends(access)) -> dict:
    """Inputs that could not be read, with their source and the coded reason."""
    with acc.reading() as store:
        return {"items": store.quarantined()}


@router.get("/exports", response_model=list[m.ExportFormatInfo], tags=["exports"])
def export_formats() -> list[dict]:
    """The export formats and where to download each."""
    return [{"name": f.name, "suffix": f.suffix, "media_type": f.media_type, "help": f.help,
             "url": f"/api/exports/{f.name}"} for f in FORMATS.values()]


@router.get("/exports/{fmt}", tags=["exports"], response_class=StreamingResponse,
            responses={200: {"content": {f.media_type: {"schema": _body_schema(f.media_type)} for f in FORMATS.values()},
                             "description": "The matching events in the chosen format, streamed"}})
def export(fmt: ExportName, flt: EventFilter = Depends(event_filter),  # type: ignore[valid-type]
           limit: int | None = Query(None, ge=1, le=10_000_000, description="At most this many events (default all)."),
           acc: Access = Depends(access)) -> StreamingResponse:
    """The events matching the filters in a standard format (PLOVER, GDELT, ICEWS, Parquet, CSV, GeoJSON), streamed."""
    return _stream(acc, flt, fmt.value, limit, 0, attachment=True)


def _stream(acc: Access, flt: EventFilter, fmt: str, limit: int | None, offset: int,
            attachment: bool = False) -> StreamingResponse:
    """Stream the export writer over the store's events; the store closes when the writer is done."""
    kind = FORMATS[fmt]
    store = acc.open()
    records = store.iter_events(flt, limit=limit, offset=offset, with_article=True)
    body: Iterator[bytes] = stream_writer(lambda out: write_export(records, fmt, out), store.close)
    headers = {"Content-Disposition": f'attachment; filename="events{kind.suffix}"'} if attachment else {}
    media = kind.media_type + ("; charset=utf-8" if kind.media_type.startswith("text/") else "")
    return StreamingResponse(body, media_type=media, headers=headers)
