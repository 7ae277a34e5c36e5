"""The unknown end of a short list whose other items are known towns or regions of one country: 'reached A, B and X',
'X, A and the lakeside city of B', 'from X and the larger town of A': X is a place of that country too (a town of the
name there when the gazetteer has one, else unresolved)."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .place import Place
from .unknown_near import item_place, list_holders

ONE = r"[A-Z][a-z][\w\-]*"
# The gap before a list's last item, which may be called a town: ' and ', ', and ', ' and the lakeside city of '.
TOWN_OF = r"(?:the (?:[a-z\-]+ ){0,2}(?:city|town|village|port) of )?"
LAST_GAP = re.compile(rf"(?:, and |, | and ){TOWN_OF}")
END = r"(?=[.,;:]|\s+[a-z])(?!\s+(?:said|says|told|added|who|was|is|has|had)\b)"
LAST_AFTER = re.compile(rf", and ({ONE}){END}| and ({ONE}){END}")
# The list opens after a word in lower case ("reached A, B and X"): "John Smith, A and B officials" is no list of three.
FIRST_BEFORE = re.compile(rf"\b[a-z]+ ({ONE}), $")
OPENS = re.compile(r"\b[a-z]+ $")
# 'from X and the larger town of A': X after a locative word, joined to a known town the text calls a town.
PAIR_BEFORE = re.compile(rf"\b(?:in|at|near|from|to|between|outside|reached) ({ONE}) and the (?:[a-z\-]+ ){{0,2}}"
                         r"(?:city|town|village|port) of $")


def list_edges(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """Such unknown first and last items (and the unknown partner of 'X and the town of A'), each a name no place found
    covers, not in capitals."""
    known = list_holders(places)
    out: list[Place] = []
    taken = list(places)

    def add(span: tuple[int, int], cc: str) -> None:
        if (place := item_place(text, *span, cc, taken, gaz)) is not None:
            out.append(place)
            taken.append(place)

    for a, b in zip(known, known[1:]):
        if a.country_code != b.country_code:
            continue
        gap = text[a.end:b.start]
        if gap == ", ":
            last = LAST_AFTER.match(text, b.end)  # "A, B and X."
            if last and OPENS.search(text, max(0, a.start - 20), a.start):
                add(last.span(1) if last.group(1) else last.span(2), a.country_code)
        if LAST_GAP.fullmatch(gap) and gap != ", ":
            first = FIRST_BEFORE.search(text, max(0, a.start - 40), a.start)  # "X, A and B"
            if first:
                add(first.span(1), a.country_code)
    for b in known:
        pair = PAIR_BEFORE.search(text, max(0, b.start - 80), b.start)
        if pair and b.feature_class == "P":
            add(pair.span(1), b.country_code)
    return out
