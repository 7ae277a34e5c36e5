"""Places, round 68 (session 37, from check sets 126-148): "where the X rises" is the river; a river named bare in
news of a country with a stretch of it is the river at its mouth there too ("the Paraná" in news of Brazil); the
Shire at its mouth on the Zambezi; the Andes at its Wikipedia point; St. Thomas of the US Virgin Islands."""
from __future__ import annotations

from conftest import by_text, in_country_near


def test_where_a_river_rises_is_the_river_at_its_mouth(gaz):
    places = by_text("Dry weather across southern Brazil, where the Paraná rises, has cut the flow downstream.", gaz)
    assert places["Paraná"].feature_code == "STM" and places["Paraná"].country_code != "BR"
    nile = by_text("Farmers in Ethiopia said the Nile rose again on Monday.", gaz)["Nile"]
    assert nile.feature_code == "STM" and nile.country_code != "ET"


def test_the_shire_and_the_andes(gaz):
    shire = by_text("Floods along the Shire River cut roads in southern Malawi.", gaz)["Shire River"]
    in_country_near(shire, "MZ", (-17.70, 35.32), within=20)
    andes = by_text("Snow closed passes across the Andes between Chile and Argentina.", gaz)["Andes"]
    assert andes.feature_code == "MTS" and abs(andes.lat + 32.0) < 1.0


def test_a_river_named_with_its_kind_word_in_lower_case_is_the_river_at_its_mouth(gaz):
    text = "Petrol ran short in Bamako, while in Segou, on the Niger river, prices rose, Mali's traders said."
    niger = by_text(text, gaz)["Niger"]
    assert (niger.feature_code, niger.country_code) == ("STM", "NG")


def test_st_thomas_is_the_virgin_island_or_ontario_s_city_by_the_article(gaz):
    island = by_text("Hurricane winds hit St. Croix and St. Thomas, officials in the US Virgin Islands said.", gaz)
    assert island["St. Thomas"].country_code == "VI"
    city = by_text("Police in St. Thomas, Ontario, said a man was arrested near London.", gaz)
    assert city["St. Thomas"].country_code == "CA" and city["St. Thomas"].feature_class == "P"
