"""Places, round 82: a town after "On the opposite bank,", a park's name with a connector, a region abroad listed
between two departments of the article's country, names opening with capitals outside ASCII after "the village of", and
a place the gazetteer lacks named again after a sentence-opening "In"."""

from __future__ import annotations

from conftest import all_named, by_text


def test_a_town_after_on_the_opposite_bank(gaz):
    text = ("SALTO, Uruguay - The river kept rising on Tuesday in Argentina and Uruguay. Monte Caseros shut its "
            "riverside road. On the opposite bank, Bella Unión opened two shelters.")
    assert by_text(text, gaz)["Bella Unión"].country_code == "UY"


def test_a_park_whose_name_has_a_connector_is_one_name(gaz):
    text = "COPIAPO, Chile - Snow closed the road near Nevado de Tres Cruces National Park on Monday."
    places = by_text(text, gaz)
    assert "Nevado" not in places and "Tres Cruces" not in places  # not a Mexican village
    assert places["Nevado de Tres Cruces"].country_code == "CL"


def test_a_feature_abroad_listed_between_departments_of_the_country(gaz):
    text = ("MONTEVIDEO, Uruguay - Drought hit farms across Uruguay. Officials named the departments worst hit: "
            "Rivera, Flores and Río Negro.")
    place = by_text(text, gaz)["Flores"]
    assert (place.country_code, place.feature_code) == ("UY", "ADM1")


def test_the_village_of_a_name_opening_with_an_accented_capital(gaz):
    text = "KLODZKO, Poland - As the river rose, crews moved families out of the village of Żelazno near Bardo."
    assert by_text(text, gaz)["Żelazno"].country_code == "PL"


def test_a_place_the_gazetteer_lacks_again_after_an_opening_in(gaz):
    text = ("SOFIA, Bulgaria - Fire came close to the vineyards near Melnik on Wednesday. In Melnik hotels "
            "emptied as smoke filled the streets.")
    assert [p.country_code for p in all_named(text, "Melnik", gaz)] == ["BG", "BG"]


def test_a_town_the_country_s_largest_city(gaz):
    text = ("LA PAZ, Bolivia - Fuel queues grew in Tarija and in Santa Cruz, the country's largest city, and in Oruro. "
            "Officials of the department of Santa Cruz declared an emergency.")
    first, second = all_named(text, "Santa Cruz", gaz)
    assert (first.feature_class, second.feature_code) == ("P", "ADM1")


def test_a_river_with_the_and_the_state_named_after_it_without(gaz):
    text = ("KOSTI, Sudan - Families fled across the White Nile by boat on Sunday. Shelling also hit villages in "
            "White Nile and in Blue Nile.")
    river, state = all_named(text, "White Nile", gaz)
    other = by_text(text, gaz)["Blue Nile"]
    assert (river.feature_code, state.feature_code, other.feature_code) == ("STM", "ADM1", "ADM1")


def test_areas47_and_towns47_rows(gaz):
    assert by_text("Hikers crowded Morskie Oko on Sunday.", gaz)["Morskie Oko"].country_code == "PL"
    assert by_text("Trucks waited at Paso de Jama for a second day.", gaz)["Paso de Jama"].country_code == "AR"
    assert by_text("Protesters drove on to Banja Koviljača.", gaz)["Banja Koviljača"].country_code == "RS"
    assert by_text("Voters in South Mitrovica went to the polls.", gaz)["South Mitrovica"].country_code == "XK"


def test_x_lake_for_the_gazetteers_lake_x_and_accented_capitals(gaz):
    place = by_text("KARS, Turkey - The new railway skirts Çıldır Lake on its way to Kars.", gaz)["Çıldır Lake"]
    assert (place.country_code, place.feature_code) == ("TR", "LK")
