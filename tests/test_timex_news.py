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


@pytest.mark.parametrize("text, phrase, kind, value", [
    ("Markets rallied earlier today.", "earlier today", "DATE", "2022-09-07"),
    ("At 0700 GMT, the central bank cut rates.", "0700 GMT", "TIME", "2022-09-07T07:00Z"),
    ("Polls opened at 08:00 UTC Monday.", "08:00 UTC Monday", "TIME", "2022-09-05T08:00Z"),
    ("The president will speak at 18:00 UTC today.", "18:00 UTC today", "TIME", "2022-09-07T18:00Z"),
    ("At a briefing at 14:30 UTC, August 30, the minister spoke.", "14:30 UTC", "TIME", "2022-08-30T14:30Z"),
    ("Music of the 60s and 70s filled the hall.", "the 60s", "DATE", "196"),
    ("Music of the 60s and 70s filled the hall.", "70s", "DATE", "197"),
    ("Unemployment is at its highest since '93.", "'93", "DATE", "1993"),
    ("The review will take between 30 and 45 days.", "30", "DURATION", "P30D"),
    ("The index fell for six straight sessions after four consecutive days of gains.", "four consecutive days", "DURATION", "P4D"),
    ("Output shrank for two consecutive quarters.", "two consecutive quarters", "DURATION", "P2Q"),
    ("Shares lost a fifth of their value in minutes.", "minutes", "DURATION", "PTXM"),
    ("Bookings rose in the last week of August.", "the last week of August", "DATE", "2022-W34"),
    ("Talks begin in the first week of November.", "the first week of November", "DATE", "2022-W44"),
    ("The bank posted an annual profit of $3 billion.", "annual", "DURATION", "P1Y"),
    ("The bank holds an annual meeting.", "annual", "SET", "P1Y"),
])
def test_news_phrases(text: str, phrase: str, kind: str, value: str) -> None:
    found = one(text, phrase)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize("text", [
    "The union represents about a quarter of the workforce.",
    "In his 70s, the senator still runs marathons.",
])
def test_look_alikes_are_left_alone(text: str) -> None:
    assert [t.text for t in find_timexes(text, PUBLISHED)] == []


@pytest.mark.parametrize("text, phrase, kind, value, mod", [
    ("The 2014-2016 programme was extended.", "2014", "DATE", "2014", None),
    ("The 2014-2016 programme was extended.", "2016", "DATE", "2016", None),
    ("Budgets for 2019-20 were cut.", "20", "DATE", "2020", None),
    ("Rebels attacked late Tuesday.", "late Tuesday", "DATE", "2022-09-06", "END"),
    ("The ferry sank early on Monday.", "early on Monday", "DATE", "2022-09-05", "START"),
    ("Earlier in the week, the council met.", "Earlier in the week", "DATE", "2022-W36", None),
    ("The talks lasted half an hour.", "half an hour", "DURATION", "PT0.5H", None),
    ("The mine closed years ago.", "years ago", "DATE", "PAST_REF", None),
    ("Months later, the case was dropped.", "Months later", "DATE", "FUTURE_REF", None),
    ("On May 2, 2021, the mayor resigned; he had been warned the day before", "the day before", "DATE", "2021-05-01", None),
])
def test_more_news_phrases(text: str, phrase: str, kind: str, value: str, mod: str | None) -> None:
    found = one(text, phrase)
    assert (found.type, found.value, found.mod) == (kind, value, mod)


def test_a_dashed_number_that_is_not_a_year_span_is_left_alone() -> None:
    assert [t.text for t in find_timexes("Call 2010-1999 for details.", PUBLISHED)] == []


@pytest.mark.parametrize("text, phrase, kind, value", [
    ("On Friday, 2 September, the index fell for a third straight day.", "third straight day", "DATE", "2022-09-02"),
    ("Prices rose for the sixth month in a row.", "sixth month", "DATE", "2022-09"),
    ("On Tuesday, the euro slipped in afternoon trade.", "afternoon", "TIME", "2022-09-06TAF"),
    ("It was the biggest single-day fall.", "single-day", "DURATION", "P1D"),
    ("Costs fell in 2015, after rising the year previous.", "the year previous", "DATE", "2014"),
    ("A decision is expected very soon.", "very soon", "DATE", "FUTURE_REF"),
])
def test_market_phrases(text: str, phrase: str, kind: str, value: str) -> None:
    found = one(text, phrase)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize("text, phrase, value", [
    ("He died on Jan 3.", "Jan 3", "2022-01-03"),  # a short -ed verb is past too
    ("The launch was delayed until November.", "November", "2022-11"),
    ("The vote was postponed to October 30.", "October 30", "2022-10-30"),
    ("The ban, which takes effect in January, was approved by parliament.", "January", "2023-01"),
    ("The museum reopens in April after repairs.", "April", "2023-04"),
])
def test_more_tense_cues(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, kind, value", [
    ("Prices rose between March and May.", "March", "DATE", "2022-03"),
    ("On New Year's Eve, fireworks lit the sky.", "New Year's Eve", "DATE", "2021-12-31"),
    ("The border stays closed for the foreseeable future.", "the foreseeable future", "DATE", "FUTURE_REF"),
    ("The council is elected every four years.", "every four years", "SET", "P4Y"),
])
def test_sets_refs_and_irregular_past(text: str, phrase: str, kind: str, value: str) -> None:
    found = one(text, phrase)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize("text, phrase, value", [
    ("Pilgrims gathered on Maundy Thursday.", "Maundy Thursday", "2022-04-14"),
    ("Shops stay shut on Whit Monday.", "Whit Monday", "2022-06-06"),
    ("Juneteenth was marked with parades.", "Juneteenth", "2022-06-19"),
])
def test_more_named_days(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_first_half_results_name_a_half_year() -> None:
    assert one("The bank reported first-half profit of $2 billion.", "first-half").value == "2022-H1"
    assert [t.text for t in find_timexes("He scored a first-half goal.", PUBLISHED)] == []
