"""Unknown names two frames of wire news make places: the dateline's town ('KAMBIA, Sierra Leone -', a name in
capitals opening the text, then its country or region) and either end of a route whose other end is a known town or
region ('flown from X to Town', 'carried from Town to X', 'wells from X to Y', 'between X and Town')."""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Gazetteer
from .holder import Taken, name_like, overlaps, within
from .place import Place
from .unknown import INSTITUTION_WORDS

# 'KAMBIA, Sierra Leone -', 'KAMBIA, Sierra Leone (Reuters) -': the whole first line up to its country or region.
DATELINE = re.compile(r"^([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}), (?=[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}"
                      r"(?: \([\w ]+\))? ?(?:[—–]|-{1,2}) )")
PART = r"(?:(?:al|el)-)?[A-Z][\w'’\-]+"
NAME = rf"{PART}(?: {PART}){{0,2}}"
# 'from X to Y' and 'between X and Y': each end a name of up to three words, the route then ending ("to Y." / "to Y
# in", not "to Y Hospital").
ROUTE = re.compile(rf"\b(?:from ({NAME}) to|between ({NAME}) and) ({NAME})(?![\w'’\-]| [A-Z])")


def dateline_unknown(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The dateline's town the gazetteer lacks: a place of the country (or inside the region) named right after it."""
    match = DATELINE.match(text)
    if not match or overlaps(places, 0, match.end(1)):
        return []
    holder = next((p for p in places if p.start == match.end() and p.country_code), None)
    if holder is None or holder.feature_class not in ("A", "P"):
        return []
    inside = holder if holder.feature_code != "PCLI" else None
    return [within(0, match.end(1), match.group(1), inside, gaz.country(holder.country_code))]


def route_unknowns(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """An unknown end of a route whose other end is a known town or region of the article's main country (not a
    country: "from Smith to Kenya"): a place of that country, unresolved."""
    out: list[Place] = []
    taken = Taken(places)
    main = focus.most_common(1)[0][0] if focus else ""
    for match in ROUTE.finditer(text):
        first = 1 if match.group(1) else 2
        for mine, other in ((first, 3), (3, first)):
            start, end = match.span(mine)
            known = next((p for p in places if p.start == match.start(other) and p.end == match.end(other)), None)
            name = match.group(mine)
            if (known is None or not known.country_code or known.feature_class not in ("A", "P")
                    or known.country_code != main or known.feature_code == "PCLI" or name.isupper()
                    or name.split()[-1] in INSTITUTION_WORDS
                    or taken(start, end) or not name_like(text, start, name)):
                continue
            cc = _far_side(text, match.start(), known.country_code, focus)
            if cc:
                out.append(taken.add(within(start, end, name, None, gaz.country(cc))))
    return out


# Words saying a route crosses a border ("crossed the river from X to Y", "fled across the border from X to Y").
CROSSING = re.compile(r"\b(?:cross(?:ed|es|ing)?|across|border|frontier)\b")


def _far_side(text: str, start: int, cc: str, focus: Counter[str]) -> str:
    """The country of a route's unknown end: its known end's, unless the route's sentence says it crosses a border
    before it ("Rohingya crossed the river from X to Teknaf in Bangladesh"): then the article's main other country
    ("" when it names none)."""
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    if not CROSSING.search(text, sentence, start):
        return cc
    return next((c for c, _ in focus.most_common() if c != cc), "")
