"""Places, round 58 (from check sets 45, 117, 119, 124, 125 and 128): where a name lies said right after it ('X, across
the border', 'X, in the heart of'); a ship or the seabed off a town; a known town listed after a kind of place; a town
called "X County"; names joined by "de los"; a dateline's small town of a region the story names; "the Primorsky
region" (set 123)."""
from __future__ import annotations

from conftest import by_text


def test_where_a_name_lies_said_right_after_it(gaz):
    text = ("Rivers in Bangladesh's north-east rose on Monday. Cherrapunji, across the border in India, was hit too. "
            "Salazie, in the heart of Reunion, was cut off.")
    places = by_text(text, gaz)
    assert places["Cherrapunji"].country_code == "IN" and places["Salazie"].country_code == "RE"
    # Without it, a name opening a sentence may be a person's.
    assert "Salazie" not in by_text("Salazie, who is 40, was cut off from the team.", gaz)


def test_a_ship_or_the_seabed_off_a_town(gaz):
    text = "Namibia cut diamond output. Vessels working the seabed off Oranjemund have been idled."
    assert by_text(text, gaz)["Oranjemund"].country_code == "NA"
    assert "Oranjemund" not in by_text("Namibia cut output. Officials fought off Oranjemund in court.", gaz)


def test_a_known_town_listed_after_a_kind_of_place(gaz):
    text = ("The Dominican Republic, which shares Hispaniola with Haiti, tightened checks at border crossings such as "
            "Dajabon.")
    town = by_text(text, gaz)["Dajabon"]
    assert town.country_code == "DO" and town.resolution == "city"


def test_a_town_called_x_county_stays_itself(gaz):
    text = "Tobacco farms north of Lake Erie in Ontario are turning to ginseng, growers in Norfolk County said."
    assert by_text(text, gaz)["Norfolk County"].country_code == "CA"


def test_a_name_joined_by_de_los(gaz):
    text = "Ash fell overnight on Atlixco, San Nicolás de los Ranchos and Cholula, in Mexico's Puebla state."
    assert by_text(text, gaz)["San Nicolás de los Ranchos"].country_code == "MX"


def test_the_state_of_mexico_and_a_datelines_small_town_of_a_region_the_story_names(gaz):
    assert by_text("Ash fell on towns in the State of Mexico.", gaz)["State of Mexico"].feature_code == "ADM1"
    assert by_text("Travellers to the northern Mexico state of Chihuahua", gaz)["Chihuahua"].country_code == "MX"
    text = "CIUDAD HIDALGO, Mexico - Migrants crossed the Suchiate river into Chiapas state on Thursday."
    town = by_text(text, gaz)["CIUDAD HIDALGO"]
    assert (town.country_code, town.admin1) == ("MX", "05")


def test_the_primorsky_region(gaz):
    text = "Russia reopened a checkpoint in the Primorsky region on Monday."
    assert by_text(text, gaz)["Primorsky region"].country_code == "RU"
