"""Rules for named days (Christmas, New Year's Day, Thanksgiving, Easter...): a date in the year that the
text, the relation word or the local tense gives."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import lexicon as lx
from .context import Ctx
from .record import Reading

_OTHER_CALENDAR = re.compile(r"\b(?:chinese|lunar|jewish|persian|iranian|vietnamese|tibetan|orthodox|islamic|hindu)\s+$")
_TENSE = {"last": "past", "past": "past", "next": "future", "coming": "future"}


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    return date(year, month, (h + el - 7 * m + 114) % 31 + 1)


def holiday_date(holiday: lx.Holiday, year: int) -> date:
    """The day a holiday falls on in a year."""
    if holiday.kind == "easter":
        base = easter(year)
    elif holiday.kind == "nth":
        if holiday.day > 0:
            first = date(year, holiday.month, 1)
            base = first + timedelta(days=(holiday.weekday - first.isoweekday()) % 7 + 7 * (holiday.day - 1))
        else:
            nxt = date(year + holiday.month // 12, holiday.month % 12 + 1, 1)
            last = nxt - timedelta(days=1)
            base = last - timedelta(days=(last.isoweekday() - holiday.weekday) % 7)
    else:
        base = date(year, holiday.month, holiday.day)
    return base + timedelta(days=holiday.offset)


def _choose(holiday: lx.Holiday, anchor: date, tense: str | None) -> date:
    """The occurrence that fits the tense: latest not after the anchor (past), earliest not before it
    (future), else the closest."""
    options = [holiday_date(holiday, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        return max(d for d in options if d <= anchor)
    if tense == "future":
        return min(d for d in options if d >= anchor)
    return min(options, key=lambda d: abs((d - anchor).days))


def holiday(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """Christmas, last Thanksgiving, Easter 2008, New Year's Eve: YYYY-MM-DD."""
    if _OTHER_CALENDAR.search(ctx.before(m.start(), 16)):
        return None
    named = lx.holidays()[re.sub(r"\s+", " ", m["h"])]
    if m["y"]:
        return Reading("DATE", holiday_date(named, int(m["y"])).isoformat())
    month_day = f"{named.month:02d}-{named.day:02d}" if named.kind == "fixed" and not named.offset else "XX-XX"
    anchor = ctx.need(Reading("DATE", f"XXXX-{month_day}"))
    rel = (m["rel"] or "").lower()
    if rel == "this":
        return Reading("DATE", holiday_date(named, anchor.year).isoformat())
    tense = _TENSE.get(rel) or ctx.tense(m.start(), m.end())
    return Reading("DATE", _choose(named, anchor, tense).isoformat())


RULES = [
    ("holiday", r"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<h>{HOLIDAY})(?![\w'’])(?!\s+Island)(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?",
     holiday, ("holidays",)),
]
