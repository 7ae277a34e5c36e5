"""Sites the wording frames: '30 km from X', 'arrived in X', 'overran X', 'the camps of X and Y', 'in X state', 'the
strip of al-X', 'X, the camp in Syria', 'at X market' (`unknown_sites` decides which become places)."""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from .frames import TIME_WORDS
from .gate import gate, led
from .place import Place

# A word of a name: capitalised, or an Arabic article hyphened to one ("al-Hol", "el-Mandeb").
PART = r"(?:(?:al|el|ad|ash|as|az|an|ar|at|ez)-)?[A-Z][\w'’\-]+"
NAME = rf"{PART}(?: {PART}){{0,2}}"
ONE = r"(?:(?:al|el)-)?[A-Z][a-z][\w\-]*"
# 'the camps of X and Y in Bangladesh': two camps, in the country named after them.
CAMPS_OF = gate(re.compile(
    rf"\bcamps (?:of|at|in) ({ONE}) and ({ONE})\b(?!['’])"),
    "camps ")
# "20 km from X": a distance measured from a place.
MEASURED_FROM = gate(re.compile(
    rf"\b\d[\d,.]* ?(?:km|kilometres|kilometers|miles) (?:away )?from ({ONE})"
    r"(?![\w'’\-]| [A-Z])"),
    "km", "kilomet", "miles")
# "arrived in X after", "fighters overran X on Monday": where people arrive or shelter, what forces take or shell.
MONTHS_DAYS = TIME_WORDS | {"May"}
ARRIVED = gate(re.compile(
    rf"\b(?:arrived|arriving|landed|sheltering|stranded|camped|resettled) (?:in|at) ({ONE})"
    rf"(?![\w'’\-]| [A-Z])"),
    "arrived", "arriving", "landed", "sheltering", "stranded", "camped", "resettled")
TAKEN = gate(re.compile(
    rf"\b(?:retook|recaptured|overran|shelled|besieged|bombarded) ({ONE})"
    rf"(?=[.,;:]| (?:from|on|in|after|before|and|near|overnight|last|this|early|late)\b)"),
    "retook", "recaptured", "overran", "shelled", "besieged", "bombarded")
STATE = gate(re.compile(
    rf"\b(?:in|of|across|throughout|from) ({ONE}) state\b"),
    " state")
# 'X, the camp in Syria', 'the coastal strip of al-X', 'the town of al-X'.
CALLED_SITE = gate(led("A-Zae", re.compile(
    rf"(?<![\w'’\-.])({NAME}), the (?:[a-z][a-z\-]+ ){{0,2}}(?:camp|crossing) "
    rf"(?:in|near|on|for|that|"
    rf"which|where|outside)\b")),
    "camp", "crossing")
# 'a tent at X market', 'miners at the X gold mine', 'refugees in the nearby X settlement': a market right after "at",
# "near" or "outside" ("in the X market", "at the Bitcoin market" are a trade's), a mine after them, a settlement after
# any locative word; not 'the X settlement of'.
KIND_SITE = gate(re.compile(
    rf"\b(?:(?:at|near|outside) ({NAME}) market|(?:at|near|outside)(?: the)?(?: [a-z]+)? ({NAME}) "
    rf"(?:gold |copper )?mine|"
    rf"(?:in|at|to|from|near|outside|into)(?: the)?(?: [a-z]+)? ({NAME}) (?:refugee )?settlement)"
    r"\b(?! of\b)"),
    "market", "mine", "settlement")
OF_SITE = re.compile(rf"\b(?:strip|camp|town|village|city|district|area|port) of ({PART}(?: {PART})?)(?![\w'’\-])")


class Site(NamedTuple):
    """A span the wording makes a place: with the known place holding it, the offset after which the text names its
    country (`holding_country`'s `after_text`), and whether it is an item of a list."""

    start: int
    end: int
    holder: Place | None = None
    after: int | None = None
    listed: bool = False


def framed_sites(text: str) -> Iterator[Site]:
    """'30 km from X', 'arrived in X', 'overran X', 'the camps of X and Y', 'in X state', 'the strip of al-X', 'X, the
    camp in Syria'."""
    for match in [*MEASURED_FROM.finditer(text), *ARRIVED.finditer(text), *TAKEN.finditer(text)]:
        if match.group(1) not in MONTHS_DAYS:
            yield Site(*match.span(1))
    for match in CAMPS_OF.finditer(text):
        yield Site(*match.span(1), after=match.end(), listed=True)  # "the camps of X and Y in Bangladesh"
        yield Site(*match.span(2), after=match.end(), listed=True)
    for match in [*STATE.finditer(text), *OF_SITE.finditer(text)]:
        yield Site(*match.span(1))
    for match in KIND_SITE.finditer(text):
        yield Site(*match.span(next(g for g in (1, 2, 3) if match.group(g))))
    for match in CALLED_SITE.finditer(text):
        yield Site(*match.span(1), after=match.end())  # "X, the camp in Syria": in Syria
