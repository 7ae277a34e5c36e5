"""Rivers the gazetteer does not know, named bare where only a river can be: 'the X flows into', 'the X burst its
banks', 'down the X', 'villages along the X.', 'its tributary the X'. Each is reported in the country the text puts it
(`holding_country`), without a point, as `natural_features` reports 'the X river'."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gate import gate, led
from .gazetteer import Gazetteer
from .holder import Taken, holding_country, ordinary_word
from .keys import name_key
from .place import Place, unresolved
from .unknown import INSTITUTION_WORDS
from .words import CAPITALS

ONE = rf"[{CAPITALS}][\w'’\-]+"
# What only a river does: 'the X flows into', 'the X, which drains', 'the X burst its banks', 'the X has broken out of
# its bed'.
DOES = (r"(?:,? which)? (?:flows|flowed|drains|drained|empties|emptied|(?:has |had )?(?:burst|broken|broke) "
        r"(?:out of )?its (?:banks|bed)|overflowed its banks)\b|,? which (?:crosses|winds|rises in)\b")
# Where only a river is: 'down the X,', 'upstream on the X', 'its tributary the X', 'the banks of the X', 'the mouth of
# the X'; 'along the X' only at the clause's end ('villages along the X.': not 'along the X Highway').
ON = (r"(?:\b(?:down|downstream on|upstream on|downstream along|upstream along|[Ii]ts tributary|tributaries|"
      r"banks of|mouth of|source of|waters of|ferry across|bridge over) the )")
AT_END = r"(?=[.,;:]| (?:and|where|which|at|near|in|from)\b)"
RIVER = gate(led("abdfIimsTtuw", re.compile(
    rf"(?<![\w'’\-])(?:[Tt]he ({ONE})(?:{DOES})|{ON}({ONE}){AT_END}|along the ({ONE})(?=[.;:]))")),
    "flow", "drain", "empt", "its b", "which", "ts tributary", "tributaries", "down", "upstream", "banks of", "mouth of",
    "source of", "waters of", "across the", "over the", "along the")
# Words that name no river after "the" ('down the Line', 'along the Corniche').
NOT_RIVERS = frozenset({"line", "road", "highway", "coast", "border", "frontier", "corniche", "strip", "street",
                        "avenue", "boulevard", "route", "trail", "valley", "hill", "hills", "mountain", "ridge", "pass",
                        "canal", "river", "stream", "channel", "bay", "gulf", "sea", "lake", "dam", "reservoir"})


def unknown_rivers(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """Each name in such a frame that no place found covers and the gazetteer does not know, bare or with its kind
    word ("the Shire flows" is the Shire River `kindless_features` finds), as a river."""
    out: list[Place] = []
    taken = Taken(places)
    for match in RIVER.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        start, end = match.span(group)
        name = match.group(group)
        if (taken(start, end) or ordinary_word(name) or name.lower() in NOT_RIVERS or name in INSTITUTION_WORDS
                or any(gaz.lookup(name_key(known)) for known in (name, f"{name} River", f"River {name}"))):
            continue
        country = gaz.country(cc) if (cc := holding_country(text, start, end, places + out, focus)) else None
        river = replace(unresolved(start, end, name, country), feature_class="H", feature_code="STM")
        out.append(taken.add(river))
    return out
