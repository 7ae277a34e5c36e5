"""Places, round 81: a river found without its kind word named again, a port at home though its sentence names
countries abroad, a place the gazetteer lacks named again, a small capital after "on", namesake clauses that describe
the namesake, a region a demonym qualifies ("the Mexican state of X"), "the X health zone", and the session's rows."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import all_named, by_text


def test_a_river_found_without_its_kind_word_is_that_river_again(gaz):
    text = ("UVIRA, Congo - Cholera cases rose in Uvira, facing Bujumbura in Burundi. Clinics took in farmers from "
            "along the Ruzizi, which broke its banks overnight. Fish sellers who cross the Ruzizi each "
            "morning now wait for hours.")
    rivers = all_named(text, "Ruzizi", gaz)
    assert len(rivers) == 2 and {p.feature_code for p in rivers} == {"STM"}


def test_the_port_of_a_town_at_home_though_the_sentence_names_countries_abroad(gaz):
    text = ("ZAHLE, Lebanon - Growers in the Bekaa Valley said apple sales fell again. Some now send fruit through "
            "the port of Tripoli to Iraq and Jordan.")
    assert by_text(text, gaz)["Tripoli"].country_code == "LB"
    # Where the article names Libya, the capital keeps its weight.
    text = "Libya and Tunisia signed a trade deal. Ships will sail from the port of Tripoli to Tunis."
    assert by_text(text, gaz)["Tripoli"].country_code == "LY"


def test_a_place_the_gazetteer_lacks_keeps_its_first_reading_when_named_again(gaz):
    text = ("PORT VILA, Vanuatu - A mudslide covered the road near Mele, a hamlet on the edge of Port Vila, on "
            "Monday. \"We have no water,\" a teacher in Mele said.")
    first, again = all_named(text, "Mele", gaz)
    assert again.country_code == "VU" and (again.lat, again.lon) == (first.lat, first.lon)
    assert again.feature_code == first.feature_code != ""


def test_a_small_capital_of_a_country_the_article_names_after_on(gaz):
    text = "Tuvalu asked donors for money for sea walls. Housing on Funafuti is short of land."
    assert by_text(text, gaz)["Funafuti"].country_code == "TV"


def test_a_namesake_clause_goes_on_through_a_description_of_the_namesake(gaz):
    text = ("NUEVO LAREDO, Mexico - Trucks queued at the bridge into Laredo, Texas. Both border cities take their "
            "name from Laredo, a port town in Cantabria.")
    first, clause = all_named(text, "Laredo", gaz)
    assert first.country_code == "US" and clause.country_code == "ES"
    text = ("LA PAZ, Bolivia - Voters queued in El Alto and Oruro. In Copacabana, the lakeside town whose name was "
            "later given to a famous stretch of sand in Rio de Janeiro, turnout was high.")
    assert by_text(text, gaz)["Copacabana"].country_code == "BO"


def test_a_region_a_demonym_qualifies_counts_among_the_article_regions(gaz):
    text = ("LUBBOCK, Texas - Measles cases rose in Gaines County and in Lubbock. Health officials alerted colleagues "
            "across the border in the Mexican state of Chihuahua. Clinics in Cuauhtemoc began vaccinating travellers.")
    places = by_text(text, gaz)
    assert (places["Cuauhtemoc"].country_code, places["Cuauhtemoc"].admin1) == (
        places["Chihuahua"].country_code, places["Chihuahua"].admin1)


def test_the_town_of_a_health_zone_after_the(gaz):
    text = "UVIRA, Congo - Cholera cases rose in South Kivu. Further south, the Fizi health zone counted 40 cases."
    assert by_text(text, gaz)["Fizi"].country_code == "CD"


def test_session_47_rows(gaz):
    assert by_text("Rain lashed the Lagonoy Gulf.", gaz)["Lagonoy Gulf"].country_code == "PH"
    places = by_text("Wildfires burned near Marmaris and Köyceğiz in Turkey.", gaz)
    assert places["Köyceğiz"].country_code == "TR" and places["Köyceğiz"].lon < 30  # Muğla's, not a village east
    assert by_text("Farmers near Kalambaka lost their cotton.", gaz)["Kalambaka"].country_code == "GR"
    assert by_text("Boats on Lake Dukan were stranded.", gaz)["Lake Dukan"].country_code == "IQ"
    assert {p.text for p in find_places("Officials in Inkoo and Ecuadorean police met.", gazetteer=gaz)} == {
        "Inkoo", "Ecuadorean"}


def test_a_region_only_its_kind_word_found_is_that_region_again(gaz):
    text = ("LEGAZPI, Philippines - Storm surge hit the province of Catanduanes overnight. \"Catanduanes has "
            "seen worse,\" a fisherman said. Radio Catanduanes kept broadcasting.")
    regions = all_named(text, "Catanduanes", gaz)
    assert len(regions) == 2 and {(p.country_code, p.feature_code) for p in regions} == {("PH", "ADM2")}


def test_rivers_by_what_they_did_and_what_feeds_them(gaz):
    text = "QUELIMANE, Mozambique - Engineers kept watch on the Licungo, which swept through low-lying farms in 2019."
    assert by_text(text, gaz)["Licungo"].feature_code == "STM"
    text = "KATHMANDU, Nepal - Swollen streams cut two roads in Sindhupalchok as rain kept feeding the Indrawati."
    places = by_text(text, gaz)
    assert places["Indrawati"].feature_code == "STM" and "Swollen" not in places  # an adjective, no stream's name


def test_a_town_described_as_a_hub(gaz):
    text = ("LA PAZ, Bolivia - Fuel queues stretched for blocks in Santa Cruz, the eastern farming and trading hub, and "
            "in Oruro and Potosi.")
    place = by_text(text, gaz)["Santa Cruz"]
    assert (place.country_code, place.feature_class) == ("BO", "P")
