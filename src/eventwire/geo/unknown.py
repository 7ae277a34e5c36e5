"""Places the gazetteer does not know: 'the village of X', 'X Province', 'X, Kenya'. They are reported, never dropped,
as unresolved (no point) with the country the text puts them in; inside a town the text names ('X, Town, Country',
'the X slums in Town') a part of that town at its point; inside a county or first-level region, at that region's point
and precision."""

from __future__ import annotations

import re
from dataclasses import replace
from collections import Counter

from .admin_kind import admin_kinds
from .gate import gate, led
from .keys import name_key
from .context import DIRECTION_WORDS, FUNCTION_WORDS
from .gazetteer import Feature, Gazetteer
from .holder import Taken, holding_country, holding_place, name_like, overlaps, within
from .mentions import stoplist
from .place import Place, from_feature
from .words import CAPITALS

# 'the island of X' and 'X Province' are looked for apart: one may open inside the other ("the Japanese island of X").
AREA_OF = gate(led("CDEHIMOPRSTVcdehimoprstv", re.compile(
    r"\b(?:[Tt]owns?|[Cc]ity|[Vv]illages?|[Cc]ommunit(?:y|ies)|[Mm]unicipalit(?:y|ies)|[Cc]ommune|[Hh]amlet|[Ss]uburb|"
    r"[Pp]rovince|[Dd]istrict|[Rr]egion|[Ii]slands?|[Pp]ort|[Ee]nclave|[Ss]ettlement|[Oo]asis|[Rr]esort) of "
    rf"((?:[{CAPITALS}][\w'’\-]+ ?){{1,3}})")),
    "own of ", "owns of ", "ity of ", "illage of ", "illages of ", "ities of ", "ommune of ", "amlet of ", "uburb of ",
    "rovince of ", "istrict of ", "egion of ", "sland of ", "slands of ", "ort of ", "nclave of ", "ettlement of ",
    "asis of ", "esort of ")
NAMED_AREA = led(CAPITALS, re.compile(
    rf"\b((?:[{CAPITALS}][\w'’\-]+ (?:(?:de|del|da|do|dos|das|la|las|los) (?=[{CAPITALS}]))?){{1,3}})"
    r"(?:(?:County|Province|Governorate|Oblast|Prefecture|District|Regency|province|district|regency|area|region|"
    r"county|governorate|prefecture|oblast|woreda|canton|"
    r"Islands?|islands?|Parish|parish|Peninsula|peninsula|Township)\b"
    r"|(?:National|State|Provincial|Marine) (?:Park|Forest|Reserve)\b|(?:Game|Nature|Wildlife) (?:Reserve|Refuge)\b"
    r"|(?:village|township|municipality|commune|sub-county|refugee camp|suburb|neighbourhood|neighborhood|slums?|"
    r"[Uu]pazila|[Tt]ehsil|[Tt]aluka?|[Mm]andal|(?<!Euro )zones?|[Mm]arshes|"
    r"border post|border crossing)\b"
    r"(?! of\b))"))
POSSESSIVE = re.compile(r"((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)['’]s ")


def unknown_areas(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'the village of X', 'X Province' with X not in the gazetteer: reported as unresolved, in the country the text
    places it; named again with the same kind word, where it was placed first."""
    out: list[Place] = []
    placed: dict[str, Place] = {}  # each area placed in a country, as placed, by its name with its kind word
    taken = Taken(places)
    found = [(m, 1) for m in AREA_OF.finditer(text)] + [(m, 2) for m in NAMED_AREA.finditer(text)]
    for match, group in sorted(found, key=lambda pair: pair[0].start()):
        start, end = match.start(1), match.end(1)
        if match.group().endswith("Township"):
            end = match.end()  # "Grand Prairie Township": the township's own name, no town's
        owned = POSSESSIVE.match(text, start, end)
        owner = None
        if group == 2 and owned and overlaps(places, start, owned.end(1)):
            owner = next(p for p in places if p.start < owned.end(1) and start < p.end)
            start = owned.end()  # "Somalia's Gedo region": the area is Gedo, in Somalia
        start = past_function_words(text, start, end)
        name = text[start:end].rstrip()
        end = start + len(name)
        if not name or (match.group().endswith(("zone", "zones")) and gaz.lookup(name_key(name))):
            continue  # "the Gofa zone"; not "the Schengen zone", named after a town, nor "the Gaza zone"
        if (name.lower() not in DIRECTION_WORDS and name.split()[0] not in FUNCTION_WORDS
                and not taken(start, end)):
            key = name_key(match.group())  # the name with its kind word: "Gaines County", "the village of X"
            if key in placed:  # one sense an article: "X County" again beside another country's towns
                out.append(taken.add(replace(placed[key], start=start, end=end, text=name)))
                continue
            cc = holding_country(text, start, end if group == 1 else match.end(), places, focus)
            holder = holding_place(text, end if group == 1 else match.end(), places, beside=group == 1)
            holder = holder if holder is not None and holder.country_code == cc else None
            if holder is None and owner is not None and owner.feature_class == "P" and owner.country_code == cc:
                holder = owner  # "Harare's Mbare suburb": a part of the town
            out.append(taken.add(within(start, end, name, holder, gaz.country(cc) if cc else None)))
            if cc:
                placed[key] = out[-1]
    return out


def past_function_words(text: str, start: int, end: int) -> int:
    """The start of a name after the capitalised function words that open its sentence ("In Gorkha district": the
    area is Gorkha)."""
    words = text[start:end].split(" ")
    skipped = 0
    while len(words) > skipped + 1 and words[skipped] in FUNCTION_WORDS and words[skipped + 1][:1].isupper():
        start += len(words[skipped]) + 1
        skipped += 1
    return start


KINDS = (r"towns|cities|villages|communities|municipalities|provinces|districts|regions|counties|states|prefectures|"
         r"governorates|departments|islands|parishes|regencies|suburbs|neighbourhoods|neighborhoods|settlements|"
         r"camps|quarters|ports|crossings|woredas|cantons|communes|upazilas|tehsils|raions|sub-counties")
KIND_WORDS = tuple(KINDS.split("|"))
# 'the Trump and Harris camps', 'the Army and Navy quarters', 'the Maersk and MSC ports': camps, quarters and ports only
# after a locative word.
LOCATIVE_KINDS = ("camps", "quarters", "ports")
# Adjectives of continents and wide regions, no country's people: "between Asian and European ports" lists no places.
WIDE_ADJECTIVES = frozenset({"Asian", "European", "African", "American", "Arab", "Arabian", "Caribbean", "Mediterranean",
                             "Nordic", "Baltic", "Balkan", "Latin", "Scandinavian", "Andean", "Australasian", "Pacific",
                             "Atlantic", "Western", "Eastern", "Northern", "Southern", "Central", "Foreign", "Domestic",
                             "Regional", "National", "Global", "International", "Local", "Rural", "Coastal"})
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|to|from|into|inside|outside|between)(?: the)? $")
# 'the villages of A and B', 'camps to the north of the city, among them A and B', 'counties around Atlanta,
# including A', 'the posts along the border, including A'.
LISTED = gate(re.compile(
    rf"\b({KINDS}) (?:of (?:the )?|(?:were|are|include|included|including|such as) )"
    rf"|\b({KINDS})\b[^.;:]{{1,40}}?,? such as "
    rf"|\b({KINDS})\b[^.;:,]{{1,40}}, including "),  # "the posts along the border, including X"
    *KIND_WORDS)
ITEM = re.compile(r"[A-Z][\w'’\-]+(?: (?:(?:de|del|la|es|al|el) )?[A-Z][\w'’\-]+){0,3}")
INCLUDING = re.compile(r"\b(?:include|included|including|such as) $")
ITEM_GAP = re.compile(r", and |, or |, | and | or ")
# 'the A and B villages', 'A, B and C districts': a list of names closed by the plural kind word.
TRAILING = gate(led("A-Z", re.compile(
    rf"(?<![\w'’\-.])({ITEM.pattern}(?:(?:, and |, or |, | and | or ){ITEM.pattern})+) ({KINDS})\b")),
    *KIND_WORDS)
SINGULAR = {"towns": "", "cities": "", "villages": "", "communities": "", "municipalities": "", "provinces": "Province",
            "districts": "District", "regions": "Region", "counties": "County", "states": "State",
            "prefectures": "Prefecture", "governorates": "Governorate", "departments": "Department", "islands": "",
            "parishes": "Parish", "regencies": "Regency", "suburbs": "", "neighbourhoods": "", "neighborhoods": "",
            "settlements": "", "camps": "", "quarters": "", "ports": "", "crossings": "", "woredas": "", "cantons": "",
            "communes": "", "upazilas": "", "tehsils": "", "raions": "", "sub-counties": ""}


def listed_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'the villages of A, B and C', 'the provinces of A, B and Western', 'the worst-hit villages were A and B', 'the A
    and B villages': each item the gazetteer does not give is the named kind of place ('Western' + 'Province' when the
    gazetteer knows it in that country), else in the country the text places the list: towns and villages inside the
    town, county or region named right after the list ("the villages of A and B in X County") at its point
    (`within`), else unresolved."""
    out: list[Place] = []
    taken = list(places)
    for match in LISTED.finditer(text):
        pos, items = match.end(), []
        while (item := ITEM.match(text, pos)):
            items.append((item.start(), item.end()))
            gap = ITEM_GAP.match(text, item.end())
            if not gap:
                break
            pos = gap.end()
        if len(items) >= 2 or (items and INCLUDING.search(match.group())):  # "towns including X," alone too
            kind = SINGULAR[match.group(1) or match.group(2) or match.group(3)]
            out += _list_items(text, items, kind, items[-1][1], taken, focus, gaz)
    for match in TRAILING.finditer(text):
        start = past_function_words(text, match.start(1), match.end(1))
        owned = POSSESSIVE.match(text, start, match.end(1))
        if owned and overlaps(places, start, owned.end(1)):
            start = owned.end()  # "Uganda's Hoima and X districts": the list is Hoima and X, in Uganda
        items = [(start + m.start(), start + m.end()) for m in ITEM.finditer(text[start:match.end(1)])]
        if match.group(2) in LOCATIVE_KINDS and not LOCATIVE_BEFORE.search(text[max(0, start - 12):start]):
            continue
        if len(items) >= 2:
            out += _list_items(text, items, SINGULAR[match.group(2)], match.end(), taken, focus, gaz,
                               admin_kinds().get(match.group(2), frozenset()))
    return out


def _list_items(text: str, items: list[tuple[int, int]], kind: str, end: int, taken: list[Place], focus: Counter[str],
                gaz: Gazetteer, kind_countries: frozenset[str] = frozenset()) -> list[Place]:
    """The places of a list's items that no place found so far covers (each added to `taken`): a region of the kind
    named, a town of the country the list is in, else a place the gazetteer lacks there. A kind word only some
    countries use (`kind_countries`: "Dire and Miyo woredas") puts the list in one of them, the one named most."""
    out: list[Place] = []
    cc = holding_country(text, items[0][0], items[-1][1], taken, focus)
    if kind_countries:
        cc = cc if cc in kind_countries else max(sorted(kind_countries), key=lambda c: focus.get(c, 0))
        focus = Counter({cc: 1})  # no town of another country the article names
    holder = holding_place(text, end, taken) if not kind else None
    holder = holder if holder is not None and holder.country_code == cc else None
    for start, stop in items:
        name = text[start:stop]
        if overlaps(taken, start, stop) or name.split()[0] in FUNCTION_WORDS:
            continue
        found = [f for f in gaz.lookup(name_key(f"{name} {kind}")) if f.cc == cc and f.fclass == "A"] if kind and cc else []
        if not found and name.split()[0] in WIDE_ADJECTIVES:
            continue  # "Asian and European ports"; not "the provinces of Northern and Western"
        towns = _listed_towns(name, cc, focus, gaz) if not kind else []
        if found:
            place = from_feature(start, stop, name, found[0])
        elif towns and name_key(name) not in stoplist():  # "border crossings such as X": the town of the country
            place = from_feature(start, stop, name, max(towns, key=lambda f: f.population))
        elif name.lower() in DIRECTION_WORDS or name_key(name) in stoplist():
            continue
        else:
            place = within(start, stop, name, holder, gaz.country(cc) if cc else None)
        out.append(place)
        taken.append(place)
    return out


def _listed_towns(name: str, cc: str | None, focus: Counter[str], gaz: Gazetteer) -> list[Feature]:
    """The towns of a list item's name in the country the list is in, else in the one country the article names
    that has one ("border crossings such as X", next to a neighbour's name)."""
    towns = [f for f in gaz.lookup(name_key(name)) if f.fclass == "P"]
    home = [f for f in towns if f.cc == cc]
    named = [f for f in towns if focus.get(f.cc, 0) > 0]
    return home or (named if len({f.cc for f in named}) == 1 else [])


APPOSITIVE = led("A-Z", re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+)(?:,| is) (?:a|an|the) (?:[a-z][a-z\-]+ ){0,3}"
    r"(?:town|village|city|township|district|province|region|county|suburb|community|municipality|settlement|island|"
    r"port|hamlet|neighbou?rhood|slum)s? (?:in|of|near|on|outside|north|south|east|west|just|between|along)\b"))
# 'X, a Somali border town,', 'X, a Russian village.': the country's adjective (a place found) says where it is.
APPOSITIVE_OF = gate(re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+), (?:a|an) (?:[a-z][a-z\-]+ )?([A-Z][a-z]+) "
    r"(?:[a-z][a-z\-]+ ){0,2}(?:town|village|city|township|district|province|region|county|suburb|community|"
    r"municipality|settlement|island|port|hamlet|camp|outpost)s?"
    r"(?= (?:in|of|near|on|outside|just|north|south|east|west)\b|[,.;])"),
    ", a ", ", an ")


# 'A and B, fishing towns on the lake', 'A, B and C, all villages in the hills': each listed name is such a place.
APPOSITIVE_LIST = gate(led("A-Z", re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+(?:(?:, | and |, and )(?:[A-Z][\w'’\-]+ ){0,2}"
    r"[A-Z][\w'’\-]+){1,5}), (?:(?:all|both|two|three|four|five) )?(?:[a-z][a-z\-]+ ){0,3}"
    r"(?:towns|villages|cities|townships|districts|provinces|regions|counties|suburbs|communities|municipalities|"
    r"settlements|islands|ports|hamlets|neighbou?rhoods|slums) "
    r"(?:in|of|near|on|along|outside|north|south|east|west)\b")),
    "towns", "villages", "cities", "townships", "districts", "provinces", "regions", "counties", "suburbs",
    "communities", "municipalities", "settlements", "islands", "ports", "hamlets", "neighbo", "slums")
NAMING = re.compile(r", the [a-z]+ of [A-Z]")  # an apposition that names the place after it, not the one before
LIST_ITEM = re.compile(r"(?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+")


def appositive_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'X, a mountain village in northern Italy', 'X is a small town in ...', 'X and Y, two villages in ...': X (and Y)
    is a place; a town of that name in the country the text puts it in when the gazetteer knows one, else unresolved
    there."""
    out: list[Place] = []
    taken = Taken(places)
    for match in APPOSITIVE.finditer(text):
        if NAMING.fullmatch(text, match.end(1), match.end() + 2):
            continue  # "Upstream, the villages of Bura and Hola": the kind word names the places after it
        out += _appositive(text, *match.span(1), match.end(), places + out, taken, focus, gaz)
    for match in APPOSITIVE_OF.finditer(text):
        if any(p.start == match.start(2) and p.feature_code == "PCLI" for p in places):
            out += _appositive(text, *match.span(1), match.start(2), places + out, taken, focus, gaz)
    for match in APPOSITIVE_LIST.finditer(text):
        first = past_function_words(text, *match.span(1))
        for item in LIST_ITEM.finditer(text, first, match.end(1)):
            out += _appositive(text, *item.span(), match.end(), places + out, taken, focus, gaz)
    return out


BORDER_WITH = re.compile(r" (?:the|its) (?:[A-Z][\w'’\-]+ ){1,3}(?:border|frontier)\b| the (?:border|frontier) with\b")


def _appositive(text: str, start: int, end: int, after: int | None, places: list[Place], taken: Taken,
                focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """The place of a name the words after it (from offset `after` on) call a town, village or area (`taken`: the
    spans of `places`)."""
    name = text[start:end]
    if taken(start, end) or not name_like(text, start, name):
        return []
    if BORDER_WITH.match(text, after):
        after = None  # "X, a town on the Guinea border": in the country beside Guinea, not in Guinea
    cc = holding_country(text, start, end, places, focus, after_text=after)
    towns = [f for f in gaz.lookup(name_key(name)) if f.cc == cc and f.fclass == "P"] if cc else []
    holder = holding_place(text, end, places, after_text=after)
    holder = holder if holder is not None and holder.country_code == cc else None
    return [taken.add(from_feature(start, end, name, towns[0]) if towns
                      else within(start, end, name, holder, gaz.country(cc) if cc else None))]


LOCATED = led("afinot", re.compile(
    r"\b(?:(?:in|at|near|into|outside|around)(?: the| either)? ((?:[A-Z][\w'’\-]+ ){0,1}[A-Z][\w'’\-]+)"
    r"(?: (?:slums?|area|village|town|district|township))?"
    r"|(?:to|from)(?: the)? ((?:[A-Z][\w'’\-]+ ){0,1}[A-Z][\w'’\-]+) (?:slums?|area|village|town|district|township)"
    r"|(?:to|from) ((?:[A-Z][\w'’\-]+ ){0,1}[A-Z][\w'’\-]+)(?= in (?:the )?(?:[A-Z][\w'’\-]+ ){1,3}"
    r"(?:[Pp]rovince|[Dd]istrict|[Cc]ounty|[Rr]egion|[Ss]tate)\b)"
    r"|(?:to|from) ((?:[A-Z][\w'’\-]+ ){0,1}[A-Z][\w'’\-]+)(?= (?:near|outside) ))"
    r" (?:in|near|outside|of) (?:the )?(?=[A-Z])"))
# Words opening the name of a natural feature named after a town ("the Gulf of Ancud", "the Bay of Kotor").
NATURAL_HEADS = frozenset({"Gulf", "Bay", "Lake", "Sea", "Strait", "Straits", "Sound", "Cape", "Isle", "Mount"})
INSTITUTION_WORDS = {"Hospital", "University", "College", "School", "Institute", "Center", "Centre", "Airport", "Market",
                     "Hotel", "Church", "Company", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Group", "Bank",
                     "Ministry", "Department", "Office", "Council", "Court", "Prison", "Farm", "Farms", "Park", "Zoo",
                     "Station", "Club", "Parliament", "Congress", "Senate", "Assembly", "Cabinet", "Studio", "Studios"}


def _owned_holder(text: str, places: list[Place], holder: Place | None) -> Place | None:
    """'in Kenya's Kitui county': the region or town the country's possessive opens holds the name, not the country."""
    if holder is None or holder.feature_code != "PCLI" or text[holder.end:holder.end + 3] not in ("'s ", "’s "):
        return holder
    owned = next((p for p in places if p.start == holder.end + 3), None)
    return owned if owned is not None and owned.country_code == holder.country_code else holder


def located_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'at X in Queensland', 'from the X district in Lagos', 'to X in Y province', 'from X near Town': a name the
    gazetteer does not know, after a locative word and right before a town or region it lies in, is a place there: a
    part of the town (at the town's point), or unresolved in the region's country."""
    out: list[Place] = []
    for match in LOCATED.finditer(text):
        # after "to"/"from" only with a place word ("a call from Annan in Geneva" is a person), before a province,
        # district or county ("tourists went to X in Y province"), or before "near"/"outside" ("from X near Town")
        group = next(g for g in (1, 2, 3, 4) if match.group(g))
        start, end = match.span(group)
        name = match.group(group)
        holder = _owned_holder(text, places, next((p for p in places if p.start == match.end()), None))
        if (holder is None or holder.feature_class not in ("P", "A") or holder.feature_code == "PCLI"
                or not holder.country_code or name.isupper() or name.split()[-1] in INSTITUTION_WORDS
                or name.split()[0] in NATURAL_HEADS  # "in the Gulf of Ancud": a sea's name, no part of the town
                or overlaps(places, start, end) or not name_like(text, start, name)):
            continue
        out.append(within(start, end, name, holder, gaz.country(holder.country_code)))
    return out

