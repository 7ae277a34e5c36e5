"""A town listed right beside another ("Perth and Dundee", "Dundee, Perth") is the namesake next to that town when the
one chosen lies far from it, whatever its country or size: a list names neighbours (Scotland's Perth, not Australia's).
Likewise a town far from a county or region its sentence names is the namesake inside that area."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Callable

from .distance import km
from .keys import name_key
from .gazetteer import Feature, Gazetteer
from .nearer_namesake import FAR_KM, namesake_near
from .place import Place, from_feature, unresolved
from .prior import FOREIGN_BARE_TOWN, MIN_BARE_TOWN
from .qualify import LIST_ITEM_GAPS as LIST_GAPS
from .stated_size import stated_sizes

BESIDE_KM = 80.0  # a namesake this close to the listed town is the one meant
GREAT_CITY = 1_000_000  # people: a city this large is meant wherever it is listed
ROUTE_KM = 1_500.0  # "between X and Y" within this distance may be a route's two ends, in two countries


def listed_namesakes(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each town swapped for its namesake beside the town listed next to it, as described above."""
    ordered = sorted(places, key=lambda p: p.start)
    countries = Counter(p.country_code for p in places if p.country_code)
    swaps: dict[int, Place] = {}
    for i, place in enumerate(ordered):
        for j in (i - 1, i + 1):
            if 0 <= j < len(ordered) and _listed(text, place, ordered[j]):
                between = (text.endswith("between ", 0, min(place.start, ordered[j].start))  # a route's two ends
                           and km(place.lat, place.lon, ordered[j].lat, ordered[j].lon) < ROUTE_KM)
                better = _beside(place, ordered[j], gaz) or (None if between else
                                                             _abroad(place, ordered[j], countries, gaz))
                if better is not None:
                    swaps[id(place)] = better
                    break
    return [swaps.get(id(p), p) for p in places]


def _listed(text: str, a: Place, b: Place) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return (text[first.end:second.start] in LIST_GAPS and a.feature_class == "P" and b.feature_class == "P"
            and a.geonameid is not None and b.lat is not None and name_key(a.text) != name_key(b.text))


def _abroad(place: Place, other: Place, countries: Counter[str], gaz: Gazetteer) -> Place | None:
    """A town read in a country nothing else in the article is in, listed beside a town of the article's main country
    ("the towns of Mueda and Palma" in a report on Mozambique): that country's town of the name, else a place of that
    country the gazetteer lacks, not the namesake abroad. A list with a capital or a great city keeps its readings ("in Geneva and Kabul", "flights
    from Houston and Sydney"): only a list with a small town of that country says the article stays there. Not the
    two ends of a route ("ferries between Zeebrugge and Hull"), which may lie in two countries within ROUTE_KM."""
    main = countries.most_common(1)[0][0] if countries else ""
    if (place.country_code == other.country_code or countries[place.country_code] > 1 or other.country_code != main
            or "PPLC" in (place.feature_code, other.feature_code) or _people(place, gaz) >= GREAT_CITY
            or _people(other, gaz) >= FOREIGN_BARE_TOWN or km(place.lat, place.lon, other.lat, other.lon) < FAR_KM):
        return None
    home = [f for f in gaz.lookup(name_key(place.text)) if f.fclass == "P" and f.how == "name" and f.cc == main]
    if home:  # "roads to Oughterard, and Athlone" in news of Ireland: Ireland's Athlone, not Cape Town's suburb
        return from_feature(place.start, place.end, place.text, max(home, key=lambda f: f.population), place.direction)
    return unresolved(place.start, place.end, place.text, gaz.country(main))


def _people(place: Place, gaz: Gazetteer) -> int:
    """The population of the town a place was read as (0 if unknown)."""
    return next((f.population for f in gaz.lookup(name_key(place.text)) if f.geonameid == place.geonameid), 0)


def _beside(place: Place, other: Place, gaz: Gazetteer) -> Place | None:
    if place.lat is None or km(place.lat, place.lon, other.lat, other.lon) < FAR_KM:
        return None
    abroad = place.country_code != other.country_code
    return namesake_near(place, gaz, [(other.lat, other.lon)], BESIDE_KM, lambda f: _rival(f, place, abroad))


def _rival(f: Feature, place: Place, abroad: bool) -> bool:
    """A namesake of some size under its own name; for a town read abroad, under another of its names too ("Santiago"
    beside Aguadulce: Panama's Santiago de Veraguas, not Chile's capital; but Frankfurt beside Berlin stays on the
    Main)."""
    return (f.geonameid != place.geonameid and (f.how == "name" or (abroad and f.how == "alt"))
            and f.population >= MIN_BARE_TOWN)


AREA_CODES = ("ADM2", "RGN", "ISL", "ISLS")
INSIDE_KM = 60.0  # a namesake this close to a county's or region's point is taken to lie in it


def area_namesakes(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each town far from a county or region its sentence names ("Lincolnshire officials said a school in
    Boston had closed") swapped for the namesake inside that area (England's Boston, not Massachusetts'); not a town
    whose size the text states, which chose it (`stated_size`), nor one the text puts in its own country right after
    it ("X in Y"); nor for an area abroad, one whose own first-level region the sentence names ("X, the capital of Y
    province")."""
    sentence = _sentence_number(text)
    areas: dict[int, list[Place]] = {}
    regions: dict[int, set[tuple[str, str]]] = {}  # the first-level regions each sentence names
    for p in places:
        if p.feature_code in AREA_CODES and p.lat is not None:
            areas.setdefault(sentence(p.start), []).append(p)
        elif p.feature_code == "ADM1":
            regions.setdefault(sentence(p.start), set()).add((p.country_code, p.admin1))
    sized = stated_sizes(text, places)  # "X, a city of some 40,000 named after a capital abroad"
    out = []
    for index, place in enumerate(places):
        better = None
        if (place.feature_class == "P" and place.geonameid is not None and place.lat is not None
                and name_key(place.text) not in sized and not _placed_in_own_country(text, places, index)):
            own = (place.country_code, place.admin1) in regions.get(sentence(place.start), ())
            nearby = (a for a in areas.get(sentence(place.start), ())
                      if a is not place and not (own and a.country_code != place.country_code))
            better = next((b for a in nearby if (b := _beside_area(place, a, gaz)) is not None), None)
        out.append(better or place)
    return out


# "X in Y": the words between a town and the country or region the text puts it in.
PLACED_IN = re.compile(r",? in (?:the )?")


def _placed_in_own_country(text: str, places: list[Place], index: int) -> bool:
    """Whether the text puts the town in its own country or first-level region right after it ("the city of X in
    Australia"): that town, whatever area its sentence names."""
    place = places[index]
    after = places[index + 1] if index + 1 < len(places) else None
    return (after is not None and after.feature_code in ("PCLI", "ADM1")
            and after.country_code == place.country_code and bool(PLACED_IN.fullmatch(text, place.end, after.start)))


def _sentence_number(text: str) -> Callable[[int], int]:
    """The number of sentence breaks (". ", "? ", "! ", a line break) before a name starting at an offset: two names
    are in one sentence when no break comes between their starts."""
    pairs = [m.start() for m in re.finditer(r"[.?!] ", text)]
    lines = [m.start() for m in re.finditer("\n", text)]
    return lambda offset: bisect_right(pairs, offset - 2) + bisect_right(lines, offset - 1)


def _beside_area(place: Place, area: Place, gaz: Gazetteer) -> Place | None:
    if km(place.lat, place.lon, area.lat, area.lon) < FAR_KM:
        return None
    return namesake_near(place, gaz, [(area.lat, area.lon)], INSIDE_KM,
                         lambda f: f.geonameid != place.geonameid and f.how == "name")
