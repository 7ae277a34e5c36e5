"""What a mention's neighbours in a list ("Perth and Crieff", "Lancaster, Gorham and Berlin") say of it: their
countries, and the town listed before it."""

from __future__ import annotations

from .gazetteer import Feature
from .mention import Mention
from .qualify import LIST_ITEM_GAPS


# Before a name listed after the mention with its article: "Mackay and the Whitsunday Islands".
THE_GAPS = (" and the ", ", and the ")


def listed_with(text: str, mentions: list[Mention], index: int, chosen: list[Feature | None]) -> frozenset[str]:
    """The countries of the names listed right before or after the mention ("Perth and Crieff", "Mackay and the
    Whitsunday Islands") that are names of one country only, or (before it) were resolved to a town or region ("in
    Concepción and Los Angeles" in an article about Chile: Concepción was Chile's)."""
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
        if len(codes) == 1:
            found |= codes
    return frozenset(found)


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
