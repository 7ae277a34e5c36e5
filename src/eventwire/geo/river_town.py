"""A river and a town of one name ("Dnipro", "Severn"): the river after "the" ("down the Dnipro", "over the Severn"),
the town otherwise ("in Dnipro", "the Dnipro city council"). A small town of a river's name ("Usk", under MIN_BARE_TOWN
people) is the town after "in", "at", "near" or "outside", else left to ranking. An American state or a country named
after its river is the river after "the" ("where the Ohio meets the Mississippi", "along the Niger"): neither takes the
article (regions elsewhere may: "the Essequibo", "the Punjab"; and some countries do: "the Gambia")."""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .keys import name_key
from .mentions import Mention
from .prior import MIN_BARE_TOWN

THE_BEFORE = re.compile(r"(?<![\w'’\-])[Tt]he $")
# After the name: a word that makes "the X" a town's or region's ("the Dnipro city council", "the Dnipro region").
TOWN_AFTER = re.compile(r" (?:[A-Z]|city|town|region|oblast|province|district|mayor|council|airport)")
# After a region's name, what a river's takes: the clause's end, or a word of where or what a river does.
RIVER_AFTER = re.compile(r"[.,;:)]| (?:and|at|in|on|near|to|from|into|between|below|above|past|rose|fell|flooded|"
                         r"burst|meets|joins|was|were|is|are|has|had|carried|ran|runs)\b")


def river_or_town(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions, each one that names both a river and a town keeping only the reading its wording gives."""
    return [_region_river(text, _one_reading(text, m), gaz) for m in mentions]


def _region_river(text: str, m: Mention, gaz: Gazetteer) -> Mention:
    """"the Mississippi", "the Niger": the river a US state or a country is named after ("Mississippi River"), when
    "the" comes before it (not a country whose name takes it: "the Gambia", "the Congo")."""
    if (not m.features or not _named_after_river(m) or m.first != m.last
            or not THE_BEFORE.search(text, max(0, m.start - 4), m.start) or not RIVER_AFTER.match(text, m.end)):
        return m  # "the Ohio state legislature", "the Mississippi governor": the state's
    rivers = tuple(f for f in gaz.lookup(name_key(f"{m.text} River")) if f.fcode == "STM")
    return replace(m, features=rivers) if rivers else m


def _named_after_river(m: Mention) -> bool:
    """Every reading of the name is a US state, or a country whose name takes no article."""
    return (all(f.fcode == "ADM1" and f.cc == "US" for f in m.features)
            or all(f.fcode == "PCLI" and m.text not in ARTICLE_COUNTRIES for f in m.features))


# Countries named after a river that news names with "the" before them: "the Gambia", "the Congo".
ARTICLE_COUNTRIES = {"Gambia", "Congo"}


def _one_reading(text: str, m: Mention) -> Mention:
    rivers = tuple(f for f in m.features if f.fcode == "STM")
    others = tuple(f for f in m.features if f.fcode != "STM")
    towns = [f for f in others if f.fclass == "P" and f.how == "name"]
    if not rivers or not towns:
        return m
    if not any(f.population >= MIN_BARE_TOWN for f in towns):  # a small town: only "in X", "at X" make it the town
        return replace(m, features=others) if IN_TOWN.search(text, max(0, m.start - 8), m.start) else m
    river = bool(THE_BEFORE.search(text, max(0, m.start - 4), m.start)) and not TOWN_AFTER.match(text, m.end)
    return replace(m, features=rivers if river else others)


IN_TOWN = re.compile(r"\b(?:in|at|near|outside) $")
