"""Regex building blocks made from the word lists; names are capitalised and matched case-sensitively."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx


@lru_cache(maxsize=1)
def blocks() -> dict[str, str]:
    """Named regex fragments shared by the rules."""
    abbrevs = [w for w in lx.months() if w not in lx.full_months()]
    point = [w for w, (_, kind) in lx.mods().items() if kind == "point"]
    amount = [w for w, (_, kind) in lx.mods().items() if kind == "amount"]
    words = [w for w in lx.numbers() if w]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    number = (
        rf"(?:\d+(?:\.\d+)?(?:\s*½)?|(?:{tens})[\s-](?:{ones})|{lx.alternation(words)})"
        r"(?:\s+and\s+a\s+half)?"
    )
    full_days = [w for w in lx.weekdays() if len(w) > 5]
    return {
        "MONTH": f"(?-i:{lx.alternation(lx.full_months())}|{lx.alternation(abbrevs)}\\.?)",
        "FULLMONTH": f"(?-i:{lx.alternation(lx.full_months())})",
        "WEEKDAY": f"(?-i:{lx.alternation(full_days)})",
        "ANYDAY": f"(?-i:{lx.alternation(lx.weekdays())}\\.?)",
        "POINT": lx.alternation(point),
        "AMOUNT": lx.alternation(amount),
        "NUMBER": number,
        "UNIT": lx.alternation(lx.units()),
        "DAYPART": lx.alternation(lx.daytimes()),
        "SEASON": lx.alternation(lx.seasons()),
        "SETWORD": lx.alternation(lx.sets()),
        "REF": lx.alternation(lx.refs()),
        "HOLIDAY": f"(?-i:{lx.alternation(lx.holidays())})",
    }


def compile_rule(template: str) -> re.Pattern[str]:
    """Fill ``{NAME}`` blocks into a template and compile it case-insensitively."""
    return re.compile(template.format(**blocks()), re.IGNORECASE)


def number_value(text: str) -> str:
    """A number phrase as TIMEX3 amount text: "two" -> "2", "2 ½" -> "2.5", "several" -> "X"."""
    words = lx.numbers()
    raw = re.sub(r"\s+", " ", text.strip().lower())
    half = raw.endswith("and a half") or raw.endswith("½")
    raw = re.sub(r"\s*(?:and a half|½)$", "", raw)
    if raw in words:
        value = words[raw]
    elif re.fullmatch(r"\d+(?:\.\d+)?", raw):
        value = raw
    else:
        parts = re.split(r"[\s-]", raw)
        try:
            value = str(sum(int(words[p]) for p in parts))
        except (KeyError, ValueError):
            return "X"
    if value == "X":
        return "X"
    amount = float(value) + (0.5 if half else 0.0)
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def mod_of(word: str | None) -> str | None:
    """The TIMEX3 mod of a modifier word ("late" -> END), if any."""
    if not word:
        return None
    return lx.mods().get(re.sub(r"\s+", " ", word.lower().strip(" -")), (None, ""))[0]


DIGITS = "#digits"
# Date-like numbers (years 1600-2099, 12:30, 3/4, 3 pm, '90s, Q3). The first character is matched on its own
# and the rest through lookbehinds: several times faster than the plain alternation.
_DIGIT_KEYS = re.compile(
    r"[\d'’Q](?:(?<=[12])(?<![\d.,][12])(?:[6-9]\d\d|0\d\d)(?!\d)|(?<=\d)[:/]\d|(?<=\d)\s*[AaPp]\.?[Mm]\b"
    r"|(?<=['’])\d\d\b|(?<=['’])\d0s|(?<=[1-9])0s\b|(?<=Q)(?<!\wQ)[1-4]\b)"
)


def _holiday_keys() -> set[str]:
    """The words of the holiday names (lower case, without "the", "of" and one-letter pieces)."""
    words = {w for name in lx.holidays() for w in re.split(r"[^a-z]+", name.lower())}
    return {w for w in words if len(w) > 1} - {"the", "of", "day", "eve", "night", "st", "jr"}


@lru_cache(maxsize=1)
def keywords() -> dict[str, frozenset[str]]:
    """Words that must occur near a match of each family of rules (lower case): rules run only around them."""
    units = set(lx.units())
    plural = {u + "s" for u in units} | {"centuries"}
    refs = {w for phrase in lx.refs() for w in phrase.split()} - {"the", "in", "at", "more", "most", "right", "near"}
    return {
        "months": frozenset(w.lower() for w in lx.months()),
        "weekdays": frozenset(w.lower() for w in lx.weekdays()),
        "weekday_plurals": frozenset(w.lower() + "s" for w in lx.weekdays()),
        "seasons": frozenset(lx.seasons()),
        "units": frozenset(units | plural),
        "calendar_units": frozenset({"week", "weekend", "month", "year", "decade", "century", "quarter", "fortnight"}),
        "plural_units": frozenset(plural),
        "deictic": frozenset({"today", "tonight", "yesterday", "tomorrow"} | set(lx.daytimes())),
        "ago": frozenset({"ago", "now", "hence"}),
        "later": frozenset({"earlier", "later", "before", "after"}),
        "anaphor": frozenset({"day", "session", "week", "weekend", "month", "year", "quarter"} | set(lx.daytimes())),
        "period": frozenset({"day", "session", "week", "month", "quarter", "year"}),
        "weekend": frozenset({"weekend"}),
        "daytimes": frozenset(lx.daytimes()),
        "ending": frozenset({"ending", "ended"}),
        "fiscal": frozenset({"fiscal", "financial"}),
        "holidays": frozenset(_holiday_keys()),
        "clock": frozenset({"noon", "midday", "midnight", "utc", "gmt"}),
        "every": frozenset({"every", "each", "per", "times", "once", "twice"}),
        "sets": frozenset(lx.sets()),
        "refs": frozenset(refs),
        "quarter": frozenset({"quarter"}),
        "half": frozenset({"half"}),
        "century": frozenset({"century"}),
    }


@lru_cache(maxsize=1)
def _keyword_regex() -> re.Pattern[str]:
    words = frozenset().union(*keywords().values())
    return re.compile(r"\b" + lx.alternation(words) + r"\b")


def key_positions(text: str) -> dict[str, list[int]]:
    """Where each key word (and each date-like number, under DIGITS) occurs in the text."""
    where: dict[str, list[int]] = {DIGITS: [m.start() for m in _DIGIT_KEYS.finditer(text)]}
    for match in _keyword_regex().finditer(text.lower()):
        where.setdefault(match.group(), []).append(match.start())
    return where
