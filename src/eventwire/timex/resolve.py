"""Second pass over the kept expressions, in text order: clock times take the day named before them and
anaphoric expressions ("the next day", "three years later") the last date mentioned before them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import arith
from .context import sentence_span
from .record import Reading, Timex
from .values import value_date

_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_DATED = {"DATE", "TIME"}
_PERIODS = {"week", "month", "quarter"}
RANK = {"day": 0, "weekday": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5, "century": 6}


@dataclass(frozen=True, slots=True)
class Kept:
    """A selected match: offsets and what its rule read."""

    start: int
    end: int
    reading: Reading


def _clock_day(text: str, done: list[Timex], start: int, end: int, anchor: date | None) -> tuple[str, bool]:
    """The day a clock time belongs to: a day named before it in its sentence, else the publication date."""
    left, _ = sentence_span(text, start, end)
    for prior in reversed(done):
        if prior.end < left:
            break
        day = prior.value[:10]
        if _DAY.match(day) and prior.end <= start:
            return day, prior.anchored
    if anchor is None:
        return "XXXX-XX-XX", False
    return anchor.isoformat(), True


_JUST_BEFORE_A_DAY = re.compile(r"\s*(?:,|on|,\s*on)?\s*$")


def _following_day(text: str, kept: list[Kept], index: int) -> str | None:
    """The day named right after a clock time ("at 16:15 UTC, June 1", "at 9 a.m. on Friday"), if any."""
    if index + 1 >= len(kept):
        return None
    nxt = kept[index + 1]
    if not _DAY.match(nxt.reading.value[:10]) or not _JUST_BEFORE_A_DAY.match(text[kept[index].end:nxt.start]):
        return None
    return nxt.reading.value[:10]


def _shifted(refs: list[tuple[date, str]], reading: Reading) -> tuple[str, bool]:
    """The reading's shift applied to the latest mentioned date at least as fine as its unit; else its fallback."""
    assert reading.shift is not None
    amount, precision = reading.shift
    if precision == "period":  # the reference's own period, `amount` years away
        for day, ref_precision in reversed(refs):
            if ref_precision in _PERIODS:
                return arith.at_precision(arith.shift(day, amount, "year"), ref_precision), True
        return reading.value, reading.anchored
    suffix = reading.value[10:] if RANK[precision] == 0 and "T" in reading.value else ""
    suffix = suffix or ("-WE" if reading.value.endswith("-WE") else "")
    for day, ref_precision in reversed(refs):
        if RANK[ref_precision] <= RANK[precision]:
            moved = arith.shift(day, amount, precision)
            return arith.at_precision(moved, precision) + suffix, True
    return reading.value, reading.anchored


def resolve(text: str, kept: list[Kept], anchor: date | None) -> list[Timex]:
    """Timex records for the kept matches (in text order), with clock times and anaphora resolved."""
    done: list[Timex] = []
    refs: list[tuple[date, str]] = []
    for index, item in enumerate(kept):
        reading = item.reading
        value, anchored = reading.value, reading.anchored
        if reading.clock:
            following = _following_day(text, kept, index)
            day, anchored = (following, True) if following else _clock_day(text, done, item.start, item.end, anchor)
            value = day + reading.clock
        elif reading.shift is not None:
            value, anchored = _shifted(refs, reading)
        timex = Timex(item.start, item.end, text[item.start:item.end], reading.type, value, reading.mod, anchored)
        done.append(timex)
        first = value_date(value) if reading.type in _DATED and anchored else None
        if first is not None and not value.startswith("FY"):
            refs.append((date.fromisoformat(first[0]), first[1]))
    return done
