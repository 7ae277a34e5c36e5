"""Names listed before a plural county word ("40 cases in Chatham and Richmond counties") are counties, not towns of
those names elsewhere: each is a county of the first-level region its sentence names (at that region's point, as a
county the gazetteer lacks), when the sentence names one region of the town's country."""

from __future__ import annotations

import re
from dataclasses import replace

from .place import Place

NAME = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
COUNTY_LIST = re.compile(rf"\b{NAME}(?:(?:, | and |, and ){NAME})+ (?:counties|Counties|parishes|Parishes)\b")
SENTENCE_END = re.compile(r"[.!?]\s")


def county_lists(text: str, places: list[Place]) -> list[Place]:
    """The places, with each town listed before "counties" made a county of its sentence's region."""
    spans = [m.span() for m in COUNTY_LIST.finditer(text)]
    if not spans:
        return places
    out = []
    for place in places:
        inside = any(a <= place.start and place.end <= b for a, b in spans)
        county = _county_of_region(text, place, places) if inside and place.feature_class == "P" else None
        out.append(county or place)
    return out


def _county_of_region(text: str, place: Place, places: list[Place]) -> Place | None:
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, place.start)), default=0)
    end = next((m.start() for m in SENTENCE_END.finditer(text, place.end)), len(text))
    holders = [p for p in places if start <= p.start < end and p.feature_code == "ADM1"
               and p.country_code == place.country_code and not p.direction]
    if len({(p.lat, p.lon) for p in holders}) != 1:
        return None
    return replace(holders[0], start=place.start, end=place.end, text=place.text, geonameid=None, name=place.text,
                   feature_code="ADM2", resolution="admin2")
