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
    "the X river", not already a place, as that river."""
    out: list[Place] = []
    taken = list(places)
    for short, river in _rivers(places).items():
        for match in re.finditer(rf"\b[Tt]he ({re.escape(short)})(?![\w\-'’]| [A-Z]| [Rr]iver)", text):
            start, end = match.span(1)
            if start < river.start or overlaps(taken, start, end):
                continue
            copy = replace(river, start=start, end=end, text=short)
            out.append(copy)
            taken.append(copy)
    for short, lake in _lakes(places).items():
        for match in re.finditer(rf"(?<![\w\-'’])(?<!Lake )({re.escape(short)})(?![\w\-'’]| [A-Z]| [Ll]ake)", text):
            start, end = match.span(1)
            if start < lake.end or overlaps(taken, start, end):
                continue
            copy = replace(lake, start=start, end=end, text=short)
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
