"""Names that are only the head of a longer one: "Laguna de Perlas", "the Niger river"."""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .keys import name_key
from .mentions import Mention, stoplist
from .prior import MIN_BARE_TOWN


# 'Laguna de Perlas', 'Maganja da Costa': a name the gazetteer does not know whole, whose first word is a town
# elsewhere; the text names the longer place, not that town.
# 'Ain al-Asad', 'Tel el-Kebir': a name followed by an Arabic article joined to a capitalised word is the head of an
# Arabic name (the whole may be known: the gazetteer then finds it whole).
LONGER_NAME = re.compile(r" (?:(?:de|del|da|do|dos|das|du|di|della|las|los) (?:la |las |los |el )?"
                         r"|(?:al|el|ad|ar|as|ash|at|az|an)-)[A-Z]")


def head_of_longer_name(text: str, m: Mention, gaz: Gazetteer | None = None) -> bool:
    """The mention is only the head of such a longer name (a country or capital keeps its reading: "Mexico de ..."),
    or names a river the gazetteer does not know after a country or first-level region of its name ("the Niger
    river", "the Paraná river": `natural_features` reports the river; a town of the name keeps its reading, "the
    Taquari river" flows by the town of Taquari), or a river or volcano whose name the gazetteer gives as another
    spelling of a town and as no town of some size's own name ("the Yongding river" is not Zhangjiajie, also called
    Yongding; "the Sangay volcano" not Shanghai), or a river the gazetteer knows by that name and kind word ("the
    Juba river", Somalia's, not South Sudan's capital: `gaz` given), or a disease ("Rift Valley fever")."""
    if DISEASE_AFTER.match(text, m.end):
        return True  # "Powassan virus", "Rift Valley fever": a disease named after a place
    if (before := WORD_BEFORE.search(text, max(0, m.start - 20), m.start)) and name_key(
            f"{before.group(1)} {m.text}") in stoplist():
        return True  # "West Nile cases": the end of a stoplisted name (a disease), not the river
    if river := RIVER_AFTER.match(text, m.end):
        if _people_before_kind(river.group(), m):
            return False  # "Turkish dams", "a Kazakh dam", "Paraguayan river shippers": the country's, no feature's name
        named = any(f.fcode in ("PCLI", "ADM1") for f in m.features)
        spelt = (any(f.how == "alt" and f.fclass == "P" for f in m.features)
                 and not any(f.how == "name" and f.population >= MIN_BARE_TOWN for f in m.features))
        if any(f.fclass == "H" for f in m.features):
            return False
        return named or spelt or (gaz is not None and any(f.fclass == "H" for f in
                                                          gaz.lookup(name_key(text[m.start:river.end()]))))
    if RIVERS_LISTED_AFTER.match(text, m.end) and all(f.fclass == "P" for f in m.features):
        return True  # "the Jhelum, Sutlej and Chenab rivers": a river, not the town of its name
    if FEATURE_AFTER.match(text, m.end) and all(f.how == "demonym" for f in m.features):
        return True  # "the French Broad River" flows in North Carolina
    if m.text in KIND_HEADS and OF_THE_NAME.match(text, m.end):
        return True  # "the Valley of the Kings", "the Bay of the Seven Cities": no town of Valley or Bay
    if m.text in ARABIC_HEADS and text.startswith(" ", m.end) and text[m.end + 1:m.end + 2].isupper():
        return True  # "Ain Draham", "Ras Jedir": an Arabic name's first word, not France's Ain
    longer = LONGER_NAME.match(text, m.end)
    return bool(longer) and not any(f.fcode == "PCLI" for f in m.features) and not _capital_of(text, longer, m, gaz)


def _capital_of(text: str, longer: re.Match[str], m: Mention, gaz: Gazetteer | None) -> bool:
    """'Santiago de Chile': a capital and its country's name; not 'Santiago de Huari', a town of its own (without the
    gazetteer, any capital keeps its reading)."""
    capitals = {f.cc for f in m.features if f.fcode == "PPLC"}
    if not capitals or gaz is None:
        return bool(capitals)
    rest = NEXT_NAME.match(text, longer.end() - 1)
    return rest is not None and any(f.fcode == "PCLI" and f.cc in capitals for f in gaz.lookup(name_key(rest.group())))


NEXT_NAME = re.compile(r"[A-Z][\w'’\-]+")


# Kind words that open a longer name with "of the" ("the Valley of the Kings"), which the gazetteer also gives towns.
KIND_HEADS = frozenset({"Valley", "Bay", "Lake", "Gulf", "Sea", "Isle", "Cape", "Mount", "Plain", "Plains", "Vale"})
OF_THE_NAME = re.compile(r" of the [A-Z]")


# First words of Arabic place names ("spring of", "cape of", "well of", "hill of", "mountain of", "monastery of",
# "house of", "village of"): before a capitalised word they open a longer name the gazetteer does not know whole.
ARABIC_HEADS = frozenset({"Ain", "Ras", "Bir", "Tell", "Tel", "Jebel", "Jabal", "Deir", "Beit", "Kafr"})


# 'the French Broad River', 'the American Fork Canyon': a demonym opening the name of a river, range or other feature
# the gazetteer does not know whole names no country. Not dams: "the Grand Ethiopian Renaissance Dam" is Ethiopia's.
FEATURE_AFTER = re.compile(r" (?:[A-Z][a-z]+ ){0,2}(?:River|Creek|Lake|Mountains?|Hills|Valley|Canyon|Bay|Basin|Forest|"
                           r"Desert|Plateau|Range|Pass|Gap|Falls|Swamp|Marsh|rivers)\b")
# After a name: the rest of a list closed by "rivers" ("the X, Y and Z rivers", "the X and Y rivers").
RIVERS_LISTED_AFTER = re.compile(r"(?:, [A-Z][a-z][\w'’\-]*){0,2},? and (?:the )?[A-Z][a-z][\w'’\-]* rivers\b")
WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")  # the capitalised word right before a name
# not "flu": "the United States flu season"; "Kemper Valley fever": the disease's name ends after the land's word
DISEASE_AFTER = re.compile(r" (?:(?:Valley|River) )?(?:[Vv]irus|[Ff]ever|[Dd]isease)\b")
RIVER_AFTER = re.compile(r" (?:[Rr]ivers?|volcano|(?:hydroelectric |hydropower )?dams?)\b")


def _people_before_kind(kind: str, m: Mention) -> bool:
    """A country's people's name before a lower-case kind word ("Kazakh dam", "Paraguayan river"), or before "dams"
    when the name is nothing else: the country's dams or rivers ("the Paraguay river" names the river, and "the
    Russian River" flows in California)."""
    if kind.endswith(("dam", "dams")) and all(f.how == "demonym" for f in m.features):
        return True
    return kind[1].islower() and any(f.how == "demonym" and f.fcode == "PCLI" for f in m.features)
