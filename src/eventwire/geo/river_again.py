"""A river named again by its bare name: "the River Moy ... flooding along the Moy", "the Surma river ... as the
Surma rose"; a lake too: "Lake Poopó ... Poopó, once the second-largest lake". The first mention carries the kind
word (or follows "the"), so the later "the X" (a lake's bare "X") is that feature: one sense per article, as for
towns. A river's bare name without "the" may stand for the state named after it instead ("in Blue Nile")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gazetteer import Gazetteer
from .holder import overlaps
from .keys import name_key
from .place import Place, from_feature

KIND = re.compile(r"^(?:River |Rio |Río )?(?P<short>.+?)(?: River| river)?$")


def repeated_rivers(text: str, places: list[Place]) -> list[Place]:
    """Each later "the X" (not "the X Valley", "the X's") of a river the article first named "River X", "X River" or
    "the X river", and each later bare "X" of a lake first named "Lake X", not already a place, as that feature."""
    taken = list(places)
    rivers = _named_again(text, _rivers(places), RIVER_AGAIN, taken)
    return rivers + _named_again(text, _lakes(places), LAKE_AGAIN, taken)


# A river named again after "the"; a lake named again bare (not after "Lake"); not before a capitalised word or its
# kind word. `{}` stands for the name.
RIVER_AGAIN = r"\b[Tt]he ({})(?![\w\-'’]| [A-Z]| [Rr]iver)"
LAKE_AGAIN = r"(?<![\w\-'’])(?<!Lake )({})(?![\w\-'’]| [A-Z]| [Ll]ake)"


def _named_again(text: str, first: dict[str, Place], pattern: str, taken: list[Place]) -> list[Place]:
    """Copies of each first mention at the later matches of `pattern` (its name in the group) that no place holds;
    `taken` grows with them."""
    out: list[Place] = []
    for short, feature in first.items():
        for match in re.finditer(pattern.format(re.escape(short)), text):
            start, end = match.span(1)
            if start < feature.end or overlaps(taken, start, end):
                continue
            copy = replace(feature, start=start, end=end, text=short)
            out.append(copy)
            taken.append(copy)
    return out


def _lakes(places: list[Place]) -> dict[str, Place]:
    """The first mention of each lake named "Lake X", by X."""
    first: dict[str, Place] = {}
    for p in sorted(places, key=lambda p: p.start):
        if p.feature_code == "LK" and p.text.startswith("Lake ") and not p.direction and p.lat is not None:
            first.setdefault(p.text[5:], p)
    return first


def _rivers(places: list[Place]) -> dict[str, Place]:
    """The first mention of each river, by its name without the kind word."""
    first: dict[str, Place] = {}
    for p in sorted(places, key=lambda p: p.start):
        if p.feature_code == "STM" and not p.direction:
            first.setdefault(KIND.match(p.text).group("short"), p)
    return first


# Kind words of a first-level region named after a river ("Blue Nile State", "Rivers State" aside).
STATE_KINDS = ("{} State", "{} Province", "{} Region")


def bare_river_states(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """A river's name without "the" before it or its kind word after it is the first-level region named after the
    river, where the gazetteer knows one of its country ("villages in Blue Nile": the state; "across the Blue Nile":
    the river)."""
    return [_state(text, p, gaz) if p.feature_code == "STM" and not p.direction else p for p in places]


def _state(text: str, p: Place, gaz: Gazetteer) -> Place:
    if text[max(0, p.start - 4):p.start].lower() == "the " or KIND.match(p.text).group("short") != p.text:
        return p
    states = [f for kind in STATE_KINDS for f in gaz.lookup(name_key(kind.format(p.text)))
              if f.fcode == "ADM1" and f.cc == p.country_code]
    return from_feature(p.start, p.end, p.text, states[0]) if states else p


def rivers_over_namesakes(text: str, places: list[Place]) -> list[Place]:
    """'the Madeira' that the article also names as a river ('up the Madeira from Porto Velho'): that river, not an
    island or town of the name in a country the article names nothing else of ('the Madeira and the Solimões')."""
    rivers = {p.text: p for p in places if p.feature_code == "STM" and not p.direction and p.lat is not None}
    if not rivers:
        return places
    named = Counter(p.country_code for p in places if p.text not in rivers)
    return [_as_river(text, p, rivers[p.text]) if p.text in rivers and _foreign_namesake(text, p, named) else p
            for p in places]


def _foreign_namesake(text: str, p: Place, named: Counter[str]) -> bool:
    return (p.feature_class != "H" and bool(p.country_code) and not named.get(p.country_code, 0)
            and text[max(0, p.start - 4):p.start].lower() == "the ")


def _as_river(text: str, p: Place, river: Place) -> Place:
    return replace(river, start=p.start, end=p.end, text=text[p.start:p.end])
