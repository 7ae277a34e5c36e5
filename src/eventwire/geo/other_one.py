""""The other X": a town of the name other than the one the article named before ("PARIS, Texas - ... the other Paris,
the one in France"; "the palace outside Paris ... the other Paris, the seat of Bourbon County")."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .gazetteer import Gazetteer
from .keys import name_key
from .place import Place, from_feature

OTHER = re.compile(r"\b[Tt]he other $")
AFTER_CHARS = 40  # how far after the name, in its sentence, a place says which town is meant


def other_ones(text: str, places: Sequence[Place], gaz: Gazetteer) -> tuple[Place, ...]:
    """The places, with a town after "the other" that the article's earlier mention of its name already resolved to
    read as another town of that name: one of a country named right after it ("the one in France", "the Libyan
    capital"), then of a first-level region the article names, then of the country it names most, then the
    largest."""
    out = list(places)
    regions = {(p.country_code, p.admin1) for p in places if p.feature_code == "ADM1"}
    countries = Counter(p.country_code for p in places if p.country_code)
    for index, place in enumerate(out):
        if place.feature_class != "P" or not OTHER.search(text, max(0, place.start - 10), place.start):
            continue
        earlier = next((p for p in reversed(out[:index]) if name_key(p.text) == name_key(place.text)), None)
        if earlier is None or earlier.geonameid != place.geonameid:
            continue
        others = [f for f in gaz.lookup(name_key(place.text))
                  if f.fclass == "P" and f.how == "name" and f.geonameid != earlier.geonameid]
        after = {p.country_code for p in out[index + 1:] if p.start - place.end <= AFTER_CHARS
                 and "." not in text[place.end:p.start]}
        chosen = max(others, key=lambda f: (f.cc in after, (f.cc, f.admin1) in regions, countries[f.cc], f.population),
                     default=None)
        if chosen is not None:
            out[index] = from_feature(place.start, place.end, place.text, chosen, place.direction)
    return tuple(out)
