"""Other transliterations of known places: a name the gazetteer does not know, that the text puts in a country, is the
one town or region of that country whose name differs only in spelling conventions ("Hwalien" for Hualien,
"Sulaimaniyah" for Sulaymaniyah, "Mekelle" for Mek'ele): y/i, w/u, ou/u, kh/k, q/k, doubled letters, a final h."""

from __future__ import annotations

import re
from functools import lru_cache

from .keys import name_key
from .gazetteer import Feature, Gazetteer
from .place import Place, from_feature
from .prior import MIN_BARE_TOWN
from .subdivision_places import COUNTY_AFTER, counties_named

# Ordered rewrites of a lower-case, unaccented name (digraphs first).
REWRITES = (("kh", "k"), ("ph", "f"), ("dh", "d"), ("gh", "g"), ("ck", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
            ("q", "k"), ("w", "u"), ("y", "i"))
NOT_LETTER = re.compile(r"[^a-z]")
DOUBLED = re.compile(r"(.)\1+")
# A town matched by spelling alone needs as many people as a town named bare (MIN_BARE_TOWN; GeoNames' 0 does not
# count): smaller namesakes are too many.
MIN_SPELT_TOWN = MIN_BARE_TOWN
# Names this short match too much by accident.
MIN_LETTERS = 5


def folded(name: str) -> str:
    """The spelling-free key of a name."""
    return _folded_key(name_key(name))


@lru_cache(maxsize=65536)
def _folded_key(key: str) -> str:
    """The spelling-free key of a lookup key (`name_key`)."""
    key = NOT_LETTER.sub("", key)
    for old, new in REWRITES:
        key = key.replace(old, new)
    key = DOUBLED.sub(r"\1", key)
    return key[:-1] if key.endswith("h") else key


@lru_cache(maxsize=256)
def _spellings(gaz: Gazetteer, cc: str) -> dict[str, tuple[Feature, ...]]:
    """The country's towns of MIN_SPELT_TOWN people and its first-level regions, by folded name (own and other
    names)."""
    sql = ("SELECT n.key, f.*, n.how FROM names n JOIN features f ON f.fid = n.fid WHERE f.cc = ? "
           "AND ((f.fclass = 'P' AND f.population >= ?) OR f.fcode = 'ADM1')")
    found: dict[str, dict[int, Feature]] = {}
    for key, *row in gaz.db.execute(sql, (cc, MIN_SPELT_TOWN)):
        feature = Feature(*row)  # its own name is among its keys (GeoNames' name, how = "name")
        found.setdefault(_folded_key(key), {})[feature.fid] = feature
    return {key: tuple(features.values()) for key, features in found.items()}


def respelt(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each unknown one of a country without a point (no GeoNames id, not a natural feature, not a
    part of a direction) resolved to the one town or region of that country its spelling folds to (not the name of
    a county GeoNames knows: `_county_named`)."""
    out = []
    for place in places:
        key = folded(place.text)
        if (place.geonameid is None and place.lat is None and place.country_code and not place.feature_code
                and not place.direction and len(key) >= MIN_LETTERS):
            matches = _spellings(gaz, place.country_code).get(key, ())
            if len(matches) == 1 and not _county_named(text, place, gaz):
                place = from_feature(place.start, place.end, place.text, matches[0])
        out.append(place)
    return out


def _county_named(text: str, place: Place, gaz: Gazetteer) -> bool:
    """"the X County line": a name before "County" that GeoNames' counties of its country know is that county
    (`county_points` finds it), no town of another spelling."""
    after = COUNTY_AFTER.match(text, place.end)
    return bool(after and counties_named(gaz, text[place.start:after.end()], place.country_code))
