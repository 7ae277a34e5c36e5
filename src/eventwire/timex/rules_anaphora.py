"""Rules for expressions dated from the last date mentioned before them (TimeML's reference time): "the
next day", "the following year", "that week", "three days later", "for the session"; and the periods named
by an end date ("the week ending March 31") or a fiscal year ("this fiscal year")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import arith
from . import lexicon as lx
from .context import Ctx
from .patterns import mod_of, number_value
from .record import Reading
from .rules_dates import month_day

_SHIFT = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1, "same": 0, "that": 0}
_FISCAL_SHIFT = {"last": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1}
_PERIOD_PRECISION = {"session": "day", "day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def _relative(ctx: Ctx, amount: int, precision: str, suffix: str = "", kind: str = "DATE") -> Reading:
    """A reading dated `amount` units of `precision` from the reference time; the value falls back on the
    publication date (or ``XXXX``) when the text names no date before it."""
    shift = (amount, precision)
    if ctx.anchor is None:
        return Reading(kind, arith.unknown_at_precision(precision) + suffix, anchored=False, shift=shift)
    moved = arith.shift(ctx.anchor, amount, precision)
    return Reading(kind, arith.at_precision(moved, precision) + suffix, shift=shift)


def anaphor(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the next day, the following year, the previous (trading) session, the same day, that morning."""
    rel = m["rel"].lower().split()[-1]
    words = m["u"].lower().split()
    unit = words[-1]
    if rel == "next" and unit not in lx.daytimes() and unit not in {"day", "session"}:
        return None
    if unit == "session" or words[0] == "trading":
        return _relative(ctx, _SHIFT[rel], "weekday")
    part = lx.daytimes().get(unit, "")
    if part:
        return _relative(ctx, _SHIFT[rel], "day", f"T{part}", "TIME")
    if unit == "weekend":
        return _relative(ctx, _SHIFT[rel], "week", "-WE")
    return _relative(ctx, _SHIFT[rel], _PERIOD_PRECISION[unit])


def day_before(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the day before, the year after (ending a clause): one unit before or after the reference time."""
    sign = 1 if m["dir"].lower() == "after" else -1
    return _relative(ctx, sign, lx.units()[m["u"].lower()].precision)


def weekend(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """(over|at|during|until|through|by...) the weekend: the weekend before the publication date, or after it when the tense says so."""
    anchor = ctx.need(Reading("DATE", "XXXX-WXX-WE"))
    ahead = ctx.tense(m.start(), m.end()) == "future"
    saturday = arith.weekday_date(anchor, 6, "future" if ahead else "past")
    return Reading("DATE", arith.iso_week(saturday) + "-WE")


def later(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """three days later, a year earlier, two weeks after: the reference time moved, at the unit's precision."""
    word = m["u"].lower()
    unit = lx.units()[word[:-1] if word.endswith("s") and word[:-1] in lx.units() else word]
    if unit.clock or not unit.precision:
        return None
    sign = -1 if m["dir"].lower() in {"earlier", "before"} else 1
    amount = number_value(m["n"])
    if amount == "X" or "." in amount:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    precision = unit.precision if unit.precision not in {"decade", "century"} else "year"
    return _relative(ctx, int(amount) * unit.factor * sign, precision)


def period(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """(for|on|during|in) the day / the session / the quarter: the period of the reference time."""
    return _relative(ctx, 0, _PERIOD_PRECISION[(m["u"] or m["u2"]).lower()])


def streak(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """(for) a third straight day, the fourth week in a row: the latest of a run, the reference period."""
    return _relative(ctx, 0, _PERIOD_PRECISION[(m["u"] or m["u2"]).lower()])


def vague_shift(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """years ago, months earlier, weeks later: an unspecified amount before or after."""
    return Reading("DATE", "FUTURE_REF" if m["dir"].lower() == "later" else "PAST_REF")


def period_mod(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the start of the day, late in the session, early in the week: that period of the reference time, with
    its mod."""
    mod = mod_of(m["mw"]) or {"early": "START", "late": "END"}.get((m["in"] or "").lower())
    return replace(_relative(ctx, 0, _PERIOD_PRECISION[m["u"].lower()]), mod=mod)


def same_period(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the same month a year ago, the same period last year, the year-earlier quarter: the period of the
    reference time (at its own precision for "period"/"time"), one year back."""
    unit = (m["u"] or m["u2"]).lower()
    if unit in {"period", "time"}:
        return replace(_relative(ctx, -1, "year"), shift=(-1, "period"))
    precision = _PERIOD_PRECISION[unit]
    per_year = {"day": 0, "week": 52, "month": 12, "quarter": 4}[precision]
    if not per_year:
        return None
    return _relative(ctx, -per_year, precision)


def part_of_day(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """(in|during) the morning: that part of the reference day."""
    return _relative(ctx, 0, "day", f"T{lx.daytimes()[m['pod'].lower()]}", "TIME")


def period_ending(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the week ending March 31, the quarter ended June 30: the period holding that day."""
    day = month_day(m, ctx)
    if day is None or not day.anchored or len(day.value) != 10:
        return day
    precision = _PERIOD_PRECISION[m["u"].lower()]
    return Reading("DATE", arith.at_precision(date.fromisoformat(day.value), precision))


def fiscal_year(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """this fiscal year, the previous financial year, the beginning of the fiscal year: FY + the year."""
    rel = m["rel"].lower().split()[-1]
    mod = mod_of(m["mw"])
    anchor = ctx.need(Reading("DATE", "FYXXXX", mod))
    return Reading("DATE", f"FY{anchor.year + _FISCAL_SHIFT.get(rel, 0)}", mod)


_UNITS = r"(?:trading\s+)?(?:day|session)|week|weekend|month|year|quarter|{DAYPART}"
_PREP = r"(?=the\s)(?:(?<=\bfor\s)|(?<=\bon\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bat\s))"
_VERB = (r"(?=the\s)(?:" + "|".join(rf"(?<=\b{verb}\s)" for verb in (
    "end", "ends", "ended", "ending", "finish", "finished", "close", "closed", "start", "started", "begin", "began", "open", "opened",
)) + ")")
_A_YEAR_BACK = (r"(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+|in\s+)?last\s+year|(?:of\s+|in\s+)?the\s+(?:last|previous|prior|preceding)"
                r"\s+year|the\s+year\s+before)\b")
_NOT_A_PERIOD = r"(?!-|\s+(?:of|before|after|when|that|to|ending|ended|in\s+which|since|ahead)\b)"
RULES = [
    ("anaphor", r"\b(?P<rel>(?:the\s+)?(?:following|previous|prior|preceding|same)|the\s+next|that)\s+(?P<u>" + _UNITS + r")\b"
                r"(?!-|\s+(?:of|before|after|when)\b)", anaphor, ("anaphor",)),
    ("later", r"\b(?P<n>{NUMBER})[\s-]+(?P<u>{UNIT})s?\s+(?P<dir>later|earlier|(?:before|after)(?=\s*(?:[.,;:)]|than\b)))",
              later, ("later",)),
    ("vague_shift", r"\b(?P<u>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)\b", vague_shift, ("ago", "later")),
    ("day_before", r"\bthe\s+(?P<u>day|week|month|year)\s+(?P<dir>before|after|previous|prior)(?=\s*(?:[.,;:)]|$))", day_before, ("period",)),
    ("weekend", r"(?=the\s)(?:(?<=\bover\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\bthrough\s)|(?<=\buntil\s)|(?<=\btill\s)"
                r"|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bfor\s)|(?<=\bon\s))the\s+weekend\b(?!-)", weekend, ("weekend",)),
    ("period", _PREP + r"the\s+(?:(?:trading|business)\s+)?(?P<u>day|session|week|month|quarter|year)\b" + _NOT_A_PERIOD
               + r"|\bthe\s+(?:trading\s+)?(?P<u2>session|day|week|month|quarter|year)(?=['’]s\b)", period, ("period",)),
    ("period_verb", _VERB + r"the\s+(?:(?:trading|business)\s+)?(?P<u>day|session|week|month|quarter|year)\b" + _NOT_A_PERIOD, period, ("period",)),
    ("whole_period", r"\bthe\s+(?:entire|whole|full)\s+(?P<u>day|session|week|month|quarter|year)\b" + _NOT_A_PERIOD, period, ("period",)),
    ("period_mod", r"\b(?:(?P<mw>the\s+(?:start|beginning|end|close|middle)\s+of)\s+the|(?P<in>early|late|later|earlier)\s+in\s+the)"
                   r"\s+(?:trading\s+)?(?P<u>day|session|week|month|quarter|year)\b(?!-|\s+of\b)", period_mod, ("period",)),
    ("same_period", r"\bthe\s+same\s+(?P<u>week|month|quarter|period|time)\s+" + _A_YEAR_BACK
                    + r"|\bthe\s+year[\s-](?:earlier|ago)\s+(?P<u2>week|month|quarter|period)\b", same_period, ("period",)),
    ("trading_daypart", r"\b(?P<pod>morning|afternoon|evening)(?=\s+(?:trading|trade|dealings|session)\b)", part_of_day, ("daytimes",)),
    ("streak", r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{{1,2}}(?:st|nd|rd|th))\s+"
               r"(?:(?:(?:consecutive|straight|successive)\s+)(?:trading\s+)?(?P<u>day|session|week|month|quarter|year)\b"
               r"|(?P<u2>day|session|week|month|quarter|year)(?=\s+in\s+a\s+row\b))", streak, ("period",)),
    ("part_of_day", _PREP + r"the\s+(?P<pod>morning|afternoon|evening|night)\b(?!-|\s+(?:of|before|after|when)\b)", part_of_day, ("daytimes",)),
    ("period_ending", r"\bthe\s+(?P<u>week|month|quarter)\s+(?:ending|ended|that\s+ended)\s+(?:on\s+)?(?:{ANYDAY},?\s+)?"
                      r"(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?", period_ending, ("ending",)),
    ("fiscal_year", r"\b(?:(?P<mw>{POINT})\s+)?(?P<rel>this|the\s+current|last|the\s+last|the\s+previous|the\s+prior|next|the\s+next|"
                    r"the\s+coming|the)\s+(?:fiscal|financial)\s+year\b(?!\s+\d|-)", fiscal_year, ("fiscal",)),
]
