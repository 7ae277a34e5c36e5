"""Unknown names the text puts by a border: 'X, near the border with Somalia', 'X, on the Kenyan border'."""

from __future__ import annotations

import re
from collections import Counter

from .frames import opening_noun
from .gazetteer import Gazetteer
from .holder import holding_country, name_like, overlaps, within
from .place import Place
from .unknown import past_function_words


BORDER = re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+),? (?:near|on|along|close to) (?:the|its) "
    r"(?:[A-Z][\w'’\-]+ )?(?:border|frontier)\b")


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
        cc = holding_country(text, start, end, places, focus)
        out.append(within(start, end, name, None, gaz.country(cc) if cc else None))
    return out
