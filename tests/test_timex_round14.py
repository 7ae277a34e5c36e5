"""Round 14 of the time tagger: the classes of error a fresh, hand-labelled news set showed, on sentences of
their own (publication date 2022-09-07, a Wednesday, unless a test says otherwise)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.timex import Timex, find_timexes

PUBLISHED = date(2022, 9, 7)


def tag(text: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, published)]


def one(text: str, phrase: str, published: date = PUBLISHED) -> Timex:
    hits = [t for t in find_timexes(text, published) if t.text == phrase]
    assert hits, f"{phrase!r} not in {tag(text, published)}"
    return hits[0]


@pytest.mark.parametrize("text, found", [
    ("The vote will end at 8 p.m. on Sunday.", [("8 p.m. on Sunday", "TIME", "2022-09-11T20:00")]),
    ("Troops crossed the border at 5 a.m. on Monday.", [("5 a.m. on Monday", "TIME", "2022-09-05T05:00")]),
])
def test_a_clock_time_on_a_named_day_is_one_time(text: str, found: list) -> None:
    assert tag(text) == found


def test_an_adverb_does_not_break_a_future_auxiliary() -> None:
    assert one("The bridge will be officially opened on Friday.", "Friday").value == "2022-09-09"


def test_ago_wins_over_a_duration_after_the() -> None:
    assert tag("The team reached the final two years ago.") == [("two years ago", "DATE", "2020")]


def test_ranges_of_month_years_and_of_days_are_durations_holding_their_ends() -> None:
    assert tag("Exports fell from March 2020 to June 2021.") == [
        ("from March 2020 to June 2021", "DURATION", "P15M"), ("March 2020", "DATE", "2020-03"), ("June 2021", "DATE", "2021-06")]
    assert tag("The festival runs from Dec. 30 to Jan. 2.") == [
        ("from Dec. 30 to Jan. 2", "DURATION", "P3D"), ("Dec. 30", "DATE", "2022-12-30"), ("Jan. 2", "DATE", "2023-01-02")]
    # bare month names stay two dates, as MEANTIME marks them
    assert tag("Sales slowed between April and June.") == [("April", "DATE", "2022-04"), ("June", "DATE", "2022-06")]


@pytest.mark.parametrize("text, phrase, value", [
    ("Profits rose in the first six months of 2021.", "the first six months of 2021", "2021-H1"),
    ("Exports slumped in the last three months of last year.", "the last three months of last year", "2021-Q4"),
    ("Output grew in the first three months of the year.", "the first three months of the year", "2022-Q1"),
])
def test_the_first_months_of_a_year_are_a_quarter_or_half(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_the_previous_quarter_counts_from_the_quarter_mentioned() -> None:
    assert one("Sales rose in the second quarter of 2021 from the previous quarter.", "the previous quarter").value == "2021-Q1"
    assert one("Sales rose from the previous quarter.", "the previous quarter").value == "2022-Q2"


@pytest.mark.parametrize("text, phrase, value", [
    ("The parliament meets on Tuesday.", "Tuesday", "2022-09-13"),
    ("The new governor takes office on Jan. 15.", "Jan. 15", "2023-01-15"),
    ("The tournament starts on June 10.", "June 10", "2023-06-10"),
    ("Officials said the dam could fail by Friday.", "Friday", "2022-09-09"),
    ("Analysts expect a decision until the weekend.", "the weekend", "2022-W36-WE"),
])
def test_present_schedule_verbs_and_could_point_ahead(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_a_cue_before_the_expression_weighs_more_than_one_after() -> None:
    text = "Voters chose a new mayor in Sunday's poll and she starts work in October."
    assert one(text, "Sunday").value == "2022-09-04"
    assert one(text, "October").value == "2022-10"


@pytest.mark.parametrize("text, phrase, value", [
    ("Protests went on through the weekend.", "the weekend", "2022-W35-WE"),
    ("Aid arrived before the weekend.", "the weekend", "2022-W35-WE"),
])
def test_the_weekend_after_more_prepositions(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Rebuilding the port will take years.", "years", "PXY"),
    ("The deal came after months of talks.", "months", "PXM"),
    ("Engineers spent weeks on the design.", "weeks", "PXW"),
])
def test_bare_plural_units_after_take_and_after_are_durations(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize("text, phrase, value", [
    ("Neither candidate won a majority, setting up a Sept. 25 runoff.", "Sept. 25", "2022-09-25"),
    ("Markets price in a rate rise in October, which several officials have signalled.", "October", "2022-10"),
    ("On March 3, the index ended 2% lower.", "March 3", "2022-03-03"),
])
def test_a_date_takes_its_tense_from_its_own_clause(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


def test_a_bare_month_without_tense_is_the_nearest_one() -> None:
    assert one("The report covers December.", "December", date(2023, 1, 10)).value == "2022-12"
    assert one("The report covers February.", "February", date(2022, 12, 20)).value == "2023-02"


def test_take_days_to_is_a_duration() -> None:
    t = one("Counting the ballots could take days to finish.", "days")
    assert (t.type, t.value) == ("DURATION", "PXD")


def test_until_a_date_may_lie_ahead_of_a_past_act() -> None:
    assert one("The mayor extended the curfew until Sept. 30.", "Sept. 30").value == "2022-09-30"
    assert one("The mayor lifted the curfew on Sept. 2.", "Sept. 2").value == "2022-09-02"


def test_a_capitalised_season_in_a_name_is_not_a_date() -> None:
    assert tag("Athletes trained for the Summer Olympics in the summer of 2021.") == [("the summer of 2021", "DATE", "2021-SU")]


@pytest.mark.parametrize("text, value", [
    ("Schools stay shut until Friday.", "2022-09-09"),
    ("The government kept the borders closed until Thursday.", "2022-09-08"),
    ("The museum was closed from Friday until Monday.", "2022-09-05"),
])
def test_until_a_weekday_is_the_nearer_such_day(text: str, value: str) -> None:
    phrase = text.rstrip(".").split()[-1]
    assert one(text, phrase).value == value
