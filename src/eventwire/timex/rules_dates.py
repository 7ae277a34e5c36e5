"""Rules for calendar dates: ISO and numeric dates, month names, years, decades, quarters, seasons, weekdays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import arith
from . import lexicon as lx
from .context import Ctx
from .patterns import DIGITS, mod_of
from .record import Reading
from .rules_periods import half, q_code, quarter, season

_POINT = r"(?:(?P<mw>{POINT})(?:\s+|-|\s+the\s+|\s+of\s+))?"


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(m: re.Match[str]) -> int:
    return lx.months()[m.group("mon").rstrip(".")]


def iso(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """2022-09-07 (optionally with a clock time)."""
    day = _day(int(m["y"]), int(m["m"]), int(m["d"]))
    if day is None:
        return None
    if m["H"]:
        return Reading("TIME", f"{day.isoformat()}T{m['H']}:{m['M']}")
    return Reading("DATE", day.isoformat())


def slashed(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """07/09/2022: month first (US) unless impossible; with a publication date, the reading nearest it."""
    year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    a, b = int(m["a"]), int(m["b"])
    options = [d for d in (_day(year, a, b), _day(year, b, a)) if d]
    if not options:
        return None
    if ctx.anchor and len(options) == 2:
        options.sort(key=lambda d: abs((d - ctx.anchor).days))  # type: ignore[operator]
    return Reading("DATE", options[0].isoformat())


_UNTIL = re.compile(r"\b(?:until|till)\s+$")


def month_day(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """September 7, 2022 / 7 September / Sept. 7: a missing year comes from the publication date and tense."""
    month, day = _month(m), int(m["d"])
    if not 1 <= day <= 31:
        return None
    if m["y"]:
        found = _day(int(m["y"]), month, day)
        return Reading("DATE", found.isoformat()) if found else None
    anchor = ctx.need(Reading("DATE", f"XXXX-{month:02d}-{day:02d}"))
    tense = ctx.tense(m.start(), m.end(), same_clause=True)
    if tense == "past" and _UNTIL.search(ctx.before(m.start(), 8)):
        tense = None  # "imposed a curfew until Jan. 31": the end of a past act may lie ahead
    found = _day(arith.nearest_year(anchor, month, day, tense), month, day)
    return Reading("DATE", found.isoformat()) if found else None


def month_year(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """May 2008, late February 2022."""
    return Reading("DATE", f"{int(m['y']):04d}-{_month(m):02d}", mod_of(m["mw"]))


_BARE_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|before|after|between|of|and|or|early|late|mid|last|next|this)\s+|mid-)$",
    re.IGNORECASE,
)
_AMBIGUOUS_MONTHS = {"May", "March"}


def month(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """A bare month name ("in February", "last March", "early May"): year from the tense."""
    number, rel, mod = _month(m), (m["rel"] or "").lower(), mod_of(m["mw"])
    if m["mon"] in _AMBIGUOUS_MONTHS and not (rel or mod) and not _BARE_MONTH_BEFORE.search(ctx.before(m.start(), 16)):
        return None
    anchor = ctx.need(Reading("DATE", f"XXXX-{number:02d}", mod))
    tense = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(rel) or ctx.tense(m.start(), m.end(), same_clause=True)
    year = anchor.year if rel == "this" else arith.month_year(anchor, number, tense)
    if rel == "last" and number == anchor.month or rel == "next" and number == anchor.month:
        year += -1 if rel == "last" else 1
    return Reading("DATE", f"{year:04d}-{number:02d}", mod)


_NOT_A_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|[-–:/]\d|,\d{3}|\.\d)", re.IGNORECASE)


def year(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """2019, late 2019, fiscal 2007 (FY2007); mid-2019 is its middle month, 2019-06-XX (as MEANTIME writes it)."""
    if ctx.text[max(0, m.start() - 1):m.start()] in {"$", "€", "£", "#", "/", "-", ".", ","} and not m["mw"]:
        return None
    if _NOT_A_YEAR_AFTER.match(ctx.text, m.end()):
        return None
    prefix, mod = "FY" if m["fy"] else "", mod_of(m["mw"])
    if mod == "MID" and not prefix:
        return Reading("DATE", f"{m['y']}-06-XX", mod)
    return Reading("DATE", f"{prefix}{m['y']}", mod)


def decade(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the 1990s, the early '80s."""
    if m["c"]:
        value = f"{m['c']}{m['d']}"
    else:
        value = ("19" if int(m["s"]) >= 3 else "20") + m["s"]
    return Reading("DATE", value, mod_of(m["mw"]))


def bare_decade(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the 70s, the late 90s, (the 70s and) 80s: without "the" or a decade before it, it is more often an age."""
    tens = m["b"] or m["b2"]
    return Reading("DATE", ("19" if int(tens) >= 30 else "20") + tens[0], mod_of(m["mw"]))


def short_year(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """since '82, in '09: the year of that century nearest before (or just after) the publication date."""
    two = int(m["yy"])
    now = ctx.anchor.year if ctx.anchor else 2030
    year_ = 2000 + two if 2000 + two <= now + 10 else 1900 + two
    return Reading("DATE", str(year_))


_CENTURY = {"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def century(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the 20th century, the early twenty-first century: the two leading digits of its years (19, 20)."""
    word = m["n"].lower()
    number = int(word[:-2]) if word[:2].isdigit() else _CENTURY.get(word.replace(" ", "-"), 0)
    if not 10 <= number <= 21:
        return None
    return Reading("DATE", f"{number - 1:02d}", mod_of(m["mw"]))


def _nearer_side(anchor: date, weekday: int) -> str:
    """"future" when the next such weekday is nearer the anchor than the last one, else "past"."""
    back, ahead = (anchor.isoweekday() - weekday) % 7, (weekday - anchor.isoweekday()) % 7
    return "future" if 0 < ahead < back else "past"


def weekday(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """(on|last|next|this) Wednesday (morning): the most recent such day unless the tense points ahead."""
    number = lx.weekdays()[m["wd"]]
    part = lx.daytimes().get((m["pod"] or "").lower(), "")
    kind = "TIME" if part else "DATE"
    suffix = f"T{part}" if part else ""
    anchor = ctx.need(Reading(kind, f"XXXX-WXX-{number}{suffix}"))
    rel = (m["rel"] or "").lower()
    tense = {"last": "past", "past": "past", "next": "future", "coming": "future", "this": None}.get(rel, ctx.tense(m.start(), m.end()))
    if not rel and tense != "future" and _UNTIL.search(ctx.before(m.start(), 8)):
        tense = _nearer_side(anchor, number)  # "closed until Friday": the end point is the nearer such day
    day = arith.weekday_date(anchor, number, tense)
    if rel == "next" and day == anchor or rel == "last" and day == anchor:
        day = arith.shift(day, 1 if rel == "next" else -1, "week")
    return Reading(kind, f"{day.isoformat()}{suffix}", mod_of(m["mw"]))


def year_span_start(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """2009 in "2009-2011" or "2010-11": the first year of a span written with a dash."""
    return Reading("DATE", m["a"]) if _span_end(m["a"], m["b"]) else None


def year_span_end(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """2011 in "2009-2011", 2011 in "2010-11" (the century of the first year)."""
    end = _span_end(m["a"] or m["a2"], m["b"] or m["b2"])
    return Reading("DATE", str(end)) if end else None


def _span_end(first: str, second: str) -> int | None:
    """The last year of a dashed span, when it lies 1 to 30 years after the first."""
    end = int(second) if len(second) == 4 else int(first[:2] + second)
    return end if 0 < end - int(first) <= 30 else None


def year_range(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """from 2003 to 2006, between 2019 and 2021: a duration in years, with each year an expression inside it."""
    first, last = int(m["a"]), int(m["b"])
    return Reading("DURATION", f"P{last - first}Y", nested=True) if 0 < last - first < 100 else None


_WEEK_OF_MONTH = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def week_of_month(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the last week of March, the first week of May 2020: the ISO week holding most of those seven days."""
    number, word = _month(m), m["ord"].lower()
    if m["y"]:
        year_ = int(m["y"])
    else:
        anchor = ctx.need(Reading("DATE", "XXXX-WXX"))
        year_ = arith.month_year(anchor, number, ctx.tense(m.start(), m.end()))
    if word in _WEEK_OF_MONTH:
        day = date(year_, number, _WEEK_OF_MONTH[word])
    else:
        day = arith.add_months(date(year_, number, 1), 1) - timedelta(days=4)
    return Reading("DATE", arith.iso_week(day))


def month_of_year(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """March of this year, June last year: the month in the named year."""
    shift = {"last": -1, "next": 1, "this": 0}[m["rel"].lower()]
    number = _month(m)
    anchor = ctx.need(Reading("DATE", f"XXXX-{number:02d}"))
    return Reading("DATE", f"{anchor.year + shift:04d}-{number:02d}", mod_of(m["mw"]))


RULES = [
    ("iso", r"\b(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?:[T ](?P<H>\d\d):(?P<M>\d\d))?\b", iso, (DIGITS,)),
    ("slashed", r"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d\d)\b(?!/)", slashed, (DIGITS,)),
    ("mdy", r"\b(?:{ANYDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d|:|\s*%)(?:,?\s+(?P<y>\d{{4}})\b)?", month_day, ("months",)),
    ("dmy", r"\b(?:{ANYDAY},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})(?![a-z])(?:,?\s+(?P<y>\d{{4}})\b)?", month_day, ("months",)),
    ("month_year", r"\b" + _POINT + r"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b", month_year, ("months",)),
    ("month", r"\b(?:(?P<rel>last|next|this|coming|past)\s+)?" + _POINT + r"(?P<mon>{FULLMONTH})\b(?!\s+\d)", month, ("months",)),
    ("year", r"\b" + _POINT + r"(?:(?P<fy>fiscal(?:\s+year)?\s+|FY\s?))?(?P<y>1[6-9]\d\d|20\d\d)\b", year, (DIGITS,)),
    ("century", r"\b(?:the\s+)?" + _POINT + r"(?P<n>1\d(?:st|nd|rd|th)|2[01](?:st|th)|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)"
                r"[\s-]+century\b", century, ("century",)),
    ("decade", r"\b(?:the\s+)?" + _POINT + r"(?:(?P<c>1[6-9]|20)(?P<d>\d)0s|['’](?P<s>\d)0s)\b", decade, (DIGITS,)),
    ("bare_decade", r"\bthe\s+" + _POINT + r"(?P<b>[1-9]0)s\b|(?:(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s))(?P<b2>[1-9]0)s\b",
     bare_decade, (DIGITS,)),
    ("short_year", r"['’](?:(?<=\bsince\s.)|(?<=\bin\s.)|(?<=\bof\s.)|(?<=\bfrom\s.)|(?<=\buntil\s.)|(?<=\bclass\s.))(?P<yy>\d\d)\b(?!s)",
     short_year, (DIGITS,)),
    ("quarter", r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|past|previous|current|this|next|coming)[\s-]+"
                r"(?:(?:fiscal|financial|calendar)\s+)?quarter\b(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>\d{{4}})|(?P<yrel>this|last|next|the)\s+(?:fiscal\s+)?year))?", quarter, ("quarter",)),
    ("q_code", r"\b(?-i:Q)(?P<n>[1-4])(?:\s+|/)?(?P<y>(?:19|20)\d\d)?\b", q_code, (DIGITS,)),
    ("half", r"\b(?:the\s+)?(?P<n>first|second)\s+half\s+of\s+(?:(?P<y>\d{{4}})|the\s+year|(?P<yrel>this|last|next)\s+year)\b"
             r"|(?=the\s)(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s))the\s+(?P<n2>first|second)\s+half\b(?!\s+of\b|-)"
             r"|\b(?P<n3>first|second)-half\b(?=\s+(?:net\s+|operating\s+|pre-tax\s+)?(?:profits?|loss(?:es)?|results|earnings|sales|revenues?|growth)\b)",
     half, ("half",)),
    ("season", r"\b(?:(?P<the>the)\s+|(?P<rel>last|next|this|past|coming)\s+)?" + _POINT + r"(?P<s>{SEASON})\b(?:\s+(?:of\s+)?(?P<y>\d{{4}})\b)?", season, ("seasons",)),
    ("year_span_start", r"(?<![\d$€£#/.,-])\b(?P<a>1[6-9]\d\d|20\d\d)(?=[-–](?P<b>(?:1[6-9]|20)\d\d|\d\d)\b(?![-–/.,]\d|\s*%))", year_span_start, (DIGITS,)),
    ("year_span_end", r"(?:(?P<b>(?:1[6-9]|20)\d\d)(?<=(?<![\d$€£#/.,-])(?P<a>(?:1[6-9]|20)\d\d)[-–]\d{{4}})"
                      r"|(?P<b2>\d\d)(?<=(?<![\d$€£#/.,-])(?P<a2>(?:1[6-9]|20)\d\d)[-–]\d\d))\b(?![-–/.,]\d|\s*%)", year_span_end, (DIGITS,)),
    ("year_range", r"\b(?:from|between)\s+(?P<a>1[6-9]\d\d|20\d\d)\s+(?:to|and|until|through)\s+(?P<b>1[6-9]\d\d|20\d\d)\b", year_range, (DIGITS,)),
    ("week_of_month", r"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>{FULLMONTH})\b(?:,?\s+(?P<y>\d{{4}})\b)?",
     week_of_month, ("months",)),
    ("month_of_year", r"\b" + _POINT + r"(?P<mon>{FULLMONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b", month_of_year, ("months",)),
    ("weekday", r"\b(?:(?P<rel>last|next|this|coming|past)\s+|(?P<mw>early|late)\s+(?:on\s+)?)?(?P<wd>{WEEKDAY})\b(?:\s+(?P<pod>{DAYPART})\b)?", weekday, ("weekdays",)),
]
