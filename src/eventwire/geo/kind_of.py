"""A country's name after "the province of" is the province of that name where the gazetteer has one under its kind
word in a country the article names ("the province of Luxembourg" in news of Belgium is Belgium's province, not the
country), unless a region of that country is already a reading of the name. A town's name keeps its readings: tried
on towns too ("the province of Namur"), the rule cost a held-out set a mention's distance."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gazetteer import Gazetteer
from .keys import name_key
from .mention import Mention

# The kind word before "of" and a name, and the spellings a gazetteer row of that kind may have.
KIND_OF_BEFORE = re.compile(r"\b(?:the|a|its) (?:[A-Za-z\-]+ )?([Pp]rovince|[Pp]refecture|[Gg]overnorate) of $")
SPELLINGS = ("{name} {kind}", "{kind} of {name}")
AREA_CODES = frozenset({"ADM1", "ADM2", "ADM3", "RGN"})


def kind_of_names(text: str, mentions: list[Mention], focus: Counter[str], gaz: Gazetteer) -> list[Mention]:
    """The mentions, a country's name after "the province of" standing for the gazetteer's province of that name in
    a country the article names, if any."""
    return [_as_kind(text, m, focus, gaz) for m in mentions]


def _as_kind(text: str, m: Mention, focus: Counter[str], gaz: Gazetteer) -> Mention:
    before = KIND_OF_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is None or not any(f.fcode == "PCLI" for f in m.features):
        return m
    kind = before.group(1).capitalize()
    found = tuple(f for spelling in SPELLINGS for f in gaz.lookup(name_key(spelling.format(name=m.text, kind=kind)))
                  if f.fcode in AREA_CODES and focus.get(f.cc, 0) > 0)
    if not found or any(f.fcode in AREA_CODES and f.cc in {g.cc for g in found} for f in m.features):
        return m  # "the province of Mendoza": the usual choice among the country's regions of the name
    return replace(m, features=found)
