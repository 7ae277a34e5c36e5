"""Places, round 79: "the Bay of X" as the gazetteer's "X Bay", a volcano the gazetteer knows as a mountain, a
country's name an apposition calls a town, Jamaica's parishes under their short names, regions abroad in a list of the
article country's regions, "crossings further south, including X", a small town amid the article's places over a
famous namesake abroad, and the towns46 and areas46 rows."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_the_bay_of_a_name_is_the_bay_not_a_town_called_bay(gaz):
    text = "LA UNION, El Salvador - Fishermen around the Bay of Chetumal lost their catch to a red tide on Monday."
    places = find_places(text, gazetteer=gaz)
    assert "Bay" not in {p.text for p in places}
    bay = by_text(text, gaz)["Bay of Chetumal"]
    assert bay.feature_code == "BAY"


def test_a_volcano_the_gazetteer_knows_as_a_mountain(gaz):
    text = ("SAN JOSE, Costa Rica - Guides in Cartago kept hikers off the trails on Sunday. \"Most come for the Poás "
            "volcano,\" one guide said.")
    place = by_text(text, gaz)["Poás"]
    assert (place.name, place.country_code) == ("Poás Volcano", "CR")


def test_a_country_name_an_apposition_calls_a_town(gaz):
    text = ("SAN JOSE, Costa Rica - Wells ran dry across Guanacaste this week. In Liberia, the provincial capital, "
            "the utility began rationing water.")
    place = by_text(text, gaz)["Liberia"]
    assert (place.country_code, place.feature_class) == ("CR", "P")
    # The country stays the country elsewhere.
    assert by_text("Fighting in Liberia, a country of five million, displaced thousands.", gaz)["Liberia"] \
        .feature_code == "PCLI"


def test_jamaicas_parishes_under_their_short_names(gaz):
    text = "KINGSTON, Jamaica - Soldiers set up roadblocks in St Catherine, and farmers in St Elizabeth lost crops."
    places = by_text(text, gaz)
    assert places["St Catherine"].country_code == "JM" and places["St Elizabeth"].country_code == "JM"
    text = ("SHARM EL-SHEIKH, Egypt - Bedouin guides in South Sinai said visitors to St Catherine had fallen by half, "
            "while hotels in Dahab were empty.")
    assert by_text(text, gaz)["St Catherine"].country_code == "EG"


def test_a_region_abroad_in_a_list_of_the_article_countrys_provinces(gaz):
    text = "AREQUIPA, Peru - Snow cut roads to Caylloma and La Unión provinces on Monday, officials in Arequipa said."
    assert by_text(text, gaz)["La Unión"].country_code == "PE"


def test_a_crossing_named_after_including(gaz):
    text = ("LA PAZ, Bolivia - Trucks waited at Tambo Quemado. Other crossings further north, including Pisiga, stayed "
            "open, Bolivia's customs office said.")
    assert by_text(text, gaz)["Pisiga"].country_code == "BO"


def test_a_town_amid_the_articles_places_over_a_famous_namesake(gaz):
    text = ("SANTA CRUZ, Bolivia - Fires burned between San Ignacio de Velasco and San Rafael de Velasco. Residents of "
            "Concepción cut firebreaks.")
    assert by_text(text, gaz)["Concepción"].country_code == "BO"
    # Without towns around it, the bigger city.
    assert by_text("Ministers met in Concepción on Monday.", gaz)["Concepción"].country_code == "CL"


def test_towns46_and_areas46_rows(gaz):
    text = ("SCARBOROUGH, Trinidad and Tobago - Guest houses around Crown Point emptied after the ferry from "
            "Chaguaramas broke down. In Colombia, the San Juan River flooded villages in Chocó.")
    places = by_text(text, gaz)
    assert places["Crown Point"].country_code == "TT" and places["Chaguaramas"].country_code == "TT"
    assert (places["San Juan River"].country_code, places["San Juan River"].feature_code) == ("CO", "STM")


def test_a_peoples_name_after_a_spanning_prefix_is_no_country(gaz):
    text = "Trucks on the Inter-American Highway near Nahualá were stuck for hours, Guatemala's police said."
    assert "American" not in {p.text for p in find_places(text, gazetteer=gaz)}
    assert "American" in {p.text for p in find_places("American troops left the base on Monday.", gazetteer=gaz)}


def test_kimberley_before_a_surname_is_a_person(gaz):
    text = "\"We booked the guest house two months ago,\" said Kimberley Ramdass, who flew in from Trinidad."
    assert "Kimberley" not in {p.text for p in find_places(text, gazetteer=gaz)}
    text = "Cattle stations across the Kimberley were cut off by floods in Western Australia."
    assert by_text(text, gaz)["Kimberley"].country_code == "AU"
