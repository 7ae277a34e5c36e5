"""Names listed before a plural county word ("40 cases in Chatham and Richmond counties") are counties, not towns of
those names elsewhere: each is a county of the first-level region its sentence names (at that region's point, as a
county the gazetteer lacks), when the sentence names one region of the town's country, or several but only one with a
county of that name in GeoNames' tables ("Lee County, Florida, and Chatham and Richmond counties in Georgia")."""

from __future__ import annotations

import re
from dataclasses import replace

from .gate import gate
from .gazetteer import Gazetteer
from .keys import name_key
from .place import Place

NAME = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
COUNTY_LIST = gate(re.compile(
    rf"\b{NAME}(?:(?:, | and |, and ){NAME})+ (?:counties|Counties|parishes|Parishes)\b"),
    "ounties", "arishes")
SENTENCE_END = re.compile(r"[.!?]\s")


def county_lists(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, with each town listed before "counties" made a county of its sentence's region."""
    spans = [m.span() for m in COUNTY_LIST.finditer(text)]
    if not spans:
        return places
    out = []
    for place in places:
        inside = any(a <= place.start and place.end <= b for a, b in spans)
        county = _county_of_region(text, place, places, gaz) if inside and place.feature_class == "P" else None
        out.append(county or place)
    return out


def _county_of_region(text: str, place: Place, places: list[Place], gaz: Gazetteer) -> Place | None:
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, place.start)), default=0)
    end = next((m.start() for m in SENTENCE_END.finditer(text, place.end)), len(text))
    holders = [p for p in places if start <= p.start < end and p.feature_code == "ADM1"
               and p.country_code == place.country_code and not p.direction]
    if len({(p.lat, p.lon) for p in holders}) > 1:
        holders = [p for p in holders if _has_county(place.text, p, gaz)]
    if len({(p.lat, p.lon) for p in holders}) != 1:
        return None
    return replace(holders[0], start=place.start, end=place.end, text=place.text, geonameid=None, name=place.text,
                   feature_code="ADM2", resolution="admin2")


def _has_county(name: str, region: Place, gaz: Gazetteer) -> bool:
    """Whether GeoNames' tables have a county or parish of that name in the region."""
    keys = (name_key(f"{name} county"), name_key(f"{name} parish"), name_key(name))
    return any(f.cc == region.country_code and f.admin1 == region.admin1 and f.fcode == "ADM2"
               for key in keys for f in gaz.subdivisions(key, True))
