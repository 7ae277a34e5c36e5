"""Where the text puts a place the gazetteer does not know: the country or place named right after it or before it in
its sentence, and the point it then gets (a part of a town at the town's point; inside a county or region, that
region's point; else unresolved)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from itertools import accumulate
from typing import Callable

from .keys import name_key
from .context import DIRECTION_WORDS, FUNCTION_WORDS
from .gazetteer import Feature
from .mentions import stoplist
from .place import Place, unresolved


def overlaps(places: list[Place], start: int, end: int) -> bool:
    """Whether a span overlaps a place already found."""
    return any(p.start < end and start < p.end for p in places)


class Taken:
    """The spans of the places found so far, for passes that add to them as they go: a test costs the length of the
    span (a set of the character positions they cover), not a scan of the places (a long text names thousands). The
    set is built at the first test or addition: most passes find nothing to test in most texts."""

    __slots__ = ("places", "covered")

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.covered: set[int] | None = None

    def _covered(self) -> set[int]:
        if self.covered is None:
            self.covered = {i for place in self.places for i in range(place.start, place.end)}
        return self.covered

    def add(self, place: Place) -> Place:
        """Take the place's span; the place, for the caller to keep."""
        self._covered().update(range(place.start, place.end))
        return place

    def __call__(self, start: int, end: int) -> bool:
        """Whether the span overlaps a place taken (`overlaps`)."""
        return not self._covered().isdisjoint(range(start, end))


def overlap_test(places: list[Place]) -> Callable[[int, int], bool]:
    """`overlaps` for many spans against one fixed list: the places sorted by start, with the furthest end reached by
    each prefix, so that a test takes a bisection, not a scan (an article of a megabyte names thousands of places)."""
    ordered = sorted(places, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    reach = list(accumulate((p.end for p in ordered), max))
    def test(start: int, end: int) -> bool:
        before = bisect_left(starts, end)  # the places starting before the span ends
        return before > 0 and reach[before - 1] > start
    return test


ACROSS_BEFORE = re.compile(r"\b(?:border|frontier) with (?:the )?$")


def _across_border(text: str, start: int, sentence_start: int, places: list[Place]) -> str:
    """'in X province, along the border with Y province': Y lies across the border from the place named last before it,
    in another country its sentence names (the nearest before it), else in the other country the article names most
    ("" unless the text says so)."""
    if not ACROSS_BEFORE.search(text, max(0, start - 30), start):
        return ""
    before = sorted((p for p in places if sentence_start < p.start < start and p.country_code), key=lambda p: p.start)
    if not before:
        return ""
    here = before[-1].country_code
    named = next((p.country_code for p in reversed(before) if p.country_code != here), "")
    if named:
        return named
    countries = Counter(p.country_code for p in places if p.feature_code == "PCLI" and p.country_code != here)
    return countries.most_common(1)[0][0] if countries else ""


def ordinary_word(name: str) -> bool:
    """A name starting with a function word or a direction, or a stoplisted word: not a place's name."""
    first = name.split(" ", 1)[0]
    return first in FUNCTION_WORDS or first.lower() in DIRECTION_WORDS or name_key(name) in stoplist()


# Words of number and quantity that open a sentence before a kind word: "Fourteen rivers overflowed".
QUANTITY_WORDS = frozenset({"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
                            "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
                            "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety", "Hundreds",
                            "Thousands", "Dozens", "Several", "Many", "Some", "Most", "Few", "Other", "Two-thirds"})


def name_like(text: str, start: int, name: str) -> bool:
    """Not an ordinary word, a number ("Fourteen rivers"), nor a pronoun-like word at a sentence's start ("It is a
    town...")."""
    first = name.split(" ", 1)[0]
    return not (ordinary_word(name) or first.split("-", 1)[0] in QUANTITY_WORDS
                or first in ("It", "He", "She", "They", "We", "There", "Here", "What", "Which"))


HOLDER_GAP = re.compile(
    r"^(?:,| in| near|,? near(?: to)?| of|,? (?:located|situated|which is|that is|lying) in)?,? (?:the )?"
    r"(?:(?:[a-z]+ern|central) )?(?:province of |state of )?$")
# "X, north of Bergen", "X, outside Lyon": a place by a town (not a county or district: those hold towns).
# A distance before the direction is `anchor`'s: the point moved that far.
BESIDE_GAP = re.compile(r"^, (?:just )?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west) of|outside) $")


def holding_country(text: str, start: int, end: int, places: list[Place], focus: Counter[str],
                     after_text: int | None = None) -> str:
    """The country of the place named right after ("X, Kenya", "X in Kent, England"; with `after_text`, the first
    place within 40 characters of that offset: "X, a town in southern Peru"), else of the last place named in the
    sentence before it, else the one country the sentence before names, else the article's main country."""
    holder = holding_place(text, end, places, after_text)
    if holder is not None:
        return holder.country_code
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    across = _across_border(text, start, sentence_start, places)
    if across:
        return across
    stated = stated_country(text, end, places)
    if stated:
        return stated
    beyond = border_countries(text, end, places)  # "X, a camp on the Myanmar border": not in Myanmar
    before = sorted((p for p in places if sentence_start < p.start and p.end <= start and p.country_code),
                    key=lambda p: p.start)  # in the text's order, whichever step found each
    if before and any(p.country_code not in beyond for p in before):
        return next(p for p in reversed(before) if p.country_code not in beyond).country_code
    later = _later_in_sentence(text, end, places)
    if later and later not in beyond:
        return later  # "near X, on the shore of Lake Kivu in South Kivu": the sentence's own places
    if beyond:  # every country before it lies beyond the border: the other country its sentence names, if one
        stop = min((i for i in (text.find(mark, end) for mark in (". ", "\n")) if i >= 0), default=len(text))
        other = {p.country_code for p in places if sentence_start < p.start < stop and p.country_code} - beyond
        if len(other) == 1:
            return other.pop()
    if before:
        return before[-1].country_code
    previous_start = max(text.rfind(". ", 0, max(sentence_start, 0)), text.rfind("\n", 0, max(sentence_start, 0)))
    previous = {p.country_code for p in places if previous_start < p.start < sentence_start and p.country_code}
    if sentence_start > 0 and len(previous) == 1:
        return previous.pop()  # the one country the sentence before names
    return next((cc for cc, _ in focus.most_common() if cc not in beyond), focus.most_common(1)[0][0] if focus else "")


# After a name in its clause: what the text calls it ("X, a Russian border village", "X, the Thai side's last town")
# or which side of a border it puts it on ("X, on the Thai side of the border").
STATED_BEFORE = re.compile(r",? (?:(?:a|an|the) (?:[a-z\-]+ ){0,2}|(?:on|from) the )$")
STATED_AFTER = re.compile(
    r"(?:['’]s)? (?:[a-z\-]+ ){0,2}(?:village|town|city|hamlet|settlement|camp|district|region|area|port|outpost|"
    r"suburb|community)s?\b|(?:['’]s)? side of the (?:border|frontier)\b")
# After a name in its clause: a border it lies on, named by the country beyond it ("on the Myanmar border", "near the
# border with Somalia", "across the river from Venezuela").
BORDER_BEFORE = re.compile(r"(?:\b(?:on|near|along|at|by|close to|off) the |\bborder with |\bfrontier with |"
                           r"\bacross (?:the (?:border|river|frontier) )?from )$")
BORDER_AFTER = re.compile(r"(?:['’]s)?(?: (?:border|frontier)\b|$|[,.;])")


def _clause_places(text: str, end: int, places: list[Place]) -> tuple[int, list[Place]]:
    stop = min((i for i in (text.find(mark, end) for mark in CLAUSE_ENDS) if i >= 0), default=len(text))
    countries = (p for p in places if end <= p.start < stop and p.start - end < 80 and p.feature_code == "PCLI")
    return stop, sorted(countries, key=lambda p: p.start)


def stated_country(text: str, end: int, places: list[Place]) -> str:
    """The country the words right after a name say it lies in: "X, a Russian border village", "X, a Somali town",
    "X, on the Thai side of the border" ("" if none)."""
    if not text.startswith(",", end):
        return ""
    _, countries = _clause_places(text, end, places)
    first = countries[0] if countries else None
    if first is None or not STATED_BEFORE.search(text, end, first.start) or "," in text[end + 1:first.start]:
        return ""
    return first.country_code if STATED_AFTER.match(text, first.end) else ""


def border_countries(text: str, end: int, places: list[Place]) -> set[str]:
    """The countries whose border the clause after a name puts it on, from the other side ("X, a camp on the
    Myanmar border", "X, near the border with Somalia"): the place is not in them."""
    _, countries = _clause_places(text, end, places)
    return {p.country_code for p in countries
            if BORDER_BEFORE.search(text[max(end, p.start - 40):p.start]) and BORDER_AFTER.match(text, p.end)
            and re.search(r"border|frontier|across", text[max(end, p.start - 40):p.end + 12])}


def _later_in_sentence(text: str, end: int, places: list[Place]) -> str:
    """The one country the places named after a name in its clause lie in (not countries: "fled to X in Uganda" is
    decided elsewhere), if they are of one country and no word of crossing comes between ("fled west to X and across
    the border to Y": Y is in the neighbour); "" otherwise."""
    stop = min((i for i in (text.find(mark, end) for mark in CLAUSE_ENDS) if i >= 0), default=len(text))
    later = [p for p in places if end <= p.start < stop and p.country_code and p.feature_code != "PCLI"]
    if not later or CROSSING.search(text[end:stop]):
        return ""
    codes = {p.country_code for p in later}
    return codes.pop() if len(codes) == 1 else ""


CLAUSE_ENDS = (". ", "; ", ", and ", ", but ", ", while ", ", as ")
CROSSING = re.compile(r"\b(?:border|frontier|across|into|from|cross\w*|beyond|abroad)\b")


def holding_place(text: str, end: int, places: list[Place], after_text: int | None = None,
                  beside: bool = True) -> Place | None:
    """The place named right after ("X, Kenya", "X in Fife"; with `after_text`, the first place within 40 characters
    of that offset: "X, a town in Taoyuan"; with `beside`, a town the name lies by: "X, north of Bergen"), if any; a
    region that place's possessive names right after it holds the name more closely ("X in Kerala's hilly Wayanad
    district": Wayanad)."""
    holder = _named_after(text, end, places, after_text, beside)
    return owned_area(text, holder, places) or holder if holder is not None else None


def _named_after(text: str, end: int, places: list[Place], after_text: int | None, beside: bool) -> Place | None:
    after = sorted((p for p in places if p.start >= end and p.country_code and p.start - end < 60),
                   key=lambda p: p.start)
    if after and (HOLDER_GAP.match(text[end:after[0].start]) or (
            beside and after[0].feature_class == "P" and BESIDE_GAP.match(text[end:after[0].start]))):
        return after[0]
    if after_text is not None:
        near = [p for p in places if after_text <= p.start < after_text + 40 and p.country_code]
        if near and "." not in text[after_text:min(p.start for p in near)]:
            return min(near, key=lambda p: p.start)
    return None


OWNED_GAP = re.compile(r"['’]s (?:[a-z\-]+ ){0,2}")  # "Kerala's hilly ", "Papua New Guinea's remote "


def owned_area(text: str, holder: Place, places: list[Place]) -> Place | None:
    """The first-level region or county of the holder's country named after its possessive, if any."""
    owned = [p for p in places if holder.end < p.start < holder.end + 40 and p.country_code == holder.country_code
             and p.feature_code in ("ADM1", "ADM2") and p.lat is not None and p is not holder]
    first = min(owned, key=lambda p: p.start) if owned else None
    return first if first is not None and OWNED_GAP.fullmatch(text, holder.end, first.start) else None


def within(start: int, end: int, name: str, holder: Place | None, country: Feature | None) -> Place:
    """An unknown place the text puts inside a town, county or first-level region: at that holder's point, as
    precise as the holder (a part of a town, PPLX; else the county's or region's resolution); inside a country
    only, or nowhere, it stays unresolved (a country's point says nothing of where a village is)."""
    if holder is not None and holder.feature_class == "P" and holder.lat is not None:
        return section(start, end, name, holder)
    if holder is not None and holder.feature_code in ("ADM1", "ADM2") and holder.lat is not None and not holder.direction:
        return replace(holder, start=start, end=end, text=name, geonameid=None, name=name)
    return unresolved(start, end, name, country)


def section(start: int, end: int, name: str, town: Place) -> Place:
    """'X, Nairobi, Kenya': a part of the town (GeoNames' PPLX) at the town's point, with no GeoNames id."""
    return replace(town, start=start, end=end, text=name, geonameid=None, name=name, feature_code="PPLX",
                   direction=None)
