"""A feature named bare that the gazetteer knows only with its kind word: "around Newcastle and the Hunter" in news of
New South Wales is the Hunter Valley, "flooding along the Derwent" a Derwent River of the article's country. After a
locative word and "the", a capitalised name no place covers, followed by punctuation or a function word (not "the
Hunter case"), is the valley, region or river of that name in a country the article names, when there is one; so
is "the X" before what a river does ("as the Tyne rose"), as a river."""

from __future__ import annotations

import re
from collections import Counter

from .gazetteer import Feature, Gazetteer
from .holder import overlaps
from .keys import name_key
from .mentions import stoplist
from .place import Place, from_feature

BARE = re.compile(r"\b(?:in|across|around|near|along|through|into|on|and|beside|below|above|to|past) "
                  r"the ([A-Z][a-z]{2,})"
                  r"(?=[.,;:)]|\s+(?:and|or|on|in|at|after|before|where|which|was|were|is|are|has|had|have|for|to|from"
                  r"|with|as|by|over|during|this|last|since|until|when|while|overnight|again)\b)")
KINDS = ("{} Valley", "{} Region", "{} River", "River {}")
# "as the Tyne rose", "when the Wharfe swelled": a river, by what it does.
RISING = re.compile(r"\bthe ([A-Z][a-z]{2,}) (?:burst|rose|peaked|swelled|overflowed|broke|crested"
                    r"|(?:was|is) rising)\b")
RIVER_KINDS = ("{} River", "River {}")


def kindless_features(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """Each such bare name, as the feature of the first kind of KINDS (of RIVER_KINDS after RISING) found in a country
    the article names."""
    out: list[Place] = []
    taken = list(places)
    found = [(m, KINDS) for m in BARE.finditer(text)] + [(m, RIVER_KINDS) for m in RISING.finditer(text)]
    for match, kinds in found:
        start, end = match.span(1)
        name = match.group(1)
        if overlaps(taken, start, end) or name_key(name) in stoplist():
            continue
        feature = _with_kind(name, focus, gaz, kinds)
        if feature is not None:
            place = from_feature(start, end, name, feature, None)
            out.append(place)
            taken.append(place)
    return out


def _with_kind(name: str, focus: Counter[str], gaz: Gazetteer, kinds: tuple[str, ...]) -> Feature | None:
    """The natural feature or area of a country the article names under the name with a kind word, if any."""
    for kind in kinds:
        found = [f for f in gaz.lookup(name_key(kind.format(name))) if f.fclass in ("H", "L", "T")
                 and f.cc and focus.get(f.cc, 0) > 0]
        if found:
            return max(found, key=lambda f: focus[f.cc])
    return None
