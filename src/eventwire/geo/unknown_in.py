"""Unknown one-word names after "near" or a verb of going ('fled to X'), and after "in" or "at" where they close a
clause: 'houses burned in X.', 'officials in X said' (a name in ordinary case: not a brand's "BitCoin")."""

from __future__ import annotations

import re
from collections import Counter

from .build import name_key
from .gazetteer import Gazetteer
from .holder import holding_country, holding_place, name_like, overlaps, within
from .place import Place
from .unknown import INSTITUTION_WORDS

# 'houses burned in X.', 'officials in X said': one capitalised word after "in"/"at", then the sentence ends or "said"
# follows (a comma or a time after it let in more words that are no places); only after a word of what happens or
# stands at a place: "published in Nature.", "spoken in Arabic." and "debated in Parliament." name no place.
IN_UNKNOWN = re.compile(
    r"\b(?i:officials|authorities|residents|people|villagers|families|farmers|police|troops|soldiers|doctors|hospitals?|"
    r"clinics?|schools?|houses|homes|buildings|shops|markets?|camps?|shelters?|cases|deaths|died|killed|injured|"
    r"burned|burnt|flooded|destroyed|damaged|collapsed|evacuated|stranded|trapped|confirmed|recorded|arrived|landed|"
    r"fighting|clashes|protests?|attacks?|explosions?|outbreak|floods|fires?) (?:in|at) ([A-Z][a-z][\w\-]*)"
    r"(?=[.;]\s|[.]$|\ssaid\b)")


def inside_unknowns(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """Such a name, unknown to the gazetteer (a name it knows but the resolver left out is more likely a person's), in
    an article about some country: a place, unresolved in the country the text puts it (`holding_country`)."""
    out: list[Place] = []
    if not focus:
        return out
    for match in IN_UNKNOWN.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if (not name[1:].replace("-", "").islower() or overlaps(places, start, end) or not name_like(text, start, name)
                or gaz.lookup(name_key(name))):
            continue
        cc, place = _unknown_place(text, (start, end), name, places, focus, gaz)
        if cc:
            out.append(place)
    return out


def _unknown_place(text: str, span: tuple[int, int], name: str, places: list[Place], focus: Counter[str],
                   gaz: Gazetteer) -> tuple[str | None, Place]:
    """An unknown name as a place in the country the text puts it (`holding_country`), within the town named right
    after it when that town is in the same country; with that country's code (None: no country)."""
    start, end = span
    cc = holding_country(text, start, end, places, focus)
    holder = holding_place(text, end, places)
    holder = holder if holder is not None and holder.country_code == cc else None
    return cc, within(start, end, name, holder, gaz.country(cc) if cc else None)


# "near X"; where people or fighters go ("fled west to X", "pushed toward X") and where a crossing or camp is ("the
# crossing at X"): X is a place as surely.
NEAR = re.compile(r"\b(?:near|towards?|(?:fled|flee|fleeing|evacuated|retreated|marched|walked|"
                  r"trekked|headed|heading)(?: (?:north|south|east|west|back|further|farther|inland))? to|"
                  r"(?:crossing|checkpoint|camps?) at) (?:the (?:town|village|city) of )?([A-Z][\w\-]+)"
                  r"(?![\w'’\-]| [A-Z]|\.\w)")


def near_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'three deaths near X', 'fled to X': a single word the gazetteer does not know after "near" or a verb of going
    (`NEAR`; not a possessive, nor the first of several capitalised words: an organisation) is a place, unresolved in
    the country the text puts it (`holding_country`); a part of the town named right after it ("near X, Town")."""
    out: list[Place] = []
    for match in NEAR.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if (name.isupper() or name.split()[-1] in INSTITUTION_WORDS or overlaps(places, start, end)
                or not name_like(text, start, name)):
            continue
        out.append(_unknown_place(text, (start, end), name, places, focus, gaz)[1])
    return out
