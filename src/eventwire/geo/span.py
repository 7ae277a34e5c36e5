"""The span and point a resolved mention ends with: a region or county word after it ("Kharkiv Oblast", "Dallas
County"), a direction before or after it ("eastern Ukraine", "Russia's east"), and "the country's east"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gate import gate
from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .listed_kind import list_kind
from .mentions import AREA_WORDS, COUNTY_WORDS, REGION_WORDS, Mention, Word
from .place import Place, from_feature, unresolved

DIRECTIONS = {"north": "north", "south": "south", "east": "east", "west": "west", "northern": "north",
              "southern": "south", "eastern": "east", "western": "west", "central": "central", "centre": "central",
              "center": "central", "northeast": "northeast", "northwest": "northwest", "southeast": "southeast",
              "southwest": "southwest", "north-east": "northeast", "north-west": "northwest",
              "south-east": "southeast", "south-west": "southwest", "northeastern": "northeast",
              "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
              "north-eastern": "northeast", "north-western": "northwest", "south-eastern": "southeast",
              "south-western": "southwest"}
_DIR = "|".join(sorted((re.escape(d) for d in DIRECTIONS), key=len, reverse=True))
DIRECTION_AFTER = re.compile(rf"['’]s ({_DIR})\b")
COUNTRY_RELATIVE = gate(re.compile(
    rf"\b[Tt]he (?:country|nation)['’]s ({_DIR})\b|\b[Tt]he ({_DIR}) of the (?:country|nation)\b"),
    "country", "nation")


def region_suffix(text: str, ws: list[Word], m: Mention, f: Feature, gaz: Gazetteer,
                   regions: Counter[tuple[str, str]] | None = None,
                   qualifier: tuple[Feature, ...] = ()) -> tuple[int, int, Feature]:
    """'Kharkiv Oblast' is the region around Kharkiv; 'Houston region' (a metro area) and 'Dallas County' keep the town's
    point with the longer span, unless the town lies outside the region named after it ('Jackson County, Missouri') or,
    in the US (COUNTIES_APART), the one region the article is about: then the county is taken to be in that region."""
    if f.fclass == "P" and list_kind(text, ws, m.first, m.last) in COUNTY_KINDS:  # "Lakhimpur and Dhemaji districts"
        home = _qualifying_region(qualifier, f) or _home_region(regions, f, gaz)
        known = _known_county(gaz, m.text, f, home)
        return m.start, m.end, known or f
    if m.last + 1 >= len(ws) or text[m.end:ws[m.last + 1].start] != " ":
        return m.start, m.end, f
    nxt = ws[m.last + 1]
    region = gaz.region(f.cc, f.admin1) if nxt.text in REGION_WORDS and f.fclass == "P" else None
    if region and (nxt.text.lower() != "region" or _named_after(region, m.text)):
        if not region.name:
            region = replace(region, name=text[m.start:nxt.end])
        return m.start, nxt.end, region
    if nxt.text in COUNTY_WORDS and f.fcode == "PCLI":  # "Guernsey County": no country
        return m.start, nxt.end, _country_named_county(gaz, text[m.start:nxt.end], regions) or f
    if nxt.text in COUNTY_WORDS and (first := _first_level_county(gaz, text[m.start:nxt.end], f)) is not None:
        return m.start, nxt.end, first  # "Busia County": Kenya's counties are its first-level regions
    if nxt.text in COUNTY_WORDS:
        home = _qualifying_region(qualifier, f) or (_home_region(regions, f, gaz) if f.fclass == "P" and f.cc in
                                                    COUNTIES_APART else None)
        known = _known_county(gaz, text[m.start:nxt.end], f, home)
        if known is not None:
            return m.start, nxt.end, known
        return m.start, nxt.end, replace(home, geonameid=None, name=text[m.start:nxt.end], fcode="ADM2") if home else f
    if nxt.text in COUNTY_WORDS | REGION_WORDS | AREA_WORDS:
        return m.start, nxt.end, f
    return m.start, m.end, f


# Countries whose counties are often named after a town outside them ("Jackson County, Missouri"): elsewhere "the X
# district" lies around the town X ("the Qazax district" of Azerbaijan), though the article names another region.
COUNTIES_APART = frozenset({"US"})
# A list of names ended by one of these kind words (plural: "districts"): each name of it is a county.
COUNTY_KINDS = frozenset({"district", "county", "parish"})


def _country_named_county(gaz: Gazetteer, name: str, regions: Counter[tuple[str, str]] | None) -> Feature | None:
    """'Guernsey County': a county named like a country, of GeoNames' tables: the one in a first-level region the
    article names, else the only one of that name."""
    counties = [g for g in gaz.subdivisions(name_key(name), True) if g.fcode == "ADM2"]
    held = [g for g in counties if regions and (g.cc, g.admin1) in regions]
    return held[0] if len(held) == 1 else counties[0] if len(counties) == 1 else None


def _first_level_county(gaz: Gazetteer, name: str, town: Feature) -> Feature | None:
    """'Busia County' in Kenya: the one first-level region of GeoNames' tables of that name in the town's country."""
    regions = [g for g in gaz.subdivisions(name_key(name), True) if g.fcode == "ADM1" and g.cc == town.cc
               and g.lat is not None]
    return regions[0] if len(regions) == 1 else None


def _known_county(gaz: Gazetteer, name: str, town: Feature, home: Feature | None) -> Feature | None:
    """'Terrebonne Parish' after a town of that name elsewhere: the county of GeoNames' tables, when none of that name
    holds the town (the one in the region the article is about, else the only one in the town's country)."""
    counties = [g for g in gaz.subdivisions(name_key(name), True) if g.fcode == "ADM2" and g.cc == town.cc]
    if not counties or any(g.admin1 == town.admin1 for g in counties):
        return None
    held = [g for g in counties if home is not None and g.admin1 == home.admin1]
    return held[0] if held else counties[0] if len(counties) == 1 else None


def _qualifying_region(qualifier: tuple[Feature, ...], town: Feature) -> Feature | None:
    """The first-level region named right after the county, when the place of the county's name is not in it."""
    for q in qualifier:
        if q.fcode == "ADM1":
            inside = q.cc == town.cc and (town.fclass != "P" or q.admin1 == town.admin1)
            return None if inside else q
    return None


def _home_region(regions: Counter[tuple[str, str]] | None, town: Feature, gaz: Gazetteer) -> Feature | None:
    """The region the article is about, when it names just one of its country's and the town lies elsewhere."""
    mine = [key for key in (regions or ()) if key[0] == town.cc]
    if len(mine) != 1 or mine[0] == (town.cc, town.admin1):
        return None
    return gaz.region(*mine[0])


def _named_after(region: Feature, town: str) -> bool:
    """A region named after its town (Kharkiv Oblast; or unnamed in the data): "the Kharkiv region" means it."""
    return not region.name or region.name.casefold().startswith(town.casefold())


def direction_of(text: str, ws: list[Word], m: Mention, start: int) -> tuple[str | None, int]:
    """'eastern Ukraine' / 'Russia's east': the direction and the widened start."""
    if m.first > 0:
        prev = ws[m.first - 1]
        if prev.text.lower() in DIRECTIONS and text[prev.end:m.start] == " " and not prev.initial:
            return DIRECTIONS[prev.text.lower()], prev.start
    after = DIRECTION_AFTER.match(text[m.end:m.end + 20])
    if after:
        return DIRECTIONS[after.group(1)], start
    return None, start


def country_relative(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'the country's east': the country named last before it (else the article's main country)."""
    out: list[Place] = []
    for match in COUNTRY_RELATIVE.finditer(text):
        before = [p for p in places if p.end <= match.start() and p.country_code and p.start > match.start() - 600]
        named = Counter(p.country_code for p in places if p.country_code) + focus
        cc = before[-1].country_code if before else (named.most_common(1)[0][0] if named else "")
        country = gaz.country(cc) if cc else None
        direction = DIRECTIONS[(match.group(1) or match.group(2)).lower()]
        if country is None:
            out.append(unresolved(match.start(), match.end(), match.group()))
        else:
            out.append(from_feature(match.start(), match.end(), match.group(), country, direction))
    return out
