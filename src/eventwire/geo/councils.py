"""A region's or county's name opening a council's ("Norfolk County Council", "Perth and Kinross Council") names the
council, an organisation that acts, not a place where something happens. A town's stays: "Leeds City Council" is
named as often with the town as without it, and GeoVirus marks the town."""

from __future__ import annotations

import re

from .place import Place

COUNCIL = re.compile(r" (?:(?:County|District|Borough|Shire|Regional|City|Town|Parish) )?Council\b")


def council_names(text: str, places: list[Place]) -> list[Place]:
    """The places, without the regions and counties whose name (with its kind word, if any) opens a council's."""
    return [p for p in places if p.feature_class == "P" or not COUNCIL.match(text, p.end)]
