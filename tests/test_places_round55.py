"""Places, round 55 (from check sets 111-118): "X, once a town of N people" says X is a town; a town of a state the
article names beats a county abroad of its name; "X, in Y County" is the town of that county; "X, a suburb north of
Y" puts X beside Y; "aux" inside a name ("Port aux Basques"); towns, mountains and provinces the gazetteer lacked."""
from __future__ import annotations

import pytest

from conftest import by_text
from eventwire.geo.distance import km


def test_a_town_described_as_what_it_once_was_opens_its_sentence(gaz):
    text = ("Drones struck near Kharkiv overnight.\n\nVovchansk, once a town of 17,000 people near the border, "
            "now has almost no one left.")
    assert by_text(text, gaz)["Vovchansk"].country == "UKR"
    # Without the description a name opening a sentence needs more than 17,000 people: it may be a surname.
    assert "Vovchansk" not in by_text("Drones struck near Kharkiv overnight.\n\nVovchansk said nothing.", gaz)


def test_a_town_of_the_articles_state_beats_a_county_abroad_and_a_bigger_namesake(gaz):
    text = "Hail and high winds swept across Kentucky on Sunday. Roofs were torn off in Somerset."
    town = by_text(text, gaz)["Somerset"]
    assert (town.country, town.admin1) == ("USA", "KY")
    # With no state named, the English county stays ahead of small American towns.
    assert by_text("Flooding closed roads in Somerset and Devon, England.", gaz)["Somerset"].country == "GBR"


def test_a_name_before_in_and_a_county_is_the_town_of_that_county(gaz):
    text = ("School levies failed across Ohio. One passed in Lebanon, in Warren County, after two defeats, and another "
            "in Dayton.")
    town = by_text(text, gaz)["Lebanon"]
    assert (town.country, town.admin1, town.feature_class) == ("USA", "OH", "P")
    # Named alone, the name is the country.
    assert by_text("Aid reached Lebanon by sea and by air on Monday.", gaz)["Lebanon"].country == "LBN"


def test_a_suburb_placed_beside_a_city_is_the_namesake_there(gaz):
    text = "Ohio voters backed new roads. In Dublin, a leafy suburb northwest of Columbus, a bond issue passed."
    town = by_text(text, gaz)["Dublin"]
    assert (town.country, town.admin1) == ("USA", "OH")
    assert by_text("Ministers met in Dublin, the Irish capital, on Friday.", gaz)["Dublin"].country == "IRL"


def test_aux_joins_a_french_name(gaz):
    places = by_text("The ferry from North Sydney docked at Port aux Basques, Newfoundland, after the storm.", gaz)
    assert places["Port aux Basques"].country == "CAN" and "Port" not in places


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Trucks waited for days at Sary-Tash before the pass into China reopened.", "Sary-Tash", "KGZ", 39.73, 73.25),
    ("Workers at Rogun in Tajikistan poured concrete for the dam's next stage.", "Rogun", "TJK", 38.78, 69.78),
    ("Floods cut the highway near Tapah in Perak, Malaysia.", "Tapah", "MYS", 4.2, 101.26),
    ("Migrants camped near Horgos, on Serbia's border with Hungary.", "Horgos", "SRB", 46.16, 19.97),
    ("Youths clashed with police in Larbaa Nath Irathen, in Algeria's Kabylie region.", "Larbaa Nath Irathen",
     "DZA", 36.63, 4.2),
    ("Trucks from Dakar crossed into Mali at Diboli after the strike ended.", "Diboli", "MLI", 14.49, -12.19),
    ("Ferries from Zamboanga resumed service to Lamitan on Basilan island in the Philippines.", "Lamitan", "PHL",
     6.65, 122.13),
    ("Aftershocks damaged more homes in Islahiye, near Turkey's border with Syria.", "Islahiye", "TUR", 37.03, 36.63),
    ("Two climbers died on Kazbek, above Georgia's border with Russia, after a storm.", "Kazbek", "GEO", 42.70, 44.52),
    ("Rain washed out the road over the Tizi n'Test pass in Morocco's High Atlas.", "Tizi n'Test", "MAR", 30.87, -8.38),
    ("Troops searched caves in the Jebel Akhdar hills east of Benghazi, Libya.", "Jebel Akhdar", "LBY", 32.5, 21.75),
    ("Hikers in Oman were rescued from Jebel Akhdar after flash floods near Nizwa.", "Jebel Akhdar", "OMN",
     23.07, 57.67),
    ("Police in Nabire said clashes in Central Papua left three dead, Indonesia's army said.", "Central Papua", "IDN",
     -3.7, 136.0),
    ("Drought hit farms across West Timor, Indonesia's part of the island.", "West Timor", "IDN", -9.6, 124.1),
])
def test_places_the_gazetteer_lacked(gaz, text, name, country, lat, lon):
    # At the place itself, not at the point of the region or country the sentence names.
    place = by_text(text, gaz)[name]
    assert place.country == country and km(place.lat, place.lon, lat, lon) < 25


def test_iraqs_second_kurdish_city_under_its_news_spelling(gaz):
    city = by_text("Protests spread from Erbil to Sulaimaniyah in Iraq's Kurdistan region.", gaz)["Sulaimaniyah"]
    assert city.country == "IRQ" and abs(city.lat - 35.56) < 0.1
