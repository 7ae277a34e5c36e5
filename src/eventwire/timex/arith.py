"""Calendar arithmetic for TIMEX3 values: shifting a date by units and printing it at a precision."""

from __future__ import annotations

from datetime import date, timedelta

QUARTER_START = {1: 1, 2: 4, 3: 7, 4: 10}


def add_months(day: date, months: int) -> date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def iso_week(day: date) -> str:
    """ISO week value, e.g. ``2022-W37``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter(day: date) -> int:
    """The quarter (1-4) a date falls in."""
    return (day.month - 1) // 3 + 1


def shift(day: date, amount: int, precision: str) -> date:
    """`day` moved by `amount` units of `precision` (day, weekday (Monday to Friday), week, month, quarter,
    year, decade, century)."""
    if precision == "day":
        return day + timedelta(days=amount)
    if precision == "weekday":
        step = 1 if amount > 0 else -1
        for _ in range(abs(amount)):
            day += timedelta(days=step)
            while day.isoweekday() > 5:
                day += timedelta(days=step)
        return day
    if precision == "week":
        return day + timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[precision]
    moved = add_months(day, amount * months)
    return moved.replace(day=min(day.day, 28))


def at_precision(day: date, precision: str) -> str:
    """A date printed as a TIMEX3 value of the given precision."""
    if precision in {"day", "weekday"}:
        return day.isoformat()
    if precision == "week":
        return iso_week(day)
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{quarter(day)}"
    if precision == "decade":
        return f"{day.year // 10:03d}"
    if precision == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def unknown_at_precision(precision: str) -> str:
    """The unresolved TIMEX3 value of a precision (``XXXX-WXX``...)."""
    return {
        "day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX",
        "decade": "XXX", "century": "XX",
    }.get(precision, "XXXX")


def nearest_year(anchor: date, month: int, day: int, tense: str | None) -> int:
    """The year of month/day that fits the tense: latest not after the anchor for past,
    earliest not before it for future, else the closest one."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    stamp = (anchor.month, anchor.day)
    if tense == "past":
        return max(y for y in years if (y, month, day) <= (anchor.year, *stamp))
    if tense == "future":
        return min(y for y in years if (y, month, day) >= (anchor.year, *stamp))
    return min(years, key=lambda y: abs((date(y, month, min(day, 28)) - anchor).days))


def month_year(anchor: date, month: int, tense: str | None) -> int:
    """The year of a bare month name: by tense, else the year that puts it nearest the anchor (within six months)."""
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    gap = month - anchor.month
    return anchor.year + (gap < -6) - (gap > 6)


def weekday_date(anchor: date, weekday: int, tense: str | None) -> date:
    """A bare weekday: the most recent one (the anchor day included) unless the tense points ahead."""
    back = (anchor.isoweekday() - weekday) % 7
    if tense == "future":
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
    return anchor - timedelta(days=back)
