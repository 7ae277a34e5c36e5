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


@pytest.mark.parametrize("text, phrase, value", [
    ("Recent floods displaced thousands.", "Recent", "PAST_REF"),
    ("Prices will stay high for the time being.", "the time being", "PRESENT_REF"),
    ("Analysts see little growth in the near term.", "the near term", "FUTURE_REF"),
    ("The plan secures jobs for the long term.", "the long term", "FUTURE_REF"),
    ("Under current rules, banks must report losses.", "current", "PRESENT_REF"),
])
def test_references(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_the_most_recent_means_the_latest() -> None:
    assert [t.text for t in find_timexes("The most recent model sold well.", PUBLISHED)] == []


@pytest.mark.parametrize("text, phrase, value", [
    ("Exports rose 12% in June compared to the same month a year earlier.", "the same month a year earlier", "2021-06"),
    ("Revenue rose in May from the same period last year.", "the same period last year", "2021-05"),
    ("Profit in the second quarter of 2019 doubled from the year-earlier quarter.", "the year-earlier quarter", "2018-Q2"),
    ("On March 3, the index ended the day 2% lower.", "the day", "2022-03-03"),
    ("On Tuesday, shares recovered late in the session.", "late in the session", "2022-09-06"),
    ("On Tuesday, prices fell at the start of the day.", "the start of the day", "2022-09-06"),
    ("The firm lost money in the first quarter of 2020 and for the whole year.", "the whole year", "2020"),
])
def test_periods_of_the_reference_time(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value
