"""A region of the article's country under its bare name: "Córdoba" in an article firmly about Colombia is the
department the gazetteer knows as "Córdoba Department" (`regions.tsv` leaves the bare name to the bigger towns of
that name elsewhere), "Kerry" in one about Ireland is "County Kerry"."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .keys import name_key
from .gazetteer import Feature, Gazetteer
from .mentions import Mention, stoplist
from .namesake import firm_country
from .own_name import first_words
from .prior import MIN_BARE_TOWN

# How the data names regions and counties with their kind word: after the name, or before it ("County Kerry").
KINDS_AFTER = ("Region", "Province", "State", "Department", "Prefecture", "Governorate", "Oblast", "County")
KINDS_BEFORE = ("County",)


def home_regions(mentions: list[Mention], focus: Counter[str], gaz: Gazetteer) -> list[Mention]:
    """The mentions, each given the region or county of the firm country known under its name with a kind word, when
    the name has no region, country or town of MIN_BARE_TOWN people of its own there (under the town's own name: not
    "Santander de Quilichao" for "Santander"), or has only towns of other regions where the article names towns of
    that region and none of theirs (`_backed`), and is no stoplisted word."""
    home = firm_country(focus)
    if home is None or len(home) != 2:
        return mentions
    backing = _town_regions(mentions, home)
    return [_with_home_region(m, home, gaz, backing) for m in mentions]


def _with_home_region(m: Mention, home: str, gaz: Gazetteer, backing: Counter[str]) -> Mention:
    if name_key(m.text) in stoplist() or m.text.isupper() or any(f.fcode == "PCLI" for f in m.features):
        return m
    owned = [f for f in m.features if f.cc == home and _own(f, m.text)]
    if any(f.fclass != "P" for f in owned):
        return m
    region = _kind_named(m.text, home, gaz) or (None if owned else _first_level(m, home, gaz))
    if region is None or (owned and not _backed(region, owned, backing)):
        return m
    return replace(m, features=m.features + (region,))


# Towns of a region the article names that make its name the region rather than home towns of that name elsewhere.
REGION_BACKING = 2


def _town_regions(mentions: list[Mention], home: str) -> Counter[str]:
    """How many mentions read as home towns of one first-level region only, by region."""
    regions = (frozenset(f.admin1 for f in m.features if f.cc == home and f.fclass == "P") for m in mentions)
    return Counter(next(iter(r)) for r in regions if len(r) == 1)


def _backed(region: Feature, towns: list[Feature], backing: Counter[str]) -> bool:
    """'Ramon, Isabela' amid Tuguegarao and Ilagan: the region whose towns the article names (REGION_BACKING or
    more), not the home towns of the name elsewhere (Basilan's Isabela City), whose regions it names none of."""
    return backing[region.admin1] >= REGION_BACKING and not any(backing[t.admin1] for t in towns)


def _own(f: Feature, text: str) -> bool:
    """A region, area or town of MIN_BARE_TOWN people that the name already reads as: under the town's own name or
    another spelling of it ("Mecca" for Makkah, "Hama" for Ḩamāh), not the first words of a longer one ("Santander"
    of Santander de Quilichao)."""
    if f.fclass != "P":
        return True
    shortened = len(f.name.split()) > len(text.split()) and first_words(text, f.name)
    return f.population >= MIN_BARE_TOWN and (f.how == "name" or not shortened)


def _kind_named(name: str, home: str, gaz: Gazetteer) -> Feature | None:
    keys = [f"{name} {kind}" for kind in KINDS_AFTER] + [f"{kind} {name}" for kind in KINDS_BEFORE]
    return next((f for key in keys for f in gaz.lookup(name_key(key)) if f.cc == home and f.fclass == "A"), None)


def _first_level(m: Mention, home: str, gaz: Gazetteer) -> Feature | None:
    """The home country's first-level region of that very name, from all of GeoNames' regions, when the name reads
    only as towns (no capital) or regions of other countries: New Zealand's Canterbury and West Coast, which the
    reviewed data leaves to the towns and the coast of those names elsewhere. Not a sea, a capital or an area of
    several countries ("the Red Sea", "Jerusalem", "the Sahel")."""
    if not all(f.cc and (f.fcode == "RGN" or (f.fclass == "P" and f.fcode != "PPLC")) for f in m.features):
        return None
    return next((f for f in gaz.subdivisions(name_key(m.text), True) if f.cc == home and f.fcode == "ADM1"), None)
