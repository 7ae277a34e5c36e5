"""Cheap mention detection: capitalised word runs looked up in the gazetteer, longest first."""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import data_path, read_tsv
from .distance import km
from .keys import name_key
from .accents import as_written
from .gazetteer import Feature, Gazetteer
from .listed_kind import listed_kind
from .mention import Mention
from .words import BACKING, HONORIFICS, Word, words  # noqa: F401  (re-exported: callers find words and mentions here)

# Lower-case words inside names ("Dar es Salaam", "Bergen op Zoom", "Frankfurt am Main", "Møre og Romsdal").
CONNECTORS = {"of", "and", "og", "de", "del", "la", "le", "da", "do", "dos", "das", "du", "des", "upon", "on", "al", "el",
              "the", "y", "am", "an", "der", "es", "en", "di", "dei", "della", "degli", "delle", "van", "von", "den", "ter",
              "sur", "sous", "lès", "les", "aan", "op", "bei", "im", "em", "na", "no", "ob", "pod", "nad", "sul", "sulla",
              "sullo", "nel", "nella", "zum", "zur", "bij", "aux", "a", "los", "las",
              "ya"}  # "a": "Gracias a Dios"; "ya": "Nyumba ya Mungu"
MAX_WORDS = 6
# Words after a name that make it a first-level region ("Kharkiv region") or a county.
REGION_WORDS = {"region", "province", "oblast", "governorate", "prefecture", "state", "Region", "Province", "Oblast",
                "Governorate", "Prefecture", "State"}
COUNTY_WORDS = {"County", "District", "district", "county", "Parish", "parish"}
# Compass words: before a name, a part of the place ("eastern Washington"); as a name, a direction.
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "north-western", "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
                   "southwestern", "southeastern", "north-west", "north-east", "south-west", "south-east"}
# Words after a town's name that make it the land around the town ("the Yakima Valley"): the town's point, longer span.
AREA_WORDS = {"Valley", "valley", "oasis", "Oasis"}
# Lower-case words that end the name of a world region or continent as news writes it ("the Baltic states", "the
# Nordic countries", "the Indian subcontinent", "the Korean peninsula", "the African continent").
AREA_TAILS = {"states", "countries", "nations", "republics", "region", "peninsula", "subcontinent", "continent"}


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """Names that are town names but in news nearly always something else."""
    return frozenset(name_key(row["name"]) for row in read_tsv(data_path("geo", "stoplist.tsv")))


@lru_cache(maxsize=1)
def english_names() -> frozenset[str]:
    """English names of big cities that GeoNames keeps only as other names ("Kiev", "Bombay")."""
    return frozenset(name_key(row["name"]) for row in read_tsv(data_path("geo", "english_names.tsv")))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Names of countries and regions that are also given names ("Chad", "Jordan", "Georgia")."""
    return frozenset(name_key(row["name"]) for row in read_tsv(data_path("geo", "given_names.tsv")))


# Abbreviations that start names ("St. Louis", "Ft. Lauderdale", "Mt. Kenya", "S. Korea", Irish news's "Co Mayo"),
# with the words they may stand for.
ABBREVIATIONS = {"St": ("saint", "st"), "Ste": ("sainte",), "Mt": ("mount",), "Ft": ("fort",), "Pt": ("point", "port"),
                 "N": ("north",), "S": ("south",), "E": ("east",), "W": ("west",), "Co": ("county",)}


def _joined(text: str, a: Word, b: Word) -> bool:
    """Two words are in one name when only spaces (or a hyphen) separate them, or a dot after an abbreviation."""
    gap = text[a.end:b.start]
    if _abbreviation(a.text) and gap in (". ", "."):
        return True
    return gap in (" ", "-", "", "'s ", "’s ") or (gap.strip() == "" and "\n" not in gap and len(gap) < 3)


def _keys(ws: list[Word], i: int, key: str) -> list[str]:
    """Lookup keys of a span: as written, and with a leading abbreviation spelled out ("st. marc" -> "saint marc")."""
    spelt = _abbreviation(ws[i].text)
    if not spelt:
        return [key]
    rest = key.split(" ", 1)[1] if " " in key else ""
    return [key] + [f"{word} {rest}" for word in spelt if rest]


def _readings(gazetteer: Gazetteer, keys: list[str]) -> tuple[Feature, ...]:
    """The readings of all the keys of a span, the first key's first: "St. Joseph" is Missouri's under that spelling,
    Michigan's and Minnesota's under "Saint Joseph", all readings of the name. When the first key has readings, the
    others add only towns of their countries (a British "St X" gains no French "Saint-X")."""
    found = gazetteer.lookup(keys[0])
    if len(keys) == 1:
        return found
    seen, countries = {f.fid for f in found}, {f.cc for f in found} if found else None
    more = [f for key in keys[1:] for f in gazetteer.lookup(key)
            if (countries is None or f.cc in countries) and f.fid not in seen and not seen.add(f.fid)]
    return found + tuple(more)


def _abbreviation(word: str) -> tuple[str, ...]:
    """What an abbreviation spells ("St", also in a dateline's capitals: "ST. LOUIS"); () for any other word."""
    return ABBREVIATIONS.get(word) or (ABBREVIATIONS.get(word.capitalize(), ()) if word.isupper() else ())


def _name_with_s(text: str, ws: list[Word], i: int, j: int, span: str, gazetteer: Gazetteer) -> Mention | None:
    """A name of several words ending in "'s" that the word list cut off as a possessive ("St. John's, Newfoundland")."""
    end = ws[j].end
    if i == j or text[end:end + 2] not in ("'s", "’s") or text[end + 2:end + 3].isalnum():
        return None
    key = name_key(span + "'s")
    features = _readings(gazetteer, _keys(ws, i, key))
    if not features or (_possessive_use(text, ws, i, end) and any(gazetteer.lookup(k) for k in _keys(
            ws, i, name_key(span)))):
        return None
    return Mention(i, j, ws[i].start, end + 2, text[ws[i].start:end + 2], features)


def _possessive_use(text: str, ws: list[Word], i: int, end: int) -> bool:
    """"Saint John's mayor": a possessive before a noun in lower case (not after "in", "at", "to", "from", "near")."""
    after_noun = text[end + 2:end + 3] == " " and text[end + 3:end + 4].islower()
    if after_noun and text[end + 3:].split(" ", 1)[0].rstrip(",.;:") in NOT_OWNED:
        return False  # "St. John's declared", "St. John's and Gander": no possessive before these words
    return after_noun and not (i > 0 and ws[i - 1].text.lower() in ("in", "at", "to", "from", "near"))


# Words that follow a place's name but never a possessive: verbs and joining words.
NOT_OWNED = frozenset({"and", "or", "but", "is", "was", "has", "had", "said", "says", "declared", "will", "would",
                       "remains", "remained", "became", "on", "in", "at", "for", "with", "to", "from", "after"})


def _span_ok(ws: list[Word], i: int, j: int) -> bool:
    """First and last words capitalised (the first may be "sub-Saharan", a later one "ez-Zor" of Deir ez-Zor), inner
    ones capitalised or connectors."""
    if i == j and _arabic_article(ws[i]):
        return True  # "al-Qaim": the article hyphened to the name
    if not ((ws[i].capital or (ws[i].prefixed and j > i)) and (ws[j].capital or (ws[j].prefixed and j > i))):
        return False
    return all(w.capital or w.prefixed or w.text in CONNECTORS for w in ws[i + 1:j])


ARABIC_ARTICLES = ("al-", "el-")


def _arabic_article(w: Word) -> bool:
    """A name written with the Arabic article in lower case and a hyphen ("al-Qaim", "el-Arish")."""
    return w.prefixed and w.text.startswith(ARABIC_ARTICLES) and w.text.count("-") == 1


def _splits_compound(text: str, ws: list[Word], i: int, j: int) -> bool:
    """The span is only part of a hyphened compound: "Asia" of "Asia-Pacific" (a town name there is usually a brand's
    or a person's: "Mercedes-Benz")."""
    before = ws[i].hyphened and i > 0 and ws[i - 1].hyphened and text[ws[i - 1].end:ws[i].start] == "-"
    after = ws[j].hyphened and j + 1 < len(ws) and ws[j + 1].hyphened and text[ws[j].end:ws[j + 1].start] == "-"
    return before or after


ROUTE_WORDS = {"road", "highway", "railway", "railroad", "route", "motorway", "expressway", "pipeline", "corridor",
               "flight", "flights", "line", "border", "bridge", "ferry", "bus", "train", "convoy", "axis", "link",
               "tunnel"}


# Words between a route's compound and its kind: "the X-Y toll road", "the X-Y rail link".
ROUTE_MODIFIERS = {"toll", "rail", "trunk", "coastal", "mountain", "gas", "oil", "power", "bus", "railway"}


ROUTE_END_WORDS = 4  # words of the last name of a route's compound after its hyphen, at most


def on_route(text: str, ws: list[Word], i: int, j: int) -> bool:
    """'the Choluteca-Tegucigalpa road': a compound of names before a word of a route or border joins two places."""
    k = j
    while k + 1 < len(ws) and ws[k + 1].hyphened and text[ws[k].end:ws[k + 1].start] == "-":
        k += 1
    while k + 1 < len(ws) and k < j + ROUTE_END_WORDS and ws[k + 1].capital and text[ws[k].end:ws[k + 1].start] == " ":
        k += 1  # "the Nairobi-Mai Mahiu road": the second name has several words
    if k + 2 < len(ws) and ws[k + 1].text in ROUTE_MODIFIERS and text[ws[k].end:ws[k + 1].start] == " ":
        k += 1  # "the Semarang-Demak toll road"
    return k + 1 < len(ws) and ws[k + 1].text in ROUTE_WORDS and text[ws[k].end:ws[k + 1].start] == " "


# Prefixes of hyphened compounds whose demonym names no country: "Pan-American", "Afro-Colombian", "Anglo-American".
COMPOUND_PREFIXES = {"Pan", "Afro", "Anglo"}


def _prefixed_demonym(ws: list[Word], i: int, f: Feature) -> bool:
    """The demonym after a prefix of a hyphened compound ("American" of "Pan-American"): no country meant."""
    return f.how == "demonym" and i > 0 and ws[i - 1].text in COMPOUND_PREFIXES and ws[i - 1].hyphened


# Capitalised direction words whose shared name may be left out: "North and South Korea", "East and West Africa".
COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}


def _elided(text: str, ws: list[Word], i: int, gazetteer: Gazetteer) -> Mention | None:
    """'East' of 'East and West Africa': the direction with the name the next one carries."""
    k = i + 2 if i + 1 < len(ws) and ws[i + 1].text in ("and", "or") else i + 1
    if ws[i].text not in COMPASS or k + 1 >= len(ws) or ws[k].text not in COMPASS:
        return None
    if text[ws[i].end:ws[k].start] not in (" and ", " or ", ", ", ", and ") or text[ws[k].end:ws[k + 1].start] != " ":
        return None
    for j in range(min(k + MAX_WORDS, len(ws) - 1), k, -1):
        if not _span_ok(ws, k, j):
            continue
        features = gazetteer.lookup(name_key(f"{ws[i].text} {text[ws[k + 1].start:ws[j].end]}"))
        if features and gazetteer.lookup(name_key(text[ws[k].start:ws[j].end])):
            return Mention(i, i, ws[i].start, ws[i].end, ws[i].text, features)
    return None


def find_mentions(text: str, ws: list[Word], gazetteer: Gazetteer) -> list[Mention]:
    """Longest gazetteer names over capitalised word runs, left to right."""
    out: list[Mention] = []
    i = 0
    while i < len(ws):
        found = ((_elided(text, ws, i, gazetteer) or _longest(text, ws, i, gazetteer)) if ws[i].capital
                 else _longest(text, ws, i, gazetteer) if ws[i].prefixed else None)
        if found and ws[i].text in ("The", "THE") and i + 1 < len(ws):
            found = _past_article(text, ws, i, found, gazetteer)
        if found and _compass_of(text, found):
            i = found.last + 1  # "North-west of the lake": a direction, not South Africa's North West province
        elif found:
            out.append(found)
            i = found.last + 1
        else:
            i += 1
    return out


def _compass_of(text: str, m: Mention) -> bool:
    """A compass direction named like a region, then "of": where something lies from a place."""
    return m.text.lower().replace(" ", "-") in DIRECTION_WORDS and text.startswith(" of ", m.end)


def _past_article(text: str, ws: list[Word], i: int, found: Mention, gazetteer: Gazetteer) -> Mention:
    """A name opened by a capitalised "The" ("The Gulf", an alias) that a longer name after the article overreaches
    ("The Gulf of Oman" opening a sentence is the Gulf of Oman): that longer name ("The Hague" stays whole)."""
    longer = _longest(text, ws, i + 1, gazetteer) if ws[i + 1].capital else None
    return longer if longer is not None and longer.last > found.last else found


def _longest(text: str, ws: list[Word], i: int, gazetteer: Gazetteer) -> Mention | None:
    last = i
    while (last + 1 < len(ws) and last - i + 1 < MAX_WORDS
           and (ws[last + 1].capital or ws[last + 1].prefixed or ws[last + 1].text in CONNECTORS)
           and _joined(text, ws[last], ws[last + 1])):
        last += 1
    for j in range(last, i - 1, -1):
        if not _span_ok(ws, i, j):
            continue
        span = text[ws[i].start:ws[j].end]
        bracketed = _with_bracketed_qualifier(text, ws, i, j, gazetteer)
        if bracketed:
            return bracketed
        suffixed = _with_kind_word(text, ws, i, j, gazetteer) or listed_kind(text, ws, i, j, gazetteer)
        if suffixed:
            return suffixed if suffixed.features else None  # an item of a list of rivers no river bears (`listed_kind`)
        owned = _name_with_s(text, ws, i, j, span, gazetteer)
        if owned:
            return owned
        features = as_written(span, _readings(gazetteer, _keys(ws, i, name_key(span))))
        if features and _splits_compound(text, ws, i, j):
            features = tuple(f for f in features if (f.fclass != "P" or on_route(text, ws, i, j))
                             and not _prefixed_demonym(ws, i, f))
        if features:
            return Mention(i, j, ws[i].start, ws[j].end, span, features)
    return None


BRACKETED = re.compile(r" \(([A-Z][\w\-]+)\)")


def _with_bracketed_qualifier(text: str, ws: list[Word], i: int, j: int, gazetteer: Gazetteer) -> Mention | None:
    """'Frankfurt (Oder)': a name whose bracketed word is part of the gazetteer's name (not "Frankfurt am Main")."""
    match = BRACKETED.match(text, ws[j].end)
    if not match or j + 1 >= len(ws) or ws[j + 1].start != match.start(1):
        return None
    span = text[ws[i].start:match.end()]
    features = _readings(gazetteer, [name_key(span)])
    return Mention(i, j + 1, ws[i].start, match.end(), span, features) if features else None


# "Amazonas department": a kind word only where the gazetteer knows the whole name.
AREA_KINDS = frozenset(COUNTY_WORDS | REGION_WORDS | {"department"})
KIND_TAILS = AREA_KINDS | AREA_TAILS | {"valley"}


def _with_kind_word(text: str, ws: list[Word], i: int, j: int, gazetteer: Gazetteer) -> Mention | None:
    """'Kenema district', 'Nimba county': a name with a lower-case kind word after it that the gazetteer knows as a
    whole ("Kenema District") is that place; so is 'Baltic states' (a world region's whole name) and 'the Saas
    valley' (a valley's)."""
    if j + 1 >= len(ws) or not ws[j + 1].text.islower() or text[ws[j].end:ws[j + 1].start] != " ":
        return None
    tail = ws[j + 1].text
    if tail not in KIND_TAILS:
        return None
    span = text[ws[i].start:ws[j + 1].end]
    found = gazetteer.lookup(name_key(span))
    features = tuple(f for f in found if f.fclass == "A" and tail in AREA_KINDS)
    # A world region or continent under its whole name ("Baltic states", "Asia-Pacific region").
    features = features or tuple(f for f in found if f.fcode in ("RGN", "CONT") and tail in AREA_TAILS)
    # A valley the gazetteer knows whole ("the Saas valley"), not a town far from it that its first word names (a town
    # or river in it keeps the name: "the Fergana valley", "the Douro valley").
    if not features and tail == "valley":
        features = _valley(found, gazetteer.lookup(name_key(text[ws[i].start:ws[j].end])))
    if not features and tail in AREA_KINDS:
        features = _subdivision(gazetteer, span, text[ws[i].start:ws[j].end])
    return Mention(i, j + 1, ws[i].start, ws[j + 1].end, span, features) if features else None


def _subdivision(gazetteer: Gazetteer, span: str, name: str) -> tuple[Feature, ...]:
    """A region GeoNames' tables know only with its kind word ("Flores department": Uruguay's, not Indonesia's island;
    "Kalahandi district"), unless its country has a region of the bare name already, a town of it in another
    first-level region ("Bijapur district" of Chhattisgarh: the tables know only Karnataka's, so the town's reading
    decides), or the name is a world region's ("the Sahel region")."""
    bare = gazetteer.lookup(name_key(name))
    if any(g.fclass != "P" and not g.cc for g in bare):
        return ()
    return tuple(f for f in gazetteer.subdivisions(name_key(span), True)
                 if not any(g.cc == f.cc and (g.fclass == "A" or g.admin1 != f.admin1) for g in bare))


# Prefixes that make a people's name an adjective of no country: "the Inter-American Highway", "Pan-African".
SPANNING_PREFIXES = ("Inter-", "Pan-", "Trans-", "Intra-", "Meso-", "Sub-")


VALLEY_OWN_KM = 100.0  # a town or river of the valley's name this near it is what names the valley


def _valley(found: tuple[Feature, ...], bare: tuple[Feature, ...]) -> tuple[Feature, ...]:
    """The valleys among `found` that no reading of the bare name (`bare`) lies near."""
    valleys = [f for f in found if f.fcode in ("RGN", "VAL")]
    return tuple(v for v in valleys if not any(b.lat is not None and km(v.lat, v.lon, b.lat, b.lon) < VALLEY_OWN_KM
                                               for b in bare))


def backed_demonym(text: str, m: Mention) -> bool:
    """'Saudi-backed', 'Western-funded': a people's name before a backing suffix is no place mention ("Iran-backed"
    is); nor is one after a prefix that spans peoples ("the Inter-American Highway")."""
    if not all(f.how == "demonym" for f in m.features):
        return False
    return bool(BACKING.match(text, m.end)) or text.endswith(SPANNING_PREFIXES, max(0, m.start - 6), m.start)
