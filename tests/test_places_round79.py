"""Places, round 79: "the Bay of X" as the gazetteer's "X Bay", a volcano the gazetteer knows as a mountain, a
country's name an apposition calls a town, Jamaica's parishes under their short names, regions abroad in a list of the
article country's regions, "crossings further south, including X", a small town amid the article's places over a
famous namesake abroad, and the towns46 and areas46 rows."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_the_bay_of_a_name_is_the_bay_not_a_town_called_bay(gaz):
    text = "LA UNION, El Salvador - A cargo ship ran aground in the Bay of Chetumal, the navy said on Monday."
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
    text = ("SAN JOSE, Costa Rica - Cattle markets closed across Guanacaste on Friday. Traders in Liberia, the "
            "provincial capital, said prices had halved.")
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
    text = "AREQUIPA, Peru - Teachers in Caylloma and La Unión provinces went on strike, officials in Arequipa said."
    assert by_text(text, gaz)["La Unión"].country_code == "PE"


def test_a_crossing_named_after_including(gaz):
    text = ("LA PAZ, Bolivia - Customs officers struck at Tambo Quemado. The crossings to the south, including Pisiga, "
            "were shut, Bolivia's customs office said.")
    assert by_text(text, gaz)["Pisiga"].country_code == "BO"


def test_a_town_amid_the_articles_places_over_a_famous_namesake(gaz):
    text = ("SANTA CRUZ, Bolivia - A new clinic opened in San Ignacio de Velasco, and another in San Rafael de Velasco. "
            "Nurses in Concepción asked for one too.")
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
    text = "A bus broke down on the Inter-American Highway outside Quetzaltenango, Guatemala's police said."
    assert "American" not in {p.text for p in find_places(text, gazetteer=gaz)}
    assert "American" in {p.text for p in find_places("American troops left the base on Monday.", gazetteer=gaz)}


def test_kimberley_before_a_surname_is_a_person(gaz):
    text = "\"The ferry never came,\" said Kimberley Moore, a teacher who flew in from Trinidad."
    assert "Kimberley" not in {p.text for p in find_places(text, gazetteer=gaz)}
    text = "Cattle stations across the Kimberley were cut off by floods in Western Australia."
    assert by_text(text, gaz)["Kimberley"].country_code == "AU"
