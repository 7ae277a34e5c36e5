"""Facts of a mention's readings worked out once: many passes ask the same of each mention (`focus_countries` of it
alone, its regions), and a name read in twenty sentences is one name."""

from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar

from .mention import Mention

T = TypeVar("T")
KEPT = 50_000  # entries per fact; the memo starts afresh past this


def by_readings(fact: Callable[[Mention], T]) -> Callable[[Mention], T]:
    """`fact` of a mention, which must depend only on its readings, its text and whether it is one word, remembered.
    The readings are the gazetteer's tuples, shared by every mention of a name; the memo holds each, so that the id in
    its key is that tuple's for as long as the entry lives."""
    memo: dict[tuple[int, str, bool], tuple[tuple, T]] = {}

    @wraps(fact)
    def remembered(m: Mention) -> T:
        key = (id(m.features), m.text, m.first == m.last)
        found = memo.get(key)
        if found is None or found[0] is not m.features:
            if len(memo) >= KEPT:
                memo.clear()
            found = memo[key] = (m.features, fact(m))
        return found[1]

    return remembered
