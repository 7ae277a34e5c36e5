"""A place and its other name side by side: 'Stepanakert, which Baku calls Khankendi', 'Shusha, which Armenians call
Shushi', 'Chattogram, once called Chittagong', 'X, officially renamed Y', 'X, written Y in older records'. Both names
are that place: the one the gazetteer knows (found, or looked up among the towns of the article's countries) gives the
other its reading."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gate import gate, led
from .keys import name_key
from .gazetteer import Gazetteer
from .holder import Taken, ordinary_word
from .place import Place, from_feature

NAME = r"(?:[A-Z][\w'’\-]+ )?[A-Z][\w'’\-]+"
# "X, now called Y", "X, officially renamed Y", "X, still widely called Y", "X, written Y in older records", "X, known
# locally as Y", "X, known to Russians as Y".
ADVERBS = r"(?:also|now|formerly|once|previously|officially|still|widely|often|commonly|locally|recently|since)"
# "the X, known in Greek as the Y", "the X, known downstream as the Y", "the X, also called the Y or Z":
# a feature's name in another language or stretch ("the" before it, a third name after "or").
WHERE_KNOWN = r"(?:(?:downstream|upstream) )?(?:in [A-Z][\w'’\-]+ )?"
OTHER_NAME = gate(led("A-Z", re.compile(
    rf"(?<![\w'’\-])({NAME}), "
    rf"(?:which (?:the )?[\w'’\-]+(?: [\w'’\-]+)? (?:calls?|called|knows? as|refers? to as)"
    rf"|(?:the (?:town|city|port|village) )?(?:{ADVERBS} ){{1,3}}(?:known as|called)"
    rf"|(?:{ADVERBS} ){{0,3}}(?:renamed|written|spelt|spelled)"
    rf"|known (?:{ADVERBS} as|to (?:the )?[A-Z][\w'’\-]+ as|{WHERE_KNOWN}as(?= the)))"
    rf" (?:the )?({NAME})\b(?:(?<=[a-z]) or (?:the )?({NAME})\b)?")),
    "call", "know", "refer", "renamed", "written", "spelt", "spelled")


def other_names(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The name of each such pair that no place found covers, as the place the other name is."""
    out: list[Place] = []
    taken = Taken(places)
    for match in OTHER_NAME.finditer(text):
        first = match.start(1) + (4 if match.group(1).startswith("The ") else 0)  # "The Coco, also called ..."
        spans = [(first, match.end(1)), match.span(2)] + ([match.span(3)] if match.group(3) else [])
        found = [_covering(places + out, *span) for span in spans]
        if all(found) or any(ordinary_word(text[start:end]) for start, end in spans):
            continue
        known = next((p for p in found if p is not None and p.lat is not None), None)
        if known is None:
            known = next((p for name in (match.group(2), match.group(1)) if (p := _looked_up(name, focus, gaz))), None)
        if known is None:
            continue
        for (start, end), place in zip(spans, found):
            if place is None and not taken(start, end):
                out.append(taken.add(replace(known, start=start, end=end, text=text[start:end], direction=None)))
    return out


def _covering(places: list[Place], start: int, end: int) -> Place | None:
    return next((p for p in places if p.start <= start and end <= p.end), None)


def _looked_up(name: str, focus: Counter[str], gaz: Gazetteer) -> Place | None:
    """The biggest town of the name in one of the article's countries, if any."""
    towns = [f for f in gaz.lookup(name_key(name)) if f.fclass == "P" and f.how == "name"
             and (focus.get(f.cc, 0) or focus.get(f.iso3, 0))]
    if not towns:
        return None
    return from_feature(0, len(name), name, max(towns, key=lambda f: f.population))
