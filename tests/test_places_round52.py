"""Places, round 52: "the northern state of X", where X is also the state's capital, is the state, and names the
state for the towns of the article."""
from __future__ import annotations

from conftest import by_text


def test_the_state_of_a_name_its_capital_shares(gaz):
    text = ("JUAREZ, Mexico - Health officials across the northern state of Chihuahua counted 300 new measles cases on "
            "Friday.")
    state = by_text(text, gaz)["Chihuahua"]
    assert (state.country, state.feature_code) == ("MEX", "ADM1")
    # An office "of Justice" names no region.
    assert "Justice" not in by_text("The Department of Justice in Washington charged him, US officials said.", gaz)


def test_the_state_named_so_holds_the_articles_towns(gaz):
    text = "Measles spread across the northern state of Chihuahua, Mexico. Cases rose in Aldama on Monday."
    town = by_text(text, gaz)["Aldama"]
    assert (town.country, town.admin1) == ("MEX", "06")
