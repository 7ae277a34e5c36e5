"""Rules for expressions relative to the publication date, clock times, durations, sets and references."""

from __future__ import annotations

import re

from . import arith
from . import lexicon as lx
from .context import Ctx
from .patterns import DIGITS, mod_of, number_value
from .record import Reading

_DEICTIC_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1}
_REL_SHIFT = {"last": -1, "past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0}


def _unit(word: str) -> lx.Unit:
    word = word.lower()
    return lx.units()[word[:-1] if word.endswith("s") and word[:-1] in lx.units() else word]


def deictic(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """today, yesterday (morning), tonight, last night, this morning."""
    word = re.sub(r"\s+", " ", m["w"].lower())
    shift = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word, _DEICTIC_SHIFT.get(word, 0))
    part = lx.daytimes().get((m["pod"] or "").lower(), "") or ("NI" if word == "tonight" else "")
    if word in {"this", "last"} and not part:
        return None
    if word == "last" and part != "NI" and part != "EV":
        return None
    suffix = f"T{part}" if part else ""
    kind = "TIME" if part else "DATE"
    anchor = ctx.need(Reading(kind, f"XXXX-XX-XX{suffix}"))
    return Reading(kind, arith.shift(anchor, shift, "day").isoformat() + suffix)


def relative_unit(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """last year, this week, next month, earlier this year, the past decade (a duration), late last year."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["u"].lower()
    core = rel.split()[-1]
    precision = "week" if unit == "weekend" else lx.units()[unit].precision
    mod = mod_of(m["mw"]) or mod_of(rel.split()[0])
    if rel.startswith("the ") and core in {"past", "last", "next", "coming"} and unit not in {"quarter", "weekend"}:
        u = lx.units()[unit]
        return Reading("DURATION", f"P{u.factor}{u.letter}")
    suffix = "-WE" if unit == "weekend" else ""
    anchor = ctx.need(Reading("DATE", arith.unknown_at_precision(precision) + suffix, mod))
    moved = arith.shift(anchor, _REL_SHIFT.get(core, 0), precision)
    return Reading("DATE", arith.at_precision(moved, precision) + suffix, mod)


def the_unit(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the beginning of the year, the end of the month: the current one, with its mod."""
    precision = lx.units()[m["u"].lower()].precision
    mod = mod_of(m["mw"])
    anchor = ctx.need(Reading("DATE", arith.unknown_at_precision(precision), mod))
    return Reading("DATE", arith.at_precision(anchor, precision), mod)


def ago(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """two years ago, three weeks from now: the publication date moved, at the unit's precision."""
    unit = _unit(m["u"])
    amount = number_value(m["n"])
    if unit.clock or not unit.precision:
        return None
    sign = -1 if m["dir"].lower() == "ago" else 1
    precision = unit.precision if unit.precision not in {"decade", "century"} else "year"
    if amount == "X" or "." in amount:
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    anchor = ctx.need(Reading("DATE", arith.unknown_at_precision(precision)))
    steps = int(amount) * unit.factor * sign
    return Reading("DATE", arith.at_precision(arith.shift(anchor, steps, precision), precision))


def clock(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """3 p.m., 15:00 UTC, noon: the date comes from the nearest day before it in the sentence (or published)."""
    word = (m["w"] or "").lower()
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(m["h"] or m["h2"] or m["h3"]), int(m["mi"] or m["mi2"] or m["mi3"] or 0)
        ampm = (m["ap"] or "").lower().replace(".", "")
        if hour > 23 or (ampm and not 1 <= hour <= 12):
            return None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    zone = "Z" if m["z"] else ""
    stamp = f"T{hour:02d}:{minute:02d}{zone}"
    if m["day"]:
        return Reading("TIME", _named_day(m["day"], m, ctx, stamp) + stamp)
    return Reading("TIME", "", clock=stamp)


def _named_day(word: str, m: re.Match[str], ctx: Ctx, stamp: str) -> str:
    """The day named right after a clock time ("16:00 UTC today", "at 3 p.m. Monday", "at noon on Friday")."""
    anchor = ctx.need(Reading("TIME", "XXXX-XX-XX" + stamp))
    shift = _DEICTIC_SHIFT.get(word.lower())
    if shift is not None:
        return arith.shift(anchor, shift, "day").isoformat()
    return arith.weekday_date(anchor, lx.weekdays()[word], ctx.tense(m.start(), m.end())).isoformat()


def duration(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """two years, 18 months, a 12-hour shift, almost three and a half years, a year and a half, the next four years."""
    unit = _unit(m["u"])
    if unit.clock and m["n"].lower() in {"a", "an"} and unit.letter == "S":
        return None
    if unit.letter == "Q" and m["n"].lower() in {"a", "an", "one"} and (m["amt"] or _FRACTION_AFTER.match(ctx.text, m.end())):
        return None  # "about a quarter of its dealers": a fraction
    amount = number_value(m["n"])
    if amount != "X" and m["half"]:
        amount = f"{float(amount) + 0.5:g}"
    if amount != "X" and unit.factor > 1:
        amount = f"{float(amount) * unit.factor:g}"
    clock_unit = "T" if unit.clock else ""
    return Reading("DURATION", f"P{clock_unit}{amount}{unit.letter}", mod_of(m["amt"]))


def range_start(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """the first number of a range ("between 60 and 90 days", "two to three years"): a duration in the unit
    named after the second."""
    if m["n"].lower() in {"a", "an"}:
        return None
    amount = number_value(m["n"])
    if amount == "X":
        return None
    unit = _unit(m["u"])
    return Reading("DURATION", f"P{'T' if unit.clock else ''}{amount}{unit.letter}")


def vague_duration(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """for years, over the years, within days, the coming weeks, decades-long, after months (of talks), would
    take years: an unspecified amount."""
    unit = _unit(m["u"] or m["u2"] or m["u3"] or m["u4"])
    return Reading("DURATION", f"P{'T' if unit.clock else ''}X{unit.letter}")


def set_every_n(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """every two years, every 15 minutes: P2Y, PT15M."""
    amount = number_value(m["n"])
    if amount == "X":
        return None
    unit = _unit(m["u"])
    return Reading("SET", f"P{'T' if unit.clock else ''}{float(amount) * unit.factor:g}{unit.letter}")


def set_every(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """every week, each year, every other month, every Wednesday (XXXX-WXX-3)."""
    word = m["u"] or m["u2"] or m["u3"]
    if word in lx.weekdays():
        return Reading("SET", f"XXXX-WXX-{lx.weekdays()[word]}")
    if word.lower() in lx.daytimes():
        return Reading("SET", f"XXXX-XX-XXT{lx.daytimes()[word.lower()]}")
    unit = _unit(word)
    step = 2 if m["other"] else 1
    return Reading("SET", f"P{'T' if unit.clock else ''}{step * unit.factor}{unit.letter}")


_FRACTION_AFTER = re.compile(r",|\s+of\b")
_PERIOD_ADJECTIVES = {"annual", "yearly", "quarterly", "monthly", "weekly", "daily", "biannual", "semiannual"}
_RATE_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?|million|billion|thousand|hundred|percent|%)(?:\s+[A-Za-z-]+){0,2}\s+$", re.IGNORECASE)


def rate(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """15 (aircraft) a year, $2 billion a month: a frequency when an amount comes just before it."""
    if not _RATE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    unit = _unit(m["u"])
    return Reading("SET", f"P{unit.factor}{unit.letter}")


_AMOUNT_NOUN = re.compile(
    r"\s+(?:(?:net|gross|operating|pre-tax|pretax|record|combined|total)\s+)?(?:profits?|loss(?:es)?|revenues?|sales|earnings|income"
    r"|turnover|output|production|budget|deficit|surplus|growth|spending|salary|salaries|wages?|returns?|dividends?)\b",
    re.IGNORECASE,
)


def set_word(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """annually, weekly, daily; an adjective before an amount earned or spent over the period ("annual profit",
    "quarterly loss") is that period's duration, not a frequency."""
    value = lx.sets()[m["w"].lower()]
    if m["w"].lower() in _PERIOD_ADJECTIVES and _AMOUNT_NOUN.match(ctx.text, m.end()):
        return Reading("DURATION", value)
    return Reading("SET", value)


def set_weekdays(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """on Wednesdays -> XXXX-WXX-3."""
    return Reading("SET", f"XXXX-WXX-{lx.weekdays()[m['wd']]}")


def reference(m: re.Match[str], ctx: Ctx) -> Reading | None:
    """now, currently, recently, the future, recent (not "the most recent", which means the latest)."""
    if m["w"].lower() == "recent" and ctx.before(m.start(), 5) == "most ":
        return None
    return Reading("DATE", lx.refs()[re.sub(r"\s+", " ", m["w"].lower())])


_REL = r"(?P<rel>(?:the\s+)?(?:past|last|next|coming|current)|this|earlier\s+this|later\s+this|(?:early|late)\s+(?:this|last|next))"
RULES = [
    ("deictic", r"\b(?:(?:earlier|later)\s+(?=today|tonight|this\s))?(?P<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|this|last)"
                r"(?:\s+(?P<pod>{DAYPART}))?\b(?!-)", deictic, ("deictic",)),
    ("relative_unit", r"\b(?:(?P<mw>{POINT})\s+)?" + _REL + r"\s+(?P<u>week|weekend|month|year|decade|century|quarter|fortnight)\b(?!-)", relative_unit, ("calendar_units",)),
    ("the_unit", r"\b(?P<mw>{POINT})\s+the\s+(?P<u>week|month|year|decade)\b", the_unit, ("calendar_units",)),
    ("ago", r"\b(?P<n>{NUMBER})[\s-]+(?P<u>{UNIT})s?\s+(?P<dir>ago|from\s+now|hence)", ago, ("ago",)),
    ("clock", r"\b(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\b\.?)|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\b|(?P<w>noon|midday|midnight)\b"
              r"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?=\s*(?:UTC|GMT)\b))"
              r"(?:\s*(?P<z>UTC|GMT)\b(?!\s*[+-]))?(?:,?\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|{WEEKDAY})\b)?", clock, (DIGITS, "clock",)),
    ("rate", r"\b(?:a|an)\s+(?P<u>year|month|week|day)\b(?!-|\s+(?:ago|later|earlier|before|after|old|long|and\s+a\s+half)\b)", rate, ("units",)),
    ("duration", r"\b(?:(?P<rel>the\s+(?:past|last|next|previous|coming|first|following|final))\s+)?(?:(?P<amt>{AMOUNT})\s+)?"
                 r"(?P<n>{NUMBER})[\s-]+(?:(?:straight|consecutive|successive|trading|business|working|calendar)\s+){{0,2}}(?P<u>{UNIT})s?\b(?P<half>\s+and\s+a\s+half\b)?(?:[\s-]+old\b|[\s-]+long\b)?(?!\s+(?:ago|hence|from\s+now)\b)", duration, ("units",)),
    ("range_start", r"\b(?P<n>\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]\w+)?|one|two|three|four|five|six|seven"
                    r"|eight|nine|ten|eleven|twelve|fifteen|eighteen)(?=\s*(?:and|to|or|-|–)\s*(?:{NUMBER})[\s-]+(?P<u>{UNIT})s?\b)", range_start, ("units",)),
    ("vague_duration", r"\b(?:(?<=for\s)|over\s+the\s+|(?<=within\s)|(?<=in\s)|(?<=in\sjust\s)|(?<=in\sonly\s)|(?<=within\sjust\s))"
                       r"(?P<u>years|months|weeks|days|hours|minutes|decades|centuries)\b(?!\s+(?:ago|of|to|later|before|earlier))"
                       r"|\bthe\s+(?:coming|past|last|next|previous|following|preceding)\s+(?P<u3>years|months|weeks|days|decades)\b(?!\s+(?:ago|of)\b)"
                       r"|(?:(?<=\bafter\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\btaking\s)|(?<=\bspent\s)|(?<=\bspend\s))"
                       r"(?P<u4>years|months|weeks|days|hours|decades)\b(?!\s+(?:ago|later|before|earlier)\b)"
                       r"|\b(?P<u2>years|months|decades|weeks)[\s-]long\b", vague_duration, ("plural_units",)),
    ("set_every", r"\b(?:every|each)\s+(?P<other>other\s+)?(?P<u>day|week|month|year|quarter|hour|minute|{DAYPART}|{WEEKDAY})\b"
                  r"|\b(?:once|twice|\d+\s+times|{NUMBER}\s+times)\s+(?:a|an|per|each)\s+(?P<u2>day|week|month|year)\b"
                  r"|\bper\s+(?P<u3>day|week|month|year)\b", set_every, ("every",)),
    ("set_every_n", r"\bevery\s+(?P<n>{NUMBER})\s+(?P<u>{UNIT})s?\b", set_every_n, ("every",)),
    ("set_word", r"\b(?P<w>{SETWORD})\b", set_word, ("sets",)),
    ("set_weekdays", r"\b(?P<wd>{WEEKDAY})s\b", set_weekdays, ("weekday_plurals",)),
    ("reference", r"\b(?P<w>{REF})\b(?!-)", reference, ("refs",)),
]
