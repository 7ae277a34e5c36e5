"""A river and a town of one name ("Dnipro", "Severn"): the river after "the" ("down the Dnipro", "over the Severn"),
the town otherwise ("in Dnipro", "the Dnipro city council"). A small town of a river's name ("Usk", under MIN_BARE_TOWN
people) is the town after "in", "at", "near" or "outside", else left to ranking. A name whose every reading is a
town, a first-level region or a country is the river named after it after "the", before what a river does or the
clause's end ("where the Ohio meets the Mississippi", "along the Niger", "the Paraná could stay high"): towns, US
states and most countries do not take the article (regions elsewhere may: "in the Yukon", "The Essequibo, a forested
region", "Maitland and the Hunter."; and some countries do: "the Gambia")."""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .keys import name_key
from .mentions import Mention
from .prior import MIN_BARE_TOWN

THE_BEFORE = re.compile(r"(?<![\w'’\-])[Tt]he $")
# "the lower X", "the upper X": a stretch of a river ("along the lower Cauca"), whatever follows.
REACH_BEFORE = re.compile(r"(?<![\w'’\-])[Tt]he (?:lower|upper|middle) $")
# After the name: a word that makes "the X" a town's or region's ("the Dnipro city council", "the Dnipro region").
TOWN_AFTER = re.compile(r" (?:[A-Z]|city|town|region|oblast|province|district|mayor|council|airport)")
# After a region's name, what a river's takes: the clause's end, or a word of where or what a river does.
RIVER_AFTER = re.compile(r"[.,;:)]| (?:and|at|in|on|near|to|from|into|between|below|above|past|rose|fell|flooded|"
                         r"burst|meets|joins|was|were|is|are|has|had|carried|ran|runs|could|would|will|may|might|"
                         r"stays|stayed|remains|remained|flows|flowed|carries|drains|basin|waterway)\b")


def river_or_town(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions, each one that names both a river and a town keeping only the reading its wording gives."""
    return [_region_river(text, _one_reading(text, m), gaz) for m in mentions]


def _region_river(text: str, m: Mention, gaz: Gazetteer) -> Mention:
    """"the Mississippi", "the Niger": the river a US state or a country is named after ("Mississippi River"), when
    "the" comes before it (not a country whose name takes it: "the Gambia", "the Congo"); "the lower X" whatever
    follows."""
    if not m.features or m.first != m.last or not _named_after_river(m):
        return m
    reach = bool(REACH_BEFORE.search(text, max(0, m.start - 11), m.start)) and not TOWN_AFTER.match(text, m.end)
    if not reach and not (THE_BEFORE.search(text, max(0, m.start - 4), m.start) and RIVER_AFTER.match(text, m.end)):
        return m  # "the Ohio state legislature", "the Mississippi governor": the state's
    if not _state_or_country(m) and (IN_REGION.search(text, max(0, m.start - 16), m.start) or (
            text[m.end:m.end + 1] in ".,;:)" and not ON_RIVER.search(text, max(0, m.start - 26), m.start)
            and (_region_abroad(m) or _valley(m.text, gaz)))):
        return m  # "in the Yukon", "The Essequibo, a forested region", "Maitland and the Hunter.": the region's
    if KIND_LIST_AFTER.match(text, m.end):
        return m  # "the Dadu and Jamshoro districts"
    rivers = tuple(f for kind in ("{} River", "River {}") for f in gaz.lookup(name_key(kind.format(m.text)))
                   if f.fcode == "STM")  # both: "the Tone" in news of Somerset is no river of Japan
    return replace(m, features=rivers) if rivers else m


def _named_after_river(m: Mention) -> bool:
    """Every reading of the name is a first-level region or a town (neither takes "the": "on the Paraná" is the
    river, not Brazil's state or Argentina's city), or a country whose name takes no article."""
    return (all(f.fcode == "ADM1" or f.fclass == "P" for f in m.features)
            or all(f.fcode == "PCLI" and m.text not in ARTICLE_COUNTRIES for f in m.features))


def _region_abroad(m: Mention) -> bool:
    """A reading is a first-level region outside the US (some take "the": "the Yukon", "the Essequibo")."""
    return any(f.fcode == "ADM1" and f.cc != "US" for f in m.features)


def _valley(name: str, gaz: Gazetteer) -> bool:
    """The gazetteer knows a valley or region of the name ("the Hunter": the Hunter Valley too)."""
    return any(f.fclass in ("L", "T") for kind in ("{} Valley", "{} Region")
               for f in gaz.lookup(name_key(kind.format(name))))


def _state_or_country(m: Mention) -> bool:
    """Every reading is a US state or a country (no town, and no region elsewhere: some take "the", "the Yukon")."""
    return all((f.fcode == "ADM1" and f.cc == "US") or f.fcode == "PCLI" for f in m.features)


# "the X and Y districts": a list of regions of a kind.
KIND_LIST_AFTER = re.compile(r" and [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? "
                             r"(?:districts|provinces|regions|states|counties|departments|divisions)\b")
# "on the X.", "down the X,", "the confluence with the X,": a river's words before a name the clause ends with.
ON_RIVER = re.compile(r"\b(?:on|along|down|up|upstream|downstream|beside|crossed|crossing|over|into|confluence with)"
                      r" [Tt]he $")
# "in the X", "across the X": a region's words ("in the Yukon"), not a river's.
IN_REGION = re.compile(r"\b(?:in|across|throughout|of|to|into|from) [Tt]he $")


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
