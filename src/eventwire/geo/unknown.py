"""Places the gazetteer does not know: 'the village of X', 'X Province', 'X, Kenya'. They are reported, never dropped,
as unresolved (no point) with the country the text puts them in; inside a town the text names ('X, Town, Country',
'the X slums in Town') a part of that town at its point; inside a county or first-level region, at that region's point
and precision."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .build import name_key
from .gazetteer import Feature, Gazetteer
from .mentions import HONORIFICS, stoplist
from .place import Place, from_feature, unresolved
from .resolve import DIRECTION_WORDS, FUNCTION_WORDS

UNKNOWN_AREA = re.compile(
    r"\b(?:[Tt]owns?|[Cc]ity|[Vv]illages?|[Cc]ommunit(?:y|ies)|[Mm]unicipalit(?:y|ies)|[Cc]ommune|[Hh]amlet|[Ss]uburb|"
    r"[Pp]rovince|[Dd]istrict|[Rr]egion|[Ii]slands?) of ((?:[A-Z][\w'’\-]+ ?){1,3})"
    r"|\b((?:[A-Z][\w'’\-]+ ){1,3})"
    r"(?:(?:County|Province|Governorate|Oblast|Prefecture|District|province|district|area|region|Island|island)\b"
    r"|(?:National|State|Provincial|Marine) (?:Park|Forest|Reserve)\b|(?:Game|Nature|Wildlife) (?:Reserve|Refuge)\b"
    r"|(?:village|township|municipality|commune|sub-county|refugee camp|suburb|neighbourhood|neighborhood|slums?)\b"
    r"(?! of\b))")
POSSESSIVE = re.compile(r"((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)['’]s ")
SENTENCE_START = re.compile(r"(?:[.!?:;\n\"“(]['\"”’)]?)\s*$")


def unknown_areas(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'the village of X', 'X Province' with X not in the gazetteer: reported as unresolved, in the country the text
    places it."""
    out: list[Place] = []
    for match in UNKNOWN_AREA.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.start(group), match.end(group)
        owned = POSSESSIVE.match(text, start, end)
        owner = None
        if group == 2 and owned and _overlaps(places, start, owned.end(1)):
            owner = next(p for p in places if p.start < owned.end(1) and start < p.end)
            start = owned.end()  # "Somalia's Gedo region": the area is Gedo, in Somalia
        name = text[start:end].rstrip()
        end = start + len(name)
        if not name:
            continue
        if (name.lower() not in DIRECTION_WORDS and name.split()[0] not in FUNCTION_WORDS
                and not _overlaps(places, start, end)):
            cc = _holding_country(text, start, end if group == 1 else match.end(), places, focus)
            holder = _holding_place(text, end if group == 1 else match.end(), places)
            holder = holder if holder is not None and holder.country_code == cc else None
            if holder is None and owner is not None and owner.feature_class == "P" and owner.country_code == cc:
                holder = owner  # "Harare's Mbare suburb": a part of the town
            out.append(_within(start, end, name, holder, gaz.country(cc) if cc else None))
    return out


LISTED = re.compile(
    r"\b(towns|cities|villages|communities|municipalities|provinces|districts|regions|counties|states|prefectures|"
    r"governorates|departments|islands) of (?:the )?")
ITEM = re.compile(r"[A-Z][\w'’\-]+(?: (?:(?:de|del|la|es|al|el) )?[A-Z][\w'’\-]+){0,3}")
ITEM_GAP = re.compile(r", and |, or |, | and | or ")
SINGULAR = {"towns": "", "cities": "", "villages": "", "communities": "", "municipalities": "", "provinces": "Province",
            "districts": "District", "regions": "Region", "counties": "County", "states": "State",
            "prefectures": "Prefecture", "governorates": "Governorate", "departments": "Department", "islands": ""}


def listed_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'the villages of A, B and C', 'the provinces of A, B and Western': each item the gazetteer does not give is
    the named kind of place ('Western' + 'Province' when the gazetteer knows it in that country), else unresolved in
    the country the text places the list."""
    out: list[Place] = []
    taken = list(places)
    for match in LISTED.finditer(text):
        kind = SINGULAR[match.group(1)]
        pos, items = match.end(), []
        while (item := ITEM.match(text, pos)):
            items.append((item.start(), item.end()))
            gap = ITEM_GAP.match(text, item.end())
            if not gap:
                break
            pos = gap.end()
        if len(items) < 2:
            continue
        cc = _holding_country(text, items[0][0], items[-1][1], taken, focus)
        for start, end in items:
            name = text[start:end]
            if _overlaps(taken, start, end) or name.split()[0] in FUNCTION_WORDS:
                continue
            found = [f for f in gaz.lookup(name_key(f"{name} {kind}")) if f.cc == cc and f.fclass == "A"] if kind and cc else []
            if found:
                place = from_feature(start, end, name, found[0])
            elif name.lower() in DIRECTION_WORDS or name_key(name) in stoplist():
                continue
            else:
                place = unresolved(start, end, name, gaz.country(cc) if cc else None)
            out.append(place)
            taken.append(place)
    return out


APPOSITIVE = re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+)(?:,| is) (?:a|an|the) (?:[a-z][a-z\-]+ ){0,3}"
    r"(?:town|village|city|township|district|province|region|county|suburb|community|municipality|settlement|island|"
    r"port|hamlet|neighbou?rhood|slum)s? (?:in|of|near|on|outside|north|south|east|west|just)\b")


def appositive_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'X, a mountain village in northern Italy', 'X is a small town in ...': X is a place; a town of that name in the
    country the text puts it in when the gazetteer knows one, else unresolved there."""
    out: list[Place] = []
    for match in APPOSITIVE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if _overlaps(places, start, end) or not _name_like(text, start, name):
            continue
        cc = _holding_country(text, start, end, places, focus, after_text=match.end())
        towns = [f for f in gaz.lookup(name_key(name)) if f.cc == cc and f.fclass == "P"] if cc else []
        holder = _holding_place(text, end, places, after_text=match.end())
        holder = holder if holder is not None and holder.country_code == cc else None
        out.append(from_feature(start, end, name, towns[0]) if towns
                   else _within(start, end, name, holder, gaz.country(cc) if cc else None))
    return out


LOCATED = re.compile(
    r"\b(?:(?:in|at|near|into|outside)(?: the| either)? ((?:[A-Z][\w'’\-]+ ){0,1}[A-Z][\w'’\-]+)"
    r"(?: (?:slums?|area|village|town|district|township))?"
    r"|(?:to|from)(?: the)? ((?:[A-Z][\w'’\-]+ ){0,1}[A-Z][\w'’\-]+) (?:slums?|area|village|town|district|township))"
    r" (?:in|near|outside|of) (?:the )?(?=[A-Z])")
INSTITUTION_WORDS = {"Hospital", "University", "College", "School", "Institute", "Center", "Centre", "Airport", "Market",
                     "Hotel", "Church", "Company", "Corporation", "Inc", "Ltd", "Group", "Bank", "Ministry", "Department",
                     "Office", "Council", "Court", "Prison", "Farm", "Farms", "Park", "Zoo", "Station", "Club"}


def located_places(text: str, places: list[Place], focus: Counter[str], gaz: Gazetteer) -> list[Place]:
    """'at X in Queensland', 'from the X district in Lagos': a name the gazetteer does not know, after a
    locative word and right before a town or region it lies in, is a place there: a part of the town (at the town's
    point), or unresolved in the region's country."""
    out: list[Place] = []
    for match in LOCATED.finditer(text):
        group = 1 if match.group(1) else 2  # after "to"/"from" only with a place word: "a call from Annan in Geneva"
        start, end = match.span(group)
        name = match.group(group)
        holder = next((p for p in places if p.start == match.end()), None)
        if (holder is None or holder.feature_class not in ("P", "A") or holder.feature_code == "PCLI"
                or not holder.country_code or name.isupper() or name.split()[-1] in INSTITUTION_WORDS
                or _overlaps(places, start, end) or not _name_like(text, start, name)):
            continue
        out.append(_within(start, end, name, holder, gaz.country(holder.country_code)))
    return out


def _overlaps(places: list[Place], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in places)


def _ordinary_word(name: str) -> bool:
    """A name starting with a function word or a direction, or a stoplisted word: not a place's name."""
    first = name.split(" ", 1)[0]
    return first in FUNCTION_WORDS or first.lower() in DIRECTION_WORDS or name_key(name) in stoplist()


def _name_like(text: str, start: int, name: str) -> bool:
    """Not an ordinary word, nor a pronoun-like word at a sentence's start ("It is a town...")."""
    return not (_ordinary_word(name)
                or name.split(" ", 1)[0] in ("It", "He", "She", "They", "We", "There", "Here", "What", "Which"))


HOLDER_GAP = re.compile(
    r"^(?:,| in| near|,? near to| of|,? (?:located|situated|which is|that is|lying) in)?,? (?:the )?"
    r"(?:(?:[a-z]+ern|central) )?(?:province of |state of )?$")


def _holding_country(text: str, start: int, end: int, places: list[Place], focus: Counter[str],
                     after_text: int | None = None) -> str:
    """The country of the place named right after ("X, Kenya", "X in Kent, England"; with `after_text`, the first
    place within 40 characters of that offset: "X, a town in southern Peru"), else of the last place named in the
    sentence before it, else the article's main country."""
    after = sorted((p for p in places if p.start >= end and p.country_code and p.start - end < 60),
                   key=lambda p: p.start)
    if after and HOLDER_GAP.match(text[end:after[0].start]):
        return after[0].country_code
    if after_text is not None:
        near = [p for p in places if after_text <= p.start < after_text + 40 and p.country_code]
        if near and "." not in text[after_text:min(p.start for p in near)]:
            return min(near, key=lambda p: p.start).country_code
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    before = [p for p in places if sentence_start < p.start and p.end <= start and p.country_code]
    if before:
        return before[-1].country_code
    return focus.most_common(1)[0][0] if focus else ""


def _holding_place(text: str, end: int, places: list[Place], after_text: int | None = None) -> Place | None:
    """The place named right after ("X, Kenya", "X in Fife"; with `after_text`, the first place within 40 characters
    of that offset: "X, a town in Taoyuan"), as `_holding_country` finds it."""
    after = sorted((p for p in places if p.start >= end and p.country_code and p.start - end < 60),
                   key=lambda p: p.start)
    if after and HOLDER_GAP.match(text[end:after[0].start]):
        return after[0]
    if after_text is not None:
        near = [p for p in places if after_text <= p.start < after_text + 40 and p.country_code]
        if near and "." not in text[after_text:min(p.start for p in near)]:
            return min(near, key=lambda p: p.start)
    return None


def _within(start: int, end: int, name: str, holder: Place | None, country: Feature | None) -> Place:
    """An unknown place the text puts inside a town, county or first-level region: at that holder's point, as
    precise as the holder (a part of a town, PPLX; else the county's or region's resolution); inside a country
    only, or nowhere, it stays unresolved (a country's point says nothing of where a village is)."""
    if holder is not None and holder.feature_class == "P" and holder.lat is not None:
        return _section(start, end, name, holder)
    if holder is not None and holder.feature_code in ("ADM1", "ADM2") and holder.lat is not None and not holder.direction:
        return replace(holder, start=start, end=end, text=name, geonameid=None, name=name)
    return unresolved(start, end, name, country)


QUALIFIED = re.compile(r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+), $")
HOLDER_CODES = ("PCLI", "ADM1", "ADM2")


def qualified_unknowns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'X, Kenya' / 'X, Town, Country' / 'in X, Town' with X not in the gazetteer: an unresolved place in that
    country, or a part of that town."""
    ordered = sorted(places, key=lambda p: p.start)
    out: list[Place] = []
    for i, holder in enumerate(ordered):
        if not holder.country_code:
            continue
        match = QUALIFIED.search(text[max(0, holder.start - 60):holder.start])
        if not match:
            continue
        start = holder.start - len(match.group(0))
        end = start + len(match.group(1))
        if not _holds(text, ordered, i) and not _locative_part(text, start, holder):
            continue
        if _plausible_name(text, start, match.group(1)) and not _overlaps(places, start, end):
            out.append(_within(start, end, match.group(1), holder, gaz.country(holder.country_code)))
    return out


LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside)(?: the)? $")


def _locative_part(text: str, start: int, holder: Place) -> bool:
    """'a market in X, Town': after a locative word, an unknown name qualified by a town is a part of that town."""
    return holder.feature_class == "P" and bool(LOCATIVE_BEFORE.search(text[max(0, start - 12):start]))


def _section(start: int, end: int, name: str, town: Place) -> Place:
    """'X, Nairobi, Kenya': a part of the town (GeoNames' PPLX) at the town's point, with no GeoNames id."""
    return replace(town, start=start, end=end, text=name, geonameid=None, name=name, feature_code="PPLX",
                   direction=None)


def _holds(text: str, ordered: list[Place], i: int) -> bool:
    """A country or region (not followed by a possessive: "X, Kenya's minister"), or a town followed by its own
    region or country ("X, Nairobi, Kenya")."""
    holder = ordered[i]
    if text[holder.end:holder.end + 2] in ("'s", "’s"):
        return False
    if holder.feature_code in HOLDER_CODES:
        return True
    nxt = ordered[i + 1] if i + 1 < len(ordered) else None
    return bool(nxt and nxt.feature_code in HOLDER_CODES and nxt.country_code == holder.country_code
                and text[holder.end:nxt.start] in (", ", ","))


def _plausible_name(text: str, start: int, name: str) -> bool:
    """Not at a sentence's start, not a function word, title or direction, and not a stoplisted word."""
    if _ordinary_word(name):
        return False
    before = text[max(0, start - 12):start]
    prev_word = before.split()[-1].rstrip(".") if before.split() else ""
    if not before.strip() or SENTENCE_START.search(before) or prev_word in HONORIFICS:
        return False
    return True


LIST_SEP = re.compile(r", and |, or |, | and | or ")
LIST_NAME = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}")
LIST_BEFORE = re.compile(r"(?<![\w'’\-.])([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2}), $")
LIST_AFTER = re.compile(r"(?:, and |, or |, | and | or )([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})(?![\w'’\-])")


def list_unknowns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'Kisumu, Tandala, Homa Bay and Migori': an unknown name among list items the gazetteer places in one country
    (one on each side, towns or regions) is a place of that country too, unresolved; a list's first or last item as
    well when the three items next to it are such places."""
    ordered = sorted((p for p in places if p.country_code and p.feature_class in ("P", "A")
                      and p.feature_code != "PCLI"), key=lambda p: p.start)
    out: list[Place] = []
    taken = list(places)

    def add(start: int, end: int, cc: str) -> None:
        name = text[start:end]
        if _overlaps(taken, start, end) or not _name_like(text, start, name) or name.isupper():
            return
        place = unresolved(start, end, name, gaz.country(cc))
        out.append(place)
        taken.append(place)

    for a, b in zip(ordered, ordered[1:]):
        if a.country_code != b.country_code:
            continue
        gap = text[a.end:b.start]
        sep = LIST_SEP.match(gap)
        if not sep or gap == sep.group():
            continue
        pos, items = sep.end(), []
        while (item := LIST_NAME.match(gap, pos)) and (nxt := LIST_SEP.match(gap, item.end())):
            items.append((a.end + item.start(), a.end + item.end()))
            pos = nxt.end()
        if items and pos == len(gap):
            for start, end in items:
                add(start, end, a.country_code)
    for i in range(len(ordered) - 2):
        a, b, c = ordered[i:i + 3]
        if len({a.country_code, b.country_code, c.country_code}) > 1:
            continue
        if not (LIST_SEP.fullmatch(text[a.end:b.start]) and LIST_SEP.fullmatch(text[b.end:c.start])):
            continue
        before = LIST_BEFORE.search(text[max(0, a.start - 40):a.start])
        if before and text[a.end:b.start] == ", ":
            start = a.start - len(before.group(0))
            add(start, start + len(before.group(1)), a.country_code)
        after = LIST_AFTER.match(text, c.end)
        if after and text[b.end:c.start] == ", ":
            add(after.start(1), after.end(1), c.country_code)
    return out
