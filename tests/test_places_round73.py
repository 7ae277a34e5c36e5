"""Places, round 73 (session 41): a river is the river at its mouth even when the text places it by a town upstream
(test_places_stretches.py); "the other X": a town of the name other than the one named before; a namesake clause
that names the namesake's region ("shares its name with X in the Y region"); "the Chaco" (the Gran Chaco) but "the
provinces of Chaco and Salta"; capes and bridges the gazetteer lacks; "Ganga"; regions of Australian and New Zealand
local news (areas41n); "X council says" for a known town opening a sentence; the rows of areas41s and towns41.
Sentences of our own."""

from __future__ import annotations

from conftest import all_named, by_text


def test_the_other_town_of_a_name_is_not_the_one_named_before(gaz):
    text = ("PARIS, Texas (AP) - The county fair opened on Friday. Its founder liked to joke that he had never seen "
            "the other Paris, the one in France.")
    assert by_text(text, gaz)["PARIS"].country_code == "US"
    assert [p.country_code for p in all_named(text, "Paris", gaz)] == ["FR"]
    text = ("VERSAILLES, Ky. (AP) - Locals joke that their town shares its name with a palace outside Paris. The "
            "other Paris, the seat of Bourbon County, lies a short drive north.")
    found = all_named(text, "Paris", gaz)
    assert [(p.country_code, p.admin1) for p in found] == [("FR", found[0].admin1), ("US", "KY")]


def test_the_other_town_named_by_its_country_s_people(gaz):
    text = ("TRIPOLI, Lebanon - Gunfire echoed through Tripoli overnight. Residents compared it with the other "
            "Tripoli, the Libyan capital.")
    assert [p.country_code for p in all_named(text, "Tripoli", gaz)][-1] == "LY"


def test_the_other_before_a_people_is_no_namesake(gaz):
    text = "SYDNEY - Flights between Sydney and the other Australian capitals resumed on Monday."
    assert by_text(text, gaz)["Sydney"].country_code == "AU"


def test_a_namesake_clause_naming_the_namesake_s_region(gaz):
    text = ("KHARKIV, Ukraine - Shells struck Zolochiv overnight. The town shares its name with Zolochiv in the Lviv "
            "region, near the Polish border.")
    found = all_named(text, "Zolochiv", gaz)
    assert found[-1].admin1 == by_text(text, gaz)["Lviv region"].admin1


def test_the_chaco_is_the_region_but_the_province_of_chaco_the_province(gaz):
    paraguay = "FILADELFIA, Paraguay - Ranchers in the Chaco say the new road has doubled land prices."
    place = by_text(paraguay, gaz)["Chaco"]
    assert place.feature_code == "RGN" and place.name == "Gran Chaco"
    listed = by_text("BUENOS AIRES - Doctors flew to the provinces of Chaco and Salta on Monday.", gaz)["Chaco"]
    assert (listed.country_code, listed.feature_code) == ("AR", "ADM1")


def test_a_lake_port_of_patagonia(gaz):
    text = "COYHAIQUE, Chile - Ferries to Puerto Ibáñez were cancelled as gales swept the lake."
    assert by_text(text, gaz)["Puerto Ibáñez"].country_code == "CL"


def test_a_cape_and_a_bridge_the_gazetteer_lacks(gaz):
    cape = by_text("Boats took tourists from Broome towards Cape Leveque, in Western Australia, on Monday.", gaz)
    assert (cape["Cape Leveque"].country_code, cape["Cape Leveque"].feature_code) == ("AU", "CAPE")
    bridge = by_text("Trucks queued on the Tancredo Neves Bridge from Foz do Iguacu into Argentina.", gaz)
    assert bridge["Tancredo Neves Bridge"].feature_code == "BDG"


def test_the_ganga_is_the_ganges(gaz):
    text = "PATNA, India - The Ganga crossed the danger mark in Bihar on Sunday, officials said."
    place = by_text(text, gaz)["Ganga"]
    assert (place.name, place.feature_code) == ("Ganges", "STM")


def test_regions_of_australian_and_new_zealand_local_news(gaz):
    text = "SYDNEY, Australia - Floods cut roads on the Mid North Coast of New South Wales, near Kempsey."
    assert by_text(text, gaz)["Mid North Coast"].country_code == "AU"
    text = "TIMARU, New Zealand - Farmers across South Canterbury asked for drought relief on Monday."
    assert by_text(text, gaz)["South Canterbury"].country_code == "NZ"


def test_a_town_s_council_opening_a_sentence(gaz):
    text = ("LISMORE, Australia - Floods cut roads across northern New South Wales. Kyogle council says it needs "
            "$60 million for bridges.")
    assert by_text(text, gaz)["Kyogle"].country_code == "AU"
    assert "Security" not in by_text("The Security council said nothing about the floods.", gaz)


def test_a_country_named_like_a_town_of_the_region_and_one_of_its_great_cities(gaz):
    text = ("PERU, Indiana - A parts maker will shut its plant in this city and move the work to Mexico, the company "
            "said. The parts will be made at its factory in Monterrey.")
    assert by_text(text, gaz)["Mexico"].feature_code == "PCLI"
    town = "PERU, Indiana - Fans drove over from Mexico and Denver for the county fair, organisers said."
    assert by_text(town, gaz)["Mexico"].feature_code == "PPL"


def test_a_home_town_amid_the_article_s_places_within_a_day_s_drive(gaz):
    text = ("TIFTON, Ga. (AP) - A storm flattened cotton near Tifton and Cordele on Friday. Farther northeast, "
            "trees fell on homes in Dublin, and a shelter opened in Macon.")
    assert by_text(text, gaz)["Dublin"].country_code == "US"
