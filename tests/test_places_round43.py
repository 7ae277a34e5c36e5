"""Places, round 43: "the X over its banks" is a river, even where a state of that name was read; "the X River" read as
a town of that name (the gazetteer lacks the river) is a river without a point, in the country the text puts it."""
from __future__ import annotations

from conftest import by_text


def test_a_state_driven_over_its_banks_is_the_river(gaz):
    ohio = by_text("PADUCAH, Ky. (AP) - Storms drove the Ohio over its banks near Paducah on Monday.", gaz)["Ohio"]
    assert (ohio.feature_code, ohio.country) == ("STM", "USA")


def test_the_x_river_is_no_town_of_that_name(gaz):
    text = "HUNTSVILLE, Ala. (AP) - Two canoeists were rescued from the Elk River on Saturday, the sheriff said."
    river = by_text(text, gaz)["Elk River"]
    assert (river.feature_class, river.feature_code, river.country) == ("H", "STM", "USA")
    assert river.geonameid is None


def test_a_town_named_x_river_without_the_stays_the_town(gaz):
    town = by_text("Snow fell on Elk River and St. Cloud overnight, Minnesota officials said.", gaz)["Elk River"]
    assert (town.feature_code, town.admin1) == ("PPL", "MN")


def test_swedish_counties_not_named_like_towns_are_regions(gaz):
    places = by_text("Snow closed roads across Jämtland and Gävleborg, and ferries stopped off Östergötland.", gaz)
    assert {(places[n].feature_code, places[n].country) for n in ("Jämtland", "Gävleborg", "Östergötland")} == {
        ("ADM1", "SWE")}
