"""Places, round 78: a region's offices before "of", rivers by their upper and lower courses and by names of three
words, and the areas45l and towns45l rows."""

from __future__ import annotations

from conftest import by_text


def test_the_provincial_government_of_a_town_named_place_is_the_province(gaz):
    text = "Floods hit northern Argentina. The provincial government of Salta sent boats to villages on the river."
    place = by_text(text, gaz)["Salta"]
    assert (place.country_code, place.feature_code) == ("AR", "ADM1")
    # The town itself stays the town.
    town = by_text("Floods hit northern Argentina. Shops in Salta closed early on Monday.", gaz)["Salta"]
    assert (town.country_code, town.feature_class) == ("AR", "P")


def test_the_governor_of_a_place_is_its_region(gaz):
    text = "Protests spread across Peru. The governor of Arequipa asked for calm after roads were blocked."
    place = by_text(text, gaz)["Arequipa"]
    assert (place.country_code, place.feature_code) == ("PE", "ADM1")


def test_the_upper_course_of_a_river_is_the_river(gaz):
    text = "Dredges working the upper Magdalena and its tributaries have made flooding worse, Colombia's army said."
    place = by_text(text, gaz)["Magdalena"]
    assert (place.country_code, place.feature_code) == ("CO", "STM")
    # A region's name after "upper" stays the region.
    assert by_text("Storms crossed the upper Midwest on Monday.", gaz)["Midwest"].feature_code != "STM"


def test_a_river_of_three_words_joining_another_is_a_river(gaz):
    text = "Gold miners camped where the Madre de Dios meets the Inambari, officials in Peru said on Tuesday."
    assert by_text(text, gaz)["Madre de Dios"].feature_code == "STM"
    # The region stays the region elsewhere.
    region = by_text("Officials in Peru said the Madre de Dios region lost forest.", gaz)["Madre de Dios region"]
    assert region.feature_code == "ADM1"


def test_reviewed_rows_of_latin_america(gaz):
    text = ("Trucks queued at Paso Pino Hachado on Monday as snow closed the pass between Neuquén and Chile. In Buenos "
            "Aires, residents of Villa Crespo and Parque Patricios reported flooded streets.")
    places = by_text(text, gaz)
    assert (places["Paso Pino Hachado"].country_code, places["Paso Pino Hachado"].feature_code) == ("AR", "PASS")
    assert places["Villa Crespo"].country_code == "AR" and places["Villa Crespo"].feature_class == "P"
    assert places["Parque Patricios"].country_code == "AR"
