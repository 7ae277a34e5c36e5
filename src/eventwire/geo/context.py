"""What the article says around a mention: locative words, names glued before or after, titles, datelines, headlines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .admin_kind import kind_countries
from .gate import led
from .keys import name_key
from .gazetteer import Feature
from .frames import (TIME_WORDS, as_far_as, at_sea, direction_opening, gone_through, headed_for, linked_with,
                     locative_direction, overhead, person_from, route_from, storm_name, struck_on)
from .mentions import (AREA_WORDS, CONNECTORS, COUNTY_WORDS, DIRECTION_WORDS, HONORIFICS, Mention, Word, on_route,
                       stoplist)

LOCATIVE = {"in", "at", "near", "from", "to", "outside", "into", "across", "throughout", "around", "of", "between",
            "and", "towards", "toward", "via", "inside", "within", "visit", "visited", "visiting", "toured", "touring",
            "beyond", "past", "above", "below", "beside", "along",
            # verbs of disasters striking a place ("floods hit X", "the cyclone lashed X")
            "hit", "struck", "lashed", "battered", "ravaged", "pounded", "flooded", "blanketed", "engulfed", "shrouded",
            "swamped", "inundated", "drenched", "buffeted", "isolated", "isolating", "evacuated", "evacuating",
            "devastated", "flattened", "razed",
            # a town next to another, or a region's capital ("neighbouring X", "the state capital, X")
            "neighbouring", "neighboring", "capital", "opposite",  # "at X opposite Y": the town across from it
            # routes between places ("the motorway linking X with Y")
            "linking", "connecting",
            # getting to a place ("rescuers had yet to reach X", "the fire reached X")
            "reach", "reached", "reaching",
            # fighting over a place ("Russia shelled X", "troops entered X", "rebels captured X")
            "shelled", "shelling", "bombed", "bombarded", "attacked", "captured", "recaptured", "seized", "entered",
            "entering", "stormed", "liberated", "encircled", "surrounded", "overran",
            "raided", "raiding", "retook", "retaken", "besieged", "occupied", "occupying", "recapture", "capture",
            "seize", "seizing", "bombing", "shell", "attacking", "storming", "took", "taken", "retake", "take",
            "taking", "retaking", "capturing", "recapturing", "besieging", "encircling", "liberating", "overrunning",
            # the centre of a town ("Downtown Burnsville was flooded", "in downtown Lviv")
            "downtown"}
# Capitalised words after a town name that still leave it a place ("Seoul City Hall", "Lima Health Department").
OFFICE_WORDS = {"City", "Mayor", "Health", "Police", "Council", "Governor", "Hall", "Department", "Ministry", "Government",
                "Airport", "Hospital", "Secretary", "Officials", "Authorities", "Province", "Region", "State", "Regional",
                "Municipal", "Metropolitan", "Provincial", "Racecourse", "Stadium", "Zoo"} | AREA_WORDS

# Words after a place name that make the whole a newspaper's title ("Jakarta Post", "Toronto Sun"): the place is
# not mentioned as a place.
TITLE_WORDS = {"Times", "Daily", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Courier", "Examiner",
               "Inquirer", "Globe", "Sun"}

# Capitalised function words (at a sentence's start) before a name do not glue it into a longer name: "Of Brazil's
# cases", "Unlike Kenya": determiners, prepositions, conjunctions and sentence adverbs.
FUNCTION_WORDS = {
    "A", "About", "Above", "Across", "After", "Against", "Along", "Also", "Although", "Amid", "Among", "An", "And", "As",
    "At", "Because", "Before", "Behind", "Below", "Beside", "Besides", "Between", "Beyond", "Both", "But", "By",
    "Despite", "During", "Each", "Either", "Elsewhere", "Even", "Every", "For", "From", "However", "If", "In",
    "Including", "Inside", "Into", "Like", "Meanwhile", "Near", "Neither", "Nor", "Of", "On", "Only", "Or", "Outside",
    "Over", "Per", "Since", "So", "Than", "That", "The", "These", "This", "Those", "Though", "Through", "Throughout",
    "To", "Toward", "Towards", "Under", "Unlike", "Until", "Upon", "Via", "When", "Where", "Whereas", "While", "With",
    "Within", "Without", "Yet",
    # possessives and quantifiers opening a quoted sentence ("Our islands should not be a chessboard")
    "Our", "Their", "His", "Her", "Its", "My", "Your", "Some", "Many", "Most", "Several", "Other", "Such", "Any"}


# "between Cochabamba and ": the second end of a route named by its ends follows.
BETWEEN_AND = re.compile(r"\bbetween [A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3} and $")


# After a name, a capitalised word that continues it ("Central America").
NAME_GOES_ON = re.compile(r"[ \-][A-Z]")


def _between_and(text: str, m: Mention) -> bool:
    """The name ends a route named by its ends, "between X and Y" (a whole name: not "Central" of "Central America")."""
    return bool(BETWEEN_AND.search(text, max(0, m.start - 60), m.start)) and not NAME_GOES_ON.match(text, m.end)


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says around a mention."""

    locative: bool
    qualifier: tuple[Feature, ...]
    glued_before: bool
    glued_after: bool
    next_word: str
    initial: bool
    regions: frozenset[tuple[str, str]] = frozenset()
    title: bool = False
    dateline: bool = False
    comma_name: bool = False
    near_regions: frozenset[tuple[str, str]] = frozenset()
    near_countries: frozenset[str] = frozenset()
    headline: bool = False
    kind_before: bool = False
    source: bool = False
    town_before: bool = False
    dweller: bool = False
    sentence_codes: frozenset[str] = frozenset()
    listed_with: frozenset[str] = frozenset()
    located_after: bool = False  # "X, in the Y region", "X, home to Z": where it lies or what lies there
    direction_before: bool = False  # "eastern Washington": a region's part, not a city's
    listed_town: Feature | None = None  # the town listed right before it ("Gorham and Berlin")
    described_after: bool = False  # "X, a small island of Y", "X, the old city known for...": said to be a town
    earlier_points: tuple[tuple[float, float], ...] = ()  # the towns and features resolved before it in the article
    near_before: bool = False  # "near X", "outside X": beside a place, not in a region
    kin_before: bool = False  # "her sister in X", "relatives who live in X": where family lives, often abroad
    on_before: bool = False  # "on X": an island's preposition ("gardens on Pentecost")
    described_small: bool = False  # "X, a coastal town", "X, a fishing village": no national capital
    agency_after: bool = False  # "Nova Scotia Power", "the Texas Department of Public Safety": an agency's name
    the_before: bool = False  # "along the X": "the" right before the name, as before rivers and regions, not towns
    # (not before a hyphen: "the" of "the Beni-Jomsom road" is the road's)
    route_end: bool = False  # an end of a route named by its ends: "the Beni-Jomsom road"
    kind_countries: frozenset[str] = frozenset()  # the countries an administrative word after it names ("upazila")
    stated_people: int = 0  # "X, a city of some 40,000": the town's size as the text states it (`stated_size`)
    across_after: bool = False  # "the X camps across the border": in a country beyond the article's
    dateline_region: tuple[str, str] | None = None  # the (country, first-level region) of the dateline's town
    and_the_after: bool = False  # "Mackay and the Whitsunday Islands": a place with its article listed after it
    and_name_after: bool = False  # "Ayodhya and Sultanpur reported": a name listed after it, no kind word after both
    place_said: bool = False  # "X was cut off", "X lost power": what news says of a place, not of a person
    at_before: bool = False  # "airlines at X": "at" a point (a town, an airport), hardly a country (not "at X's")
    route_before: bool = False  # "the highway to X", "flights from X", "between X and Y": an end of a route


LOCATIVE_PLACES = frozenset(LOCATIVE - {"of", "and"})  # "at the X bakery", not "of the X bakery"


def _locative_modifier(text: str, ws: list[Word], m: Mention, nxt: Word | None) -> bool:
    """'at the Kinlochleven bakery', 'near the Hallstatt museum': a name modifying a common noun after a locative
    word and "the" is where the thing is."""
    if m.first < 2 or nxt is None or not nxt.text.islower() or text[m.end:nxt.start] != " ":
        return False
    return ws[m.first - 1].text == "the" and ws[m.first - 2].text.lower() in LOCATIVE_PLACES


# Nouns of a way across a border or river that a place's name modifies: "through the Kerem Shalom crossing", "for the
# Rumichaca bridge", "reopened the Torkham border".
CROSSING_NOUNS = frozenset({"crossing", "bridge", "checkpoint", "border", "frontier", "pass"})


def _crossing_modifier(text: str, ws: list[Word], m: Mention, nxt: Word | None) -> bool:
    """'through the Kerem Shalom crossing', 'for the Rumichaca bridge': a name between "the" and a noun of a crossing
    is the place the crossing is named after, whatever word comes before "the"."""
    return (m.first >= 1 and nxt is not None and nxt.text in CROSSING_NOUNS and text[m.end:nxt.start] == " "
            and ws[m.first - 1].text == "the")


def _camp_or_mine(text: str, prev: Word | None, m: Mention) -> bool:
    """'the Dadaab camps', 'the (giant) Porgera gold mine', 'the Grangemouth refinery', 'the Gundremmingen pumping
    station', 'the Aberfan disaster': the town a camp, mine, plant or disaster is named after."""
    return bool(prev and THE_SITE.search(text, max(0, m.start - 20), m.start) and CAMP_OR_MINE.match(text, m.end))


def _nearby_after_locative(ws: list[Word], m: Mention) -> bool:
    """'in nearby Clarksville', 'to neighbouring Burton': a locative word, then a word saying the place is near."""
    return (m.first >= 2 and ws[m.first - 1].text.lower() in ("nearby", "neighbouring", "neighboring")
            and ws[m.first - 2].text.lower() in LOCATIVE)


# A park or reserve named after a person or town is not the town ("Queen Elizabeth National Park"): its own place,
# which `unknown_areas` reports.
PROTECTED_AREA = re.compile(r" (?:(?:National|State|Provincial|Marine) (?:Park|Forest|Reserve|Monument)|"
                            r"(?:Game|Nature|Forest|Wildlife) (?:Reserve|Refuge|Sanctuary))\b")
INSTITUTION_OF = re.compile(r"\b(?:University|College|Bank|Museum) of (?:the )?$")


def _institution_of(text: str, m: Mention) -> bool:
    """'University of Toronto', 'Bank of England': the place names an institution."""
    return (text.endswith((" of ", " of the "), 0, m.start)
            and bool(INSTITUTION_OF.search(text[max(0, m.start - 30):m.start])))


def _acronym_before(prev: Word, first: Word, m: Mention) -> bool:
    """'CDC Atlanta', 'WHO Geneva': an organisation's acronym before a town's own name in ordinary case names the
    office there; it does not glue the name into a longer one (a dateline in capitals, "PARIS", is not ordinary case;
    an alternate spelling, "Market" for Marquette, is more likely a word of the organisation's name)."""
    letters = prev.text.replace(".", "")  # "U.S. Midwest" as "US Midwest"
    return (2 <= len(letters) <= 5 and letters.isupper() and letters.isalpha() and not first.text.isupper()
            and any(f.how == "name" for f in m.features))


# Countries whose names are also common surnames or given names: after a capitalised word they are a person's name
# ("Michael Jordan", "Tom Holland", "Anatole France") or a firm's ("Air France") more often than the country.
NAME_LIKE_COUNTRIES = frozenset({"jordan", "israel", "france", "england", "wales", "holland", "ireland", "chad",
                                 "scotland", "jersey", "georgia", "india", "kenya", "china", "cuba", "togo"})


def _country_named(m: Mention) -> bool:
    """'Doctors Without Borders Liberia', 'Democratic Republic Congo': a country's own name after a capitalised word
    is still the country (a longer name holding it whole, "Central African Republic", is found whole)."""
    return any(f.fcode == "PCLI" for f in m.features) and name_key(m.text) not in NAME_LIKE_COUNTRIES


def _after_title(text: str, prev: Word | None, m: Mention) -> bool:
    """'Dr. Chester', 'Senator Preston': a person's name."""
    return bool(prev and prev.text in HONORIFICS and text[prev.end:m.start] in (". ", " "))


def context(text: str, ws: list[Word], m: Mention, qualifier: tuple[Feature, ...],
            regions: frozenset[tuple[str, str]] = frozenset(), *,
            near_regions: frozenset[tuple[str, str]] = frozenset(), near_countries: frozenset[str] = frozenset(),
            sentence_codes: frozenset[str] = frozenset(), listed_with: frozenset[str] = frozenset(),
            listed_town: Feature | None = None, earlier_points: tuple[tuple[float, float], ...] = ()) -> Context:
    """The words around a mention; the sentence's names (`near_regions`, `near_countries`, `sentence_codes`), the
    list it is in (`listed_with`, `listed_town`) and the points resolved before it as the caller worked them out."""
    prev = ws[m.first - 1] if m.first > 0 else None
    nxt = ws[m.last + 1] if m.last + 1 < len(ws) else None
    glued_before = bool(prev and prev.capital and not ws[m.first].initial and text[prev.end:m.start] == " "
                        and not prev.initial and prev.text.lower() not in DIRECTION_WORDS
                        and prev.text not in FUNCTION_WORDS and prev.text.capitalize() not in FUNCTION_WORDS
                        and prev.text not in TIME_WORDS and prev.text.lower() not in NEIGHBOURING
                        and not _acronym_before(prev, ws[m.first], m) and not _country_named(m)
                        ) or _after_title(text, prev, m) or (storm_name(text, prev, m) and not _country_named(m))
    glued_before = glued_before or _name_linked(text, ws, m)
    glued_after = bool(nxt and nxt.capital and text[m.end:nxt.start] == " " and nxt.text not in OFFICE_WORDS
                       and name_key(nxt.text) not in stoplist())
    headline = _headline(text, m)
    if headline:
        glued_before = glued_after = False  # every word of a headline is in capitals
    locative = (bool(prev and prev.text.lower() in LOCATIVE) or _locative_modifier(text, ws, m, nxt)
                or _crossing_modifier(text, ws, m, nxt)
                or locative_direction(text, ws, m, LOCATIVE, DIRECTION_WORDS)
                or _nearby_after_locative(ws, m)
                or gone_through(text, m) or at_sea(text, m) or as_far_as(text, m) or route_from(text, prev, m)
                or linked_with(text, m) or overhead(text, m) or _off_after_and(ws, m)
                or headed_for(text, m) or direction_opening(text, m) or struck_on(text, m))
    title = (bool(nxt and text[m.end:nxt.start] == " " and nxt.text in TITLE_WORDS) or _institution_of(text, m)
             or bool(PROTECTED_AREA.match(text, m.end)) or bool(INSTITUTION_AFTER.match(text, m.end))
             or _road_name(text, m))
    source = (text.endswith(("to ", "the "), 0, m.start) and bool(ACCORDING.search(text[max(0, m.start - 20):m.start]))
              and not text.startswith(("'s ", "’s "), m.end))  # "according to X's planners": X owns the source
    of_before = text.endswith((" of ", " of the "), 0, m.start)  # the cheap test before the patterns ending so
    locative = locative and not source
    return Context(locative, qualifier, glued_before, glued_after, nxt.text if nxt else "", ws[m.first].initial,
                   regions, title, _dateline(text, m),
                   bool(nxt and nxt.capital and text[m.end:nxt.start] in (", ", ",")), headline=headline,
                   kind_before=(of_before and bool(KIND_OF.search(text[max(0, m.start - 20):m.start])))
                   or (bool(STATE_LINE.search(text, max(0, m.start - 30), m.start))
                       and not (nxt and nxt.text in COUNTY_WORDS and text[m.end:nxt.start] == " ")),
                   source=source, town_before=(of_before and bool(TOWN_OF.search(text[max(0, m.start - 20):m.start])))
                   or bool(OTHER_TOWNS.match(text, m.end)) or _owned_town_before(text, m.start),
                   dweller=(bool(DWELLERS.match(text, m.end) or OWN_COUNCIL.match(text, m.end)
                                 or OWN_MAYOR.match(text, m.end)
                                 or SERVED.match(text, m.end) or MEASURED.match(text, m.end)
                                 or OFFICES.match(text, m.end)) and not (prev and prev.text in CONNECTORS))
                   or _camp_or_mine(text, prev, m) or person_from(text, m) or bool(BASED.match(text, m.end))
                   or bool(HEALTH_AREA.match(text, m.end)),
                   near_regions=near_regions, near_countries=near_countries, sentence_codes=sentence_codes,
                   listed_with=listed_with, listed_town=listed_town, earlier_points=earlier_points,
                   located_after=bool(LOCATED_AFTER.match(text, m.end)),
                   and_the_after=bool(AND_THE_AFTER.match(text, m.end)),
                   and_name_after=bool(AND_NAME_AFTER.match(text, m.end)),
                   place_said=bool(PLACE_SAID.match(text, m.end)),
                   described_after=_described_after(text, m.end),
                   direction_before=bool(prev and prev.text.lower() in DIRECTION_WORDS),
                   near_before=bool(prev and prev.text.lower() in ("near", "outside")),
                   kin_before=kin_before_name(text, m.start),
                   on_before=bool(prev and prev.text == "on"),
                   at_before=bool(prev and prev.text == "at" and not text.startswith(("'", "’"), m.end)),
                   route_before=bool(prev and (prev.text in ("to", "from", "between") or _between_and(text, m))),
                   described_small=bool(DESCRIBED_SMALL.match(text, m.end)),
                   the_before=bool(prev and prev.text == "the" and not text.startswith(("-", "–"), m.end)),
                   agency_after=bool(AGENCY_AFTER.match(text, m.end)), route_end=_route_end(text, ws, m),
                   kind_countries=kind_countries(text, m.end),
                   across_after=bool(ACROSS_AFTER.match(text, m.end)))


def _route_end(text: str, ws: list[Word], m: Mention) -> bool:
    """The name is one end of a hyphened route: "the Beni-Jomsom road", "the Hanoi-Ho Chi Minh City railway"."""
    joined = text.startswith(("-", "–"), m.end) or text[m.start - 1:m.start] in ("-", "–")
    return joined and on_route(text, ws, m.first, m.last)


# "X across the border", "the X camps across the frontier": where a name lies, beyond a border.
ACROSS_AFTER = re.compile(r"(?: [a-z]+)?,? across the (?:border|frontier)\b")


# What news says of a place's people, officers and buildings: "X residents", "X firefighters", "X's mayor", "X's town
# council", "X's main hospital"; and where it lies: "X, on the outskirts of Y", "X, north of Y". A name before them
# is a place as surely as after "in" (not the end of a longer name: "Sierra de la Demanda, north of Burgos").
# "a Charlotte-based company": where a firm is based is a place, whatever word comes before it.
BASED = re.compile(r"-(?:based|headquartered)\b")
# "the X health zone": a health zone or district is named after its town, also after "the", which other dwellers'
# words do not follow ("the Bank of X residents").
HEALTH_AREA = re.compile(r" health (?:zone|district)s?\b")
# "X council says it needs money": a known town's own council, lower case (not "X Council", an organisation's name).
OWN_COUNCIL = re.compile(r" (?:councillors|councilors|(?:town |city |shire |district )?council(?= (?:says|said|has|had"
                         r"|will|is|was|voted|agreed|approved|wants|plans)\b))\b")
# "X Mayor Ann Fowler said": the title of the known town's mayor (not a name the gazetteer lacks: "Lord Mayor").
OWN_MAYOR = re.compile(r" (?:Deputy )?Mayor(?= [A-Z])")
DWELLERS = re.compile(r"(?:['’]s)? (?:residents|villagers|inhabitants|townspeople|townsfolk|firefighters|mayor"
                      r"|health (?:zone|district|centre|center))\b"
                      r"|['’]s (?:deputy mayor|town council|city council|municipal council|municipality|"
                      r"outskirts|old town|town centre|city centre|main square|market square|(?:main )?hospitals?|"
                      r"streets|harbour|port|airport|railway station|train station|waterfront|seafront|suburbs|"
                      r"downtown|CBD|beaches|foreshore|high street|main street|town hall|city hall|courthouse|"
                      r"magistrates['’]? court|police station|bus station|ferry terminal|roads|bridges)\b"
                      r"|, (?:on the outskirts of|just outside|outside|(?:north|south|east|west)(?:-?(?:east|west))? of) "
                      r"[A-Z]")


# "Victoria's health department", "Ontario's chief medical officer", "Queensland's emergency services minister",
# "Alberta's fire commissioner": a region's or town's own offices after its possessive; a name before them is the
# place (a first name or surname stoplisted too), not a person.
OFFICES = re.compile(r"['’]s (?:(?:state|provincial|regional|county|city) )?(?:(?:health|education|environment"
                     r"|transport|emergency(?: management| services)?) (?:department|ministry|minister|authority"
                     r"|authorities|service|commissioner|agency)|department of health|premier"
                     r"|chief (?:medical|health) officer"
                     r"|chief minister|governor|police (?:commissioner|chief|force)|fire (?:service|chief|commissioner)"
                     r"|(?:state|provincial|regional|county) government)\b")


# "X recorded 1,000 mm of rain", "X logged minus 14C": a weather station's reading, said only of places.
MEASURED = re.compile(r" (?:recorded|logged|measured|saw|received) (?:[a-z]+ ){0,3}(?:minus |-)?\d[\d,.]* ?"
                      r"(?:mm\b|millimet|cm\b|centimet|inch|degrees|°|C\b|F\b|km/h|kph|mph)")


# "X hospitals", "X farmers": a known town's institutions and trades, as sure a sign of the town as its residents (not
# evidence enough for a name the gazetteer does not know: "Catholic schools").
SERVED = re.compile(r" (?:hospitals|schools|farmers|fishermen|shopkeepers)\b")
# "the X camps", "the X refugee camp", "the X gold mine", "the X pumping station": camps, mines and plants take the name
# of the town they lie at, disasters ("the X disaster") of the town they struck. Not "the X camp": a politician's camp.
# "The X border crossing": the town the crossing lies at.
CAMP_OR_MINE = re.compile(r" (?:camps|(?:refugee|displacement) camps?|"
                          r"(?:(?:gold|copper|coal|nickel|diamond|tin|cobalt) )?mines?|border (?:crossing|post)s?|"
                          r"(?:oil )?refinery|refineries|smelter|steelworks|(?:oil|gas|LNG|rail|ferry) terminal"
                          r"|(?:(?:nuclear|hydroelectric|coal-fired|gas-fired) )?power (?:station|plant)"
                          r"|pumping station|aquifer|disaster)\b")
# "the" right before the name, or before one lower-case word before it ("the giant Porgera gold mine").
THE_SITE = re.compile(r"\b[Tt]he (?:[a-z]+ )?$")


# "X and the Whitsunday Islands": a name with its article listed after the mention.
AND_THE_AFTER = re.compile(r",? and the [A-Z]")
# What news says of a town, hardly of a person: "X was cut off", "X lost power", "X was spared".
PLACE_SAID = re.compile(r" (?:(?:was|were) (?:also )?(?:spared|cut off|flooded|inundated|submerged|isolated|evacuated|"
                        r"under water|without power|worst hit|hardest hit|badly hit)|lost (?:power|electricity|water)|"
                        r"(?:also )?reported (?:damage|flooding|landslides|cases|deaths))\b")
# " and Y reported", " and Y, on the coast": one or two capitalised words after "and", then a comma or a lower-case word
# that is no kind of region (not
# "Lakhimpur and Dhemaji districts").
AND_NAME_AFTER = re.compile(r" and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,| (?!(?:districts?|counties|county|"
                            r"provinces?|regions?|states?|divisions?|departments?|municipalities|parishes|islands"
                            r"|rivers)\b)[a-z])")


# 'X, in the Y region', 'X, near Y,', 'X, in the north-west,', 'X, across the border', 'X, in the valley of', 'X, the
# largest of the Y Islands': where a name lies, said right after it; 'X, home to a big army plant': what lies there.
LOCATED_AFTER = re.compile(r", (?:(?:in|near) (?:the )?(?:[A-Z]|(?:north|south|east|west|centre|center)\b)|home to "
                           r"|on the (?:[a-z'’]+ ){0,2}(?:island|coast|shores?|banks?|outskirts|edge|slopes|foothills)\b"
                           r"|in neighbou?ring [A-Z]|where\b"
                           r"|which (?:lost|lies|sits|was (?:hit|cut|flooded|evacuated)|has been)\b"
                           r"|(?:about|some|roughly|nearly|around|just|more than|less than) [\d,.]+ ?(?:km|kilometres"
                           r"|kilometers|miles)\b|to the (?:north|south|east|west)\b|still (?:rebuilding|recovering)\b"
                           r"|(?:a few|several|[\d,.]+) ?(?:km|kilometres|kilometers|miles) (?:from|away from|outside) "
                           r"|(?:just )?across the border\b"
                           r"|in the (?:valley|cirque|hills|foothills|mountains|delta|heart) of "
                           r"|(?:inland|upstream|downstream) on the [A-Z]"
                           r"|(?:north|south|east|west)(?:-?(?:east|west))? of [A-Z]"
                           r"|the (?:[a-z]+['’]s )?(?:largest|biggest|smallest|main|second|third|most populous"
                           r"|(?:north|south|east|west)ernmost) "
                           r"(?:of the [A-Z]|(?:island|town|city|village|port|settlement)\b))")
# 'X, a small island of Y', 'X, a fishing village where...', 'X, once a town of 17,000': what a name is (or was),
# said right after it. Up to four words before a kind of place: lower-case ones, or a demonym ("a small Romanian town",
# "the busy cattle and grain trading hub").
DESCRIBING = r"(?:[a-z]+(?:-[a-z]+)? |[A-Z][a-z]+(?:an|ese|ish|i) ){0,4}"
ONCE = r"(?:once |formerly |now |still )?"
DESCRIBED_AFTER = re.compile(r", " + ONCE + r"(?:an?|the(?: (?:country|nation|province|state|region|island)['’]s)?"
                             r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s) " + DESCRIBING
                             + r"(?:island|town|city|village|port|hamlet|settlement"
                             r"|community|hub|metropolis|capital|commune)"
                             r"(?=[,.;]| (?:of|in|on|near|off|where|whose|that|which|popular|known|famous"
                             r"|famed|about|some|just|roughly|around|nearly|\d|(?:north|south|east|west)[a-z]* of\b))")

# ", the town of X": the words after a name name another place, not what the name is ("In Peru, the port of Iquitos
# ..."; but ", the main town of Karabakh" says what it is).
NAMING_AFTER = re.compile(r", the (?:island|town|city|village|port|hamlet|settlement|community) of (?:the )?[A-Z]")


def _described_after(text: str, end: int) -> bool:
    """Whether the words after a name say what it is: ", a fishing town", ", the country's largest city"."""
    said = bool(DESCRIBED_AFTER.match(text, end) or ON_RIVER_AFTER.match(text, end))
    return said and not NAMING_AFTER.match(text, end)


def _off_after_and(ws: list[Word], m: Mention) -> bool:
    """'boats were seen near X and off Y': "off" joined by "and" or "or" to what went before is where, as "at sea"
    is."""
    return m.first >= 2 and ws[m.first - 1].text == "off" and ws[m.first - 2].text in ("and", "or")


# Capitalised words before a name that glue no name to it ("EVORA, Portugal - Neighbouring X and Y").
NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby"})


# "X, on the Douro, opened a shelter": a place set on a river by an apposition.
ON_RIVER_AFTER = re.compile(r", on the [A-Z][a-zà-öø-ÿ]+(?: [Rr]iver)?[,;.]")


# 'X, a coastal town', 'X, a small fishing village', 'X, once a farming town': what no capital city is called.
DESCRIBED_SMALL = re.compile(r", " + ONCE + r"an? " + DESCRIBING + r"(?:town|village|hamlet|settlement)\b")


# 'Ohio State University', 'Nairobi University': the place names an institution.
# "the Xinhua news agency": an agency named after a place is no place either.
INSTITUTION_AFTER = re.compile(r" (?:State )?(?:University|College)\b| news agency\b| dynasty\b")  # "the Shang dynasty"
# A utility or force named after a region or town: "Nova Scotia Power", "Manitoba Hydro", "Kentucky State Police",
# "the Sinaloa Cartel" (a country's stays: "the US Army" names the US). Not departments, authorities or courts:
# GeoVirus' annotators label the place in "the Texas Department of Health", and the check sets' writers do not.
AGENCY_AFTER = re.compile(r" (?:Power|Hydro|Cartel|Army)\b(?! (?:station|plant|cut|lines?)\b)"
                          r"| Fire Service\b| State (?:Police|Patrol)\b| National Guard\b| Volcano Observatory\b")
# 'the Pacific Highway', 'Victoria Road': a road named after a place; not a route named by its ends ("the
# Dhaka-Chittagong Highway" names both towns).
ROAD_AFTER = re.compile(r" (?:Highway|Freeway|Motorway|Expressway|Parkway|Turnpike|Road|Street|Avenue|Boulevard)\b")


def _road_name(text: str, m: Mention) -> bool:
    return bool(ROAD_AFTER.match(text, m.end)) and not text.endswith(("-", "–", "—"), 0, m.start)


# 'according to X': X is a source, a person or an organisation more often than a town.
ACCORDING = re.compile(r"\b[Aa]ccording to (?:the )?$")


# The rest of a list that ends in "and two other towns", "and nearby villages": its items are towns too.
OTHER_TOWNS = re.compile(r"(?:,? [A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}){0,6},? (?:and|or) "
                         r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a dozen|dozens of"
                         r"|\d+) )?(?:other |nearby |neighbou?ring |surrounding |small |rural )*"
                         r"(?:towns|villages|communities|hamlets|townships|settlements|localities)\b")
TOWN_OF = re.compile(r"\b(?:[Tt]own|[Cc]ity|[Vv]illage|[Pp]ort|[Rr]esort|[Hh]arbou?r) of (?:the )?$")
# "her sister in ", "relatives who live in ", "a nephew, who studies in ", "my son, who works on a farm in ": a
# relative, and where they live or work.
KIN_IN = re.compile(r"\b(?:sister|brother|son|daughter|cousin|relatives|uncle|aunt|niece|nephew|husband|wife|children"
                    r"|parents|grandchildren|siblings)s?,?"
                    r"(?: who(?: now)? (?:lives?|works?|settled|studies)(?: [a-z]+){0,3})? in $")


def kin_before_name(text: str, start: int) -> bool:
    """A relative and "in" right before the name ("her sister in X"): where family lives."""
    return text.endswith(" in ", 0, start) and bool(KIN_IN.search(text, max(0, start - 45), start))


# "Moldova's only port, ", "the region's main town, ": a possessive and a kind of town, then the town's name.
OWNED_TOWN = re.compile(r"[’']s (?:[a-z-]+ ){0,2}(?:port|town|city|village|harbou?r), $")


def _owned_town_before(text: str, start: int) -> bool:
    """The name follows a possessive's kind of town and a comma ("Moldova's only port, X"): a town."""
    return text.endswith(", ", 0, start) and bool(OWNED_TOWN.search(text, max(0, start - 40), start))


# "the state line with X", "over the state border in X": the name is a state's or province's, whatever else it names
# (not a county's: "the state line in X County").
STATE_LINE = led("t", re.compile(r"\bthe (?:state|provincial) (?:line|border) (?:in|into|with) $"))
# "the district of X": X is the district; not "one district of Paris" (a part of the city).
KIND_OF = re.compile(r"(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\bone )\b(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Pp]refecture|[Pp]arish|"
                     r"[Dd]istrict|[Dd]epartment|[Gg]overnorate) of (?:the )?$")


# Before a name, words that call it a country: "the country of Liberia" is the country, whatever towns share its name.
COUNTRY_KIND = re.compile(r"\b(?:country|nation|republic) of $")


def called_country(text: str, start: int) -> bool:
    """Whether the words right before offset `start` call the name there a country ("the country of X")."""
    return bool(COUNTRY_KIND.search(text, max(0, start - 20), start))


def kind_of_before(text: str, start: int, width: int = 20) -> bool:
    """'the state of X': a region's kind word and "of" in the `width` characters before offset `start` (`KIND_OF`;
    its "of " tested first, far cheaper than the pattern)."""
    return "of " in text[max(0, start - width):start] and bool(KIND_OF.search(text, max(0, start - width), start))


def _headline(text: str, m: Mention) -> bool:
    """A line of three or more words all in capitals ("CHINA REPORTS NEW CASES IN WUHAN"): its names are not
    acronyms."""
    if m.text.upper() != m.text:
        return False  # a name with a lower-case letter is in no line all in capitals
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start:end if end >= 0 else len(text)]
    return line.isupper() and len(re.findall(r"[A-Z]{2,}", line)) >= 3


# Lower-case words that join the parts of a Spanish, Portuguese or Italian name ("San Roque González de Santa Cruz").
NAME_LINKS = frozenset({"de", "del", "da", "do", "dos", "das", "di"})


def _name_linked(text: str, ws: list[Word], m: Mention) -> bool:
    """The name ends a longer name joined by "de" to a capitalised word before it ("the San Roque González de Santa
    Cruz bridge", "Universidad de Santiago"): no place of its own."""
    if m.first < 2 or ws[m.first - 1].text not in NAME_LINKS:
        return False
    before, link = ws[m.first - 2], ws[m.first - 1]
    return (before.capital and not before.initial and text[before.end:link.start] == " "
            and text[link.end:m.start] == " " and before.text not in FUNCTION_WORDS)


# What follows a dateline's town: ", <Month/Region/Country>", " (AP)", " —", " - ", " -- "; a wire's dateline may name
# several towns, joined by slashes ("CAIRO/JERUSALEM (Reuters) -").
DATELINE_AFTER = re.compile(r"(?:/[A-Z][A-Z.'’\- ]*)*(?:, [A-Z]|,? \(|:? ?[—–]| -{1,2} |: (?=[A-Z]))")
DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z.'’\- ]*/)*")


def _dateline(text: str, m: Mention) -> bool:
    """'LONDON (AP) —', 'BEIJING, March 3 (Xinhua) --', 'ISLAMABAD/KABUL (Reuters) -', 'QUETTA: Police said...': a
    name in capitals opening the text or a line (or a slash after other such names), then a dateline's punctuation."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return (m.text.isupper() and len(m.text) >= 3 and DATELINE_BEFORE.fullmatch(text, line_start, m.start) is not None
            and bool(DATELINE_AFTER.match(text, m.end, m.end + 60)))
