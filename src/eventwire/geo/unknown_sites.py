"""Unknown names the wording of conflict and disaster news makes places: camps, crossings and straits named before
their kind word ('the X crossing', 'X camp outside Town', 'the Bab al-X strait'), sites after 'a base at', 'the
massacre at', 'crossed into Country at', 'the border at'; two unknown names after 'in'/'at' or 'residents of'
('buildings in X and Y on Tuesday', 'residents of X and Y slept'), a pair or list called 'two of the worst-hit
villages', a name after 'and to' repeating a locative ('fled to Town and to X,'), 'in X, near Town', and the sites
`site_frames` finds ('in X state')."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterator

from .gate import gate, led
from .frames import TIME_WORDS
from .keys import name_key
from .gazetteer import Gazetteer
from .holder import Taken, holding_country, name_like, overlaps, within
from .place import Place, from_feature
from .site_frames import NAME, ONE, PART, Site, framed_sites
from .unknown import INSTITUTION_WORDS
from .unknown_in import foreign_towns

SITE_KINDS = r"(?:border crossings?|crossing|refugee camps?|displacement camps?|camp|checkpoint|strait)"
# 'the X crossing has been busy', 'the X crossing reopened', 'the X camp to the east': what only a crossing or a camp
# does or where it lies.
CROSSING_DOES = (r"crossing\b(?= (?:has|had|was|is|remains|remained|reopened|closed|opened|stayed)\b)"
                 r"|camp\b(?= to the (?:north|south|east|west))")
# 'the X crossing', 'X camp outside Town': a site's kind word after the name, then a locative word or the clause's end
# ('the Trump camp said' is no place); after "refugee camps" or "border crossing" anything ('the X refugee camps were
# flooded').
SITE = gate(led("A-Zae", re.compile(
    rf"(?<![\w'’\-.])({NAME}) (?:(?:refugee|displacement) camps?\b|border crossings?\b|{CROSSING_DOES}|{SITE_KINDS}\b"
    rf"(?= (?:near|outside|in|on|at|north|south|east|west|close|"
    rf"along|after|before|into|from|for|with|which|where|that)\b|[.,;:)]))")),
    "camp", "crossing", "checkpoint", "strait")
SITE_HOLDER = re.compile(r" (?:camp|crossing|checkpoint) (?:near|outside|in|on the edge of|close to|north of|south of|"
                         r"east of|west of) (?:the (?:town|city) of )?$")
# 'a base at X', 'the massacre at X', 'crossed into Sudan at X', 'the border at X', 'crossed at X', 'the crossing
# opposite X': a site or a crossing point.
AT_SITE = re.compile(
    rf"\b(?:massacres?|killings|ambush|raids?|bases?|posts?|outposts?|garrisons?|barracks|airstrips?|"
    rf"border|frontier|cross(?:ed|es|ing)?|(?:into|entered) (?:the )?(?:[A-Z][\w'’\-]+ ){{0,2}}[A-Z][\w'’\-]+) "
    rf"(?:at|opposite) ({ONE}(?: {ONE})?)(?![\w'’\-]| [A-Z])")
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TIME_AFTER = (rf"(?= (?:on {WEEKDAYS}|overnight|last (?:week|month|night|year)|this (?:week|month)|earlier|on \w+ \d|"
              r"since \w+)\b)")
# 'buildings in X and Y on Tuesday', 'refugees at X and Y overnight': two unknown words after a word of what happens or
# stands at a place, then a time.
PAIR_IN = re.compile(
    r"\b(?=\w+ (?:in|at) )"
    r"(?i:buildings|houses|homes|villages|camps|refugees|people|families|residents|shelters|fighting|clashes|"
    rf"cases|deaths|strikes|attacks|killed|died|destroyed|damaged|collapsed|flattened) (?:in|at) ({ONE}) and "
    rf"({ONE}){TIME_AFTER}")
# 'Residents of X and Y slept', 'residents of X, Y and Z lacked water': those who live in two or more places, then
# what they did.
DWELLERS = gate(re.compile(
    rf"\b(?:[Rr]esidents|[Vv]illagers|[Ff]amilies|[Ff]armers|[Tt]raders) (?:of|in) "
    rf"({ONE}(?:, {ONE}){{0,4}}),? and ({ONE})(?= [a-z]|[.,;])"),
    "esidents", "illagers", "amilies", "armers", "raders")
# 'as residents of X returned': those who live in one place (not families, farmers or traders: "farmers of Cargill").
DWELLERS_ONE = gate(re.compile(
    rf"\b(?:(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants|[Tt]ownspeople) of|fled|fleeing|"
    rf"(?:evacuated|displaced) from) ({ONE})(?= [a-z]|[.,;])"),
    "esidents of", "illagers of", "nhabitants of", "ownspeople of", "fled", "fleeing", "evacuated from",
    "displaced from")
# 'X and Y, two of the worst-hit villages': each item of the list is such a place.
COUNTED = re.compile(r", (?:both|all|two|three|four|five|six|several|some|many) of the (?:[a-z][a-z\-]+ ){0,3}"
                     r"(?:villages|towns|districts|camps|areas|communities|settlements|hamlets)\b")
COUNTED_LIST = re.compile(rf"(?<![\w'’\-.])((?:{PART} ){{0,2}}{PART}(?:, (?:{PART} ){{0,2}}{PART}){{0,4}},? and "
                          rf"(?:{PART} ){{0,2}}{PART})$")
ITEM = re.compile(NAME)
LIST_ONE = re.compile(ONE)
AND_TO = re.compile(rf" and (?:to|in|at|into|near) ({ONE})"
                    r"(?=[.,;:]| (?:on|in|near|where|after|before|last|this|overnight)\b)")
LOCATIVE_BEFORE = re.compile(r"\b(?:to|in|at|into|near)(?: the)? $")
# 'taken to the hospital at X and to Town': the first of two places a repeated locative word joins.
AND_TO_BEFORE = re.compile(rf"\b(?:to|in|at|into|near)(?: the)? ({ONE}) and (?:to|in|at|into|near) $")
COMMA_NEAR = re.compile(rf"\b(?:in|at) ({ONE}), (?:near|outside|close to) (?:the (?:town|city) of )?$")
# 'in Town, X and Y reported': the unknown items of a list a known town opens after a locative word; then the clause
# goes on in lower case (not someone speaking: 'X and Y said').
LIST_AFTER_TOWN = re.compile(rf", ({ONE})(?:, ({ONE}))?,? and ({ONE})(?= [a-z]|[.,;:])"
                             rf"(?! (?:said|says|told|added|who|was|were|is|are|has|had|met|spoke)\b)")
MODIFIER = re.compile(r"[A-Z][\w]*-(?:run|held|controlled|backed|led|based|occupied|administered) ")
# "Nepal's X and Rasuwa districts": the first item of a list a possessive opens and a plural kind word closes.
PLURAL_KINDS = r"(?:districts|provinces|regions|counties|states|governorates|areas|villages|towns)"
OWNED_LIST = re.compile(rf"['’]s ({ONE})(?=(?:, {ONE})*,? and {ONE} {PLURAL_KINDS}\b)")
# "in Punjab's X": a name a region's or town's possessive opens after a locative word, then the clause goes on.
OWNED_AFTER_IN = re.compile(rf"['’]s ({ONE}(?: {ONE})?)(?=[.,;:]| [a-z])"
                            rf"(?! (?:newspaper|daily|radio|television|channel|"
                            rf"party|group|company|airline|university|team|club)\b)")
TITLES = {"President", "Governor", "Minister", "Prime", "Chief", "General", "Senator", "Mayor", "King", "Queen",
          "Prince", "Commissioner", "Ambassador", "Police", "Army", "Supreme", "High", "National", "State", "Federal"}


def site_unknowns(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """Every such name no place found covers and the gazetteer does not know (a name it knows the resolver left out
    is as likely a person's, unless, in a list, all its readings are small towns of countries the article does not
    name; a town of the country the text puts it in is that town): a place in that country (`holding_country`); a
    camp or crossing right before 'near Town' or 'outside Town', and 'in X, near Town', at that town's point."""
    out: list[Place] = []
    taken = Taken(places)
    for site in [*_worded_sites(text, places), *_beside_known(text, places), *framed_sites(text)]:
        place = _site_place(text, site, places, taken, focus, gaz)
        if place is not None:
            out.append(taken.add(place))
    return out


def _site_place(text: str, site: Site, places: list[Place], taken: Taken, focus: Counter[str],
                gaz: Gazetteer) -> Place | None:
    """The place of a site, if it is a new name (`taken`: the spans found so far) and the text puts it in a
    country."""
    start, end, holder, after, listed = site
    name = text[start:end]
    if (taken(start, end) or not name_like(text, start, name) or name.isupper()
            or name.split()[-1] in INSTITUTION_WORDS):
        return None
    cc = holder.country_code if holder is not None else holding_country(text, start, end, places, focus,
                                                                          after_text=after)
    known = gaz.lookup(name_key(name))
    region = next((p for p in places if p.end + 3 == start and p.feature_code == "ADM1" and p.lat is not None
                   and text[p.end:start] in ("'s ", "’s ")), None)  # "Florida's X": in Florida
    towns = [f for f in known if f.cc == cc and f.fclass == "P" and (region is None or f.admin1 == region.admin1)]
    if cc and towns:
        return from_feature(start, end, name, towns[0])  # a small town the resolver left out
    homes = {f.cc for f in known if f.fclass == "P" and f.how == "name" and focus.get(f.cc, 0) >= 1}
    if not listed and len(homes) == 1 and len({f.cc for f in known}) == 1:
        town = next(f for f in known if f.fclass == "P" and f.how == "name")
        return from_feature(start, end, name, town)  # "through the X crossing": the article's town of that name
    if region is not None and region.country_code == cc:
        return within(start, end, name, region, gaz.country(cc))
    if cc and (not known or (listed and foreign_towns(known, {p.country_code for p in places}))):
        return within(start, end, name, holder, gaz.country(cc))
    return None


def _worded_sites(text: str, places: list[Place]) -> Iterator[Site]:
    """Camps and crossings before their kind word, sites after 'a base at', pairs and counted lists."""
    for match in SITE.finditer(text):
        start = modifier.end() if (modifier := MODIFIER.match(text, match.start(1))) else match.start(1)
        if start < match.end(1):  # "a UN-run camp": the modifier is all there is, no name
            yield Site(start, match.end(1), _town_after(text, match.end(1), places))  # "the Kurdish-run X camp": X
    for match in AT_SITE.finditer(text):
        yield Site(*match.span(1))
    for match in PAIR_IN.finditer(text):
        yield Site(*match.span(1), listed=True)
        yield Site(*match.span(2), listed=True)
    for match in DWELLERS.finditer(text):
        yield from (Site(*item.span(), listed=True) for item in LIST_ONE.finditer(text, *match.span(1)))
        yield Site(*match.span(2), listed=True)
    for match in DWELLERS_ONE.finditer(text):
        if match.group(1) not in TIME_WORDS:  # "fled Tuesday"
            yield Site(*match.span(1))
    for match in COUNTED.finditer(text):
        window = max(0, match.start() - 100)
        listed = COUNTED_LIST.search(text[window:match.start()])
        for item in ITEM.finditer(text, window + listed.start(1), window + listed.end(1)) if listed else ():
            yield Site(*item.span())


def _beside_known(text: str, places: list[Place]) -> Iterator[Site]:
    """Names beside a known place: 'to Town and to X', 'in X, near Town', 'in Town, X and Y', "Nepal's X and Y
    districts", "in Region's X"."""
    for place in places:
        after = AND_TO.match(text, place.end)
        if (after and place.feature_class in ("P", "A") and place.feature_code != "PCLI"
                and LOCATIVE_BEFORE.search(text[max(0, place.start - 12):place.start])):
            yield Site(*after.span(1))
    for place in places:
        before = AND_TO_BEFORE.search(text, max(0, place.start - 40), place.start)
        if before and place.feature_class in ("P", "A") and place.feature_code != "PCLI":
            yield Site(*before.span(1))
    for place in places:
        offset = max(0, place.start - 60)
        before = COMMA_NEAR.search(text[offset:place.start])
        if before and place.feature_class == "P":
            yield Site(offset + before.start(1), offset + before.end(1), place)
    for place in places:
        listed = LIST_AFTER_TOWN.match(text, place.end)
        if (listed and place.feature_class == "P" and place.geonameid is not None
                and LOCATIVE_BEFORE.search(text[max(0, place.start - 12):place.start])):
            yield from (Site(*listed.span(g), listed=True) for g in (1, 2, 3) if listed.group(g))
    for place in places:
        yield from _owned_sites(text, place)


def _owned_sites(text: str, place: Place) -> Iterator[Site]:
    """"Nepal's X and Y districts": X; "in North Waziristan's X": X, in that region (not a title: "Governor X")."""
    owned = OWNED_LIST.match(text, place.end)
    if owned and place.country_code:
        yield Site(*owned.span(1), None if place.feature_code == "PCLI" else place, listed=True)
    owned = OWNED_AFTER_IN.match(text, place.end)
    if (owned and place.feature_class in ("A", "L") and place.feature_code not in ("PCLI", "CONT", "RGNE")
            and owned.group(1).split()[0] not in TITLES
            and LOCATIVE_BEFORE.search(text[max(0, place.start - 12):place.start])):
        yield Site(*owned.span(1), place)


def _town_after(text: str, end: int, places: list[Place]) -> Place | None:
    """The town a camp or crossing lies near ('X camp outside Town'), if the text names one right after."""
    town = next((p for p in sorted(places, key=lambda p: p.start) if p.start > end and p.start - end < 40), None)
    if town is None or town.feature_class != "P" or not SITE_HOLDER.search(text[end:town.start]):
        return None
    return town


def repeated_sites(text: str, places: list[Place]) -> list[Place]:
    """An unknown place written with the Arabic article ('al-X'), found once, is that place wherever the name recurs
    ('forces guard al-X'); a lone capitalised word or a name of several words may as well be a person's or a
    group's elsewhere."""
    out: list[Place] = []
    taken = list(places)
    unknown = {p.text: p for p in places if p.geonameid is None and p.name == p.text and not p.direction
               and p.text.startswith(("al-", "el-"))}
    for name, place in unknown.items():
        for match in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w\-]| [A-Z])", text):
            if not overlaps(taken, *match.span()):
                copy = replace(place, start=match.start(), end=match.end())
                out.append(copy)
                taken.append(copy)
    return out
