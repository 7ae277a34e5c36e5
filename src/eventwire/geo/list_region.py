"""Towns listed together lie in one region, and in one country: 'São Sebastião and Ubatuba' (both on São Paulo's
coast) is the São Sebastião of São Paulo state, not the bigger one of the Federal District, when the list's other town
has only one reading; 'the storm hit La Ceiba and Trujillo' in an article naming Honduras (and never Peru) is the
Honduran Trujillo."""

from __future__ import annotations

import re
from dataclasses import replace

from .keys import name_key
from .gazetteer import Feature, Gazetteer
from .distance import km
from .place import Place, from_feature, unresolved
from .qualify import LIST_ITEM_GAPS as LIST_GAPS

# The listed namesake needs at least this share of the chosen town's people.
MIN_SHARE = 0.5
# A city abroad this big keeps its reading whatever its list ("flights from Houston and Sydney").
FAMOUS_CITY = 2_000_000
# A city abroad this big yields to a listed namesake only of at least this share of its people.
GREAT_CITY, TINY_SHARE = 1_000_000, 0.001


def listed_regions(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each town listed next to a town of one reading in another first-level region of the same country
    moved to its namesake in that region when there is one of some size."""
    ordered = sorted(places, key=lambda p: p.start)
    # the countries the article names, or names a first-level region of ("Ontario" says Canada)
    named = {p.country_code for p in ordered if p.feature_code in ("PCLI", "ADM1") and p.country_code}
    out = list(ordered)
    for index, place in enumerate(ordered):
        if place.feature_code == "ADM1" and not place.direction:
            town = next((t for other in (index - 1, index + 1) if (t := _region_as_town(text, place, ordered, other,
                                                                                        gaz))), None)
            out[index] = town or place
            continue
        if place.feature_class != "P" or place.geonameid is None or place.direction:
            continue
        moved = _sandwiched(text, place, ordered, index, gaz) or next(
            (m for other in (index - 1, index + 1)
             if (m := _moved(text, place, ordered, other, gaz) or _abroad(text, place, ordered, other, named, gaz))),
            None)
        out[index] = moved or place
    return _moved_again(text, ordered, out)


# A name followed by this is qualified by what follows ("Maipú, Chile", "Maipú (Chile)"): not named again bare.
QUALIFIED = re.compile(r",? (?:\(|[A-Z])|\(")


def _moved_again(text: str, ordered: list[Place], out: list[Place]) -> list[Place]:
    """A town a list moved, named again later by itself, moved too ("Growers in Luján de Cuyo and Maipú ... farms in
    Maipú": Mendoza's both times, not Chile's the second time): the name's reading, once the list has settled it."""
    moves = {(name_key(old.text), old.geonameid): new for old, new in zip(ordered, out)
             if new.geonameid != old.geonameid and old.geonameid is not None}
    if not moves:
        return out
    again = list(out)
    for index, (old, new) in enumerate(zip(ordered, out)):
        moved = moves.get((name_key(old.text), old.geonameid))
        if new is old and moved is not None and moved.start < old.start and not QUALIFIED.match(text, old.end):
            again[index] = replace(moved, start=old.start, end=old.end, text=old.text)
    return again


def _sandwiched(text: str, place: Place, ordered: list[Place], index: int, gaz: Gazetteer) -> Place | None:
    """A town listed between two towns of one first-level region of its country, another than its own, moved to its
    namesake there of any size ("stretches in Johnson, Cambridge and Ludlow" in news of Vermont); not a metropolis."""
    if not 0 < index < len(ordered) - 1:
        return None
    before, after = ordered[index - 1], ordered[index + 1]
    sides = (before, after)
    if any(p.feature_class != "P" or p.geonameid is None or p.country_code != place.country_code or not p.admin1
           for p in sides) or before.admin1 != after.admin1 or before.admin1 == place.admin1:
        return None
    if text[before.end:place.start] not in LIST_GAPS or text[place.end:after.start] not in LIST_GAPS:
        return None
    towns = _towns(place.text, gaz)
    chosen = next((f for f in towns if f.geonameid == place.geonameid), None)
    same = [f for f in towns if f.cc == place.country_code and f.admin1 == before.admin1]
    if chosen is None or chosen.population >= FAMOUS_CITY:
        return None
    if not same:
        return _unknown_between(place, chosen, sides, gaz)
    return from_feature(place.start, place.end, place.text, max(same, key=lambda f: f.population))


# A sandwiched town this far from both its neighbours, of under LOCAL_TOWN people, is a place the gazetteer lacks.
FAR_KM = 400.0


def _unknown_between(place: Place, chosen: Feature, sides: tuple[Place, Place], gaz: Gazetteer) -> Place | None:
    """"Rolling Fork, Silver City and Amory" in news of Mississippi, when the gazetteer knows no Silver City there: not
    New Mexico's, but a town of its country it lacks (`anchor` puts it by its neighbours)."""
    if chosen.population >= LOCAL_TOWN or any(km(chosen.lat, chosen.lon, p.lat, p.lon) <= FAR_KM for p in sides):
        return None
    return replace(unresolved(place.start, place.end, place.text, gaz.country(place.country_code)), feature_class="P")


def _moved(text: str, place: Place, ordered: list[Place], other: int, gaz: Gazetteer) -> Place | None:
    if not 0 <= other < len(ordered):
        return None
    near = ordered[other]
    a, b = sorted((place, near), key=lambda p: p.start)
    if (near.feature_class != "P" or near.geonameid is None or near.country_code != place.country_code
            or near.admin1 == place.admin1 or not near.admin1):
        return None
    if text[a.end:b.start] not in LIST_GAPS or len(_towns(near.text, gaz)) != 1:
        return None
    towns = _towns(place.text, gaz)
    chosen = next((f for f in towns if f.geonameid == place.geonameid), None)
    if chosen is None:
        return None
    same = [f for f in towns if f.cc == near.country_code and f.admin1 == near.admin1
            and f.population >= MIN_SHARE * chosen.population]
    if not same:
        return None
    best = max(same, key=lambda f: f.population)
    return replace(from_feature(place.start, place.end, place.text, best), direction=place.direction)


# A town listed with a region's name makes it a town of the town's region only when local, under this many people.
LOCAL_TOWN = 100_000
# A locative word right before a list: "at X and Y", "between X and Y".
LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|near|from|to|between|outside) $")
# Before a pair of places that are the two ends of a link ("trains between X and Y").
BETWEEN = re.compile(r"\bbetween $")


def _region_as_town(text: str, place: Place, ordered: list[Place], other: int, gaz: Gazetteer) -> Place | None:
    """"river terminals at Louisiana and Hannibal": a first-level region's name listed after a locative word with a
    local town (LOCAL_TOWN) of another region of its country, where a town of that name lies, is that town."""
    if not 0 <= other < len(ordered):
        return None
    near = ordered[other]
    if (near.feature_class != "P" or near.geonameid is None or near.country_code != place.country_code
            or not near.admin1 or near.admin1 == place.admin1):
        return None
    a, b = sorted((place, near), key=lambda p: p.start)
    if text[a.end:b.start] not in LIST_GAPS or not LOCATIVE_BEFORE.search(text, max(0, a.start - 12), a.start):
        return None
    if any(f.geonameid == near.geonameid and f.population >= LOCAL_TOWN for f in _towns(near.text, gaz)):
        return None  # "the media in New York City and Florida": a great city and a state
    towns = [f for f in _towns(place.text, gaz) if f.cc == near.country_code and f.admin1 == near.admin1]
    return from_feature(place.start, place.end, place.text, max(towns, key=lambda f: f.population)) if towns else None


def _abroad(text: str, place: Place, ordered: list[Place], other: int, named: set[str], gaz: Gazetteer
            ) -> Place | None:
    """A town of a country the article never names, listed next to a town resolved in a country it names, moved to
    its namesake there (any size: the list places it)."""
    if not 0 <= other < len(ordered) or place.country_code in named or place.feature_code == "PPLC":
        return None  # a capital abroad is too famous to yield ("troops from Washington and London")
    chosen = next((f for f in _towns(place.text, gaz) if f.geonameid == place.geonameid), None)
    if chosen is None or chosen.population >= FAMOUS_CITY:
        return None  # so is a metropolis ("flights from Houston and Sydney")
    near = ordered[other]
    a, b = sorted((place, near), key=lambda p: p.start)
    if near.feature_class != "P" or near.country_code not in named or text[a.end:b.start] not in LIST_GAPS:
        return None
    if BETWEEN.search(text, max(0, a.start - 9), a.start):
        return None  # "trains between Brussels and Lille": two ends of a link, often across a border
    if len(_list_countries(text, ordered, ordered.index(place)) - {place.country_code}) > 1:
        return None  # "buyers in Hamburg, Portland and Osaka": a list of the world's cities, not of one country's
    towns = [f for f in gaz.lookup(name_key(place.text)) if f.fclass == "P" and f.how != "demonym"
             and f.cc == near.country_code]
    best = max(towns, key=lambda f: f.population) if towns else None
    if best is None or (chosen.population >= GREAT_CITY and best.population < chosen.population * TINY_SHARE):
        return None  # "family in Montreal and Miami": Quebec's city, not a Wisconsin village of 800
    return from_feature(place.start, place.end, place.text, best)


def _list_countries(text: str, ordered: list[Place], index: int) -> set[str]:
    """The countries of the towns of the list the place at `index` is in (places joined by list gaps)."""
    first = last = index
    while first > 0 and text[ordered[first - 1].end:ordered[first].start] in LIST_GAPS:
        first -= 1
    while last + 1 < len(ordered) and text[ordered[last].end:ordered[last + 1].start] in LIST_GAPS:
        last += 1
    return {p.country_code for p in ordered[first:last + 1] if p.feature_class == "P" and p.country_code}


def _towns(name: str, gaz: Gazetteer) -> list[Feature]:
    return [f for f in gaz.lookup(name_key(name)) if f.fclass == "P" and f.how == "name"]
