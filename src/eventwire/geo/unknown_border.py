"""Unknown names the text puts by a border: 'X, near the border with Somalia', 'X, on the Kenyan border'."""

from __future__ import annotations

import re
from collections import Counter

from .gate import gate, led
from .frames import opening_noun
from .gazetteer import Gazetteer
from .holder import holding_country, name_like, overlaps, within
from .place import Place
from .unknown import past_function_words


BORDER = gate(led("A-Z", re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+),? (?:near|on|along|close to) (?:the|its) "
    r"(?:[A-Z][\w'’\-]+ )?(?:border|frontier)\b")),
    "border", "frontier")


def border_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'X, near the border with Somalia', 'X, on the Kenyan border': X is a place, unresolved in the country the text
    puts it (not the neighbour the border is with)."""
    out: list[Place] = []
    for match in BORDER.finditer(text):
        start = past_function_words(text, *match.span(1))
        end = match.end(1)
        name = text[start:end]
        if overlaps(places, start, end) or not name_like(text, start, name) or name.isupper():
            continue
        if opening_noun(text, start, end):
            continue
        cc = _border_side(text, holding_country(text, start, end, places, focus), (end, match.end()), places, focus)
        out.append(within(start, end, name, None, gaz.country(cc) if cc else None))
    return out


# What may follow "border": the country it is with ("the border with Somalia").
WITH = re.compile(r" (?:with|of) (?:the )?")


def _border_side(text: str, cc: str, phrase: tuple[int, int], places: list[Place], focus: Counter[str]) -> str:
    """The country of a place by a border the text names by its countries: one of the two of "the Zambia-Congo
    border" (the one the article names more, else the first), not the one of "the border with Somalia" or "the Somali
    border" (the article's main other country then); `cc` where the text says nothing of the border's countries."""
    countries = [p for p in places if p.feature_code == "PCLI" and p.country_code]
    named = [p for p in countries if phrase[0] <= p.start < phrase[1]]
    after = next((p for p in countries if p.start >= phrase[1] and WITH.fullmatch(text[phrase[1]:p.start])), None)
    if len(named) >= 2 and after is None:
        sides = [p.country_code for p in named[-2:]]
        return cc if cc in sides else max(sides, key=lambda c: (focus.get(c, 0), -sides.index(c)))
    other = after or (named[-1] if named else None)
    if other is None or cc != other.country_code:
        return cc
    return next((c for c, _ in focus.most_common() if c != cc), cc)
