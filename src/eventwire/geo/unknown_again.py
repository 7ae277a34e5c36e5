"""A place the gazetteer lacks, placed once by what the text says of it ("a hamlet X on the edge of the capital"),
keeps that reading where it is named again with nothing to place it but its country ("the pastor of X said"): one
sense per article. Only within that country: a name the text puts in two countries may be two places (a version taking
another country's reading, a Texas county named again in a sentence about a Mexican state, cost a held-out set a
mention)."""

from __future__ import annotations

import re
from dataclasses import replace

from .context import LOCATIVE
from .gazetteer import Gazetteer
from .holder import Taken
from .keys import name_key
from .place import Place
from .subdivision_places import KIND


def unknowns_again(places: list[Place]) -> list[Place]:
    """Each unknown place read only as its country (no feature code, no direction) takes the reading of another
    mention of its name in that country that the text placed more exactly: a town or region of the gazetteer, or an
    unknown one placed by a holder."""
    placed: dict[tuple[str, str], Place] = {}
    for p in places:
        if p.lat is not None and p.feature_code and not p.direction:
            for key in (name_key(p.text), name_key(KIND.sub("", p.text))):
                placed.setdefault((key, p.country_code), p)
    return [_again(p, placed) for p in places] if placed else places


def _again(p: Place, placed: dict[tuple[str, str], Place]) -> Place:
    if p.geonameid is not None or p.feature_code or p.direction:
        return p
    other = placed.get((name_key(p.text), p.country_code))
    return p if other is None else replace(other, start=p.start, end=p.end, text=p.text)


def regions_again(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """A region only the text's kind word found ("the province of X": a province the gazetteer knows by no name,
    looked up among the article's countries' subdivisions) is that region again wherever its name recurs whole, not
    already a place and not inside a longer capitalised name ('"X has weathered worse," said a fisherman')."""
    first: dict[str, Place] = {}
    for p in places:
        if p.feature_code in ("ADM1", "ADM2") and p.lat is not None and not p.direction and p.text[:1].isupper():
            name = KIND.sub("", p.text).strip()
            if name and name not in first and not gaz.lookup(name_key(name)):
                first[name] = p
    if not first:
        return places
    taken = Taken(places)
    out = list(places)
    for name, p in first.items():
        for match in re.finditer(rf"(?<![\w\-'’])({re.escape(name)})(?![\w\-]| [A-Z])", text):
            if not taken(*match.span()) and not _capital_before(text, match.start()):
                out.append(taken.add(replace(p, start=match.start(), end=match.end(), text=name)))
    return sorted(out, key=lambda p: (p.start, p.end))


def _capital_before(text: str, start: int) -> bool:
    """A capitalised word right before the name, but a sentence's opening locative word ("In X", "On X"): part of a
    longer name ("Radio X")."""
    word = re.search(r"([A-Z][\w'’\-]*) $", text[max(0, start - 30):start])
    return word is not None and word.group(1).lower() not in LOCATIVE | {"on"}
