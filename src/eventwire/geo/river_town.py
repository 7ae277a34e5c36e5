"""A river and a city of one name ("Dnipro"): the river after "the" ("down the Dnipro"), the city otherwise ("in
Dnipro", "the Dnipro city council"). A smaller town of a river's name ("Thames", New Zealand) is left to ranking."""

from __future__ import annotations

import re
from dataclasses import replace

from .mentions import Mention
from .prior import FOREIGN_BARE_TOWN

THE_BEFORE = re.compile(r"(?<![\w'’\-])the $")
# After the name: a word that makes "the X" a town's or region's ("the Dnipro city council", "the Dnipro region").
TOWN_AFTER = re.compile(r" (?:[A-Z]|city|town|region|oblast|province|district|mayor|council|airport)")


def river_or_town(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each one that names both a river and a town keeping only the reading its wording gives."""
    return [_one_reading(text, m) for m in mentions]


def _one_reading(text: str, m: Mention) -> Mention:
    rivers = tuple(f for f in m.features if f.fcode == "STM")
    others = tuple(f for f in m.features if f.fcode != "STM")
    if not rivers or not any(f.fclass == "P" and f.how == "name" and f.population >= FOREIGN_BARE_TOWN for f in others):
        return m
    river = bool(THE_BEFORE.search(text, max(0, m.start - 4), m.start)) and not TOWN_AFTER.match(text, m.end)
    return replace(m, features=rivers if river else others)
