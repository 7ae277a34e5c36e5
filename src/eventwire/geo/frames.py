"""Word frames around a name: the days and months that may stand before it, a storm's name, a direction word between
a locative word and it, going through it, being at sea off it or reaching as far as it (asked by `context`), a common
noun opening a sentence (asked by `unknown_border.border_places`)."""

from __future__ import annotations

import re
from collections.abc import Collection

from .mentions import Mention, Word

# Days and months (not "May", also a name): a name right after one is not part of a longer name ("On Tuesday Kyiv
# said", "In March Kharkiv", "Last March Perth").
TIME_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
              "March", "April", "June", "July", "August", "September", "October", "November", "December"}
STORM_WORDS = {"Cyclone", "Hurricane", "Typhoon", "Storm"}


def storm_name(text: str, prev: Word | None, m: Mention) -> bool:
    """'Cyclone Winston', 'Hurricane Otis': a one-word storm's name, also at a sentence's start (the caller keeps a
    country's name: "Storm Kenya" is a storm only where Kenya is also a given name)."""
    return prev is not None and prev.text in STORM_WORDS and text[prev.end:m.start] == " " and m.first == m.last


def locative_direction(text: str, ws: list[Word], m: Mention, locative: Collection[str],
                       directions: Collection[str]) -> bool:
    """'in northern Victoria', 'across eastern Ukraine': a lower-case direction word between a locative word and the
    name leaves the name as locative as "in X"."""
    if m.first < 2 or ws[m.first - 1].text not in directions:
        return False
    before = ws[m.first - 2]
    return before.text.lower() in locative and text[before.end:ws[m.first - 1].start] == " "


OPENING = re.compile(r"(?:^|[.!?;:\n]['\"”’)]?\s+)$")


def opening_noun(text: str, start: int, end: int) -> bool:
    """One word opening a sentence right before "near/on the border", without a comma: as often a common noun
    ("Clashes on the Kyrgyz-Tajik border", "Fighting near the border") as a place."""
    opening = bool(OPENING.search(text[max(0, start - 4):start]))
    return " " not in text[start:end] and text[end:end + 1] != "," and opening


# Going through a place ("fled south through X", "the fire swept through X", "a tornado tore through X",
# "returned from Iran through X"): as locative as "in X"; "through" alone is not ("through Facebook", "through Smith's
# office").
GOING_THROUGH = re.compile(
    r"\b(?:fled|fleeing|drove|driving|travell?ed|travell?ing|walked|marched|passed|passing|swept|sweeping|moved|"
    r"moving|headed|heading|evacuated|deported|crossed|crossing|routed|smuggled|trucked|flown|shipped|returned|"
    r"returning|repatriated|expelled|sent|transited|entered|burned|burnt|burning|tore|tearing|ripped|ripping|raged|"
    r"raging|roared|ploughed|plowed)"
    r"(?: (?:thousands|hundreds|people|refugees|migrants|supplies|aid|goods|weapons|them|troops|patients))?"
    r"(?: (?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?)?"
    r"(?: (?:from|out of) (?:the )?[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})? through $")


def gone_through(text: str, m: Mention) -> bool:
    """'fled south through X', 'returned from Iran through X' (`GOING_THROUGH`; "through" right before the name is the
    cheap test, made first); any other "through X" too ("the road through X", "trucks let through X"), but for what
    is paid, sold or obtained through someone ("the money was paid through X": a bank, a broker or a person)."""
    if not text.endswith(" through ", 0, m.start):
        return False
    window = max(0, m.start - 70)
    return bool(GOING_THROUGH.search(text, window, m.start)) or not DEALT_THROUGH.search(text, window, m.start)


# What is dealt through a person or firm ("paid through X", "sold the shares through X", "applied through X").
DEALT_THROUGH = re.compile(r"\b(?:paid|pay|pays|paying|funded|financed|channell?ed|sold|sell|bought|buy|invested|raised|"
                           r"obtained|booked|ordered|filed|applied|hired|recruited|laundered|transferred|donated|"
                           r"issued|made|won|secured|arranged|negotiated|brokered)(?: [\w'’\-]+){0,3} through $")


# At sea by a coast ("a dinghy sank off X", "naval drills off X", "a swimmer off X", "Vessels working the seabed off
# X"); "off" alone is not ("fought off Smith").
AT_SEA = re.compile(r"\b(?:capsized|capsizing|sank|sunk|sinking|drowned|trouble|waters|anchored|moored|spotted|"
                    r"intercepted|rescued|adrift|aground|collided|drills|exercises|patrols?|boarded|fishing|"
                    r"vessels?|ships?|boats?|tankers?|dinghy|dinghies|freighters?|ferry|ferries|coast|shore|"
                    r"swimmers?|surfers?|divers?|kayakers?|anglers?|seabed|seafloor|dredgers?|trawlers?|fishermen)\b"
                    r"[^.;:]{0,40} off $", re.IGNORECASE)


def at_sea(text: str, m: Mention) -> bool:
    """'the dinghy got into trouble off X' (`AT_SEA`; "off" right before the name is the cheap test, made first)."""
    return text.endswith(" off ", 0, m.start) and bool(AT_SEA.search(text, max(0, m.start - 70), m.start))


# What drifts, hangs or passes over a place: "smoke drifted over X", "a storm stalled over X", "drones flew over X".
OVERHEAD = re.compile(r"\b(?:drifted|drifting|drifts|hung|hanging|hangs|hovered|hovering|flew|flying|flown|passed"
                      r"|passing|stalled|stalling|lingered|lingering|settled|swept|sweeping|circled|circling|rained|poured"
                      r"|fell|falling|crashed|exploded|shot down|intercepted|broke) over $")


def overhead(text: str, m: Mention) -> bool:
    """'smoke drifted over X' (`OVERHEAD`; " over " right before the name is the cheap test, made first)."""
    return text.endswith(" over ", 0, m.start) and bool(OVERHEAD.search(text, max(0, m.start - 20), m.start))


# How far something reached ("as far north as X", "as far away as X", "as far as X"): as locative as "to X".
AS_FAR_AS = re.compile(r"\bas far (?:[a-z\-]+ )?as $")


def as_far_as(text: str, m: Mention) -> bool:
    """'cases as far north as X' (`AS_FAR_AS`; " as " right before the name is the cheap test, made first)."""
    return text.endswith(" as ", 0, m.start) and bool(AS_FAR_AS.search(text, max(0, m.start - 30), m.start))


def route_from(text: str, prev: Word | None, m: Mention) -> bool:
    """'the Stornoway to Ullapool sailing', 'the Kyiv to Warsaw train': a route's first end."""
    return bool(prev and prev.text in ("the", "The") and ROUTE_TO.match(text, m.end))


ROUTE_TO = re.compile(r" to [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)? (?:[a-z]+ )?(?:sailing|ferry|service|route|road|highway|"
                      r"railway|rail|line|train|flight|crossing|pipeline|corridor|motorway)s?\b")


# "a road linking X with Y", "the line connecting X and Y": the route's second end, after its first.
LINKED_WITH = re.compile(r"\b(?:linking|connecting|joining) [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?,? (?:with|and|to) $")


def linked_with(text: str, m: Mention) -> bool:
    """'linking Tullamore with Banagher': the second end of a link between two places is a place as the first is."""
    return (text.endswith((" with ", " and ", " to "), 0, m.start)
            and bool(LINKED_WITH.search(text, max(0, m.start - 60), m.start)))


def person_from(text: str, m: Mention) -> bool:
    """'a Millersburg man', 'an Ennis woman', 'one Riwaka grower': a person from the place, as local news writes it."""
    return (text.endswith(("a ", "an ", "A ", "An ", "one ", "One "), 0, m.start)
            and bool(PERSON_AFTER.match(text, m.end)))


PERSON_AFTER = re.compile(r" (?:man|woman|boy|girl|teenager|teen|youth|couple|family|father|mother|pensioner|"
                          r"farmer|driver|resident|native|businessman|businesswoman|grower|orchardist|fisherman|"
                          r"shopkeeper|student|nurse|teacher|volunteer)\b")


def headed_for(text: str, m: Mention) -> bool:
    """'headed for X', 'the bus bound for X', 'left for X': where someone or something is going."""
    return text.endswith(" for ", 0, m.start) and bool(HEADED_FOR.search(text, max(0, m.start - 30), m.start))


HEADED_FOR = re.compile(r"\b(?:head(?:ed|ing|s)?|bound|left|leaving|leaves|set off|setting off|sailed|sailing|"
                        r"departed|departing|made|making|bolted|ran) for $")


def direction_opening(text: str, m: Mention) -> bool:
    """'Further east, X escaped the fire', 'Upstream, X', 'Across the border, X', 'On the opposite bank, X': a sentence
    opening with where the next place lies from the last one, then a comma; the name after it is a place as after "in"
    (not a person's doings after it: "Further south, Brown said")."""
    return (text.endswith(", ", 0, m.start) and bool(DIRECTION_OPENING.search(text, max(0, m.start - 50), m.start))
            and not DOINGS_AFTER.match(text, m.end))


DIRECTION_OPENING = re.compile(
    r"(?:^|[.!?]['\"”’]?\s+|\n)(?:(?:Further|Farther) (?:(?:north|south|east|west)(?:-?(?:east|west))?|inland|"
    r"upstream|downstream|afield|(?:up|down|along) the (?:coast|river|valley))"
    r"|(?:Upstream|Downstream|Inland)|(?:To|In) the (?:(?:north|south|east|west)(?:-?(?:east|west))?)"
    r"|Across the (?:border|river|frontier|strait|bay)"
    r"|On the (?:opposite|other|far) (?:bank|side|shore)(?: of the (?:river|border|lake|bay))?)"
    r", $")
DOINGS_AFTER = re.compile(r",? (?:said|says|told|added|wrote|argued|warned|urged|noted|announced|asked)\b")


def struck_on(text: str, m: Mention) -> bool:
    """'raids on X', 'an air strike on X', 'marched on X', 'ash fell (lightly) on X': what struck a place (`STRUCK_ON`;
    " on " right before the name is the cheap test, made first)."""
    return text.endswith(" on ", 0, m.start) and bool(STRUCK_ON.search(text, max(0, m.start - 30), m.start))


STRUCK_ON = re.compile(r"\b(?:raids?|attacks?|assaults?|(?:air ?)?strikes?|airstrikes?|offensive|bombardment|shelling"
                       r"|marched|advanced|converged|descended|rained down"
                       r"|(?:[Aa]sh|[Rr]ain|[Ss]now|[Hh]ail|[Ss]hells|[Rr]ockets|[Mm]issiles|[Bb]ombs)"
                       r" (?:also )?fell(?: [a-z]+ly)?) on $")
