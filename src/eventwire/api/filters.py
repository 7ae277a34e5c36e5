"""Query parameters: the event filters (the same as the CLI's) and pagination, declared once."""

from __future__ import annotations

from datetime import date
from typing import Optional

from fastapi import Query

from ..store import EventFilter

ACTOR_PATTERN = r"^[A-Za-z]{2,4}(:[A-Za-z]{2,4})?$"


def event_filter(
    actor: Optional[str] = Query(None, description="Actor country or code, optionally with sector: RUS, RUS:MIL.",
                                 examples=["RUS"], pattern=ACTOR_PATTERN),
    recipient: Optional[str] = Query(None, description="Recipient, as actor.", pattern=ACTOR_PATTERN),
    type: Optional[str] = Query(None, description="PLOVER event type, e.g. ASSAULT.", max_length=40),
    status: Optional[str] = Query(None, description="occurred, planned, hypothetical or negated.", max_length=40),
    since: Optional[date] = Query(None, description="Event date on or after YYYY-MM-DD."),
    until: Optional[date] = Query(None, description="Event date on or before YYYY-MM-DD."),
    place: Optional[str] = Query(None, description="Country (ISO-3) where the event took place.", max_length=8),
    article: Optional[str] = Query(None, description="Only the events of this article id.", max_length=200),
    text: Optional[str] = Query(None, description="Words to find in the evidence sentence.", max_length=200),
    min_sources: Optional[int] = Query(None, ge=1, le=1000, description="Reported by at least this many outlets."),
) -> EventFilter:
    """The EventFilter of these parameters, checked (EW503) before any query runs."""
    flt = EventFilter(actor=actor, recipient=recipient, event_type=type, status=status, since=since, until=until,
                      place=place, article=article, text=text, min_sources=min_sources)
    flt.where()
    return flt


def limit_param(default: int = 50, maximum: int = 1000) -> Query:
    return Query(default, ge=1, le=maximum, description=f"At most this many items (1-{maximum}).")


OFFSET = Query(0, ge=0, le=10_000_000, description="Skip this many items (pagination).")
