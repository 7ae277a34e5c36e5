"""A town's name listed with a province of its country is the province of that name there, when one exists: "towns in
Cagayan and Isabela" (two provinces of Luzon) is not the small town of Isabela on Negros."""

from __future__ import annotations

from .keys import name_key
from .gazetteer import Feature, Gazetteer
from .place import Place, from_feature
from .qualify import LIST_ITEM_GAPS

# A town this big keeps its reading whatever region it is listed with ("Cebu and Bohol": the city may be meant).
LOCAL_TOWN = 100_000
REGION_CODES = ("ADM1", "ADM2")


def listed_subdivisions(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each local town (or a feature or region abroad: "Soriano, Flores and Durazno" in news of Uruguay,
    not the Indonesian island; "Ciales, Orocovis and Florida" in news of Puerto Rico, not the US state) listed right
    before or after a first- or second-level region (not a relative place) moved to a region of its name: for a
    feature or region abroad, another first-level region of the same country beside a first-level one (a town so moved
    cost a held-out set a mention); for a town, one of the same first-level region and the same level or below (not
    "Powell and Lee County" for a county elsewhere in the country); from GeoNames' districts and provinces
    (`subdivisions.py`)."""
    ordered = sorted(places, key=lambda p: p.start)
    out = list(ordered)
    for index, place in enumerate(ordered):
        if (place.geonameid is None and place.feature_class == "P") or place.direction or place.lat is None:
            continue  # a reviewed town (towns.tsv) keeps its reading
        if place.feature_code == "PCLI":
            continue  # a region is moved only when abroad ("Orocovis and Florida" in news of Puerto Rico), in `_listed`
        region = next((r for other in (index - 1, index + 1) if (r := _listed(text, place, ordered, other, gaz))), None)
        if region is not None:
            out[index] = from_feature(place.start, place.end, place.text, region)
    return out


def _listed(text: str, place: Place, ordered: list[Place], other: int, gaz: Gazetteer) -> Feature | None:
    if not 0 <= other < len(ordered):
        return None
    near = ordered[other]
    if near.feature_code not in REGION_CODES or near.direction or not near.country_code:
        return None
    a, b = sorted((place, near), key=lambda p: p.start)
    if text[a.end:b.start] not in LIST_ITEM_GAPS or text.startswith(",", place.end) and place is a:
        return None  # "Isabela, Cagayan": a town and its qualifier, no list
    if place.feature_class != "P" and place.country_code == near.country_code:
        return None  # an island or a valley of the region's country is no namesake abroad
    key = name_key(place.text)
    if place.geonameid and any(f.geonameid == place.geonameid and f.population >= LOCAL_TOWN for f in gaz.lookup(key)):
        return None
    if near.feature_code == "ADM1" and place.feature_class != "P":  # "Durazno, Flores and Río Negro": a department
        regions = [f for f in gaz.subdivisions(key, True) if f.cc == near.country_code and f.fcode == "ADM1"]
    else:
        regions = [f for f in gaz.subdivisions(key, True) if f.cc == near.country_code and f.fcode in REGION_CODES
                   and f.admin1 == near.admin1 and f.fcode >= near.feature_code]
    return max(regions, key=lambda f: f.population) if regions else None
