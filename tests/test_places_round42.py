"""Places, round 42: in local news whose lists read two or more country names as towns of one region, another
country name after a locative word is that region's town too; "the X burst its banks" is a river even where a region
of that name was read, and "a tributary of the X" names a river."""
from __future__ import annotations

from conftest import by_text

ICE = ("AUGUSTA, Maine (AP) - Ice closed schools in China, Waterville and Belgrade on Monday, and in Poland, Lisbon "
       "and Auburn. ")


def test_a_country_name_in_news_of_towns_named_like_countries_is_a_town(gaz):
    lebanon = by_text(ICE + "Plow crews from Lebanon were sent north to help.", gaz)["Lebanon"]
    assert (lebanon.country, lebanon.admin1) == ("USA", "ME")


def test_a_country_listed_with_another_country_stays_a_country(gaz):
    lebanon = by_text(ICE + "Maine sells potatoes to Lebanon and Egypt.", gaz)["Lebanon"]
    assert (lebanon.feature_code, lebanon.country) == ("PCLI", "LBN")


def test_one_town_named_like_a_country_is_not_enough(gaz):
    text = "AUGUSTA, Maine (AP) - Ice closed schools in Waterville and Oakland on Monday. Crews from Lebanon helped."
    lebanon = by_text(text, gaz)["Lebanon"]
    assert (lebanon.feature_code, lebanon.country) == ("PCLI", "LBN")


def test_a_region_that_bursts_its_banks_is_the_river(gaz):
    text = "KOBLENZ, Germany (AP) - The Moselle rose above its banks on Sunday, and firefighters evacuated villages."
    assert by_text(text, gaz)["Moselle"].feature_code == "STM"


def test_a_tributary_of_the_x_names_a_river(gaz):
    text = "FLORENCE, Italy (AP) - Heavy rain swelled a small tributary of the Arno east of the city."
    arno = by_text(text, gaz)["Arno"]
    assert (arno.feature_code, arno.country) == ("STM", "ITA")
