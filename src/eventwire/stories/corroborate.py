"""Corroboration: events of one story that describe the same happening become one story event with counts.

Two events describe the same happening when they have the same PLOVER type, their actor codes
overlap, their recipient codes overlap (or one side names none), and status, date and place agree.
A group only takes an event compatible with every member (no chaining). Counts: articles,
sources (distinct outlets) and independent origins (a reprint shares its original's origin).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..model import content_id

DATE_TOLERANCE_DAYS = 2
"""Two full dates this close still fit one happening (reports and reprints lag a day or two)."""


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """One happening of a story, with how many articles, outlets and independent origins report it."""

    id: str
    event: str
    status: str
    date: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    num_articles: int
    num_sources: int
    num_origins: int
    num_mentions: int
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]

    def as_dict(self) -> dict:
        return {
            "id": self.id, "event": self.event, "status": self.status, "date": self.date,
            "actor": list(self.actor), "recipient": list(self.recipient),
            "num_articles": self.num_articles, "num_sources": self.num_sources,
            "num_origins": self.num_origins, "num_mentions": self.num_mentions,
            "event_ids": list(self.event_ids), "article_ids": list(self.article_ids),
        }


def codes(event: dict, role: str) -> frozenset[str]:
    """The country/IGO codes of an event's actors or recipients."""
    return frozenset(e["code"] for e in event.get(role) or () if e.get("code"))


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def dates_agree(a: str, b: str, tolerance: int = DATE_TOLERANCE_DAYS) -> bool:
    """Dates fit one happening: either is unknown, one contains the other (2022-09 ⊃ 2022-09-07), or they are close."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    first, second = _day(a), _day(b)
    return first is not None and second is not None and abs((first - second).days) <= tolerance


def place_of(event: dict) -> str:
    """A place key if the event has one (geonameid or country code of its location), else ''."""
    place = event.get("location") or event.get("place") or {}
    if isinstance(place, dict):
        return str(place.get("geonameid") or place.get("country_code") or "")
    return str(place)


def _overlap(a: frozenset[str], b: frozenset[str], *, required: bool) -> bool:
    if not a or not b:
        return not required or (not a and not b)
    return bool(a & b)


def _facts(event: dict) -> tuple:
    """What `same_happening` compares, read once per event: (type, status), actors, recipients, place, date."""
    return ((event.get("event"), event.get("status") or ""), codes(event, "actor"), codes(event, "recipient"),
            place_of(event), str(event.get("date") or ""))


def _same(a: tuple, b: tuple) -> bool:
    """Facts of two events of the same type and status fit one happening."""
    return (_overlap(a[1], b[1], required=True) and _overlap(a[2], b[2], required=False)
            and dates_agree(a[4], b[4]) and (not a[3] or not b[3] or a[3] == b[3]))


def same_happening(a: dict, b: dict) -> bool:
    """Whether two coded events can describe the same happening."""
    first, second = _facts(a), _facts(b)
    return first[0] == second[0] and _same(first, second)


def _group(events: list[dict]) -> list[list[dict]]:
    """Each event joins the first group (in the order groups began) all of whose members it fits, else starts one."""
    groups: list[tuple[list[dict], list[tuple]]] = []
    by_kind: dict[tuple, list[int]] = {}
    for event in events:
        facts = _facts(event)
        kind = by_kind.setdefault(facts[0], [])
        home = next((i for i in kind if all(_same(facts, other) for other in groups[i][1])), None)
        if home is None:
            kind.append(len(groups))
            groups.append(([event], [facts]))
        else:
            groups[home][0].append(event)
            groups[home][1].append(facts)
    return [members for members, _ in groups]


def _story_event(members: list[dict]) -> StoryEvent:
    first = members[0]
    articles = tuple(dict.fromkeys(str(m.get("article_id", "")) for m in members))
    outlets = {m.get("outlet") or m.get("article_id") for m in members}
    origins = {m.get("origin") or m.get("article_id") for m in members}
    dates = sorted(str(m.get("date") or "") for m in members if m.get("date"))
    event_ids = tuple(str(m.get("id", "")) for m in members)
    return StoryEvent(
        id=content_id("story-event", *sorted(event_ids)), event=first["event"], status=first.get("status", ""),
        date=dates[0] if dates else "",
        actor=tuple(sorted(set().union(*(codes(m, "actor") for m in members)))),
        recipient=tuple(sorted(set().union(*(codes(m, "recipient") for m in members)))),
        num_articles=len(articles), num_sources=len(outlets), num_origins=len(origins),
        num_mentions=len(members), event_ids=event_ids, article_ids=articles,
    )


def corroborate(events: Iterable[dict]) -> list[StoryEvent]:
    """Merge the events of one story into story events, most corroborated first (then in input order)."""
    merged = [_story_event(group) for group in _group(list(events))]
    return sorted(merged, key=lambda s: (-s.num_origins, -s.num_articles))
