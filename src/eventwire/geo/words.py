"""The words of a text, with offsets and the flags mention detection asks of each word many times."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# The capital letters a name may open with, for a character class: Latin's, with those of its accented and extended
# letters ("Żelazno", "Łódź", "Šćepan Polje", "Çıldır").
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
SENTENCE_END = re.compile(r"(?:[.!?]['\"”’)]?|[\n:;\"“])\s*$")
# Suffixes of a country's part in what others do ("Iran-backed", "Qatar-brokered"): the country is a place mention, its
# people's name is not ("Saudi-backed": `backed_demonym`).
BACKING_SUFFIXES = ("-backed", "-brokered", "-funded", "-sponsored", "-supported", "-allied", "-aligned")
BACKING = re.compile("|".join(BACKING_SUFFIXES))
# Suffixes that glue a name into a modifier ("Atlanta-based", "London-born"): the name is still a place mention.
MODIFIER_SUFFIXES = ("-based", "-born", "-bound", "-area", "-region", "-registered", "-headquartered", "-wide",
                     "-owned", "-administered", "-controlled", "-occupied", "-held", "-listed") + BACKING_SUFFIXES

# Words that describe a place between an owner's possessive and its name ("Kenya's remote X", "Bolivia's lowland X").
PLACE_DESCRIPTORS = ("flooded", "remote", "restive", "rural", "coastal", "mountainous", "impoverished", "arid", "hilly",
                     "lowland", "highland", "northern", "southern", "eastern", "western", "central", "north-eastern",
                     "northeastern", "north-western", "northwestern", "south-eastern", "southeastern", "south-western",
                     "southwestern", "far-flung")
DESCRIBED_POSSESSIVE = re.compile(rf"['’]s (?:(?:{'|'.join(PLACE_DESCRIPTORS)}) )?")


# Titles before a person's name: "Dr. Preston" neither ends a sentence nor is followed by a place.
HONORIFICS = {"Dr", "Mr", "Mrs", "Ms", "Mme", "Prof", "Professor", "Sen", "Senator", "Rep", "Gov", "Rev", "Sir", "Dame",
              "Sgt", "Capt", "Lt", "Col", "Gen", "Judge"}


class Word(NamedTuple):
    """A word of the text with its offsets and whether it starts a sentence; `capital` and `prefixed` are worked out
    once, by `word` (they are asked of every word many times). A named tuple: texts have thousands of words, and it is
    made several times faster than a frozen dataclass."""

    start: int
    end: int
    text: str
    initial: bool
    hyphened: bool = False
    capital: bool = False  # capitalised, also behind an elided article ("d'Ivoire", "l'Aquila")
    prefixed: bool = False  # a lower-case prefix hyphened to a capitalised word: "sub-Saharan" (may open a name)


# A Nguni locative or class prefix in lower case before a capitalised name ("eMalahleni", "eThekwini", "kwaDukuza",
# "uMhlathuze"): South African official names, capitalised as names all the same.
NGUNI_PREFIX = re.compile(r"(?:e|u|kwa|em)[A-Z][a-z]{4}")

_NEW = tuple.__new__  # a named tuple made without its generated __new__: words() makes one per word of the text


def word(start: int, end: int, text: str, initial: bool, hyphened: bool = False) -> Word:
    """A word with its `capital` and `prefixed` flags."""
    capital = (text[0].isupper() or (len(text) > 2 and text[1] in "'’" and text[2].isupper())
               or (len(text) > 4 and bool(NGUNI_PREFIX.match(text))))
    if "-" not in text:
        return _NEW(Word, (start, end, text, initial, hyphened, capital, False))
    head, _, tail = text.rpartition("-")
    prefixed = bool(head) and head.islower() and tail[:1].isupper()
    return _NEW(Word, (start, end, text, initial, hyphened, capital, prefixed))


def _genus_initial(gap: str, before: str, token: str) -> bool:
    """'E. coli', 'S. aureus': a capital letter's dot before a word in lower case ends no sentence."""
    return gap == ". " and len(before) == 1 and before.isupper() and token[:1].islower()


def words(text: str) -> list[Word]:
    """The words of the text; a trailing possessive 's is left out."""
    out: list[Word] = []
    prev_end = 0
    for match in WORD.finditer(text):
        token = match.group()
        start, end = match.span()
        if token[-2:] in ("'s", "’s") and len(token) > 2:
            token, end = token[:-2], end - 2
        hyphen = "-" in token
        if hyphen:
            token, end = _strip_modifier(token, end)
        gap = text[prev_end:start]
        initial = not out or (gap != " " and _ends_sentence(gap)
                              and not (gap == ". " and out[-1].text in HONORIFICS)
                              and not _genus_initial(gap, out[-1].text, token))
        if hyphen:
            out.extend(_parts(start, token, initial))
        else:
            out.append(word(start, end, token, initial))
        prev_end = end
    return out


@lru_cache(maxsize=4096)
def _ends_sentence(gap: str) -> bool:
    """Whether the text between two words ends a sentence (the few gaps, "; ", ". ", ".\n\n", recur in every text)."""
    return bool(SENTENCE_END.search(gap))


def _parts(start: int, token: str, initial: bool) -> list[Word]:
    """A word; a hyphened compound of capitalised parts ("Asia-Pacific", "India-Pakistan") as one word per part."""
    parts = token.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return [word(start, start + len(token), token, initial)]
    out: list[Word] = []
    for part in parts:
        out.append(word(start, start + len(part), part, initial and not out, True))
        start += len(part) + 1
    return out


def _strip_modifier(token: str, end: int) -> tuple[str, int]:
    """'Atlanta-based' -> 'Atlanta'."""
    lowered = token.lower()
    for suffix in MODIFIER_SUFFIXES:
        if lowered.endswith(suffix) and len(token) > len(suffix):
            return token[:-len(suffix)], end - len(suffix)
    return token, end


def sentence_initial(text: str, start: int) -> bool:
    """The first word of the text, a line or a sentence (after quotes)."""
    before = text[:start].rstrip(" \"'“‘(")
    return not before or before[-1] in "\n.!?:;"
