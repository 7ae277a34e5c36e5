"""A county named with its kind word whose country has several of that name ("Carbon County": one each in
Pennsylvania, Montana, Wyoming and Utah; "Delaware County", which is no US state) is the one the article is about:
of the first-level region named right after it ("Carbon County, Mont."), else of the one region the article names
that has such a county (of several, the one named last before it), else the one nearest the towns the article
names."""

from __future__ import annotations

from .distance import km
from .gazetteer import Feature, Gazetteer
from .place import Place, from_feature
from .subdivision_places import COUNTY_AFTER, COUNTY_NAMES, counties_named

NEAR_COUNTY_KM = 150.0  # a county whose point lies this near a town of the article is the one meant


def article_counties(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each county of a shared name (or first-level region read under a county's name) re-chosen as
    described above."""
    states = [p for p in places if p.feature_code == "ADM1" and p.admin1]
    towns = [(p.lat, p.lon) for p in places
             if p.feature_class == "P" and p.geonameid is not None and p.lat is not None]
    chosen: dict[int, Place] = {}
    earlier: dict[str, Feature] = {}  # one sense per article: "Henry County ... Henry County" is the same county
    for p in sorted(places, key=lambda p: p.start):
        name = _county_name(text, p)
        if not name:
            continue
        qualified = text.startswith(", ", p.start + len(name)) and text[p.start + len(name) + 2:][:1].isupper()
        county = (earlier.get(name) if not qualified else None) or _choice(
            text, p, name, [s for s in states if s.start != p.start], towns, gaz)
        if county is not None:
            chosen[id(p)] = from_feature(p.start, p.end, p.text, county, p.direction)
            if not qualified:
                earlier.setdefault(name, county)
    return [chosen.get(id(p), p) for p in places]


def _county_name(text: str, p: Place) -> str:
    """The county's name with its kind word: the place's text, or a county's text and the kind word after it."""
    if p.feature_code not in ("ADM1", "ADM2") or not p.country_code:
        return ""
    if p.text.rsplit(" ", 1)[-1] in COUNTY_NAMES:
        return p.text
    after = COUNTY_AFTER.match(text, p.end) if p.feature_code == "ADM2" else None
    return text[p.start:after.end()] if after else ""


def _choice(text: str, p: Place, name: str, states: list[Place], towns: list[tuple[float, float]],
            gaz: Gazetteer) -> Feature | None:
    named = counties_named(gaz, name, p.country_code)
    if len(named) < 2:
        return named[0] if named and p.feature_code == "ADM1" else None
    end = p.start + len(name)
    after = next((s for s in states if s.start in (end + 1, end + 2) and text[end:end + 1] == ","), None)
    regions = {after.admin1} if after is not None else {s.admin1 for s in states if s.country_code == p.country_code}
    held = [f for f in named if f.admin1 in regions]
    if len(held) == 1:
        return held[0]
    before = [s.admin1 for s in sorted(states, key=lambda s: s.start) if s.end <= p.start]
    last = [f for f in held if before and f.admin1 == before[-1]]  # "in Michigan ... in Monroe County"
    if last:
        return last[0]
    near = [(min(km(f.lat, f.lon, lat, lon) for lat, lon in towns), f.fid, f) for f in (held or named)] if towns else []
    nearest = min(near, default=None)
    if nearest is not None and nearest[0] <= NEAR_COUNTY_KM:
        return nearest[2]
    return named[0] if p.feature_code == "ADM1" else None  # a region is no county: the largest of the name
