"""A region abroad named in a list of regions of the article's country: "snow closed schools in X and Y provinces" in
news of Peru, X read as the Philippines' La Union, is a province of Peru the gazetteer lacks, not that place."""

from __future__ import annotations

from collections import Counter

from .focus import minus
from .gazetteer import Feature
from .listed_kind import list_kind
from .mention import Mention
from .namesake import firm_country
from .words import Word

# The plural kinds of region that end such a list (not "rivers").
REGION_KINDS = frozenset({"province", "district", "region", "state", "county", "governorate", "prefecture", "oblast",
                          "parish"})


def listed_abroad(text: str, ws: list[Word], m: Mention, f: Feature, focus: Counter[str], own: Counter[str]) -> bool:
    """Whether the mention's reading is a region or town abroad, listed before a plural kind of region, in an
    article firmly about another country that no other name of it points away from: a place the gazetteer lacks
    (`unknown_areas` may still report it)."""
    if not f.cc or list_kind(text, ws, m.first, m.last) not in REGION_KINDS:
        return False
    home = firm_country(focus)
    if home is None or home == f.cc:
        return False
    rest = minus(focus, own)
    return not rest.get(f.cc, 0) and not rest.get(f.iso3, 0)
