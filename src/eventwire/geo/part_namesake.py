"""A foreign town's namesake the text calls a part of a town ('the Brooklyn neighbourhood', 'the Soweto slum') in an
article about another country: a neighbourhood of that country, not the town abroad."""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Gazetteer
from .holder import holding_country, within
from .place import Place

PART_OF_TOWN = re.compile(r" (?:neighbou?rhood|slums?|quarter|township|suburb)\b")


def part_namesakes(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places, each town after "the" and before a word for a part of a town, of a country no other place found
    lies in, moved to the country the text puts it in (`holding_country`), unresolved there."""
    out = list(places)
    for i, place in enumerate(places):
        if (place.feature_class != "P" or place.geonameid is None or text[max(0, place.start - 4):place.start] != "the "
                or not PART_OF_TOWN.match(text, place.end)):
            continue
        others = [p for p in places if p is not place]
        if any(p.country_code == place.country_code for p in others):
            continue
        cc = holding_country(text, place.start, place.end, others, focus)
        if cc and cc != place.country_code:
            out[i] = within(place.start, place.end, place.text, None, gaz.country(cc))
    return out
