"""Unknown names next to known places: 'X, Kenya', 'X, Town, Country', 'in X, Town', and items of a list whose other
items the gazetteer places in one country."""

from __future__ import annotations

import re
from dataclasses import replace

from .gate import led
from .keys import name_key
from .context import LOCATIVE
from .gazetteer import Gazetteer
from .mentions import HONORIFICS
from .words import PLACE_DESCRIPTORS
from .holder import Taken, name_like, ordinary_word, overlaps, within
from .place import Place, from_feature, unresolved

SENTENCE_START = re.compile(r"(?:[.!?:;\n\"“(]['\"”’)]?)\s*$")
# 'X, Kenya'; also 'X, part of Grenada', 'X, which is part of Tanzania'.
QUALIFIED = led("A-Z", re.compile(
    r"(?<![\w'’\-.])((?:[A-Z][\w'’\-]+ ){0,2}[A-Z][\w'’\-]+), (?:(?:which is |now )?part of (?:the )?)?$"))
HOLDER_CODES = ("PCLI", "ADM1", "ADM2")


def qualified_unknowns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'X, Kenya' / 'X, part of Kenya' / 'X, Town, Country' / 'in X, Town' with X not in the gazetteer: an unresolved
    place in that country, or a part of that town."""
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
        if _plausible_name(text, start, match.group(1)) and not overlaps(places, start, end):
            out.append(within(start, end, match.group(1), holder, gaz.country(holder.country_code)))
    return out


# 'fled from X, in Myanmar's Rakhine state', 'a camp at X, in the Y region': an unknown name after a locative word or
# "from"/"to", placed by the known place after ", in".
LOCATED_COMMA = re.compile(r"\b(?:in|at|near|from|to|outside)(?: the)? ((?:[A-Z][\w'’\-]+ )?[A-Z][\w'’\-]+), in "
                           r"(?:the )?(?:(?:[a-z]+ern|central) )?$")


def located_unknowns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'from X, in Myanmar's Rakhine state': X, unknown to the gazetteer, is a place of the region or country named
    after ", in" (the region a country's possessive opens when there is one), unresolved or at the holder's point."""
    ordered = sorted(places, key=lambda p: p.start)
    out: list[Place] = []
    taken = Taken(places)
    for i, holder in enumerate(ordered):
        window = max(0, holder.start - 60)
        match = LOCATED_COMMA.search(text[window:holder.start])
        if not match or not holder.country_code or holder.feature_class not in ("A", "P"):
            continue
        nxt = ordered[i + 1] if i + 1 < len(ordered) else None
        if (holder.feature_code == "PCLI" and nxt is not None and nxt.country_code == holder.country_code
                and text[holder.end:nxt.start] in ("'s ", "’s ")):
            holder = nxt  # "Myanmar's Rakhine state": the region holds it
        start, end = window + match.start(1), window + match.end(1)
        if _plausible_name(text, start, match.group(1)) and not taken(start, end):
            out.append(taken.add(within(start, end, match.group(1), holder, gaz.country(holder.country_code))))
    return out


# "Balochistan's flooded X", "Kenya's remote X": a country's or region's possessive, a word that describes a place, then
# the name (without such a word, "Kenya's X Y" is as often a person: "Kenya's William Ruto").
OWNED_AREA = re.compile(
    rf"['’]s (?:(?:{'|'.join(PLACE_DESCRIPTORS)}|[a-z]+-(?:hit|torn|ravaged|affected|stricken|prone)) )"
    r"((?:[A-Z][\w'’\-]+ )?[A-Z][\w'’\-]+)\b(?!['’]s| [A-Z])")


def owned_unknowns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'Balochistan's flooded X': X, a name no place found covers, is a place of that country or region (at the
    region's point)."""
    out: list[Place] = []
    taken = Taken(places)
    for owner in places:
        if owner.feature_code not in ("PCLI", "ADM1") or not owner.country_code:
            continue
        match = OWNED_AREA.match(text, owner.end)
        if not match:
            continue
        start, end = match.span(1)
        if taken(start, end) or ordinary_word(match.group(1)) or match.group(1).isupper():
            continue
        holder = owner if owner.feature_code == "ADM1" else None
        out.append(taken.add(within(start, end, match.group(1), holder, gaz.country(owner.country_code))))
    return out


LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside)(?: the)? $")


def _locative_part(text: str, start: int, holder: Place) -> bool:
    """'a market in X, Town': after a locative word, an unknown name qualified by a town is a part of that town."""
    return holder.feature_class == "P" and bool(LOCATIVE_BEFORE.search(text[max(0, start - 12):start]))


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
    if ordinary_word(name):
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


def list_holders(places: list[Place]) -> list[Place]:
    """The towns and regions found (not countries) that can stand beside an unknown list item, in text order."""
    return sorted((p for p in places if p.country_code and p.feature_class in ("P", "A") and p.feature_code != "PCLI"),
                  key=lambda p: p.start)


def item_place(text: str, start: int, end: int, cc: str, taken: list[Place], gaz: Gazetteer) -> Place | None:
    """An unknown list item of country `cc`: the country's town of that name if the gazetteer has one, else an
    unresolved place there; none when a place covers it or it is no name."""
    name = text[start:end]
    if overlaps(taken, start, end) or not name_like(text, start, name) or name.isupper():
        return None
    towns = [f for f in gaz.lookup(name_key(name)) if f.cc == cc and f.fclass == "P"]
    return from_feature(start, end, name, towns[0]) if towns else unresolved(start, end, name, gaz.country(cc))


def list_unknowns(text: str, places: list[Place], gaz: Gazetteer) -> list[Place]:
    """'Kisumu, Tandala, Homa Bay and Migori': an unknown name among list items the gazetteer places in one country
    (one on each side, towns or regions) is a place of that country too, unresolved; a list's first or last item as
    well when the three items next to it are such places, and either of two after a locative word ("in A and X", "on
    X and A", "residents of X and A"): a town of that country when the gazetteer has one of the name."""
    ordered = list_holders(places)
    out: list[Place] = []
    taken = list(places)

    def add(start: int, end: int, cc: str) -> None:
        if (place := item_place(text, start, end, cc, taken, gaz)) is not None:
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
    for a in ordered:
        pair = PAIR_AFTER.match(text, a.end)
        if pair and PAIR_LOCATIVE.search(text[max(0, a.start - 30):a.start]):
            add(pair.start(1), pair.end(1), a.country_code)
        pair = PAIR_BEFORE.search(text, max(0, a.start - 60), a.start)
        if pair and PAIR_END.match(text, a.end):
            add(pair.start(1), pair.end(1), a.country_code)
    return out


# 'in Migori and X.', 'on X and Migori,': one word joined by "and"/"or" to a town or region after a locative word (or
# a word of the people living there: "residents of X and Y"), then the clause ends.
PAIR_AFTER = re.compile(r" (?:and|or) ([A-Z][a-z\-]+)(?=[.,;:]|\s+[a-z])")
PAIR_WORDS = r"(?:in|at|near|inside|outside|on|through|(?:[Rr]esidents|[Vv]illagers|[Ff]amilies|[Ff]armers) of)"
PAIR_LOCATIVE = re.compile(rf"\b{PAIR_WORDS}(?: the)? $")
PAIR_BEFORE = re.compile(rf"\b{PAIR_WORDS} ([A-Z][a-z\-]+) (?:and|or) $")
PAIR_END = re.compile(r"(?=[.,;:]|\s+[a-z])")


LOCATIVE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(LOCATIVE))}) (?:the )?$")
# The same, opening a sentence ("In X, the tiny sandstone town, ...").
OPENING_LOCATIVE = re.compile(rf"(?:^|[.!?][\"”’']?\s+|\n)(?:{'|'.join(sorted(w.capitalize() for w in LOCATIVE))}) $")


def repeated_unknowns(text: str, places: list[Place]) -> list[Place]:
    """A place the gazetteer does not know, found once ("the small town of X"), is that place again where its name
    recurs after a locative word ("doctors arrived in X"): one sense per article; a dateline's capitals ("KIPTORONGO,
    Kenya -") recur in the article's own case ("in Kiptorongo"). Elsewhere (a sentence's subject, inside a longer
    capitalised name) a person's or organisation's name of the same spelling is as likely."""
    out: list[Place] = []
    unknown = {p.text: p for p in places if p.geonameid is None and p.name == p.text and not p.direction}
    if not unknown:
        return out
    unknown.update({_titled(name): p for name, p in unknown.items() if name.isupper() and len(name) > 3})
    taken = Taken(places)
    for name, place in unknown.items():
        for match in re.finditer(rf"(?<![\w'’\-]){re.escape(name)}(?![\w\-]| [A-Z])", text):
            start, end = match.span()
            before = text[max(0, start - 30):start]
            if taken(start, end) or not (LOCATIVE_WORD.search(before) or OPENING_LOCATIVE.search(before)):
                continue
            out.append(taken.add(replace(place, start=start, end=end, text=name, name=name)))
    return out


def _titled(name: str) -> str:
    """A name in capitals as news writes it in its text: "AL-QAIM" -> "Al-Qaim", "SAN PEDRO" -> "San Pedro"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), name)
