"""A town read as a namesake far from every other town and county the article names is the namesake among them, of
any size: "the homes near Burlington" in news of towns around Burlington, Iowa is not Vermont's city; "crews based
in Delhi and Margaretville" is the New York village. Local news names the towns around a place; a town a state or a
continent away from all of them is a misreading. Not a town the text qualifies ("Lexington, Ky."), nor one of a
country the article's other places are in when the namesake is not (then the article is about both), nor a national
capital of such a country; a city of FOREIGN_BARE_TOWN people of such a country, or a world city abroad, only when the
text lists it with a town beside the namesake ("between Lexington and Comer", "in Delhi and Margaretville"); so
too a country's name ("power was out in Palestine and Frankston" in news of East Texas). Nor where a relative lives
("her sister in Boston", in news of Ireland's midlands): family is as often abroad."""

from __future__ import annotations

import re
from typing import Callable

from .context import kin_before_name
from .distance import km, within
from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .nearer_namesake import FAR_KM, NEAR_KM, qualified
from .place import Place, from_feature
from .prior import FOREIGN_BARE_TOWN
from .subdivision_places import counties_named

MIN_NEIGHBOURS = 2  # the namesake lies within NEAR_KM of this many of the article's other towns and counties
LIST_GAP = re.compile(r"(?:,|,? and|,? or) $")  # between two places of a list
# Between a place and its neighbour across a line: "in Moscow and across the state line in Pullman".
ACROSS_GAP = re.compile(r"(?:,|,? and) (?:just )?across the (?:state line|county line|border|river) (?:in|from|at) $")
# Between a place and the town it is placed by: "near Phoenix, south of Medford", "X, 30 km north-east of Y".
PLACED_BY = re.compile(r", (?:about |some )?(?:\d+ ?(?:km|kilometres|kilometers|miles) )?"
                       r"(?:north|south|east|west)(?:-?(?:east|west))? of ")


def local_namesakes(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each far town swapped for its namesake among the article's other towns, as described above."""
    spots = [p for p in places if p.geonameid is not None and p.lat is not None
             and (p.feature_class == "P" or p.feature_code == "ADM2")]
    if len(spots) <= MIN_NEIGHBOURS:
        return places
    first_at: dict[int, Place] = {}
    for p in places:
        first_at.setdefault(p.start, p)
    swapped: dict[str, Feature | None] = {}
    out = []
    for p in places:
        if (p.feature_class == "P" or p.feature_code == "PCLI") and p.geonameid is not None and p.lat is not None:
            key = name_key(p.text)
            if key not in swapped:
                others = [q for q in spots if name_key(q.text) != key]
                swapped[key] = _local(p, others, lambda k=key: _listed(text, places, k), places, gaz)
            local = swapped[key]
            if local is not None and not qualified(text, p, first_at) and not kin_before_name(text, p.start):
                p = from_feature(p.start, p.end, p.text, local, p.direction)
        out.append(p)
    return out


def _local(p: Place, others: list[Place], listed: Callable[[], list[Place]], places: list[Place], gaz: Gazetteer
           ) -> Feature | None:
    """The namesake of the far place `p` among `others` (`listed`: the places listed beside its name, worked out only
    for a city), if any."""
    if len(others) < MIN_NEIGHBOURS or any(within(p.lat, p.lon, q.lat, q.lon, FAR_KM) for q in others):
        return None
    features = gaz.lookup(name_key(p.text))
    chosen = next((f for f in features if f.geonameid == p.geonameid), None)
    if chosen is None:
        return None
    abroad_named = any(q.country_code == p.country_code for q in places if name_key(q.text) != name_key(p.text))
    if chosen.fcode in ("PPLC", "PCLI") and abroad_named:
        return None  # a capital of a country the article names otherwise stays, and so does that country
    city = chosen.fcode == "PCLI" or (chosen.population >= FOREIGN_BARE_TOWN
                                       and (abroad_named or chosen.population >= WORLD_CITY))
    beside = listed() if city else []
    rivals = [f for f in features
              if f.fclass == "P" and f.geonameid != p.geonameid and f.lat is not None
              and (f.cc == p.country_code or not abroad_named) and _among(f, others)
              and (not city or _among(f, beside, 1) or _county_town(f, others, gaz))]
    return max(rivals, key=lambda f: (f.population, -f.fid)) if rivals else None


WORLD_CITY = 1_000_000  # a city abroad this big is meant unless listed with a town beside its namesake


def _among(f: Feature, others: list[Place], neighbours: int = MIN_NEIGHBOURS) -> bool:
    """Within NEAR_KM of `neighbours` of the other places, and within FAR_KM of most of them (the article is local)."""
    near = [km(f.lat, f.lon, q.lat, q.lon) for q in others]
    return sum(d < NEAR_KM for d in near) >= neighbours and 2 * sum(d < FAR_KM for d in near) > len(near)


def _county_town(f: Feature, others: list[Place], gaz: Gazetteer) -> bool:
    """The namesake is the main town of a county the article names (GeoNames' county points are their biggest
    towns): "in Lamar County ... Paris's mayor" is Paris, Texas."""
    counties = (c for q in others if q.text.endswith(" County") for c in counties_named(gaz, q.text))
    return any(km(f.lat, f.lon, c.lat, c.lon) < COUNTY_TOWN_KM for c in counties)


COUNTY_TOWN_KM = 5.0


def _listed(text: str, places: list[Place], key: str) -> list[Place]:
    """The places listed right before or after a mention of the name ("between X and Y", "X, Y or Z", "in X and
    across the state line in Y"), and the town a mention of it is placed by ("X, south of Y")."""
    ordered = sorted((p for p in places if p.lat is not None), key=lambda p: p.start)
    out = []
    for a, b in zip(ordered, ordered[1:]):
        if name_key(a.text) == key and PLACED_BY.fullmatch(text, a.end, b.start):
            out.append(b)
        elif LIST_GAP.fullmatch(text, a.end, b.start) or ACROSS_GAP.fullmatch(text, a.end, b.start):
            if name_key(a.text) == key:
                out.append(b)
            elif name_key(b.text) == key:
                out.append(a)
    return out
