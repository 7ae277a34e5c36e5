"""Natural features the gazetteer does not know: 'the X river', 'the X and Y rivers', 'Mount X', 'X Lake', 'the X
Pass'. The kind words are data (data/natural_kinds.tsv); each feature is reported, never dropped, in the country the
text puts it (`holding_country`), without a point until `anchor` gives it one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ..data import data_path, read_tsv
from .context import FUNCTION_WORDS
from .gazetteer import Feature, Gazetteer
from .holder import holding_country, name_like, overlaps
from .distance import km
from .keys import name_key
from .stretches import stretches
from .words import CAPITALS, sentence_initial
from .place import Place, from_feature, unresolved
from .unknown import INSTITUTION_WORDS

NAME = rf"(?:[{CAPITALS}][\w'’\-]+ ){{0,2}}[{CAPITALS}][\w'’\-]+"  # "Çıldır Lake", "Łebsko Lake"
# An abbreviation opening a feature's name: "the St. Louis River", "Mt. Hood National Forest".
SAINT = r"(?:St|Ste|Mt|Ft)\. "
# After the feature: not an institution or a disease named after it ("Mount Sinai Hospital", "Rift Valley fever"),
# nor "pass" as a verb ("Trucks pass every few minutes").
NOT_AFTER = re.compile(r" (?:[a-z]+ )?(?:virus|fever|disease|flu)\b"
                       r"| pass(?:es)? (?:every|each|through|by|along|over|under|daily|regularly)\b"  # "Trucks pass every"
                       rf"| (?:{'|'.join(sorted(INSTITUTION_WORDS))})\b")


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind word of natural features and the GeoNames class and code it gives."""

    word: str
    fclass: str
    fcode: str
    before: bool


@lru_cache(maxsize=1)
def kinds() -> tuple[Kind, ...]:
    """The kind words, longest first (so "Sierra de la" wins over "Sierra")."""
    rows = read_tsv(data_path("geo", "natural_kinds.tsv"))
    found = [Kind(r["word"], r["class"], r["code"], r["where"] == "before") for r in rows]
    return tuple(sorted(found, key=lambda k: -len(k.word)))


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """The kind words alone, for asking whether a word is one ("Island", "Valley", "Basin")."""
    return frozenset(k.word for k in kinds())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    after = "|".join(re.escape(k.word) for k in kinds() if not k.before)
    before = "|".join(re.escape(k.word) for k in kinds() if k.before)
    return (re.compile(rf"(?<![\w'’\-])((?:{SAINT})?{NAME})(?: and (?:the )?({NAME}))? ({after})\b"),
            re.compile(rf"(?<![\w'’\-.])({before}) ({NAME})(?![\w'’\-])"))


def natural_features(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places, with every natural feature named with a kind word that no place found so far covers; a feature
    whose kind word is part of its name ("X Y Reservoir") takes the place of the names found inside it ("X", a
    region abroad), but for a country's (a demonym of a dam's name)."""
    by_word = {k.word: k for k in kinds()}
    after, before = _patterns()
    taken = list(places)

    def add(start: int, end: int, kind: Kind, whole: bool = False, town_of: bool = False) -> None:
        nonlocal taken
        start = _past_possessive(text, _past_function_words(text, start, end), end)
        name = text[start:end]
        inside = [p for p in taken if p.start < end and start < p.end] if whole or town_of else []
        if town_of and inside and all((start < p.start or _kind_word_alone(text, p, kind)) and p.end <= end
                                      and p.feature_class == "P" for p in inside):
            taken = [p for p in taken if p not in inside]  # "the Gulf of Ancud": a sea named after a town; "Bay of"
        if inside and all(start <= p.start and p.end < end and p.feature_code != "PCLI" for p in inside):
            taken = [p for p in taken if p not in inside]  # "Falcon" of "Falcon Y Reservoir" was no region abroad
        if (start >= end or overlaps(taken, start, end) or not _feature_name(text, start, name) or name.isupper()
                or NOT_AFTER.match(text, end) or INSTITUTION_WORDS & set(name.split()) or _demonym(name, gaz)):
            return
        country = gaz.country(cc) if (cc := holding_country(text, start, end, taken, focus)) else None
        place = (_known(text, start, end, kind, taken, gaz)
                 or replace(unresolved(start, end, name, country), feature_class=kind.fclass, feature_code=kind.fcode))
        taken.append(place)

    for match in after.finditer(text):
        kind = by_word[match.group(3)]
        if match.group(2):  # "the X and Y rivers": two features, named without the kind word; "the W, X and Y rivers"
            listed = _listed_before(text, match.start(1)) if match.group(3) == "rivers" else []
            for start, end in listed + [match.span(1), match.span(2)]:
                if kind.fcode == "STM" and match.group(3) == "rivers":
                    taken = _river_over_area(text, start, end, taken, gaz)  # "the Paraguay and Paraná rivers"
                add(start, end, kind)
        elif kind.word[0].isupper():  # "Manchar Lake": the kind word is part of the name
            if _past_function_words(text, match.start(1), match.end(3)) < match.start(3):  # not "The River Dee"
                add(match.start(1), match.end(3), kind, True)
        elif not (kind.word in PLURAL_KINDS and _opens_sentence(text, match.start(1))):  # "the Chira river"
            if kind.fcode == "STM":
                taken = _river_over_land(match.start(1), match.end(1), taken)
            add(match.start(1), match.end(1), kind)  # not "Swollen streams fed the river": a word, not a name
        for start, end in _listed_after(text, match.end()):  # "the Mocoa River, the Mulato and the Sangoyaco"
            add(start, end, kind)
    for match in before.finditer(text):  # "the Gulf of Ancud": a sea named after a town, not the town
        add(match.start(1), match.end(2), by_word[match.group(1)], town_of=match.group(1).endswith(" of"))
    return taken


COMPASS = ("North ", "South ", "East ", "West ")


# Plural kind words after one name: "the X and Y rivers" lists features; one word opening a sentence before them is an
# ordinary word ("Swollen streams", "Nearby lakes").
PLURAL_KINDS = frozenset({"rivers", "lakes", "valleys", "volcanoes", "creeks", "reservoirs", "peninsulas", "streams"})


def _opens_sentence(text: str, start: int) -> bool:
    """Whether offset `start` opens a sentence or what follows a dateline ("PARIS - ")."""
    return sentence_initial(text, start) or text.endswith(("- ", "– ", "— "), 0, start)


def _feature_name(text: str, start: int, name: str) -> bool:
    """Whether the words before a kind word are a name: "the South Lhonak lake", "the North Oconee River" open with a
    compass word that is part of the name (a capitalised word follows it), unlike "the North" alone."""
    if name.startswith(COMPASS) and name_like(text, start, name.split(" ", 1)[1]):
        return True
    return name_like(text, start, name)


def _river_over_area(text: str, start: int, end: int, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'the Paraguay and Paraná rivers', 'the Ohio and Mississippi rivers': a name in a list of rivers read as a
    country or first-level region is the river of that name the gazetteer knows (its own row, not a country's
    stretch, when it has several); one read as a town is the river of that name of the town's country, if there is
    just one (where there is none, the town's point is the river's best guess)."""
    area = next((p for p in places if (p.start, p.end) == (start, end) and p.feature_code in ("PCLI", "ADM1")), None)
    town = next((p for p in places if (p.start, p.end) == (start, end) and p.feature_class == "P"), None)
    found = [f for f in gaz.lookup(name_key(f"{text[start:end]} River")) if f.fcode == "STM"]
    home = [f for f in found if town is not None and f.cc == town.country_code]
    if len(home) == 1:  # "the Ping and Nan rivers": no town of Nan, but the river of the town's country
        return [p for p in places if p is not town] + [from_feature(start, end, text[start:end], home[0])]
    if area is None:
        return places
    if not found:
        return places
    river = min(found, key=lambda f: f.fid)  # areas.tsv's row is built before stretches.tsv's
    return [p for p in places if p is not area] + [from_feature(start, end, text[start:end], river)]


# Land features a name before "river" was read as, which the river is not named after where it flows.
LAND_CLASSES = frozenset({"T", "L"})


def _river_over_land(start: int, end: int, places: list[Place]) -> list[Place]:
    """'beside the Espíritu Santo river': a name read as an island, a mountain or a region (Vanuatu's
    Espiritu Santo) right before "river" is a river, not that land feature."""
    return [p for p in places if (p.start, p.end) != (start, end) or p.feature_class not in LAND_CLASSES]


def _kind_word_alone(text: str, place: Place, kind: Kind) -> bool:
    """Whether a town read where a sea's name opens is its kind word alone ("Bay" of "the Bay of X": a town of the
    Philippines)."""
    return text[place.start:place.end] == kind.word.removesuffix(" of")


# Codes of one kind of feature under another name: "the X volcano" is a mountain the gazetteer knows, "Lake X" a
# reservoir, "the X valley" a region (areas.tsv's valleys).
SAME_KIND = {"VLC": ("VLC", "MT"), "MT": ("MT", "VLC"), "LK": ("LK", "RSV"), "RSV": ("RSV", "LK"),
             "VAL": ("VAL", "RGN")}


def _of_kind(f: Feature, kind: Kind) -> bool:
    """Whether a feature of the gazetteer is of the kind a kind word says."""
    return f.fcode in SAME_KIND.get(kind.fcode, (kind.fcode,))


def _demonym(name: str, gaz: Gazetteer) -> bool:
    """Whether the name is a country's people ("Ukrainian river ports"): no feature's name."""
    return any(f.how == "demonym" for f in gaz.lookup(name_key(name)))


KNOWN_NEAR_KM = 150.0  # a known feature of the name this close to a place of the sentence is the one meant
REGION_NEAR_KM = 400.0  # or this close to the point of a first-level region of its country ("Rio Grande do Sul")


def _near_km(f: Feature, p: Place) -> float:
    """How near a place of the sentence the feature must lie: a region's point is its centre, not the river's."""
    return REGION_NEAR_KM if p.feature_code == "ADM1" and p.country_code == f.cc else KNOWN_NEAR_KM


def _known(text: str, start: int, end: int, kind: Kind, places: list[Place], gaz: Gazetteer) -> Place | None:
    """'the Naf river': the feature of that name and kind the gazetteer knows ("Naf River") that lies within
    KNOWN_NEAR_KM of a town or region its sentence names ("crossed the Naf river into Teknaf"; for a feature not a
    river, the article's, when the sentence names none), when just one does; a river far from them is another of its
    name (China has several Wei rivers). A river with stretches in several countries is one river, known well enough
    to need no such check: "in Segou, on the Niger river" is the Niger, at its mouth; "the Bay of X" is the
    gazetteer's "X Bay" when it knows one."""
    if kind.word.endswith(" of"):  # "the Bay of X": the gazetteer's "X Bay"
        bare = text[start + len(kind.word) + 1:end]
        found = [f for f in gaz.lookup(name_key(f"{bare} {kind.word.removesuffix(' of')}")) if _of_kind(f, kind)]
        return from_feature(start, end, text[start:end], found[0]) if len(found) == 1 else None
    if kind.word == "Lake":  # "Çıldır Lake": the gazetteer's "Lake Çıldır", where it knows no "Çıldır Lake"
        bare = text[start:end].removesuffix(" Lake")
        found = [f for f in gaz.lookup(name_key(f"Lake {bare}")) if _of_kind(f, kind)]
        return from_feature(start, end, text[start:end], found[0]) if len(found) == 1 else None
    if kind.word[0].isupper():
        return None  # "Manchar Lake": the kind word is part of the name, looked up whole already
    singular = kind.word[:-1] if kind.word.endswith("s") else kind.word
    found = [f for f in gaz.lookup(name_key(f"{text[start:end]} {singular}")) if _of_kind(f, kind)]
    own = [f for f in found if (name_key(f.name), f.cc) not in stretches()]  # a river's stretches are that river
    if len(own) == 1 and len(found) > 1:
        return from_feature(start, end, text[start:end], own[0])
    sentence = (text.rfind(". ", 0, start), (text.find(". ", end) + 1 or len(text) + 1) - 1)
    near = [p for p in places if sentence[0] < p.start < sentence[1] and p.lat is not None
            and p.feature_class in ("P", "A") and p.feature_code != "PCLI"]
    if not near and kind.fcode != "STM":  # "hikers climbed the X volcano": the article's places (a river has
        # namesakes too often: China's several Wei rivers)
        near = [p for p in places if p.lat is not None and p.feature_class in ("P", "A") and p.feature_code != "PCLI"]
    beside = [f for f in own if any(km(f.lat, f.lon, p.lat, p.lon) < _near_km(f, p) for p in near)]
    return from_feature(start, end, text[start:end], beside[0]) if len(beside) == 1 else None


# The rest of a list of features of one kind after the first, named with its kind word: ", the X and the Y", each
# a one-word name (longer ones are more often organisations: "the Red Cross") not followed by a reporting verb.
ONE_WORD = r"[A-Z][a-z][\w'’\-]*"
LISTED_AFTER = re.compile(rf", the ({ONE_WORD})(?:, the ({ONE_WORD}))?,? and the ({ONE_WORD})\b"
                          r"(?! [A-Z]| (?:said|says|say|told|reported|added)\b)")


LISTED_BEFORE = re.compile(rf"({ONE_WORD}), (?:({ONE_WORD}), )?$")


def _listed_before(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the names listed before "X and Y rivers" ("the Ravi, Sutlej and Chenab rivers"): one or two
    one-word names, each followed by a comma."""
    listed = LISTED_BEFORE.search(text, max(0, start - 60), start)
    return [listed.span(group) for group in (1, 2) if listed and listed.group(group)]


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the names listed right after a feature named with its kind word ("the Mocoa River, the Mulato and
    the Sangoyaco"): the same kind of feature, named without the kind word."""
    listed = LISTED_AFTER.match(text, end)
    return [listed.span(group) for group in (1, 2, 3) if listed and listed.group(group)]


def _past_function_words(text: str, start: int, end: int) -> int:
    """The start of a name after the capitalised function words opening its sentence ("In Kariba Lake...")."""
    while True:
        word = text[start:end].split(" ", 1)[0]
        if word not in FUNCTION_WORDS or start + len(word) >= end:
            return start
        start += len(word) + 1


POSSESSIVE = re.compile(r"[\w\-]+['’]s ")


def _past_possessive(text: str, start: int, end: int) -> int:
    """The start of a name after an owner's possessive ("Kenya's Tana river": the river is Tana)."""
    while (owned := POSSESSIVE.match(text, start, end)) and owned.end() < end:
        start = owned.end()
    return start
