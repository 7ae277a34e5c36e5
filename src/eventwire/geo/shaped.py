"""Names the gazetteer lacks whose shape marks them as places ("Puerto X", "Kafr X", "Xpur", "Xabad"), after a
locative word: places, unresolved in the country the text puts them (`data/toponym_shapes.tsv`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..data import data_path, read_tsv
from .gazetteer import Gazetteer
from .holder import Taken, name_like
from .keys import name_key
from .place import Place
from .unknown import INSTITUTION_WORDS
from .unknown_in import unknown_place

# A name of one to four capitalised words (Spanish, Portuguese and Arabic joining words between them) after a
# locative word inside a sentence, not followed by another capitalised word, "of" or a possessive.
AFTER_LOCATIVE = re.compile(
    r"(?<=[a-z,] )(?:in|at|near|outside|around|into|towards?|through|across) (?:the (?:village|town|camp) of )?"
    r"([A-Z][\w'’\-]+(?: (?:(?:de|del|da|do|dos|la|las|el|al|as|ar)[ -])?[A-Z][\w'’\-]+){0,3})"
    r"(?![\w'’\-]| [A-Z]| of\b|['’]s\b|\.\w)")
MIN_ENDING_NAME = 7


@lru_cache(maxsize=1)
def _shapes() -> tuple[frozenset[str], tuple[str, ...]]:
    rows = read_tsv(data_path("geo", "toponym_shapes.tsv"))
    return (frozenset(r["form"] for r in rows if r["kind"] == "head"),
            tuple(r["form"] for r in rows if r["kind"] == "ending"))


def place_shaped(name: str) -> bool:
    """A name opened by a word of place names ("Puerto Nuevo") or one word ending like a place name ("Rampurhat" no;
    "Sultanpur" yes)."""
    heads, endings = _shapes()
    words = name.split()
    if len(words) > 1:
        return words[0] in heads
    return len(name) >= MIN_ENDING_NAME and name.isalpha() and name.lower().endswith(endings)


def shaped_unknowns(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """After a locative word, a place-shaped name (`place_shaped`) the gazetteer does not know is a place, unresolved
    in the country the text puts it (`holding_country`), or a part of the town named right after it."""
    out: list[Place] = []
    taken = Taken(places)
    if not focus:
        return out
    for match in AFTER_LOCATIVE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if (not place_shaped(name) or name.split()[-1] in INSTITUTION_WORDS or taken(start, end)
                or not name_like(text, start, name)
                or gaz.lookup(name_key(name))):
            continue
        out.append(taken.add(unknown_place(text, (start, end), name, places, focus, gaz)[1]))
    return out
