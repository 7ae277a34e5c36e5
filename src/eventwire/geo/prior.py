"""The prior of a reading: its feature type, a town's size, and the article's countries and regions."""

from __future__ import annotations

import math
from collections import Counter
from typing import Callable

from .distance import km
from .gazetteer import Feature
from .keys import name_key

BASE = {"PCLI": 10.0, "CONT": 9.0, "OCN": 9.0, "SEA": 9.0, "GULF": 9.0, "ZN": 9.0, "ADM1": 8.0, "RGN": 8.5, "ISL": 8.5,
        "ISLS": 8.5, "LK": 8.0, "MTS": 8.0, "DLTA": 8.0, "ADM2": 7.5, "MILB": 7.0, "STM": 8.0, "MT": 8.0, "CNL": 8.0,
        "SQR": 7.0, "AIRP": 7.0}
# A town in a first-level region the article names ("Austin" in an article about Indiana) gains this much: 2.5 orders
# of magnitude of population, so a small town of the region beats a big namesake elsewhere, but not a metropolis.
# Only between towns, and only under a town's own name (not an alternate spelling; but the short form inside a long
# official name is its own: "Juchitan" of Heroica Ciudad de Juchitán de Zaragoza): a name that can also be a region or
# country ("Ontario") keeps its usual ranking.
REGION_BONUS = 2.0
# ...when its country is named at least a REGION_SHARE-th as often as the article's most named one: in news of
# Nairobi, a cousin's town in England is no reason to read the Nairobi district Eastleigh as Hampshire's.
REGION_SHARE = 4
# A town alone (no region/country reading, no qualifier, no locative word before it) needs this many people.
MIN_BARE_TOWN = 20_000
# A town of a country the article never names, without a locative word or qualifier, needs this many people.
FOREIGN_BARE_TOWN = 100_000
# After a locative word ("in", "near"), any town of the gazetteer (GeoNames towns of 500+ people) will do.
MIN_LOCATIVE_TOWN = 500


def town_score(f: Feature) -> float:
    """A town's size on the scale of BASE, with a bonus for a national capital under its own name. A town whose
    population GeoNames does not give (0) counts as the gazetteer's smallest town (MIN_LOCATIVE_TOWN): GeoNames lists
    such towns among its towns of 500+ people because they are seats of a district or municipality."""
    people = f.population or MIN_LOCATIVE_TOWN
    return 0.8 * math.log10(people + 10) + (2.0 if f.fcode == "PPLC" and f.how == "name" else 0.0)


def score(f: Feature, focus: Counter[str], qualifier: tuple[Feature, ...],
          regions: frozenset[tuple[str, str]] = frozenset()) -> float:
    """Prior of the feature type and size, plus the article's countries and regions and a qualifying name after it."""
    return scorer(focus, qualifier, regions)(f)


def scorer(focus: Counter[str], qualifier: tuple[Feature, ...],
           regions: frozenset[tuple[str, str]] = frozenset(), said: str = "") -> Callable[[Feature], float]:
    """`score` of each reading of one mention: the article's most named country's count worked out once. `said`:
    the mention's name key, which may be the short form of a town's long official name (`short_form`)."""
    top = max(focus.values()) if focus else 0

    def of(f: Feature) -> float:
        s = BASE.get(f.fcode) or town_score(f)
        if (f.fclass == "P" and (f.how == "name" or short_form(said, f.name) or city_suffixed(said, f))
                and (f.cc, f.admin1) in regions and REGION_SHARE * focus.get(f.cc, 0) >= top):
            s += REGION_BONUS
        if focus:
            s += 3.0 * focus.get(f.cc, 0) / top + 3.0 * focus.get(f.iso3, 0) / top
        for q in qualifier:
            if q.cc == f.cc and (q.fcode != "ADM1" or q.admin1 == f.admin1) and f.fid != q.fid and _inside(f, q):
                s += 10.0
                break
        if f.how == "alt":
            s -= 1.0
        return s

    return of


# A town qualified by a county ("St Ives in Cambridgeshire") lies within this many km of the county's point.
COUNTY_KM = 150.0


def _inside(f: Feature, q: Feature) -> bool:
    """Whether a town may lie in its qualifier: a county holds only the towns near its point."""
    return q.fcode != "ADM2" or f.fclass != "P" or not (q.lat or q.lon) or km(f.lat, f.lon, q.lat, q.lon) <= COUNTY_KM


# Countries whose GeoNames towns may carry the word for "city" fused to their name ("Yulinshi", "Nara-shi").
CITY_SUFFIXES = {"CN": ("shi", " shi", "-shi"), "JP": ("-shi", " shi")}


def city_suffixed(said: str, f: Feature) -> bool:
    """Whether a town's GeoNames name is the said name with its country's word for "city" after it: "Yulin" of
    Yulinshi, Shaanxi, is that town under its own name, as much as the bigger Yulin of Guangxi."""
    own = name_key(f.name)
    return len(said) >= 3 and any(own == said + suffix for suffix in CITY_SUFFIXES.get(f.cc, ()))


def short_form(said: str, name: str) -> bool:
    """Whether a name key is a run of whole words inside a longer official name, as news shortens it: "juchitan" of
    Heroica Ciudad de Juchitán de Zaragoza, "pinotepa" of Pinotepa Nacional."""
    own = name_key(name)
    return bool(said) and len(own) > len(said) and f" {said} " in f" {own} "
