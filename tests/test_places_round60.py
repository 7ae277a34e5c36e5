"""Places, round 60 (from check set 127): a name with a bracketed qualifier ('Frankfurt (Oder)'); German official
names shortened as news writes them ('Steinach' for Steinach am Brenner); regions, islands and villages of Europe the
gazetteer lacked; two rivers that join ('the Inn and the Ilz join the Danube', from set 125 too)."""
from __future__ import annotations

from conftest import by_text


def test_a_name_with_a_bracketed_qualifier(gaz):
    town = by_text("Sandbags went up along the river in Frankfurt (Oder) as the water rose in Germany.", gaz)
    assert town["Frankfurt (Oder)"].name == "Frankfurt (Oder)" and town["Frankfurt (Oder)"].lon > 14
    # A bracket that is no part of a known name leaves the name alone.
    assert "Berlin" in by_text("Police in Berlin (Germany) said", gaz)


def test_a_german_official_name_shortened(gaz):
    text = "Lorries clog the valley in Tyrol, and residents of Steinach and Matrei want a ban."
    places = by_text(text, gaz)
    assert places["Steinach"].country_code == "AT" and places["Matrei"].country_code == "AT"
    # In news of Germany, Germany's Steinach keeps its place.
    assert by_text("Storms hit Bavaria, and residents of Steinach lost power.", gaz)["Steinach"].country_code == "DE"


def test_european_regions_islands_and_villages(gaz):
    text = ("Dykes broke on Ærø and Falster in Denmark, fires burned in Møre og Romsdal in Norway, and hail hit "
            "orchards across Romagna in Italy.")
    places = by_text(text, gaz)
    assert {places[n].country_code for n in ("Ærø", "Falster")} == {"DK"}
    assert places["Møre og Romsdal"].country_code == "NO" and places["Romagna"].country_code == "IT"


def test_two_rivers_that_join(gaz):
    text = "In Bavaria, the Inn and the Ilz join the Danube at the old town, and cellars flooded again."
    places = by_text(text, gaz)
    assert places["Inn"].feature_code == "STM" and places["Ilz"].feature_code == "STM"
    assert places["Ilz"].country_code == "DE"
    # Without a known river in the pair, two families meeting are no rivers.
    assert "Smiths" not in by_text("In Ohio, the Smiths and the Joneses meet for lunch.", gaz)
