"""Clauses about a place's namesake elsewhere ("Faizabad, which shares its name with a city in India"): the places
they name say where the namesake lies, not where the place itself does, so they are no context for it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .gazetteer import Gazetteer
from .keys import name_key
from .place import Place, from_feature

# What opens such a clause: the place shares, took or borrows its name, is named after another ("named after Ayr in
# Scotland"), or is one readers may confuse or mix up with another.
NAMESAKE_CUE = re.compile(
    r"(?i)\b(?:shares?|shared|sharing)\s+(?:its|their|a|the)\s+name(?:,\s+[^,.]{1,30},)?\s+with\b"
    r"|\bwhose\s+name\s+(?:is|was|has\s+been)\s+(?:also\s+|later\s+|since\s+|\w+ly\s+)?"
    r"(?:shared|borrowed|taken|given)\b"
    r"|\b(?:take|took|takes|taking|get|got|gets|borrow|borrowed|borrows|borrowing)\s+(?:its|their)\s+name\s+from\b"
    r"|\bnot\s+to\s+be\s+confused\s+with\b|\bconfused\s+(?:\w+\s+){0,3}with\b|\bno\s+relation\s+to\b"
    r"|\bmixed\s+up\s+(?:\w+\s+){0,2}with\b"
    r"|\bnamed\s+(?:after|for)\s+(?:the\s+)?(?=[A-Z])"
    r"|\bnamesakes?\b")

# A clause about a namesake one may take the place for, which lies as often in the same country.
MISTAKEN = re.compile(r"(?i)(?:not\s+to\s+be\s+)?confused|no\s+relation|mixed\s+up")

# Where such a clause ends: a sentence's end, a dash, a semicolon, a bracket, or a comma before a lower-case word
# (", was spared"); a comma before a capital goes on naming the namesake's region ("a city in Uttar Pradesh, India"),
# and one before "a", "an" or "the" describes the namesake ("named after Ayr, a town on the Scottish coast").
CLAUSE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘']|\s*$)|\n|;|\s[—–-]\s|[()]|,(?=\s+(?!an?\s|the\s)[a-z])")


def namesake_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) character spans of the text's namesake clauses, from the cue to the clause's end."""
    spans: list[tuple[int, int]] = []
    for cue in NAMESAKE_CUE.finditer(text):
        if spans and cue.start() < spans[-1][1] or not _same_name(text, cue):
            continue
        stop = CLAUSE_END.search(text, cue.end())
        spans.append((cue.start(), stop.start() if stop else len(text)))
    return tuple(spans)


# The name a "named after" clause gives, and how far back the place bearing it is looked for.
NAMED_WORD = re.compile(r"[A-Z][\w'’]+")  # "Stratford" of "Stratford-upon-Avon"
NAMED_REACH = 120


def _same_name(text: str, cue: re.Match) -> bool:
    """A "named after X" clause is a namesake's only when the place before it bears X's name ("Ayr, founded in the
    1880s and named after Ayr in Scotland"; not "the virus is named after the town of Marburg")."""
    if not cue.group().lower().startswith("named"):
        return True
    word = NAMED_WORD.match(text, cue.end())
    before = text[max(0, cue.start() - NAMED_REACH):cue.start()]
    return bool(word) and re.search(rf"\b{re.escape(word.group())}\b", before) is not None


def masked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """The text with each span blanked out by spaces (same length, so every other offset stays)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def inside(start: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether a character offset lies within one of the spans."""
    return any(a <= start < b for a, b in spans)


def _named_before(places: Sequence[Place], text: str, start: int) -> Place | None:
    """The place named last before a clause's start within its sentence ("Tripoli, whose name ..."), if any."""
    before = [p for p in places if p.end <= start and not re.search(r"[.!?]\s", text[p.end:start])]
    return max(before, key=lambda p: p.end, default=None)


def _elsewhere(place: Place, away: set[str], home: Counter[str], gaz: Gazetteer) -> Place:
    """The place as its namesake outside the clause's countries, in the country the rest of the article names most,
    then the largest; the place itself when it has none, or none in a country the article names more than its own."""
    others = [f for f in gaz.lookup(name_key(place.text)) if f.cc not in away and f.fclass == place.feature_class]
    chosen = max(others, key=lambda f: (home[f.cc], f.population), default=None)
    if chosen is None or home[chosen.cc] <= home[place.country_code]:
        return place  # "Bergen shares its name with a village in Limburg", in news of the Netherlands: still Dutch
    return from_feature(place.start, place.end, place.text, chosen)


def namesakes_apart(text: str, clauses: tuple[tuple[int, int], ...], places: Sequence[Place],
                    gaz: Gazetteer) -> tuple[Place, ...]:
    """The places with the one a namesake clause follows moved out of the countries the clause names: "Tripoli, whose
    name is shared by the much larger capital of Libya" is not in Libya."""
    out = list(places)
    for start, end in clauses:
        away = {p.country_code for p in places if start <= p.start < end and p.country_code}
        subject = _named_before(places, text, start)
        own = subject.country_code if subject else _most_named(places, clauses)
        regions = {(p.country_code, p.admin1) for p in places if start <= p.start < end and p.feature_code == "ADM1"}
        countries = {p.country_code for p in places if start <= p.start < end and p.feature_code == "PCLI"}
        for i, place in enumerate(out):
            if not (start <= place.start < end and place.feature_class == "P"):
                continue
            # "both are named for X, an old harbour of Cantabria": the namesake in the region the clause names; not
            # one already of a country the clause names ("X in Spain and X, Ohio")
            named = _in_region(place, regions, gaz) if regions and place.country_code not in countries else None
            if named is None and countries and place.country_code not in countries:
                named = _in_country(place, countries, gaz)  # "a ruin, X in Iran": Iran's X
            if named is None and place.country_code == own and not MISTAKEN.match(text, start):
                named = _larger_abroad(place, gaz)  # not "often confused with X, near Y": Y is as near as X
            out[i] = named or place
        if subject is None or subject.country_code not in away or subject.feature_code == "PCLI":
            continue
        home = Counter(p.country_code for p in places
                       if p.country_code and p.text != subject.text and not inside(p.start, clauses))
        at = next(i for i, p in enumerate(out) if (p.start, p.end) == (subject.start, subject.end))
        out[at] = _elsewhere(out[at], away, home, gaz)
    return tuple(out)


def _most_named(places: Sequence[Place], clauses: tuple[tuple[int, int], ...]) -> str:
    """The country the places outside the clauses lie in most often ("" when none has one)."""
    counts = Counter(p.country_code for p in places if p.country_code and not inside(p.start, clauses))
    return counts.most_common(1)[0][0] if counts else ""


def _in_region(place: Place, regions: set[tuple[str, str]], gaz: Gazetteer) -> Place | None:
    """A town a namesake clause names with a first-level region ("shares its name with X in the Lviv region"): the
    town of that name in that region, if there is one."""
    found = [f for f in gaz.lookup(name_key(place.text)) if f.fclass == "P" and (f.cc, f.admin1) in regions]
    chosen = max(found, key=lambda f: f.population, default=None)
    return from_feature(place.start, place.end, place.text, chosen) if chosen else None


def _in_country(place: Place, countries: set[str], gaz: Gazetteer) -> Place | None:
    """A town a namesake clause names with a country ("shares its name with a ruin, X in Iran"): the
    largest town of that name in that country, if there is one."""
    found = [f for f in gaz.lookup(name_key(place.text)) if f.fclass == "P" and f.cc in countries]
    chosen = max(found, key=lambda f: f.population, default=None)
    return from_feature(place.start, place.end, place.text, chosen) if chosen else None


def _larger_abroad(place: Place, gaz: Gazetteer) -> Place:
    """A town a namesake clause names in the subject's own country, as its largest namesake abroad when that one is
    larger: "their town shares a name with the palace outside Paris" is France's Paris, not Kentucky's."""
    features = gaz.lookup(name_key(place.text))
    abroad = [f for f in features if f.cc != place.country_code and f.fclass == "P"]
    here = next((f.population for f in features if f.geonameid == place.geonameid), 0)
    chosen = max(abroad, key=lambda f: f.population, default=None)
    if chosen is None or chosen.population <= here:
        return place
    return from_feature(place.start, place.end, place.text, chosen)
