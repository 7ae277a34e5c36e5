"""A town under its own name over a town known by that name only as another of its names (a former name, a name in
another language): "Pokrovsk" in an article naming Ukraine is the Ukrainian town, not Engels (Pokrovsk until 1931),
however often the article names Russia."""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from .gazetteer import Feature
from .distance import near_points
from .keys import name_key
from .prior import FOREIGN_BARE_TOWN, MIN_BARE_TOWN, short_form

# The other-named town yields unless it is more than this many times bigger than the town of that own name.
OWN_NAME_RATIO = 10.0
# Names this alike are spellings of one name ("Hama" for Ḩamāh, "Kiev" for Kyiv), not two names.
SAME_NAME = 0.6


def own_name_first(ranked: list[Feature], text: str, focus: Counter[str]) -> list[Feature]:
    """The ranked readings with a town of MIN_BARE_TOWN people under its own name, in a country the article names,
    put before a town ranked first under another name that is no spelling of its own (`SAME_NAME`), unless that town
    is OWN_NAME_RATIO times bigger."""
    top = ranked[0]
    if top.fclass != "P" or top.how != "alt" or not focus:
        return ranked
    own = [f for f in ranked if f.fclass == "P" and f.how == "name" and focus.get(f.cc, 0) > 0
           and f.population >= MIN_BARE_TOWN and top.population <= OWN_NAME_RATIO * f.population]
    if not own or _spelling_of(text, top.name):
        return ranked
    town = max(own, key=lambda f: (focus[f.cc], f.population))
    return [town] + [f for f in ranked if f is not town]


def _spelling_of(text: str, name: str) -> bool:
    """The text is a spelling of the name, its first words ("Frankfurt" of Frankfurt am Main) or the short form of a
    long official name (`short_form`: "Socorro" of Nossa Senhora do Socorro)."""
    return (first_words(text, name) or short_form(name_key(text), name)
            or SequenceMatcher(None, name_key(text), name_key(name)).ratio() >= SAME_NAME)


def first_words(text: str, name: str) -> bool:
    """The text is the name's first words ("Santa Cruz" of Santa Cruz de la Sierra), or the name the text's."""
    said, own = name_key(text), name_key(name)
    return own.startswith(said) or said.startswith(own)


def region_town_over_country(ranked: list[Feature], listed_with: frozenset[str], regions: frozenset[tuple[str, str]],
                             rest: Counter[str]) -> list[Feature]:
    """A country's name no other name of the article points to (`rest`: the article's countries without this
    mention's), listed with a name of another country the article names, that is also a town in a first-level region
    the article names, is that town: "flooding hit Peru and Kokomo" in an article about Indiana ("exports to Peru and
    Chile" stay the countries)."""
    top = ranked[0]
    if top.fcode != "PCLI" or rest.get(top.cc, 0):
        return ranked
    towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and f.cc in listed_with
             and rest.get(f.cc, 0) > 0 and (f.cc, f.admin1) in regions]
    if not towns:
        return ranked
    town = max(towns, key=lambda f: f.population)
    return [town] + [f for f in ranked if f is not town]


def near_town_over_country(ranked: list[Feature], near_before: bool, regions: frozenset[tuple[str, str]],
                           rest: Counter[str]) -> list[Feature]:
    """A country's name no other name of the article points to, after "near" or "outside", that is also a town in a
    first-level region the article names, is that town: "a bridge collapsed near Montenegro" in news of Rio Grande do
    Sul (one is near a town, and nothing else in the article is about the Balkan country)."""
    top = ranked[0]
    if top.fcode != "PCLI" or not near_before or rest.get(top.cc, 0) or rest.get(top.iso3, 0):
        return ranked
    towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and rest.get(f.cc, 0) > 0
             and (f.cc, f.admin1) in regions]
    if not towns:
        return ranked
    town = max(towns, key=lambda f: f.population)
    return [town] + [f for f in ranked if f is not town]


def listed_town_over_country(ranked: list[Feature], town: Feature | None, rest: Counter[str]) -> list[Feature]:
    """A country's name no other name of the article points to (`rest`), listed right after a small town (`town`,
    under FOREIGN_BARE_TOWN people) of another country, that is also a town of that town's first-level region, is
    that town: "hail hit Pine Grove and Lebanon" in news of Pennsylvania; not "from Lahore and X" (a great city)."""
    top = ranked[0]
    if top.fcode != "PCLI" or town is None or town.cc == top.cc or rest.get(top.cc, 0):
        return ranked
    if town.population >= FOREIGN_BARE_TOWN or town.fcode == "PPLC":
        return ranked
    towns = [f for f in ranked if f.fclass == "P" and f.how == "name" and (f.cc, f.admin1) == (town.cc, town.admin1)]
    if not towns:
        return ranked
    chosen = max(towns, key=lambda f: f.population)
    return [chosen] + [f for f in ranked if f is not chosen]


def short_home_town_over_capital(ranked: list[Feature], text: str, focus: Counter[str]) -> list[Feature]:
    """A capital abroad ranked first yields to a city of FOREIGN_BARE_TOWN people of a country the article names,
    whose name starts with the mention's words, when the article never names the capital's country: "Santiago" in
    an article about the Dominican Republic is Santiago de los Caballeros, in one about Cuba Santiago de Cuba."""
    top = ranked[0]
    if top.fcode != "PPLC" or not focus or focus.get(top.cc, 0) or focus.get(top.iso3, 0):
        return ranked
    said = name_key(text).split()
    towns = [f for f in ranked if f.fclass == "P" and f.how == "alt" and focus.get(f.cc, 0) > 0
             and f.population >= FOREIGN_BARE_TOWN and _starts(said, f.name)]
    if not towns:
        return ranked
    town = max(towns, key=lambda f: (focus[f.cc], f.population))
    return [town] + [f for f in ranked if f is not town]


def _starts(said: list[str], name: str) -> bool:
    full = name_key(name).split()
    return len(said) < len(full) and full[:len(said)] == said


NAMED_BEFORE_KM = 1.0  # a town this close to a place the article resolved before is that place


def named_before_first(ranked: list[Feature], points: tuple[tuple[float, float], ...]) -> list[Feature]:
    """A short or other name of a town the article named before under its full name ("CIUDAD JUAREZ ... the highway
    out of Juarez") is that town: the reading that lies where an earlier place was resolved goes first, when the
    top reading is a town under another of its names that lies elsewhere."""
    top = ranked[0]
    if top.fclass != "P" or top.how != "alt" or near_points(top.lat, top.lon, points, NAMED_BEFORE_KM, 1):
        return ranked
    before = next((f for f in ranked if f.fclass == "P" and near_points(f.lat, f.lon, points, NAMED_BEFORE_KM, 1)),
                  None)
    return ranked if before is None else [before] + [f for f in ranked if f is not before]
