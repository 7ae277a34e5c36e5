"""Places, round 39: a first-level region named like a river, in a list of rivers, is that river; "X, in the
province of Y" qualifies X as "X, Y" does; a place said to be "a coastal town" is no capital abroad."""
from __future__ import annotations

from conftest import by_text


def test_a_region_named_like_its_river_in_a_list_of_rivers_is_the_river(gaz):
    text = "Heavy rain swelled the Limpopo and Olifants rivers near Xai-Xai, district officials said on Sunday."
    limpopo = by_text(text, gaz)["Limpopo"]
    assert (limpopo.feature_code, limpopo.country) == ("STM", "MOZ")


def test_the_region_stays_the_region_outside_a_list_of_rivers(gaz):
    limpopo = by_text("Farmers in Limpopo said the drought had killed half their cattle since March.", gaz)["Limpopo"]
    assert (limpopo.feature_code, limpopo.country) == ("ADM1", "ZAF")


def test_the_river_of_the_article_country_when_several_share_its_name(gaz):
    # GeoNames has the Benue River in Nigeria and in Cameroon, and Benue State in Nigeria.
    text = "Barges stopped on the Benue and Niger rivers as the water rose near Makurdi on Tuesday."
    benue = by_text(text, gaz)["Benue"]
    assert (benue.feature_code, benue.country) == ("STM", "NGA")


def test_in_the_province_of_qualifies_the_name_before_it(gaz):
    text = ("SAN JOSE, Costa Rica (AP) - The airline will move its charter flights to Liberia, in the province of "
            "Guanacaste, from next month.")
    liberia = by_text(text, gaz)["Liberia"]
    assert (liberia.feature_code, liberia.country) == ("PPL", "CRI")


def test_the_country_stays_when_what_follows_names_no_region_with_such_a_town(gaz):
    liberia = by_text("Aid flights from Liberia, in West Africa, landed in Freetown on Monday.", gaz)["Liberia"]
    assert (liberia.feature_code, liberia.country) == ("PCLI", "LBR")


def test_a_place_said_to_be_a_town_is_no_capital_abroad(gaz):
    text = ("LEGAZPI, Philippines (AP) - Evacuees from Santo Domingo, a fishing town on the coast, returned home on "
            "Monday.")
    town = by_text(text, gaz)["Santo Domingo"]
    assert (town.feature_code, town.country) == ("PPL", "PHL")


def test_the_capital_stays_the_capital_when_called_so(gaz):
    text = "Santo Domingo, the capital, had heavy rain on Monday, officials in the Dominican Republic said."
    assert by_text(text, gaz)["Santo Domingo"].feature_code == "PPLC"
