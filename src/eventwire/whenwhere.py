"""Each event's own time and place: the time expression and the locative phrase that govern its clause."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date
from typing import Sequence

from spacy.tokens import Doc, Token

from .geo import Place, governing_place
from .model import Event
from .timex import Timex, governing_timex, timex_date


def location(place: Place) -> dict:
    """The PLOVER/Mordecai-style location object of an event (`event_loc`)."""
    return {
        "name": place.name, "geonameid": place.geonameid, "lat": place.lat, "lon": place.lon,
        "country_code": place.country_code, "country": place.country, "admin1": place.admin1,
        "feature_class": place.feature_class, "feature_code": place.feature_code,
        "resolution": place.resolution, "direction": place.direction,
        "text": place.text, "start": place.start, "end": place.end,
    }


class SpanIndex:
    """Time expressions or places looked up by the sentence they lie in, in their own order: one bisection per
    sentence, not a scan of the article's (a text of a megabyte has thousands)."""

    def __init__(self, items: Sequence) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]

    def within(self, start: int, end: int) -> tuple:
        """The items whose span lies within [start, end)."""
        chosen = self.order[bisect_left(self.starts, start):bisect_left(self.starts, end)]
        return tuple(self.items[i] for i in sorted(chosen) if self.items[i].end <= end)


def trigger_token(doc: Doc, offset: int, event: Event) -> Token | None:
    """The token of the sentence doc where the event's trigger starts."""
    info = event.text_info
    span = doc.char_span(info.trigger_start - offset, info.trigger_end - offset, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _anchors(token: Token) -> list[Token]:
    """The trigger, then the verbs of relative clauses on it or its object ("held drills that ended Wednesday in ...")."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    return [token] + [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]


def _first(find, anchors: list[Token]):
    """The first non-None result of `find` over the anchors."""
    for anchor in anchors:
        found = find(anchor)
        if found is not None:
            return found
    return None


def place_event(event: Event, doc: Doc, offset: int, timexes: tuple[Timex, ...], places: tuple[Place, ...],
                published: date | None) -> Event:
    """The event with the date of its governing time expression and the location of its governing place."""
    token = trigger_token(doc, offset, event)
    if token is None:
        return event
    changes: dict = {}
    anchors = _anchors(token)
    timex = _first(lambda t: governing_timex(doc, offset, t, timexes), anchors) if timexes else None
    dated = timex_date(timex) if timex is not None else None
    if dated is not None:
        changes.update(date=dated[0], date_value=timex.value, date_precision=dated[1], date_source="text")
    elif published is not None:
        changes.update(date_value=published.isoformat())
    place = _first(lambda t: governing_place(doc, offset, t, places), anchors) if places else None
    if place is not None and (place.geonameid is not None or place.resolution == "relative"):
        changes["event_loc"] = location(place)
    return replace(event, **changes) if changes else event
