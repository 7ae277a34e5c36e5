"""Spans of months and days: "from July 2022 to September 2023", "from Oct. 9 to Oct. 15" (a duration with each
end an expression inside it; bare month names, "between April and June", stay two dates as MEANTIME marks them),
and "the first three months of 2024" (a quarter or half)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import lexicon as lx
from .context import Ctx
from .patterns import DIGITS
from .record import Reading

_FROM = r"\b(?:from|between)\s+"
_TO = r"\s+(?:to|and|until|through)\s+"


def _mon(m: re.Match[str], group: str) -> int:
    return lx.months()[m[group].rstrip(".")]


def ordered_end(first: Reading, second: Reading) -> Reading:
    """The second end of a range moved into the year that puts it after the first ("from Dec. 28 to Jan. 3")."""
    a, b = first.value, second.value
    if not (len(a) == len(b) == 10 and a[4] == b[4] == "-" and a[:4].isdigit() and b[:4].isdigit()):
        return second
    year = int(a[:4]) + (b[4:] < a[4:])
    return replace(second, value=f"{year:04d}{b[4:]}")


def _nested(value: str) -> Reading:
    return Reading("DURATION", value, nested=True)


def month_year_range(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """from July 2022 to September 2023: the months between the two (P14M)."""
    months = (int(m["y2"]) * 12 + _mon(m, "m2")) - (int(m["y1"]) * 12 + _mon(m, "m1"))
    return _nested(f"P{months}M") if 0 < months < 240 else None


def day_range(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """from Oct. 9 to Oct. 15: the days between the two dates (P6D), across a new year too."""
    year = ctx.anchor.year if ctx.anchor else 2001
    try:
        first, last = date(year, _mon(m, "m1"), int(m["d1"])), date(year, _mon(m, "m2"), int(m["d2"]))
        if last < first:
            last = date(year + 1, last.month, last.day)
    except ValueError:
        return None
    days = (last - first).days
    return _nested(f"P{days}D") if 0 < days < 120 else None


_PART = {("first", "3"): "Q1", ("first", "6"): "H1", ("last", "3"): "Q4", ("last", "6"): "H2"}
_COUNT = {"three": "3", "six": "6", "3": "3", "6": "6"}


def months_of_year(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the first three months of 2024 (2024-Q1), the last six months of last year (H2)."""
    part = _PART.get(("first" if m["pos"].lower() == "first" else "last", _COUNT[m["n"].lower()]))
    if m["y"]:
        year = int(m["y"])
    else:
        anchor = ctx.need(Reading("DATE", f"XXXX-{part}"))
        year = anchor.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return Reading("DATE", f"{year:04d}-{part}")


_MY = r"(?P<m{0}>{{MONTH}}),?\s+(?P<y{0}>(?:19|20)\d\d)\b"
_MD = r"(?P<m{0}>{{MONTH}})\s+(?P<d{0}>\d{{{{1,2}}}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{{{4}}}}|:)"
RULES = [
    ("month_year_range", _FROM + _MY.format(1) + _TO + _MY.format(2), month_year_range, ("months",)),
    ("day_range", _FROM + _MD.format(1) + _TO + _MD.format(2), day_range, ("months",)),
    ("months_of_year", r"\bthe\s+(?P<pos>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+"
                       r"(?:(?P<y>(?:19|20)\d\d)\b|(?P<rel>this|last|next)\s+year\b|the\s+year\b)", months_of_year, ("plural_units", DIGITS)),
]
