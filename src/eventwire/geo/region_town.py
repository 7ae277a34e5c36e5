"""A town named like its first-level region ("Chihuahua", capital of Chihuahua State; "Mendoza"): news writes the one
name for the town and the region, so once the article has named it, a namesake in that region is meant by the names
after it ("officials in Chihuahua ... the colonies around Cuauhtemoc": Chihuahua's Cuauhtémoc, not Mexico City's
borough) as when the article names the region with its kind word."""

from __future__ import annotations

from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .mentions import Mention
from .subdivision_places import KIND  # a region's kind word after its name ("Chihuahua State")


def region_of_town(m: Mention, feature: Feature | None, gaz: Gazetteer) -> tuple[str, str] | None:
    """The (country, first-level region) of the town the mention resolved to, when the region bears the name as
    written, with or without its kind word."""
    if feature is None or feature.fclass != "P" or not feature.admin1 or feature.how == "demonym":
        return None
    region = gaz.region(feature.cc, feature.admin1)
    if region is None or not region.name or name_key(KIND.sub("", region.name)) != name_key(m.text):
        return None
    return feature.cc, feature.admin1
