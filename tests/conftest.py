"""Shared fixtures: the real spaCy pipeline, the shared gold folder, small helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_file(relative: str) -> Path:
    """A file under ../shared: skip when ../shared is absent, fail when it is there but the file is not."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"../shared is missing under CI (looked for {SHARED})")
        pytest.skip(f"../shared is not beside the checkout ({SHARED}); gold-set checks need it")
    path = SHARED / relative
    assert path.is_file(), f"{path} is missing from ../shared"
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventwire import Pipeline, load_settings

    return Pipeline(load_settings(env={}))


@pytest.fixture(scope="session")
def code(pipeline):
    """Analyse a text and return its events as PLOVER dicts."""
    from eventwire import Article
    from eventwire.pipeline import parse_date

    def run(text: str, published: str | None = "2022-09-07") -> list[dict]:
        article = Article(text=text, published=parse_date(published))
        return [e.as_dict() for e in pipeline.analyze(article).events]

    return run


@pytest.fixture(scope="session")
def gaz():
    """The gazetteer, built once (from the cache when it is current)."""
    from eventwire.geo import load_gazetteer

    return load_gazetteer()


def by_text(text: str, gaz) -> dict[str, object]:
    """The places found in a text, by their text."""
    from eventwire.geo import find_places

    return {p.text: p for p in find_places(text, gazetteer=gaz)}


def all_named(text: str, name: str, gaz) -> list:
    """Every place found in a text under this text, in order."""
    from eventwire.geo import find_places

    return [p for p in find_places(text, gazetteer=gaz) if p.text == name]


def place_named(text: str, name: str):
    """The first place found in a text under this text."""
    from eventwire.geo import find_places

    return next(p for p in find_places(text) if p.text == name)


def python_calls(run) -> int:
    """How many Python and built-in function calls `run()` makes: a measure of work that a busy machine does not
    change, for tests of how work grows with input (speed itself is measured by `make bench`)."""
    import sys

    count = 0

    def counter(frame, event, arg):
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(counter)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


def in_country_near(place, cc: str, point: tuple[float, float], within: float = 15.0) -> None:
    """Fail unless the place is in that country (ISO-2) and within `within` km of the point."""
    from eventwire.geo.distance import km

    assert place.country_code == cc, (place.text, place.country_code)
    assert km(place.lat, place.lon, *point) < within, place.text


def near(place, lat: float, lon: float, tolerance: float = 1.0) -> bool:
    """The place has a point within `tolerance` degrees of (lat, lon) on both axes."""
    return place.lat is not None and abs(place.lat - lat) < tolerance and abs(place.lon - lon) < tolerance


def expect_event(events: list[dict], event: str, actor: set[str], recipient: set[str]) -> None:
    """Fail, listing what was coded, unless an event of this type has these actor and recipient codes."""
    hit = find(events, event, actor=actor, recipient=recipient)
    assert hit, f"expected {event} {actor}->{recipient}, got {[(e['event'], e['actor'], e['recipient']) for e in events]}"


def find(events: list[dict], event: str, **where: object) -> dict | None:
    """The first event of a type whose fields match, codes given as sets of actor/recipient codes."""
    for ev in events:
        if ev["event"] != event:
            continue
        actors = {a["code"] for a in ev["actor"]}
        recipients = {r["code"] for r in ev["recipient"]}
        if "actor" in where and not set(where["actor"]) <= actors:
            continue
        if "recipient" in where and not set(where["recipient"]) <= recipients:
            continue
        if "status" in where and ev["status"] != where["status"]:
            continue
        return ev
    return None
