"""What a mention's neighbours in a list ("Perth and Crieff", "Lancaster, Gorham and Berlin") say of it: their
countries, and the town listed before it."""

from __future__ import annotations

from .distance import km
from .gazetteer import Feature
from .mention import Mention
from .qualify import LIST_ITEM_GAPS


# Before a name listed after the mention with its article: "Mackay and the Whitsunday Islands".
THE_GAPS = (" and the ", ", and the ")


def listed_with(text: str, mentions: list[Mention], index: int, chosen: list[Feature | None]) -> frozenset[str]:
    """The countries of the names listed right before or after the mention ("Perth and Crieff", "Mackay and the
    Whitsunday Islands") that are names of one country only, or (before it) were resolved to a town or region ("in
    Concepción and Los Angeles" in an article about Chile: Concepción was Chile's), or whose towns of one country lie
    beside a town of the mention's name ("for Kasindi and Beni": Congo's Beni, 40 km from Kasindi)."""
    found: set[str] = set()
    for other in (index - 1, index + 1):
        if not 0 <= other < len(mentions):
            continue
        a, b = (mentions[other], mentions[index]) if other < index else (mentions[index], mentions[other])
        gap = text[a.end:b.start]
        if gap not in LIST_ITEM_GAPS and not (other > index and gap in THE_GAPS):
            continue  # the cheap test first
        resolved = chosen[other] if other < len(chosen) else None
        if resolved is not None and resolved.fclass in ("P", "A") and resolved.cc:
            codes = {resolved.cc}
        else:
            codes = {f.cc for f in mentions[other].features if f.cc}
        if len(codes) > 1 and not _names_country(mentions[other]) and not _names_country(mentions[index]):
            # "Kasindi and Beni": the reading beside one of the mention's own (not "Norway and Denmark", in Maine)
            codes = _beside(mentions[other], mentions[index]) or codes
        if len(codes) == 1:
            found |= codes
    return frozenset(found)


def _names_country(mention: Mention) -> bool:
    return any(f.fcode == "PCLI" for f in mention.features)


BESIDE_KM = 100.0  # two listed names with readings this close are of that one country


def _beside(other: Mention, mention: Mention) -> set[str]:
    """The countries of the other name's towns that lie within BESIDE_KM of a town of the mention's name."""
    return {f.cc for f in other.features if f.cc and f.fclass == "P"
            and any(g.fclass == "P" and g.cc == f.cc and km(f.lat, f.lon, g.lat, g.lon) <= BESIDE_KM
                    for g in mention.features)}


def listed_town(text: str, mentions: list[Mention], index: int, chosen: list[Feature | None]) -> Feature | None:
    """The town listed nearest before the mention that was resolved ("Lancaster, Gorham and Berlin": Gorham, read as
    New Hampshire's), if the nearest resolved item of the list is a town."""
    other = index - 1
    while 0 <= other < len(chosen) and text[mentions[other].end:mentions[other + 1].start] in LIST_ITEM_GAPS:
        town = chosen[other]
        if town is not None:
            return town if town.fclass == "P" and town.cc else None
        other -= 1
    return None
