"""Places, round 41: "X, about 50 miles southeast of Y" is the namesake of X beside Y, of any size or country;
"X, in the state's hilly northwest" is the namesake of X in the state the article named last."""
from __future__ import annotations

from conftest import by_text

STORMS = "ATLANTA (AP) - Storms swept across Georgia on Tuesday. "


def test_a_town_put_miles_from_another_is_the_namesake_beside_it(gaz):
    text = STORMS + "In Dublin, about 50 miles southeast of Macon, a roof collapsed at a school."
    dublin = by_text(text, gaz)["Dublin"]
    assert (dublin.country, dublin.admin1) == ("USA", "GA")


def test_a_town_put_beside_a_near_one_stays(gaz):
    dublin = by_text("Thousands marched in Dublin, south of Belfast, on Saturday against the new border checks.",
                     gaz)["Dublin"]
    assert (dublin.feature_code, dublin.country) == ("PPLC", "IRL")


def test_a_town_in_the_state_s_corner_is_the_state_s_namesake(gaz):
    rome = by_text(STORMS + "Near Rome, in the state's hilly northwest, two trucks overturned.", gaz)["Rome"]
    assert (rome.country, rome.admin1) == ("USA", "GA")


def test_a_town_in_the_north_of_the_state_is_the_state_s_namesake(gaz):
    rome = by_text(STORMS + "In Rome, in the northwest of the state, two trucks overturned.", gaz)["Rome"]
    assert (rome.country, rome.admin1) == ("USA", "GA")


def test_a_town_named_bare_keeps_the_famous_reading(gaz):
    rome = by_text(STORMS + "In Rome, the pope prayed for the victims.", gaz)["Rome"]
    assert (rome.feature_code, rome.country) == ("PPLC", "ITA")
