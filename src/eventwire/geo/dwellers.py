"""Places the gazetteer does not know, named by their people or officers or located by the words after them: 'X
residents', 'X villagers', "X's mayor", 'X, north of Y' (`context.DWELLERS`). Reported in the country the text puts
them (`holding_country`), without a point until `anchor` gives them one."""

from __future__ import annotations

import re
from collections import Counter

from .context import DWELLERS, FUNCTION_WORDS
from .gate import gate, led
from .gazetteer import Gazetteer
from .holder import holding_country, name_like, overlaps
from .mentions import CONNECTORS
from .place import Place, unresolved
from .unknown_near import SENTENCE_START

# Up to three capitalised words, none ending in a possessive ("Derna's mayor": the name is Derna).
WORD = r"[A-Z][\w\-]+(?:['’](?!s\b)[\w\-]+)?"
NAMED = gate(led("A-Z", re.compile(rf"(?<![\w'’\-.])((?:{WORD} ){{0,2}}{WORD})(?={DWELLERS.pattern})")),
             " residents", " villagers", " inhabitants", " townspeople", " townsfolk", " firefighters", " mayor",
             " health ", "s deputy mayor", "s town council", "s city council", "s municipal", "s outskirts",
             "s old town", "s town centre", "s city centre", "s main ", "s market square", "s hospital", "s streets",
             "s harbour", "s port", "s airport", "s railway", "s train", "s waterfront", "s seafront", "s suburbs",
             "s downtown", "s CBD", "s beaches", "s foreshore", "s high street", "s town hall", "s city hall",
             "s courthouse", "s magistrates", "s police station", "s bus station", "s ferry terminal", "s roads",
             "s bridges",
             ", on the outskirts of ", ", just outside ", ", outside ", ", north", ", south", ", east", ", west")


def dweller_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'X residents', "X's mayor" with X a name no place found so far covers: a place of the country the text puts it
    in. Not a sentence's first word before "residents" ("Many residents"), unless a function word opens the sentence
    before it ("The X villagers"); a possessive ("X's mayor") may open it. Not an acronym, a stoplisted word (a faith or people: "Muslim residents") or a function word."""
    out: list[Place] = []
    for match in NAMED.finditer(text):
        start, end = match.span(1)
        words = match.group(1).split(" ")
        while len(words) > 1 and words[0] in FUNCTION_WORDS:
            start += len(words.pop(0)) + 1
        name = text[start:end]
        possessive = text[end:end + 2] in ("'s", "’s")
        if not possessive and start == match.start(1) and SENTENCE_START.search(text[max(0, start - 4):start] or "."):
            continue
        before = text[max(0, start - 8):start].split()
        if before and before[-1] in CONNECTORS:
            continue  # the end of a longer name: "Sierra de la Demanda, north of Burgos"
        if name.isupper() or not name_like(text, start, name) or overlaps(places, start, end):
            continue
        cc = holding_country(text, start, end, places, focus)
        if cc:
            out.append(unresolved(start, end, name, gaz.country(cc)))
    return out
