"""find_timexes: run every rule over the text, keep the longest non-overlapping readings, resolve clock times and anaphora."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Callable

from ..errors import EventwireError
from . import rules_anaphora, rules_dates, rules_holidays, rules_relative, rules_spans
from .context import Ctx
from .patterns import compile_rule, key_positions, keywords
from .record import Reading, Timex, Unanchored
from .resolve import Kept, resolve

Handler = Callable[[re.Match[str], Ctx], "Reading | None"]


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    priority: int
    reading: Reading


_BEFORE, _AFTER = 40, 44


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[tuple[str, re.Pattern[str], Handler, frozenset[str]], ...]:
    """Every rule, compiled once, in priority order (earlier wins a tie on length), with its key words."""
    families = keywords()
    out = []
    for name, template, handler, keys in [*rules_dates.RULES, *rules_spans.RULES, *rules_anaphora.RULES, *rules_holidays.RULES, *rules_relative.RULES]:
        words = frozenset().union(*(families.get(k, frozenset({k})) for k in keys))
        out.append((name, compile_rule(template), handler, words))
    return tuple(out)


def _read(match: re.Match[str], handler: Handler, ctx: Ctx) -> Reading | None:
    try:
        return handler(match, ctx)
    except Unanchored as missing:
        return missing.reading


def _windows(where: dict[str, list[int]], keys: frozenset[str], size: int) -> list[tuple[int, int]]:
    """Merged stretches of text around the key words of a rule: the only places it can match."""
    hits = sorted(p for key, places in where.items() if key in keys for p in places)
    spans: list[tuple[int, int]] = []
    for p in hits:
        lo, hi = max(0, p - _BEFORE), min(size, p + _AFTER)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _candidates(text: str, ctx: Ctx) -> list[_Candidate]:
    found: list[_Candidate] = []
    where = key_positions(text)
    windows: dict[frozenset[str], list[tuple[int, int]]] = {}  # rules sharing key words share their windows
    for priority, (_, pattern, handler, keys) in enumerate(compiled_rules()):
        if keys not in windows:
            windows[keys] = _windows(where, keys, len(text))
        for lo, hi in windows[keys]:
            for match in pattern.finditer(text, lo, hi):
                if match.end() == match.start():
                    continue
                reading = _read(match, handler, ctx)
                if reading is not None:
                    found.append(_Candidate(match.start(), match.end(), priority, reading))
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then leftmost, then rule priority; drop anything overlapping a kept one."""
    starts: list[int] = []
    ends: list[int] = []
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start, c.priority)):
        at = bisect_right(starts, cand.start)
        if (at and ends[at - 1] > cand.start) or (at < len(starts) and starts[at] < cand.end):
            continue
        starts.insert(at, cand.start)
        ends.insert(at, cand.end)
        kept.insert(at, cand)
    return kept


def _with_nested(candidates: list[_Candidate], kept: list[_Candidate]) -> list[_Candidate]:
    """Add, inside every kept range that allows it ("from 2003 to 2006"), the best expressions it contains."""
    extra: list[_Candidate] = []
    for outer in (c for c in kept if c.reading.nested):
        inner = [c for c in candidates if outer.start <= c.start and c.end <= outer.end and c is not outer
                 and (c.start, c.end) != (outer.start, outer.end)]
        ends = _select(inner)
        if len(ends) == 2:  # the second end of a range lies after the first
            ends[1] = replace(ends[1], reading=rules_spans.ordered_end(ends[0].reading, ends[1].reading))
        extra += ends
    return sorted([*kept, *extra], key=lambda c: (c.start, -c.end)) if extra else kept


def find_timexes(text: str, published: date | None, *, strict: bool = True) -> tuple[Timex, ...]:
    """The time expressions of a text with TIMEX3 values resolved against the publication date.

    Without a publication date, an expression that needs it raises EW601 (``strict``) or keeps an
    unresolved ``XXXX`` value with ``anchored=False``.
    """
    ctx = Ctx(text, published)
    candidates = _candidates(text, ctx)
    kept = _with_nested(candidates, _select(candidates))
    timexes = resolve(text, [Kept(c.start, c.end, c.reading) for c in kept], published)
    if strict:
        for timex in timexes:
            if not timex.anchored:
                raise EventwireError("EW601", text=timex.text, offset=timex.start)
    return tuple(timexes)
