"""Places, round 91: a country's name that is also a town of a region the article names stays the town where the article
writes it with the town's own country ("LIBERIA, Costa Rica (date) —") or calls it a town, though a capital of the
country of that name is named in passing (a bag sent to Monrovia by mistake), and "the country of X" is the country;
a town the text settles once among its neighbours keeps that reading where another sentence puts a namesake abroad
beside a city it names ("in Madrid everyone assumes X means the university"); "the Salvadoran X" is El Salvador's X
when towns of several countries bear the name; a dateline naming a feature with its kind word is the feature; a
region named in passing lifts no namesake of a country the article hardly names; "a farming commune" describes a
town; a people's name glued to "-listed" names its country; a town of the firm country listed with a place of it
beats an island abroad; a capital abroad shares no country qualifier of the next town; South Sudan's Unity and Lakes
states are regions of the gazetteer."""

from __future__ import annotations

from conftest import all_named, by_text


LIBERIA = ("LIBERIA, Costa Rica (March 3, 2026) — Flights into the airport near Liberia, the main town of Guanacaste "
           "province, rose again in February. One traveller said her suitcase had been sent on to Monrovia by mistake."
           "\n\nHotel staff joke that Liberia, a ranching town, is forever being taken for the country of Liberia. "
           "Cattle ranchers near Bagaces, south of Liberia, sold herds early, and shops outside Liberia ran short of "
           "bottled water.")


def test_a_town_named_like_a_country_written_with_its_own_country(gaz):
    towns = all_named(LIBERIA, "LIBERIA", gaz) + all_named(LIBERIA, "Liberia", gaz)
    assert len(towns) == 6
    assert [p.country_code for p in towns] == ["CR", "CR", "CR", "LR", "CR", "CR"]


def test_the_country_of_that_name_stays_the_country(gaz):
    text = ("Monrovia's port reopened on Monday. Ships bound for the country of Liberia had waited for a week, "
            "traders in Buchanan said.")
    assert by_text(text, gaz)["Liberia"].country_code == "LR"


def test_a_list_of_countries_after_the_town_is_no_qualifier(gaz):
    text = ("Ticket sales in Guanacaste province rose. Tourists from Liberia, Costa Rica and Panama shared a ferry, "
            "officials in Monrovia noted.")
    assert by_text(text, gaz)["Liberia"].country_code == "LR"


SALAMANCA = ("Violence rose again in Guanajuato last year. Most victims died in Salamanca, Irapuato and Celaya, police "
             "said. In Salamanca, as in nearby Irapuato and Cortazar, shops now close at dusk. Salamanca's "
             "football club cancelled a match. \"In Madrid everyone assumes Salamanca means the university,\" said an "
             "engineer who had studied in Spain.")


def test_a_town_settled_among_its_neighbours_keeps_that_reading(gaz):
    towns = all_named(SALAMANCA, "Salamanca", gaz)
    assert len(towns) == 4
    assert [p.country_code for p in towns[:3]] == ["MX", "MX", "MX"]


def test_a_peoples_name_before_a_town_names_its_country(gaz):
    text = ("SUCHITOTO, El Salvador - The town's hotels are full again. \"My son lives in Riverside, California,\" a "
            "hotel owner said. \"He says the Salvadoran Santa Ana has better coffee than anywhere in America.\"")
    assert by_text(text, gaz)["Santa Ana"].country_code == "SV"


def test_a_peoples_name_before_a_structure_named_after_one_town(gaz):
    text = "Flood barriers went up by the Welsh Bridge over the Severn in Shrewsbury, England."
    assert "Bridge" not in by_text(text, gaz)


def test_south_sudans_unity_and_lakes_states(gaz):
    text = ("Floods hit South Sudan again. Aid flights to Bentiu in Unity state resumed on Monday, and cattle raids in "
            "Lakes State killed 20 people near Rumbek.")
    places = by_text(text, gaz)
    assert places["Unity state"].feature_code == "ADM1" and places["Unity state"].country_code == "SS"
    assert places["Lakes State"].feature_code == "ADM1" and places["Bentiu"].country_code == "SS"


def test_a_dateline_naming_a_feature_with_its_kind_word(gaz):
    text = "MIGINGO ISLAND, Lake Victoria - Fishermen on the rock say the catch of Nile perch fell again this year."
    place = by_text(text, gaz)["MIGINGO ISLAND"]
    assert (place.country_code, place.feature_code) == ("KE", "ISL")


def test_a_region_of_a_country_named_in_passing_lifts_no_namesake(gaz):
    text = ("Floods swept Mathare and Kibera in Nairobi overnight, and shops in Eastleigh were under water, police in "
            "Kenya said. Rivers rose in Kisumu and Nakuru too. A cousin working in Winchester, England, sent money.")
    assert by_text(text, gaz)["Eastleigh"].country_code == "KE"


def test_a_peoples_name_glued_to_listed_stands_for_its_country(gaz):
    text = "A Canadian-listed miner runs the lithium pits near Olaroz in Jujuy province, Argentina."
    assert by_text(text, gaz)["Canadian"].country_code == "CA"


def test_a_commune_described_after_its_name_is_a_town(gaz):
    text = ("Firefighters from Washington state joined Chilean crews on Sunday. They fought a blaze in Florida, a "
            "farming commune near Concepción, while Yumbel was evacuated.")
    place = by_text(text, gaz)["Florida"]
    assert (place.country_code, place.feature_class) == ("CL", "P")


def test_a_town_of_the_firm_country_listed_with_its_capital_over_an_island_abroad(gaz):
    text = ("Police watched the jetties at Banjul and Barra on polling day while the Gambia counted its votes. "
            "Farafenni was calm. The British high commission, with diplomats from Britain and the United States, urged "
            "patience.")
    place = by_text(text, gaz)["Barra"]
    assert (place.country_code, place.feature_class) == ("GM", "P")


def test_a_capital_abroad_shares_no_qualifier_of_the_next_town(gaz):
    text = "Remittances to Bosnia came from cousins working in Oslo, Berlin and Denver in the United States."
    places = by_text(text, gaz)
    assert (places["Berlin"].country_code, places["Denver"].country_code) == ("DE", "US")
    # A pair of one country still shares it.
    assert by_text("Floods hit Troy and Syracuse, New York.", gaz)["Troy"].country_code == "US"
