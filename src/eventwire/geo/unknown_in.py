"""Unknown one-word names after "near" or a verb of going ('fled to X'), and after "in" or "at" where they close a
clause: 'houses burned in X.', 'officials in X said', 'killed 70 people in X, and ...' (a name in ordinary case, each
part of a hyphenated one capitalised, "Pont-Sonde": not a brand's "BitCoin")."""

from __future__ import annotations

import re
from collections import Counter

from .gate import gate, led
from .keys import name_key
from .gazetteer import Feature, Gazetteer
from .holder import Taken, holding_country, holding_place, name_like, within
from .place import Place
from .prior import FOREIGN_BARE_TOWN
from .unknown import INSTITUTION_WORDS

# 'houses burned in X.', 'officials in X said': one capitalised word (or a list of them: 'in X and Y.') after
# "in"/"at", then the sentence ends, "said", "who" or "where" follows, or a comma and a word joining the next clause
# (", and", ", while", ", forcing"...; a comma alone or a time after it let in more words
# that are no places); only after a word of what happens or stands at a place: "published in Nature.", "spoken in
# Arabic.", "debated in Parliament." and "reported in Bloomberg." name no place.
ONE_WORD = r"[A-Z][a-z][\w\-]*"
WORDS = rf"({ONE_WORD}(?:(?:, | and |, and ){ONE_WORD}){{0,3}})"
# Each pattern of a word list before "in"/"at" opens with a look-ahead for that shape, which fails fast at most words
# (a case-insensitive list tried at every word is slow); it changes no match.
IN_UNKNOWN = re.compile(
    r"\b(?=\w+ (?:in|at) )"
    r"(?i:officials|authorities|residents|people|villagers|families|farmers|police|troops|soldiers|doctors|hospitals?|"
    r"clinics?|schools?|houses|homes|buildings|shops|markets?|camps?|shelters?|cases|deaths|died|killed|injured|"
    r"burned|burnt|flooded|destroyed|damaged|collapsed|evacuated|stranded|trapped|confirmed|recorded|arrived|landed|"
    r"detected|emerged|began|started|"
    rf"fighting|clashes|protests?|attacks?|explosions?|outbreak|floods|fires?) (?:in|at) {WORDS}"
    r"(?=[.;]\s|[.]$|\ssaid\b|,? (?:who|where)\b|, (?:and|while|as|after|before|leaving|forcing|killing)\b)")


# 'a man in X had died', 'a child from X tested positive': a person of a place, then the story's verb.
PERSON_OF = re.compile(
    r"\b(?=\w+ (?:in|from) )"
    r"(?i:man|woman|boy|girl|child|baby|infant|patient|resident|farmer|student|pupil|nurse|men|women|children|"
    rf"patients|residents|farmers|students|pupils|nurses|doctors|miners|traders|teachers) (?:in|from) {WORDS}"
    r"(?= (?:had|has|have|was|were|is|are|died|tested|fell|developed|contracted|caught)\b)")


# 'residents of X said': a name after the people "of" it and before what they said.
PEOPLE_OF = re.compile(rf"\b(?=\w+ of [A-Z])(?i:residents|villagers|inhabitants|people|families|elders|chief) of "
                       rf"{WORDS}"
                       r"(?=,? (?:said|says|told|say)\b)")


# 'cases were reported in X and Y, close to the border': what was found somewhere, then where that is.
FOUND_NEAR = gate(led("cdfrs", re.compile(
    rf"\b(?=\w+ (?:in|at) )(?:reported|found|seen|detected|confirmed) (?:in|at) {WORDS}"
    r"(?=,? (?:close to|near|not far from|outside)\b)")),
    "close to", "near", "not far from", "outside")


# 'In X, camps held ...', '..., and in X and Y, crops failed': "in" and capitalised words (as above) opening a clause,
# a comma and the clause going on in lower case; not a language ("In Swahili, the word ...").
IN_OPENING = re.compile(rf"(?:^|[.;!?] |, | and )[Ii]n {WORDS}, (?=[a-z])")
ITEM = re.compile(ONE_WORD)
LANGUAGE_ENDINGS = ("ish", "ese", "ic", "ili", "ian")


def inside_unknowns(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """Such a name, unknown to the gazetteer (a name it knows but the resolver left out is more likely a person's;
    opening a clause after "in", also a name it knows only as a small town of a country no place found lies in), in
    an article about some country: a place, unresolved in the country the text puts it (`holding_country`)."""
    out: list[Place] = []
    if not focus:
        return out
    found = [(m, False) for m in IN_UNKNOWN.finditer(text)] + [(m, True) for m in IN_OPENING.finditer(text)]
    found += [(m, False) for m in [*PERSON_OF.finditer(text), *FOUND_NEAR.finditer(text)]]
    found += [(m, False) for m in PEOPLE_OF.finditer(text)]
    items = [(item, opening) for match, opening in found for item in ITEM.finditer(text, *match.span(1))]
    taken = Taken(places)
    for item, opening in items:
        start, end = item.span()
        name = item.group()
        if (not all(part[1:].islower() for part in name.split("-")) or taken(start, end)
                or not name_like(text, start, name) or name in INSTITUTION_WORDS):
            continue
        known = gaz.lookup(name_key(name))
        if known and not (opening and foreign_towns(known, {p.country_code for p in places})):
            continue
        if opening and name.endswith(LANGUAGE_ENDINGS):
            continue
        cc, place = unknown_place(text, (start, end), name, places, focus, gaz)
        if cc:
            out.append(taken.add(place))
    return out


def foreign_towns(known: tuple[Feature, ...], found: set[str]) -> bool:
    """All the readings are towns of under FOREIGN_BARE_TOWN people of countries no place found in the article lies
    in (`found`)."""
    return all(f.fclass == "P" and f.cc not in found and f.population < FOREIGN_BARE_TOWN for f in known)


def unknown_place(text: str, span: tuple[int, int], name: str, places: list[Place], focus: Counter[str],
                  gaz: Gazetteer) -> tuple[str | None, Place]:
    """An unknown name as a place in the country the text puts it (`holding_country`), within the town named right
    after it when that town is in the same country; with that country's code (None: no country)."""
    start, end = span
    cc = holding_country(text, start, end, places, focus)
    holder = holding_place(text, end, places)
    holder = holder if holder is not None and holder.country_code == cc else None
    return cc, within(start, end, name, holder, gaz.country(cc) if cc else None)


# "near X", "nearby X", "north of X", "the outskirts of X", "camps around X", "as far as X"; where people or fighters
# go ("fled west to X", "pushed toward X", "drove from the capital northeast to X", "drove south through X"), where a
# crossing or camp is ("the crossing at X", "Crossings at X were closed") and where a river runs or a road starts
# ("downstream from X", "burst its banks at X", "the road linking X to Y"): X is a place as surely.
NEAR = led("BCabcdefhlmnoprstuvw", re.compile(
    r"\b(?:near|nearby|neighbou?ring|outskirts of|(?:north|south|east|west)(?:-?(?:east|west))? of|"
    r"as far (?:away )?as|(?:camps?|villages?|homes|houses|farms|fields|clinics|schools|"
    r"fighting|clashes|shelling|cases|deaths|people|families|areas?) around|"
    r"(?:push(?:ed|ing)|advanc(?:ed|ing)|march(?:ed|ing)|mov(?:ed|ing)|head(?:ed|ing)|dr(?:o|i)ve|driving|"
    r"sail(?:ed|ing)|fled|fleeing|retreat(?:ed|ing)|spread(?:ing)?|swept|sweeping|rac(?:ed|ing)|"
    r"press(?:ed|ing)|trekk(?:ed|ing)|walk(?:ed|ing)|fl(?:ew|ying)|tracking|track(?:ed|s)|edg(?:ed|ing)|"
    r"roll(?:ed|ing)|rush(?:ed|ing)|forces|troops|columns?|convoys?)(?: \w+)? towards?|"
    r"(?:fled|flee|fleeing|evacuated|retreated|marched|walked|trekked|headed|heading|drove|driving|"
    r"travell?ed|travell?ing|sailed|spread)"
    r"(?: (?:(?:north|south)(?:-?(?:east|west))?|east|west|back|further|farther|inland))? (?:to|through)|"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)? to|"
    r"(?:[Cc]rossings?|[Cc]heckpoints?|[Cc]amps?|[Bb]order posts?) at|"
    r"(?:down|up)(?:stream|river) (?:from|of)|banks at|linking|connecting)"
    r" (?:the (?:town|village|city) of )?"
    r"([A-Z][\w\-]+)"
    r"(?![\w'’\-]| [A-Z]|\.\w)"))


# What storms and fighters do to a place ("floods cut off X", "rebels seized X"): X is a place as surely, when the
# clause goes on with no noun after it ("shelled Houthi positions" names no place).
STRUCK = re.compile(r"\b(?:cut off|flattened|submerged|inundated|ravaged|battered|"
                    r"lashed|pounded|shelled|bombed|overran|besieged|retook|recaptured|captured|seized) "
                    r"(?:the (?:town|village|city) of )?"
                    r"([A-Z][\w\-]+)(?=[.,;:]|\s+(?:and|on|in|near|after|before|as|while|with|from|overnight|for|"
                    r"last|this|at|by|killing|leaving|forcing)\b|$)")


# ... or has it done to it: "Kobura was cut off", "Nkanji was flattened" (verbs no person's fate takes), the name
# opening the text or a clause (`CLAUSE_OPENINGS` before it).
STRUCK_SUBJECT = re.compile(r"(?<![\w'’\-])([A-Z][a-z][\w\-]+) (?:was|were|had been|has been) (?:cut off|"
                            r"flooded|flattened|submerged|inundated|shelled|razed|besieged|recaptured|retaken|overrun|"
                            r"swamped|engulfed)\b")
CLAUSE_OPENINGS = (". ", "; ", ", ", " and ", "\n")
# The stems of both patterns' verbs.
STRUCK_VERBS = ("cut off", "flatten", "submerge", "inundate", "ravage", "batter", "lashed", "pounded", "shelled",
                "bombed", "overr", "besieged", "retook", "retaken", "recaptured", "captured", "seized", "flooded",
                "razed", "swamped", "engulfed")


# 'landfall between X and Y', 'the road between X and Y', 'flooding X and Y': two names of places as surely.
PAIR = gate(led("fhilrs", re.compile(
    r"\b(?:(?:landfall|road|highway|railway|route|flights?|stretch|section)(?: [\w,]+){0,3}? between|"
    r"flooding|flooded|inundating|inundated|swamping|swamped) ([A-Z][\w\-]+) and ([A-Z][\w\-]+)"
    r"(?![\w'’\-]| [A-Z]|\.\w)")),
    "landfall", "road", "highway", "railway", "route", "flight", "stretch", "section", "flood", "inundat", "swamp")


# 'camps at X and Y,': the second of two names after such a word, the clause then going on or ending (not a person
# doing something: 'near X and Smith said').
NEAR_PAIR = re.compile(r" and ([A-Z][a-z\-]+)(?=[.,;:]|\s+[a-z])(?!\s+(?:said|says|told|added|who|was|is|has|had)\b)")


def near_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'three deaths near X', 'fled to X', 'landfall between X and Y', 'floods cut off X': a single word the gazetteer
    does not know after "near", a verb of going or of striking a place, or before one of being struck (`NEAR`, `PAIR`,
    `STRUCK`, `STRUCK_SUBJECT`, and the second of two joined by "and": `NEAR_PAIR`; not a possessive, nor the first
    of several capitalised words: an organisation) is a place, unresolved in the country the text puts it
    (`holding_country`); a part of the town named right after it ("near X, Town")."""
    out: list[Place] = []
    nears = list(NEAR.finditer(text))
    spans = [m.span(1) for m in nears] + [m.span(g) for m in PAIR.finditer(text) for g in (1, 2)]
    if any(verb in text for verb in STRUCK_VERBS):  # a substring test is far cheaper than the patterns
        spans += [m.span(1) for m in STRUCK.finditer(text)]
        spans += [m.span(1) for m in STRUCK_SUBJECT.finditer(text)
                  if m.start() == 0 or text.endswith(CLAUSE_OPENINGS, 0, m.start())]
    spans += [pair.span(1) for m in nears if (pair := NEAR_PAIR.match(text, m.end()))]
    taken = Taken(places)
    for start, end in sorted(spans):
        name = text[start:end]
        if (name.isupper() or name.split()[-1] in INSTITUTION_WORDS or taken(start, end)
                or not name_like(text, start, name)):
            continue
        out.append(taken.add(unknown_place(text, (start, end), name, places, focus, gaz)[1]))
    return out


# 'clashed with rebels in X, officials said', 'traffic will go through X': a name after "in", "at", "near", "outside"
# or "through" inside a sentence.
AFTER_LOCATIVE = re.compile(r"(?<=[a-z,] )(?:in|at|near|outside|through) ((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+)"
                            r"(?![\w'’\-]| [A-Z]| of\b|['’]s\b|\.\w)")


def foreign_namesakes(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """After a locative word, a name the gazetteer knows only as small towns of countries no place found in the
    article lies in (`foreign_towns`; the resolver left it out as no town of the story) is a place of the story the
    gazetteer lacks: unresolved in the country the text puts it (`holding_country`)."""
    out: list[Place] = []
    taken = Taken(places)
    if not focus:
        return out
    found = {p.country_code for p in places}
    for match in AFTER_LOCATIVE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        known = gaz.lookup(name_key(name))  # the cheap tests first: most such names are no small towns abroad
        if not known or not foreign_towns(known, found):
            continue
        if (name.isupper() or name.split()[-1] in INSTITUTION_WORDS or taken(start, end)
                or not name_like(text, start, name)):
            continue
        out.append(taken.add(unknown_place(text, (start, end), name, places, focus, gaz)[1]))
    return out
