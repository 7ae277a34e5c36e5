"""Names listed before a plural county word ("40 cases in Chatham and Richmond counties") are counties, not towns of
those names elsewhere: the counties GeoNames' tables have of the one region most of the names are counties of (at
their own points); else each is a county of the first-level region its sentence names (at that region's point, as a
county the gazetteer lacks), when the sentence names one region of the town's country, or several but only one with a
county of that name in GeoNames' tables ("Lee County, Florida, and Chatham and Richmond counties in Georgia")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gate import gate
from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .place import Place, from_feature

NAME = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
COUNTY_LIST = gate(re.compile(
    rf"\b{NAME}(?:(?:, | and |, and ){NAME})+ (?:counties|Counties|parishes|Parishes)\b"),
    "ounties", "arishes")
SENTENCE_END = re.compile(r"[.!?]\s")
# "for Lamar and neighboring counties", "in Clare and surrounding counties": the name is a county's.
NEIGHBOURING = gate(re.compile(
    rf"\b({NAME}) and (?:the )?(?:neighbou?ring|surrounding|nearby|adjacent|adjoining|outlying|other) "
    r"(?:counties|parishes)\b"), "ounties", "arishes")


def county_lists(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, with each town listed before "counties" made a county of its sentence's region, and each name
    before "and neighbouring counties" the county of that name of the article's region (`neighbour_counties`)."""
    places = neighbour_counties(text, places, gaz)
    spans = [m.span() for m in COUNTY_LIST.finditer(text)]
    if not spans:
        return places
    listed: dict[tuple[int, int], Place] = {}
    for span in spans:
        listed.update(_listed_counties(text, span, places, gaz))
    out = []
    for place in places:
        span = next(((a, b) for a, b in spans if a <= place.start and place.end <= b), None)
        county = listed.get((place.start, place.end))
        if county is None and span and place.feature_class == "P":
            county = _county_of_region(text, place, span, places, gaz)
        out.append(county or place)
    return out


def neighbour_counties(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each name before "and neighbouring counties" the county (or parish) of that name in the first-level
    region the article's places point to most: regions it names first, then its towns' (a tie: left as it was)."""
    found = {m.span(1): m.group(1) for m in NEIGHBOURING.finditer(text)}
    if not found:
        return places
    named = Counter((p.country_code, p.admin1) for p in places if p.feature_code == "ADM1" and p.admin1)
    towns = Counter((p.country_code, p.admin1) for p in places if p.feature_class == "P" and p.admin1)
    counties = {span: _region_county(name, named, towns, gaz) for span, name in found.items()}
    out = [p for p in places if counties.get((p.start, p.end)) is None]
    out += [from_feature(a, b, found[(a, b)], f) for (a, b), f in counties.items() if f is not None]
    return sorted(out, key=lambda p: p.start)


def _region_county(name: str, named: Counter[tuple[str, str]], towns: Counter[tuple[str, str]],
                   gaz: Gazetteer) -> Feature | None:
    keys = (name_key(name), name_key(f"{name} county"), name_key(f"{name} parish"), name_key(f"county {name}"))
    options = {(f.cc, f.admin1): f for key in keys for f in gaz.lookup(key) + gaz.subdivisions(key, True)
               if f.fcode == "ADM2" and (named[(f.cc, f.admin1)] or towns[(f.cc, f.admin1)])}
    ranked = sorted(options, key=lambda r: (named[r], towns[r]), reverse=True)
    if not ranked or (len(ranked) > 1 and (named[ranked[0]], towns[ranked[0]]) == (named[ranked[1]], towns[ranked[1]])):
        return None
    return options[ranked[0]]


def _listed_counties(text: str, span: tuple[int, int], places: list[Place],
                     gaz: Gazetteer) -> dict[tuple[int, int], Place]:
    """The listed names as the counties (or parishes) GeoNames has of one region: the region most of them name a
    county of, a region the article names breaking a tie ("Terry, Dawson and Lynn counties": Texas', though Dawson
    County is also Georgia's and Montana's), then the region of most of the article's towns; none when no one region
    stands out."""
    kind = "parish" if text[span[0]:span[1]].lower().endswith("parishes") else "county"
    items = [p for p in places if span[0] <= p.start and p.end <= span[1]  # and "Franklin, Delaware and Union
             and (p.feature_class == "P" or p.geonameid is None or p.feature_code in ("ADM1", "ADM2"))]  # counties" of Ohio
    options = {(p.start, p.end): {(f.cc, f.admin1): f for f in gaz.subdivisions(name_key(f"{p.text} {kind}"), True)
                                  if f.fcode == "ADM2"} for p in items}
    votes = Counter(region for found in options.values() for region in found)
    named = {(p.country_code, p.admin1) for p in places if p.feature_code == "ADM1"}
    towns = Counter((p.country_code, p.admin1) for p in places if p.feature_class == "P" and p.geonameid is not None
                    and not span[0] <= p.start < span[1])  # "... counties, the Columbus schools said": Ohio's

    def weight(region: tuple[str, str]) -> tuple[int, bool, int]:
        return votes[region], region in named, towns[region]
    ranked = sorted(votes, key=weight, reverse=True)
    if not ranked or (len(ranked) > 1 and weight(ranked[1]) == weight(ranked[0])):
        return {}
    return {(p.start, p.end): from_feature(p.start, p.end, p.text, options[(p.start, p.end)][ranked[0]])
            for p in items if ranked[0] in options[(p.start, p.end)]}


def _county_of_region(text: str, place: Place, span: tuple[int, int], places: list[Place],
                      gaz: Gazetteer) -> Place | None:
    """The county of the region its sentence names, outside the list: a region listed with the towns is one of the
    counties ("Kiambu, Machakos and Turkana counties": Kenya's counties are its first-level regions)."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, place.start)), default=0)
    end = next((m.start() for m in SENTENCE_END.finditer(text, place.end)), len(text))
    holders = [p for p in places if start <= p.start < end and p.feature_code == "ADM1"
               and p.country_code == place.country_code and not p.direction and not span[0] <= p.start < span[1]]
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


def town_counties(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each county named right after a town and ", in " ("near Tupelo, in Lee County") made the
    county of that name in the town's first-level region, when GeoNames' tables have one there."""
    ends = {p.end: p for p in places if p.feature_class == "P" and p.geonameid is not None and p.admin1}
    return [_town_county(text, p, ends.get(p.start - len(", in ")), gaz) or p for p in places]


def _town_county(text: str, place: Place, town: Place | None, gaz: Gazetteer) -> Place | None:
    if town is None or not text.startswith(", in ", town.end) or place.feature_class not in ("A", "P"):
        return None
    name = place.text if place.text.endswith(COUNTY_WORDS) else f"{place.text} County"
    if not text.startswith(name, place.start):
        return None
    found = [f for f in gaz.subdivisions(name_key(name), True)
             if f.fcode == "ADM2" and (f.cc, f.admin1) == (town.country_code, town.admin1)]
    if len(found) != 1 or found[0].geonameid == place.geonameid:
        return None
    return from_feature(place.start, place.start + len(name), name, found[0], place.direction)


COUNTY_WORDS = (" County", " Parish")
