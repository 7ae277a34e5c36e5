"""A town's size as the text states it: "X, a city of some 40,000", "X, a village of 700 people", "X, with some 9,000
residents", "X has some 8,000 residents". The namesake of about that size is meant, not a capital of millions that
shares the name (nor a hamlet when the text says a city of half a million). Every mention of that name in the
article takes the stated size."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .gazetteer import Feature
from .keys import name_key
from .mentions import Mention
from .place import Place

HEDGE = (r"(?:about |around |roughly |nearly |almost |some |just over |just under |more than |fewer than |less than "
         r"|over |under )?")
NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (million|thousand))?"
STATED = re.compile(
    r", an? (?:[a-z\-]+ ){0,3}(?:town|village|city|community|hamlet|township|borough|municipality|settlement|suburb)"
    rf" of {HEDGE}{NUMBER}"
    r"(?! ?(?:km|kilomet|miles?\b|met|feet|foot|square|hectares?|acres?|percent|per cent|%|[.,]?\d))")
# "X, with some 9,000 residents", "X has some 8,000 permanent residents": the number of its people, said so.
WITH_PEOPLE = re.compile(rf"(?:, with| has| had) {HEDGE}{NUMBER} (?:[a-z]+ )?(?:residents|inhabitants|people)\b")
SCALE = {"million": 1_000_000, "thousand": 1_000, None: 1}
# A namesake fits the stated size when its GeoNames population is within this factor of it either way: towns grow,
# counts differ, and news rounds.
FIT = 3.0


def stated_sizes(text: str, mentions: Sequence[Mention] | Sequence[Place]) -> dict[str, int]:
    """Name key -> the number of people the text says the place has, for names (mentions or places) followed by
    such a statement."""
    out: dict[str, int] = {}
    for m in mentions:
        if text.startswith((", a", ", with", " has ", " had "), m.end):
            match = STATED.match(text, m.end) or WITH_PEOPLE.match(text, m.end)
            if match:
                out.setdefault(name_key(m.text), round(float(match.group(1).replace(",", "")) * SCALE[match.group(2)]))
    return out


def fits(f: Feature, people: int) -> bool:
    """Whether a town's population is about the stated number (an unknown population, 0, fits nothing)."""
    return f.fclass == "P" and f.population > 0 and people / FIT <= f.population <= people * FIT


def of_stated_size(ranked: list[Feature], people: int, focus: Counter[str]) -> list[Feature]:
    """The ranking with a town of about the stated size first when the top reading is not one: the first such town
    of a country the article names, else the first such town."""
    top = ranked[0]
    if fits(top, people) or (top.fclass == "P" and top.population == 0):
        return ranked
    sized = [f for f in ranked if fits(f, people)]
    town = next((f for f in sized if focus.get(f.cc, 0) > 0), sized[0] if sized else None)
    return ranked if town is None else [town] + [f for f in ranked if f is not town]
