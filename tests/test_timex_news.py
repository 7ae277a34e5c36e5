"""Time expressions in news phrasing: tense cues for underspecified dates, and the rules added for common
news phrases (each case is an invented sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.timex import Timex, find_timexes

PUBLISHED = date(2022, 9, 7)  # a Wednesday


def one(text: str, phrase: str, published: date = PUBLISHED) -> Timex:
    """The expression whose text is `phrase` (exactly)."""
    found = find_timexes(text, published)
    hits = [t for t in found if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[t.text for t in found]}"
    return hits[0]


@pytest.mark.parametrize("text, phrase, value", [
    # a modal with a passive points ahead
    ("The merger should be finalised in November.", "November", "2022-11"),
    ("The treaty may be ratified on October 3.", "October 3", "2022-10-03"),
    # "has" with a noun is present, not past
    ("The council has a February 10 deadline for the budget.", "February 10", "2023-02-10"),
    # "has been" gives way to a future participle after it
    ("A vote has been scheduled for November 20.", "November 20", "2022-11-20"),
    ("The union wants to settle the dispute by early October.", "early October", "2022-10"),
    # "plans announced": a noun and its participle, past
    ("The cuts extend reforms announced in March.", "March", "2022-03"),
    # a cue far away in another clause does not decide
    ("The company, which reported a large loss after a difficult year of restructuring and litigation in several "
     "countries, expects growth in the fourth quarter.", "the fourth quarter", "2022-Q4"),
    # the month May is no modal
    ("Inflation rose in May, officials said, and prices will rise again in December.", "December", "2022-12"),
])
def test_tense_cues(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value
