"""A town placed by the river or island named right after it: "the northern city of Concepcion, on the Paraguay
River" in news of Paraguay and Argentina is Paraguay's Concepción, not a small Argentine namesake; "from Mallaig to
Armadale on Skye" is Skye's hamlet, not West Lothian's town. The gazetteer places a river at one point (its mouth)
under one country, so a river says the town's country; an island says where the town lies."""

from __future__ import annotations

import re

from .distance import km
from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .place import Place, from_feature

# Between the town and the river: "Concepcion, on the Paraguay River", "Pilar, on the banks of the Paraguay".
ON_RIVER = re.compile(r",? (?:on|along|beside|by) (?:the (?:banks? of the |shores? of the )?)?")
# Between the town and the island: "Armadale on Skye", "Savusavu, on the island of Vanua Levu".
ON_ISLAND = re.compile(r",? on (?:the (?:island|isle) of )?")
RIVER_CODES = frozenset({"STM", "STMA", "STMI"})
ISLAND_CODES = frozenset({"ISL", "ISLS"})
MIN_TOWN = 5_000  # people in the namesake on the river's country: no hamlet of the name
ISLAND_KM = 80.0  # a town on an island lies this close to the island's point (Skye's, Vanua Levu's)


def towns_on_rivers(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each town right before "on the R" moved to its namesake in R's country when it read as another
    country's town, and each town right before "on I" to its namesake on island I when it read as one far away."""
    ordered = sorted(places, key=lambda p: p.start)
    out = list(ordered)
    for index, (town, feature) in enumerate(zip(ordered, ordered[1:])):
        if town.feature_class != "P" or town.geonameid is None:
            continue
        found = _on_river(text, town, feature, gaz) or _on_island(text, town, feature, gaz)
        if found is not None:
            out[index] = from_feature(town.start, town.end, town.text, found)
    return out


def _namesakes(town: Place, gaz: Gazetteer) -> list[Feature]:
    return [f for f in gaz.lookup(name_key(town.text)) if f.fclass == "P" and f.how == "name" and f.lat is not None]


def _on_river(text: str, town: Place, river: Place, gaz: Gazetteer) -> Feature | None:
    if (river.feature_code not in RIVER_CODES or not river.country_code or river.country_code == town.country_code
            or ON_RIVER.fullmatch(text, town.end, river.start) is None):
        return None
    namesakes = [f for f in _namesakes(town, gaz) if f.cc == river.country_code and f.population >= MIN_TOWN]
    return max(namesakes, key=lambda f: f.population, default=None)


def _on_island(text: str, town: Place, island: Place, gaz: Gazetteer) -> Feature | None:
    if (island.feature_code not in ISLAND_CODES or island.lat is None or town.lat is None
            or km(town.lat, town.lon, island.lat, island.lon) <= ISLAND_KM
            or ON_ISLAND.fullmatch(text, town.end, island.start) is None):
        return None
    namesakes = [f for f in _namesakes(town, gaz) if km(f.lat, f.lon, island.lat, island.lon) <= ISLAND_KM]
    return max(namesakes, key=lambda f: f.population, default=None)
