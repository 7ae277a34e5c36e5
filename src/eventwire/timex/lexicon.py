"""The reviewed word lists of the time tagger (``timex/data/*.tsv``), loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import data_path, read_tsv


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar unit: TIMEX3 duration letter, multiplier, clock unit or not, date precision."""

    letter: str
    factor: int
    clock: bool
    precision: str


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return read_tsv(data_path("timex", name))


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month name or abbreviation -> month number."""
    return {r["word"]: int(r["month"]) for r in _rows("months.tsv")}


@lru_cache(maxsize=1)
def full_months() -> dict[str, int]:
    """Full month names only (the ones that may stand alone)."""
    return {r["word"]: int(r["month"]) for r in _rows("months.tsv") if r["abbrev"] == "no"}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Weekday name -> ISO weekday number."""
    return {r["word"]: int(r["day"]) for r in _rows("weekdays.tsv")}


@lru_cache(maxsize=1)
def seasons() -> dict[str, tuple[str, int]]:
    """Season word -> (TIMEX3 code, first month)."""
    return {r["word"]: (r["code"], int(r["month"])) for r in _rows("seasons.tsv")}


@lru_cache(maxsize=1)
def numbers() -> dict[str, str]:
    """Number word (lower case) -> value as text ("X" for an unspecified amount)."""
    return {r["word"]: r["value"] for r in _rows("numbers.tsv")}


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Unit word (singular) -> Unit."""
    return {
        r["word"]: Unit(r["letter"], int(r["factor"]), r["clock"] == "yes", r["precision"])
        for r in _rows("units.tsv")
    }


@lru_cache(maxsize=1)
def daytimes() -> dict[str, str]:
    """Part of the day -> TIMEX3 code (MO, AF, EV, NI)."""
    return {r["word"]: r["code"] for r in _rows("daytimes.tsv")}


@lru_cache(maxsize=1)
def refs() -> dict[str, str]:
    """Fixed phrase -> PRESENT_REF / PAST_REF / FUTURE_REF."""
    return {r["phrase"]: r["value"] for r in _rows("refs.tsv")}


@lru_cache(maxsize=1)
def sets() -> dict[str, str]:
    """Frequency word -> SET value."""
    return {r["word"]: r["value"] for r in _rows("sets.tsv")}


@lru_cache(maxsize=1)
def tense_cues() -> dict[str, str]:
    """Cue word or two-word phrase (lower case) -> "past" or "future"."""
    return {r["cue"]: r["tense"] for r in _rows("tense.tsv")}


def _trie_regex(node: dict[str, dict], ) -> str:
    """A regex for a character trie (prefixes factored out, so branches fail on their first character)."""
    ends = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_regex(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def alternation(words: object) -> str:
    """A regex matching any of the words, longest first through a prefix trie (spaces match any whitespace)."""
    trie: dict[str, dict] = {}
    for word in set(words):  # type: ignore[call-overload]
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


@lru_cache(maxsize=1)
def mods() -> dict[str, tuple[str, str]]:
    """Modifier word -> (TIMEX3 mod, kind: point or amount)."""
    return {r["word"]: (r["mod"], r["kind"]) for r in _rows("mods.tsv")}


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day: fixed (month, day), nth (day-th `weekday` of the month, -1 the last) or easter; plus offset days."""

    kind: str
    month: int
    day: int
    weekday: int
    offset: int


@lru_cache(maxsize=1)
def holidays() -> dict[str, Holiday]:
    """Holiday name (as written, also with ’ for ') -> Holiday."""
    out: dict[str, Holiday] = {}
    for r in _rows("holidays.tsv"):
        holiday = Holiday(r["kind"], int(r["month"]), int(r["day"]), int(r["weekday"] or 0), int(r["offset"] or 0))
        out[r["name"]] = holiday
        out[r["name"].replace("'", "’")] = holiday
    return out
