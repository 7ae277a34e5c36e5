"""A region's or county's name opening a council's ("Norfolk County Council", "Perth and Kinross Council") names the
council, an organisation that acts, not a place where something happens. A town's stays: "Leeds City Council" is
named as often with the town as without it, and GeoVirus marks the town."""

from __future__ import annotations

import re

from .place import Place

COUNCIL = re.compile(r" (?:(?:County|District|Borough|Shire|Regional|City|Town|Parish) )?Council\b")


def council_names(text: str, places: list[Place]) -> list[Place]:
    """The places, without the regions and counties whose name (with its kind word, if any) opens a council's; a town
    called "X County" (Ontario's Norfolk County) before "Council" is a county's name too."""
    return [p for p in places if (p.feature_class == "P" and p.text.rsplit(" ", 1)[-1] not in COUNCIL_KINDS)
            or not COUNCIL.match(text, p.end)]


COUNCIL_KINDS = frozenset({"County", "District", "Borough", "Shire"})
