"""Districts and provinces only GeoNames' subdivision tables name ("the Nilgiris", "Elias Pina"): a capitalised name
no other rule took, that is the name of a region of a country the article is about.

Also the region a country's possessive names when the name's readings are all elsewhere ("Zambia's Eastern
Province", which the reviewed regions know only as Kenya's). The article's countries decide, never the name alone: a
district's name is often a surname or a word elsewhere, and a region of a country the article does not name is more
likely something else ("Lamar", "Logan").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .gate import led
from .focus import focus_countries
from .gazetteer import Feature, Gazetteer
from .context import kind_of_before
from .framed_lists import in_region_list
from .holder import name_like, overlap_test, owned_area
from .keys import name_key
from .mentions import ABBREVIATIONS, DIRECTION_WORDS, Mention
from .place import Place, from_feature
from .qualify import LIST_ITEM_GAPS
from .words import HONORIFICS, sentence_initial

# A whole capitalised name (up to four words, "al-" names too, joined by a Romance article or preposition), not inside a
# longer one.
PART = r"(?:(?:al|el|ad|ash|as|az|an|ar|at|ez)-)?[A-Z][\w'’\-]+"
ABBREVIATED = r"(?:(?:St|Ste|Mt|Ft)\. )?"  # "St. Elizabeth"
LINK = r"(?:(?:del|de|la|las|los|do|da|dos|das|di|du|des) )?"  # "Agusan del Sur", "Santiago de los Caballeros"
NAME = led("A-Zae", re.compile(
    rf"(?<![\w'’\-.])(?:The )?({ABBREVIATED}{PART}(?: {LINK}{PART}){{0,3}})(?![\w'’\-]| [A-Z0-9])"))
# The kind word after a region's name, as news writes it ("Kasese district"), to try with the name.
KIND = re.compile(r" (district|province|county|region|governorate|state|prefecture|parish|department|oblast|"
                  r"municipality|division)\b", re.IGNORECASE)


def subdivision_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """A place for each capitalised name no place covers that names a region of a country in `focus`."""
    out: list[Place] = []
    if not focus:
        return out
    taken = overlap_test(places)
    unread: list[tuple[int, int]] = []  # names that read as no region of the article's countries
    for match in NAME.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if taken(start, end):
            continue
        kind = KIND.match(text, end)
        plain = name_like(text, start, name)  # an ordinary word is a region's name only with its kind word
        if (not plain and not kind) or _after_title(text, start):
            continue
        if not kind and " " not in name and sentence_initial(text, start):
            continue  # a sentence's first word says nothing by its capital: "Sarah", "Police"
        framed = kind_of_before(text, start, 24)  # "the parish of X"
        for stop in ((kind.end(),) if kind else ()) + ((end,) if plain else ()):
            feature = next((f for key in _spellings(name_key(text[start:stop]))
                            if (f := _region(key, focus, gaz, framed))), None)
            if feature is not None:
                out.append(from_feature(start, stop, text[start:stop], feature))
                break
        else:
            unread.append((start, end))
    return out + _listed_counties(text, unread, places + out, focus, gaz)


def _listed_counties(text: str, spans: list[tuple[int, int]], found: list[Place], focus: Counter[str],
                     gaz: Gazetteer) -> list[Place]:
    """Names the gazetteer gives a town, listed right next to a second-level region found ("in lower X and Y", Y a
    parish): the region of that name of the same first-level region, if there is one."""
    counties = [p for p in found if p.feature_code == "ADM2"]
    if not counties:
        return []
    out = []
    for start, end in spans:
        beside = _listed_beside(text, start, end, counties)
        place = _county_beside(text, start, end, beside, focus, gaz) if beside else None
        if place is not None:
            out.append(place)
    return out


# A first-level region's kind word after a town's name: "the rest of Florida department" is the department.
REGION_KIND = re.compile(r" (?:department|province|state|region|governorate|oblast|prefecture)\b")
# Offices of a province or state after its possessive: "Chubut's governor", "Salta's provincial government".
OFFICE = (r"(?:(?:provincial|state|regional|departmental) (?:government|legislature|assembly|authorities|police)"
          r"|[Gg]overnor)")
REGION_OFFICES = re.compile(r"['’]s (?:(?:provincial|state) )?" + OFFICE + r"\b")
# The same offices before "of": "the provincial government of X", "the governor of X".
OFFICES_OF = re.compile(r"\b" + OFFICE + r" of $")


def framed_towns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each town the text calls a region ("the northern state of X", X also the state's capital; "X
    department"; "the provinces of A, X and B"; "X's governor", "the provincial government of X": offices only a
    region has) swapped for
    the first-level or second-level region of that name in the town's country, if there is one; so is an area of no
    one country ("the provinces of Formosa and Chaco": not the Gran Chaco), for the largest such region anywhere."""
    out = []
    ordered = sorted(places, key=lambda p: p.start)
    position = {id(p): i for i, p in enumerate(ordered)}
    for place in places:
        region = None
        area = place.feature_class == "L" and not place.country_code  # "the provinces of Chaco": no Gran Chaco
        island = place.feature_code in ("ISL", "ISLS")  # "the parishes of St Mary and Portland"
        if ((place.feature_class == "P" and place.geonameid is not None) or area or island) and (
                kind_of_before(text, place.start, 24) or in_region_list(text, ordered, position[id(place)])
                or (place.feature_class == "P" and REGION_KIND.match(text, place.end))
                or REGION_OFFICES.match(text, place.end)
                or OFFICES_OF.search(text, max(0, place.start - 40), place.start)):
            homes = [place.country_code] + _sentence_countries(text, place, ordered)
            region = next((f for cc in homes for key in _spellings(name_key(place.text), dotless=True)
                           for f in gaz.subdivisions(key, True)
                           if (area or f.cc == cc) and f.fcode in ("ADM1", "ADM2")), None)
        out.append(from_feature(place.start, place.end, place.text, region) if region is not None else place)
    return out


def _sentence_countries(text: str, place: Place, ordered: list[Place]) -> list[str]:
    """The countries named in the place's sentence before it, other than its own, nearest first: "Jamaica lifted its
    warning for the parishes of X and Y" frames X and Y as Jamaica's, whatever towns abroad the names read as."""
    start = max(text.rfind(". ", 0, place.start), text.rfind("\n", 0, place.start)) + 1
    return [p.country_code for p in reversed(ordered) if start <= p.start < place.start
            and p.feature_code == "PCLI" and p.country_code and p.country_code != place.country_code]


def listed_county_towns(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places, each town of another first-level region listed right next to a second-level region ("homes in X
    and Y", Y a parish of Louisiana, X read as a town of Oregon) swapped for the region of its name in the county's
    first-level region, if there is one."""
    counties = [p for p in places if p.feature_code == "ADM2"]
    if not counties:
        return places
    out = []
    for place in places:
        swapped = None
        if place.feature_class == "P" and place.geonameid is not None:
            beside = [c for c in _listed_beside(text, place.start, place.end, counties)
                      if (c.country_code, c.admin1) != (place.country_code, place.admin1)]
            swapped = _county_beside(text, place.start, place.end, beside, focus, gaz) if beside else None
        out.append(swapped or place)
    return out


def _listed_beside(text: str, start: int, end: int, counties: list[Place]) -> list[Place]:
    """The counties listed right before or after the span ("X and Y", "Y, X")."""
    return [c for c in counties if text[end:c.start] in LIST_ITEM_GAPS or text[c.end:start] in LIST_ITEM_GAPS]


def _county_beside(text: str, start: int, end: int, beside: list[Place], focus: Counter[str], gaz: Gazetteer
                   ) -> Place | None:
    """The region named by the text's span in the first-level region of a county listed beside it, if any."""
    regions = {(p.country_code, p.admin1) for p in beside}
    feature = next((f for f in gaz.subdivisions(name_key(text[start:end]), True)
                    if focus.get(f.cc, 0) > 0 and (f.cc, f.admin1) in regions), None)
    return from_feature(start, end, text[start:end], feature) if feature is not None else None


def owned_points(text: str, places: list[Place]) -> list[Place]:
    """The places, each unknown one put at a first-level region's point that a county of that region's possessive
    holds more closely, found only after it ("the villages of A and B in Kerala's hilly Wayanad district": Wayanad's
    point), at that county's point."""
    out = []
    for p in places:
        holders = (r for r in places if r is not p and 0 < r.start - p.end < 120 and r.feature_code == "ADM1"
                   and (r.lat, r.lon, r.admin1) == (p.lat, p.lon, p.admin1) and ". " not in text[p.end:r.start])
        area = (next((a for r in holders if (a := owned_area(text, r, places)) is not None), None)
                if p.geonameid is None and p.feature_code == "ADM1" else None)
        if area is not None and area.feature_code == "ADM2":
            p = replace(area, start=p.start, end=p.end, text=p.text, geonameid=None, name=p.text, direction=None)
        out.append(p)
    return out


def named_regions(places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The places no gazetteer name resolved ("Kalahandi district" in India, unresolved or at an approximate point)
    that are regions of their country (or, when the text gave none, of a country in `focus`): that region."""
    out = []
    for p in places:
        feature = None
        if p.resolution in ("unresolved", "approximate") and p.feature_code in ("", "ADM1", "ADM2"):
            bare = KIND.sub("", p.text).strip()
            countries = Counter({p.country_code: 1}) if p.country_code else focus
            feature = next((f for key in (name_key(p.text), name_key(bare)) if (f := _region(key, countries, gaz))), None)
        out.append(p if feature is None else from_feature(p.start, p.end, p.text, feature, p.direction))
    return out


def _other_county(text: str, m: Mention, others: Counter[str]) -> bool:
    """'Ulster County' in news of New York that names the British in passing: a first-level region's name before
    "County" in an article whose other names point to another country most (its counties are looked up too)."""
    if not text.startswith(" County", m.end) or not others:
        return False
    top = others.most_common(1)[0][0]
    return all(f.fcode == "ADM1" and f.cc != top for f in m.features)


def home_namesakes(text: str, mentions: list[Mention], focus: Counter[str], gaz: Gazetteer) -> list[Mention]:
    """A name read only as regions or islands of countries the article does not name ("Eastern Province": Kenya's and
    Sri Lanka's in the reviewed data; "St Thomas", the Virgin Island or another name of its capital, in news of
    Jamaica), or only as an area of no one country before "region" ("the Sahel region" of Burkina Faso),
    also reads as the region of that name of a country it does name (Zambia's), from all of GeoNames' districts and
    provinces, under the name with or without the kind word the mention ends with; the resolver then weighs them as
    usual."""
    out = []
    for m in mentions:
        if m.features and (_regions_or_islands(m.features)
                           or (all(not f.cc for f in m.features) and text.startswith((" region", " Region"), m.end))):
            same = [x for x in mentions if name_key(x.text) == name_key(m.text)]  # this name, however often said
            others = focus - focus_countries(same, ())  # the countries the article's other names point to
            if any(others.get(f.cc, 0) > 0 for f in m.features) and not _other_county(text, m, others):
                out.append(m)
                continue
            keys = dict.fromkeys(key for name in (m.text, KIND.sub("", m.text))  # "West Coast region": its name
                                 for key in _spellings(name_key(name), dotless=True))  # "St Thomas": Saint Thomas
            found = {f.geonameid: f for key in keys for f in gaz.subdivisions(key, True) if others.get(f.cc, 0) > 0}
            m = replace(m, features=m.features + tuple(found.values())) if found else m
        out.append(m)
    return out


def _regions_or_islands(features: tuple[Feature, ...]) -> bool:
    """Whether the readings are regions, islands or towns known by the name only as another of theirs (the Virgin
    Island of St. Thomas and its capital)."""
    return all(f.fcode in ("ADM1", "ADM2", "ISL", "ISLS") or (f.fclass == "P" and f.how == "alt") for f in features)


def county_points(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """A county or district known only by the region holding it ("Clark County, Washington": the state's point and no
    geonameid), or by the town it is named after ("Los Angeles County": the city's point), takes its own record and
    point when GeoNames has one of that name in that region (a town's county: the far bigger county of its name in
    the country, unless the article names the town's region; a town's "X County" where its country has none: the
    one county of that name elsewhere, unless the town itself is called so; `_region_county`). An unknown name before "County" is the county of that name
    in its country, the one in a region the article names if there are several (or, when it names none, the region of
    one of its towns: "Nashville ... the Wilson County line"; `_unknown_county`)."""
    out = []
    regions = {(q.country_code, q.admin1) for q in places if q.feature_code == "ADM1" and q.admin1}
    states = {admin1 for _, admin1 in regions}  # the regions the article names
    towns = {q.admin1 for q in places if q.feature_class == "P" and q.geonameid is not None and q.admin1}
    for p in places:
        after = COUNTY_AFTER.match(text, p.end) if p.geonameid is None and not p.feature_code else None
        p = (_unknown_county(text, p, after.end(), states or towns, gaz) if after else None) or p
        p = _region_county(p, regions, gaz) or p
        county = p.feature_class == "P" and p.text.rsplit(" ", 1)[-1] in COUNTY_NAMES
        name = _without_direction(p)  # "southern Victoria County": Victoria County
        own = name_key(p.name) == name_key(name)  # a town that is called "X County" ("Norfolk County", Ontario)
        if county and p.admin1 and not own and not counties_named(gaz, name, p.country_code):
            top, *rest = counties_named(gaz, name) or [None]
            if top and (not rest or top.population >= FAR_BIGGER_COUNTY * rest[0].population):
                p = from_feature(p.start, p.end, p.text, top, p.direction)
        if (county or (p.feature_code == "ADM2" and p.geonameid is None)) and p.admin1:
            named = counties_named(gaz, name, p.country_code)
            found = [f for f in named if f.admin1 == p.admin1]
            if county and named and (not found or (named[0].population >= FAR_BIGGER_COUNTY * found[0].population
                                                   and p.admin1 not in states)):
                found = named[:1]  # "Cook County": Illinois' millions, not the county of a hamlet called Cook
            p = from_feature(p.start, p.end, p.text, found[0], p.direction) if len(found) == 1 else p
        out.append(p)
    return out


def counties_named(gaz: Gazetteer, name: str, cc: str | None = None) -> list[Feature]:
    """The counties (GeoNames' second level) of that name, of one country if given, largest first; GeoNames names some
    without their kind word ("Colchester" of Nova Scotia for "Colchester County"), so a name ending in one that finds
    none is looked for bare too."""
    head, _, kind = name.rpartition(" ")
    for key in (name, head) if head and kind in COUNTY_NAMES else (name,):
        for spelt in _spellings(name_key(key), True):  # "St. Louis County": GeoNames' "Saint Louis County"
            found = [f for f in gaz.subdivisions(spelt, True) if f.fcode == "ADM2" and cc in (None, f.cc)]
            if found:
                return found
    return []


def _without_direction(p: Place) -> str:
    """The place's text without the compass word that opens it ("southern Victoria County")."""
    first, _, rest = p.text.partition(" ")
    return rest if p.direction and rest and first.lower() in DIRECTION_WORDS else p.text


def _region_county(p: Place, regions: set[tuple[str, str]], gaz: Gazetteer) -> Place | None:
    """'Huron County' in news of Ontario, read as a county named after an American town: the one county of that name in
    a first-level region the article names, when the article names none of the town's country."""
    if p.feature_class != "P" or p.text.rsplit(" ", 1)[-1] not in COUNTY_NAMES:
        return None
    if any(cc == p.country_code for cc, _ in regions):
        return None
    found = [f for f in counties_named(gaz, p.text) if (f.cc, f.admin1) in regions]
    return from_feature(p.start, p.end, p.text, found[0], p.direction) if len(found) == 1 else None


def _unknown_county(text: str, p: Place, end: int, states: set[str], gaz: Gazetteer) -> Place | None:
    """'in Lea County' (an unknown 'Lea' in the United States): the county of that name in its country, the one of a
    region the article names when there are several."""
    named = counties_named(gaz, text[p.start:end], p.country_code)
    found = [f for f in named if f.admin1 in states] if len(named) > 1 else named
    return from_feature(p.start, end, text[p.start:end], found[0], p.direction) if len(found) == 1 else None


FAR_BIGGER_COUNTY = 10  # a county named like a town elsewhere, this many times as populous, is meant
COUNTY_NAMES = ("County", "Parish", "Borough")  # a town's name and one of these: its county
COUNTY_AFTER = re.compile(r" (?:County|Parish|Borough)\b")
OWNED_KINDS = ("", " province", " region", " state", " district", " county", " governorate")


def owner_regions(name: str, features: tuple[Feature, ...], owner: set[str], gaz: Gazetteer) -> tuple[Feature, ...]:
    """"Zambia's Eastern Province" when the gazetteer's names know only Kenya's: the owner's regions of that name (bare
    or with a kind word), from all of GeoNames' districts and provinces; none when a reading is already in that
    country."""
    if any(f.cc in owner for f in features):
        return ()
    found = {f.geonameid: f for kind in OWNED_KINDS for f in gaz.subdivisions(name_key(name + kind), True)
             if f.cc in owner}
    return tuple(found.values())


def _spellings(key: str, dotless: bool = False) -> list[str]:
    """A name's key, and with an abbreviation opening it spelled out ("st. elizabeth": "saint elizabeth"; with
    `dotless`, "st thomas" too, as British news writes it)."""
    head, _, rest = key.partition(" ")
    dotted = head.endswith(".") or (dotless and head in ("st", "mt", "ft"))
    words = ABBREVIATIONS.get(head.rstrip(".").capitalize(), ()) if dotted and rest else ()
    return [key] + [f"{word} {rest}" for word in words]


def _after_title(text: str, start: int) -> bool:
    """"Mr Kasese", "Gen. Lamar": a person."""
    before = text[max(0, start - 12):start].rstrip(". ").split()
    return bool(before) and before[-1] in HONORIFICS


def _region(key: str, focus: Counter[str], gaz: Gazetteer, known: bool = False) -> Feature | None:
    """The region of that name in the country the article names most (the most populous there), if any; with `known`
    (the text calls the name a region: "the parish of X"), also under a name the gazetteer gives a town."""
    found = [f for f in gaz.subdivisions(key, known) if focus.get(f.cc, 0) > 0]
    return max(found, key=lambda f: (focus[f.cc], f.population)) if found else None
