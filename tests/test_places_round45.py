"""Places, round 45: Canadian and Australian abbreviations written on their own after a locative word ("crews in
B.C.", "across Qld") are their province or state; a year "B.C." is not. A bare name after "along the" before a direction
from a town ("along the X west of Y") is the river of that name."""
from __future__ import annotations

from conftest import by_text


def test_a_province_abbreviated_on_its_own(gaz):
    text = "Crews in B.C. were battling more than 100 wildfires on Monday, and ferries to P.E.I. were cancelled."
    places = by_text(text, gaz)
    assert (places["B.C."].name, places["B.C."].feature_code) == ("British Columbia", "ADM1")
    assert places["P.E.I."].name == "Prince Edward Island"


def test_a_province_abbreviated_after_a_direction_word(gaz):
    places = by_text("Mining companies in northern B.C. said the new rules would cost jobs.", gaz)
    assert places["B.C."].name == "British Columbia"


def test_listed_abbreviations_and_qld_without_its_full_stop(gaz):
    places = by_text("Flooding worsened across Qld. Snow fell in N.S. and N.B. overnight.", gaz)
    assert [places[n].name for n in ("Qld", "N.S.", "N.B.")] == ["Queensland", "Nova Scotia", "New Brunswick"]


def test_a_year_before_christ_is_no_province(gaz):
    assert "B.C." not in by_text("The settlement dates to about 500 B.C., archaeologists in Athens said.", gaz)


def test_a_bare_river_before_a_direction_from_a_town(gaz):
    text = "Anglers in Alberta reported low water along the Elbow west of Bragg Creek on Sunday."
    river = by_text(text, gaz)["Elbow"]
    assert (river.name, river.feature_code, river.country) == ("Elbow River", "STM", "CAN")
