"""People the article names, whose names also spell towns: "Andrew Lopez, 20, ... convict Lopez", "Sarah Palin's
church ... Palin told". Once the article writes a word after a common given name or a title ("Mr Warren"), that
word is a person's name throughout the article, and so is the given name: named alone ("Lopez said", "Tyler
scored"), it is no town unless a locative word ("in Lopez"), a region or country after a comma ("Lopez,
Washington"), its people or officers ("Warren residents", "Ferguson's mayor", "Orlando police") or a town's frame
before it ("the city of Tyler", "Mary Lodi, 88, of Lodi") make it one.

Given names: the US Census Bureau's 1990 lists of first names (PyPI `names`), those of at least 0.005% of people,
without the ones that are also English words (`geo/data/word_names.tsv`: "Will", "May", "Grant"). A name that is a
country, a first-level region, a capital of PROTECTED_CAPITAL people, a city of PROTECTED_POPULATION or any
feature but a populated place stays a place ("Will Kabul fall?", "Jordan Henderson ... Jordan"; not "Michael
Douglas", whose name is the Isle of Man's capital).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib.resources import files

from ..data import data_path, read_tsv
from .context import DWELLERS, OFFICE_WORDS, OFFICES, SERVED
from .gazetteer import Gazetteer
from .keys import name_key
from .mentions import COUNTY_WORDS, REGION_WORDS, Mention
from .natural import kind_words
from .abbreviations import state_abbreviation
from .place import Place
from .words import HONORIFICS, Word

MIN_SHARE = 0.005  # percent of people with the given name
PROTECTED_POPULATION = 500_000
PROTECTED_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR", "ADM1", "CONT"})
PROTECTED_CAPITAL = 100_000  # a capital smaller than this is as often a surname: "Michael Douglas" (Isle of Man)
# Words before a person's name that still make it a place: "protests in Ferguson". Not "to", "from", "at", "of", which
# name people as often ("a letter from Palin", "directed at Palin", "the trial of Lopez").
PLACING = frozenset({"in", "near", "outside", "into", "across", "throughout", "around", "between", "inside", "behind",
                     "beyond", "through"})


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names, lower case, less the ones that are English words."""
    words = {name_key(row["name"]) for row in read_tsv(data_path("geo", "word_names.tsv"))}
    out = set()
    for part in ("dist.male.first", "dist.female.first"):
        for line in files("names").joinpath(part).read_text().splitlines():
            name, share = line.split()[:2]
            if float(share) >= MIN_SHARE:
                out.add(name.lower())
    return frozenset(out - words)


# Titles and offices written before a person's name ("Coach Sherman", "Mayor Bowser", "President Ruto"), besides
# the abbreviated honorifics ("Mr.", "Gov.").
TITLES = HONORIFICS | {"Coach", "Chief", "President", "Mayor", "Governor", "Sheriff", "Detective", "Deputy", "Officer",
                       "Pope", "Father", "Chancellor", "Premier", "Minister", "Secretary", "Senator", "Congressman",
                       "Congresswoman", "Ambassador", "Commissioner", "Inspector", "Constable", "Sergeant", "Captain",
                       "Lieutenant", "General", "Admiral", "Justice"}


def person_names(text: str, ws: list[Word], gaz: Gazetteer) -> frozenset[str]:
    """The words the article uses as people's names: a given name and the word right after it, and a word after a
    title; not where the two words together name a place ("Charlotte Amalie"), the second is a kind of place
    ("Ellis Island", "Marion County") or a third capitalised word follows (an institution's name); nor a given name and
    a word after "the" ("the Shannon Callows")."""
    names: set[str] = set()
    for prev, cur, after in zip(ws, ws[1:], ws[2:] + [None]):
        if not (prev.capital and cur.capital) or text[prev.end:cur.start] not in (" ", ". "):
            continue
        if after is not None and after.capital and text[cur.end:after.start] == " ":
            continue  # a longer name: "the Florence Federal Prison Camp"
        if text[prev.end:cur.start] == ". " and prev.text not in HONORIFICS:
            continue
        if prev.text in TITLES:
            if not gaz.lookup(name_key(f"{prev.text} {cur.text}")):  # "General Santos" is a city
                names.add(cur.text)
        elif _given_then_surname(prev, cur, gaz) and not text.endswith(("the ", "The "), 0, prev.start):
            names.update((prev.text, cur.text))  # not "the Shannon Callows", a place's name
    return frozenset(n for n in names if not _protected(n, gaz))


def _given_then_surname(prev: Word, cur: Word, gaz: Gazetteer) -> bool:
    if prev.text.isupper() or cur.text.isupper() or prev.text.lower() not in given_names():
        return False
    if cur.text in OFFICE_WORDS | COUNTY_WORDS | REGION_WORDS or cur.text in kind_words():
        return False
    return not gaz.lookup(name_key(f"{prev.text} {cur.text}"))


def _protected(name: str, gaz: Gazetteer) -> bool:
    """A country, a first-level region, a capital of 100,000 people, a big city or a feature other than a populated
    place keeps its place reading, under its own name or a demonym ("Tony Romo" is no reason to keep Rome, whose
    other names include "Romo")."""
    return any(f.how != "alt" and (f.fcode in PROTECTED_CODES or f.fclass not in ("P", "")
                                   or f.population >= _protected_size(f.fcode))
               for f in gaz.lookup(name_key(name)))


def _protected_size(fcode: str) -> int:
    return PROTECTED_CAPITAL if fcode == "PPLC" else PROTECTED_POPULATION


def without_people(text: str, ws: list[Word], mentions: list[Mention], names: frozenset[str],
                   gaz: Gazetteer) -> list[Mention]:
    """The mentions but one-word ones of people's names (`person_names`) that nothing ties to a place."""
    if not names:
        return mentions
    return [m for m in mentions if m.first != m.last or m.text not in names or _placed(text, ws, m.first, m.end, gaz)]


def people_dropped(text: str, ws: list[Word], places: list[Place], names: frozenset[str],
                   gaz: Gazetteer) -> list[Place]:
    """The same for the places the later rules add ("directed at Palin" is no place the gazetteer lacks)."""
    if not names:
        return places
    starts = [w.start for w in ws]
    return [p for p in places if p.text not in names
            or _placed(text, ws, bisect_left(starts, p.start), p.end, gaz)]


# A town's officers and bodies after its name: "Orlando police said", "Savannah officials" (a person's name is rarely
# followed by them); its offices as a capitalised word ("Warren City Council", "Chester Zoo") are `OFFICE_WORDS`.
TOWN_AFTER = re.compile(r" (?:police|officials|city council|city hall|school board|fire department)\b")
# Before a name: "the city of Tyler", "the mayor of Ferguson", and a wire story's home town after an age ("Mary Lodi,
# 88, of Lodi"); not "the trial of Lopez".
TOWN_BEFORE = re.compile(r"(?:\b\d{1,3}, |\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Tt]ownship|[Mm]ayor|[Rr]esidents?|"
                         r"[Nn]atives?|[Oo]utskirts|[Ss]uburbs?) )of (?:the )?$")


def _placed(text: str, ws: list[Word], first: int, end: int, gaz: Gazetteer) -> bool:
    """'in Lopez', 'Lopez, Washington', 'Warren residents', "Ferguson's mayor", 'Orlando police', 'the city of Tyler'
    (`first`: the name's word index, `end`: its end offset); not another possessive ("in Horton's death")."""
    if DWELLERS.match(text, end) or OFFICES.match(text, end) or SERVED.match(text, end) or TOWN_AFTER.match(text, end):
        return True
    if text.startswith(("'s", "’s"), end):
        return False
    prev = ws[first - 1] if first > 0 else None
    if prev is not None and prev.text.lower() in PLACING and text[prev.end:ws[first].start] == " ":
        return True
    if state_abbreviation(text, end):
        return True  # "Florence, Colo."
    if TOWN_BEFORE.search(text, max(0, ws[first].start - 40), ws[first].start):
        return True
    nxt = next((w for w in ws[first:first + 3] if w.start >= end), None)
    if nxt and text[end:nxt.start] == " " and nxt.text in OFFICE_WORDS:
        return True
    return bool(nxt and text[end:nxt.start] == ", " and nxt.capital
                and any(f.fcode in ("PCLI", "ADM1") for f in gaz.lookup(name_key(nxt.text))))
