"""A name right before ", in" and a county the article resolved ("Lebanon, in Warren County") is the town of that name
in the county: the town of its name in the county's first-level region nearest the county's point, when one lies within
COUNTY_TOWN_KM of it, rather than the country, the bigger namesake or the county abroad the name read as alone."""

from __future__ import annotations

from .distance import km
from .gazetteer import Gazetteer
from .keys import name_key
from .place import Place, from_feature

COUNTY_TOWN_KM = 60.0  # a county's towns lie this close to its point (the largest US counties are wider: none found)
IN = ", in "


def county_towns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each name followed by ", in " and a county made the town of its name in that county."""
    counties = {p.start: p for p in places if p.feature_code == "ADM2" and p.admin1 and p.lat is not None}
    return [_county_town(text, p, counties.get(p.end + len(IN)), gaz) or p for p in places]


def _county_town(text: str, place: Place, county: Place | None, gaz: Gazetteer) -> Place | None:
    if county is None or not text.startswith(IN, place.end) or place.feature_code == "ADM2":
        return None
    if (place.feature_class == "P" and (place.country_code, place.admin1) == (county.country_code, county.admin1)):
        return None  # already a town of the county's region
    towns = [f for f in gaz.lookup(name_key(place.text))
             if f.fclass == "P" and (f.cc, f.admin1) == (county.country_code, county.admin1) and f.lat is not None
             and km(f.lat, f.lon, county.lat, county.lon) < COUNTY_TOWN_KM]
    best = min(towns, key=lambda f: km(f.lat, f.lon, county.lat, county.lon), default=None)
    return from_feature(place.start, place.end, place.text, best, place.direction) if best else None
