"""A river named again by its bare name: "the River Moy ... flooding along the Moy", "the Surma river ... as the
Surma rose"; a lake too: "Lake Poopó ... Poopó, once the second-largest lake". The first mention carries the kind
word (or follows "the"), so the later "the X" (a lake's bare "X") is that feature: one sense per article, as for
towns."""

from __future__ import annotations

import re
from dataclasses import replace

from .place import Place
from .holder import overlaps

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
