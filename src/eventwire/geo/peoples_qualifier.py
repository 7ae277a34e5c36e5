"""A town's country said by a people's name right after it: "Calama, in the Chilean region of Antofagasta" (the
region, or else the country, holds the town), "Riberalta, a Bolivian river port", "San Cristóbal, in the
Venezuelan highlands" (the country does)."""

from __future__ import annotations

import re

from .gazetteer import Feature
from .held_in import WHERE_IN, held_by
from .mention import Mention

# ", in the Chilean ": the words from the town to the people's name; then the region's kind word and "of".
IN_THE = re.compile(r",? in (?:the )?" + WHERE_IN)
KIND_OF = re.compile(r" (?:[a-z-]+ern |central )?(?:province|region|state|department|district|county|governorate"
                     r"|prefecture) of (?:the )?")
# ", the Brazilian town ", ", a small Bolivian border village ", " — the Bolivian one": an apposition giving the
# town's people and kind, after a comma, a dash or a bracket.
APPOSED = re.compile(r"(?:, | [—–] |—| \()(?:a|an|the) (?:small |tiny |remote |nearby |large )?")
# " highlands": a part of the people's country ("San Cristóbal, in the Venezuelan highlands").
COUNTRY_PART = re.compile(r" (?:mountains|highlands|lowlands|interior|countryside|coast|hills|plains|jungle|desert|north|"
                          r"south|east|west|border)\b")
TOWN_KIND = re.compile(r" (?:border |river |frontier |mining |farming |fishing |market |port )?"
                       r"(?:town|city|village|port|municipality|settlement|hamlet|one)\b")


def peoples_qualifier(text: str, mentions: list[Mention], index: int) -> tuple[Feature, ...]:
    """The region or country features the people's name after the mention puts the town in; () when none does or the
    town has no reading there."""
    if index + 1 >= len(mentions):
        return ()
    m, people = mentions[index], mentions[index + 1]
    countries = tuple(f for f in people.features if f.how == "demonym" and f.fcode == "PCLI")
    if not countries:
        return ()
    gap = text[m.end:people.start]
    if IN_THE.fullmatch(gap) and KIND_OF.match(text, people.end):
        held = _region_after(text, mentions, index + 1, countries)
        return held_by(m, held) or held_by(m, countries)
    if IN_THE.fullmatch(gap) and COUNTRY_PART.match(text, people.end):
        return held_by(m, countries)
    if apposed_town(text, m.end, people.start, people.end):
        return held_by(m, countries)
    return ()


def apposed_town(text: str, end: int, people_start: int, people_end: int) -> bool:
    """'X, the Brazilian town', 'X (the Bolivian one)': the text from a town's end to a people's name is an
    apposition's opening, and a town's kind word follows the people's name."""
    return APPOSED.fullmatch(text, end, people_start) is not None and TOWN_KIND.match(text, people_end) is not None


def _region_after(text: str, mentions: list[Mention], index: int, countries: tuple[Feature, ...]
                  ) -> tuple[Feature, ...]:
    """The first-level regions of the people's country named right after "state of"."""
    if index + 1 >= len(mentions) or not KIND_OF.fullmatch(text, mentions[index].end, mentions[index + 1].start):
        return ()
    codes = {c.cc for c in countries}
    return tuple(f for f in mentions[index + 1].features if f.fcode == "ADM1" and f.cc in codes)

