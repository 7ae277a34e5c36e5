"""Places, round 56 (from check sets 96 and 103): a dateline's town of a region the article names; "X, home to ..."
opening a sentence; a city of a region the article names over a famous capital abroad."""
from __future__ import annotations

import pytest

from conftest import by_text


def test_a_datelines_town_is_the_namesake_in_the_region_the_story_names(gaz):
    text = "CUAUHTEMOC, Mexico - Farmers in the northern state of Chihuahua blocked a highway over water rights."
    town = by_text(text, gaz)["CUAUHTEMOC"]
    assert (town.country, town.admin1) == ("MEX", "06")
    # With no region named, the dateline stays the largest town of the name.
    town = by_text("CUAUHTEMOC, Mexico - Farmers blocked a highway over water rights.", gaz)["CUAUHTEMOC"]
    assert town.country == "MEX" and town.admin1 != "06"


def test_a_town_opening_a_sentence_with_what_it_is_home_to(gaz):
    text = ("Storms swept across western Tennessee overnight. In Jackson, a roof was torn off a school. "
            "Milan, home to an old army plant, was hit by hail.")
    town = by_text(text, gaz)["Milan"]
    assert (town.country, town.admin1) == ("USA", "TN")
    # Without it, a name opening a sentence may be a person's.
    assert "Milan" not in by_text("Storms swept across western Tennessee. Milan was not available to comment.", gaz)


def test_a_city_of_the_articles_region_beats_a_famous_capital_abroad(gaz):
    text = ("WINDSOR, Ontario - Car parts makers in the province warned of layoffs. Workers in Windsor and Detroit "
            "said orders had slowed, and a supplier in London cut a shift.")
    assert by_text(text, gaz)["London"].country == "CAN"
    # News from elsewhere keeps the capital.
    text = "Car parts makers in Germany warned of layoffs, and a supplier in London cut a shift."
    assert by_text(text, gaz)["London"].country == "GBR"


def test_a_weather_reading_says_a_small_town_is_a_place(gaz):
    text = "A cold snap gripped Scotland on Tuesday. Braemar recorded minus 15C overnight."
    assert by_text(text, gaz)["Braemar"].country == "GBR"
    # A person's record is no place.
    assert "Braemar" not in by_text("The Scottish band toured in spring. Braemar recorded a new album in May.", gaz)


def test_off_a_coastal_town_is_at_it(gaz):
    text = "Four men have drowned in Ireland since 2019, including a swimmer off Belmullet."
    assert by_text(text, gaz)["Belmullet"].country == "IRL"


@pytest.mark.parametrize("text, name, country", [
    ("Floodwater from the Ahr swept through villages south of Bonn.", "Ahr", "DEU"),
    ("Hikers were rescued in the Picos de Europa, in northern Spain, after a blizzard.", "Picos de Europa", "ESP"),
    ("A wildfire spread through the Massif des Maures near Saint-Tropez.", "Massif des Maures", "FRA"),
    ("Flash floods cut roads across Swaledale in North Yorkshire.", "Swaledale", "GBR"),
    ("Druze leaders in the Chouf called for calm, Lebanese media said.", "Chouf", "LBN"),
    ("Autumn crowds filled trails on Seoraksan in South Korea's Gangwon province.", "Seoraksan", "KOR"),
])
def test_ranges_rivers_and_districts_the_gazetteer_lacked(gaz, text, name, country):
    assert by_text(text, gaz)[name].country == country


def test_umlauts_spelt_out_as_german_news_writes_them(gaz):
    text = "Avalanches cut off the Paznaun valley in Austria, and helicopters flew supplies in to Galtuer."
    village = by_text(text, gaz)["Galtuer"]
    assert (village.country, village.name) == ("AUT", "Galtür")
    # A short word is not read so: the Nuer are a people of South Sudan, not Iran's town of Nur.
    assert "Nuer" not in by_text("Nuer herders moved cattle south of Malakal in South Sudan.", gaz)
