"""Places, round 62 (from check set 54): the seat of government of a first-level region the article names, opening a
sentence before a word of what a government does ('Frankfort has promised', in news of Kentucky); from sets 131, 134
and 136: a river named by its upper or lower course; border lakes and ranges in the country of their point; places the
gazetteer lacked."""
from __future__ import annotations

from conftest import by_text


def test_a_regions_seat_of_government_standing_for_it(gaz):
    text = "Tornadoes flattened barns across western Kentucky overnight. Frankfort has pledged emergency grants."
    assert by_text(text, gaz)["Frankfort"].country_code == "US"
    # Before "said", as a surname would be, it stays out.
    assert "Frankfort" not in by_text("Tornadoes flattened barns across western Kentucky. Frankfort said it was bad.",
                                      gaz)
    # And without its region named, a small seat of government opening a sentence stays out too.
    assert "Frankfort" not in by_text("Tornadoes flattened barns overnight. Frankfort has pledged grants.", gaz)


def test_a_river_named_by_its_upper_or_lower_course(gaz):
    text = "Rafting firms in Japan's Kumamoto prefecture cancelled trips on the upper Kuma after heavy rain."
    river = by_text(text, gaz)["Kuma"]
    assert river.feature_code == "STM" and river.country_code == "JP"


def test_border_lakes_and_ranges_take_the_country_of_their_point(gaz):
    places = by_text("Oil wells ring Lake Albert, and climbers returned from the Rwenzori Mountains.", gaz)
    assert places["Lake Albert"].country_code == "UG" and places["Rwenzori Mountains"].country_code == "CD"


def test_towns_and_features_the_gazetteer_lacked(gaz):
    places = by_text("Migrants left Haiti by boat to Montecristi in the Dominican Republic, and in Colombia the "
                     "Magdalena flooded Mompox.", gaz)
    assert places["Montecristi"].country_code == "DO" and places["Mompox"].country_code == "CO"
    assert by_text("Ash fell on Antigua in Guatemala as Fuego erupted again.", gaz)["Fuego"].feature_code == "MT"
