"""A town said to lie on or near the border with a country ("Encarnación, on the border with Argentina", in news
of Paraguay) is no namesake of that country, nor one far from it: the text puts it on this side of that border, so of
its namesakes elsewhere the one nearest the country's point is meant."""

from __future__ import annotations

import re
from dataclasses import replace

from .distance import km
from .mention import Mention

BORDER_WITH = re.compile(r",? (?:on|near|close to|along|by) the (?:[a-z]+ )?(?:border|frontier) with (?:the )?")


def this_side(text: str, mentions: list[Mention], index: int) -> Mention:
    """The mention with, of its readings as a town, only the one nearest the country whose border the text puts it
    on or near, outside that country; as it was when no border follows it or every reading is a town there."""
    m = mentions[index]
    if index + 1 >= len(mentions) or not BORDER_WITH.fullmatch(text, m.end, mentions[index + 1].start):
        return m
    country = next((f for f in mentions[index + 1].features if f.fcode == "PCLI" and f.lat is not None), None)
    towns = [f for f in m.features if f.fclass == "P" and f.lat is not None and country and f.cc != country.cc]
    if not towns:
        return m
    nearest = min(towns, key=lambda f: km(f.lat, f.lon, country.lat, country.lon))
    kept = tuple(f for f in m.features if f.fclass != "P" or f is nearest)
    return replace(m, features=kept) if len(kept) < len(m.features) else m
