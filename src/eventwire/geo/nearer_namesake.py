"""A town read as the largest of several namesakes of one country is the one beside the other places of its sentence
when that one is about as large ('fled to Lakhipur and to camps in Silchar': the Lakhipur by Silchar, not the one
across the state): news names a town with the places around it. When the sentence names no other place of the chosen
town's country, a namesake in another country beside them is meant as well. Where the text puts the town itself
("X, about 50 miles southeast of Y"; "X, in the state's rural south"), the namesake beside that place, or in the
state the article named last, is meant, of any size and country. A town the text qualifies once ("COPACABANA,
Bolivia -") keeps that reading wherever its name is repeated."""

from __future__ import annotations

import re
from dataclasses import replace
from bisect import bisect_left, bisect_right
from typing import Callable, Sequence

from .distance import km
from .keys import name_key
from .mentions import COUNTY_WORDS, REGION_WORDS
from .gazetteer import Feature, Gazetteer
from .holder import section
from .place import Place, from_feature
from .peoples_qualifier import APPOSED, apposed_town
from .qualify import LIST_ITEM_GAPS, PAIR_GAPS

SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“])|\n")
NEAR_KM = 60.0  # a namesake this close to a place of the sentence is the one meant...
FAR_KM = 250.0  # ...when the town chosen is this far from all of them
SIZE_RATIO = 0.5  # and it has at least this share of the chosen town's people


REACH = 1_500  # characters either side: a "sentence" longer than any news writes (a text without full stops) is not
# searched whole


def nearer_namesakes(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """The places, each town swapped for a namesake of its country as described above."""
    bounds = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text) + 1]
    ordered = sorted(places, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    first_at: dict[int, Place] = {}
    for p in places:
        first_at.setdefault(p.start, p)
    regions = _holders_as_regions(text, ordered, gaz)  # "Wenatchee in Washington": the state, not the capital
    first_at.update(regions)
    places = [regions[p.start] if p.start in regions and p.feature_class == "P" else p for p in places]
    out = []
    anchored: set[int] = set()  # the offsets of towns listed beside a place near them: kept, whatever else is swapped
    # (name, the town first read) -> the namesake it was swapped for, and whether only later mentions follow
    swapped: dict[tuple[str, int], tuple[Place, bool]] = {}
    pinned = {(name_key(p.text), p.geonameid) for p in places  # "COPACABANA, Bolivia": that one throughout
              if p.feature_class == "P" and qualified(text, p, first_at) and _settled(p, gaz)}
    for place in places:
        if (place.geonameid is not None and place.feature_class == "P" and place.lat is not None
                and (name_key(place.text), place.geonameid) not in pinned):
            k = bisect_right(bounds, place.start)
            low, high = max(bounds[k - 1], place.start - REACH), min(bounds[k], place.start + REACH)
            others = [p for p in ordered[bisect_left(starts, low):bisect_left(starts, high)]
                      if p.geonameid is not None and p is not place and p.feature_class in ("P", "A")
                      and p.feature_code != "PCLI" and name_key(p.text) != name_key(place.text)]
            said_near = _said_near(text, place) or _paired(text, place, others)
            tied = qualified(text, place, first_at) or _in_own_region(text, place, first_at)
            located = None if tied else _beside(place, _relative_to(text, place, first_at), gaz)
            nearer = None if tied else (located or _in_the_state(text, place, ordered, gaz)
                                        or _nearer(place, others, gaz, said_near)
                                        or _clustered(text, place, ordered, gaz))
            if nearer is not None:  # a town the text itself locates is that one from there on only
                swapped.setdefault((name_key(place.text), place.geonameid), (nearer, located is not None))
            elif (_listed_near(text, place, others) or _described_in_own_region(text, place, first_at)
                  or _amid(place, others)):
                anchored.add(place.start)
            place = (nearer or _part_of(text, place, first_at, gaz) or _town_parts(text, place, ordered)
                     or _listed_quarter(text, place, others, low) or place)
        out.append(place)
    kept = {(name_key(p.text), p.geonameid) for p in out if p.start in anchored}  # a reading the text settled once
    return [p if _in_own_region(text, p, first_at) or p.start in anchored or (name_key(p.text), p.geonameid) in kept
            else _as_before(p, swapped) for p in out]


# ", a lakeside town in ": what the text says a town is, and where.
DESCRIBED_IN = re.compile(r", an? (?:[a-z\-]+ ){0,3}(?:town|city|village|port|suburb) in (?:the )?(?=[A-Z])")


def _described_in_own_region(text: str, place: Place, first_at: dict[int, Place]) -> bool:
    """'Golbasi, a small town in Adiyaman province': the text puts the town in its own first-level region."""
    match = DESCRIBED_IN.match(text, place.end)
    region = first_at.get(match.end()) if match else None
    return (region is not None and region.feature_code == "ADM1"
            and (region.country_code, region.admin1) == (place.country_code, place.admin1))


def _amid(place: Place, others: list[Place]) -> bool:
    """Whether two other towns of the sentence lie within NEAR_KM of the place ("shops in X, as in nearby Y and Z,
    close at dusk"): the sentence itself settles which namesake it is."""
    return sum(km(place.lat, place.lon, p.lat, p.lon) < NEAR_KM for p in others
               if p.lat is not None and p.feature_class == "P") >= AMID_TOWNS


AMID_TOWNS = 2


def _listed_near(text: str, place: Place, others: list[Place]) -> bool:
    """Whether a town listed right before or after the place lies within NEAR_KM of it ("through Huixtla, Escuintla,
    Mapastepec": the Chiapas Escuintla, though "Guatemala's Escuintla, a city south-west of the capital" is another)."""
    return any(km(place.lat, place.lon, p.lat, p.lon) < NEAR_KM for p in others if p.lat is not None
               and (text[p.end:place.start] in LIST_ITEM_GAPS or text[place.end:p.start] in LIST_ITEM_GAPS))


def _holders_as_regions(text: str, ordered: list[Place], gaz: Gazetteer) -> dict[int, Place]:
    """By offset, each town named right after a town and " in " that is also the name of the first level region
    holding that town: the region ("apple growers in Wenatchee in Washington": the state, not the capital)."""
    found = {}
    for town, holder in zip(ordered, ordered[1:]):
        if (town.feature_class != "P" or town.geonameid is None or holder.feature_class != "P"
                or text[town.end:holder.start] != " in "):
            continue
        region = next((f for f in gaz.lookup(name_key(holder.text)) if f.fcode == "ADM1"
                       and (f.cc, f.admin1) == (town.country_code, town.admin1)), None)
        if region is not None:
            found[holder.start] = from_feature(holder.start, holder.end, holder.text, region, holder.direction)
    return found


def _as_before(place: Place, swapped: dict[tuple[str, int], tuple[Place, bool]]) -> Place:
    """A town named again after it was swapped, read as the same far namesake it was swapped from, is the nearer one
    again ("farms near Seminole" by Lubbock ... "Seminole's mayor said"), before or after it; a mention before a swap
    the text made by locating that mention keeps its reading ("a stop at Escuintla" on a Chiapas road, then "another
    Escuintla, some way south-west of Guatemala City")."""
    nearer, onward = swapped.get((name_key(place.text), place.geonameid), (None, False)) if place.geonameid else (
        None, False)
    if nearer is None or nearer.geonameid == place.geonameid or (onward and nearer.start > place.start):
        return place
    return replace(nearer, start=place.start, end=place.end, text=place.text, direction=place.direction)


def _in_own_region(text: str, place: Place, first_at: dict[int, Place]) -> bool:
    """'Perth in Western Australia', 'Richmond in south-west London', 'Matnog port in Sorsogon': a town followed by
    "in" and its own first-level region or country, or a town beside it, keeps its reading, whatever namesake its name
    was swapped for elsewhere in the article."""
    match = IN_PLACE.match(text, place.end)
    after = (first_at.get(match.start("side")) or first_at.get(match.end())) if match else None  # "south-west London"
    if after is None or after.country_code != place.country_code or after.lat is None or place.lat is None:
        return False
    if after.feature_code in ("PCLI", "ADM1"):
        return after.feature_code == "PCLI" or after.admin1 == place.admin1
    return after.feature_class == "P" and km(place.lat, place.lon, after.lat, after.lon) < NEAR_KM


# " in ", " in south-west ", " port in ": what comes between a town and the place the text puts it in.
IN_PLACE = re.compile(r" (?:(?:port|harbou?r|airport|town|village|district|municipality) )?in "
                      r"(?P<side>(?:north|south|east|west|central|northern|southern|eastern|western)[a-z-]* )?(?=[A-Z])")


def _settled(place: Place, gaz: Gazetteer) -> bool:
    """Whether the town is the only one of its name in its first-level region, so that naming the region (or the
    country) after it settles which town it is: "RICHMOND, England" does not (North Yorkshire's or London's)."""
    return sum(f.fclass == "P" and f.how == "name" and (f.cc, f.admin1) == (place.country_code, place.admin1)
               for f in gaz.lookup(name_key(place.text))) <= 1


def qualified(text: str, place: Place, first_at: dict[int, Place]) -> bool:
    """'HAMILTON, Bermuda': a town whose country or region the text names right after its comma stays that one."""
    if _of_people(text, place, first_at):  # "Copacabana - the Bolivian one, not Rio's seafront"
        return True
    gap = 2 if text.startswith(", ", place.end) else 1 if text.startswith(",", place.end) else 0
    after = first_at.get(place.end + gap) if gap else None
    return (after is not None and after.country_code == place.country_code and after.feature_code in ("PCLI", "ADM1")
            and (after.feature_code == "PCLI" or after.admin1 == place.admin1))


def _of_people(text: str, place: Place, first_at: dict[int, Place]) -> bool:
    """'X, the Bolivian town', 'X (the Bolivian one)': an apposition puts the town in its own country."""
    apposed = APPOSED.match(text, place.end)
    people = first_at.get(apposed.end()) if apposed else None
    return (people is not None and people.feature_code == "PCLI" and people.country_code == place.country_code
            and apposed_town(text, place.end, people.start, people.end))


PART_KM = 100.0  # a town this far from the town the text puts it "in" is a namesake: the name is of a part of that town


# "X in Y", "X, in Y", "the X neighbourhood of Y": a part of a town named before the town.
PART_GAP = re.compile(r",? (?:in|(?:neighbou?rhood|suburb|quarter|barrio|district|township) of) (?=[A-Z])")


def _part_of(text: str, place: Place, first_at: dict[int, Place], gaz: Gazetteer) -> Place | None:
    """'supporters gathered on the Esplanada in Brasilia', 'the X neighbourhood of Puno', 'the metro reached X, in
    Wuhan': a name read as a town far from the town named right after "in" (or "neighbourhood of") is the namesake
    nearest that town within PART_KM the gazetteer knows (a district of it), else (but after a comma) a quarter,
    square or site of that town (at its point), not the distant namesake."""
    gap = PART_GAP.match(text, place.end)
    if gap is None:
        return None
    town = first_at.get(gap.end())  # the first place found at that offset
    if (town is None or town.feature_class != "P" or town.lat is None or town.geonameid is None
            or km(place.lat, place.lon, town.lat, town.lon) < PART_KM or _county_named(text, town)):
        return None  # not "X in Hutchinson County": a county named like a town elsewhere holds X, no part of that town
    near = [f for f in gaz.lookup(name_key(place.text)) if f.fclass == "P" and f.lat is not None
            and f.cc == town.country_code and km(f.lat, f.lon, town.lat, town.lon) < PART_KM]
    if near:  # the nearest: a district of the town, not a bigger town an hour away that once bore its name
        best = min(near, key=lambda f: km(f.lat, f.lon, town.lat, town.lon))
        return from_feature(place.start, place.end, place.text, best, place.direction)
    if gap.group().startswith(","):
        return None  # "talks in Vienna, in Geneva and in Rome": a list of places as often as a place and its town
    return section(place.start, place.end, place.text, town)


def _county_named(text: str, town: Place) -> bool:
    """The town's name is read with a county's or region's word after it ("Hutchinson County")."""
    words = text[town.start:town.end].split() + text[town.end:town.end + 16].split()[:1]
    return any(w.strip(".,;:") in COUNTY_WORDS | REGION_WORDS for w in words[1:])


# "the Hamilton suburbs of X and Y": the names listed after a town's name and a plural word for its parts.
TOWN_PARTS = re.compile(r" (?:suburbs?|neighbou?rhoods?|quarters?|townships?) of (?:the )?"
                        r"(?:[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}(?:, (?:and |or )?| and | or ))*$")
PARTS_REACH = 120  # characters from the town's name to the last part listed


def _town_parts(text: str, place: Place, ordered: list[Place]) -> Place | None:
    """'the Hamilton suburbs of Frankton and Dinsdale': a name read as a town far from the town named just before
    "suburbs of" is a part of that town (at its point), not the distant namesake (Queenstown's Frankton)."""
    town = next((p for p in reversed(ordered) if place.start - PARTS_REACH < p.end <= place.start
                 and TOWN_PARTS.match(text[p.end:place.start])), None)
    if (town is None or town.feature_class != "P" or town.geonameid is None or town.lat is None
            or km(place.lat, place.lon, town.lat, town.lon) < PART_KM):
        return None
    return section(place.start, place.end, place.text, town)


# "the worst-hit neighbourhoods were X, Y and Z": the sentence's names are quarters of its town.
QUARTERS = re.compile(r"\b(?:neighbou?rhoods|suburbs|quarters|slums|townships|wards)\b")


def _listed_quarter(text: str, place: Place, others: list[Place], low: int) -> Place | None:
    """'In Dhaka, the worst-hit neighbourhoods were Mirpur, Jatrabari and Mugda': a name after a plural word for a
    town's parts, read as a town of another country than the sentence's one town, is a quarter of that town (at its
    point), not the namesake abroad (India's Mirpur)."""
    towns = [p for p in others if p.feature_class == "P" and p.start < place.start and p.lat is not None]
    if len(towns) != 1 or towns[0].country_code == place.country_code:
        return None
    said = QUARTERS.search(text, max(low, towns[0].end), place.start)
    return section(place.start, place.end, place.text, towns[0]) if said else None


def _nearer(place: Place, others: list[Place], gaz: Gazetteer, near: bool = False) -> Place | None:
    """The namesake beside the sentence's other places, if the chosen town is far from them all."""
    if not others or min(km(place.lat, place.lon, p.lat, p.lon) for p in others) < FAR_KM:
        return None
    chosen = next((f for f in gaz.lookup(name_key(place.text)) if f.geonameid == place.geonameid), None)
    if chosen is None:
        return None
    alone = all(p.country_code != chosen.cc for p in others)  # no other place of the sentence in its country
    return namesake_near(place, gaz, [(p.lat, p.lon) for p in others], NEAR_KM,
                         lambda f: _rival(f, chosen, near, alone))


CLUSTER_TOWN = 50_000  # a town this big is named for itself, wherever the article's other places lie
CLUSTER_RATIO = 0.2  # a namesake among the article's places needs this share of the chosen town's people
CLUSTER_PLACES = 2  # of the article's towns within NEAR_KM of it, and two more than lie near the town chosen
CLUSTER_MANY = 4  # a namesake of any size amid this many of the article's towns, when none lies near the town chosen


# ", the university city in north Wales", ", near Leeds": where the text puts a town, right after it.
DESCRIBED = re.compile(r", (?:the|an?|in|on|near|north|south|east|west)\b[^,.;]*?\b[A-Z]")  # not ", the county seat"


def _clustered(text: str, place: Place, ordered: list[Place], gaz: Gazetteer) -> Place | None:
    """The namesake among the article's towns when the small town chosen lies away from all of them: "26 inches in
    Canaan and 24 in Enfield" in news of Lebanon, New Hampshire are the New Hampshire towns beside it, not Maine's
    bigger namesakes, though the article named Maine once."""
    points = [(p.lat, p.lon) for p in ordered if p.feature_class == "P" and p.lat is not None
              and p.geonameid is not None and name_key(p.text) != name_key(place.text)]
    chosen = next((f for f in gaz.lookup(name_key(place.text)) if f.geonameid == place.geonameid), None)
    if chosen is None or chosen.population >= CLUSTER_TOWN or DESCRIBED.match(text, place.end):
        return None  # "in Bangor, the university city in north Wales", in news of Northern Ireland's Bangor
    near = sum(km(place.lat, place.lon, lat, lon) < NEAR_KM for lat, lon in points)

    def amid(f: Feature) -> bool:
        around = sum(km(f.lat, f.lon, lat, lon) < NEAR_KM for lat, lon in points)
        return around >= max(CLUSTER_PLACES, near + 2) and (
            f.population >= CLUSTER_RATIO * chosen.population or (near == 0 and around >= CLUSTER_MANY))

    return namesake_near(place, gaz, points, NEAR_KM, lambda f: (
        f.fid != chosen.fid and f.cc == chosen.cc and f.how == "name" and amid(f)))


def _rival(f: Feature, chosen: Feature, near: bool = False, alone: bool = False) -> bool:
    """A namesake of the chosen town's country (of any country, when the sentence names no other place in the chosen
    town's: "in Kathmandu, Lalitpur and Bhaktapur": Nepal's Lalitpur, not India's) and
    about as large (of any size, when the text says it is near). A town known by another name, which GeoNames lists
    this one among, rivals a town of this very name only when it is the larger (Lalitpur is Patan's other name)."""
    return (f.fid != chosen.fid and (f.cc == chosen.cc or alone)
            and (f.how == "name" or chosen.how != "name" or f.population > chosen.population)
            and (near or f.population >= SIZE_RATIO * chosen.population))


def namesake_near(place: Place, gaz: Gazetteer, points: Sequence[tuple[float, float]], radius: float,
                  keep: Callable[[Feature], bool]) -> Place | None:
    """The place read as the most populous town of its name within `radius` km of one of `points` that `keep`
    admits, if there is one."""
    rivals = [f for f in gaz.lookup(name_key(place.text)) if f.fclass == "P" and f.lat is not None and keep(f)
              and min(km(f.lat, f.lon, lat, lon) for lat, lon in points) < radius]
    if not rivals:
        return None
    best = max(rivals, key=lambda f: f.population)
    return from_feature(place.start, place.end, place.text, best, place.direction)


# 'X, about 50 miles southeast of Y', 'X, north of Y', 'X, just outside Y', 'X, a fast-growing suburb northwest of Y':
# where the text puts a town, from another.
DISTANCE = (r"(?:(?:about|some|roughly|nearly|around|just|only) )?(?:\d[\d,.]*|an?|one|two|three|four|five|a few"
            r"|several) (?:miles?|km|kilomet(?:re|er)s?|hours?|minutes)(?:['’]s? drive)? ")
RELATIVE = re.compile(r", (?:an? (?:[a-z\-]+ ){0,2}(?:suburb|town|city|village|hamlet|community|port) )?"
                      r"(?:" + DISTANCE + r")?"
                      r"(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west) of)|near"
                      r"|outside) (?=[A-Z])"
                      # "X, some 150 km along the road from Y": a distance and "from"
                      r"|, " + DISTANCE + r"(?:(?:up|down|along|across) the [a-z]+ )?(?:away )?from (?=[A-Z])")
SAID_KM = 300.0  # a namesake this close to the town the text puts it beside is the one meant
SAID_NEAR_KM = 60.0  # a town chosen this close to that town is the one meant


def _relative_to(text: str, place: Place, first_at: dict[int, Place]) -> Place | None:
    """The town or region the text puts the place beside ("X, 50 miles south of Y": Y), if it is a place found."""
    if not text.startswith(",", place.end):
        return None
    match = RELATIVE.match(text, place.end)
    other = first_at.get(match.end()) if match else None
    return other if other is not None and other.lat is not None and other.feature_code != "PCLI" else None


def _beside(place: Place, other: Place | None, gaz: Gazetteer) -> Place | None:
    """The namesake (of any country and size) within SAID_KM of the place the text puts the town beside, when the town
    chosen is far from it; when the town chosen lies within SAID_KM but beyond SAID_NEAR_KM, a namesake at most half
    as far ("another Escuintla, south-west of Guatemala City": Guatemala's, not the Chiapas town 230 km off)."""
    if other is None:
        return None
    far = km(place.lat, place.lon, other.lat, other.lon)
    if far < SAID_NEAR_KM:
        return None
    return namesake_near(place, gaz, [(other.lat, other.lon)], SAID_KM if far >= SAID_KM else far / 2,
                         lambda f: f.geonameid != place.geonameid)


# 'X, in the state's rural south', 'X, in the north of the province': a town of the region the article is about.
IN_THE_STATE = re.compile(r", in (?:the )?(?:(?:state|province)['’]s (?:far |rural |remote )?[a-z\-]+"
                          r"|(?:far |rural |remote )?[a-z\-]+ (?:of|part of) the (?:state|province))\b")


def _in_the_state(text: str, place: Place, ordered: list[Place], gaz: Gazetteer) -> Place | None:
    """The namesake, in the first-level region the article named last before it, of a town the text says lies in
    "the state" or "the province", when the town chosen lies elsewhere."""
    if not text.startswith(", in ", place.end) or not IN_THE_STATE.match(text, place.end):
        return None
    region = next((p for p in reversed(ordered) if p.start < place.start and p.feature_code == "ADM1"), None)
    if region is None or (region.country_code, region.admin1) == (place.country_code, place.admin1):
        return None
    towns = [f for f in gaz.lookup(name_key(place.text))
             if f.fclass == "P" and (f.cc, f.admin1) == (region.country_code, region.admin1)]
    best = max(towns, key=lambda f: f.population, default=None)
    return from_feature(place.start, place.end, place.text, best, place.direction) if best else None


# 'in nearby Clarksville', 'neighbouring Burton': the text itself says the town is beside the sentence's other places,
# so a namesake there is meant however much smaller it is than the one chosen.
SAID_NEAR = re.compile(r"\b(?:nearby|neighbou?ring) (?:towns? of |cit(?:y|ies) of )?$")


def _paired(text: str, place: Place, others: list[Place]) -> bool:
    """'X and Y': a town paired with a town of the sentence lies as near it as if the text said so."""
    return any(q.feature_class == "P" and (text[place.end:q.start] in PAIR_GAPS or text[q.end:place.start] in PAIR_GAPS)
               for q in others)


def _said_near(text: str, place: Place) -> bool:
    return bool(SAID_NEAR.search(text, max(0, place.start - 30), place.start))

