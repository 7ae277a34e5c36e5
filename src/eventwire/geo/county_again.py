"""A county named again by its bare name: "Kosciusko County ... Kosciusko, home to the state's largest egg farms" is
the county again, not a town of that name in another state (Mississippi's Kosciusko). Local news shortens a county's
name once it has given it whole; a town of that name in the county's own state stays the town ("Warren County ...
Warren")."""

from __future__ import annotations

from dataclasses import replace

from .mentions import COUNTY_WORDS
from .place import Place


def counties_again(places: list[Place]) -> list[Place]:
    """The places, each town or region read under a county's bare name after that county was named whole, in a state
    other than the county's, made that county; not a town followed by its first-level region."""
    counties: dict[str, Place] = {}
    out = []
    qualified = {q.start for q in places if q.feature_code == "ADM1"}  # "Durham, North Carolina": the town there
    for p in sorted(places, key=lambda p: p.start):
        bare = _bare_county_name(p)
        if bare:
            counties.setdefault(bare, p)
        county = counties.get(p.text)
        if (county is not None and p.text != county.text and p.feature_class in ("P", "A")
                and p.feature_code not in ("PCLI", "ADM2") and _elsewhere(p, county) and p.end + 2 not in qualified):
            p = replace(county, start=p.start, end=p.end, text=p.text)
        out.append(p)
    return out


def _bare_county_name(p: Place) -> str:
    """"Kosciusko" of a county read under "Kosciusko County"; "" for any other place."""
    if p.feature_code != "ADM2" or not p.country_code:
        return ""
    head, _, kind = p.text.rpartition(" ")
    return head if head and kind in COUNTY_WORDS and kind[0].isupper() else ""


def _elsewhere(p: Place, county: Place) -> bool:
    return p.country_code != county.country_code or p.admin1 != county.admin1 or p.feature_code == "ADM1"
