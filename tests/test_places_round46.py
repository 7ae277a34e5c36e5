"""Places, round 46: a name with a reading of no country (a sea) points to no country through its other readings ("North
Sea" is also a town of New York, which made "Aberdeen" South Dakota's); a country named by the first word of its name,
after a locative word in news firmly of another country, is that country's town under a short form of its long
name too ("Antigua" of Antigua Guatemala). Data: Gangwon's Goseong, which GeoNames lacks."""
from __future__ import annotations

from conftest import by_text


def test_a_sea_named_like_a_small_town_points_to_no_country(gaz):
    text = "North Sea oil workers flown from Aberdeen to offshore platforms will strike next week, the union said."
    places = by_text(text, gaz)
    assert places["North Sea"].feature_code == "SEA"
    assert places["Aberdeen"].country == "GBR"



def test_a_country_named_by_its_first_word_is_the_short_named_town_of_the_firm_country(gaz):
    text = ("GUATEMALA CITY (Reuters) - Traffic was halted between Antigua and Chimaltenango after a landslide, "
            "Guatemala's disaster agency said, and Guatemalan troops cleared the mud.")
    town = by_text(text, gaz)["Antigua"]
    assert (town.name, town.country) == ("Antigua Guatemala", "GTM")


def test_the_island_country_stays_in_caribbean_news(gaz):
    text = "LIAT said flights between Antigua and Barbados would resume on Friday after the storm."
    assert by_text(text, gaz)["Antigua"].country == "ATG"


def test_gangwons_goseong_beside_sokcho(gaz):
    """Goseong County's seat in Gangwon (a towns.tsv row): GeoNames has only South Gyeongsang's Goseong."""
    places = by_text("Snow closed the coastal road between Sokcho and Goseong on Tuesday, Gangwon officials said.", gaz)
    assert places["Goseong"].admin1 == "06" and places["Goseong"].lat > 38


def test_south_gyeongsangs_goseong_stays(gaz):
    text = "Fishing boats returned to Tongyeong and Goseong after the typhoon passed South Gyeongsang."
    assert by_text(text, gaz)["Goseong"].admin1 == "20"
