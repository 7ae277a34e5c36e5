"""Other names a town borrows from a neighbour: GeoNames sometimes lists a town's own name among the alternate names
of another town of its country (Nikopol carries "Slovyansk" and its spellings). Read as such, a text naming the one
town could resolve to the other; the gazetteer leaves those names out of the borrower's."""

from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher
from typing import Iterable

from .keys import keys_of, latin, name_key

# The lender is a town of at least this share of the borrower's people: a real other name of a city (Chennai's
# "Madras") is not taken away by a village of that name.
LENDER_SHARE = 1 / 3
# An other name this like the town's own (difflib's ratio) is a spelling of it.
SPELLING = 0.75


def borrowed_keys(towns: Iterable[dict], min_population: int) -> dict[int, frozenset[str]]:
    """Per town (geonameid) whose alternate names are read (`min_population`), the keys of its alternate names that
    belong to another town of its country whose own name is among them and whose size is comparable; names like
    the town's own are kept."""
    towns = list(towns)
    by_own: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in towns:
        by_own[(city["countrycode"], name_key(city["name"]))].append(city)
    out: dict[int, frozenset[str]] = {}
    for city in towns:
        if city.get("population", 0) < min_population:
            continue
        own = name_key(city["name"])
        alts = {key for alt in city.get("alternatenames", ()) if latin(alt) for key in keys_of(alt)
                if not _alike(key, own)}
        lenders = [other for key in alts for other in by_own.get((city["countrycode"], key), ())
                   if other["geonameid"] != city["geonameid"]
                   and other.get("population", 0) >= city.get("population", 0) * LENDER_SHARE]
        if lenders:
            lent = {key for other in lenders for key in _keys(other, min_population)}
            out[city["geonameid"]] = frozenset(alts & lent)
    return out


def _alike(key: str, own: str) -> bool:
    """Whether an other name shares a word, or a word's start, with the town's own name: a short form ("Lakhimpur" of
    North Lakhimpur, "Yulin" of Yulinshi) or a spelling ("Centreville"), which stays the town's whoever else bears it."""
    key, own = key.replace("'", ""), own.replace("'", "")
    return (SequenceMatcher(None, key, own).ratio() >= SPELLING
            or any(a.startswith(b) or b.startswith(a) for a in key.split() for b in own.split()))


def _keys(city: dict, min_population: int) -> set[str]:
    """The keys a town is known under: its own name, and its alternate names when those are read."""
    read = city.get("population", 0) >= min_population
    names = [city["name"], *(city.get("alternatenames", ()) if read else ())]
    return {key for name in names if latin(name) or name == city["name"] for key in keys_of(name)}
