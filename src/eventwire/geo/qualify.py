"""What the words next to a mention say of where it is: a region or country after a comma ("Springfield, Illinois",
", Ill.": `abbreviations.py`), a possessive before it ("Nigeria's Borno"), a county's holding region, a list rather
than a qualifier."""

from __future__ import annotations

import re

from .abbreviations import ABBREVIATED, state_abbreviation
from .distance import km
from .gazetteer import Feature, Gazetteer
from .keys import name_key
from .mentions import COUNTY_WORDS, Mention, Word, stoplist
from .held_in import WHERE_IN, held_by, lies_in
from .holder import within
from .peoples_qualifier import IN_THE, peoples_qualifier
from .place import Place, from_feature, unresolved
from .words import DESCRIBED_POSSESSIVE

COUNTY_GAP = re.compile(rf"^ (?:{'|'.join(sorted(COUNTY_WORDS))})(?=,)")
QUALIFIER_GAP_MAX = 1 + max(map(len, COUNTY_WORDS)) + len(", in ")  # the longest gap before a qualifier
LIST_ITEM_GAPS = (", ", " and ", ", and ", " or ", ", or ")  # between two items of a list
LIST_GAPS = (", ", ",", " and ", ", and ", " or ", ", or ", ", the ", " and the ", ", and the ")
LIST_CODES = ("ADM1", "PCLI")


def qualifier_of(text: str, ws: list[Word], mentions: list[Mention], index: int,
               gaz: Gazetteer | None = None) -> tuple[Feature, ...]:
    """Features of a ", Texas" / ", France" right after the mention (none inside a list of regions or countries), of
    an " in Russia" (", in Florida's") or ", the capital of Oregon" after a town of that country or region, of a US
    state's news-agency abbreviation (", Ill."), or of the country whose people "the Spanish capital" before a capital
    names; the first of a pair of towns shares the second's when it has a town there ("Troy and Syracuse, New York",
    "Concord and Hanover, in New Hampshire")."""
    own = _own_qualifier(text, mentions, index, gaz)
    if (own or index + 2 >= len(mentions) or not text.startswith((",", " in "), mentions[index + 1].end)
            or text[mentions[index].end:mentions[index + 1].start] not in PAIR_GAPS):
        return own
    shared = _own_qualifier(text, mentions, index + 1, gaz)  # "Troy and Syracuse, New York", "... in New York"
    if not shared and text[mentions[index + 1].end:mentions[index + 2].start] in (" in ", ", in "):
        shared = _holding(mentions[index], mentions[index + 2])  # "Seddon and Ward in Marlborough": Ward unknown
    if _capital_abroad(mentions[index], shared):
        return ()  # "cousins in Oslo, Berlin and Denver in the United States": Germany's capital, not a US town
    return held_by(mentions[index], shared)


def _capital_abroad(m: Mention, shared: tuple[Feature, ...]) -> bool:
    """Whether the first of a pair reads, under its own name, as the capital of a country other than the one the
    second's qualifier names."""
    countries = {q.cc for q in shared if q.fcode == "PCLI"}
    return bool(countries) and any(f.fcode == "PPLC" and f.how == "name" and f.cc not in countries for f in m.features)


# Between the two towns of a pair that share the qualifier after the second.
PAIR_GAPS = (" and ", " or ")


def _own_qualifier(text: str, mentions: list[Mention], index: int, gaz: Gazetteer | None) -> tuple[Feature, ...]:
    """The qualifier right after the mention itself."""
    m = mentions[index]
    abbreviated = state_abbreviation(text, m.end)  # first: "Ore.", "Pa.", "Ala." also spell towns abroad
    if abbreviated and gaz is not None:
        state = gaz.region(*ABBREVIATED[abbreviated.group(1)])  # of a town there ("Seattle, WA" is no Australian's)
        return (state,) if state is not None and any(f.cc == state.cc for f in m.features) else ()
    seat = SEAT_OF.match(text, m.end)
    if seat and gaz is not None:
        return _seat_states(m, gaz, seat.group(1))
    people = CAPITAL_BEFORE.search(text, max(0, m.start - 40), m.start) if _after_capital(text, m.start) else None
    if people and gaz is not None:  # "the Spanish capital X": that country's capital
        return _capital_country(m, people.group(1), gaz)
    if index + 1 < len(mentions) and (DESCRIBED_IN.fullmatch(text, m.end, mentions[index + 1].start)
                                      or IN_REGION_OF.fullmatch(text, m.end, mentions[index + 1].start)
                                      or CAPITAL_OF.fullmatch(text, m.end, mentions[index + 1].start)
                                      or PART_OF.fullmatch(text, m.end, mentions[index + 1].start)):
        return _holding(m, mentions[index + 1])  # "Santiago, a town of 60,000 people in southern Peru"
    peoples = peoples_qualifier(text, mentions, index)  # "X, in the Chilean region of Y", "X, the Bolivian town"
    if peoples:
        return peoples
    if index > 0 and _people_before(text, mentions[index - 1], m):  # "the Salvadoran X": that country's X
        return held_by(m, tuple(f for f in mentions[index - 1].features if f.how == "demonym" and f.fcode == "PCLI"))
    if index > 0 and _in_country_before(text, mentions[index - 1], m):
        return held_by(m, tuple(f for f in mentions[index - 1].features if f.fcode == "PCLI"))  # "in Spain, near X"
    if index + 1 < len(mentions) and mentions[index + 1].start - m.end <= QUALIFIER_GAP_MAX:
        nxt = mentions[index + 1]
        gap = COUNTY_GAP.sub("", text[m.end:nxt.start], count=1)
        if gap in (", ", ",") and not in_list(text, mentions, index):
            return tuple(f for f in nxt.features if f.fclass == "A")
        if IN_THE.fullmatch(gap):  # "left Ust-Luga, in Russia", "Trujillo in northern Peru", "near Quincy, in
            # Florida's Panhandle": a town of that country or region, if it has one there; "Eastleigh, in Nairobi": a
            return _holding(m, nxt) or _quarter_of(m, nxt)  # quarter of a city, if the name has one beside it
    return ()


QUARTER_KM = 25.0  # a city's quarter lies this close to its point
QUARTERED_CITY = 100_000  # a city this large has quarters news names


def _quarter_of(m: Mention, nxt: Mention) -> tuple[Feature, ...]:
    """The city named next, when a town reading of the mention lies within QUARTER_KM of it."""
    return tuple(c for c in nxt.features if c.fclass == "P" and c.how == "name" and c.population >= QUARTERED_CITY
                 and any(f.fclass == "P" and f.fid != c.fid and km(f.lat, f.lon, c.lat, c.lon) <= QUARTER_KM
                         for f in m.features))[:1]


# "the " before a people's name before a town: "the Spanish Córdoba" is Spain's.
PEOPLES_BEFORE = re.compile(r"\b[Tt]he ")


def _people_before(text: str, people: Mention, m: Mention) -> bool:
    """'the Spanish Córdoba': "the", a people's name, then the mention, a name of towns in several countries (not "the
    Welsh Bridge", a structure named after the one town Bridge)."""
    return (text[people.end:m.start] == " " and bool(PEOPLES_BEFORE.fullmatch(text, max(0, people.start - 4),
                                                                                people.start))
            and len({f.cc for f in m.features if f.fclass == "P"}) >= 2)


# "in Spain, near ", "in Chile, outside ": a country named right before the town, then where in it the town lies.
IN_BEFORE = re.compile(r"\b[Ii]n (?:the )?$")
NEAR_GAP = re.compile(r", (?:near|outside|around|in|at) (?:the (?:town|city|village|port) of )?")


def _in_country_before(text: str, prev: Mention, m: Mention) -> bool:
    """The mention follows "in <country>, near" ("a vineyard in France, near Valence")."""
    return bool(NEAR_GAP.fullmatch(text, prev.end, m.start) and IN_BEFORE.search(text, max(0, prev.start - 8),
                                                                                  prev.start))


# ", a town of some 60,000 people in southern ": a description of the town that names where it lies.
DESCRIBED_IN = re.compile(r", (?:a|an|the) (?:[\w’'-]+ ){0,3}(?:city|town|village|port|municipality|settlement)"
                          r"(?: of (?:about |some |around |nearly |more than )?[\d,.]+(?: million)? "
                          r"(?:people|residents|inhabitants))? in (?:the )?" + WHERE_IN)


# ", in the northwestern province of ": the kind of region named after it, and where in its country that lies.
IN_REGION_OF = re.compile(r",? in (?:the )?" + WHERE_IN
                          + r"(?:province|region|state|department|district|county|governorate|prefecture) of ")


# " on the northern coast of ", " in the highlands of ": the part of the country or region named next holding the town.
PART_OF = re.compile(r",? (?:in|on) (?:the )?" + WHERE_IN + r"(?:coast|shores?|banks?|highlands|lowlands|mountains|"
                     r"foothills|interior|hills|plains) of (?:the )?")


# ", the capital of ", ", the provincial capital of the ": the region or country named next holds the town.
CAPITAL_OF = re.compile(r", (?:the )?(?:[a-z]+ )?capital of (?:the )?")
# "the Spanish capital ": a people's name before "capital", right before the town.
CAPITAL_BEFORE = re.compile(r"\bthe ([A-Z][a-z]+) capital,? $")


def _after_capital(text: str, start: int) -> bool:
    """The cheap test before CAPITAL_BEFORE: "capital" ends right before the offset."""
    return text.endswith(("capital ", "capital, "), 0, start)


def _capital_country(m: Mention, people: str, gaz: Gazetteer) -> tuple[Feature, ...]:
    """The country of a people's name, when the mention reads as its capital."""
    countries = tuple(f for f in gaz.lookup(name_key(people)) if f.how == "demonym" and f.fcode == "PCLI")
    return countries if any(f.fcode == "PPLC" and f.cc == c.cc for f in m.features for c in countries) else ()


def _holding(m: Mention, nxt: Mention) -> tuple[Feature, ...]:
    """The country, region or county readings of the name after the town, when the town has a reading there."""
    return held_by(m, tuple(f for f in nxt.features
                            if f.fcode in ("PCLI", "ADM1") or (f.fcode in ("ADM2", "RGN") and f.cc)))


# "Paris, seat of Bourbon County": a town named with its county, as news writes a small town's whereabouts.
SEAT_OF = re.compile(r", (?:the |a )?(?:county )?seat of ((?:[A-Z][\w.'’-]* )+(?:County|Parish))\b")


def _seat_states(m: Mention, gaz: Gazetteer, county: str) -> tuple[Feature, ...]:
    """The first-level regions holding a county of that name and a town of the mention's name."""
    held = {(f.cc, f.admin1) for f in gaz.subdivisions(name_key(county), True) if f.fcode == "ADM2"}
    states = (gaz.region(cc, admin1) for cc, admin1 in sorted(held))
    return tuple(q for q in states if q is not None and any(f.fclass == "P" and lies_in(f, q) for f in m.features))


def in_list(text: str, mentions: list[Mention], index: int) -> bool:
    """'Ohio, Georgia, New Mexico and Utah': a name that can be a region or country, between names of the
    same kind, is an item of the list, not a town qualified by the name after it."""
    codes = {f.fcode for f in mentions[index].features} & set(LIST_CODES)
    if not codes:
        return False
    if "PCLI" in codes and any(f.fcode == "PCLI" for f in mentions[index + 1].features):
        return True  # a country is not qualified by another country: "China, Japan"
    def same_kind(other: int) -> bool:
        return any(f.fcode in codes for f in mentions[other].features)
    before = index > 0 and text[mentions[index - 1].end:mentions[index].start] in LIST_GAPS and same_kind(index - 1)
    after = (index + 2 < len(mentions) and text[mentions[index + 1].end:mentions[index + 2].start] in LIST_GAPS
             and same_kind(index + 2))
    return before or after


def _owned_by_previous(text: str, mentions: list[Mention], index: int) -> bool:
    """Whether the name before the mention is its owner: its possessive, perhaps with a word describing a place
    ("Bolivia's lowland X"), right before it."""
    return index > 0 and bool(DESCRIBED_POSSESSIVE.fullmatch(text, mentions[index - 1].end, mentions[index].start))


def possessor(text: str, mentions: list[Mention], index: int) -> set[str] | None:
    """'Somalia's Gedo region', 'Nigeria's Borno state', 'Lima's Miraflores', 'Bolivia's lowland Beni': the countries
    of a country, region or town name with a possessive (and perhaps a word describing a place) right before the
    mention (the mention is in one of them)."""
    if not _owned_by_previous(text, mentions, index):
        return None
    owner = {f.cc for f in mentions[index - 1].features
             if (f.fcode in ("PCLI", "ADM1") or f.fclass == "P") and f.how == "name"}
    return owner or None


# "the Chilean town of X", "the Syrian border city of X", "the Argentine cities of X and Y": a demonym, a kind of
# place, "of".
KIND_OF_DEMONYM = re.compile(r"^(?: (?:[a-z]+(?:-[a-z]+)?|[a-z]+ [a-z]+))?? (?:towns?|city|cities|villages?|ports?|"
                             r"capital|districts?|municipality|municipalities|settlements?|hamlets?|enclaves?|"
                             r"suburbs?|islands?|provinces?|regions?|states?) of (?:the )?$")


def demonym_owner(text: str, mentions: list[Mention], index: int) -> set[str] | None:
    """'the Chilean town of Los Angeles', 'the Syrian border city of Qamishli': the country of a demonym before a kind
    of place and "of" (the mention is a place of that country)."""
    if index == 0 or not text.endswith((" of ", " of the "), 0, mentions[index].start):
        return None  # the cheap test first: most names follow no "of"
    if not KIND_OF_DEMONYM.match(text[mentions[index - 1].end:mentions[index].start]):
        return None
    owner = {f.cc for f in mentions[index - 1].features if f.fcode == "PCLI" and f.how == "demonym"}
    return owner if len(owner) == 1 else None


def owned(features: tuple[Feature, ...], owner: set[str], region: tuple[str, str] | None = None
          ) -> tuple[Feature, ...]:
    """The readings of a name after a country's possessive: its towns in that country only (in that first-level
    region only, when a region is the owner: "Florida's Big Bend" is no town in Wisconsin); its regions and counties
    too when that country has one of the name ("Sri Lanka's Western Province", not Kenya's); other areas as they
    are."""
    local = any(f.cc in owner and f.fcode in ("ADM1", "ADM2") for f in features)
    def kept(f: Feature) -> bool:
        if f.fclass == "P":
            return f.cc in owner and (region is None or (f.cc, f.admin1) == region)
        if local and f.fcode in ("ADM1", "ADM2"):
            return f.cc in owner
        return True
    return tuple(f for f in features if kept(f))


def region_owner(text: str, mentions: list[Mention], index: int) -> tuple[str, str] | None:
    """'Florida's Big Bend', "Kerala's Wayanad", "Kerala's hilly Wayanad": the (country, admin1) of the first-level
    region whose possessive is right before the mention, when the owner's name reads as one region and as no
    country."""
    if not _owned_by_previous(text, mentions, index):
        return None
    features = mentions[index - 1].features
    regions = {(f.cc, f.admin1) for f in features if f.fcode == "ADM1" and f.how == "name" and f.admin1}
    return regions.pop() if len(regions) == 1 and not any(f.fcode == "PCLI" for f in features) else None


def town_follows(text: str, mentions: list[Mention], index: int) -> bool:
    """The name after the comma is a known name that cannot hold a town (no region or country reading), followed by
    more of a list."""
    if index + 1 >= len(mentions) or text[mentions[index].end:mentions[index + 1].start] not in (", ", ","):
        return False
    after = text[mentions[index + 1].end:mentions[index + 1].end + 6]
    listed = after.startswith((", ", " and ", " or ")) and index + 2 < len(mentions)
    return listed and all(f.fclass != "A" for f in mentions[index + 1].features)


COUNTY_HOLDER = re.compile(rf"^ (?:{'|'.join(sorted(COUNTY_WORDS))}),? (?:(?:located|which is|that is) )?in (?:the )?"
                           r"(?:(?:US|U\.S\.) )?(?:state of )?$")


def county_holder(text: str, mentions: list[Mention], index: int) -> tuple[Feature, ...]:
    """'Adams County located in Ohio', 'Lake County in Illinois': the region holding the county."""
    if index + 1 < len(mentions) and COUNTY_HOLDER.match(text[mentions[index].end:mentions[index + 1].start]):
        return tuple(f for f in mentions[index + 1].features if f.fclass == "A")
    return ()


def as_qualifier(m: Mention, chosen: Feature, town: Feature, county: bool = False) -> Feature:
    """'Atlanta, Georgia': a name right after a town (or after a county named after one: `county`) is the region or
    country holding it, when it can be."""
    if town.fclass != "P":
        return chosen
    if chosen.cc == town.cc:
        return _home_state(m, chosen, town, county)
    holding = [f for f in m.features if f.fclass == "A" and f.cc == town.cc and f.fcode in ("ADM1", "ADM2", "PCLI")]
    return holding[0] if holding else chosen


def _home_state(m: Mention, chosen: Feature, town: Feature, county: bool) -> Feature:
    """'Vancouver, Washington', 'Clark County, Washington': after a town of a state, or after a county (which may be
    named after a town elsewhere), a name that is a first-level region of the town's country is that region, not a
    town of the name (Washington, D.C.)."""
    if chosen.fclass != "P":
        return chosen
    states = [f for f in m.features if f.fcode == "ADM1" and f.cc == town.cc and (county or f.admin1 == town.admin1)]
    return states[0] if states else chosen


def holding_region(text: str, mentions: list[Mention], index: int, previous: tuple[int, Feature] | None
                   ) -> Feature | None:
    """A stoplisted first-level region's name right after a town of it and a comma ("Bendigo, Victoria"): the
    region, as any region after its town."""
    m = mentions[index]
    if previous is None or previous[0] != index - 1 or previous[1].fclass != "P":
        return None
    if text[mentions[index - 1].end:m.start] not in (", ", ",") or name_key(m.text) not in stoplist():
        return None
    town = previous[1]
    return next((f for f in m.features if f.fcode == "ADM1" and f.cc == town.cc and f.admin1 == town.admin1), None)


# After a qualifying country or region, the sentence goes on as after a place's full name ("X, Pakistan, on Monday",
# "X, Jordan."), not as a list ("Geneva, France and Germany") or a new clause ("in Niamey, Algeria put troops").
QUALIFIER_END = re.compile(r"(?:[,.;:)]|\s+(?:on|in|at|after|before|where|when|during|last|this|overnight)\b|\s*$)")


KIND_AFTER = re.compile(r" (?:state|province|region|district|county|governorate)\b")


def _kind_end(text: str, end: int) -> int:
    """The end of a region's name with its kind word ("Borno state")."""
    kind = KIND_AFTER.match(text, end)
    return kind.end() if kind else end


def foreign_qualified(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'Sultanabad, Pakistan', 'Petra, Jordan', 'the village of Banki in Cameroon': a town read in another country than
    the country or first-level region after its comma or "in", which names where it is (not inside a list: "Kisii,
    Wajir, Mandera"). A reading of the name there is taken; without one the name is a place the gazetteer lacks,
    unresolved in that country (a country's point says nothing of where a town is)."""
    ordered = sorted(places, key=lambda p: p.start)
    out = list(ordered)
    for i, town in enumerate(ordered[:-1]):  # also a town of another region of the country than the one named
        holder = ordered[i + 1]
        if (town.feature_class != "P" or town.geonameid is None or town.feature_code == "PPLC"
                or holder.feature_code not in ("PCLI", "ADM1") or text[town.end:holder.start] not in (", ", ",", " in ")
                or not QUALIFIER_END.match(text, _kind_end(text, holder.end))):
            continue  # a capital is not qualified by another country: "from Pyongyang, South Korea ..." is a list
        listed = i > 0 and text[ordered[i - 1].end:town.start] in (", ", ",") and text[town.end] == ","
        home = town.country_code == holder.country_code  # then a town of another region than the one named
        if (home and not _other_region(text, town, holder)) or listed:
            continue  # the right country (a region of it after a comma is as often a list: "Kisii, Wajir, ..."); a list
        there = [f for f in gaz.lookup(name_key(town.text)) if f.fclass == "P" and f.cc == holder.country_code
                 and (holder.feature_code == "PCLI" or f.admin1 == holder.admin1)]
        near = holder.lat is not None and km(town.lat, town.lon, holder.lat, holder.lon) < OTHER_REGION_KM
        if home and not there and near:
            continue  # near the region named: maybe a town by its border, or regions coded otherwise
        country = gaz.country(holder.country_code)
        out[i] = (from_feature(town.start, town.end, town.text, there[0], town.direction) if there
                  else within(town.start, town.end, town.text, holder, country) if home
                  else unresolved(town.start, town.end, town.text, country))
    return out


# A town of another region than the one named after its comma, this far from that region's point, is no town of it
# (Nova Scotia's Trenton for "Trenton, Ontario"); nearer, the name may still mean it.
OTHER_REGION_KM = 1_000.0
# After a region, another name: a list of regions ("Kisii, Wajir, Mandera"), not a qualifier.
LIST_GOES_ON = re.compile(r", ?[A-Z]")


def _other_region(text: str, town: Place, holder: Place) -> bool:
    """A town read in another first-level region of its country than the one named right after its comma, no other
    name following that region (a list of regions: "Kisii, Wajir, Mandera")."""
    return (holder.feature_code == "ADM1" and town.admin1 != holder.admin1
            and text[town.end:holder.start] in (", ", ",") and not LIST_GOES_ON.match(text, holder.end))
