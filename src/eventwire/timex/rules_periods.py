"""Periods of a year: quarters ("the third quarter", "Q3 2022"), halves ("the first half of 2022") and seasons
("last winter", "the summer of 2021"); their rules are listed in rules_dates.RULES, where their priority lies."""

from __future__ import annotations

import re

from . import arith
from . import lexicon as lx
from .context import Ctx
from .patterns import mod_of
from .record import Reading

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "final": None}


def quarter(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the third quarter (of 2022), last quarter, Q3 2022."""
    word = (m["ord"] or "").lower()
    if m["y"]:
        n = _ORDINAL.get(word) or (4 if word in {"final", "last"} else 0)
        return Reading("DATE", f"{m['y']}-Q{n}") if n else None
    anchor = ctx.need(Reading("DATE", "XXXX-QX"))
    yrel = {"last": -1, "next": 1}.get((m["yrel"] or "").lower(), 0)
    if word in _ORDINAL:
        n, year_ = _ORDINAL[word], anchor.year + yrel
        tense = ctx.tense(m.start(), m.end())
        if not m["yrel"] and tense == "past" and n > arith.quarter(anchor):
            year_ -= 1
        return Reading("DATE", f"{year_}-Q{n}")
    if word == "final":
        return Reading("DATE", f"{anchor.year + yrel}-Q4")
    if word == "previous" and not m["yrel"]:
        return None  # "the previous quarter" counts from the quarter last mentioned (rules_anaphora)
    shift = _REL_SHIFT.get(word)
    if shift is None:
        return None
    return Reading("DATE", arith.at_precision(arith.shift(anchor, shift, "quarter"), "quarter"))


def q_code(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """Q3 2022, Q3 (year from the publication date)."""
    if m["y"]:
        return Reading("DATE", f"{m['y']}-Q{m['n']}")
    anchor = ctx.need(Reading("DATE", f"XXXX-Q{m['n']}"))
    return Reading("DATE", f"{anchor.year}-Q{m['n']}")


def half(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the first half of 2022 -> 2022-H1; (in) the second half: the year from the tense."""
    n = 1 if (m["n"] or m["n2"] or m["n3"]).lower() == "first" else 2
    if m["y"]:
        return Reading("DATE", f"{m['y']}-H{n}")
    anchor = ctx.need(Reading("DATE", f"XXXX-H{n}"))
    year_ = anchor.year + {"last": -1, "next": 1}.get((m["yrel"] or "").lower(), 0)
    if m["n2"] or m["n3"]:
        current, tense = (anchor.month - 1) // 6 + 1, ctx.tense(m.start(), m.end())
        year_ += -1 if tense == "past" and n > current else 1 if tense == "future" and n < current else 0
    return Reading("DATE", f"{year_}-H{n}")


def season(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """summer 2022, last winter, the spring: year by tense; "fall"/"spring" need a cue to be a season."""
    code, first = lx.seasons()[m["s"].lower()]
    rel, mod = (m["rel"] or "").lower(), mod_of(m["mw"])
    if not (rel or mod or m["y"] or m["the"] or re.search(r"\b(?:in|during|by|until|since)\s+$", ctx.before(m.start()))):
        return None
    if m["s"][0].isupper() and re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 2]):
        return None  # part of a name: the Winter Olympics, the Summer Games, the Spring Festival
    if m["y"]:
        return Reading("DATE", f"{m['y']}-{code}", mod)
    anchor = ctx.need(Reading("DATE", f"XXXX-{code}", mod))
    tense = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel) or ctx.tense(m.start(), m.end())
    year_ = arith.month_year(anchor, first, tense) if rel != "this" else anchor.year
    if code == "WI" and anchor.month < 3 and rel in {"this", ""} and tense != "future":
        year_ = anchor.year - 1
    return Reading("DATE", f"{year_}-{code}", mod)
