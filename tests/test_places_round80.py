"""Places, round 80: routes 'linking' places, a town set on a river by an apposition, 'Neighbouring X' after a dateline,
a valley the gazetteer knows whole, a river that divides, and the areas46e, areas46m, towns46e and towns46m rows."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def _names(text, gaz):
    return {p.text for p in find_places(text, gazetteer=gaz)}


def test_a_city_on_a_route_linking_places(gaz):
    text = ("PISA, Italy - A new bus service linking Florence and Livorno will start in May, the region of Tuscany "
            "said.")
    assert by_text(text, gaz)["Florence"].country_code == "IT"


def test_a_small_town_an_apposition_sets_on_a_river(gaz):
    text = ("EVORA, Portugal - The olive harvest began early this year. Serpa, on the Guadiana, hired extra "
            "pickers.")
    assert by_text(text, gaz)["Serpa"].country_code == "PT"


def test_neighbouring_after_a_dateline_glues_no_name(gaz):
    text = "EVORA, Portugal - Neighbouring Vidigueira and Alvito will host the wine fair next year."
    assert {"Vidigueira", "Alvito"} <= _names(text, gaz)


def test_a_valley_known_whole_over_a_far_town_of_its_first_word(gaz):
    place = by_text("Ski lifts reopened on Saturday in the Saas valley of the Valais.", gaz)
    assert place["Saas valley"].name == "Saas valley"
    # A town of the valley's name in it keeps the name: the town's point.
    place = by_text("Farmers in the Fergana valley in Uzbekistan lost their cotton.", gaz)["Fergana valley"]
    assert (place.country_code, place.feature_class) == ("UZ", "P")


def test_a_river_that_divides(gaz):
    text = "Ferries stopped in Assam, India, where the Barak, which splits into two channels, was running fast."
    assert by_text(text, gaz)["Barak"].feature_code == "STM"


def test_rows_of_session_46(gaz):
    text = ("KHARTOUM, Sudan - The Blue Nile rose on Monday. In Iran, the Karkheh River fell. Trucks crossed at Jdeidet "
            "Yabous into Syria, and the Uzh River flooded villages near Velykyi Bereznyi in Ukraine.")
    places = by_text(text, gaz)
    assert (places["Blue Nile"].country_code, places["Blue Nile"].feature_code) == ("SD", "STM")
    assert places["Karkheh River"].country_code == "IR" and places["Jdeidet Yabous"].country_code == "SY"
    assert places["Velykyi Bereznyi"].country_code == "UA" and places["Uzh River"].feature_code == "STM"


def test_a_country_name_an_apposition_calls_a_town_of_the_firm_country(gaz):
    text = ("EVORA, Portugal - The Alentejo's cork harvest ended early. In Cuba, a town of cork growers near Beja, "
            "the fair was cancelled. \"Cuba has never had such a poor year,\" a grower in Portugal said.")
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Cuba"]
    assert [(p.country_code, p.feature_class) for p in spots] == [("PT", "P"), ("PT", "P")]


def test_news_spellings_of_session_46(gaz):
    text = ("DAMASCUS, Syria - A new school opened in Tal Kalakh, near the border with Lebanon. In Pakistan, "
            "tourists in Gilgit and Nagar were stranded by snow.")
    places = by_text(text, gaz)
    assert places["Tal Kalakh"].country_code == "SY" and places["Nagar"].country_code == "PK"


def test_off_joined_by_and_to_a_locative(gaz):
    text = ("ACAJUTLA, El Salvador - The navy searched for a missing yacht. It was last seen near Acajutla and off La "
            "Unión, officials said. San Miguel's market was quiet.")
    assert by_text(text, gaz)["La Unión"].country_code == "SV"


def test_a_town_in_a_name_of_its_state_and_of_a_capital(gaz):
    places = by_text("Apple growers in Wenatchee in Washington lost their crops to hail.", gaz)
    assert places["Wenatchee"].name == "Wenatchee" and places["Wenatchee"].feature_code == "PPL"
    assert places["Washington"].feature_code == "ADM1"
    # A far name "in" a capital is still a part of it.
    place = by_text("Protesters gathered on the Esplanada in Brasilia.", gaz)["Esplanada"]
    assert (place.country_code, place.feature_code) == ("BR", "PPLX")


def test_rows_of_the_caribbean_and_the_guianas(gaz):
    text = ("POINTE-A-PITRE, Guadeloupe - Water was cut in Morne-à-l'Eau and Goyave on Monday. In Guyana, the Berbice "
            "River rose near Port Mourant, and in Puerto Rico residents of Santurce reported flooded streets.")
    places = by_text(text, gaz)
    assert places["Morne-à-l'Eau"].country_code == "GP" and places["Goyave"].country_code == "GP"
    assert (places["Berbice River"].country_code, places["Berbice River"].feature_code) == ("GY", "STM")
    assert places["Port Mourant"].country_code == "GY" and places["Santurce"].country_code == "PR"
