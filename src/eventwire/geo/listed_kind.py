"""Names in a list ended by a plural kind word: "Edo and Ondo states", "Homs and Hama provinces", "the Juba and
the Shabelle rivers"."""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import Gazetteer
from .keys import name_key
from .mention import Mention
from .words import Word


# Plural kind words ending a list of regions ("Edo and Ondo states", "Homs and Hama provinces"), with their singular.
PLURAL_KINDS = {"states": "state", "provinces": "province", "regions": "region", "districts": "district",
                "counties": "county", "governorates": "governorate", "prefectures": "prefecture", "oblasts": "oblast",
                "parishes": "parish", "rivers": "river"}
LIST_WORDS = {"and", "or"}
LIST_SPAN = 12
CITY_NOT_RIVER = 100_000  # a name of a city this big is the city unless a list of rivers says otherwise


def listed_kind(text: str, ws: list[Word], i: int, j: int, gazetteer: Gazetteer) -> Mention | None:
    """'Edo' of 'Edo and Ondo states': an item of a list of names ended by a plural kind word is the region the
    gazetteer knows under the name with that kind word ("Edo State"), when it knows one; an item of a list of counties
    or districts it does not know is read as its region or the town it is named after, not as a country ("Lebanon")."""
    kind = list_kind(text, ws, i, j)
    if kind is None:
        return None
    span = text[ws[i].start:ws[j].end]
    if kind == "river":  # "the Juba" of "the Juba and the Shabelle rivers": Somalia's river, not the capital
        return _listed_river(span, i, j, ws, gazetteer)
    features = tuple(f for f in gazetteer.lookup(name_key(f"{span} {kind}")) if f.fclass == "A")
    if not features and kind in ("county", "district", "parish"):  # "Lebanon and Lancaster counties": after towns
        features = tuple(f for f in gazetteer.lookup(name_key(span)) if f.fcode != "PCLI")
    return Mention(i, j, ws[i].start, ws[j].end, span, features) if features else None


def _listed_river(span: str, i: int, j: int, ws: list[Word], gazetteer: Gazetteer) -> Mention | None:
    """The river of the name with "river" when the name alone is a city's (of CITY_NOT_RIVER people) or a first-level
    region's ("the Limpopo and the Save rivers": not the province), and no water feature's: the resolver would keep
    the city or the region. When the gazetteer knows no such river and the name is only towns', one of them such a
    city, it is none of them: a mention without readings, which `find_mentions` skips, so that `natural_features`
    reports the river. Other names are left to the resolver and to `natural_features`, which place a river named in a
    list near the article's towns, not at its mouth ("the Murray and the Goulburn rivers" in news of Echuca)."""
    bare = gazetteer.lookup(name_key(span))
    if any(f.fclass == "H" for f in bare):
        return None
    features = tuple(f for f in gazetteer.lookup(name_key(f"{span} river")) if f.fcode == "STM")
    if not any(f.fclass == "P" and f.how == "name" and f.population >= CITY_NOT_RIVER for f in bare):
        region = any(f.fcode == "ADM1" for f in bare)
        return Mention(i, j, ws[i].start, ws[j].end, span, features) if features and region else None
    if not features and any(f.fclass != "P" for f in bare):
        return None
    return Mention(i, j, ws[i].start, ws[j].end, span, features)


def list_kind(text: str, ws: list[Word], i: int, j: int) -> str | None:
    """The singular kind word ending the list the name of words i..j opens or is in ("Lakhimpur" of "Lakhimpur and
    Dhemaji districts": "district"), if any."""
    return _list_kind(text, ws, i, j) if _plural_kinds_in(text) else None


@lru_cache(maxsize=8)
def _plural_kinds_in(text: str) -> bool:
    """Whether the text has a plural kind word at all (most have none: no list needs to be looked for)."""
    return any(kind in text for kind in PLURAL_KINDS)


def _list_kind(text: str, ws: list[Word], i: int, j: int) -> str | None:
    """The singular of the plural kind word ending the list the name of words i..j is in, if any: only names,
    "and"/"or" and commas between them."""
    before = i - 1 if i > 1 and ws[i - 1].text == "the" else i  # "the Juba and the Shabelle rivers"
    word = ws[before - 1].text if before > 1 else ""
    listed = word in LIST_WORDS and ws[before - 2].capital
    listed = listed and text[ws[before - 2].end:ws[i].start] in (f" {word} ", f" {word} the ")
    for k in range(j + 1, min(j + LIST_SPAN, len(ws))):
        gap = text[ws[k - 1].end:ws[k].start]
        if gap not in (" ", ", "):
            return None
        word = ws[k].text
        if word in PLURAL_KINDS:
            return PLURAL_KINDS[word] if listed and gap == " " and ws[k - 1].capital else None
        if word in LIST_WORDS:
            listed = True
        elif word == "the" and ws[k - 1].text in LIST_WORDS:
            if before == i:  # "China, Poland and the Baltic states": the last name's own kind word
                return None
            continue  # "the Juba and the Shabelle rivers"
        elif k == j + 1 and gap == " ":
            return None  # "Southern" of "Southern Leyte and Samar provinces": the name goes on
        elif not ws[k].capital or ws[k].initial:
            return None
        elif gap == ", ":
            listed = True
    return None
