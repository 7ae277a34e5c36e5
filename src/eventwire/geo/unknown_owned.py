"""Unknown names a known place holds: 'Hiroshima's Asaminami ward', 'Jakarta's Kampung Melayu district' (a known
town's, region's or country's possessive opens the name and a lower-case kind word of a town's part closes it), and
'flattened Rakiraki on Viti Levu' (a town on a known island): places there, at the town's, region's or island's
point."""

from __future__ import annotations

import re
from dataclasses import replace

from .gazetteer import Gazetteer
from .holder import Taken, ordinary_word, within
from .place import Place
from .unknown import INSTITUTION_WORDS

# The kind words of a town's parts and of small areas, closing the name.
PART_KINDS = ("ward", "wards", "district", "districts", "neighbourhood", "neighborhood", "suburb", "borough",
              "township", "subdistrict", "sub-district", "municipality", "village", "commune", "barangay", "slum")
OWNED_PART = re.compile(rf"['’]s ((?:[A-Z][\w'’\-]+ ){{0,2}}[A-Z][\w'’\-]+) (?:{'|'.join(PART_KINDS)})\b")


def owned_parts(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """Each name no place found covers between a known place's possessive and a kind word of a town's part."""
    out: list[Place] = []
    taken = Taken(places)
    for owner in places:
        if owner.feature_class not in ("A", "P") or not owner.country_code or owner.lat is None:
            continue
        match = OWNED_PART.match(text, owner.end)
        if not match:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if (taken(start, end) or ordinary_word(name) or name.isupper()
                or INSTITUTION_WORDS & set(name.split())):
            continue
        holder = owner if owner.feature_code != "PCLI" else None
        out.append(taken.add(within(start, end, name, holder, gaz.country(owner.country_code))))
    return out


# 'flattened Rakiraki on Viti Levu': one capitalised word (not a plural: "landed Marines on X") after a lower-case
# word (not "the": "the Navy on X") or a comma, then "on" and the island.
ON_ISLAND = re.compile(r"(?:(?<![\w'’\-])(?!the )[a-z]+ |, )([A-Z][a-z][\w'’\-]+) on (?:the island of )?$")
ISLAND_CODES = ("ISL", "ISLS")


def island_towns(text: str, places: list[Place]) -> list[Place]:
    """Each unknown one-word name right before "on" and a known island: a town of that island, at its point."""
    out: list[Place] = []
    taken = Taken(places)
    for island in places:
        if island.feature_code not in ISLAND_CODES or island.lat is None or not island.country_code:
            continue
        match = ON_ISLAND.search(text, max(0, island.start - 40), island.start)
        if not match:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if taken(start, end) or ordinary_word(name) or name.endswith("s"):  # "Marines", "Rangers"
            continue
        out.append(taken.add(replace(island, start=start, end=end, text=name, geonameid=None, name=name,
                                     feature_class="P", feature_code="PPL", resolution="approximate", direction=None)))
    return out
