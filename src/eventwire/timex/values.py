"""From a TIMEX3 value to the first day it covers and its precision (for dating events)."""

from __future__ import annotations

import re
from datetime import date

from .record import Timex

_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-(\d\d)(?:-XX)?$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(?:FY)?(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
)


def _first_day(groups: tuple[str, ...], precision: str) -> date:
    year = int(groups[0])
    if precision == "day":
        return date(year, int(groups[1]), int(groups[2]))
    if precision == "week":
        return date.fromisocalendar(year, int(groups[1]), 1)
    if precision == "month":
        return date(year, int(groups[1]), 1)
    if precision == "quarter":
        return date(year, 3 * int(groups[1]) - 2, 1)
    if precision == "season":
        return date(year, _SEASON_MONTH[groups[1]], 1)
    if precision == "decade":
        return date(year * 10, 1, 1)
    return date(year, 1, 1)


def value_date(value: str) -> tuple[str, str] | None:
    """(first day YYYY-MM-DD, precision) of a TIMEX3 date value, or None when it is not a calendar date."""
    for pattern, precision in _FORMS:
        match = pattern.match(value)
        if match:
            try:
                return _first_day(match.groups(), precision).isoformat(), precision
            except ValueError:
                return None
    return None


def timex_date(t: Timex) -> tuple[str, str] | None:
    """(first day, precision: day/week/month/quarter/season/year/decade) of a DATE or TIME; None otherwise."""
    if t.type not in {"DATE", "TIME"}:
        return None
    return value_date(t.value)
