"""An island or lake named again by its bare name: "ferries to Fogo Island ... shops on Fogo ran short" is that island,
not Fogo of Cape Verde; "Lake Titicaca ... Titicaca". Only where the bare name was read in another country (or not at
all), a country the article names nothing else of, and not qualified: "Vancouver Island ... Vancouver" stays the city
of the island's country, "Vancouver, Wash." the city of Washington, "Lake Villarrica ... a choir from Villarrica,
Paraguay" the town of Paraguay."""

from __future__ import annotations

from dataclasses import replace

from .place import Place


def islands_again(text: str, places: list[Place]) -> list[Place]:
    """The places, each later bare "X" of an island first named "X Island" (or a lake first named "Lake X") that was
    read in another country than the island's, one no other place of the article lies in, or not read, as that island
    (lake)."""
    first = _firsts(places)
    if not first:
        return places
    named = {q.country_code for q in places if q.text not in first and q.country_code}
    return [_again(text, p, first[p.text]) if p.text in first and p.country_code not in named else p
            for p in places]


def _firsts(places: list[Place]) -> dict[str, Place]:
    """The first mention of each island named "X Island" and each lake named "Lake X", by X, where the feature has
    one country."""
    first: dict[str, Place] = {}
    for p in sorted(places, key=lambda p: p.start):
        if p.lat is None or not p.country_code or p.direction:
            continue
        if p.text.endswith(" Island") and p.feature_code in ("ISL", "PPL"):
            first.setdefault(p.text[:-len(" Island")], p)
        elif p.text.startswith("Lake ") and p.feature_code == "LK":
            first.setdefault(p.text[len("Lake "):], p)
    return first


def _again(text: str, p: Place, island: Place) -> Place:
    if p.start < island.end or (p.lat is not None and p.country_code == island.country_code):
        return p
    if text[p.end:p.end + 7] in (" Island", " island") or text[max(0, p.start - 5):p.start] == "Lake ":
        return p
    if text.startswith(", ", p.end) and text[p.end + 2:p.end + 3].isupper():
        return p  # "Vancouver, Wash.": the name qualified by where it lies
    return replace(island, start=p.start, end=p.end, text=p.text)
